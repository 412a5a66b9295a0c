"""Currency conversion on a day: ECB cross rates through the euro, pegs, the World Bank's annual rate."""

from __future__ import annotations

from datetime import date

import pytest

from checkers.series import FxConverter, SeriesCatalog

from .packmaker import fx_pack

COUNTRIES = {"EGP": ["EGY"], "SAR": ["SAU"], "GBP": ["GBR"], "EUR": ["DEU", "FRA"]}


@pytest.fixture()
def fx(tmp_path) -> FxConverter:
    return FxConverter(SeriesCatalog.load([fx_pack(tmp_path)]), COUNTRIES)


def test_pounds_to_dollars_through_the_euro(fx):
    # "£3bn ($3.47bn)" on Friday 2 March 2018: 1 GBP = 1.25 / 0.90 USD in our made-up rates.
    done = fx.convert(3e9, "GBP", "USD", date(2018, 3, 2))
    assert done.rate == pytest.approx(1.25 / 0.90)
    assert done.result == pytest.approx(3e9 * 1.25 / 0.90)
    assert done.sources == ("ecb",) and done.legs[0].period == "2018-03-02"
    assert "ECB" in done.describe("en")


def test_a_weekend_uses_the_last_ecb_day_with_its_reason(fx):
    done = fx.convert(100, "EUR", "JPY", date(2018, 3, 4))  # Sunday
    assert done.rate == pytest.approx(130.0)
    assert done.legs[1].lookup.reason == "weekend"


def test_both_ecb_rates_must_come_from_the_same_day(fx):
    # GBP has no quote on Monday 5 March: its Friday rate must not be crossed with Monday's dollar rate.
    assert fx.per_usd("GBP", date(2018, 3, 5)) is None


def test_a_gulf_currency_goes_through_its_peg(fx):
    # "4.7 مليار درهم (1.3 مليار دولار)": 4.7bn AED at 3.6725 per USD.
    done = fx.convert(4.7e9, "AED", "USD", date(2018, 3, 2))
    assert done.result == pytest.approx(4.7e9 / 3.6725)
    assert done.sources == ("peg",) and "peg" in done.describe("en")
    riyals_in_pounds = fx.convert(375, "SAR", "GBP", date(2018, 3, 2))
    assert riyals_in_pounds.result == pytest.approx(100 * 0.90 / 1.25)
    assert riyals_in_pounds.sources == ("peg", "ecb")


def test_other_currencies_use_the_world_bank_annual_rate(fx):
    done = fx.convert(1_000, "USD", "EGP", date(2018, 5, 1))
    assert done.result == pytest.approx(17_800) and done.sources == ("wdi",)
    assert done.legs[1].period == "2018 (EGY)"


def test_no_rate_that_day_means_no_conversion(fx):
    assert fx.convert(1, "USD", "EGP", date(2019, 1, 1)) is None   # no 2019 row
    assert fx.convert(1, "SAR", "USD", date(1985, 1, 1)) is None   # before the peg, no WDI row
    assert fx.convert(1, "XYZ", "USD", date(2018, 3, 2)) is None
    assert fx.convert(1, "GBP", "USD", date(2018, 3, 9)) is None   # after the ECB rows end
