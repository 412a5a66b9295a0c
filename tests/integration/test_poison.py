"""Poison messages on the real broker: a record that makes an agent raise an unexpected error (not a
ValueError) is tried FACTSTREAM_MAX_ATTEMPTS times, then goes to `deadletter` with the error and its
topic/partition/offset, and the records behind it on the same partition are processed.

The fault is injected into the real worker process with a sitecustomize module on its PYTHONPATH that wraps
the pure functions the agents call (claims.extract_article, checkers.check_claims): it fails for
articles whose id starts with "poison-" (always) or "flaky-" (twice), and writes down every call.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Any

import orjson
import pytest

import claims
from factstream.models import ArticleRef, ClaimBatch
from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import REPO, WorkerProcess, collect, producer, unique_prefix

pytestmark = pytest.mark.integration

MAX_ATTEMPTS = 4


def convoys(count: int) -> str:
    return " ".join(f"The convoy carried {number} trucks." for number in range(1, count + 1))

FAULTS = textwrap.dedent('''
    """Test-only fault injection for tests/integration/test_poison.py (loaded as sitecustomize)."""
    import os

    CALLS = os.environ["FSTEST_FAULT_LOG"]

    def _record(stage, article_id):
        with open(CALLS, "a", encoding="utf-8") as handle:
            handle.write(f"{stage} {article_id}\\n")

    def _should_fail(stage, article_id):
        if article_id.startswith("poison-"):
            return True
        if article_id.startswith("flaky-"):
            with open(CALLS, encoding="utf-8") as handle:
                return sum(1 for line in handle if line.split() == [stage, article_id]) <= 2
        return False

    def _wrap(stage, function, article_id_of):
        def faulty(*args, **kwargs):
            article_id = article_id_of(*args)
            _record(stage, article_id)
            if _should_fail(stage, article_id):
                raise RuntimeError(f"injected fault in {stage} for {article_id}")
            return function(*args, **kwargs)
        return faulty

    import checkers
    import claims

    claims.extract_article = _wrap("extract", claims.extract_article, lambda article: article.id)
    checkers.check_claims = _wrap("check", checkers.check_claims, lambda found, ref, tables: ref.id)
''')


def _article(article_id: str, body: str = "Unemployment in Tunisia reached 45% in 2015, officials said.") -> bytes:
    return orjson.dumps({"id": article_id, "lang": "en", "published_at": "2018-02-13T09:00:00Z", "body": body})


def _batch(article_id: str, text: str = "Egypt had a population of 3 million people in 2015.") -> bytes:
    found = [c for c in claims.extract(text, lang="en", article_id=article_id) if c.kind == "count"]
    assert found
    batch = ClaimBatch(article=ArticleRef(id=article_id, lang="en"), kind="count", claims=found)
    return batch.model_dump_json().encode()


def install_faults(tmp_path: Path) -> tuple[Path, Path]:
    """A folder holding the fault-injecting sitecustomize, and the (empty) file where it writes down every call."""
    faults_dir = tmp_path / "faults"
    faults_dir.mkdir()
    (faults_dir / "sitecustomize.py").write_text(FAULTS, encoding="utf-8")
    calls = tmp_path / "calls.log"
    calls.touch()
    return faults_dir, calls


def start_faulty_worker(bootstrap: str, prefix: str, tmp_path: Path, faults_dir: Path, calls: Path) -> WorkerProcess:
    return WorkerProcess(bootstrap, prefix, tmp_path, {
        "FACTSTREAM_MAX_ATTEMPTS": str(MAX_ATTEMPTS),
        "FSTEST_FAULT_LOG": str(calls),
        "PYTHONPATH": os.pathsep.join([str(REPO), str(faults_dir)]),
    }).start()


def poison_and_what_follows() -> list[tuple[str, bytes, bytes]]:
    """(topic, key, value) of each record, in the order they are sent."""
    # Everything on partition 0, in this order: each poison record has work queued behind it.
    return [
        ("articles", b"poison-extract", _article("poison-extract")),
        ("articles", b"after-poison", _article("after-poison")),
        ("articles", b"flaky-extract", _article("flaky-extract")),
        ("articles", b"numbers", _article("numbers", " ".join(str(n) for n in range(100_000)))),
        ("articles", b"after-numbers", _article("after-numbers")),
        ("articles", b"too-many", _article("too-many", convoys(2500))),  # over the 2,000 claims limit
        ("articles", b"many", _article("many", convoys(1500))),  # under it, but over one record's size
        ("claims-count", b"poison-check", _batch("poison-check")),
        ("claims-count", b"not-a-batch", orjson.dumps({"article": {"id": "not-a-batch"}, "kind": "count",
                                                        "claims": [{"kind": "count", "value": "74"}]})),
        ("claims-count", b"after-check", _batch("after-check")),
    ]


def send_to_partition_zero(settings: Settings, plan: list[tuple[str, bytes, bytes]]) -> dict[str, Any]:
    """Sends the records one by one; returns key → the record's metadata (topic, partition, offset)."""
    client = producer(settings)
    sent = {}
    try:
        for topic, key, value in plan:
            sent[key.decode()] = client.send(settings.topic(topic), key=key, value=value, partition=0).get(60)
        client.flush(60)
    finally:
        client.close(10)
    return sent


def collect_outputs(settings: Settings) -> tuple[list[dict], list[dict], list[dict]]:
    """The dead letters, the verdicts (once those after each poison record and all of "many" are in), and the
    count claim batches."""
    letters = collect(settings, "deadletter", lambda values: len(values) >= 5, timeout=180)
    verdicts = collect(
        settings, "verdicts",
        lambda values: {"after-poison", "flaky-extract", "after-numbers", "after-check"}
        <= {value["article_id"] for value in values}
        and sum(value["article_id"] == "many" for value in values) >= 1500,
        timeout=180,
    )
    count_batches = collect(settings, "claims-count", lambda values: False, timeout=5)
    return letters, verdicts, count_batches


def test_poison_goes_to_deadletter_after_max_attempts_and_the_partition_moves_on(kafka_broker, tmp_path: Path):
    faults_dir, calls = install_faults(tmp_path)
    prefix = unique_prefix("poison")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix, max_attempts=MAX_ATTEMPTS)
    ensure_topics(settings)
    worker = start_faulty_worker(kafka_broker.bootstrap, prefix, tmp_path, faults_dir, calls)
    try:
        worker.wait_ready()
        sent = send_to_partition_zero(settings, poison_and_what_follows())
        letters, verdicts, count_batches = collect_outputs(settings)
    finally:
        worker.stop()
    log = worker.log_tail(6000)

    by_key = {letter["key"]: letter for letter in letters}
    assert set(by_key) == {"poison-extract", "numbers", "too-many", "poison-check", "not-a-batch"}, (letters, log)
    assert "2,500 numeric claims, over the limit of 2,000 per article" in by_key["too-many"]["error"]

    poison = by_key["poison-extract"]
    assert poison["stage"] == "extract" and poison["attempts"] == MAX_ATTEMPTS
    assert "RuntimeError: injected fault in extract for poison-extract" in poison["error"]
    checked = by_key["poison-check"]
    assert checked["stage"] == "check-count" and checked["attempts"] == MAX_ATTEMPTS
    assert "RuntimeError" in checked["error"]
    assert by_key["not-a-batch"]["stage"] == "decode-claims-count" and by_key["not-a-batch"]["attempts"] == 1
    # Refused by the extractor's own bound or by the stream's claims-per-article limit, with the reason.
    assert by_key["numbers"]["stage"] == "extract" and "numeric" in by_key["numbers"]["error"]
    for key, letter in by_key.items():  # where the original is, to replay it from there
        assert (letter["topic"], letter["partition"], letter["offset"]) == (
            sent[key].topic, sent[key].partition, sent[key].offset
        ), key
    assert by_key["poison-extract"]["value"].encode() == _article("poison-extract")

    # Bounded: exactly MAX_ATTEMPTS calls for poison, three for flaky (two failures, then success).
    lines = calls.read_text(encoding="utf-8").split("\n")
    assert lines.count("extract poison-extract") == MAX_ATTEMPTS
    assert lines.count("check poison-check") == MAX_ATTEMPTS
    assert lines.count("extract flaky-extract") == 3, lines
    # The partition moved on: what came after each poison record was processed, the flaky one too.
    articles_with_verdicts = {value["article_id"] for value in verdicts}
    assert {"after-poison", "flaky-extract", "after-numbers", "after-check"} <= articles_with_verdicts, log
    assert not articles_with_verdicts & {"poison-extract", "poison-check", "numbers", "too-many"}
    # 1,500 claims of one kind travel as several batches (one record each stays under Kafka's limit); all checked.
    assert sum(batch["article"]["id"] == "many" for batch in count_batches) >= 2
    assert len({v["claim"]["claim_id"] for v in verdicts if v["article_id"] == "many"}) == 1500
    assert "Crashed" not in worker.log_path.read_text(errors="replace"), "no agent crashed"
