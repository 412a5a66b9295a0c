"""Dates: the cues that make a bare month name the month, asked by MonthRules (month.py) for a month written without
a day or year whose name may be a word or a name (`month_needs_context`: "May", "March", "Jan", "ماي"): another month
named in full in its sentence ("was May, down 2.4%, and June with 1%"), a determiner before it and a lower-case word
after ("the March export earnings"), its place as a period of a figure ("the May-June period", "the rate for May was
2.5%", "mid-May"), an Arabic word of direction after it ("ماي المقبل"). MonthRules' base."""

from __future__ import annotations

import re

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD

_SPLIT_WORD = re.compile(r"\S+")  # a word as whitespace splits it (_habitual_before)
_CAPITALIZED_WORD = re.compile(r"[A-Z][a-z]+")  # a month name's shape (_among_months_en)


class MonthCueRules(Cursor):
    """Cues around a month name that may be a word or a name."""

    def _direction_word_ar(self, j: int) -> bool:
        """Arabic: token j is a word of direction or of this month ("المقبل", "الماضي", "الجاري")."""
        data = self.language
        key = self.word_key(j) if self.ar else None
        return key is not None and (key in data.weekday_past or key in data.weekday_future or
                                    key in data.current_year_words)

    def _among_months_en(self, i: int, j: int) -> bool:
        """English: a month name that may be a word or a name ("May", "March", "Jan") is the month when its sentence
        names another month in full ("was May, down 2.4%, and June with 1%", "the bulletin for May ... from
        January to April"), a word of its sentence stands before it but no name ("Theresa May") or determiner, and
        no name after it ("Jan Smith", "May Day")."""
        if self.ar:
            return False
        before, after = self.tok(i - 1), self.tok(j)
        if before is None or before.start < self.bounds[0] or (before.kind == WORD and (
                before.text[:1].isupper() or before.key in self.language.month_adjective_openers)) or (
                after is not None and after.kind == WORD and after.text[:1].isupper()):
            return False  # (opening its sentence: "May performed with ..." is a name; "the March volume" is
            # _adjective_month_en's)
        if self._full_months is None:
            data, s, e = self.language, self.bounds[0], self.bounds[1]
            self._full_months = [w for w in _CAPITALIZED_WORD.findall(self.ex.text, s, e)
                                 if (w,) in data.months and w not in data.month_needs_context]
        own = self.toks[i].text
        return any(w != own for w in self._full_months)

    _full_months: list[str] | None = None  # the sentence's month names needing no context (read once per window)

    def _adjective_month_en(self, i: int, j: int) -> bool:
        """English: a capitalized month between a determiner or a possessive and a lower-case word names the month of
        what follows ("the March export earnings", "the Treasury's May tax figures", "the November
        internationals"); not before a link ("the March for Peace", "the May of old") or a verb ("the May said")."""
        if self.ar:
            return False
        data = self.language
        before, after = self.tok(i - 1), self.tok(j)
        if before is None or after is None or after.kind != WORD or not after.text[:1].islower():
            return False
        if before.kind == WORD and before.text.islower() and before.key.endswith("ed") and \
                self.word_key(i - 2) in data.month_adjective_openers:
            before = self.toks[i - 2]  # "an expected May election": a participle between
        if before.key not in data.month_adjective_openers and not before.text.endswith(("'s", "’s")):
            return False
        if after.key in data.month_cues_before or after.key in data.month_adjective_not_before:
            return False
        return not self._habitual_before(self.toks[i].start)  # "... typically ..., second to the March volume",
        # "Each March, the March count": the March of every year

    def _participle_link_en(self, i: int) -> bool:
        """English: the month at i after a link of `month_participle_links` after a lower-case past participle
        ("widely predicted for May", "tipped for March"); not after a noun ("a rescue deal for May")."""
        data = self.language
        before = self.tok(i - 2)
        return self.word_key(i - 1) in data.month_participle_links and before is not None and \
            before.text.islower() and before.key.endswith("ed")

    _habitual_ends: list[int] | None = None  # ends of the sentence's habitual words (read once per window)

    def _habitual_before(self, at: int) -> bool:
        """A word of `habitual_words` or `month_recurring_words` (each, every, annual ...) in the sentence before
        `at` (whitespace-split words, as written)."""
        if self._habitual_ends is None:
            data, s, e = self.language, self.bounds[0], self.bounds[1]
            words = data.habitual_words | data.month_recurring_words
            self._habitual_ends = [m.end() for m in _SPLIT_WORD.finditer(self.ex.text, s, e)
                                   if m.group().lower() in words]
        return bool(self._habitual_ends) and self._habitual_ends[0] <= at

    def _period_of_figure(self, i: int, j: int) -> bool:
        """English: the month (tokens i..j) is a period by its place: the start or end of a range of months ("the
        May-June period", "the January-March quarter"), a cue glued by a hyphen ("mid-May"), alone in brackets ("4%
        (May)"), a figure noun after it ("lower than the March figure", "the March quarter"), or a figure noun or a
        figure and a link before it ("the rate for May was 2.5%", "2.5% for May"; "for May" alone may be Theresa
        May)."""
        if self.ar:
            return False
        data = self.language
        link, after = self.tok(i - 1), self.tok(j)
        if after is not None and (after.text in "-–" or after.key in data.year_range_connectors) and \
                (following := self._month_at(j + 1)) is not None and following[2] == "gregorian":
            return True  # "the May-June period": the range's start
        if link is None:
            return False
        if link.text in "-–" or link.key in data.year_range_connectors:
            before = self._month_at(i - 2)  # "the January-March quarter", "from May to March": the range's end
            if before is not None and before[1] == i - 1 and before[2] == "gregorian":
                return True
        if link.text == "-" and self.glued(i) and self.glued(i - 1) and self.word_key(i - 2) in data.month_cues_before:
            return True
        if link.text == "(" and after is not None and after.text == ")":
            return True
        if self.word_key(j) in data.period_figure_nouns:
            return True
        figure = self.tok(i - 2)
        return link.key in data.period_figure_links and figure is not None and (
            figure.key in data.period_figure_nouns or figure.kind == NUM or figure.text in "%٪")
