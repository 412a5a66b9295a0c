"""Counts, Arabic: a figure written out to the unit with a scale and "و" ("56 ألفا و479", "705 ألف و788") and no
noun after it goes on counting what the sentence counted before it (GUIDELINES: a count also when its noun is
implied), as a whole figure written with thousands separators does in English: a tally written out this far counts
voters, ballots or people, while a bare round figure ("56 ألفا") stays a number."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import Reading

THOUSAND = 1_000
MIN_STEM = 3  # letters of a measure noun's stem matched with a suffix glued
MAX_SUFFIX = 3  # letters of the feminine ending and a pronoun after the stem ("مساحتها")
_FEMININE = "ه"  # the feminine ending as the keys write it (a script fact)
MEASURE_REACH = 3  # words back from the figure to a measure noun that owns it ("وبلغت المساحة")


class CompoundTallyRulesAr(Cursor):
    """A bare figure in thousands written out to the unit after a count."""

    def compound_tally_ar(self, r: Reading) -> bool:
        n1 = r.n1
        if r.n2 is not None or n1.value < THOUSAND or n1.is_word or n1.value != n1.value.to_integral_value() or \
                n1.value % THOUSAND == 0 or n1.raw * (n1.scale or 1) == n1.value or n1.end_i - n1.start_i < 3:
            return False  # (most figures: no part written after a scale word)
        if any(self._measure_noun(k) for k in range(max(0, r.start_i - MEASURE_REACH), r.start_i)):
            return False  # "وبلغت مساحته 56 ألفا و479": a measure named before the figure
        prev = self.sentence_count(before=r.start_i)
        if prev is None:
            return False
        r.counted = prev.counted
        return True

    def _measure_noun(self, k: int) -> bool:
        """Token k is a measure noun (`identifier_measure_heads`: "المساحة", "مساحته", "طول") or a word of value
        ("بقيمة"), maybe with the article or a pronoun glued: what a figure after it measures is no count."""
        data = self.language
        key = (self.word_key(k) or "").removeprefix(data.definite_article)
        if not key or key in data.value_words:
            return bool(key)
        for head in data.identifier_measure_heads:
            stem = head[:-1] if head.endswith(_FEMININE) else head
            if len(stem) >= MIN_STEM and key.startswith(stem) and len(key) <= len(stem) + MAX_SUFFIX:
                return True
        return False
