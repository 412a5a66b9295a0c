"""Outlets that disagree on the same entity, metric and period."""

from __future__ import annotations

import checkers
from factstream.models import Verdict
from tests.unit.checkers.helpers import article, make_claim


def verdict_for(tables, figure: float, *, source: str, article_id: str, year: str = "2022") -> Verdict:
    sentence = f"Libya's GDP reached ${figure:g} billion in {year}, the ministry said."
    claim = make_claim(sentence, f"${figure:g} billion", "money", figure * 1e9, currency="USD", lang="en",
                       time_ref=year)
    ref = article(lang="en", source=source, article_id=article_id, url=f"https://{source}.example/{article_id}")
    [verdict] = checkers.check_claims([claim], ref, tables)
    return verdict


def test_observation_key_and_round_trip(tables) -> None:
    verdict = verdict_for(tables, 40, source="alpha", article_id="a1")
    assert checkers.observation_key(verdict, tables) == "LBY|gdp_usd|2022"
    observation = checkers.observation_from(verdict, tables)
    assert observation is not None
    again = checkers.Observation.model_validate(observation.model_dump(mode="json"))
    assert again == observation


def test_different_outlets_with_different_figures_conflict(tables) -> None:
    first = checkers.observation_from(verdict_for(tables, 40, source="alpha", article_id="a1"), tables)
    second_verdict = verdict_for(tables, 55, source="beta", article_id="b1")
    second = checkers.observation_from(second_verdict, tables)
    conflict = checkers.detect_conflict(second, [first], second_verdict, tables)
    assert conflict is not None and conflict.verdict == "conflict"
    assert conflict.verdict_id == Verdict.make_id(second_verdict.claim.claim_id, "conflict")
    assert [s["source"] for s in conflict.other_sources] == ["alpha"]
    assert conflict.other_sources[0]["value"] == 40e9
    assert "alpha" in conflict.explanation["en"] and "beta" in conflict.explanation["en"]


def test_same_outlet_or_agreeing_figures_do_not_conflict(tables) -> None:
    first = checkers.observation_from(verdict_for(tables, 40, source="alpha", article_id="a1"), tables)
    same_source = verdict_for(tables, 55, source="alpha", article_id="a2")
    same = checkers.observation_from(same_source, tables)
    assert checkers.detect_conflict(same, [first], same_source, tables) is None
    agreeing = verdict_for(tables, 40, source="gamma", article_id="c1")
    assert checkers.detect_conflict(checkers.observation_from(agreeing, tables), [first], agreeing, tables) is None


def test_other_periods_are_other_keys(tables) -> None:
    first = checkers.observation_from(verdict_for(tables, 40, source="alpha", article_id="a1", year="2021"), tables)
    later = verdict_for(tables, 55, source="beta", article_id="b1", year="2022")
    assert checkers.detect_conflict(checkers.observation_from(later, tables), [first], later, tables) is None


def test_conflict_without_any_reference_fact(tables) -> None:
    # 1950: the World Bank table has no row, yet two outlets disagreeing is worth a look.
    first_verdict = verdict_for(tables, 1, source="alpha", article_id="a1", year="1950")
    assert first_verdict.verdict == "unverifiable" and first_verdict.fact is None
    second_verdict = verdict_for(tables, 3, source="beta", article_id="b1", year="1950")
    first = checkers.observation_from(first_verdict, tables)
    second = checkers.observation_from(second_verdict, tables)
    assert first is not None and first.key == second.key == "LBY|gdp_usd|1950"
    assert checkers.detect_conflict(second, [first], second_verdict, tables).verdict == "conflict"


def test_unmatched_claims_have_no_observation(tables) -> None:
    claim = make_claim("the club paid $85 million", "$85 million", "money", 85e6, currency="USD", lang="en")
    [verdict] = checkers.check_claims([claim], article(lang="en"), tables)
    assert checkers.observation_key(verdict, tables) is None and checkers.observation_from(verdict, tables) is None


def test_conflict_keys_and_wording_come_from_the_tables_passed(tables) -> None:
    verdict = verdict_for(tables, 40, source="alpha", article_id="a1")
    undated = verdict.model_copy(update={"period": None})
    # The shipped tables know gdp_usd is yearly: an undated figure of it has no key. Tables that do not know the
    # metric cannot tell, and nothing from an earlier check leaks in.
    assert checkers.observation_key(undated, tables) is None
    assert checkers.observation_key(undated, checkers.ReferenceTables.empty()) == "LBY|gdp_usd|"
    first = checkers.observation_from(verdict, tables)
    second_verdict = verdict_for(tables, 55, source="beta", article_id="b1")
    second = checkers.observation_from(second_verdict, tables)
    named = checkers.detect_conflict(second, [first], second_verdict, tables)
    bare = checkers.detect_conflict(second, [first], second_verdict, checkers.ReferenceTables.empty())
    assert "the GDP (current US$) of Libya" in named.explanation["en"]
    assert "the gdp_usd of LBY" in bare.explanation["en"]
