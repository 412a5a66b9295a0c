"""Dates, English: a month named as a category of every year, which dates nothing (bench/devset/GUIDELINES.md: a
month that recurs every year is not annotated). Called from MonthRules._recurring_month_en for a month name with no
year after it:
- before a noun of a record or a mean, maybe past a day part or a measure ("above the October average", "an October
  record", "December afternoon records", "the April norm", "October temperature records"); after a weather
  superlative, a day or a day part is enough ("the hottest October day", "hottest December afternoon temperature");
- after "every" or "each" ("every October"), or before "every year" ("in June every year");
- in a clause a habitual word opens ("usually see 70mm of rain across the month of April", "the typical low
  demand for gasoline in January");
- a bound of a year that runs every year ("The financial year runs from October 1").
Not: a month's own figure ("the October figure", "October rainfall was", "a record October"), a possessive ("October's
record sales"), a month with its year ("the October 2019 average").
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_BREAKS_IN_SENTENCE_EN, DASHES
from claims.engine.types import NUM, WORD, Skip

# How many words before the month a habitual word may open its clause, and a span verb may stand.
HABITUAL_REACH = 14
SPAN_VERB_REACH = 8
SEASON_RANGE_MARKS = DASHES  # "July-to-October", "July–October"
SEASON_WORD_AFTER = 5  # tokens after a range of months its season word may stand at ("south-west monsoon")
SEASON_WORD_REACH_CHARS = 60  # how far before a bracketed range of months its season word may stand
_SPACED_DASH = " - "  # "Exports - traditionally the driver - grew slower in January": an aside ends


class RecurringMonthRulesEn(Cursor):
    """English months of every year."""

    def _month_category_en(self, i: int, j: int) -> Skip | None:
        """Skip the month at tokens i..j (and a day after it) when it names a month of every year."""
        data = self.language
        if not data.month_category_nouns or self.toks[i].text.endswith("'s"):
            return None
        end = self._day_end(j)
        if end == j and (self._category_after(i, j) or self._category_before(i)):
            return Skip(j)
        if (self.word_key(i - 1) in data.recurring_month_openers or self._habitual_clause(i) or self._usual_before(i) or
                self._recurring_span(i) or self._season_span(i, j) or self._every_year_after(end)) and \
                not self._year_after(end):
            return Skip(end)  # (not "every March since 2019", "usually ... in March last year")
        return None

    def _usual_before(self, i: int) -> bool:
        """"instead of the usual June 1", "usual for the March quarter": a word of the usual (`usual_month_words`)
        before the month, only link words between (`usual_month_links`), names the month of every year; not "than
        usual in March" nor "as usual in May" (a comparison with the usual: this March)."""
        data = self.language
        k = i - 1
        while k >= i - 3 and self.word_key(k) in data.usual_month_links:
            k -= 1
        if self.word_key(k) not in data.usual_month_words or self.toks[k].start < self.bounds[0]:
            return False
        return self.word_key(k - 1) not in data.usual_comparison_words

    def _every_year_after(self, end: int) -> bool:
        """"in June every year", "in October of each year" written after: the month of every year."""
        if self.word_key(end) == "of" and self.word_key(end + 1) in self.language.recurring_month_openers:
            end += 1  # "fall due in January of every year"
        return self.word_key(end) in self.language.recurring_month_openers and \
            self.word_key(end + 1) in self.language.recurring_year_words

    def _year_after(self, end: int) -> bool:
        """A year (or a year word) written after the month: it is that year's month."""
        return self._year_at(end, False) is not None or self._shared_year(end) is not None or (
            self.word_key(end + 1) in self.language.relative_year_nouns and not self._every_year_after(end))

    def _day_end(self, j: int) -> int:
        """The token after a day right after the month ("April 1"), or j."""
        t = self.tok(j)
        if t is None or self._day_value(t) is None:
            return j
        nxt = self.tok(j + 1)
        if nxt is not None and nxt.kind == NUM:
            return j  # (a year or a figure follows: not a bare month and day)
        return j + 2 if nxt is not None and nxt.key in self.language.ordinal_suffixes and self.glued(j + 1) else j + 1

    def _category_after(self, i: int, j: int) -> bool:
        """A noun of a record or a mean after the month, maybe past up to four modifier tokens, day parts or measures
        ("December afternoon records", "the March all-time minimum record"); or only those after a weather
        superlative ("the hottest October day")."""
        data = self.language
        k = j
        while k < j + 4 and (self.word_key(k) in data.month_category_modifiers or (
                k > j and self.toks[k].text == "-" and self.glued(k) and self.glued(k + 1))):
            k += 1  # (a hyphen inside a modifier: "the March all-time minimum record")
        if self.word_key(k) in data.month_category_nouns:
            return True
        return k > j and self.word_key(i - 1) in data.month_category_superlatives

    def _category_before(self, i: int) -> bool:
        """A noun of a mean right before "for" and the month, maybe past a modifier or a measure (`month_mean_nouns`:
        "the average for October", "the city's average rainfall for October"): the month of every year, as "the
        October average" (not "the figure for October", the month's own; nor "a record for October", this one's)."""
        data = self.language
        if self.word_key(i - 1) not in data.month_category_links:
            return False
        k = i - 2
        if self.word_key(k) in data.month_category_modifiers:
            k -= 1
        return self.word_key(k) in data.month_mean_nouns

    def _habitual_clause(self, i: int) -> bool:
        """A habitual word stands before the month in its clause ("usually ... across the month of April"):
        read in the sentence's text, as the window may start after it."""
        data = self.language
        if not self.ex.holds_any(data.habitual_words):
            return False  # (most texts hold no habitual word: no month reads its sentence again)
        before = self.ex.text[self.bounds[0]:self.toks[i].start]
        dash = before.rfind(_SPACED_DASH)
        cut = max(max(before.rfind(mark) for mark in CLAUSE_BREAKS_IN_SENTENCE_EN), dash + 2 if dash >= 0 else -1)
        for word in reversed(before[cut + 1:].lower().split()[-HABITUAL_REACH:]):
            if word in data.clause_contrast_words:
                return False  # (not "rains usually come in April, but this year they came in March")
            if word in data.habitual_words:
                return True
        return False

    def _season_span(self, i: int, j: int) -> bool:
        """The month bounds a range of months that names a season of every year: the range right before a season
        word ("the July-to-October monsoon", "the July-October summer monsoon") or alone in brackets after
        one in its clause ("the rains expected across the region (July to October)")."""
        data = self.language
        if not data.season_words or not (self._range_mark(j) or self._range_mark(i - 1)):
            return False  # (the cheap test first: no range link beside the month)
        start, end = i, j
        following = self._range_link_end(j)
        if following is not None:  # the range's first month: read on to its last
            end = following
        else:
            k = i - 1
            while k > max(0, i - 4) and (self.toks[k].text in SEASON_RANGE_MARKS or
                                         self.toks[k].key in data.year_range_connectors):
                k -= 1
            before = self._month_at(k) if k < i - 1 else None
            if before is None or before[1] != k + 1:
                return False
            start = k
        for k in range(end, end + SEASON_WORD_AFTER):
            t = self.tok(k)
            if t is None or not (t.kind == WORD or t.text == "-"):
                break
            if t.key in data.season_words:
                return True  # "the July-to-October monsoon", "the July-October summer monsoon"
        opening, closing = self.tok(start - 1), self.tok(end)
        if opening is None or closing is None or opening.text != "(" or closing.text != ")":
            return False
        before = self.ex.text[max(self.bounds[0], opening.start - SEASON_WORD_REACH_CHARS):opening.start].lower()
        return any(w.strip(",") in data.season_words for w in before.split())

    def _range_mark(self, k: int) -> bool:
        """Token k links a range of months ("-", "to", "through")."""
        t = self.tok(k)
        return t is not None and (t.text in SEASON_RANGE_MARKS or t.key in self.language.year_range_connectors)

    def _range_link_end(self, j: int) -> int | None:
        """After a month ending at j, a range link and a second month ("-to-", " to ", "–"): the token after that
        month, else None."""
        data = self.language
        k = j
        while k < j + 3 and self.tok(k) is not None and (
                self.toks[k].text in SEASON_RANGE_MARKS or self.toks[k].key in data.year_range_connectors):
            k += 1
        if k == j:
            return None
        month = self._month_at(k)
        return month[1] if month is not None else None

    def _recurring_span(self, i: int) -> bool:
        """The month bounds a year that runs every year: a span verb in the present after a year noun, with no
        figure naming the year ("The financial year runs from October 1"; not "The 2023 fiscal year runs")."""
        data = self.language
        if not self.ex.holds_any(data.recurring_span_verbs):
            return False  # (no span verb in the text: no walk back)
        for k in range(i - 1, max(-1, i - SPAN_VERB_REACH - 1), -1):
            t = self.toks[k]
            if t.start < self.bounds[0] or t.text in CLAUSE_BREAKS_IN_SENTENCE_EN:
                return False
            if t.kind == WORD and t.key in data.recurring_span_verbs:
                if self.word_key(k - 1) not in data.relative_year_nouns:
                    return False
                return not any(x.kind == NUM for x in self.toks[max(0, k - 5):k - 1] if x.start >= self.bounds[0])
        return False
