"""Consistency checks (checkers/consistency): a conversion or a change stated twice in one sentence, checked
against itself and the day's exchange rate. Our own sentences, in news style."""

from __future__ import annotations

from datetime import datetime

import pytest

import checkers
import claims
from checkers.consistency import figures
from factstream.models import Article, Verdict

TABLES = checkers.ReferenceTables.empty()  # no reference facts: only the sentence's own figures can judge


def consistency(text: str, lang: str, published: datetime | None = datetime(2015, 7, 22)) -> dict[str, Verdict]:
    """Claim text -> verdict, for the verdicts of the consistency checks."""
    article = Article(id="t", body=text, lang=lang, published_at=published)
    found = claims.extract_article(article)
    verdicts = checkers.check_claims(found, article.ref, TABLES)
    return {v.claim.text: v for v in verdicts if v.metric in ("fx_conversion", "arithmetic")}


def test_printed_rounding() -> None:
    assert figures.half_unit(4.7e9) == pytest.approx(5e7)
    assert figures.half_unit(200e6) == pytest.approx(5e6)  # a round equivalent may stand for 195-205m
    assert figures.half_unit(28.8) == pytest.approx(0.05)


def test_arabic_conversion_at_the_peg_is_supported() -> None:
    found = consistency("أعلنت الشركة أنها ستضخ 4.7 مليار درهم (1.3 مليار دولار) في مشروعها الجديد بدبي.", "ar")
    verdict = found["1.3 مليار دولار"]
    assert verdict.verdict == "supported"
    assert verdict.fact is not None and verdict.fact.value == pytest.approx(1 / 3.6725)
    assert "سعر الربط الثابت" in verdict.explanation["ar"] and "peg" in verdict.explanation["en"]


def test_arabic_wrong_conversion_is_contradicted() -> None:
    text = "وقّعت الوزارة عقدًا بقيمة 750 مليون ريال سعودي (260 مليون دولار) لإنشاء محطة تحلية جديدة."
    verdict = consistency(text, "ar")["260 مليون دولار"]
    assert verdict.verdict == "contradicted"
    assert "1 SAR = 0.3467 USD" in verdict.explanation["en"]  # the rate the figures imply
    assert "200 مليون دولار" in verdict.explanation["ar"]  # the right equivalent


def test_ambiguous_currency_supports_but_never_contradicts() -> None:
    right = consistency("بلغت قيمة الصفقة 750 مليون ريال (200 مليون دولار) بحسب البيان.", "ar", published=None)
    assert right == {}  # no date: which day's rate? no verdict from the sentence
    wrong = consistency("بلغت قيمة الصفقة 750 مليون ريال (300 مليون دولار) بحسب البيان.", "ar")
    assert wrong["300 مليون دولار"].verdict == "unverifiable"


def test_english_conversions_with_the_ecb_rate() -> None:
    found = consistency("The group agreed to buy the chain for £3bn ($4.7bn; 6bn euros) on Tuesday.", "en")
    assert found["$4.7bn"].verdict == "supported"  # GBP 1.5614 USD on 22 July 2015
    assert "ECB euro reference rate, 2015-07-22" in found["$4.7bn"].explanation["en"]
    assert found["6bn euros"].verdict == "contradicted"  # 4.3bn euros that day
    wrong = consistency("The carrier paid £2bn ($4bn) for its new fleet, the company said.", "en")
    assert wrong["$4bn"].verdict == "contradicted"


def test_english_undated_article_gets_no_conversion_verdict() -> None:
    assert consistency("The bank paid £2bn ($4bn) for the insurer.", "en", published=None) == {}


@pytest.mark.parametrize(("text", "percent", "status"), [
    ("Pre-tax profit rose 10% to $110m from $100m, the airline said.", "10%", "supported"),
    ("Pre-tax profit rose 15% to $110m from $100m, the airline said.", "15%", "contradicted"),
    ("Passenger numbers rose from 200,000 to 250,000, an increase of 25%.", "25%", "supported"),
    ("Passenger numbers rose from 200,000 to 250,000, an increase of 35%.", "35%", "contradicted"),
    ("The index fell 43.16 points, or 0.46%, to 9,381.01.", "0.46%", "supported"),
])
def test_english_arithmetic(text: str, percent: str, status: str) -> None:
    verdict = consistency(text, "en")[percent]
    assert verdict.verdict == status
    assert "change" in verdict.explanation["en"]


@pytest.mark.parametrize(("text", "percent", "status"), [
    ("ارتفعت أرباح المصرف من 100 مليون ريال إلى 120 مليون ريال بنسبة 20%.", "20%", "supported"),
    ("ارتفعت أرباح المصرف من 100 مليون ريال إلى 130 مليون ريال بنسبة 20%.", "20%", "contradicted"),
    ("أنهى المؤشر جلسته عند 8807 نقاط خاسرا 291 نقطة بنسبة 3.2 في المائة.", "3.2 في المائة", "supported"),
    ("نمت المبيعات بنسبة 10% إلى 110 ملايين درهم مقارنة بـ 100 مليون درهم.", "10%", "supported"),
])
def test_arabic_arithmetic(text: str, percent: str, status: str) -> None:
    verdict = consistency(text, "ar")[percent]
    assert verdict.verdict == status
    assert "نسبته" in verdict.explanation["ar"]


@pytest.mark.parametrize(("text", "lang", "previous"), [
    ("The index fell 43.16 points, or 0.46%, to 9,381.01.", "en", "9,424.17"),
    ("The index rose 43.16 points, or 0.46%, to 9,381.01.", "en", "9,337.85"),
    ("أنهى المؤشر جلسته عند 8807 نقاط خاسرا 291 نقطة بنسبة 3.2 في المائة.", "ar", "9,098"),
])
def test_the_level_before_a_change_is_on_the_side_the_words_give(text: str, lang: str, previous: str) -> None:
    # Small changes fit either side by the printed rounding alone; "fell" / "خاسرا" say the level was higher.
    [verdict] = consistency(text, lang).values()
    assert verdict.verdict == "supported"
    assert previous in verdict.explanation["en"], verdict.explanation["en"]


def test_a_number_in_a_name_is_not_a_change() -> None:
    # "400" names the index; nothing links it to the 0.6% as a change in points.
    assert consistency("وصعد مؤشر توب 400 بنسبة 0.6% ليصل إلى 15251.93 نقطة.", "ar") == {}


def test_a_reference_verdict_is_kept() -> None:
    # Only claims no reference table could judge are read against their sentence: the seed's verdicts stand.
    tables = checkers.load_default_tables()
    article = Article(id="s", lang="en", published_at=datetime(2018, 3, 1),
                      body="Inflation in Tunisia was 7.3% in 2018, from 5.3% the year before, a rise of 2 points.")
    found = claims.extract_article(article)
    plain = [checkers.check_claim(c, article.ref, tables) for c in found]
    together = checkers.check_claims(found, article.ref, tables)
    for alone, joined in zip(plain, together, strict=True):
        if alone.verdict != "unverifiable":
            assert joined.verdict == alone.verdict and joined.metric == alone.metric
