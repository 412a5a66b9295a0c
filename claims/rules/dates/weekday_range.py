"""Dates: a weekday that opens or ends a range of weekdays ("from Saturday morning through Monday night", "من يوم
غد الأحد إلى الأربعاء"): the end lies after the start, within a week. A range to come is placed by its start, any
other by its end ("a film took $9m from Friday to Sunday", "الدورة التي عقدت من يوم الاثنين إلى يوم الأربعاء": the
start before that end). WeekdayRules' base (rules/dates/weekday.py)."""

from __future__ import annotations

from datetime import date, timedelta

from claims.engine.cursor import Cursor

TO_COME = ("upcoming", "future")
OWN_DIRECTIONS = ("past", "future", "before_last")  # a weekday's own word of direction ("last", "المقبل") stands


class WeekdayRangeRules(Cursor):
    """Weekdays in a range of weekdays."""

    def _weekday_in_range(self, i: int, weekday: int, direction: str | None, resolved: date) -> date:
        """The day of the weekday at i (its own `direction`, resolved to `resolved`) when it opens or ends a range
        of weekdays (`weekday_range_links`, a part of the day or a direction word between: module docstring)."""
        if direction in OWN_DIRECTIONS:
            return resolved  # ("الأربعاء المقبل حتى فجر الخميس", "until next Friday": its own week)
        if (k := self._range_start_before(i)) is not None:  # the end: placed by a start to come
            start = self._range_start_to_come(k)
            if start is not None:
                return start + timedelta(days=(weekday - start.weekday()) % 7 or 7)
        elif (k := self._range_end_after(i)) is not None and self._range_start_to_come(i) is None:
            end_weekday = self._range_weekday(k)
            end = self._resolve_weekday(end_weekday, self._range_direction(k)) if end_weekday is not None else None
            if end is not None:
                return end - timedelta(days=(end.weekday() - weekday) % 7 or 7)
        return resolved

    def _range_weekday(self, k: int) -> int | None:
        """The weekday at token k (English with its capital), else None."""
        data = self.language
        t = self.tok(k)
        if t is None:
            return None
        return data.weekdays.get(t.key) if self.ar else data.weekdays.get(t.text)

    def _weekday_range_link(self, j: int) -> bool:
        t = self.tok(j)
        return t is not None and (t.key in self.language.weekday_range_links or
                                  t.text in self.language.weekday_range_links)

    def _range_start_before(self, i: int) -> int | None:
        """The index of the weekday opening the range the weekday at i ends: a link right before i (maybe past a day's
        opener, "إلى يوم الخميس"), then a weekday, maybe past a part of the day or a direction word after it."""
        data = self.language
        j = i - 1
        if self.in_set(j, data.weekday_range_openers):
            j -= 1
        if not self._weekday_range_link(j):
            return None
        j -= 1
        if self.in_set(j, data.weekday_range_after_start):
            j -= 1
        return j if self._range_weekday(j) is not None else None

    def _range_end_after(self, i: int) -> int | None:
        """The index of the weekday ending the range the weekday at i opens (the mirror of _range_start_before)."""
        data = self.language
        j = i + 1
        if self.in_set(j, data.weekday_range_after_start):
            j += 1
        if not self._weekday_range_link(j):
            return None
        j += 1
        if self.in_set(j, data.weekday_range_openers):
            j += 1
        return j if self._range_weekday(j) is not None else None

    def _range_direction(self, k: int) -> str | None:
        direction = self._weekday_direction(k, k + 1)
        if direction is None and self.ar:
            direction = self._direction_before_ar(k)
        return direction

    def _range_start_to_come(self, k: int) -> date | None:
        """The day of the range's first weekday at k when it is to come (a day word of today or after before it,
        "غد الأحد", or a direction of the future or a schedule), else None."""
        data = self.language
        weekday = self._range_weekday(k)
        if weekday is None or self.published is None:
            return None
        before = self.word_key(k - 1)
        rel = self.strip(before, data.relative_days, data.proclitics_relative_day) if before else None
        phrase = self.phrase_before(k, data.relative_day_phrases) if rel is None else None  # "من يوم غد الأحد"
        if rel is not None or phrase is not None:
            offset = data.relative_days[rel[1]] if rel is not None else phrase[0]
            if offset < 0:
                return None
            day = self.published + timedelta(days=offset)
            return day + timedelta(days=(weekday - day.weekday()) % 7)
        direction = self._range_direction(k)
        return self._resolve_weekday(weekday, direction) if direction in TO_COME else None
