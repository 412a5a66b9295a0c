"""Ranges of figures (issue 14, class 2): the second bound and its connector. The second number after a figure
(`_second_number`, read by rules/quantity.py: "10-12", "from 10 to 12", "بين 10 و12", "2% and 2.5%"), its scale
shared with the first ("من 10 إلى 15 مليونا"), a score ("2-1") skipped. An amount's second bound written
with its currency again or bare after "between" ("between 10 dollars and 20 dollars", "بين 21.40 ريالا و29.60",
"10$-20$"); a connector between hyphens ("3-to-4%"); Arabic second bounds after a qualifier ("من 60 إلى أقل من
75%"), a verb of becoming ("من 30 لتصبح 22 دينارا"), a glued "و" ("بين عشرة وعشرين ريالا") or a measure written
first ("بين قدم واحدة و3 أقدام"). A base of ListRules (rules/lists.py); the readers of figures and units
(`number_expr`, `_currency_after`, `_measure_after` ...) are called through self."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, NumberExpr, Reading, Skip, number_value


class RangeRules(Cursor):
    """The second bound of a range."""

    def money_range_tail(self, r: Reading) -> None:
        """The second bound of a range whose first bound carries the currency: written again ("between 10 dollars
        and 20 dollars", "from $10 to $20", "من 10 دولارات إلى 20 دولارا") or not ("بين 21.40 ريالا و29.60",
        after "between" only). A change ("rose from 10 dollars to 20 dollars") is split in two later, as for any
        range; a second figure that counts, measures or names another currency is left to itself."""
        data = self.language
        n1 = r.n1
        t = self.tok(r.end_i)
        if t is not None and t.text == "-" and self.glued(r.end_i) and self.glued(r.end_i + 1):
            self._symbol_range_tail(r)  # "10$-20$"
            return
        if t is None or t.kind != WORD or \
                t.key not in data.range_connectors or t.key in data.or_words:
            return
        between = self.in_set(r.start_i - 1, data.range_openers) or self.word_key(r.start_i - 1) in data.between_words
        if not between and (t.key in data.and_words or not self.in_set(r.start_i - 1, data.range_from_words)):
            return  # "between .. and ..", "from .. to ..": not "raise revenue by 300m euros to 1.8bn euros"
        if t.key in data.change_connectors and self._is_change(r.start_i):
            return  # ("rose from 10 dollars to 20 dollars": two amounts, each with its currency, as before)
        k = r.end_i + 1
        symbol = self._currency_before(k + 1) if self.tok(k) is not None and self.toks[k].kind != NUM else None
        n2 = self.number_expr(k + 1 if symbol is not None else k)
        if n2 is None or n2.value <= 0:
            return
        after = self._currency_after(n2.end_i)
        end_i = n2.end_i
        if symbol is not None or after is not None:
            cur = symbol[0] if symbol is not None else after[0]
            code = cur.code or (after[2] if after is not None else None)
            if code != r.currency and not (code is None and cur.candidates and r.currency in cur.candidates):
                return  # "between 10 dollars and 20 euros": two amounts
            n2.value /= cur.divisor
            end_i = after[1] if after is not None else end_i
            if after is not None and cur.divisor == 1:
                end_i = self.subunit_part(n2, end_i, code or r.currency) or end_i  # "إلى 225 دينار و160 مليم"
        elif not between or n1.value != n1.raw * max(n1.scale, 1) or n2.scale != n1.scale or \
                self._percent_after(end_i) is not None or self._measure_after(end_i) is not None or \
                self._counted_after(end_i, n2) is not None:
            return  # (a bare second bound only after "between", in the first's units and scale)
        if n2.value <= n1.value:
            return
        r.n2, r.connector, r.end_i = n2, t.key, end_i

    def _symbol_range_tail(self, r: Reading) -> None:
        """"10$-20$", "5€-8€": a range whose bounds both carry the same currency sign after them."""
        n2 = self.number_expr(r.end_i + 1)
        if n2 is None or n2.value <= r.n1.value or n2.scale != r.n1.scale:
            return
        after = self._currency_after(n2.end_i)
        if after is None or after[0].code is None or after[0].code != r.currency or after[1] != n2.end_i + 1:
            return
        r.n2, r.connector, r.end_i = n2, "-", after[1]

    def hyphened_connector(self, k: int) -> int:
        """English: tokens to skip when a range connector at k is written between hyphens after the first figure's
        hyphen ("3-to-4%", "2-to-3 percent": 2; a space typed after the second hyphen too: "three-to- six percent"),
        else 0."""
        nxt = self.tok(k + 1)
        if self.ar or self.word_key(k) not in self.language.range_connectors or nxt is None or nxt.text != "-" or \
                not (self.glued(k) and self.glued(k + 1)):
            return 0
        return 2

    def bound_after_qualifier(self, k: int) -> int:
        """Arabic: where the second bound stands when a qualifier opens it ("من 60 إلى أقل من 75%", "من 2 إلى
        أكثر من 4 ملايين": the bound is 75, the first figure shares its unit); k itself otherwise."""
        if not self.ar:
            return k
        for at in (k + 1, k + 2):
            t = self.tok(at)
            if t is not None and t.kind == NUM and self._qualifier(at)[1] == k:
                return at
        return k

    def change_result_second(self, j: int, start_i: int) -> tuple[NumberExpr | None, str] | None:
        """Arabic: the second figure of a change after "من" and a verb of becoming or reaching at token j ("من 30
        لتصبح 22 دينارا", "من 12 ليصل إلى 18 ألف طن"), with the verb as its connector; None when no such verb."""
        data = self.language
        t = self.tok(j)
        if t is None or t.kind != WORD or t.key not in data.change_result_verbs or \
                not self.in_set(start_i - 1, data.range_from_words):
            return None
        return self.number_expr(self.bound_after_link(j + 1)), t.key

    def changes_to(self, connector: str | None) -> bool:
        """The word between two figures makes the second a change's end ("إلى", "to"; "لتصبح" after "من")."""
        return connector in self.language.change_connectors or connector in self.language.change_result_verbs

    def bound_after_link(self, k: int) -> int:
        """Past a change connector right after a verb of reaching ("ليصل إلى 15"): the second figure's token."""
        return k + 1 if self.word_key(k) in self.language.change_connectors else k

    def glued_and_second(self, n1: NumberExpr, j: int, start_i: int) -> tuple[NumberExpr | None, str | None]:
        """Arabic: the second number word of a range after بين, its و glued to it ("بين عشرة وعشرين ريالا"), or of
        two number words sharing the scale after the second ("خمسة وعشرة ملايين طن"):
        (the number, "و"), else (None, None)."""
        data = self.language
        t = self.tok(j)
        if not self.ar or t is None or t.kind != WORD or not t.key.startswith(data.and_prefix) or \
                not (n1.is_word or self.in_set(start_i - 1, data.range_openers)):
            return None, None  # (digits first only after بين: "ما بين 2.7 وثلاثة جنيهات")
        n2 = self.number_expr(j)
        if n2 is not None and not self.in_set(start_i - 1, data.range_openers) and (n1.scale or not n2.scale):
            return None, None  # (without بين, only a pair sharing its scale: "بنحو خمسة وعشرة ملايين طن")
        if n2 is not None:
            self._join_scaled_parts(n2)  # "بين مليون ومليون و300 ألف زائر": the high bound goes on
            if not n1.is_word and n2.scale:
                n2.raw = n2.value / n2.scale  # the scale is shared only when the digits are below its figure:
                # "بين 90 ومائة مليار دولار" (90 bn), not "بين 100 وخمسة آلاف نسمة" nor "بين 250 وألف جنيه"
        return n2, data.and_prefix if n2 is not None else None

    def unit_first_high_ar(self, unit_i: int, k: int, unit: str) -> tuple[int | float, int] | None:
        """Arabic: the high bound of a range whose low bound is a measure written before its figure or as a dual
        (token unit_i: "بين قدم واحدة و3 أقدام", "وبين قدمين و4"): after بين, "و" at k and a figure in the same
        unit or bare. (value, end index) or None."""
        data = self.language
        if not self.in_set(unit_i - 1, data.range_openers) or self.word_key(k) not in data.and_words:
            return None
        n = self.number_expr(k + 1)
        if n is None or n.scale:
            return None
        end_i = n.end_i
        measure = self._measure_after(end_i)
        if measure is not None:
            return (number_value(n.value), measure[1]) if measure[0] == unit else None
        after = self.tok(end_i)
        if self._currency_after(end_i) is not None or self._percent_after(end_i) is not None or (
                after is not None and after.kind == WORD and self._counted_noun_ar(end_i, after) is not None):
            return None  # ("بين مترين و4 أشخاص": another figure)
        return number_value(n.value), end_i

    def _bound_after_link(self, n1: NumberExpr, k: int) -> NumberExpr | None:
        """The second bound at token k, after a word linking it to n1; inside its bracket when n1 was bracketed too
        ("ما بين (5) إلى (6) لاعبين", "(5) الى(6)")."""
        n2 = self.number_expr(k)
        if n2 is None and n1.parenthesized and self.tok(k) is not None and self.toks[k].text == "(":
            return self.number_expr(k + 1)
        return n2

    def _second_number(
        self, n1: NumberExpr, j: int, start_i: int, qualifier: str | None
    ) -> tuple[NumberExpr | None, str | None] | Skip:
        """The second number of a range ("10-12", "from 10 to 12", "بين 10 و12", "2% and 2.5%") and what joins
        the two; a score ("2-1") is skipped."""
        data = self.language
        n2: NumberExpr | None = None
        connector = None
        t = self.tok(j)
        if t is not None and t.text == "%" and self.tok(j + 1) is not None and \
                self.toks[j + 1].key in data.percent_range_connectors and self.tok(j + 2) is not None \
                and self.toks[j + 2].kind == NUM:
            second = self.number_expr(j + 2)
            if second is not None and self._percent_after(second.end_i) is not None:
                j += 1  # "2% and 2.5%": the sign repeats on both ends
            t = self.tok(j)  # else "rose 46% to 420 million": a percent, then another figure (t is the "%")
        if t is not None and t.kind == SYM and t.text == "-":
            k = j + 1 + self.hyphened_connector(j + 1)  # "3-to-4%" (lists.py)
            if self._currency_before(k + 1) is not None and self.tok(k) is not None and \
                    self.toks[k].text in data.currency_symbols:
                k += 1
            n2 = self.number_expr(k)
            connector = "-"
        elif t is not None and t.kind == WORD and (t.key in data.range_connectors or (
                t.key in data.range_from_connectors and self.in_set(start_i - 1, data.range_from_words))):
            k = self.bound_after_qualifier(j + 1 + self.in_set(j + 1, data.range_connector_tails))  # (lists.py)
            if self.tok(k) is not None and self.toks[k].text in data.currency_symbols:
                k += 1
            n2 = self._bound_after_link(n1, k)
            connector = t.key
            if n2 is not None:
                between = self.in_set(start_i - 1, data.range_openers) or (
                    qualifier is None and self.word_key(start_i - 1) in data.between_words)
                if connector in data.and_words and not between:
                    n2 = None
                if connector in data.or_words:
                    n2 = None
        elif (slashed := self.slashed_amounts_ar(j)) is not None:
            n2, connector = slashed, "/"  # "8000/7800 ليرة": two prices, read as a range (money_ar.py)
            if n2.value < n1.value:
                n1.value, n2.value = n2.value, n1.value
        elif self.ar and (tatweel := self.tatweel_range_second_ar(n1, j)) is not None:
            n2, connector = tatweel, "-"  # "بين 10ـ15 بالمئة" (not_claims/tatweel_ar.py)
        else:  # "من 30 لتصبح 22 دينارا"; "بين عشرة وعشرين ريالا" (lists.py)
            n2, connector = self.change_result_second(j, start_i) or self.glued_and_second(n1, j, start_i)
        if n2 is not None:
            shared = self._scale_shared(n1, n2, start_i, connector)
            if isinstance(shared, Skip):
                return shared
            n2 = shared
        return n2, connector

    def _scale_shared(self, n1: NumberExpr, n2: NumberExpr, start_i: int, connector: str | None) -> NumberExpr | Skip \
            | None:
        """The second number of a pair once its scale is shared with the first ("من 10 إلى 15 مليونا"; a fall "انخفض
        من 25 إلى 14 ألف ليرة" is 25,000 to 14,000), None when it is no second bound, or a Skip past a score."""
        falling = self._falls_from(start_i, connector) or self.falling_pair_en(n1, n2, start_i, connector)
        if n2.scale and not n1.scale and (n1.value <= n2.raw or (falling and n1.value <= 10 * n2.raw)):
            n1.value, n1.scale = n1.value * n2.scale, n2.scale
        elif self._thousands_left_off(n1, n2):
            n1.value *= 1000  # "between 30 and 35,000 fans": 30,000
        if n2.value < n1.value and connector == "-" and self.ar and self._measure_after(n2.end_i) is not None:
            n1.value, n2.value = n2.value, n1.value  # "من 200-100 ملم": a range typed high first, its unit after
            return n2  # (no score has a unit)
        if n2.value <= n1.value:
            if connector == "-" and n1.plain_digits and n2.plain_digits and not n1.scale and \
                    self.toks[n1.end_i].text != "%":  # ("between 60%- 55%": two percents, no score)
                return Skip(n2.end_i)  # a score: "2-1", "42-6"
            return n2 if falling else None
        return n2

    def _falls_from(self, start_i: int, connector: str | None) -> bool:
        """Arabic: "انخفض من 25 إلى 14 ألف ليرة": a change from one figure down to another, kept as a pair (two
        claims sharing the unit, as a rise is) rather than a range."""
        data = self.language
        return self.ar and self.changes_to(connector) and self.in_set(start_i - 1, data.range_from_words) \
            and self._is_change(start_i)
