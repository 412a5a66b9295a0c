"""factstream_cli pieces that run without a broker: the demo's webhook receiver and `factstream check`'s table."""

from __future__ import annotations

import urllib.request

import orjson

import checkers
from factstream.articles import parse_article
from factstream_cli.demo import SEED_PATH, WebhookReceiver, worker_env
from factstream_cli.pipeline import check_article
from factstream_cli.verdict_table import fact_text


def _post(url: str, body: bytes, alert_id_header: str) -> int:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json",
                                              "X-Factstream-Alert-Id": alert_id_header})
    with urllib.request.urlopen(request, timeout=5) as response:
        return response.status


def test_the_demo_receiver_counts_alerts_by_the_id_inside_the_body_not_the_header():
    body = orjson.dumps({"text": "Contradicted claim", "metadata": {"event_payload": {"alert_id": "a1"}}})
    with WebhookReceiver() as receiver:
        assert _post(receiver.url, body, "a1") == 200
        assert _post(receiver.url, body, "something-else") == 200  # the header is outside the signature
        assert _post(receiver.url, b"not json", "a1") == 200
        counts = receiver.counts()
    assert counts["a1"] == 2
    assert counts["something-else"] == 0
    assert counts[None] == 1  # a body without an alert id is kept, under no id, not silently dropped


def test_the_demo_worker_gets_its_own_topics_app_and_webhook(tmp_path):
    env = worker_env(19092, "20260101000000", "http://127.0.0.1:1/alerts", 16066, tmp_path)
    assert env["FACTSTREAM_BROKERS"] == "127.0.0.1:19092"
    assert env["FACTSTREAM_TOPIC_PREFIX"] == "demo-20260101000000."
    assert env["FACTSTREAM_APP_ID"] == "factstream-demo-20260101000000"
    assert env["FACTSTREAM_WEBHOOK_URL"] == "http://127.0.0.1:1/alerts"
    assert env["FACTSTREAM_WEB_HOST"] == "127.0.0.1"  # no dashboard token in the demo: loopback only
    assert env["FACTSTREAM_DATA_DIR"].startswith(str(tmp_path))


def test_the_table_writes_each_fact_as_the_explanation_beside_it_does():
    # Every seed verdict with a fact: the figure in the fact column ("13 February 2018", "US$200 million", "74")
    # is the one the English explanation writes, dates included (not "2018-02-13" beside "13 February 2018").
    article = parse_article(SEED_PATH.read_bytes().strip(), max_bytes=1 << 20)
    verdicts = [v for v in check_article(article, checkers.load_default_tables()) if v.fact is not None]
    dated = [v for v in verdicts if v.fact.unit == "date"]
    assert len(verdicts) >= 5 and dated
    for verdict in verdicts:
        figure = fact_text(verdict.fact).rsplit(" as of ", 1)[0]
        assert figure in verdict.explanation["en"], (figure, verdict.explanation["en"])
