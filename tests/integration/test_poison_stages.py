"""One poison article per agent stage, between good ones, on the real broker (issue 15): extraction, each checker
kind, conflict detection and alerts. Every good article is processed through every stage; every poison one ends
in `deadletter` with its stage, the reason and its original record, and nothing else is lost.

Faults are injected into the real worker with a sitecustomize module (as in test_poison.py) that wraps the pure
functions each stage calls, failing for one article id each. One poison is not injected: a figure of 10^20
("formed of 100000000000000000000 countries"), which made detect_conflicts raise orjson's `TypeError: Integer
exceeds 64-bit range` when it stored the observation: the record was lost with nothing in `deadletter`.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import orjson
import pytest

import claims
from factstream.articles import parse_article
from factstream.models import CLAIM_KINDS
from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import REPO, WorkerProcess, collect, producer, unique_prefix

pytestmark = pytest.mark.integration

MAX_ATTEMPTS = 2

FAULTS = textwrap.dedent('''
    """Test-only fault injection for tests/integration/test_poison_stages.py (loaded as sitecustomize)."""

    def _fail(stage, article_id, poisoned):
        if article_id == poisoned:
            raise RuntimeError(f"injected fault in {stage} for {article_id}")

    def _wrap(stage, function, should_fail):
        def faulty(*args, **kwargs):
            should_fail(*args)
            return function(*args, **kwargs)
        return faulty

    import alerts
    import checkers
    import claims

    claims.extract_article = _wrap("extract", claims.extract_article,
                                   lambda article: _fail("extract", article.id, "poison-extract"))
    checkers.check_claims = _wrap("check", checkers.check_claims, lambda found, ref, *tables: found and _fail(
        f"check-{found[0].kind}", ref.id, f"poison-check-{found[0].kind}"))
    checkers.detect_conflict = _wrap("detect-conflict", checkers.detect_conflict,
                                     lambda observation, previous, verdict, *tables: _fail(
                                         "detect-conflict", verdict.article_id, "poison-conflict"))
    alerts.build_alert = _wrap("raise-alert", alerts.build_alert,
                               lambda verdict, alert_verdicts: _fail("raise-alert", verdict.article_id, "poison-alert"))
''')

COALITION = "The Global Coalition against Daesh was formed of {} countries on 11 September 2014, {} said."
EVERY_KIND = ("Unemployment in Tunisia reached 15% in 2015, while 3 million people shared $200 million and 1.5 tonnes "
              "of grain, {} said.")


def article(article_id: str, body: str, source: str) -> bytes:
    return orjson.dumps({"id": article_id, "lang": "en", "source": source, "published_at": "2018-02-13T09:00:00Z",
                         "body": body})


# (article id, body, outlet, the stage its dead letter names, or None for a good article), in feed order.
PLAN: list[tuple[str, str, str, str | None]] = [
    ("good-coalition-a", COALITION.format(12, "the ministry"), "Outlet A", None),
    ("poison-extract", EVERY_KIND.format("the ministry"), "Outlet A", "extract"),
    ("good-every-kind", EVERY_KIND.format("the institute"), "Outlet B", None),
    *((f"poison-check-{kind}", EVERY_KIND.format(f"a {kind} desk"), "Outlet C", f"check-{kind}")
      for kind in CLAIM_KINDS),
    ("good-coalition-b", COALITION.format(30, "the agency"), "Outlet B", None),
    ("poison-conflict", COALITION.format(45, "a spokesman"), "Outlet C", "detect-conflict"),
    # 10^20 once crashed detect_conflicts (orjson: over 64 bits); extraction now refuses such a figure as a claim
    # (tests/unit/claims/test_value_bounds.py), so the article goes through like a good one, with no dead letter.
    # The agent's side (such a record still dead-lettered) is tests/unit/streams/test_agents.py.
    ("huge-figure", COALITION.format("100000000000000000000", "a blog"), "Outlet D", None),
    ("poison-alert", COALITION.format(74, "an envoy"), "Outlet E", "raise-alert"),
    ("good-coalition-c", COALITION.format(74, "the Kuwaiti agency"), "Outlet F", None),
]


def article_id_of(letter: dict) -> str:
    """Which article a dead letter's original record belongs to, whatever the stage's record type."""
    value = orjson.loads(letter["value"])
    if "article_id" in value:  # a verdict (observations, alert-candidates)
        return value["article_id"]
    if "article" in value:  # a claims batch
        return value["article"]["id"]
    return value["id"]  # an article


def test_one_poison_article_per_stage_is_dead_lettered_and_every_good_one_processed(kafka_broker, tmp_path: Path):
    faults_dir = tmp_path / "faults"
    faults_dir.mkdir()
    (faults_dir / "sitecustomize.py").write_text(FAULTS, encoding="utf-8")
    prefix = unique_prefix("stages")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix, max_attempts=MAX_ATTEMPTS)
    ensure_topics(settings)
    expected = {aid: claims.extract_article(parse_article(article(aid, body, outlet), 1 << 20))
                for aid, body, outlet, _ in PLAN}
    poisoned = {aid: stage for aid, _, _, stage in PLAN if stage}

    worker = WorkerProcess(kafka_broker.bootstrap, prefix, tmp_path, {
        "FACTSTREAM_MAX_ATTEMPTS": str(MAX_ATTEMPTS),
        "PYTHONPATH": os.pathsep.join([str(REPO), str(faults_dir)]),
    }).start()
    try:
        worker.wait_ready()
        client = producer(settings)
        try:
            for aid, body, outlet, _ in PLAN:  # one partition: each poison article has good work queued behind it
                client.send(settings.topic("articles"), key=aid.encode(), value=article(aid, body, outlet),
                            partition=0).get(60)
            client.flush(60)
        finally:
            client.close(10)

        def all_dead(values: list[dict]) -> bool:
            return {(article_id_of(v), v["stage"]) for v in values} >= set(poisoned.items())

        letters = collect(settings, "deadletter", all_dead, timeout=240)

        def good_done(values: list[dict]) -> bool:
            ids = {v["claim"]["claim_id"] for v in values}
            return all(c.claim_id in ids for aid, found in expected.items() if not aid.startswith("poison-")
                       for c in found) and any(v["verdict"] == "conflict" for v in values)

        verdicts = collect(settings, "verdicts", good_done, timeout=240)
        alerts = collect(settings, "alerts", lambda values: "good-coalition-c"
                         in {a["verdict"]["article_id"] for a in values}, timeout=120)
    finally:
        worker.stop()
    log = worker.log_tail(8000)

    # Every poison article is in `deadletter`, under its stage, with the reason and the original record.
    found_letters = {(article_id_of(letter), letter["stage"]): letter for letter in letters}
    assert set(found_letters) >= set(poisoned.items()), (sorted(found_letters), log)
    assert {aid for aid, _ in found_letters} == set(poisoned), "only poison articles are dead-lettered"
    for aid, stage in poisoned.items():
        letter = found_letters[(aid, stage)]
        assert letter["attempts"] == MAX_ATTEMPTS, letter
        assert letter["topic"] and letter["partition"] is not None and letter["offset"] is not None
        assert f"RuntimeError: injected fault in {stage} for {aid}" in letter["error"], letter
    assert found_letters[("poison-extract", "extract")]["value"].encode() == article(
        "poison-extract", EVERY_KIND.format("the ministry"), "Outlet A")

    # Every good article went through every stage: a verdict for each of its claims, conflicts, alerts.
    by_claim = {v["claim"]["claim_id"]: v for v in verdicts}
    for aid, found in expected.items():
        if aid.startswith("poison-check-"):  # only the poisoned kind is missing
            kind = aid.removeprefix("poison-check-")
            assert {c.claim_id for c in found if c.kind != kind} <= set(by_claim), aid
            assert not {c.claim_id for c in found if c.kind == kind} & set(by_claim), aid
        elif aid != "poison-extract":
            assert {c.claim_id for c in found} <= set(by_claim), (aid, log)
    assert not any(v["article_id"] == "poison-extract" for v in verdicts)
    assert any(v["verdict"] == "conflict" for v in verdicts), "conflicts between good outlets still detected"
    alerted = {a["verdict"]["article_id"] for a in alerts}
    assert "good-coalition-c" in alerted and "poison-alert" not in alerted
    assert not any(c.value == 10**20 for c in expected["huge-figure"]), "a figure over 64 bits is no claim"
    assert "Crashed" not in worker.log_path.read_text(errors="replace"), "no agent crashed"
