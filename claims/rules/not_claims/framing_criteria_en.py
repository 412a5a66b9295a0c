"""Not claims: an English duration that is the criterion of what a figure counts ("4,210 patients waited more than 8
hours", "712 people spent longer than 10 hours on hospital trolleys"): a threshold word (`criterion_thresholds`:
over, more/longer than, at least) between a verb of waiting or spending (`criterion_wait_verbs`) and the period names
the class of waits that the figure before the verb counts, a period that frames it (bench/devset/GUIDELINES.md: a
duration that only frames other figures). A wait without a threshold is its length ("she waited 12 hours": a claim),
and so is a threshold wait with no figure of its subject ("He waited more than 12 hours for a bed"); "the number
waiting over 18 months" stays a count as the dev set annotates it (en-t30). The cheap test first: the word before the
period is a threshold word (a set lookup)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, Draft
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like_digits

THRESHOLD_WORDS = 2  # words of a threshold read before the period ("more than", "at least", "over")


class CriterionDurationRulesEn(Cursor):
    """A threshold wait that names the class a figure counts."""

    def _criterion_duration_en(self, i: int, d: Draft) -> bool:
        """The period draft `d` at token i follows a threshold and a verb of waiting whose subject a figure counts."""
        data = self.language
        if d.kind != "count" or self.ar or d.counted is None or not data.criterion_wait_verbs or \
                self.word_key(i - 1) not in data.criterion_thresholds:
            return False
        unit = d.counted.lower()
        if unit not in data.frame_units_long and unit not in data.frame_units_short:
            return False
        k = i - 1
        while k >= i - THRESHOLD_WORDS and self.word_key(k) in data.criterion_thresholds:
            k -= 1
        if k == i - 1 or self.word_key(k) not in data.criterion_wait_verbs:
            return False
        return self._group_counted_before(k)

    def _group_counted_before(self, k: int) -> bool:
        """A figure (not a year, not glued to a hyphen: "a 45-year-old waited") in the sentence before the verb at k."""
        start = self.bounds[0]
        for m in range(k - 1, -1, -1):
            t = self.toks[m]
            if t.start < start:
                return False
            if t.kind == NUM and not year_like_digits(t.text, CALENDAR_YEARS) and \
                    not (m + 1 < k and self.toks[m + 1].text == "-" and self.glued(m + 1)):
                return True
        return False
