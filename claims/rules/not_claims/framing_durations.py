"""Not claims: durations that only frame the period of other figures ("in the past 15 years", "in the three months
to March", "after ten minutes it was clear", "within two weeks", "خلال عامين", "خلال 10 سنوات", "the best song of the
last 25 years", "The last 12 months have seen ...", "profits for the final three months of 2004").

A duration stays a claim when its length is the figure: "for 20 years", "five years ago", "لمدة عامين", "قبل 12
عاما". Written with digits, a deadline in days or hours ("خلال 24 ساعة", "within 48 hours") is a speed the text
states, so it stays; in words ("خلال يومين", "within two weeks") or in months and years it frames.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Draft
from claims.normalize import normalize_word


class FramingDurationRules(Cursor):
    """Durations that set a period for other figures."""

    def _framing_duration(self, i: int, d: Draft) -> bool:
        """The count draft `d` starting at token i is a framing duration."""
        data = self.language
        if d.kind != "count" or d.counted is None or not data.frame_units_long or d.value_high is not None:
            return False
        unit = normalize_word(d.counted) if self.ar else d.counted.lower()
        long_unit = unit in data.frame_units_long
        if not long_unit and unit not in data.frame_units_short:
            return False
        digits = self.toks[i].kind == NUM
        if self.ar and self.word_key(i - 1) == data.definite_article:
            i -= 1  # "خلال الـ20 عاما المقبلة"
        if self.in_set(i - 1, data.frame_words):
            return long_unit or not digits  # "خلال عامين", "within two weeks"; not "خلال 24 ساعة"
        if self.ar:
            return False
        if self._after_superlative(i, d):
            return True
        before = self.word_key(i - 1)
        k = i - 1
        if before in data.frame_modifiers:
            k -= 1  # "in the past 15 years"
        if self.word_key(k) == "the":
            ends = self.word_key(self._index_after(d.end)) in data.frame_ends  # "in the three months to March"
            prep = self.word_key(k - 1)
            if prep in data.frame_prepositions:
                return k != i - 1 or ends  # "in the past 15 years"
            if d.end == self.toks[i].end or self._figure_before(k - 2):
                return False  # a part of a whole: "the last two of his seven years", "five of the last six years"
            if prep in data.frame_prepositions_modified:
                return k != i - 1  # "of the last 25 years"; not "five of the 12 years of his sentence"
            if prep in data.frame_prepositions_ended:
                return k != i - 1 and ends  # "for the final three months of 2004"; not "for the past 20 years"
            # The subject of its sentence: "The last 12 months have seen ..." (not "The last two weeks of the ban")
            return k != i - 1 and self.toks[k].start == self.bounds[0] and not ends
        return before in data.frame_after and not long_unit  # "after ten minutes"

    def _figure_before(self, i: int) -> bool:
        """Token i is a figure, in digits or words ("five", "18 times")."""
        while self.word_key(i) in self.language.frame_partitive_after:
            i -= 1  # "18 times out of the last 20 years"
        t = self.tok(i)
        return t is not None and (t.kind == NUM or t.key in self.language.number_words)

    def _after_superlative(self, i: int, d: Draft) -> bool:
        """ "the fastest rate in (more than) six years", "his ninth manager in eight years": a record or an order
        set within a period, which frames it (as "the best song of the last 25 years")."""
        data = self.language
        found = self.phrase_before(i, data.qualifiers)
        k = found[1] if found is not None else i
        if self.word_key(k - 1) not in data.frame_prepositions:
            return False
        if d.value is None or d.value != int(d.value):
            return False  # "finished third in 7.27 seconds": a time run
        for m in range(k - 2, max(-1, k - 6), -1):
            t = self.toks[m]
            if t.kind != WORD or t.start < self.bounds[0]:
                return False  # "over the final third, finishing in eight minutes"
            if t.key in data.frame_superlatives:
                return True
        return False
