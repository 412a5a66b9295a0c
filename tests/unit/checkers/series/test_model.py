"""A loaded series: lookups with the calendar rule, change, window, extremes, coverage, immutability."""

from __future__ import annotations

from datetime import date

import pytest

from checkers.series import Series, SeriesCatalog, SeriesInfo

from .packmaker import index_pack


@pytest.fixture()
def index(tmp_path) -> Series:
    series = SeriesCatalog.load([index_pack(tmp_path)]).get("gulf_index")
    assert series is not None
    return series


def test_a_trading_day_gives_its_own_close(index):
    found = index.value_on(date(2018, 3, 5))
    assert (found.status, found.reason, found.value, found.point.label) == ("exact", "exact", 99.0, "2018-03-05")


def test_a_weekend_falls_back_to_the_previous_trading_day_and_says_so(index):
    found = index.value_on(date(2018, 3, 4))  # a Sunday
    assert (found.status, found.reason, found.point.label, found.value) == ("fallback", "weekend", "2018-03-02", 102.0)
    assert "Sunday" in found.explain("en") and "2018-03-02" in found.explain("en")
    assert "الأحد" in found.explain("ar") and "2018-03-02" in found.explain("ar")


def test_a_weekday_without_a_row_is_a_holiday_fallback(index):
    found = index.value_on(date(2018, 3, 6))  # a Tuesday with no close
    assert (found.reason, found.point.label) == ("no_row", "2018-03-05")
    assert "holiday" in found.explain("en")


def test_dates_outside_the_series_are_not_covered_never_guessed(index):
    before, after = index.value_on(date(2018, 2, 28)), index.value_on(date(2018, 3, 8))
    assert (before.status, before.reason, before.value) == ("not_covered", "before_start", None)
    assert (after.status, after.reason, after.value) == ("not_covered", "after_end", None)
    assert index.window(date(2018, 3, 8)) == [] and index.previous(date(2018, 2, 1)) is None
    assert (index.first.label, index.last.label) == ("2018-03-01", "2018-03-07")


def test_a_long_hole_in_the_data_is_not_bridged(tmp_path):
    rows = [("2018-03-01", "100"), ("2018-03-20", "101")]
    series = SeriesCatalog.load([index_pack(tmp_path, rows)]).get("gulf_index")
    found = series.value_on(date(2018, 3, 15))
    assert (found.status, found.reason) == ("not_covered", "gap")


def test_change_is_against_the_previous_trading_value(index):
    change = index.change(date(2018, 3, 7))
    assert change.previous.label == "2018-03-05"
    assert change.percent == pytest.approx((104.5 / 99.0 - 1) * 100)
    weekend = index.change(date(2018, 3, 3))  # Saturday: the Friday close against Thursday's
    assert (weekend.current.point.label, weekend.previous.label) == ("2018-03-02", "2018-03-01")
    assert weekend.percent == pytest.approx(2.0)
    assert index.change(date(2018, 3, 1)).previous is None


def test_window_and_extremes(index):
    assert [p.label for p in index.window(date(2018, 3, 4), before=1, after=1)] == [
        "2018-03-01", "2018-03-02", "2018-03-05"]
    low, high = index.extremes(date(2018, 3, 1), date(2018, 3, 7))
    assert (low.value, low.label, high.value, high.label) == (99.0, "2018-03-05", 104.5, "2018-03-07")
    assert index.extremes(date(2018, 2, 1), date(2018, 3, 7)) is None  # the window starts before the data


def test_a_loaded_series_cannot_be_changed(index):
    with pytest.raises(AttributeError):
        index.entity = "x"
    with pytest.raises(TypeError):
        index._values[0] = 1.0


def test_monthly_and_annual_look_up_the_period_and_never_the_previous_one():
    info = SeriesInfo("gold", "t", "monthly", "exact", "average", "USD per troy ounce", {"en": "gold"})
    gold = Series.build(info, None, [(date(2018, 1, 1), 1331.0), (date(2018, 3, 1), 1325.0)])
    assert gold.value_on(date(2018, 3, 20)).point.label == "2018-03"
    missing = gold.value_on(date(2018, 2, 14))
    assert (missing.status, missing.reason) == ("not_covered", "missing_period")


def test_a_step_series_holds_until_valid_to():
    info = SeriesInfo("peg", "t", "daily", "step", "point", "{entity} per USD", {"en": "peg"},
                      valid_to=date(2020, 12, 31))
    peg = Series.build(info, "SAR", [(date(1987, 1, 1), 3.75)])
    assert peg.unit == "SAR per USD"
    held = peg.value_on(date(2019, 6, 1))
    assert (held.reason, held.value) == ("step", 3.75) and "1987-01-01" in held.explain("en")
    assert peg.value_on(date(2021, 1, 1)).reason == "after_end"
