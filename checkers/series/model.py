"""A loaded dated series: immutable, one value per date, answering lookups with the rule it applied.

A series is daily, monthly or annual. Its dates are stored as integer keys (a day's ordinal, year*12+month-1,
or the year) in a read-only array beside the values, so a lookup is one binary search. What a missing day
means is the series' calendar:

- `trading_days`: a day with no row (a weekend, a market holiday) takes the last previous row, if that row is
  at most `max_gap_days` before it; a longer gap is a hole in the data, not a holiday -> not covered;
- `step`: a row holds until the next row (a policy rate, a peg);
- `exact`: only the dates that have a row.

A date before the first row or after the last is never guessed: the lookup says "not covered".
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from operator import lt
from typing import Any

FREQUENCIES = ("daily", "monthly", "annual")
CALENDARS = ("trading_days", "step", "exact")
# What the value at a date is: a day's close, a fixing (ECB reference rate at 14:15 CET), a period's average,
# the value at the end of the period, or a plain observation.
OBSERVATIONS = ("close", "fixing", "average", "end_of_period", "point")
DEFAULT_MAX_GAP_DAYS = 7

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}


def period_key(day: date, frequency: str) -> int:
    """The integer key of the period holding `day`."""
    if frequency == "daily":
        return day.toordinal()
    if frequency == "monthly":
        return day.year * 12 + day.month - 1
    return day.year


def key_start(key: int, frequency: str) -> date:
    """The first day of the period with this key."""
    if frequency == "daily":
        return date.fromordinal(key)
    if frequency == "monthly":
        return date(key // 12, key % 12 + 1, 1)
    return date(key, 1, 1)


def key_label(key: int, frequency: str) -> str:
    """ISO text of the period: 2018-03-09, 2018-03 or 2018."""
    if frequency == "daily":
        return date.fromordinal(key).isoformat()
    if frequency == "monthly":
        return f"{key // 12:04d}-{key % 12 + 1:02d}"
    return f"{key:04d}"


@dataclass(frozen=True, slots=True)
class Point:
    """One row of a series: its period (first day and ISO label) and value."""

    day: date
    label: str
    value: float


@dataclass(frozen=True, slots=True)
class SeriesInfo:
    """What a series measures, shared by every entity's series of one manifest entry (all plain data)."""

    id: str
    pack: str
    frequency: str
    calendar: str
    observation: str
    unit: str  # "USD per barrel", "{entity} per EUR", "percent", ...
    label: dict[str, str]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: tuple[str, ...] = ()
    measure: str = "level"  # level | change (a growth rate) | ratio (a share of something)
    max_gap_days: int = DEFAULT_MAX_GAP_DAYS
    positive: bool = False
    tolerance: dict[str, Any] = field(default_factory=dict)
    source_name: str | None = None
    source_url: str | None = None
    license: str | None = None
    description: str | None = None
    # A step series (a peg) holds its last row until this day; no other series reaches past its last row.
    valid_to: date | None = None
    # The publication date of an old vintage (figures as first published, before revisions); None: current.
    vintage: str | None = None

    def unit_for(self, entity: str | None) -> str:
        return self.unit.replace("{entity}", entity or "")


@dataclass(frozen=True, slots=True)
class Lookup:
    """The answer to "what was the value on this day": the row used and why it was that row.

    status: `exact` (a row for that day/period), `fallback` (the calendar's rule gave an earlier row) or
    `not_covered` (no value: before the first row, after the last, or a gap the rule does not bridge).
    reason: exact | weekend | no_row (a weekday without a row: a holiday or no quote) | step | before_start |
    after_end | gap | missing_period.
    """

    asked: date
    status: str
    reason: str
    point: Point | None
    frequency: str

    @property
    def covered(self) -> bool:
        return self.point is not None

    @property
    def value(self) -> float | None:
        return self.point.value if self.point else None

    def explain(self, lang: str = "en") -> str:
        """One sentence on which row was used and why, in English or Arabic."""
        return _explain(self, "ar" if lang == "ar" else "en")


def _explain(lookup: Lookup, lang: str) -> str:
    asked = lookup.asked.isoformat()
    used = lookup.point.label if lookup.point else ""
    day_name = _WEEKDAYS[lang][lookup.asked.weekday()]
    texts = {
        "en": {
            "exact": f"value for {used}",
            "weekend": f"{asked} is a {day_name}, with no trading: the last previous value is {used}'s",
            "no_row": f"no value on {asked} ({day_name}, a holiday or no quote): the last previous value is {used}'s",
            "step": f"the value set on {used} still held on {asked}",
            "before_start": f"{asked} is before the series starts: not covered",
            "after_end": f"{asked} is after the series ends: not covered",
            "gap": f"no value on {asked} nor in the days before it: not covered",
            "missing_period": f"no value for the period of {asked}: not covered",
        },
        "ar": {
            "exact": f"القيمة بتاريخ {used}",
            "weekend": f"يوم {asked} ({day_name}) عطلة بلا تداول: آخر قيمة قبله بتاريخ {used}",
            "no_row": f"لا قيمة يوم {asked} ({day_name}، عطلة أو بلا تسعير): آخر قيمة قبله بتاريخ {used}",
            "step": f"القيمة المحددة في {used} كانت سارية في {asked}",
            "before_start": f"تاريخ {asked} يسبق بداية السلسلة: غير مشمول",
            "after_end": f"تاريخ {asked} بعد نهاية السلسلة: غير مشمول",
            "gap": f"لا قيمة يوم {asked} ولا في الأيام السابقة له: غير مشمول",
            "missing_period": f"لا قيمة للفترة التي تشمل {asked}: غير مشمول",
        },
    }
    return texts[lang][lookup.reason]


@dataclass(frozen=True, slots=True)
class Change:
    """A value and the row before it: what "rose 2%" is checked against."""

    current: Lookup
    previous: Point | None

    @property
    def percent(self) -> float | None:
        if self.current.point is None or self.previous is None or self.previous.value == 0:
            return None
        return (self.current.point.value / self.previous.value - 1.0) * 100.0


class Series:
    """One entity's dated values (immutable once built; build with `Series.build`)."""

    __slots__ = ("_keys", "_values", "entity", "info")

    info: SeriesInfo
    entity: str | None
    _keys: memoryview
    _values: memoryview

    def __init__(self, info: SeriesInfo, entity: str | None, keys: array, values: array) -> None:
        if len(keys) != len(values) or not len(keys):
            raise ValueError("a series needs as many values as dates, at least one")
        if not all(map(lt, keys, islice(keys, 1, None))):
            raise ValueError("series dates must be strictly increasing")
        object.__setattr__(self, "info", info)
        object.__setattr__(self, "entity", entity)
        object.__setattr__(self, "_keys", memoryview(keys).toreadonly())
        object.__setattr__(self, "_values", memoryview(values).toreadonly())

    @classmethod
    def build(cls, info: SeriesInfo, entity: str | None, points: Sequence[tuple[date, float]]) -> Series:
        """A series from (day, value) pairs in increasing date order (tests and small packs)."""
        keys = array("q", (period_key(d, info.frequency) for d, _ in points))
        values = array("d", (float(v) for _, v in points))
        return cls(info, entity, keys, values)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a loaded series is immutable")

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        who = f" {self.entity}" if self.entity else ""
        return f"<Series {self.info.id}{who} {self.first.label}..{self.last.label} ({len(self)} values)>"

    @property
    def unit(self) -> str:
        return self.info.unit_for(self.entity)

    def _point(self, index: int) -> Point:
        key = self._keys[index]
        frequency = self.info.frequency
        return Point(key_start(key, frequency), key_label(key, frequency), self._values[index])

    @property
    def first(self) -> Point:
        return self._point(0)

    @property
    def last(self) -> Point:
        return self._point(len(self._keys) - 1)

    def points(self) -> list[Point]:
        return [self._point(i) for i in range(len(self._keys))]

    def _locate(self, day: date) -> tuple[int | None, str, str]:
        """(index of the row used, status, reason) for a day."""
        info = self.info
        key = period_key(day, info.frequency)
        keys = self._keys
        if key < keys[0]:
            return None, "not_covered", "before_start"
        if key > keys[-1]:
            if info.calendar == "step" and info.valid_to is not None and day <= info.valid_to:
                return len(keys) - 1, "fallback", "step"
            return None, "not_covered", "after_end"
        index = bisect_right(keys, key) - 1
        if keys[index] == key:
            return index, "exact", "exact"
        if info.calendar == "step":
            return index, "fallback", "step"
        if info.calendar == "exact" or info.frequency != "daily":
            return None, "not_covered", "missing_period"
        if key - keys[index] > info.max_gap_days:
            return None, "not_covered", "gap"
        return index, "fallback", "weekend" if day.weekday() >= 5 else "no_row"

    def value_on(self, day: date) -> Lookup:
        """The value for `day` under the series' calendar rule, with the row used and why."""
        index, status, reason = self._locate(day)
        point = self._point(index) if index is not None else None
        return Lookup(day, status, reason, point, self.info.frequency)

    def previous(self, day: date) -> Point | None:
        """The row before the one `value_on(day)` uses (the previous close, for "rose 2%")."""
        index, _, _ = self._locate(day)
        if index is None or index == 0:
            return None
        return self._point(index - 1)

    def change(self, day: date) -> Change:
        index, status, reason = self._locate(day)
        if index is None:
            return Change(Lookup(day, status, reason, None, self.info.frequency), None)
        current = Lookup(day, status, reason, self._point(index), self.info.frequency)
        return Change(current, self._point(index - 1) if index > 0 else None)

    def extremes(self, start: date, end: date) -> tuple[Point, Point] | None:
        """(lowest, highest) row between two days, both included; None unless the series covers the window."""
        frequency = self.info.frequency
        low_key, high_key = period_key(start, frequency), period_key(end, frequency)
        keys = self._keys
        if low_key > high_key or low_key < keys[0] or high_key > keys[-1]:
            return None
        lo, hi = bisect_left(keys, low_key), bisect_right(keys, high_key)
        if lo >= hi:
            return None
        values = self._values
        low = min(range(lo, hi), key=values.__getitem__)
        high = max(range(lo, hi), key=values.__getitem__)
        return self._point(low), self._point(high)

    def window(self, day: date, before: int = 10, after: int = 10) -> list[Point]:
        """Up to `before` rows before the row used for `day`, that row, and up to `after` rows after it
        (for a chart around a claim); empty when the day is not covered."""
        index, _, _ = self._locate(day)
        if index is None:
            return []
        lo, hi = max(0, index - before), min(len(self._keys), index + after + 1)
        return [self._point(i) for i in range(lo, hi)]
