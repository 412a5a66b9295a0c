"""Market prices and exchange rates against dated series (checkers/markets): our own news-style sentences in
Arabic and English, checked against the shipped Brent, WTI, gold and ECB series."""

from __future__ import annotations

import pytest

import checkers
from factstream.models import Verdict
from tests.unit.checkers.helpers import article, make_claim

MARKETS = {"brent", "wti", "oil", "gold", "eur_usd", "gbp_usd", "usd_jpy"}
# EIA closes used below: Brent 2015-07-21 55.94, 07-22 56.36, 07-24 54.29; WTI 2015-07-20 50.11.


def check(claim, published: str | None, tables, lang: str = "ar") -> Verdict:
    [verdict] = checkers.check_claims([claim], article(lang=lang, published=published), tables)
    return verdict


def test_arabic_brent_price_on_the_report_day_is_supported_with_its_chart(tables) -> None:
    sentence = "وارتفع سعر مزيج برنت 40 سنتا إلى 56.80 دولار للبرميل في تعاملات اليوم."
    claim = make_claim(sentence, "56.80 دولار", "money", 56.8, currency="USD")
    verdict = check(claim, "2015-07-22T08:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("supported", "brent")
    assert verdict.fact is not None and verdict.fact.value == 56.36 and verdict.fact.as_of == "2015-07-22"
    assert verdict.fact.series is not None and 15 <= len(verdict.fact.series) <= 30
    assert {"2015-07-21", "2015-07-22"} <= {p.date for p in verdict.fact.series}
    assert "56.36" in verdict.explanation["en"] and "EIA" in verdict.explanation["en"]
    assert "56.36" in verdict.explanation["ar"] and "برنت" in verdict.explanation["ar"]


def test_english_wti_price_far_from_every_close_of_the_week_is_contradicted(tables) -> None:
    sentence = "U.S. crude jumped to $75.20 a barrel on Monday as traders bet on tighter supplies."
    claim = make_claim(sentence, "$75.20", "money", 75.2, lang="en", currency="USD", time_ref="2015-07-20")
    verdict = check(claim, "2015-07-22T08:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("contradicted", "wti")
    assert verdict.fact is not None and verdict.fact.value == 50.11 and verdict.fact.as_of == "2015-07-20"
    assert "more than 15%" in verdict.explanation["en"]
    assert verdict.deviation is not None and verdict.deviation.relative > 0.4


def test_intraday_quote_outside_the_day_range_but_near_it_is_not_contradicted(tables) -> None:
    sentence = "وقفز خام برنت إلى 59.50 دولار للبرميل بحلول الساعة 1400 بتوقيت غرينتش."
    claim = make_claim(sentence, "59.50 دولار", "money", 59.5, currency="USD")
    verdict = check(claim, "2015-07-22T08:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "brent")
    assert "futures" in verdict.explanation["en"] and "العقود الآجلة" in verdict.explanation["ar"]


def test_a_saturday_falls_back_to_friday_close_and_says_so(tables) -> None:
    sentence = "Brent crude settled at $54.50 a barrel, its weakest close in four months."
    claim = make_claim(sentence, "$54.50", "money", 54.5, lang="en", currency="USD")
    verdict = check(claim, "2015-07-25T09:00:00", tables, lang="en")  # a Saturday
    assert verdict.verdict == "supported"
    assert verdict.fact.as_of == "2015-07-24"
    assert "Saturday, with no trading" in verdict.explanation["en"]


def test_arabic_yesterday_on_a_sunday_report_reads_friday_close(tables) -> None:
    sentence = "وأغلق خام برنت أمس عند 54.40 دولار للبرميل."
    claim = make_claim(sentence, "54.40 دولار", "money", 54.4, currency="USD", time_ref="2015-07-25")
    verdict = check(claim, "2015-07-26T09:00:00", tables)
    assert verdict.verdict == "supported" and verdict.fact.as_of == "2015-07-24"
    assert "عطلة بلا تداول" in verdict.explanation["ar"]


@pytest.mark.parametrize(("published", "rule"), [
    ("1985-03-05T09:00:00", "before the series starts"),
    ("2027-01-12T09:00:00", "after the series ends"),
])
def test_a_day_outside_the_series_is_unverifiable_not_contradicted(tables, published, rule) -> None:
    sentence = "Brent crude traded at $150 a barrel."
    claim = make_claim(sentence, "$150", "money", 150, lang="en", currency="USD")
    verdict = check(claim, published, tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "brent")
    assert rule in verdict.explanation["en"]


def test_an_undated_article_is_unverifiable(tables) -> None:
    sentence = "Brent crude fell to $40 a barrel."
    claim = make_claim(sentence, "$40", "money", 40, lang="en", currency="USD")
    verdict = check(claim, None, tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "brent")
    assert "no date" in verdict.explanation["en"]


def test_a_futures_delivery_month_is_not_the_price_day(tables) -> None:
    sentence = "وارتفع الخام الأمريكي في العقود الآجلة لتسليم سبتمبر 20 سنتا إلى 50.30 دولار للبرميل."
    claim = make_claim(sentence, "50.30 دولار", "money", 50.3, currency="USD", time_ref="2015-09")
    verdict = check(claim, "2015-07-21T09:00:00", tables)
    assert (verdict.verdict, verdict.metric, verdict.fact.as_of) == ("supported", "wti", "2015-07-21")


def test_arabic_daily_change_against_the_previous_close(tables) -> None:
    sentence = "وارتفع خام برنت 0.75 في المئة يوم الأربعاء."
    claim = make_claim(sentence, "0.75 في المئة", "percent", 0.75, time_ref="2015-07-22")
    verdict = check(claim, "2015-07-23T09:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("supported", "brent")
    assert "+0.75%" in verdict.explanation["en"] and "55.94" in verdict.explanation["ar"]


def test_english_change_far_beyond_the_day_move_is_contradicted(tables) -> None:
    sentence = "Brent crude jumped 12% on Wednesday, its biggest gain in years."
    claim = make_claim(sentence, "12%", "percent", 12, lang="en", time_ref="2015-07-22")
    verdict = check(claim, "2015-07-23T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("contradicted", "brent")


def test_a_monthly_change_is_not_checked_against_one_close(tables) -> None:
    sentence = "وخسر برنت نحو 15 في المئة من قيمته خلال الشهر."
    claim = make_claim(sentence, "15 في المئة", "percent", 15)
    verdict = check(claim, "2015-07-31T09:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("unverifiable", "brent")
    assert "longer time than a day" in verdict.explanation["en"]
    in_july = make_claim("وخسر خام برنت 14 في المئة من قيمته في يوليو.", "14 في المئة", "percent", 14,
                         time_ref="2015-07")
    assert check(in_july, "2015-07-25T09:00:00", tables).verdict == "unverifiable"


def test_gold_per_ounce_against_the_monthly_average(tables) -> None:
    sentence = "وتراجع سعر الذهب في السوق الفورية إلى 1095 دولارا للأوقية."
    claim = make_claim(sentence, "1095 دولارا", "money", 1095, currency="USD")
    verdict = check(claim, "2015-07-28T09:00:00", tables)
    assert (verdict.verdict, verdict.metric, verdict.fact.as_of) == ("supported", "gold", "2015-07")
    english = make_claim("Gold slipped to $1,640 an ounce.", "$1,640", "money", 1640, lang="en", currency="USD")
    assert check(english, "2015-07-28T09:00:00", tables, lang="en").verdict == "contradicted"


def test_units_must_agree_a_price_per_ounce_is_not_brent_and_gold_needs_an_ounce(tables) -> None:
    ounce = make_claim("Brent rose while silver climbed to $15 an ounce.", "$15", "money", 15, lang="en",
                       currency="USD")
    assert check(ounce, "2015-07-22T09:00:00", tables, lang="en").metric not in MARKETS
    reserves = make_claim("The central bank bought gold worth $1,100 last week.", "$1,100", "money", 1100,
                          lang="en", currency="USD")
    assert check(reserves, "2015-07-22T09:00:00", tables, lang="en").metric not in MARKETS


def test_an_amount_no_price_ever_reached_is_not_a_price(tables) -> None:
    sentence = "وأدى تراجع اليورو إلى خفض التحويلات إلى 583 مليار دولار."
    claim = make_claim(sentence, "583 مليار دولار", "money", 583e9, currency="USD")
    assert check(claim, "2015-07-25T09:00:00", tables).metric not in MARKETS


def test_change_amounts_are_changes_not_prices_and_forecasts_are_neither(tables) -> None:
    cents = make_claim("وتراجع خام برنت 45 سنتا عند التسوية.", "45 سنتا", "money", 0.45, currency="USD")
    verdict = check(cents, "2015-07-22T09:00:00", tables)  # 21 July: 56.42 -> 55.94 (test_markets_more.py)
    assert (verdict.verdict, verdict.metric, verdict.fact.as_of) == ("supported", "brent", "2015-07-21")
    assert "-US$0.48" in verdict.explanation["en"]
    sentence = "وخفض البنك توقعاته لسعر خام برنت إلى 80 دولارا للبرميل."
    forecast = make_claim(sentence, "80 دولارا", "money", 80, currency="USD")
    assert check(forecast, "2015-07-22T09:00:00", tables).metric not in MARKETS


def test_euro_against_the_dollar_arabic_and_english(tables) -> None:
    sentence = "وبلغ سعر اليورو 1.0960 دولار في أحدث التعاملات."
    claim = make_claim(sentence, "1.0960 دولار", "money", 1.096, currency="USD")
    verdict = check(claim, "2015-08-03T09:00:00", tables)
    assert (verdict.verdict, verdict.metric, verdict.fact.value) == ("supported", "eur_usd", 1.0951)
    wrong = make_claim("The dollar fell to $1.35 against the euro.", "$1.35", "money", 1.35, lang="en",
                       currency="USD")
    verdict = check(wrong, "2015-08-03T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("contradicted", "eur_usd")
    assert "European Central Bank" in verdict.explanation["en"]


def test_pound_and_yen_through_euro_crosses(tables) -> None:
    pound = make_claim("Sterling rose to $1.5610 in London trading.", "$1.5610", "money", 1.561, lang="en",
                       currency="USD")
    verdict = check(pound, "2015-07-22T12:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "gbp_usd")
    assert verdict.fact.value == pytest.approx(1.0902 / 0.6982, rel=1e-3)
    yen = make_claim("واستقر الدولار أمام العملة اليابانية عند 124.10 ين.", "124.10 ين", "money", 124.1,
                     currency="JPY")
    assert check(yen, "2015-07-22T12:00:00", tables).metric == "usd_jpy"


def test_market_verdicts_carry_no_conflict_key(tables) -> None:
    claim = make_claim("Brent crude settled at $56.40 a barrel.", "$56.40", "money", 56.4, lang="en",
                       currency="USD")
    verdict = check(claim, "2015-07-22T09:00:00", tables, lang="en")
    assert verdict.metric == "brent" and verdict.entity_id is None
    assert checkers.observation_key(verdict, tables) is None


def test_two_crudes_in_one_sentence_each_figure_takes_its_own_name(tables) -> None:
    sentence = "US light crude rose 48 cents to $50.40, while Brent crude in London gained 30 cents to $56.20."
    wti = make_claim(sentence, "$50.40", "money", 50.4, lang="en", currency="USD")
    brent = make_claim(sentence, "$56.20", "money", 56.2, lang="en", currency="USD")
    verdicts = checkers.check_claims([wti, brent], article(lang="en", published="2015-07-22T09:00:00"), tables)
    assert [(v.metric, v.verdict) for v in verdicts] == [("wti", "supported"), ("brent", "supported")]


def test_other_currencies_against_the_dollar_and_the_euro(tables) -> None:
    yuan = make_claim("The dollar bought 6.21 yuan in Shanghai.", "6.21 yuan", "money", 6.21, lang="en",
                      currency="CNY")
    verdict = check(yuan, "2015-07-22T12:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "usd_cny")
    assert verdict.fact.value == pytest.approx(6.7695 / 1.0902, rel=1e-4)
    # "pounds" alone leaves several candidate currencies; the euro's name settles it.
    pounds = make_claim("The euro slipped to 0.70 pounds.", "0.70 pounds", "money", 0.7, lang="en",
                        currency_candidates=["GBP", "EGP", "LBP"])
    verdict = check(pounds, "2015-07-22T12:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric, verdict.fact.value) == ("supported", "eur_gbp", 0.6982)
    lira = make_claim("وارتفع الدولار إلى 3.9 ليرة تركية.", "3.9 ليرة تركية", "money", 3.9, currency="TRY")
    verdict = check(lira, "2015-07-22T12:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("contradicted", "usd_try")
    assert "الليرة التركية" in verdict.explanation["ar"]


def test_a_since_date_is_not_the_figure_date(tables) -> None:
    sentence = "وهبط الذهب إلى 1077 دولارا للأوقية مسجلا أدنى مستوياته منذ فبراير 2010."
    claim = make_claim(sentence, "1077 دولارا", "money", 1077, currency="USD", time_ref="2010-02")
    verdict = check(claim, "2015-07-25T09:00:00", tables)
    assert (verdict.verdict, verdict.metric) == ("supported", "gold")
    assert verdict.fact.as_of.startswith("2015-0")  # this or last month's average, never February 2010's


def test_a_holiday_reads_the_last_close_before_it_and_says_so(tables) -> None:
    sentence = "Brent crude was quoted at $37.30 a barrel yesterday in thin holiday trading."
    claim = make_claim(sentence, "$37.30", "money", 37.3, lang="en", currency="USD", time_ref="2015-12-25")
    verdict = check(claim, "2015-12-26T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.fact.as_of) == ("supported", "2015-12-24")
    assert "no value on 2015-12-25 (Friday, a holiday or no quote)" in verdict.explanation["en"]


def test_oil_without_a_benchmark_is_held_to_brent_and_wti_both(tables) -> None:
    near_wti = make_claim("Oil prices slipped to $49.90 a barrel on Wednesday.", "$49.90", "money", 49.9,
                          lang="en", currency="USD", time_ref="2015-07-22")
    verdict = check(near_wti, "2015-07-23T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "wti")  # Brent's range (54.7-58) would not hold it
    far = make_claim("وارتفعت أسعار النفط إلى 95 دولارا للبرميل.", "95 دولارا", "money", 95, currency="USD")
    verdict = check(far, "2015-07-22T09:00:00", tables)
    assert verdict.verdict == "unverifiable" and verdict.metric in ("brent", "wti")  # an unnamed crude
    assert "names no benchmark" in verdict.explanation["en"] and "خامًا قياسيًا" in verdict.explanation["ar"]
    assert check(make_claim("Oil rose to $90.", "$90", "money", 90, lang="en", currency="USD"),
                 "2015-07-22T09:00:00", tables, lang="en").metric not in MARKETS  # no barrel: not a price


def test_an_earlier_level_and_production_costs_are_never_contradicted(tables) -> None:
    sentence = "وتراجعت أسعار النفط من 95 دولارا للبرميل قبل أشهر."
    earlier = make_claim(sentence, "95 دولارا", "money", 95, currency="USD")
    named = make_claim("وتراجع خام برنت من 95 دولارا للبرميل قبل أشهر.", "95 دولارا", "money", 95, currency="USD")
    for claim in (earlier, named):
        verdict = check(claim, "2015-07-22T09:00:00", tables)
        assert verdict.verdict == "unverifiable" and verdict.metric in ("brent", "wti")
    cost = make_claim("وتبلغ تكلفة إنتاج النفط الصخري نحو 82 دولارا للبرميل.", "82 دولارا", "money", 82,
                      currency="USD", qualifier="about")
    assert check(cost, "2015-07-22T09:00:00", tables).metric not in MARKETS


def test_a_percent_far_from_a_crude_name_or_under_a_generic_one_is_not_a_price_change(tables) -> None:
    sentence = "ورغم أسعار النفط المنخفضة خلال تلك السنوات إلا أن الاقتصاد الإيراني نما بنسبة 22% في المجمل."
    growth = make_claim(sentence, "22%", "percent", 22)
    assert check(growth, "2015-07-22T09:00:00", tables).metric not in MARKETS
    budget = make_claim("وحسبت الميزانية على أساس سعر للنفط عند 37 دولارا للبرميل.", "37 دولارا", "money", 37,
                        currency="USD")
    assert check(budget, "2015-08-03T09:00:00", tables).metric not in MARKETS


def test_a_name_after_the_figure_counts_only_in_its_clause(tables) -> None:
    sentence = "Oil rose to $90 a barrel, while Brent crude was steady."
    claim = make_claim(sentence, "$90", "money", 90, lang="en", currency="USD")
    verdict = check(claim, "2015-07-22T09:00:00", tables, lang="en")
    assert verdict.verdict == "unverifiable"  # the unnamed crude: never contradicted, even far from both
    named_after = make_claim("وبلغ أدنى مستوى 45.19 دولار لعقود برنت في يناير.", "45.19 دولار", "money", 45.19,
                             currency="USD", time_ref="2015-01")
    assert check(named_after, "2015-08-07T09:00:00", tables).metric == "brent"


def test_the_dollar_in_canadian_dollars(tables) -> None:
    sentence = "وارتفع الدولار إلى 1.3175 دولار كندي، أعلى مستوى له منذ 2004."
    for time_ref in (None, "2004"):  # the year of "since 2004" is not the figure's
        claim = make_claim(sentence, "1.3175 دولار كندي", "money", 1.3175, currency="CAD", time_ref=time_ref)
        verdict = check(claim, "2015-08-03T09:00:00", tables)
        assert (verdict.verdict, verdict.metric, verdict.fact.as_of) == ("supported", "usd_cad", "2015-08-03")


def test_a_bad_links_file_is_refused_with_the_entry_named(tmp_path) -> None:
    from checkers.markets.links import load_links

    missing = tmp_path / "missing.yaml"
    missing.write_text("markets:\n  tasi:\n    series: tasi\n    names: {en: [TASI]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing\.yaml: market 'tasi': missing or bad 'currency'"):
        load_links(missing)
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text("markets:\n  oil:\n    series: brent\n    currency: USD\n    any_of: [brent]\n",
                       encoding="utf-8")
    with pytest.raises(ValueError, match="any_of names no market entry: brent"):
        load_links(unknown)
    empty = tmp_path / "empty.yaml"
    empty.write_text("stops: {en: [silver]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a 'markets' mapping"):
        load_links(empty)


def test_a_bare_rate_quoted_with_four_decimals_is_the_euro_rate(tables) -> None:
    english = make_claim("The euro was at 1.0950 in late New York trading.", "1.0950", "number", 1.095, lang="en")
    verdict = check(english, "2015-08-03T09:00:00", tables, lang="en")
    assert (verdict.verdict, verdict.metric) == ("supported", "eur_usd")
    assert "1.0950" in verdict.explanation["en"]
    arabic = make_claim("وارتفع اليورو إلى 1.2950 مقابل الدولار.", "1.2950", "number", 1.295)
    assert check(arabic, "2015-08-03T09:00:00", tables).verdict == "contradicted"
    growth = make_claim("ونما اقتصاد منطقة اليورو 1.5 خلال الربع.", "1.5", "number", 1.5)
    assert check(growth, "2015-08-03T09:00:00", tables).metric not in MARKETS
