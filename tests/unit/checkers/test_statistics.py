"""National statistics of a named country and year (checkers/statistics.py, the worldbank pack on the WDI files).

Figures as shipped (World Bank WDI today / as published in August 2018): Egypt 2014 GDP growth 2.92%; Saudi
Arabia 2014 growth 4.02% / 3.65%, population 28.31 / 30.78 million; Egypt 2014 CPI inflation 10.07%; Jordan
2014 unemployment 11.9%, central government debt 70.6% of GDP; Saudi Arabia 2014 exports 45.1% of GDP; Turkey
2014 debt 31.1% of GDP; Morocco 2014 GDP per capita US$3,435; UAE 2014 GDP US$425 billion; euro area 2014
growth 1.45% / 1.34%."""

from __future__ import annotations

from datetime import date

import pytest

import checkers
from checkers.years import stated_year
from tests.unit.checkers.helpers import article, make_claim

AR = article(lang="ar", published="2015-07-22T00:00:00+03:00")
EN = article(lang="en", published="2015-03-02T09:00:00+00:00")
UNDATED_EN = article(lang="en", published=None)


def check(claim, ref, tables):
    [verdict] = checkers.check_claims([claim], ref, tables)
    return verdict


def percent(sentence, text, value, lang="en", **fields):
    return make_claim(sentence, text, "percent", value, lang=lang, **fields)


# -- each metric, in English and Arabic --------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "lang", "entity", "metric"), [
    ("Egypt's economy grew 2.9% in 2014, the planning ministry said.", "2.9%", 2.9, "en", "EGY", "gdp_growth"),
    ("نما الاقتصاد المصري بنسبة 2.9 في المائة في عام 2014 بحسب وزارة التخطيط.", "2.9 في المائة", 2.9, "ar", "EGY",
     "gdp_growth"),
    ("Egypt's annual inflation rate was 10.1% in 2014.", "10.1%", 10.1, "en", "EGY", "inflation_cpi"),
    ("بلغ معدل التضخم في مصر 10.1 في المائة في عام 2014.", "10.1 في المائة", 10.1, "ar", "EGY", "inflation_cpi"),
    ("Unemployment in Jordan stood at 11.9% in 2014.", "11.9%", 11.9, "en", "JOR", "unemployment"),
    ("بلغ معدل البطالة في الأردن 11.9 في المائة عام 2014.", "11.9 في المائة", 11.9, "ar", "JOR", "unemployment"),
    ("Exports made up 45% of Saudi Arabia's GDP in 2014.", "45%", 45, "en", "SAU", "exports_pct_gdp"),
    ("شكلت الصادرات السعودية 45 في المائة من الناتج المحلي الإجمالي في عام 2014.", "45 في المائة", 45, "ar", "SAU",
     "exports_pct_gdp"),
    ("Turkey's central government debt stood at 31% of GDP in 2014.", "31%", 31, "en", "TUR",
     "central_government_debt_pct_gdp"),
    ("بلغ الدين العام في الأردن 70 في المائة من الناتج المحلي الإجمالي في 2014.", "70 في المائة", 70, "ar", "JOR",
     "central_government_debt_pct_gdp"),
])
def test_each_percent_statistic_is_supported(tables, sentence, text, value, lang, entity, metric) -> None:
    verdict = check(percent(sentence, text, value, lang=lang, time_ref="2014"), AR if lang == "ar" else EN, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric, verdict.period) == ("supported", entity, metric, "2014")
    assert verdict.fact is not None and verdict.fact.source_url.startswith("https://data.worldbank.org/indicator/")


@pytest.mark.parametrize(("sentence", "text", "value", "lang", "entity", "metric"), [
    ("GDP per capita in Morocco was $3,400 in 2014.", "$3,400", 3400, "en", "MAR", "gdp_per_capita_usd"),
    ("بلغ نصيب الفرد من الناتج المحلي في المغرب 3400 دولار في 2014.", "3400 دولار", 3400, "ar", "MAR",
     "gdp_per_capita_usd"),
    ("The UAE's gross domestic product reached $425 billion in 2014.", "$425 billion", 425e9, "en", "ARE",
     "gdp_usd"),
    ("بلغ الناتج المحلي الإجمالي للإمارات 425 مليار دولار في 2014.", "425 مليار دولار", 425e9, "ar", "ARE", "gdp_usd"),
])
def test_gdp_levels_in_dollars(tables, sentence, text, value, lang, entity, metric) -> None:
    claim = make_claim(sentence, text, "money", value, lang=lang, currency="USD", time_ref="2014")
    verdict = check(claim, AR if lang == "ar" else EN, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", entity, metric)


@pytest.mark.parametrize(("sentence", "text", "value", "lang", "metric"), [
    ("Egypt's economy grew 6.5% in 2014.", "6.5%", 6.5, "en", "gdp_growth"),
    ("نما الاقتصاد المصري بنسبة 6.5 في المائة في عام 2014.", "6.5 في المائة", 6.5, "ar", "gdp_growth"),
    ("Inflation in Egypt was 14% in 2014.", "14%", 14, "en", "inflation_cpi"),
    ("بلغ معدل التضخم في مصر 14 في المائة في عام 2014.", "14 في المائة", 14, "ar", "inflation_cpi"),
])
def test_a_figure_far_from_every_vintage_is_contradicted(tables, sentence, text, value, lang, metric) -> None:
    verdict = check(percent(sentence, text, value, lang=lang), AR if lang == "ar" else EN, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("contradicted", "EGY", metric)
    assert "not" in verdict.explanation["en"] and "World Bank" in verdict.explanation["en"]


# -- revised figures and the 2018 vintage ------------------------------------------------------------------------

def test_a_first_release_close_to_the_revision_is_supported_as_revised(tables) -> None:
    sentence = "Egypt's economy grew 3.5% in 2014."  # 0.58 points above today's 2.92%: within 0.7
    verdict = check(percent(sentence, "3.5%", 3.5), EN, tables)
    assert verdict.verdict == "supported" and "revised figure" in verdict.explanation["en"]
    ar = check(percent("نما الاقتصاد المصري 3.5 في المائة في 2014.", "3.5 في المائة", 3.5, lang="ar"), AR, tables)
    assert ar.verdict == "supported" and "رقم معدَّل" in ar.explanation["ar"]


def test_a_small_gap_beyond_the_tolerance_is_not_a_contradiction(tables) -> None:
    sentence = "Egypt's economy grew 4.5% in 2014."  # 1.58 points off: within the 2-point revision margin
    verdict = check(percent(sentence, "4.5%", 4.5), EN, tables)
    assert verdict.verdict == "unverifiable" and verdict.metric == "gdp_growth"
    assert "revised figure" in verdict.explanation["en"] and "not called wrong" in verdict.explanation["en"]
    assert "2 percentage points" in verdict.explanation["en"]


def test_the_2018_vintage_supports_what_news_of_its_time_quoted(tables) -> None:
    # Today's figure is 4.02%; as published in 2018, 3.65%.
    sentence = "نما الاقتصاد السعودي بنسبة 3.6 في المائة العام الماضي، وفق الهيئة العامة للإحصاء."
    verdict = check(percent(sentence, "3.6 في المائة", 3.6, lang="ar"), AR, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.period) == ("supported", "SAU", "2014")
    assert verdict.fact.value == pytest.approx(3.65248169757899) and verdict.fact.table.endswith("@2018-08-01")
    assert "August 2018" in verdict.explanation["en"] and "أغسطس 2018" in verdict.explanation["ar"]


def test_population_as_first_estimated(tables) -> None:
    sentence = "ويبلغ عدد سكان السعودية 30.8 مليون نسمة في عام 2014."  # today 28.3 million, 30.78 in 2018
    claim = make_claim(sentence, "30.8 مليون نسمة", "count", 30.8e6, counted="نسمة", time_ref="2014")
    verdict = check(claim, AR, tables)
    assert (verdict.verdict, verdict.metric, verdict.entity_id) == ("supported", "population", "SAU")


# -- change vs level, units ------------------------------------------------------------------------------------

def test_growth_is_checked_against_the_growth_indicator_not_the_level(tables) -> None:
    sentence = "The economy of Saudi Arabia grew 3.6% in 2014."
    verdict = check(percent(sentence, "3.6%", 3.6), EN, tables)
    assert (verdict.verdict, verdict.metric) == ("supported", "gdp_growth")
    money = make_claim("Saudi Arabia's economy grew by $30 billion in 2014.", "$30 billion", "money", 30e9,
                       lang="en", currency="USD")
    assert check(money, EN, tables).metric is None  # a change in dollars is not the GDP level


def test_a_contraction_is_not_compared_as_growth(tables) -> None:
    # "shrank 0.5%" is growth of -0.5%, stated with a positive figure.
    verdict = check(percent("Japan's economy shrank 0.5% in 2014.", "0.5%", 0.5), EN, tables)
    assert verdict.verdict == "unverifiable" and verdict.metric is None
    # A decline named by a noun after the figure, beside a growth figure of another year (Liberia: -30.2% in
    # 2003, +2.6% in 2004): the decline is not compared; the growth still is.
    sentence = "Liberia's GDP rose by 2.6% in 2004, after a 30% decline in 2003, the IMF said."
    decline = check(percent(sentence, "30%", 30), EN, tables)
    assert decline.verdict == "unverifiable" and decline.metric is None
    assert check(percent(sentence, "2.6%", 2.6), EN, tables).verdict == "supported"
    arabic = "وسجل الاقتصاد الليبيري تراجعا بنسبة 30 في المائة في عام 2003."
    assert check(percent(arabic, "30 في المائة", 30, lang="ar"), AR, tables).verdict == "unverifiable"


def test_a_growth_rate_in_points_is_not_a_growth_rate(tables) -> None:
    claim = percent("Egypt's economy grew 2 percentage points faster in 2014.", "2 percentage points", 2,
                    unit="percentage points")
    assert check(claim, EN, tables).verdict == "unverifiable"


# -- entities: names, adjectives, aggregates -------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "lang", "entity"), [
    ("The eurozone economy grew 1.4% in 2014.", "1.4%", "en", "EMU"),
    ("نما اقتصاد منطقة اليورو 1.4 في المائة في 2014.", "1.4 في المائة", "ar", "EMU"),
    ("The Jordanian economy grew 3.1% in 2014.", "3.1%", "en", "JOR"),
    ("نما الاقتصاد الأردني 3.1 في المائة خلال عام 2014.", "3.1 في المائة", "ar", "JOR"),
    # Demonyms of every UN member (mledoze/countries) and Arabic adjectives of economies often in the news.
    ("The Liberian economy grew 2.6% in 2004, the finance ministry said.", "2.6%", "en", "LBR"),
    ("The Singaporean economy expanded 9.9% in 2004.", "9.9%", "en", "SGP"),
    ("S Korean economic growth was 4.9% in 2004, the central statistics office said.", "4.9%", "en", "KOR"),
    ("نما الاقتصاد الفيتنامي 6.7 في المائة في عام 2015.", "6.7 في المائة", "ar", "VNM"),
    ("وسجل الاقتصاد الفلبيني نموا بلغ 6.1 في المائة في 2015.", "6.1 في المائة", "ar", "PHL"),
])
def test_entities_by_name_adjective_or_aggregate(tables, sentence, text, lang, entity) -> None:
    value = float(text.split()[0].rstrip("%"))
    year = next(word.strip(".,") for word in sentence.split() if word.strip(".,").isdigit())
    ref = article(lang=lang, published=f"{int(year) + 1}-03-01T00:00:00+00:00")
    verdict = check(percent(sentence, text, value, lang=lang), ref, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", entity, "gdp_growth")


def test_another_country_in_the_sentence_blocks_a_contradiction(tables) -> None:
    sentence = "China, the world's second-largest economy, grew 2% in 2004."
    verdict = check(percent(sentence, "2%", 2), article(lang="en", published="2005-02-01T00:00:00+00:00"), tables)
    assert verdict.verdict == "unverifiable"


# -- time ----------------------------------------------------------------------------------------------------------

def test_last_year_counts_from_the_publication_date() -> None:
    sentence = "Egypt's economy grew 2.2% last year, while inflation reached 10.1% in 2013."
    start = sentence.index("2.2%")
    claim = make_claim(sentence, "2.2%", "percent", 2.2, lang="en")
    assert claim.start == start
    assert stated_year(claim, date(2015, 7, 22)) == 2014
    assert stated_year(claim, None) is None  # no date: "last year" is no year
    other = make_claim(sentence, "10.1%", "percent", 10.1, lang="en")
    assert stated_year(other, date(2015, 7, 22)) == 2013


def test_the_year_of_a_comparison_is_the_other_figures() -> None:
    sentence = "نما الاقتصاد السعودي 3.6 في المائة في 2014 مقارنة بـ 2.7 في المائة في 2013."
    claim = make_claim(sentence, "3.6 في المائة", "percent", 3.6)
    assert stated_year(claim, date(2015, 7, 22)) == 2014
    sentence = "Unemployment fell to 5.2%, its lowest level since September 2001."
    assert stated_year(make_claim(sentence, "5.2%", "percent", 5.2, lang="en"), None) is None


def test_an_undated_article_saying_last_year_is_unverifiable(tables) -> None:
    verdict = check(percent("Egypt's economy grew 6.5% last year.", "6.5%", 6.5), UNDATED_EN, tables)
    assert verdict.verdict == "unverifiable" and verdict.fact is None


@pytest.mark.parametrize(("sentence", "text", "lang"), [
    ("Egypt's economy grew 6.5% this year, the minister said.", "6.5%", "en"),
    ("نما الاقتصاد المصري 6.5 في المائة هذا العام.", "6.5 في المائة", "ar"),
])
def test_a_year_not_over_is_an_estimate_not_a_statistic(tables, sentence, text, lang) -> None:
    verdict = check(percent(sentence, text, 6.5, lang=lang), AR if lang == "ar" else EN, tables)
    assert verdict.verdict == "unverifiable"


# -- what is not a national statistic -------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "lang"), [
    ("The IMF expects Egypt's economy to grow 6.5% in 2014.", "6.5%", "en"),  # a forecast
    ("يتوقع صندوق النقد أن ينمو الاقتصاد المصري 6.5 في المائة في 2014.", "6.5 في المائة", "ar"),
    ("Egypt's economy grew 6.5% in the first quarter of 2014.", "6.5%", "en"),  # a quarter
    ("نما القطاع غير النفطي في مصر 6.5 في المائة في 2014.", "6.5 في المائة", "ar"),  # a sector
    ("Egypt's exports rose 6.5% in 2014.", "6.5%", "en"),  # a change of exports, not a share of GDP
    ("بلغ معدل البطالة بين الشباب في مصر 26.5 في المائة في 2014.", "26.5 في المائة", "ar"),  # youth only
    ("Egypt's economy has grown 6.5% a year on average since 2010.", "6.5%", "en"),  # an average over years
    ("Dubai's economy grew 6.5% in 2014, ahead of the UAE as a whole.", "6.5%", "en"),  # a sub-national figure
])
def test_other_quantities_are_never_contradicted(tables, sentence, text, lang) -> None:
    value = 26.5 if "26.5" in text else 6.5
    verdict = check(percent(sentence, text, value, lang=lang), AR if lang == "ar" else EN, tables)
    assert verdict.verdict == "unverifiable", verdict.explanation["en"]


def test_end_to_end_with_the_extractor(tables) -> None:
    claims = pytest.importorskip("claims")
    cases = [
        ("en", "Egypt's economy grew 2.9% in 2014, the planning ministry said.", "supported"),
        ("ar", "بلغ معدل التضخم في مصر 14 في المائة في عام 2014.", "contradicted"),
    ]
    for lang, text, expected in cases:
        found = [c for c in claims.extract(text, lang=lang, published_at="2015-07-22") if c.kind == "percent"]
        assert found, text
        [verdict] = checkers.check_claims(found, AR if lang == "ar" else EN, tables)
        assert verdict.verdict == expected, (text, verdict.explanation)


def test_a_share_of_a_whole_is_not_a_rate(tables) -> None:
    sentence = "Exports grew to a third of Egypt's economy in 2014."
    claim = percent(sentence, "a third", 33.333, unit="share")
    assert check(claim, EN, tables).metric is None


# -- the official exchange rate (local currency per US dollar, annual average) ---------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "currency", "lang", "entity", "expected"), [
    ("The Egyptian pound averaged 7.08 pounds per dollar in 2014.", "7.08 pounds", 7.08, "EGP", "en", "EGY",
     "supported"),
    ("بلغ متوسط سعر صرف الجنيه المصري 7.08 جنيه للدولار في 2014.", "7.08 جنيه", 7.08, "EGP", "ar", "EGY",
     "supported"),
    ("The Saudi riyal traded at 3.75 riyals to the dollar in 2014.", "3.75 riyals", 3.75, "SAR", "en", "SAU",
     "supported"),
    # More than twice the year's average: wrong whatever the day.
    ("بلغ سعر صرف الجنيه المصري 15 جنيها للدولار في 2014.", "15 جنيها", 15, "EGP", "ar", "EGY", "contradicted"),
    # A day's rate in a volatile year lies within twice the average: not called wrong.
    ("The Egyptian pound stood at 9 pounds per dollar in 2014.", "9 pounds", 9, "EGP", "en", "EGY", "unverifiable"),
])
def test_official_exchange_rate(tables, sentence, text, value, currency, lang, entity, expected) -> None:
    claim = make_claim(sentence, text, "money", value, lang=lang, currency=currency)
    verdict = check(claim, AR if lang == "ar" else EN, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == (expected, entity, "official_exchange_rate")
    assert verdict.fact.unit == currency  # the entity's own currency, per US dollar


@pytest.mark.parametrize(("sentence", "text", "currency"), [
    ("Saudi Arabia's exchange rate was 7 pounds per dollar in 2014.", "7 pounds", "EGP"),  # not the riyal
    ("تراجع الجنيه المصري إلى 7.5 جنيه للدولار في 2014.", "7.5 جنيه", "EGP"),  # a fall: one day's level
    ("The pound traded at 20 pounds per dollar on the black market in Egypt in 2014.", "20 pounds", "EGP"),
])
def test_exchange_rates_that_are_not_the_official_average(tables, sentence, text, currency) -> None:
    lang = "ar" if "ال" in sentence else "en"
    claim = make_claim(sentence, text, "money", float(text.split()[0]), lang=lang, currency=currency)
    verdict = check(claim, AR if lang == "ar" else EN, tables)
    assert verdict.verdict == "unverifiable"


def test_a_year_not_over_says_so(tables) -> None:
    verdict = check(percent("نما الاقتصاد المصري 6.5 في المائة هذا العام.", "6.5 في المائة", 6.5, lang="ar"), AR,
                    tables)
    assert "2015 was not over" in verdict.explanation["en"] and "لم يكن عام 2015" in verdict.explanation["ar"]


# -- GDP in the country's own currency: the dollar figures at the year's official rate --------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "currency", "lang", "entity"), [
    ("Saudi Arabia's GDP reached 2.8 trillion riyals in 2014.", "2.8 trillion riyals", 2.8e12, "SAR", "en", "SAU"),
    ("بلغ الناتج المحلي الإجمالي لمصر 2.1 تريليون جنيه في 2014.", "2.1 تريليون جنيه", 2.1e12, "EGP", "ar", "EGY"),
])
def test_gdp_in_local_currency(tables, sentence, text, value, currency, lang, entity) -> None:
    claim = make_claim(sentence, text, "money", value, lang=lang, currency=currency)
    verdict = check(claim, AR if lang == "ar" else EN, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", entity, "gdp_lcu")
    assert verdict.fact.unit == currency
    assert "official rate" in verdict.explanation["en"]
    if lang == "ar":
        assert "سعر الصرف الرسمي" in verdict.explanation["ar"]


def test_gdp_at_constant_prices_is_not_compared(tables) -> None:
    sentence = "Saudi Arabia's GDP at constant prices reached 2.4 trillion riyals in 2014."
    claim = make_claim(sentence, "2.4 trillion riyals", "money", 2.4e12, lang="en", currency="SAR")
    assert check(claim, EN, tables).verdict == "unverifiable"


@pytest.mark.parametrize(("sentence", "text", "lang"), [
    # Saudi unemployment among Saudis (national definition) is about twice the ILO rate for the whole labour
    # force that the table holds (5.7% in 2014): never a contradiction.
    ("وبلغ معدل البطالة بين السعوديين 11.7 في المائة في عام 2014 بحسب مصلحة الإحصاءات العامة.", "11.7 في المائة",
     "ar"),
    ("Unemployment among Saudi nationals stood at 11.7% in 2014, the statistics office said.", "11.7%", "en"),
    # Growth at current prices is not real growth.
    ("نما الناتج المحلي للسعودية بالأسعار الجارية 11.7 في المائة في 2014.", "11.7 في المائة", "ar"),
    # A quarter's annualised rate is not the year's growth.
    ("The US economy grew at an annual rate of 11.7% in the third quarter of 2004.", "11.7%", "en"),
])
def test_national_definitions_prices_and_quarters_are_not_contradicted(tables, sentence, text, lang) -> None:
    verdict = check(percent(sentence, text, 11.7, lang=lang), AR if lang == "ar" else EN, tables)
    assert verdict.verdict != "contradicted"


@pytest.mark.parametrize(("sentence", "text", "value", "lang", "entity"), [
    # The source of the figure (a central bank, the monetary agency, the IMF, a statistics authority) is no part
    # of the economy: the figure is still the national statistic.
    ("The central bank said the Egyptian economy expanded 2.9% in 2014.", "2.9%", 2.9, "en", "EGY"),
    ("وقال البنك المركزي إن الاقتصاد المصري نما 2.9 في المائة في عام 2014.", "2.9 في المائة", 2.9, "ar", "EGY"),
    ("وأظهر تقرير مؤسسة النقد أن الاقتصاد السعودي نما 3.6 في المائة في 2014.", "3.6 في المائة", 3.6, "ar", "SAU"),
    ("وذكرت الهيئة العامة للإحصاء أن الاقتصاد السعودي نما 3.6 في المائة في 2014.", "3.6 في المائة", 3.6, "ar",
     "SAU"),
])
def test_the_source_of_a_statistic_is_not_a_sector(tables, sentence, text, value, lang, entity) -> None:
    verdict = check(percent(sentence, text, value, lang=lang), AR if lang == "ar" else EN, tables)
    assert (verdict.verdict, verdict.entity_id, verdict.metric) == ("supported", entity, "gdp_growth")


@pytest.mark.parametrize(("sentence", "text", "lang"), [
    # A bank's own figures, beside an economy word, are no growth of the economy.
    ("The bank's profits grew 30% in 2014 as the Egyptian economy recovered.", "30%", "en"),
    ("ونمت أرباح البنك الأهلي 30 في المائة في 2014 رغم تباطؤ الاقتصاد السعودي.", "30 في المائة", "ar"),
])
def test_a_banks_own_growth_is_not_the_economys(tables, sentence, text, lang) -> None:
    verdict = check(percent(sentence, text, 30, lang=lang), AR if lang == "ar" else EN, tables)
    assert verdict.metric != "gdp_growth" and verdict.verdict != "contradicted"
