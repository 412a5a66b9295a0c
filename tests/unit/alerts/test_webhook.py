from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from alerts import DeliveryError, JsonlSink, WebhookSink, close_sinks, slack_payload, verify_signature
from alerts.sinks import ALERT_ID_HEADER, MAX_RESPONSE_BYTES, SIGNATURE_HEADER, TIMESTAMP_HEADER, redact_url
from factstream.models import Fact
from tests.unit.alerts.factories import make_alert

SECRET = "s3cret-for-tests"


@dataclass
class Receiver:
    """A local webhook receiver answering with the scripted statuses, then 200."""

    statuses: list[int] = field(default_factory=list)
    received: list[tuple[bytes, dict[str, str]]] = field(default_factory=list)
    redirected: list[tuple[str, bytes]] = field(default_factory=list)  # what reached the redirect's target
    url: str = ""

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.received.append((await request.read(), dict(request.headers)))
        status = self.statuses.pop(0) if self.statuses else 200
        if 300 <= status < 400:
            return web.Response(status=status, headers={"Location": "/elsewhere"})
        return web.Response(status=status, text="ok" if status == 200 else "nope")

    async def elsewhere(self, request: web.Request) -> web.Response:
        self.redirected.append((request.method, await request.read()))
        return web.Response(text="ok")

    async def endless(self, request: web.Request) -> web.StreamResponse:
        """200, then a body that never ends (a misbehaving receiver)."""
        self.received.append((await request.read(), dict(request.headers)))
        response = web.StreamResponse(status=200)
        await response.prepare(request)
        chunk = b"x" * 65536
        try:
            while True:
                await response.write(chunk)
        except (ConnectionError, RuntimeError):
            return response


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    state = Receiver()
    app = web.Application()
    app.router.add_post("/hooks/alerts", state.handle)
    app.router.add_route("*", "/elsewhere", state.elsewhere)
    app.router.add_post("/hooks/endless", state.endless)
    app.router.add_get("/hooks/endless", state.endless)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    state.url = str(server.make_url("/hooks/alerts"))
    try:
        yield state
    finally:
        await server.close()


@pytest.fixture
def sink_factory() -> AsyncIterator[Callable[..., WebhookSink]]:
    sinks: list[WebhookSink] = []

    def make(url: str, **options: object) -> WebhookSink:
        sink = WebhookSink(url, **{"backoff_s": 0.01, **options})  # type: ignore[arg-type]
        sinks.append(sink)
        return sink

    return make  # type: ignore[return-value]


async def test_signed_delivery_is_verifiable(receiver: Receiver, sink_factory) -> None:
    alert = make_alert()
    sink = sink_factory(receiver.url, secret=SECRET)
    await sink.deliver(alert)
    await sink.close()
    assert len(receiver.received) == 1
    body, headers = receiver.received[0]
    signature, timestamp = headers[SIGNATURE_HEADER], headers[TIMESTAMP_HEADER]
    assert verify_signature(body, signature, timestamp, SECRET)
    assert not verify_signature(body + b" ", signature, timestamp, SECRET)
    assert not verify_signature(body, signature, timestamp, "another secret")
    assert not verify_signature(body, signature, str(int(timestamp) + 1), SECRET)  # the timestamp is signed
    assert headers[ALERT_ID_HEADER] == alert.alert_id
    assert abs(int(timestamp) - time.time()) < 60
    payload = json.loads(body)
    assert payload["metadata"]["event_payload"]["alert_id"] == alert.alert_id
    sentence_block = payload["blocks"][1]["text"]["text"]
    assert "*74 countries*" in sentence_block  # the claim highlighted in its sentence
    fact_block = next(b for b in payload["blocks"] if b.get("text", {}).get("text", "").startswith("*Fact:*"))
    assert "<https://reference.example.org/coalition/members|" in fact_block["text"]["text"]


async def test_unsigned_without_secret(receiver: Receiver, sink_factory, tmp_path) -> None:
    sink = sink_factory(receiver.url)
    await sink.deliver(make_alert())
    await close_sinks([sink, JsonlSink(tmp_path / "a.jsonl")])  # sinks without close() are fine
    assert sink._session is None
    assert SIGNATURE_HEADER not in receiver.received[0][1]


async def test_retries_after_server_errors_and_429(receiver: Receiver, sink_factory) -> None:
    receiver.statuses = [500, 503, 429]
    sink = sink_factory(receiver.url, secret=SECRET, max_attempts=5)
    await sink.deliver(make_alert())
    await sink.close()
    assert len(receiver.received) == 4
    bodies = {body for body, _ in receiver.received}
    assert len(bodies) == 1  # every attempt sends the same body and alert id: receivers can dedupe
    assert {h[ALERT_ID_HEADER] for _, h in receiver.received} == {make_alert().alert_id}


async def test_delivery_error_after_max_attempts(receiver: Receiver, sink_factory) -> None:
    receiver.statuses = [500] * 10
    sink = sink_factory(receiver.url, max_attempts=3)
    with pytest.raises(DeliveryError) as failure:
        await sink.deliver(make_alert())
    await sink.close()
    assert failure.value.attempts == 3
    assert len(receiver.received) == 3
    assert "HTTP 500" in str(failure.value)
    assert "/hooks/alerts" not in str(failure.value)  # the URL's path may be a secret: redacted


async def test_client_errors_are_not_retried(receiver: Receiver, sink_factory) -> None:
    receiver.statuses = [400]
    sink = sink_factory(receiver.url, max_attempts=5)
    with pytest.raises(DeliveryError) as failure:
        await sink.deliver(make_alert())
    await sink.close()
    assert failure.value.attempts == 1 and len(receiver.received) == 1


async def test_connection_refused_is_retried_then_fails(sink_factory) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = sink_factory(f"http://127.0.0.1:{port}/hook", max_attempts=2, timeout_s=1)
    with pytest.raises(DeliveryError) as failure:
        await sink.deliver(make_alert())
    await sink.close()
    assert failure.value.attempts == 2
    assert "ClientConnectorError" in failure.value.reason or "Connect" in failure.value.reason


def test_untrusted_text_is_mrkdwn_escaped() -> None:
    hostile = "Mayor says <!channel> & <https://evil.example|click> 74 countries > 60"
    alert = make_alert(
        body=hostile + ".",
        text="74 countries",
        title="<script>alert(1)</script> & more",
        url="javascript:alert(1)",
        fact=Fact(table="t", entity_id="e", metric="m", value=60, source_url="javascript:alert(2)",
                  source_quote="<b>quote</b>"),
    )
    payload = slack_payload(alert)
    dumped = json.dumps({"text": payload["text"], "blocks": payload["blocks"]})
    assert "<!channel>" not in dumped and "&lt;!channel&gt;" in dumped
    assert "<https://evil.example" not in dumped
    assert "<script>" not in dumped and "&lt;script&gt;" in dumped
    assert "<javascript:" not in dumped  # never made into a link
    assert "&amp;" in dumped


def test_rejects_non_http_urls_and_redacts() -> None:
    with pytest.raises(ValueError):
        WebhookSink("file:///etc/passwd")
    assert redact_url("https://hooks.slack.com/services/T000/B000/XXXX") == "https://hooks.slack.com/…"
    assert "XXXX" not in repr(WebhookSink("https://hooks.slack.com/services/T000/B000/XXXX", secret="k"))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirects_are_not_followed_and_never_count_as_delivered(receiver: Receiver, sink_factory,
                                                                       status: int) -> None:
    receiver.statuses = [status] * 10
    sink = sink_factory(receiver.url, secret=SECRET, max_attempts=3)
    with pytest.raises(DeliveryError) as failure:
        await sink.deliver(make_alert())
    await sink.close()
    assert failure.value.attempts == 3 and len(receiver.received) == 3  # retried like any failure
    assert f"HTTP {status} redirect" in failure.value.reason
    assert receiver.redirected == []  # neither an empty GET nor the signed body went to the Location


async def test_a_redirect_then_success_is_delivered_by_the_retry(receiver: Receiver, sink_factory) -> None:
    receiver.statuses = [302]
    sink = sink_factory(receiver.url, max_attempts=2)
    await sink.deliver(make_alert())
    await sink.close()
    assert len(receiver.received) == 2 and receiver.redirected == []


async def test_an_endless_answer_is_not_read_whole(receiver: Receiver, sink_factory) -> None:
    url = receiver.url.replace("/hooks/alerts", "/hooks/endless")
    sink = sink_factory(url, max_attempts=1, timeout_s=5)
    started = time.monotonic()
    await sink.deliver(make_alert())  # 200 is enough: the body after the first 64 KiB is not waited for
    await sink.close()
    assert time.monotonic() - started < 4
    assert len(receiver.received) == 1


async def test_the_answer_is_read_up_to_the_cap_only(receiver: Receiver) -> None:
    import aiohttp

    from alerts.webhook import _drain_capped

    url = receiver.url.replace("/hooks/alerts", "/hooks/endless")
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert await asyncio.wait_for(_drain_capped(response), 5) == MAX_RESPONSE_BYTES
