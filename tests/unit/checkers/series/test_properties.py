"""Properties of lookups over any series: never a later row, never outside the data, the gap rule kept."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from checkers.series import Series, SeriesInfo

START = date(2018, 1, 1)
INFO = SeriesInfo("x", "t", "daily", "trading_days", "close", "USD per barrel", {"en": "x"}, max_gap_days=4)

offsets = st.lists(st.integers(min_value=0, max_value=120), min_size=1, max_size=40, unique=True).map(sorted)


@settings(max_examples=200, deadline=None)
@given(offsets, st.integers(min_value=-10, max_value=140))
def test_a_lookup_uses_the_last_row_not_after_the_day_within_the_gap(days, asked_offset):
    series = Series.build(INFO, None, [(START + timedelta(d), float(d + 1)) for d in days])
    asked = START + timedelta(asked_offset)
    found = series.value_on(asked)
    earlier = [d for d in days if d <= asked_offset]
    if asked_offset < days[0] or asked_offset > days[-1]:
        assert found.status == "not_covered" and found.point is None
    elif asked_offset - earlier[-1] > INFO.max_gap_days:
        assert (found.status, found.reason) == ("not_covered", "gap")
    else:
        assert found.point.day == START + timedelta(earlier[-1])
        assert found.status == ("exact" if earlier[-1] == asked_offset else "fallback")
        window = series.window(asked, before=2, after=2)
        assert found.point in window and len(window) <= 5
        previous = series.previous(asked)
        assert previous is None if len(earlier) == 1 else previous.day == START + timedelta(earlier[-2])
