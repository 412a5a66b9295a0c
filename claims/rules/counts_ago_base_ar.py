"""Arabic "قبل عام" as the base of a comparison: "مقابل 41,2 في المائة قبل عام", "انخفاضا من 2,6 مليار قبل عام",
"مقارنة بمستوياتها قبل عام". The period only dates the figure set against another (class 5, as "in the past 15
years" frames), where "قبل عام." alone says how long ago something happened, a count of one (counts_one_ar.py);
English reads "up from $71m a year ago" the same way (counts_parts_en._figure_right_before)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM

BASE_FIGURE_REACH = 5  # tokens back from "قبل" to the base figure: "مقابل 41,2 في المائة قبل عام"
COMPARISON_WORD_REACH = 3  # tokens back from "قبل" to a word of comparing: "مقارنة بمستوياتها قبل عام"


class AgoBaseRulesAr(Cursor):
    """Is an Arabic period ago the base of a comparison."""

    def _ago_comparison_base_ar(self, i: int) -> bool:
        """"قبل" at i ends a comparison: a word of comparing (`ago_comparison_words`) within COMPARISON_WORD_REACH
        tokens ("مقارنة بمستوياتها قبل عام"), or a figure within BASE_FIGURE_REACH tokens set against another figure
        earlier in the sentence, a word of comparing or a link of change (`ago_base_links`) right before it or between
        it and "قبل" ("740 شقة، مقابل 512 شقة قبل عام", "إلى 1,1 مليار من 2,6 مليار قبل عام", "و5 في المائة عن
        معدله قبل عام"). One figure alone keeps the count ("أفرج عن 15 أسيرا قبل عام": how long ago), and so do
        figures with no link ("كشفت عن هاتفيها 6 و6 بلاس قبل عام": names)."""
        data = self.language
        for k in range(i - 1, max(-1, i - 1 - COMPARISON_WORD_REACH), -1):
            if self._comparison_word_ar(k, data.ago_comparison_words):
                return True
        base = next((k for k in range(i - 1, max(-1, i - 1 - BASE_FIGURE_REACH), -1)
                     if self.toks[k].kind == NUM), None)
        if base is None or not any(t.kind == NUM for t in self.toks[:base]):
            return False
        return any(self._comparison_word_ar(k, data.ago_comparison_words) or
                   self._comparison_word_ar(k, data.ago_base_links) for k in range(max(0, base - 1), i))

    def _comparison_word_ar(self, k: int, words: frozenset[str]) -> bool:
        """Token k is one of words, maybe after "و" or "ب" ("ومقابل", "بالمقارنة")."""
        key = self.word_key(k)
        return key is not None and self.strip(key, words, (self.language.and_prefix, "ب")) is not None
