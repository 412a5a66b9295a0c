"""On the real broker: a reference row loaded while the worker runs changes the next verdict without a restart,
and outlets that disagree about the same figure raise a `conflict` verdict (and alert) with no reference fact."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import orjson
import pytest

from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import REPO, WorkerProcess, collect, produce, unique_prefix

pytestmark = pytest.mark.integration

HEADER = "entity_id,entity_names_en,entity_names_ar,metric,value,unit_or_currency,as_of,valid_from,valid_to,source_url,"
# An organisation the shipped packs do not hold (the organisations pack knows the Arab League, the EU, ...).
OIC_PACK = (
    HEADER + "source_quote\n"
    "oic,Organisation of Islamic Cooperation|OIC,منظمة التعاون الإسلامي,member_count,57,count,"
    "2020-01-01,,,https://example.org/oic,The organisation has 57 member states\n"
)
BROKEN_PACK = (
    HEADER + "source_quote\n"
    "oic,OIC,منظمة التعاون الإسلامي,member_count,fifty-seven,count,not-a-date,,,https://example.org,quote\n"
)


@pytest.fixture(scope="module")
def running(kafka_broker, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("reference")
    prefix = unique_prefix("ref")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix)
    ensure_topics(settings)
    worker = WorkerProcess(kafka_broker.bootstrap, prefix, workdir).start()
    try:
        worker.wait_ready()
        yield settings, worker, workdir
    finally:
        worker.stop()


def _cli(settings: Settings, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FACTSTREAM_BROKERS": settings.brokers, "FACTSTREAM_TOPIC_PREFIX": settings.topic_prefix,
           "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "factstream_cli.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120, cwd=str(REPO))


def _article(article_id: str, body: str, source: str = "Desk") -> tuple[bytes, bytes]:
    record = {"id": article_id, "source": source, "lang": "en", "published_at": "2021-03-01T10:00:00Z", "body": body}
    return article_id.encode(), orjson.dumps(record)


def _verdicts_of(settings: Settings, article_id: str, timeout: float = 60) -> list[dict]:
    values = collect(settings, "verdicts", lambda vs: any(v["article_id"] == article_id for v in vs), timeout)
    return [v for v in values if v["article_id"] == article_id]


def test_a_loaded_reference_row_reaches_the_running_worker(running):
    settings, worker, workdir = running
    body = "The Organisation of Islamic Cooperation now counts 56 member countries, its secretary-general said."
    produce(settings, "articles", [_article("league-before", body)])
    before = [v for v in _verdicts_of(settings, "league-before") if v["claim"]["kind"] == "count"]
    assert before and before[0]["verdict"] == "unverifiable", worker.log_tail()

    broken = workdir / "broken.csv"
    broken.write_text(BROKEN_PACK, encoding="utf-8")
    refused = _cli(settings, "reference", "load", str(broken))
    assert refused.returncode == 1
    assert "broken.csv:2:" in refused.stderr and "nothing loaded" in refused.stderr

    pack = workdir / "oic.csv"
    pack.write_text(OIC_PACK, encoding="utf-8")
    assert _cli(settings, "reference", "validate", str(pack)).returncode == 0
    loaded = _cli(settings, "reference", "load", str(pack))
    assert loaded.returncode == 0, loaded.stderr

    # The worker applies reference rows as they arrive; feed until a verdict shows the new row (bounded).
    deadline = time.monotonic() + 60
    attempt = 0
    while time.monotonic() < deadline:
        attempt += 1
        article_id = f"league-after-{attempt}"
        produce(settings, "articles", [_article(article_id, body)])
        after = [v for v in _verdicts_of(settings, article_id) if v["claim"]["kind"] == "count"]
        if after and after[0]["verdict"] != "unverifiable":
            assert after[0]["verdict"] == "contradicted"
            assert after[0]["fact"]["value"] == 57
            assert after[0]["fact"]["source_url"] == "https://example.org/oic"
            return
        time.sleep(1)
    pytest.fail(f"the loaded row never reached the worker\n{worker.log_tail()}")


def test_outlets_that_disagree_raise_a_conflict_without_any_reference_fact(running):
    settings, worker, _ = running
    produce(settings, "articles", [
        _article("census-a", "Jordan's population was 1.2 million people in 1955, according to old census records.",
                 source="Daily A"),
    ])
    assert _verdicts_of(settings, "census-a")
    produce(settings, "articles", [
        _article("census-b", "Jordan had a population of 1.6 million people in 1955.", source="Daily B"),
    ])

    def has_conflict(values: list[dict]) -> bool:
        return any(v["verdict"] == "conflict" and v["article_id"] == "census-b" for v in values)

    verdicts = collect(settings, "verdicts", has_conflict, timeout=60)
    conflicts = [v for v in verdicts if v["verdict"] == "conflict" and v["article_id"] == "census-b"]
    assert conflicts, worker.log_tail()
    assert conflicts[0]["fact"] is None
    assert [s["source"] for s in conflicts[0]["other_sources"]] == ["Daily A"]
    assert "Daily A" in conflicts[0]["explanation"]["en"]

    alerts = collect(settings, "alerts", lambda values: any(
        a["verdict"]["verdict"] == "conflict" for a in values), timeout=60)
    assert any(a["verdict"]["verdict"] == "conflict" and a["verdict"]["article_id"] == "census-b" for a in alerts)
