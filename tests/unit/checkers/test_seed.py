"""The seed article (Kuwait, 13 Feb 2018) against the shipped coalition facts."""

from __future__ import annotations

from pathlib import Path

import pytest

import checkers
from factstream.models import Article, Verdict
from tests.unit.checkers.helpers import article, make_claim

SEED = Path(__file__).resolve().parents[3] / "factstream" / "data" / "seed" / "kuwait-coalition-2018.jsonl"
TITLE = 'انطلقت في الكويت، صباح الثلاثاء، أعمال الاجتماع الوزاري للتحالف الدولي ضد تنظيم "داعش" الإرهابي'
OPENING = (
    TITLE + '؛ فى إطار مؤتمر الكويت الدولي لإعادة إعمار العراق الذي بدأت فعالياته، الإثنين، ويستمر حتى الأربعاء.'
)
TERRITORY = (
    'من جهته، قال وزير الخارجية الأميركي، ريكس تيلرسون، في كلمة له، إن التحالف الدولي نجح في دحر "داعش" '
    "من 98% من الأراضي التي كان يسيطر عليها في سورية والعراق."
)
PLEDGE = (
    'كما أكد تيلرسون ضرورة تقديم التمويل اللازم للعراق وسورية، لضمان عدم عودة "داعش" إليهما، متعهدا بتقديم '
    '200 مليون دولار لدعم جهود التحالف الدولي ضد تنظيم "داعش" في سورية.'
)
FORMED = 'وتم تشكيل التحالف الدولي ضد "داعش" من 74 دولة، فى 11 سبتمبر/أيلول 2014؛ لدحر تنظيم "داعش" الإرهابي.'


@pytest.fixture(scope="module")
def seed_article():
    return article(title=TITLE, source="Arabic news report citing Anadolu and KUNA", article_id="seed")


def check_one(claim, ref, tables) -> Verdict:
    [verdict] = checkers.check_claims([claim], ref, tables)
    assert verdict.verdict_id == Verdict.make_id(claim.claim_id, verdict.verdict)
    return verdict


def test_98_percent_of_the_territory_is_supported(tables, seed_article) -> None:
    verdict = check_one(make_claim(TERRITORY, "98%", "percent", 98), seed_article, tables)
    assert verdict.verdict == "supported"
    assert verdict.entity_id == "global_coalition_against_daesh"
    assert verdict.fact is not None and verdict.fact.value == 98 and verdict.fact.source_url
    assert verdict.deviation is not None and verdict.deviation.points == 0


def test_200_million_dollars_is_supported(tables, seed_article) -> None:
    claim = make_claim(PLEDGE, "200 مليون دولار", "money", 200_000_000, currency="USD")
    verdict = check_one(claim, seed_article, tables)
    assert verdict.verdict == "supported"
    assert verdict.entity_id == "USA"
    assert verdict.fact is not None and verdict.fact.value == 200_000_000 and verdict.fact.unit == "USD"


def test_74_countries_at_founding_is_contradicted_citing_the_february_2018_count(tables, seed_article) -> None:
    claim = make_claim(FORMED, "74 دولة", "count", 74, counted="دولة", time_ref="2014-09-11")
    verdict = check_one(claim, seed_article, tables)
    assert verdict.verdict == "contradicted"
    assert verdict.metric == "member_count"
    assert verdict.fact is not None and verdict.fact.value == 74 and verdict.fact.as_of == "2018-02-13"
    assert verdict.fact.source_url and verdict.fact.source_quote
    assert verdict.deviation is not None and verdict.deviation.days == -1251
    english = verdict.explanation["en"]
    assert "74 members in February 2018" in english and "not on 11 September 2014" in english
    arabic = verdict.explanation["ar"]
    assert "74" in arabic and "فبراير 2018" in arabic and "11 سبتمبر 2014" in arabic and "وليس" in arabic


def test_74_members_on_13_february_2018_is_ambiguous_75_joined_that_day(tables, seed_article) -> None:
    sentence = "ويضم التحالف الدولي ضد داعش 74 دولة ومنظمة في 13 فبراير 2018."
    claim = make_claim(sentence, "74 دولة", "count", 74, counted="دولة", time_ref="2018-02-13")
    verdict = check_one(claim, seed_article, tables)
    assert verdict.verdict == "ambiguous"
    assert "74" in verdict.explanation["en"] and "75" in verdict.explanation["en"]


def test_79_members_in_2019_is_supported(tables) -> None:
    sentence = "The 79-member Global Coalition met in Washington, where its members pledged more support."
    claim = make_claim(sentence, "79-member", "count", 79, counted="member", lang="en")
    verdict = check_one(claim, article(lang="en", published="2019-03-01T10:00:00+00:00"), tables)
    assert verdict.verdict == "supported" and verdict.fact.as_of == "2019-02-06"


def test_a_count_that_later_snapshots_rule_out_is_contradicted_without_a_matching_figure(tables) -> None:
    sentence = "The US-led coalition was formed of 95 countries in September 2014."
    claim = make_claim(sentence, "95 countries", "count", 95, counted="countries", lang="en", time_ref="2014-09")
    verdict = check_one(claim, article(lang="en"), tables)
    assert verdict.verdict == "contradicted"
    assert verdict.fact is not None and verdict.fact.value == 60  # the first count after, and it only grew


@pytest.mark.parametrize(
    ("text", "value", "entity", "metric"),
    [
        ("الثلاثاء", "2018-02-13", "coalition_ministerial_kuwait_2018", "event_date"),
        ("الإثنين", "2018-02-12", "kicri_2018", "start_date"),
        ("الأربعاء", "2018-02-14", "kicri_2018", "end_date"),
    ],
)
def test_conference_weekdays_are_supported(tables, seed_article, text, value, entity, metric) -> None:
    claim = make_claim(OPENING, text, "date", value, precision="day", inferred=True, time_ref="2018-02-12")
    verdict = check_one(claim, seed_article, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", entity, metric)
    assert verdict.deviation is not None and verdict.deviation.days == 0


def test_a_wrong_weekday_is_contradicted(tables, seed_article) -> None:
    claim = make_claim(OPENING, "الأربعاء", "date", "2018-02-15", precision="day", inferred=True)
    verdict = check_one(claim, seed_article, tables)
    assert verdict.verdict == "contradicted" and verdict.deviation.days == 1


def test_founding_date_sources_disagree(tables, seed_article) -> None:
    claim = make_claim(FORMED, "11 سبتمبر/أيلول 2014", "date", "2014-09-11", precision="day")
    verdict = check_one(claim, seed_article, tables)
    assert verdict.verdict == "ambiguous"
    assert "10 September 2014" in verdict.explanation["en"] and "11 September 2014" in verdict.explanation["en"]


def test_generic_mention_resolves_through_the_title(tables) -> None:
    sentence = "وقال إن التحالف بات يضم 75 عضوا."
    claim = make_claim(sentence, "75 عضوا", "count", 75, counted="عضوا")
    titled = article(title=TITLE, published="2018-06-01T09:00:00+03:00")
    verdict = check_one(claim, titled, tables)
    assert verdict.entity_id == "global_coalition_against_daesh" and verdict.verdict == "supported"
    untitled = article(title=None, published="2018-06-01T09:00:00+03:00")
    assert check_one(claim, untitled, tables).verdict == "unverifiable"


def test_seed_end_to_end_with_the_extractor(tables) -> None:
    claims = pytest.importorskip("claims")
    seed = Article.model_validate_json(SEED.read_text(encoding="utf-8").splitlines()[0])
    found = claims.extract_article(seed)
    verdicts = checkers.check_claims(found, seed.ref, tables)
    assert len(verdicts) == len(found)
    assert [v.claim.claim_id for v in verdicts] == [c.claim_id for c in found]
    by_text = {}
    for verdict in verdicts:
        by_text.setdefault(verdict.claim.text, verdict.verdict)
    assert by_text.get("98%") == "supported"
    assert by_text.get("200 مليون دولار") == "supported"
    assert by_text.get("74 دولة") == "contradicted"
    for weekday in ("الإثنين", "الثلاثاء", "الأربعاء"):
        assert by_text.get(weekday) == "supported", weekday
    for verdict in verdicts:
        assert verdict.explanation["en"] and verdict.explanation["ar"]
