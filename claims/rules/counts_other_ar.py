"""Counts, Arabic: a bare figure with "other" after it ("و4 أخرى") counts more of the noun the sentence last counted."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import Reading


class OtherCountRulesAr(Cursor):
    """"أخمدت 10 حرائق، وما زالت 4 أخرى مشتعلة": "others" after a figure."""

    def other_count_ar(self, r: Reading) -> bool:
        """The word right after the bare figure r is "other" agreeing with an elided noun (`other_count_adjectives`:
        "أخرى", "أخريات"; "5 آخرون" is read as a noun of people) and the last figure of its sentence before it was a
        count: r counts more of that noun ("10 حرائق ... و4 أخرى")."""
        if self.word_key(r.end_i) not in self.language.other_count_adjectives:
            return False
        prev = self.sentence_count(before=r.start_i)
        if prev is None:
            return False
        r.counted = prev.counted
        return True
