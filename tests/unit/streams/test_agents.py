"""Every agent's handler, with the real pure functions, under the runtime's rule: good records produce their
output; a record whose processing raises (a TypeError here, the kind a serializer or a bug throws) ends as a dead
letter with the agent's stage, the exception and the original bytes, after the retries, and nothing half-written.

The crash a hostile probe found: a figure of 2^64 or more made detect_conflicts raise `TypeError: Integer exceeds
64-bit range` (the changelog's JSON codec, orjson), Faust restarted the agent and committed the offset: the record
was lost without a dead letter."""

from __future__ import annotations

import json

import pytest

import alerts
import checkers
import claims
from factstream.models import ClaimBatch, Verdict
from streams import alerting, check, conflicts, extract
from tests.unit.streams.fakes import (
    ChangelogTable,
    article_bytes,
    dead_letters,
    event,
    make_runtime,
    producer_sends,
    reference_tables,
    verdicts_of,
)

COALITION = "The Global Coalition against Daesh was formed of {} countries on 11 September 2014, the {} said."
HUGE = 10**20  # over 2^64


def observation_record(figure: str, article_id: str, outlet: str, value: int | None = None) -> bytes:
    """The verdict record the conflicts agent reads; `value` overrides the claim's figure afterwards — extraction
    no longer yields figures over 64 bits, but a record from an older worker or another producer still can."""
    [verdict] = [v for v in verdicts_of(article_id, COALITION.format(figure, "ministry"), outlet)
                 if checkers.observation_key(v, reference_tables()) and v.claim.kind == "count"]
    if value is None:
        return verdict.model_dump_json().encode()
    data = verdict.model_dump(mode="json")
    data["claim"]["value"] = value
    return json.dumps(data, ensure_ascii=False).encode()  # the stdlib codec writes any integer


async def test_a_figure_over_64_bits_is_dead_lettered_by_detect_conflicts_not_lost():
    runtime = make_runtime(max_attempts=3)
    table = ChangelogTable()
    record = observation_record("12", "big-1", "Outlet A", value=HUGE)
    await runtime.process(event(record, topic="t.observations"), "detect-conflict",
                          lambda e: conflicts.record_observation(runtime, table, e))
    [letter] = dead_letters(runtime)
    assert letter.stage == "detect-conflict" and letter.attempts == 3
    assert letter.error == "TypeError: Integer exceeds 64-bit range"
    assert letter.original_bytes() == record
    assert table == {} and producer_sends(runtime) == []  # nothing stored, nothing published


async def test_detect_conflicts_still_publishes_a_conflict_between_two_ordinary_figures():
    runtime = make_runtime()
    table = ChangelogTable()
    for figure, article_id, outlet in [("12", "a-1", "Outlet A"), ("30", "a-2", "Outlet B")]:
        record = observation_record(figure, article_id, outlet)
        await runtime.process(event(record, topic="t.observations"), "detect-conflict",
                              lambda e: conflicts.record_observation(runtime, table, e))
    assert dead_letters(runtime) == []
    [stored] = table.values()
    assert [item["value"] for item in stored] == [12, 30]
    published = [Verdict.model_validate_json(value) for topic, _, value in producer_sends(runtime)]
    assert [(v.verdict, v.article_id) for v in published] == [("conflict", "a-2")]


async def test_an_exception_in_extraction_is_a_dead_letter(monkeypatch):
    def broken(article):
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    monkeypatch.setattr(claims, "extract_article", broken)
    runtime = make_runtime(max_attempts=2)
    record = article_bytes("e-1", "Exports rose 12% in 2017.")
    await runtime.process(event(record), "extract", lambda e: extract.extract_one(runtime, e))
    [letter] = dead_letters(runtime)
    assert (letter.stage, letter.attempts) == ("extract", 2)
    assert letter.error.startswith("TypeError: unsupported operand") and letter.original_bytes() == record


@pytest.mark.parametrize("kind", ["percent", "money", "count", "date", "number"])
async def test_an_exception_in_each_checker_is_a_dead_letter(monkeypatch, kind):
    found = claims.extract("Unemployment reached 45% in 2015; 3 million people lost $200 million, 1.5 tonnes.",
                           lang="en", article_id="c-1")
    batch = ClaimBatch(article={"id": "c-1", "lang": "en"}, kind=kind, claims=[c for c in found if c.kind == kind])
    record = batch.model_dump_json().encode()
    runtime = make_runtime(max_attempts=3)
    await runtime.process(event(record, topic=f"t.claims-{kind}"), f"check-{kind}",
                          lambda e: check.check_batch(runtime, kind, e))
    assert dead_letters(runtime) == [] and producer_sends(runtime), "the good batch gives verdicts"

    def broken(*args):
        raise TypeError("'NoneType' object is not subscriptable")

    monkeypatch.setattr(checkers, "check_claims", broken)
    await runtime.process(event(record, topic=f"t.claims-{kind}"), f"check-{kind}",
                          lambda e: check.check_batch(runtime, kind, e))
    [letter] = dead_letters(runtime)
    assert (letter.stage, letter.attempts, letter.topic) == (f"check-{kind}", 3, f"t.claims-{kind}")
    assert "TypeError" in letter.error and letter.original_bytes() == record


async def test_an_exception_in_the_alert_agent_is_a_dead_letter(monkeypatch):
    [candidate] = [v for v in verdicts_of("al-1", COALITION.format("74", "ministry"), "Outlet A")
                   if v.verdict == "contradicted"]
    record = candidate.model_dump_json().encode()
    runtime = make_runtime(max_attempts=2)
    table = ChangelogTable()
    await runtime.process(event(record, topic="t.alert-candidates"), "raise-alert",
                          lambda e: alerting.raise_alert(runtime, table, e))
    assert len(runtime.topics["alerts"].sent) == 1 and dead_letters(runtime) == []

    def broken(*args):
        raise TypeError("can't compare offset-naive and offset-aware datetimes")

    monkeypatch.setattr(alerts, "build_alert", broken)
    await runtime.process(event(record, topic="t.alert-candidates"), "raise-alert",
                          lambda e: alerting.raise_alert(runtime, ChangelogTable(), e))
    [letter] = dead_letters(runtime)
    assert (letter.stage, letter.attempts) == ("raise-alert", 2) and letter.original_bytes() == record
    assert len(runtime.topics["alerts"].sent) == 1
