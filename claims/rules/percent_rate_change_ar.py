"""Percent, Arabic: a bare decimal figure by which a rate changed ("ارتفع معدل التضخم 12ر0 في يناير"): news agencies
that type the decimal with ر leave the percent word out after a rate. PercentRules' base."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_AR, COMMAS
from claims.engine.types import NUM, WORD, Reading

RATE_SUBJECT_REACH = 10  # tokens back from the figure over its verb and the rate it changes ("معدل التضخم ارتفع")


class RateChangePercentRulesAr(Cursor):
    """Arabic bare decimals that are the change of a rate."""

    def rate_change_bare_ar(self, r: Reading) -> None:
        """A bare decimal figure under 100 (no unit, scale or second bound) by which a rate changed is a percent: a
        verb of change (`rate_change_verbs`) right before the figure with a rate as its subject before it ("معدل
        التضخم في الكويت ارتفع 12ر0", "مؤشر الأرقام القياسية لمجموعة (النقل) ارتفع 35ر1"), or the verb
        first and its rate between it and the figure ("ارتفع معدل التضخم 0.07"); `rate_subject_words`. Not past a
        figure, a comma or a clause mark, nor a whole figure ("ارتفعت نسبة الطلاب في 3 مدارس"), nor a level ("أعلى
        معدل سجل ... قدر بـ18.78", a grade), nor a rate per thousand ("لكل ألف": `rate_change_not_before`). The price
        index's adjective is a rate only after its noun (`rate_index_adjectives` after `rate_index_nouns`: not
        "المؤشر العام القياسي", a stock index's points)."""
        n1, data = r.n1, self.language
        if r.n2 is not None or n1.scale or not data.rate_subject_words or n1.value >= 100 or \
                n1.value == n1.value.to_integral_value() or self.in_set(r.end_i, data.rate_change_not_before):
            return  # ("3.4 لكل ألف نسمة": per thousand)
        verb_right_before = self.in_set(self._qualifier(r.start_i)[1] - 1, data.rate_change_verbs)
        subject = False
        for k in range(r.start_i - 1, max(r.start_i - 1 - RATE_SUBJECT_REACH, -1), -1):
            t = self.toks[k]
            if t.start < self.bounds[0] or t.kind == NUM or t.text in COMMAS or \
                    (t.text in CLAUSE_ENDS_AR and t.text != ")"):
                return
            if t.kind != WORD:
                continue
            subject = subject or self.in_set(k, data.rate_subject_words) or (
                self.in_set(k, data.rate_index_adjectives) and (k == 0 or self.in_set(k - 1, data.rate_index_nouns)))
            # (at the window's first token the noun before is cut off: the adjective is read as before)
            if subject and (verb_right_before or self.in_set(k, data.rate_change_verbs)):
                r.kind = "percent"
                return
