"""False alerts on real news: a figure must be a statement of the metric, about the entity, at a known time.

Our own sentences, written in the style of the news that raised false alerts (a count of displaced people read
as a country's population, industrial output read as inflation, an undated 2004 statement compared with 2024
figures), each next to a sentence that must still be supported or contradicted.
"""

from __future__ import annotations

import pytest

import checkers
from tests.unit.checkers.helpers import article, make_claim

DATED_AR = article(lang="ar", published="2019-05-01T08:00:00+00:00")
DATED_EN = article(lang="en", published="2019-05-01T08:00:00+00:00")
UNDATED_EN = article(lang="en", published=None)


def check(claim, ref):
    [verdict] = checkers.check_claims([claim], ref, checkers.load_default_tables())
    return verdict


def percent(sentence: str, text: str, *, lang: str = "en", occurrence: int = 0, **fields):
    value = float(text.rstrip("%").replace(",", "."))
    return make_claim(sentence, text, "percent", value, lang=lang, occurrence=occurrence, **fields)


# -- the metric's word must govern the figure ------------------------------------------------------------------

OUTPUT_AND_INFLATION = ("Factory output in Egypt grew 12.4% in 2018, up from 9% a year earlier, and inflation "
                        "eased to 14.4% in 2018 as the pound steadied.")


@pytest.mark.parametrize("text", ["12.4%", "9%"])
def test_a_percentage_about_output_is_not_inflation(text) -> None:
    verdict = check(percent(OUTPUT_AND_INFLATION, text, time_ref="2018"), DATED_EN)
    assert verdict.verdict == "unverifiable" and verdict.metric is None


def test_the_inflation_figure_of_the_same_sentence_is_still_checked() -> None:
    verdict = check(percent(OUTPUT_AND_INFLATION, "14.4%", time_ref="2018"), DATED_EN)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", "EGY", "inflation_cpi")


def test_arabic_exports_before_gdp_in_one_sentence() -> None:
    sentence = "وبلغت الصادرات المصرية 30 مليار دولار في 2018، فيما بلغ الناتج المحلي الإجمالي لمصر 263 مليار دولار."
    exports = make_claim(sentence, "30 مليار دولار", "money", 30e9, currency="USD", time_ref="2018")
    gdp = make_claim(sentence, "263 مليار دولار", "money", 263e9, currency="USD", time_ref="2018")
    assert check(exports, DATED_AR).verdict == "unverifiable"
    assert (check(gdp, DATED_AR).verdict, check(gdp, DATED_AR).entity_id) == ("supported", "EGY")


def test_a_list_of_figures_each_named_by_the_noun_after_it() -> None:
    sentence = "Turkey will never go back to 20% inflation, 25% interest rates and two million jobless in 2018."
    rates = percent(sentence, "25%", time_ref="2018")
    assert check(rates, DATED_EN).verdict == "unverifiable"


def test_an_interest_rate_with_inflation_later_in_the_sentence() -> None:
    sentence = "The central bank raised rates to 2.25% to curb inflation in the US in 2018."
    assert check(percent(sentence, "2.25%", time_ref="2018"), DATED_EN).verdict == "unverifiable"


def test_a_gdp_share_is_not_the_gdp() -> None:
    sentence = "Tourism accounts for 12% of Egypt's gross domestic product, or about $30 billion in 2018."
    claim = make_claim(sentence, "about $30 billion", "money", 30e9, currency="USD", lang="en",
                       qualifier="about", time_ref="2018")
    assert check(claim, DATED_EN).verdict == "unverifiable"


def test_people_alone_is_no_population_cue() -> None:
    for sentence, text, value in [
        ("About 60 people attended the meeting in Jordan in 2018.", "60 people", 60),
        ("The firm employs 2,700 people in Tunisia in 2018.", "2,700 people", 2700),
        ("About six million people in Egypt had a broadband connection in 2018.", "six million people", 6e6),
    ]:
        claim = make_claim(sentence, text, "count", value, counted="people", lang="en", time_ref="2018")
        assert check(claim, DATED_EN).verdict == "unverifiable", sentence


# -- the entity is what the figure is about --------------------------------------------------------------------

def test_the_country_of_the_governing_cue_not_the_nearest_name() -> None:
    sentence = "Saudi Arabia's economy, the largest in the Arab world, was worth $847 billion in 2018."
    claim = make_claim(sentence, "$847 billion", "money", 847e9, currency="USD", lang="en", time_ref="2018")
    verdict = check(claim, DATED_EN)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", "SAU", "gdp_usd")


def test_a_country_adjective_names_the_country() -> None:
    sentence = "بلغ حجم الاقتصاد السعودي 847 مليار دولار في 2018."
    claim = make_claim(sentence, "847 مليار دولار", "money", 847e9, currency="USD", time_ref="2018")
    assert (check(claim, DATED_AR).verdict, check(claim, DATED_AR).entity_id) == ("supported", "SAU")


def test_a_towns_population_is_not_the_countrys() -> None:
    sentence = "ويبلغ عدد سكان مدينة حلب في سوريا 4.5 مليون نسمة في 2015."
    claim = make_claim(sentence, "4.5 مليون نسمة", "count", 4.5e6, counted="نسمة", time_ref="2015")
    assert check(claim, DATED_AR).verdict == "unverifiable"


# -- sanity: a figure far off is another quantity --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "counted"), [
    ("ويقيم في البلدتين المحاصرتين في سوريا نحو 20 ألف شخص من السكان.", "20 ألف شخص", 20_000, "شخص"),
    ("ويحتجز التنظيم نحو 100 ألف نسمة في الفلوجة بالعراق.", "100 ألف نسمة", 100_000, "نسمة"),
])
def test_a_count_of_people_is_not_the_population(sentence, text, value, counted) -> None:
    claim = make_claim(sentence, text, "count", value, counted=counted, qualifier="about")
    verdict = check(claim, article(lang="ar", published="2015-07-22T08:00:00+00:00"))
    assert verdict.verdict == "unverifiable"
    assert verdict.metric is None and checkers.observation_key(verdict, checkers.load_default_tables()) is None


def test_off_scale_explains_why_in_both_languages() -> None:
    sentence = "وبلغ عدد سكان سوريا 20 ألف نسمة في عام 2015."
    claim = make_claim(sentence, "20 ألف نسمة", "count", 20_000, counted="نسمة", time_ref="2015")
    verdict = check(claim, DATED_AR)
    assert verdict.verdict == "unverifiable"
    assert "factor of 5" in verdict.explanation["en"] and "19.42 million" in verdict.explanation["en"]
    assert "5 أضعاف" in verdict.explanation["ar"]


def test_more_than_a_small_count_is_no_support_for_the_population() -> None:
    sentence = "More than 13,000 rural inhabitants of Peru will get a telephone line in 2018."
    claim = make_claim(sentence, "13,000 rural inhabitants", "count", 13_000, counted="inhabitants", lang="en",
                       qualifier="more than", time_ref="2018")
    assert check(claim, DATED_EN).verdict == "unverifiable"


def test_within_the_factor_a_wrong_population_is_still_contradicted() -> None:
    sentence = "Syria's population was 14 million in 2015."
    claim = make_claim(sentence, "14 million", "number", 14e6, lang="en", time_ref="2015")
    verdict = check(claim, DATED_EN)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("contradicted", "SYR", "population")


def test_a_round_population_covers_its_rounding() -> None:
    sentence = "Dominica has a population of 70,000 in 2018."
    claim = make_claim(sentence, "70,000", "number", 70_000, lang="en", time_ref="2018")
    assert check(claim, DATED_EN).verdict == "supported"


# -- time ------------------------------------------------------------------------------------------------------

def test_an_undated_article_without_a_year_is_unverifiable_not_compared_with_the_latest_row() -> None:
    sentence = "Italy's 60 million population must share the burden of getting growth going."
    claim = make_claim(sentence, "60 million", "number", 60e6, lang="en")
    verdict = check(claim, UNDATED_EN)
    assert verdict.verdict == "unverifiable" and verdict.fact is None
    assert "no date" in verdict.explanation["en"] and verdict.period is None
    assert checkers.observation_key(verdict, checkers.load_default_tables()) is None


def test_an_undated_article_with_a_year_in_the_sentence_is_checked() -> None:
    sentence = "Inflation in Tunisia was 9.3% in 2018."
    verdict = check(percent(sentence, "9.3%", time_ref="2018"), UNDATED_EN)
    assert (verdict.verdict, verdict.entity_id) == ("contradicted", "TUN")


@pytest.mark.parametrize(("sentence", "text", "time_ref", "lang"), [
    ("China's inflation slowed to 4.3% in October.", "4.3%", "--10", "en"),
    ("ارتفع معدل التضخم في مصر إلى 11.1% في ديسمبر 2015.", "11.1%", "2015-12", "ar"),
])
def test_a_monthly_inflation_reading_is_not_the_annual_average(sentence, text, time_ref, lang) -> None:
    ref = article(lang=lang, published="2016-01-10T08:00:00+00:00")
    verdict = check(percent(sentence, text, lang=lang, time_ref=time_ref), ref)
    assert verdict.verdict == "unverifiable" and verdict.metric is None
    assert "month" in verdict.explanation["en"]


def test_a_year_to_a_month_is_not_the_annual_average() -> None:
    sentence = "China's inflation slowed to 4.3% in the year to October 2004."
    verdict = check(percent(sentence, "4.3%", time_ref="2004"), DATED_EN)
    assert verdict.verdict == "unverifiable" and verdict.metric is None


def test_inflation_without_a_year_is_not_contradicted_by_the_annual_average() -> None:
    sentence = "واعتبر أن معدل التضخم في مصر بلغ 12.6% مقارنة بالعام الماضي."
    verdict = check(percent(sentence, "12.6%", lang="ar"), article(lang="ar", published="2015-08-03T08:00:00+00:00"))
    assert verdict.verdict == "unverifiable" and "names no year" in verdict.explanation["en"]


def test_inflation_target_and_peak_are_other_quantities() -> None:
    for sentence, text in [
        ("The Bank of Japan targets inflation of 2% in 2018.", "2%"),
        ("Inflation in Turkey, as recently as 2001, was as high as 70%.", "70%"),
    ]:
        claim = percent(sentence, text, time_ref="2018" if "2018" in sentence else "2001")
        assert check(claim, DATED_EN).verdict == "unverifiable", sentence


def test_a_relative_date_far_from_the_fact_is_the_reports_day() -> None:
    sentence = "من غير المنطقي اليوم أن نسمع عن تشكيل تحالف ضد داعش بقيادة روسيا."
    claim = make_claim(sentence, "اليوم", "date", "2015-08-03", precision="day", inferred=True)
    verdict = check(claim, article(lang="ar", published="2015-08-03T08:00:00+00:00"))
    assert verdict.verdict == "unverifiable" and "relative word" in verdict.explanation["en"]


def test_an_announcement_by_a_ministry_is_not_the_coalitions_announcement() -> None:
    sentence = "وفي الثامن من يوليو، أعلنت وزارة الدفاع أن غارة لقوات التحالف الدولي أدت إلى مقتل قيادي."
    claim = make_claim(sentence, "الثامن من يوليو", "date", "2015-07-08", precision="day")
    assert check(claim, article(lang="ar", published="2015-07-25T08:00:00+00:00")).verdict == "unverifiable"


def test_a_loan_is_not_a_pledge_at_the_kuwait_conference() -> None:
    sentence = "Turkey had to accept an $18bn loan from the IMF in return for austerity."
    claim = make_claim(sentence, "$18bn", "money", 18e9, currency="USD", lang="en")
    assert check(claim, DATED_EN).verdict == "unverifiable"


# -- what must still be caught ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "kind", "value", "fields", "expected", "entity", "metric"), [
    ("بلغ عدد سكان الأردن 10.5 مليون نسمة في عام 2018", "10.5 مليون نسمة", "count", 10.5e6,
     {"counted": "نسمة"}, "supported", "JOR", "population"),
    ("وصل عدد سكان مصر إلى 120 مليون نسمة في 2018.", "120 مليون نسمة", "count", 120e6,
     {"counted": "نسمة"}, "contradicted", "EGY", "population"),
    ("Egypt's GDP was $263 billion in 2018", "$263 billion", "money", 263e9, {"currency": "USD"},
     "supported", "EGY", "gdp_usd"),
    ("Inflation in Tunisia was 9.3% in 2018", "9.3%", "percent", 9.3, {}, "contradicted", "TUN", "inflation_cpi"),
    ("سجل معدل التضخم في تونس 9.3% في 2018.", "9.3%", "percent", 9.3, {}, "contradicted", "TUN",
     "inflation_cpi"),
    ("In 2018, consumer prices in Turkey rose 16.3%.", "16.3%", "percent", 16.3, {}, "supported", "TUR",
     "inflation_cpi"),
    ("Egypt's economy was worth $250 billion in 2018, while Tunisia's GDP reached $42.7 billion.", "$42.7 billion",
     "money", 42.7e9, {"currency": "USD"}, "supported", "TUN", "gdp_usd"),
    ("Jordan, a country of 10.5 million people, hosts many refugees in 2018.", "10.5 million people", "count",
     10.5e6, {"counted": "people"}, "supported", "JOR", "population"),
    ("ويبلغ عدد سكان اليابان 127 مليون نسمة في 2015، وفق التقديرات الرسمية.", "127 مليون نسمة", "count", 127e6,
     {"counted": "نسمة"}, "supported", "JPN", "population"),
])
def test_real_statements_of_the_metric_are_still_checked(sentence, text, kind, value, fields, expected, entity,
                                                         metric) -> None:
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in sentence) else "en"
    year = next(y for y in ("2015", "2018") if y in sentence)
    claim = make_claim(sentence, text, kind, value, lang=lang, time_ref=year, **fields)
    verdict = check(claim, DATED_AR if lang == "ar" else DATED_EN)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == (expected, entity, metric)
    assert verdict.fact is not None and verdict.fact.source_url
