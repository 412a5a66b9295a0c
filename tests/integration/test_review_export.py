"""A fact-checker's review, end to end: the API stores it in the compacted `reviews` topic, the dashboard's
precision reflects it, and `factstream export claimreview` publishes it as schema.org ClaimReview."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

import orjson
import pytest

from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import REPO, WorkerProcess, produce, seed_record, unique_prefix

pytestmark = pytest.mark.integration


def _post(port: int, path: str, payload: dict) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", data=orjson.dumps(payload),
        headers={"Content-Type": "application/json"}, method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return orjson.loads(response.read())


def test_review_then_export_claimreview(kafka_broker, tmp_path):
    prefix = unique_prefix("review")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix)
    ensure_topics(settings)
    worker = WorkerProcess(kafka_broker.bootstrap, prefix, tmp_path).start()
    try:
        worker.wait_ready()
        seed_key, seed_raw = seed_record()
        produce(settings, "articles", [(seed_key, seed_raw)])
        deadline = time.monotonic() + 90
        alerts: list[dict] = []
        while time.monotonic() < deadline and not alerts:
            alerts = worker.get("/api/alerts?verdict=contradicted&kind=count")["alerts"]
            time.sleep(0.5)
        assert alerts, worker.log_tail()
        alert_id = alerts[0]["alert_id"]

        _post(worker.port, f"/api/alerts/{alert_id}/review", {"decision": "confirmed", "note": "Checked."})
        stats = worker.get("/api/stats")
        assert stats["precision"]["count"]["confirmed"] == 1
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{worker.port}/metrics", timeout=10).read().decode()
        assert 'factstream_checker_precision{checker="count"} 1.0' in metrics

        served = worker.get(f"/api/claimreview/{alert_id}")
        assert served["@type"] == "ClaimReview"

        env = {**os.environ, "FACTSTREAM_BROKERS": settings.brokers, "FACTSTREAM_TOPIC_PREFIX": prefix,
               "PYTHONPATH": str(REPO)}
        output = tmp_path / "claimreview.json"
        deadline = time.monotonic() + 60
        documents: list[dict] = []
        while time.monotonic() < deadline and not documents:  # the review reaches the topic asynchronously
            done = subprocess.run(
                [sys.executable, "-m", "factstream_cli.cli", "export", "claimreview", "-o", str(output)],
                env=env, capture_output=True, text=True, timeout=120, cwd=str(REPO),
            )
            assert done.returncode == 0, done.stderr
            documents = orjson.loads(output.read_bytes())
        assert len(documents) == 1
        document = documents[0]
        assert document["@context"] == "https://schema.org" and document["@type"] == "ClaimReview"
        assert "74" in document["claimReviewed"]
        assert document["reviewRating"]["alternateName"]
        # The same document, but for the url the web server adds (it knows where it is served from).
        assert {k: v for k, v in served.items() if k != "url"} == document
    finally:
        worker.stop()
