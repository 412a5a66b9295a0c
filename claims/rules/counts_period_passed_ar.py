"""Arabic "بعد مضي عام على انتخابه", "بعد مرور شهر على الحادث": a singular period after "بعد" and a noun of its
passing (`single_period_passing_words`), "على" and the event after it, is the time since that event, a count of one
(as "بعد عام من تأسيسه" is, counts_one_ar._interval_from_event); "بعد شهر على الحادث" without the passing noun stays
a frame. The base of OneCountRulesAr, over AgoBaseRulesAr."""

from __future__ import annotations

from claims.engine.types import WORD
from claims.rules.counts_ago_base_ar import AgoBaseRulesAr

LONG_QUALIFIER_WORDS = 3  # "لا تقل عن", "ما لا يقل عن": the qualifiers counts_one_ar's two-word lookups miss


class PassedPeriodRulesAr(AgoBaseRulesAr):
    """Arabic periods whose passing since an event is the figure."""

    def _passing_noun_ar(self, at: int) -> int:
        """The index of the period noun when token `at` is a noun of passing before it ("مضي عام"), else `at`."""
        data = self.language
        if self.in_set(at, data.single_period_passing_words) and \
                self.word_key(at + 1) in data.single_period_nouns:
            return at + 1
        return at

    def _passed_since_event_ar(self, j: int) -> bool:
        """"على" and a word (the event) at token j, or its pronoun glued ("عليه", "عليها"): the time since it."""
        data = self.language
        key = self.word_key(j)
        if key in data.single_period_passing_links:
            after = self.tok(j + 1)
            return after is not None and after.kind == WORD and self.number_expr(j + 1) is None
        return key in data.single_period_passing_pronouns

    def _long_qualifier_noun(self, i: int) -> tuple[int, str | None, bool]:
        """Where the period noun after the opener at i stands past a qualifier of three words or more ("مدة لا تقل
        عن شهر": no less than a month), with the qualifier; else right after the opener (counts_one_ar's
        _single_period_noun reads the shorter qualifiers)."""
        found = self.phrase_at(i + 1, self.language.qualifiers)
        if found is not None and found[1] - (i + 1) >= LONG_QUALIFIER_WORDS:
            return found[1], found[0], False
        return i + 1, None, False
