"""`factstream export claimreview` (issue 15, finding 9): script-safe JSON-LD, URLs from the configured public
URL, and the latest review per alert now that the `reviews` topic keeps every decision. The topics are
replaced by in-memory records: what is tested is what the command does with them."""

from __future__ import annotations

import json
from datetime import timedelta
from types import SimpleNamespace

from factstream.models import Review
from factstream.settings import Settings
from factstream_cli import kafka_tools
from tests.unit.alerts.factories import BASE_TIME, make_alert

HOSTILE = "The mayor wrote </script><script>alert('x')</script> that 74 countries joined the coalition."


def test_export_is_script_safe_uses_the_public_url_and_the_latest_review(tmp_path, monkeypatch):
    alert = make_alert(body=HOSTILE, text="74 countries")
    newer = Review(alert_id=alert.alert_id, decision="confirmed", reviewer="Omar",
                   reviewed_at=BASE_TIME + timedelta(hours=1))
    older = Review(alert_id=alert.alert_id, decision="dismissed", reviewer="Amal", reviewed_at=BASE_TIME)
    settings = Settings(_env_file=None, public_url="https://factcheck.example.org")
    topics = {
        settings.topic("alerts"): [alert.model_dump_json().encode()],
        # Reviews of one alert live under different keys, so they may come back in any order.
        settings.topic("reviews"): [newer.model_dump_json().encode(), older.model_dump_json().encode()],
    }
    monkeypatch.setattr(kafka_tools, "read_topic",
                        lambda _settings, topic: (SimpleNamespace(value=v) for v in topics[topic]))
    output = tmp_path / "claimreview.json"
    assert kafka_tools.export_claimreview(settings, str(output)) == 0
    raw = output.read_bytes()
    assert b"</script>" not in raw and b"<" not in raw
    [document] = json.loads(raw)
    assert "</script><script>" in document["claimReviewed"]
    assert document["url"] == f"https://factcheck.example.org/api/claimreview/{alert.alert_id}"
    assert document["reviewRating"]["alternateName"] == "False"  # Omar's later confirmation, not Amal's dismissal
