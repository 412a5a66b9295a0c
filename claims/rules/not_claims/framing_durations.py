"""Not claims: durations that only frame the period of other figures ("in the past 15 years", "in the three months
to March", "after ten minutes it was clear", "within two weeks", "خلال عامين", "خلال 10 سنوات").

A duration stays a claim when its length is the figure: "for 20 years", "five years ago", "لمدة عامين", "قبل 12
عاما". Written with digits, a deadline in days or hours ("خلال 24 ساعة", "within 48 hours") is a speed the text
states, so it stays; in words ("خلال يومين", "within two weeks") or in months and years it frames.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, Draft
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
        before = self.word_key(i - 1)
        k = i - 1
        if before in data.frame_modifiers:
            k -= 1  # "in the past 15 years"
        if self.word_key(k) == "the" and self.word_key(k - 1) in data.frame_prepositions:
            end = self._index_after(d.end)
            return k != i - 1 or self.word_key(end) in data.frame_ends  # "in the three months to March"
        return before in data.frame_after and not long_unit  # "after ten minutes"
