"""Two consistency shapes (issue 13): a change that carries on the statement before it ("، وواصلت نموها ... إلى
B مرتفعة بنسبة P", ", then rose a further P to B"), judged from the level that statement reached and never
contradicted (checkers/consistency/changes.py, arithmetic.py); "، وذلك مقارنة بـ" read as the comparison of the
statement before it, not as another statement; the same move told again after "بعد أن" ("بنسبة 0.5% بعد أن كسب حوالي
45 نقطة إلى مستوى 8700 نقطة"); and a range with its equivalent range in another
currency, judged end by end (checkers/consistency/conversion_ranges.py). Our own sentences, in news style."""

from __future__ import annotations

from datetime import datetime

import pytest

import checkers
import claims
from factstream.models import Article, Verdict

TABLES = checkers.ReferenceTables.empty()  # no reference facts: only the sentence's own figures judge


def verdicts(text: str, lang: str, metric: str, published: datetime | None = datetime(2016, 3, 9),
             window: str | None = None) -> dict[str, Verdict]:
    article = Article(id="t", body=text, lang=lang, published_at=published, published_window=window)
    found = checkers.check_claims(claims.extract_article(article), article.ref, TABLES)
    return {v.claim.text: v for v in found if v.metric == metric}


@pytest.mark.parametrize(("text", "lang", "percent", "shown"), [
    ("وارتفعت صادرات المصنع بنسبة 12 في المائة إلى 450 ألف طن في 2013، واستمرت في النمو خلال العام التالي "
     "لتبلغ 477 ألف طن مرتفعة بنسبة 6 في المائة.", "ar", "6 في المائة", "6%"),
    ("وارتفع عدد الزوار إلى 820 ألف زائر في الموسم الأول، ثم بنسبة 15 في المائة إلى 943 ألف زائر في الموسم الثاني.",
     "ar", "15 في المائة", "15%"),
    ("Output rose 10% to 1,100 tonnes in 2003, then climbed a further 5% to 1,155 tonnes in 2004.", "en", "5%",
     "5%"),
])
def test_a_change_carried_on_from_the_statement_before(text: str, lang: str, percent: str, shown: str) -> None:
    verdict = verdicts(text, lang, "arithmetic")[percent]
    assert verdict.verdict == "supported"
    assert "the level reached before" in verdict.explanation["en"] and shown in verdict.explanation["en"]
    if lang == "ar":
        assert "بلغه قبل ذلك" in verdict.explanation["ar"]


def test_a_carried_on_change_that_does_not_fit_is_not_called_wrong() -> None:
    # 450 -> 477 is 6%, not 9%: but the statement before may be of another span (an index's day, a cumulative
    # rise), so the figures are not judged wrong.
    found = verdicts("وارتفعت صادرات المصنع بنسبة 12 في المائة إلى 450 ألف طن في 2013، ثم بنسبة 9 في المائة "
                     "إلى 477 ألف طن في العام التالي.", "ar", "arithmetic")
    verdict = found["9 في المائة"]
    assert verdict.verdict == "unverifiable"
    assert "not judged" in verdict.explanation["en"] and "فلم يُحكم" in verdict.explanation["ar"]


@pytest.mark.parametrize(("text", "lang"), [
    # a statement of its own after the comma: no continuation word
    ("وارتفعت الصادرات بنسبة 12 في المائة إلى 450 ألف طن، وبلغت الواردات 477 ألف طن بزيادة 6 في المائة.", "ar"),
    # the level before is no level reached ("from"), or of another quantity
    ("Sales fell from 1,100 tonnes, then rose 5% to 1,155 tonnes.", "en"),
    ("Output rose 10% to 1,100 tonnes, then rose 5% to $1,155.", "en"),
])
def test_near_misses_of_a_carried_on_change(text: str, lang: str) -> None:
    found = verdicts(text, lang, "arithmetic")
    assert all("reached before" not in v.explanation["en"] for v in found.values())


@pytest.mark.parametrize(("percent", "status"), [("20%", "supported"), ("35%", "contradicted")])
def test_a_comparison_after_wa_dhalik_belongs_to_the_statement_before(percent: str, status: str) -> None:
    found = verdicts("وبلغت قيمة التداول في البورصة خلال النصف الأول نحو 96.3 مليار جنيه، وذلك مقارنة بنحو 120 مليار "
                     f"جنيه خلال الفترة نفسها من عام 2023، بتراجع نسبته {percent}.", "ar", "arithmetic")
    verdict = found[percent]
    assert verdict.verdict == status
    assert "19.75%" in verdict.explanation["en"]


@pytest.mark.parametrize(("percent", "status"), [("31.8", "supported"), ("45", "contradicted")])
def test_a_clause_on_the_time_compared_with_belongs_to_its_statement(percent: str, status: str) -> None:
    # "، والتي بلغ فيها ...": the level of the period the comparison names
    found = verdicts("وسجل معرض الكتاب هذا الموسم 237 ألف زائر، بزيادة بلغت " + percent + " في المائة "
                     "مقارنة بالموسم الماضي، والتي بلغ فيها عدد الزوار 180 ألف زائر، فيما شارك في المعرض "
                     "60 ألف عارض.", "ar", "arithmetic")
    verdict = found[f"{percent} في المائة"]
    assert verdict.verdict == status
    assert "31.67%" in verdict.explanation["en"]


def test_a_relative_clause_that_gives_no_level_then_is_another_statement() -> None:
    found = verdicts("وسجل معرض الكتاب هذا الموسم 237 ألف زائر، بزيادة بلغت 31.8 في المائة مقارنة بالموسم "
                     "الماضي، والتي تعد الأعلى منذ سنوات بعدد 180 ألف زائر.", "ar", "arithmetic")
    assert found == {}


def test_wa_dhalik_without_a_comparison_still_starts_another_statement() -> None:
    found = verdicts("وارتفعت المبيعات بنسبة 12% لتبلغ 450 مليون ريال، وذلك بعد افتتاح 30 فرعا جديدا بلغت "
                     "تكلفتها 300 مليون ريال.", "ar", "arithmetic")
    assert found == {}


@pytest.mark.parametrize(("text", "percent", "shown"), [
    ("وارتفع مؤشر السوق في مستهل الأسبوع بنسبة 0.5% بعد أن كسب حوالي 45 نقطة إلى مستوى 8700 نقطة، فيما بلغت قيمة "
     "التداولات 3 مليارات ريال.", "0.5%", "0.52%"),
    ("وتصدر قطاع التأمين الرابحين عند مستوى 1600 نقطة بعد أن ارتفع بنسبة 1.9% بإضافة 30 نقطة، تلاه قطاع النقل.",
     "1.9%", "1.91%"),
    ("وأغلق السهم عند 50 ريالا بعد أن خسر 4 ريالات بنسبة 7.4%.", "7.4%", "7.41%"),
])
def test_the_same_move_told_again_after_baada_an(text: str, percent: str, shown: str) -> None:
    verdict = verdicts(text, "ar", "arithmetic")[percent]
    assert verdict.verdict == "supported"
    assert shown in verdict.explanation["en"]


@pytest.mark.parametrize("text", [
    # a move the other way: an earlier move, not this one
    "وارتفع السهم 3% إلى 50 ريالا بعد أن خسر 4 ريالات.",
    # another time follows the figure
    "وانخفض السهم 3% إلى 50 ريالا بعد أن خسر 4 ريالات في الجلسة السابقة.",
])
def test_an_earlier_move_after_baada_an_is_another_statement(text: str) -> None:
    assert verdicts(text, "ar", "arithmetic") == {}


@pytest.mark.parametrize(("text", "lang", "equivalent", "status"), [
    ("Shares were priced at 1,050-1,125 rupees ($23.50-$25.20) each in the offer.", "en", "$23.50-$25.20",
     "supported"),
    # a bare "rupees" may be any of six currencies: none fits, and an ambiguous one is never called wrong
    ("Shares were priced at 1,050-1,125 rupees ($60-$65) each in the offer.", "en", "$60-$65", "unverifiable"),
    # GBP/USD 1.92 on 3 March 2005: £40-£60 was $77-$115
    ("Tickets cost between £40 and £60 ($77-$115) at the box office.", "en", "$77-$115", "supported"),
    ("Tickets cost between £40 and £60 ($100-$150) at the box office.", "en", "$100-$150", "contradicted"),
    # one end right, one end wrong: not decided
    ("Tickets cost between £40 and £60 ($77-$150) at the box office.", "en", "$77-$150", "unverifiable"),
])
def test_a_range_and_its_equivalent_range(text: str, lang: str, equivalent: str, status: str) -> None:
    verdict = verdicts(text, lang, "fx_conversion", published=datetime(2005, 3, 3))[equivalent]
    assert verdict.verdict == status
    assert "end by end" in verdict.explanation["en"] and "low:" in verdict.explanation["en"]


def test_a_range_in_arabic_and_in_an_undated_article() -> None:
    found = verdicts("وتتراوح أسعار التذاكر بين 150 و300 ريال (40-80 دولارا) للمقعد الواحد.", "ar", "fx_conversion",
                     published=datetime(2015, 7, 22))
    (verdict,) = found.values()
    assert verdict.verdict == "supported"
    assert "الطرف الأدنى" in verdict.explanation["ar"]
    # an undated article of 2004-05: each end held to the window's range of rates
    found = verdicts("Tickets cost between £40 and £60 ($72-$110) at the box office.", "en", "fx_conversion",
                     published=None, window="2004-01-01/2005-12-31")
    verdict = found["$72-$110"]
    assert verdict.verdict == "supported"
    assert "undated" in verdict.explanation["en"]


def test_a_range_against_a_single_amount_is_not_judged() -> None:
    found = verdicts("Tickets cost between £40 and £60 ($70) at the box office.", "en", "fx_conversion",
                     published=datetime(2005, 3, 3))
    assert found == {}
