"""The spine on the real broker: articles in, verdicts and dead letters out, and the stream keeps going."""

from __future__ import annotations

import orjson
import pytest

import claims
from factstream.articles import parse_article
from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import WorkerProcess, collect, produce, seed_record, unique_prefix

pytestmark = pytest.mark.integration

MAX_BYTES = 64 * 1024  # a small limit so the oversize twin stays under the broker's own message limit


@pytest.fixture()
def pipeline(kafka_broker, tmp_path):
    prefix = unique_prefix("spine")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix, max_article_bytes=MAX_BYTES)
    ensure_topics(settings)
    worker = WorkerProcess(
        kafka_broker.bootstrap, prefix, tmp_path, {"FACTSTREAM_MAX_ARTICLE_BYTES": str(MAX_BYTES)}
    ).start()
    try:
        worker.wait_ready()
        yield settings, worker
    finally:
        worker.stop()


def test_seed_yields_verdicts_and_malformed_twins_go_to_deadletter(pipeline):
    settings, worker = pipeline
    seed_key, seed_raw = seed_record()
    seed = orjson.loads(seed_raw)
    expected_claims = claims.extract_article(parse_article(seed_raw, MAX_BYTES))
    assert expected_claims, "the seed article has numeric claims"

    twins = [
        (b"not-json", b"{this is not JSON"),
        (b"no-body", orjson.dumps({k: v for k, v in seed.items() if k != "body"})),
        (b"bad-utf8", b'{"id": "bad-utf8", "body": "\xff\xfe 74 \xd8"}'),
        (b"too-big", orjson.dumps({"id": "too-big", "body": "\u0639\u062f\u062f 74 \u062f\u0648\u0644\u0629 " * 9000})),
    ]
    after = {"id": "after-the-twins", "lang": "en", "published_at": "2018-02-14T08:00:00Z",
             "body": "Inflation in Tunisia was 9.3% in 2018, the statistics institute said."}
    produce(settings, "articles", [*twins, (seed_key, seed_raw), (b"after-the-twins", orjson.dumps(after))])

    letters = collect(settings, "deadletter", lambda values: len(values) >= 4, timeout=120)
    reasons = {letter["key"]: letter for letter in letters}
    assert set(reasons) == {"not-json", "no-body", "bad-utf8", "too-big"}, worker.log_tail()
    assert "not JSON" in reasons["not-json"]["error"]
    assert "body" in reasons["no-body"]["error"]
    assert "UTF-8" in reasons["bad-utf8"]["error"]
    assert reasons["bad-utf8"]["value_encoding"] == "base64"
    assert "over the limit" in reasons["too-big"]["error"]
    for letter in letters:
        assert letter["topic"] == settings.topic("articles")
        assert letter["offset"] is not None and letter["partition"] is not None

    def seed_and_after_done(values: list[dict]) -> bool:
        seed_ids = {v["claim"]["claim_id"] for v in values if v["article_id"] == seed["id"]}
        return len(seed_ids) >= len(expected_claims) and any(v["article_id"] == "after-the-twins" for v in values)

    verdicts = collect(settings, "verdicts", seed_and_after_done, timeout=120)
    seed_verdicts = {v["claim"]["claim_id"]: v for v in verdicts if v["article_id"] == seed["id"]}
    assert set(seed_verdicts) == {c.claim_id for c in expected_claims}, worker.log_tail()
    counts = [v for v in seed_verdicts.values() if v["claim"]["kind"] == "count" and v["claim"]["value"] == 74]
    assert counts and counts[0]["verdict"] == "contradicted"
    assert counts[0]["fact"]["as_of"].startswith("2018-02")
    assert any(v["article_id"] == "after-the-twins" for v in verdicts), "the stream went on after the twins"
