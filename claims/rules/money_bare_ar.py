"""Money, Arabic: a bare scaled figure that an amount noun names ("تكلفته بحوالي 340 مليونا", "بمبلغ 2.1 مليار")
is an amount with no currency word, in the currency of the text's last scaled amount, else the outlet's. Reached
from QuantityRules._bare_figure_ar. And a scaled figure after a pronoun of a part ("41 مليار دولار، منها 17 مليارا
مودعة في سويسرا") is a part of the amount before it (money_part_before_ar, from QuantityRules.quantity)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_AR, COMMAS
from claims.engine.types import NUM, Reading
from claims.normalize import normalize_word

AMOUNT_NOUN_REACH = 4  # words from the amount noun to its figure ("بلغت قيمة الصفقة نحو 900 مليون")
BARE_AMOUNT_SCALE = 1000  # a thousand or more: "ألف", "مليون", "مليار" after the figure


class BareAmountRulesAr(Cursor):
    """Arabic bare scaled figures named as amounts."""

    def bare_amount_ar(self, r: Reading) -> None:
        """A bare figure with a scale word (no unit, no second bound) whose amount noun stands up to
        AMOUNT_NOUN_REACH words before it in its clause (`bare_amount_nouns`: "والذي تقدر تكلفته بحوالي 515
        مليونا", "بمبلغ 2.1 مليار", "خسارة تبلغ 900 مليون") is money: in the currency of the text's last amount
        in thousands or more before it, else the outlet's (no currency when neither is known). In that amount's
        subunit when it was written in one ("مليار سنتيم"); with none before, in the outlet's subunit where the
        country's press counts bare sums so (a subunit entry's `bare_sum_codes`: Algerian centimes)."""
        data = self.language
        if r.n2 is not None or r.n1.scale < BARE_AMOUNT_SCALE or not data.bare_amount_nouns:
            return
        words = 0
        for k in range(r.start_i - 1, -1, -1):
            t = self.toks[k]
            if t.start < self.bounds[0] or t.kind == NUM or t.text in COMMAS or t.text in CLAUSE_ENDS_AR:
                return
            if self.in_set(k, data.bare_amount_nouns):
                break
            words += 1
            if words >= AMOUNT_NOUN_REACH:
                return
        else:
            return
        if self.in_set(k, data.bare_amount_push_verbs) and self.in_set(r.end_i, data.bare_amount_push_after):
            return  # "دفعت الاشتباكات 200 ألف إلى الفرار": pushed people to flee, no sum paid (review 20)
        prev, at = self.ex.scaled_money, self.toks[r.start_i].start
        if prev is not None and prev.currency is not None and prev.end <= at:
            code, source = prev.currency, prev.currency_source or "context"
            written = self.ex.text[prev.start:prev.end]
        else:
            code, source, written = self.ex.currency.outlet_currency, "outlet_country", ""
        if code is None:
            return
        r.kind, r.unit, r.currency, r.candidates, r.currency_source = "money", None, code, [], source
        if written:
            self.in_written_subunit_ar(r, written)  # "524 ألف مليار سنتيم ... مبلغ 57 ألف مليار"
            return
        subunit = next((c for c in data.currency_words.values() if code in c.bare_sum_codes), None)
        if subunit is not None and subunit.divisor_for(r.n1.value) > 1:
            r.divide_bounds(subunit.divisor_for(r.n1.value))  # "بميزانية 900 مليار" at an Algerian outlet: centimes

    def in_written_subunit_ar(self, r: Reading, written: str) -> None:
        """A bare figure read as money going on from an amount whose text is `written` ("524 ألف مليار سنتيم") is in
        the subunit that amount was written in, when it ends in one of r's currency: its bounds are divided to the
        whole unit (GUIDELINES: a figure going on takes the unit of the one before; every Arabic subunit is money
        in the whole unit). Also reached from continued_figures.py."""
        words = written.split()
        subunit = self.language.currency_words.get(normalize_word(words[-1])) if words else None
        if subunit is not None and r.currency in subunit.candidates and subunit.divisor_for(r.n1.value) > 1:
            r.divide_bounds(subunit.divisor_for(r.n1.value))

    def money_part_before_ar(self, r: Reading) -> None:
        """"تبلغ نحو 41 مليار دولار، منها 17 مليارا مودعة", "8 مليارات دولار، منها 5 مليارات من النفط": a scaled
        figure right after a pronoun of a part (`part_pronouns_before`, past its qualifier) is a part of the amount
        read last in its sentence, no bigger, in its currency: money, whatever noun was read as counted after it
        (the span ends at the figure). In digits only ("استفاد منها ألف ومائتا مريض": the verb's object, people).
        After a count or a measure the part keeps that kind."""
        if not self.ar or not r.n1.scale or r.kind not in ("count", "number"):
            return  # (asked at every reading: the cheap tests first)
        prev = self.last_quantity
        if r.n2 is not None or r.n1.is_word or prev is None or prev.kind != "money" or prev.start < self.bounds[0] or \
                not isinstance(prev.value, int | float) or r.n1.value > prev.value or \
                not self.in_set(self._qualifier(r.start_i)[1] - 1, self.language.part_pronouns_before):
            return
        r.kind, r.unit, r.counted, r.end_i = "money", None, None, r.n1.end_i
        r.currency, r.candidates, r.currency_source = prev.currency, list(prev.currency_candidates), \
            prev.currency_source
