"""Dates in explanations: a value that is not a calendar date is shown as written, never crashes the verdict."""

from checkers.wording.format import format_date


def test_calendar_dates_are_spelled_out():
    assert format_date("2014-09-11", "en") == "11 September 2014"
    assert format_date("2018-02", "en") == "February 2018"


def test_a_month_outside_the_calendar_is_shown_as_written():
    assert format_date("2018-13-45", "en") == "2018-13-45"
    assert format_date("2018-00", "ar") == "2018-00"
