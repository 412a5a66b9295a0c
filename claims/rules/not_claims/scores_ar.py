"""Not claims: an Arabic match score written in words ("فاز بهدفين دون رد", "بثلاثة أهداف مقابل هدف", "بهدفين
نظيفين", "بهدفين لهدف"). The goals of a score are the match result, not a count (bench/devset/GUIDELINES.md, Not
claims); goals a player or a side scored are a count ("سجل هدفين في المباراة", "أهداف الفريق الأربعة").
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, Draft

# A season's tally is no score: "سجل 41 هدفا مقابل 17" counts goals; one match's goals stay small (handball and
# futsal results in words reach the twenties: "بثلاثة عشر هدفا مقابل ستة أهداف").
_MAX_SCORE_GOALS = 30
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


class ScoreRulesAr(Cursor):
    """Scores in words."""

    def _word_score(self, d: Draft) -> bool:
        """The count draft `d` is one side of a score in words."""
        data = self.language
        if not self.ar or d.kind != "count" or d.counted is None or not data.score_nouns or \
                not isinstance(d.value, (int, float)) or d.value > _MAX_SCORE_GOALS:
            return False
        first, after = self._index_after(d.start + 1) - 1, self._index_after(d.end)  # the tokens holding d
        if not self.in_set(after - 1, data.score_nouns):
            return False
        if self.in_set(after, data.score_nil_words) or self.in_set(first - 1, data.score_lead_words):
            return True  # "بهدفين نظيفين"; "أنهى الشوط الأول متقدما بهدفين": the lead
        if self.in_set(after, data.score_links) and self._score_side(after + 1):
            return True  # "بهدفين دون رد", "بثلاثة أهداف مقابل هدف"
        if self._side_owner(after) and self.in_set(after + 1, data.score_links) and self._score_side(after + 2) and \
                any(self.in_set(k, data.score_match_cues) for k in (first - 1, first - 2)):
            return True  # "بنتيجة ثلاثة أهداف للزعيم مقابل هدف للعميد": each side's team after its goals
        if self.word_key(after) not in data.score_nouns and self.in_set(after, data.score_nouns):
            return True  # "بهدفين لهدف": the other side with its preposition
        other = self.word_key(after) or ""
        if other[:1] in data.score_glued_links and (
                other[1:] in data.number_words or other[1:] in data.score_nil_words):
            return True  # "بثلاثة أهداف لصفر", "بحصة هدفين لواحد": the other side in words, "ل" glued
        # The second side: "بثلاثة أهداف مقابل هدفين"
        before = first - 1
        return self.in_set(before, data.score_links) and self.in_set(before - 1, data.score_nouns) and \
            self._small_figure(before - 2)

    def _side_owner(self, k: int) -> bool:
        """Token k names the team a score's side belongs to, "ل" glued to it ("للزعيم", "لبرشلونة"): no number word
        and no other link ("لصفر", "لهدف" are the other side)."""
        data = self.language
        key = self.word_key(k) or ""
        return key[:1] in data.score_glued_links and len(key) > 3 and key[1:] not in data.number_words and \
            not self.in_set(k, data.score_nouns) and key[1:] not in data.score_nil_words

    def _small_figure(self, k: int) -> bool:
        """Token k, the figure of a score's first side, is no larger than a score's ("41 هدفا مقابل 17" is a
        tally); a number in words passes."""
        t = self.tok(k)
        return t is None or t.kind != NUM or not t.text.isdigit() or \
            float(t.text.translate(_DIGITS)) <= _MAX_SCORE_GOALS

    def _score_side(self, k: int) -> bool:
        """Token k is the other side of a score: "رد", a goal noun, a figure, a number word or "لا شيء"."""
        data = self.language
        t = self.tok(k)
        if t is None:
            return False
        if t.kind == NUM:
            return float(t.text.translate(_DIGITS)) <= _MAX_SCORE_GOALS if t.text.isdigit() else False
        return self.in_set(k, data.score_nil_words) or self.in_set(k, data.score_nouns) or \
            t.key in data.number_words or \
            (t.key in data.score_nothing_negations and self.word_key(k + 1) in data.score_nothing_words)  # "لا شيء"
