"""docs/examples/webhook_receiver.py, the receiver the README points to, against the real WebhookSink:
a signed alert is acted on once; a replayed request does nothing; a stale, forged or unsigned one is refused."""

from __future__ import annotations

import importlib.util
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from alerts import WebhookSink, sign
from tests.unit.alerts.factories import make_alert

EXAMPLE = Path(__file__).resolve().parents[3] / "docs" / "examples" / "webhook_receiver.py"
SECRET = "whsec-example-3Fq8"


def _load_example():
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def example_server():
    example = _load_example()
    receiver = example.AlertReceiver(SECRET)
    server = example.make_server(receiver, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver, f"http://127.0.0.1:{server.server_address[1]}/alerts"
    finally:
        server.shutdown()
        server.server_close()


def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


async def test_the_example_receiver_acts_once_and_refuses_stale_or_forged_requests(example_server) -> None:
    receiver, url = example_server
    alert = make_alert()
    sink = WebhookSink(url, secret=SECRET, max_attempts=1)
    await sink.deliver(alert)
    await sink.deliver(alert)  # a retry is signed anew: accepted, but handled once
    await sink.close()
    assert [a["alert_id"] for a in receiver.alerts] == [alert.alert_id]

    body = sink.body_for(alert)
    captured = sink.headers_for(alert, body)
    assert _post(url, body, captured) == 200
    handled = len(receiver.alerts)
    assert _post(url, body, captured) == 200  # the same signed request again: a replay, answered, not acted on
    assert len(receiver.alerts) == handled
    assert not receiver.guard.first_time(captured["X-Factstream-Signature"], int(captured["X-Factstream-Timestamp"]))
    stale = sink.headers_for(alert, body, now=time.time() - 600)
    assert _post(url, body, stale) == 401
    forged = {**captured, "X-Factstream-Signature": sign(body, "guessed-secret", captured["X-Factstream-Timestamp"])}
    assert _post(url, body, forged) == 401
    unsigned = WebhookSink(url).headers_for(alert, body)
    assert _post(url, body, unsigned) == 401
    assert len(receiver.alerts) == 1
