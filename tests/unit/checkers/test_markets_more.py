"""Market checks added for issue 13's second round: undated articles of a known period, changes stated in units,
exchange-rate changes by their pair, and the wording that links a figure to its series. Our own news-style
sentences in Arabic and English, against the shipped EIA and ECB series."""

from __future__ import annotations

import checkers
from factstream.models import ArticleRef, Verdict
from tests.unit.checkers.helpers import article, make_claim

MARKETS = {"brent", "wti", "oil", "gold", "eur_usd", "gbp_usd", "usd_jpy", "eur_jpy", "usd_cad", "usd_try"}
# EIA closes: Brent 2015-07-20 56.42, 07-21 55.94, 07-22 56.36; WTI 07-22 49.27, 07-23 48.11. Brent 2004-05: lowest
# 29.02 (2004-02-05), highest 67.26 (2005-08-12); 2004-03-01..07: 33.32 to 34.40; 2004-11-10: 42.57.
# ECB: EUR/USD 2015-07-23 1.0999, 07-24 1.0939 (-0.55%); GBP/USD 07-23 1.5615, 07-24 1.5475 (-0.90%);
# USD/JPY 07-21 124.386, 07-22 123.812 (-0.46%).
PERIOD = "2004-01-01/2005-12-31"


def check(claim, published: str | None, tables, lang: str = "ar", window: str | None = None) -> Verdict:
    ref = article(lang=lang, published=published)
    if window is not None:
        ref = ArticleRef(id=ref.id, lang=lang, published_window=window)
    [verdict] = checkers.check_claims([claim], ref, tables)
    return verdict


# ---------------------------------------------------------------------------- undated articles with a window
def test_undated_level_inside_a_wide_window_is_unverifiable_with_the_range(tables) -> None:
    claim = make_claim("Brent crude traded at $45 a barrel in London.", "$45", "money", 45, lang="en",
                       currency="USD")
    verdict = check(claim, None, tables, lang="en", window=PERIOD)
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "brent")
    assert "US$29.02" in verdict.explanation["en"] and "US$67.26" in verdict.explanation["en"]
    assert "undated" in verdict.explanation["en"]
    arabic = make_claim("وتراجع سعر مزيج برنت إلى 45 دولارا للبرميل.", "45 دولارا", "money", 45, currency="USD")
    verdict = check(arabic, None, tables, window=PERIOD)
    assert verdict.verdict == "unverifiable" and "غير مؤرخ" in verdict.explanation["ar"]


def test_undated_level_far_outside_the_whole_window_is_contradicted(tables) -> None:
    claim = make_claim("Brent crude hit $150 a barrel as traders panicked.", "$150", "money", 150, lang="en",
                       currency="USD")
    verdict = check(claim, None, tables, lang="en", window=PERIOD)
    assert (verdict.verdict, verdict.metric) == ("contradicted", "brent")
    assert "more than 15%" in verdict.explanation["en"] and verdict.fact.value == 67.26
    arabic = make_claim("وقفز خام برنت إلى 150 دولارا للبرميل.", "150 دولارا", "money", 150, currency="USD")
    verdict = check(arabic, None, tables, window=PERIOD)
    assert verdict.verdict == "contradicted" and "67.26" in verdict.explanation["ar"]


def test_undated_window_is_never_contradicted_for_a_bound_an_unnamed_crude_or_another_quantity(tables) -> None:
    bound = make_claim("Brent crude stayed above $20 a barrel.", "$20", "money", 20, lang="en", currency="USD",
                       qualifier="more than")
    assert check(bound, None, tables, lang="en", window=PERIOD).verdict == "unverifiable"
    unnamed = make_claim("Oil hit $150 a barrel.", "$150", "money", 150, lang="en", currency="USD")
    assert check(unnamed, None, tables, lang="en", window=PERIOD).verdict != "contradicted"
    book = make_claim("The fund values its gold at $42 an ounce.", "$42", "money", 42, lang="en", currency="USD")
    assert check(book, None, tables, lang="en", window=PERIOD).metric not in MARKETS


def test_undated_narrow_window_supports_a_figure_the_whole_window_agrees_with(tables) -> None:
    claim = make_claim("Brent crude traded at $34 a barrel.", "$34", "money", 34, lang="en", currency="USD")
    verdict = check(claim, None, tables, lang="en", window="2004-03-01/2004-03-07")
    assert (verdict.verdict, verdict.metric) == ("supported", "brent")
    assert "throughout its period" in verdict.explanation["en"]


def test_undated_article_uses_a_day_the_sentence_names(tables) -> None:
    dated = make_claim("Brent crude closed at $42.60 a barrel on 10 November 2004.", "$42.60", "money", 42.6,
                       lang="en", currency="USD", time_ref="2004-11-10")
    verdict = check(dated, None, tables, lang="en", window=PERIOD)
    assert (verdict.verdict, verdict.fact.as_of) == ("supported", "2004-11-10")
    # A day and month with no year: used when it falls in the window once only.
    yearless = make_claim("وأغلق خام برنت عند 42.60 دولار للبرميل في العاشر من نوفمبر.", "42.60 دولار", "money",
                          42.6, currency="USD", time_ref="--11-10")
    verdict = check(yearless, None, tables, window="2004-06-01/2005-05-31")
    assert (verdict.verdict, verdict.fact.as_of) == ("supported", "2004-11-10")
    assert check(yearless, None, tables, window=PERIOD).verdict == "unverifiable"  # 2004 or 2005


def test_a_window_the_series_does_not_cover_is_not_judged(tables) -> None:
    claim = make_claim("Brent crude hit $150 a barrel.", "$150", "money", 150, lang="en", currency="USD")
    verdict = check(claim, None, tables, lang="en", window="1985-01-01/1987-12-31")
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "brent")


# ---------------------------------------------------------------------------------- changes stated in units
def test_a_change_in_cents_against_the_previous_close(tables) -> None:
    sentence = "وتراجع خام برنت 48 سنتا إلى 55.94 دولار للبرميل يوم الثلاثاء."
    claim = make_claim(sentence, "48 سنتا", "money", 0.48, currency="USD", time_ref="2015-07-21")
    verdict = check(claim, "2015-07-22T09:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("supported", "brent")
    assert "-US$0.48" in verdict.explanation["en"] and "بمقدار" in verdict.explanation["ar"]
    english = make_claim("US crude oil closed down $1.16 at $48.11 a barrel on Thursday.", "$1.16", "money", 1.16,
                         lang="en", currency="USD", time_ref="2015-07-23")
    verdict = check(english, "2015-07-24T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "wti")
    assert "(-2.35%)" in verdict.explanation["en"]


def test_a_change_in_units_the_other_way_or_far_beyond_the_day_move(tables) -> None:
    rose = make_claim("وارتفع خام برنت 48 سنتا إلى 55.94 دولار للبرميل يوم الثلاثاء.", "48 سنتا", "money", 0.48,
                      currency="USD", time_ref="2015-07-21")
    assert check(rose, "2015-07-22T09:00:00", tables).verdict == "unverifiable"  # the close fell that day
    plunge = make_claim("Brent crude plunged $9 to $47 a barrel on Wednesday.", "$9", "money", 9, lang="en",
                        currency="USD", time_ref="2015-07-22")
    verdict = check(plunge, "2015-07-23T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("contradicted", "brent")


def test_the_nearest_rise_or_fall_word_gives_a_change_its_direction(tables) -> None:
    sentence = "وقفز سعر برنت في عقود سبتمبر 40 سنتا إلى 56.80 دولار للبرميل بعدما انخفض 48 سنتا يوم الثلاثاء."
    claim = make_claim(sentence, "48 سنتا", "money", 0.48, currency="USD", time_ref="2015-07-21")
    verdict = check(claim, "2015-07-22T09:00:00", tables)
    assert (verdict.verdict, verdict.metric, verdict.fact.as_of) == ("supported", "brent", "2015-07-21")


def test_an_amount_no_price_or_move_ever_reached_is_neither(tables) -> None:
    sentence = "وتراجع اليورو، وانخفضت التحويلات 583 مليار دولار في 2014 إلى أدنى مستوى."
    claim = make_claim(sentence, "583 مليار دولار", "money", 583e9, currency="USD", time_ref="2014")
    assert check(claim, "2015-07-25T09:00:00", tables).metric not in MARKETS


def test_a_fall_from_another_level_is_not_a_day_move(tables) -> None:
    arabic = make_claim("وقال إن خام برنت تراجع 10 دولارات عن ذروته يوم الأربعاء.", "10 دولارات", "money", 10,
                        currency="USD", time_ref="2015-07-22")
    verdict = check(arabic, "2015-07-23T09:00:00", tables)
    assert (verdict.metric, verdict.verdict) == ("brent", "unverifiable")
    english = make_claim("Brent crude fell 40% from its 2014 peak on Wednesday.", "40%", "percent", 40, lang="en",
                         time_ref="2015-07-22")
    assert check(english, "2015-07-23T09:00:00", tables, lang="en").verdict == "unverifiable"


def test_a_gold_change_in_dollars_is_not_checked_against_monthly_averages(tables) -> None:
    sentence = "وهبطت عقود الذهب الآجلة 15.50 دولار للأوقية إلى 1088 دولارا."
    claim = make_claim(sentence, "15.50 دولار", "money", 15.5, currency="USD")
    verdict = check(claim, "2015-07-22T09:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "gold")
    assert "monthly averages" in verdict.explanation["en"] and "متوسطات شهرية" in verdict.explanation["ar"]


def test_the_percent_after_a_change_in_cents_is_the_same_crude_and_a_futures_month_no_period(tables) -> None:
    sentence = "وقفز سعر برنت في عقود سبتمبر عند التسوية 42 سنتا أو 0.75 في المئة إلى 56.36 دولار للبرميل."
    claim = make_claim(sentence, "0.75 في المئة", "percent", 0.75, time_ref="2015-09")
    verdict = check(claim, "2015-07-23T09:00:00", tables)
    assert (verdict.verdict, verdict.metric, verdict.fact.as_of) == ("supported", "brent", "2015-07-22")


# ------------------------------------------------------------------------------ exchange-rate changes by pair
def test_the_euro_falls_against_the_dollar_arabic_and_english(tables) -> None:
    sentence = "وتراجع اليورو 0.5 في المائة أمام الدولار."
    claim = make_claim(sentence, "0.5 في المائة", "percent", 0.5)
    verdict = check(claim, "2015-07-24T18:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("supported", "eur_usd")
    assert "-0.55%" in verdict.explanation["en"] and "بنسبة -0.55%" in verdict.explanation["ar"]
    english = make_claim("The single currency fell 0.5% against the dollar.", "0.5%", "percent", 0.5, lang="en")
    assert check(english, "2015-07-24T18:00:00", tables, lang="en").verdict == "supported"


def test_the_inverse_pair_and_a_counter_named_first(tables) -> None:
    dollar = make_claim("The dollar rose 0.5% against the euro.", "0.5%", "percent", 0.5, lang="en")
    verdict = check(dollar, "2015-07-24T18:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "eur_usd")
    assert "other way round" in verdict.explanation["en"] and "+0.55%" in verdict.explanation["en"]
    first = make_claim("Against the yen, the dollar was down 0.5%.", "0.5%", "percent", 0.5, lang="en")
    verdict = check(first, "2015-07-22T18:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "usd_jpy")
    sterling = make_claim("ونزل الإسترليني 0.9 في المائة إلى 1.5475 دولار.", "0.9 في المائة", "percent", 0.9)
    assert check(sterling, "2015-07-24T18:00:00", tables).metric == "gbp_usd"  # the dollar after the figure


def test_an_exchange_rate_change_measured_at_another_hour_is_unverifiable_not_contradicted(tables) -> None:
    claim = make_claim("The euro fell 1.2% against the dollar.", "1.2%", "percent", 1.2, lang="en")
    verdict = check(claim, "2015-07-24T18:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "eur_usd")
    assert "14:15 CET" in verdict.explanation["en"]
    arabic = make_claim("وتراجع اليورو 1.2 في المائة أمام الدولار.", "1.2 في المائة", "percent", 1.2)
    assert "14:15" in check(arabic, "2015-07-24T18:00:00", tables).explanation["ar"]
    huge = make_claim("The euro plunged 6% against the dollar.", "6%", "percent", 6, lang="en")
    assert check(huge, "2015-07-24T18:00:00", tables, lang="en").verdict == "contradicted"


def test_a_currency_against_a_basket_or_with_no_other_side_is_not_a_pair(tables) -> None:
    basket = make_claim("وانخفض الدولار 0.5 في المائة أمام سلة من العملات.", "0.5 في المائة", "percent", 0.5)
    assert check(basket, "2015-07-24T18:00:00", tables).metric not in MARKETS
    alone = make_claim("The dollar fell 0.5% on Friday.", "0.5%", "percent", 0.5, lang="en")
    assert check(alone, "2015-07-24T18:00:00", tables, lang="en").metric not in MARKETS
    canadian = make_claim("The Canadian dollar rose 0.5% against the euro.", "0.5%", "percent", 0.5, lang="en")
    assert check(canadian, "2015-07-24T18:00:00", tables, lang="en").metric not in MARKETS


# --------------------------------------------------------------------------------------------- linking words
def test_a_currency_after_a_counter_word_is_the_other_side(tables) -> None:
    sentence = "At 0900 GMT the dollar stood at $1.09 to the euro and bought 124.2 yen."
    yen = make_claim(sentence, "124.2 yen", "money", 124.2, lang="en", currency="JPY")
    assert check(yen, "2015-07-21T18:00:00", tables, lang="en").metric == "usd_jpy"
    arabic = make_claim("وبلغ سعر الدولار مقابل اليورو 1.0939 دولار.", "1.0939 دولار", "money", 1.0939,
                        currency="USD")
    assert check(arabic, "2015-07-24T18:00:00", tables).metric == "eur_usd"
    shares = make_claim("Its shares rallied to 2.20 Canadian dollars.", "2.20 Canadian dollars", "money", 2.2,
                        lang="en", currency="CAD")
    assert check(shares, "2015-07-24T18:00:00", tables, lang="en").metric not in MARKETS


def test_cue_words_for_us_crude_and_the_international_benchmark(tables) -> None:
    light = make_claim("Light crude oil futures fell to $48.50 a barrel on Thursday.", "$48.50", "money", 48.5,
                       lang="en", currency="USD", time_ref="2015-07-23")
    assert check(light, "2015-07-24T09:00:00", tables, lang="en").metric == "wti"
    us_prices = make_claim("US oil prices closed at $48.20 a barrel on Thursday.", "$48.20", "money", 48.2,
                           lang="en", currency="USD", time_ref="2015-07-23")
    assert check(us_prices, "2015-07-24T09:00:00", tables, lang="en").metric == "wti"
    benchmark = make_claim("وصعدت عقود خام القياس الدولي إلى 56.30 دولار للبرميل.", "56.30 دولار", "money", 56.3,
                           currency="USD")
    assert check(benchmark, "2015-07-22T09:00:00", tables).metric == "brent"


def test_a_unit_word_after_an_earlier_figure_holds_for_a_later_one(tables) -> None:
    sentence = "وانخفض سعر الذهب إلى 1077 دولارا للأوقية قبل أن يتعافى إلى 1082.80 دولار."
    later = make_claim(sentence, "1082.80 دولار", "money", 1082.8, currency="USD")
    assert check(later, "2015-07-24T09:00:00", tables).metric == "gold"
    no_ounce = make_claim("واشترى البنك ذهبا بقيمة 1100 دولار.", "1100 دولار", "money", 1100, currency="USD")
    assert check(no_ounce, "2015-07-24T09:00:00", tables).metric not in MARKETS
