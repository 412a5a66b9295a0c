"""The shipped series packs: they load, hold what their SOURCES say, and describe every series in ar and en."""

from __future__ import annotations

from datetime import date

import pytest

from checkers.series import FxConverter, SeriesCatalog, series_pack_paths

WDI_REQUIRED = ("gdp_growth", "gdp_usd", "gdp_per_capita_usd", "inflation_cpi", "unemployment", "population",
                "exports_pct_gdp", "central_government_debt_pct_gdp", "official_exchange_rate")


@pytest.fixture(scope="module")
def catalog() -> SeriesCatalog:
    return SeriesCatalog.load()


def test_spot_values_from_the_sources(catalog):
    assert catalog.get("brent").value_on(date(2008, 7, 3)).value == 143.95
    assert catalog.get("wti").value_on(date(2020, 4, 20)).value == -36.98
    assert catalog.get("ecb_eur", "USD").value_on(date(2018, 1, 2)).value == 1.2065
    assert catalog.get("ecb_eur", "GBP").value_on(date(2018, 1, 2)).value == 0.88953
    assert catalog.get("inflation_cpi", "USA").value_on(date(2022, 1, 1)).value == pytest.approx(8.0, abs=0.05)
    assert catalog.get("usd_peg", "SAR").value_on(date(2018, 3, 10)).value == 3.75


def test_every_series_is_described_in_arabic_and_english(catalog):
    for series_id, info in catalog.infos.items():
        assert info.label.get("en") and info.label.get("ar"), series_id
        assert info.cues.get("en") and info.cues.get("ar"), series_id
        assert info.unit and info.source_url, series_id


def test_the_wdi_pack_covers_the_quoted_indicators_for_countries_and_aggregates(catalog):
    for series_id in WDI_REQUIRED:
        entities = set(catalog.entities_of(series_id))
        # The World Bank publishes central government debt for about 110 countries (not Saudi Arabia) and few
        # aggregates, and an exchange rate for no aggregate but the euro area; every other indicator has the
        # countries and the aggregates news names.
        wanted = {"SAU", "EGY", "USA", "WLD", "ARB", "EMU", "EUU", "MEA"}
        if series_id == "central_government_debt_pct_gdp":
            wanted = {"EGY", "USA", "JOR"}
        elif series_id == "official_exchange_rate":
            wanted = {"SAU", "EGY", "USA", "EMU"}
        assert wanted <= entities, (series_id, wanted - entities)
    for code in catalog.entities_of("population"):
        names = catalog.entity(code)
        assert names.names.get("en") and names.names.get("ar"), code


def test_the_2018_vintage_keeps_the_figures_as_first_published(catalog):
    info = catalog.info("gdp_growth@2018-08-01")
    assert info.vintage == "2018-08-01" and info.label["ar"] == catalog.info("gdp_growth").label["ar"]
    old = catalog.get("gdp_growth@2018-08-01", "SAU")
    assert old.last.label <= "2017" and catalog.get("gdp_growth", "SAU").last.label >= "2024"


def test_currency_names_for_the_quoted_currencies(catalog):
    for code, word in (("EUR", "اليورو"), ("JPY", "الين"), ("GBP", "الجنيه الإسترليني"), ("AED", "درهم")):
        assert word in catalog.entity(code).names["ar"], code
    assert "sterling" in catalog.entity("GBP").names["en"]


def test_fx_on_shipped_data(catalog):
    fx = FxConverter(catalog)
    pounds = fx.convert(1, "GBP", "USD", date(2018, 1, 2))
    assert pounds.rate == pytest.approx(1.2065 / 0.88953) and pounds.sources == ("ecb",)
    dirhams = fx.convert(4.7e9, "AED", "USD", date(2019, 5, 1))
    assert dirhams.result == pytest.approx(1.28e9, rel=0.01) and dirhams.sources == ("peg",)
    pounds_egp = fx.convert(1, "USD", "EGP", date(2018, 6, 1))
    assert pounds_egp.sources == ("wdi",) and 17 < pounds_egp.rate < 18.5


def test_the_euro_is_never_priced_with_a_members_old_currency(catalog):
    fx = FxConverter(catalog)
    assert fx.per_usd("EUR", date(1998, 6, 1)) is None  # before the euro: neither the ECB nor Germany's marks
    assert fx.per_usd("EUR", date(2026, 11, 20)) is None  # after the ECB rows end: the EMU 2026 row is absent
    assert fx.per_usd("EUR", date(1999, 1, 4)).source == "ecb"


def test_shipped_series_packs_stay_small():
    size = sum(f.stat().st_size for p in series_pack_paths() for f in p.rglob("*") if f.is_file())
    assert size <= 20_000_000
