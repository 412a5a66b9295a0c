"""Conversions in undated articles of a known period (Article.published_window): judged against the range of the
day's rates over the window (checkers/consistency/conversions.py, window_rates.py). Our own sentences, in news
style; the rates are the shipped ECB, peg and World Bank series."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

import checkers
import claims
from checkers.consistency import fx_converter
from checkers.consistency.window_rates import window_rates
from factstream.models import Article, Verdict

TABLES = checkers.ReferenceTables.empty()  # no reference facts: only the sentence's own figures can judge
WINDOW = "2004-01-01/2005-12-31"  # GBP/USD 1.709-1.953 (14.3% apart), EUR/USD 1.167-1.363 (16.9%)


def conversions(text: str, lang: str, window: str | None = WINDOW,
                published: datetime | None = None) -> dict[str, Verdict]:
    """Claim text -> the conversion verdict of each equivalent amount."""
    article = Article(id="t", body=text, lang=lang, published_at=published, published_window=window)
    found = claims.extract_article(article)
    return {v.claim.text: v for v in checkers.check_claims(found, article.ref, TABLES)
            if v.metric == "fx_conversion"}


def test_the_range_over_a_window_is_the_lowest_and_highest_day() -> None:
    converter = fx_converter()
    start, end = date(2004, 3, 17), date(2005, 2, 9)  # odd days at both ends, whole months between
    found = window_rates(converter).range("GBP", "USD", start, end)
    assert found is not None
    daily = []
    day = start
    while day <= end:
        conversion = converter.convert(1.0, "GBP", "USD", day)
        assert conversion is not None
        daily.append(conversion.rate)
        day += timedelta(days=1)
    assert (found.low, found.high) == (pytest.approx(min(daily)), pytest.approx(max(daily)))
    assert start <= found.low_day <= end and start <= found.high_day <= end
    assert found.sources == ("ecb",)
    assert window_rates(converter).range("GBP", "USD", start, end) is found  # kept, not computed again


def test_a_window_no_series_covers_has_no_range() -> None:
    assert window_rates(fx_converter()).range("GBP", "USD", date(2090, 1, 1), date(2090, 6, 30)) is None


def test_english_conversion_within_the_window_is_supported() -> None:
    verdict = conversions("The carrier agreed to buy its rival for £3bn ($5.6bn), the board said.", "en")["$5.6bn"]
    assert verdict.verdict == "supported"
    english = verdict.explanation["en"]
    assert "undated" in english and "2004-01-01" in english and "2005-12-31" in english
    assert "1 GBP = 1.709 USD" in english and "1.953 USD" in english  # the window's lowest and highest rate
    assert "within the period's range" in english
    assert verdict.fact is not None and verdict.fact.as_of == WINDOW
    assert verdict.period == WINDOW


def test_english_conversion_outside_every_rate_of_the_window_is_contradicted() -> None:
    verdict = conversions("The carrier agreed to buy its rival for £3bn ($4.2bn), the board said.", "en")["$4.2bn"]
    assert verdict.verdict == "contradicted"
    assert "below the period's lowest rate" in verdict.explanation["en"]
    assert "1 GBP = 1.4 USD" in verdict.explanation["en"]  # what the printed figures imply
    assert verdict.deviation is not None and verdict.deviation.relative == pytest.approx(1.4 / 1.709 - 1, abs=2e-3)


def test_a_figure_just_outside_the_range_is_neither() -> None:
    # At least 2.06 dollars a pound with the figures' rounding: 5.6% above the window's highest rate, past the 3%
    # margin, short of the 10% one.
    verdict = conversions("The chain was sold for £2.25bn ($4.7bn) in cash.", "en")["$4.7bn"]
    assert verdict.verdict == "unverifiable"
    assert "above the period's highest rate" in verdict.explanation["en"]


def test_a_rate_that_moved_too_much_over_the_window_does_not_support() -> None:
    verdict = conversions("The bank lent the state 2bn euros ($2.5bn) last year.", "en")["$2.5bn"]
    assert verdict.verdict == "unverifiable"  # EUR/USD moved 16.9% over 2004-05: nearly any figure would fit
    assert "moved 16.9%" in verdict.explanation["en"] and "within the period's range" in verdict.explanation["en"]
    # A short window where the euro held steady can check the same figure.
    steady = conversions("The bank lent the state 2bn euros ($2.5bn) last year.", "en", window="2004-05-01/2004-07-31")
    assert steady["$2.5bn"].verdict == "supported"


def test_arabic_conversions_in_an_undated_article() -> None:
    right = conversions("قالت المجموعة إنها ستستحوذ على منافستها مقابل 3 مليارات جنيه إسترليني (5.6 مليار دولار).",
                        "ar")["5.6 مليار دولار"]
    assert right.verdict == "supported"
    assert "المقال غير مؤرخ" in right.explanation["ar"] and "2004-01-01" in right.explanation["ar"]
    assert "ضمن نطاق أسعار الصرف" in right.explanation["ar"]
    wrong = conversions("وقّعت الهيئة عقدًا بقيمة 750 مليون ريال سعودي (260 مليون دولار) لبناء محطة كهرباء.",
                        "ar")["260 مليون دولار"]
    assert wrong.verdict == "contradicted"  # the peg holds 3.75 over the whole window
    assert "أعلى من أعلى سعر في الفترة" in wrong.explanation["ar"]
    assert "above the period's highest rate" in wrong.explanation["en"]


def test_without_a_window_an_undated_article_keeps_no_conversion_verdict() -> None:
    assert conversions("The carrier agreed to buy its rival for £3bn ($4.2bn).", "en", window=None) == {}
    assert conversions("بلغت قيمة الصفقة 3 مليارات جنيه إسترليني (4.2 مليار دولار).", "ar", window=None) == {}


def test_a_dated_article_ignores_its_window() -> None:
    # 22 July 2015: GBP 1.5614 USD, so $4.7bn is right for £3bn that day, though outside the 2004-05 range.
    found = conversions("The group agreed to buy the chain for £3bn ($4.7bn) on Tuesday.", "en",
                        published=datetime(2015, 7, 22))
    assert found["$4.7bn"].verdict == "supported"
    assert "2015-07-22" in found["$4.7bn"].explanation["en"] and "undated" not in found["$4.7bn"].explanation["en"]


def test_a_window_the_series_do_not_cover_gives_no_verdict() -> None:
    assert conversions("The carrier paid £3bn ($4.2bn) for the fleet.", "en", window="2090-01-01/2090-12-31") == {}


def test_a_bare_shared_currency_name_can_support_but_not_contradict() -> None:
    # "rupees" with no country: Sri Lankan 3bn rupees are about $30m, Indian ones about $67m.
    found = conversions("The lender wrote off 3bn rupees ($30m) of farm loans after the floods.", "en")
    assert found["$30m"].verdict == "supported" and "1 LKR" in found["$30m"].explanation["en"]
    odd = conversions("The lender wrote off 3bn rupees ($20m) of farm loans after the floods.", "en")
    assert odd["$20m"].verdict == "unverifiable"  # wrong in every rupee, but which one is not said


def test_a_shared_currency_name_the_context_places_can_contradict() -> None:
    # The sentence places the lender in Colombo, so the extractor reads Sri Lankan rupees: one currency.
    odd = conversions("A Colombo lender wrote off 3bn rupees ($20m) of farm loans after the floods.", "en")
    assert odd["$20m"].verdict == "contradicted" and "1 LKR" in odd["$20m"].explanation["en"]


def test_local_prices_in_brackets_are_not_conversions() -> None:
    text = "The basic handset sells for $129 (£99 in Britain) and the larger model for $179 (£129) from Monday."
    assert conversions(text, "en") == {}


def test_a_rate_per_year_before_the_bracket_still_pairs() -> None:
    found = conversions("The plan would cost rich nations $12bn a year (£6.4bn) over the next decade, he said.", "en")
    assert found["£6.4bn"].verdict == "supported"
    wrong = conversions("The plan would cost rich nations $12bn per annum (£9.4bn) over the next decade.", "en")
    assert wrong["£9.4bn"].verdict == "contradicted"
