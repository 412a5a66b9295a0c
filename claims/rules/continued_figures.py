"""Bare figures that go on with a quantity before them and take its kind, unit, currency or counted noun (issue 14,
class 2). A bare scaled figure after an amount or a count of the same window continues it ("5.6 مليون إسترليني، ثم
... 23 مليونًا" -> GBP; "75 مليون سهم ... 50.54 مليونا" -> shares; English only after an amount noun or "to":
"and fixed voice revenue of 18.2 billion"); a figure paired by "مقابل" or "بدلا من" with one that carries its unit
("2ر4 مقابل 6ر4 بالمائة"), or a part after a comma or "و" ("42 ريالا في جدة، و45 في الرياض"); grouped digits after
a count so written. `remember_scaled` notes the quantities later figures go on from. A base of ListRules
(rules/lists.py)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.engine.types import NUM, Draft, NumberExpr, Reading

# A bare figure in thousands or more continues the last amount or count ("مليون و100 ألف سائح ... 500 ألف").
CONTINUED_SCALE = 1_000
PAIRED_KINDS = frozenset({"money", "percent", "count"})  # what a bare figure paired with one takes from it
GROUP_MARKS = (".", ",", "٬", "،")  # thousands separators in digits ("1.775.067", "١٬٢٣٤")
PREVIOUS_VALUE_GAP = 3  # words between "بعد أن كان" and its figure: "سعره مسجلا نحو"
PAIR_REACH = 80  # characters between a figure and the bare one paired with it ("54 عضوا من المجلس مقابل معارضة 11")


class ContinuedFigureRules(Cursor):
    """Bare figures going on with the quantity before them."""

    def continued(self, r: Reading) -> None:
        """Arabic: a bare figure with a scale word of a million or more continues the last amount or count of the
        window ("300 مليون ريال وانخفاض الإيرادات 120 مليونا" -> SAR): it takes its kind, currency and counted noun."""
        prev = self.last_scaled
        if prev is not None and prev.kind == "count" and r.n2 is None and \
                self.toks[r.n1.start_i].start in self.dot_count_bare:
            r.kind, r.counted = "count", prev.counted  # "نفذوا 5.964 طلعة ... 2.657 في العراق" (numbers/digits.py)
            return
        if prev is not None and prev.kind == "count" and self.ar and self._grouped_after_grouped(r, prev):
            r.kind, r.counted = "count", prev.counted  # "فقدان 21.000 منصب ... من 8.412.000 إلى 8.433.000"
            return
        # an Arabic range goes on by its second bound's scale too: "بلغ 18 ألفا ... ليستقر بين 8 و9 آلاف"
        figure = r.n2 if r.n2 is not None and self.ar else r.n1
        if prev is None or (r.n2 is not None and not self.ar) or figure.scale < CONTINUED_SCALE or \
                not (self.ar or self._continues_amount_en(r, prev)):
            return  # (English news converts amounts in brackets: "£93.6bn) from ... 1,070 trillion" is no pound)
        if isinstance(prev.value, int | float) and (figure.value * 1000 < prev.value or (
                prev.kind == "count" and figure.value > prev.value * 1000)):
            return  # a figure a thousand times smaller (or, after a count, larger) counts something else ("4.16
            # مليارات ... الصفقات 83.93 ألفا"; "1500 جندي ... 3 مليارات")
        r.kind, r.currency, r.candidates, r.counted = prev.kind, prev.currency, list(prev.currency_candidates), \
            prev.counted
        r.currency_source = prev.currency_source
        if self.ar and prev.kind == "money":
            self.in_written_subunit_ar(r, self.ex.text[prev.start:prev.end])  # (money_bare_ar: "مليار سنتيم")

    def _continues_amount_en(self, r: Reading, prev: Draft) -> bool:
        """English: a bare figure in millions or more right after an amount noun ("and fixed voice revenue of 18.2
        billion") continues the amount of its sentence before it ("52.3 billion shillings"): no bracket between
        (a conversion), nor a figure a thousand times off; without the noun a bare figure stays ("the population
        reached 8 billion")."""
        if prev.kind != "money" or r.n1.scale < 1_000_000 or prev.start < self.bounds[0] \
                or not prev.value / 1000 <= r.n1.value <= prev.value * 1000:
            return False
        k = r.start_i - 1
        noun = False
        while k >= 0 and self.toks[k].start >= prev.end:
            if self.toks[k].text in ("(", ")"):
                return False
            noun = noun or (r.start_i - k <= 3 and self.toks[k].key in self.language.amount_nouns)
            k -= 1
        return noun or self._change_to_amount_en(r, prev) or self._or_amount_en(r, prev)

    def _change_to_amount_en(self, r: Reading, prev: Draft) -> bool:
        """"trimmed the shortfall from TT$11 billion to a little over six billion": the bare figure after "to" (and a
        qualifier) in a change from an amount is the amount it changes to, in its currency."""
        data = self.language
        to_i = self._qualifier(r.n1.start_i)[1] - 1
        if to_i < 1 or self.word_key(to_i) not in data.change_connectors or self.toks[to_i - 1].end != prev.end:
            return False
        k = to_i - 1
        while k > 0 and self.toks[k].start > prev.start:
            k -= 1
        return self.word_key(k - 1) in data.range_from_words

    def paired_unit(self, r: Reading) -> None:
        """Arabic: a bare figure paired by "مقابل" with a figure that carries its unit takes it: "2ر4 مقابل 6ر4
        بالمائة" (the percent after the second), "1ر6 بالمائة مقابل 4ر5" and "بأغلبية 69 عضوا مقابل معارضة 17 فقط"
        (the percent or counted noun of the figure before, a noun between allowed), and a figure it had been
        before: "إلى 3ر6 بالمائة بعد أن بلغ 9ر11"."""
        data = self.language
        if r.n2 is not None or r.n1.is_word or not data.pair_links:
            return  # (a number word alone stays none: "بستة أهداف مقابل ثلاثة" is a score)
        k = self._past_dating_year(r.end_i)  # ("31,5 سنة 2023، مقابل 18,2% سنة 2013": each figure with its year)
        if self.word_key(k) in data.pair_links and self.tok(k + 1) is not None and self.toks[k + 1].kind == NUM:
            second = self.number_expr(k + 1)
            percent = self._percent_after(second.end_i) if second is not None and not second.scale else None
            if percent is not None:
                r.kind, r.unit = "percent", percent[1]
            return
        prev = self.last_quantity
        if prev is None or prev.kind not in PAIRED_KINDS or prev.value_high is not None or \
                self.toks[r.start_i].start - prev.end > PAIR_REACH:
            return
        k = r.start_i - 1
        before = self.word_key(k)
        link = self.word_key(k - 1)  # (also "67 سريرا بدلا من 17": what it replaces, in the same unit)
        paired = before in data.pair_links or before in data.instead_words or (before is not None and (
            link in data.pair_links or link in data.instead_words)) or (
            self._previous_value_before(k)) or \
            (prev.kind == "count" and self._count_list_part(r)) or \
            (prev.kind == "money" and self._money_list_part(r, prev))
        if paired and (prev.kind != "count" or r.n1.value == r.n1.value.to_integral_value()):
            r.kind, r.unit, r.counted = prev.kind, prev.unit, prev.counted
            r.currency, r.candidates, r.currency_source = prev.currency, list(prev.currency_candidates), \
                prev.currency_source
            if self.ar and prev.kind == "money":
                self.in_written_subunit_ar(r, self.ex.text[prev.start:prev.end])

    def _past_dating_year(self, k: int) -> int:
        """The token after a year noun and the year it names at k, and a comma after them ("سنة 2024،"), else k."""
        if not self._year_noun_at(k):  # (counts_ar)
            return k
        mark = self.tok(k + 2)
        return k + 3 if mark is not None and mark.text in COMMAS else k + 2

    def _previous_value_before(self, k: int) -> bool:
        """"بعد أن بلغ" ends at token k, or a few words of the value's own (`previous_value_fillers`, up to
        PREVIOUS_VALUE_GAP) stand between it and the figure: "إلى 1550 جنيها بعد أن كان سعره مسجلا نحو 1870"."""
        data = self.language
        for _ in range(PREVIOUS_VALUE_GAP + 1):
            key = self.word_key(k)
            if key in data.previous_value_verbs:
                return self.word_key(k - 1) in data.previous_value_links and \
                    self.word_key(k - 2) in data.previous_value_openers
            if key not in data.previous_value_fillers:
                return False
            k -= 1
        return False

    def _count_list_part(self, r: Reading) -> bool:
        """"95 ألف منصب، 41.000 بالمدن، و 54.000 بالأرياف": a whole figure in thousands written with
        separators, after a comma or و, goes on with the count before it (its parts)."""
        n1, before = r.n1, self.tok(r.start_i - 1)
        text = self.toks[n1.start_i].text
        return before is not None and (before.text in COMMAS or before.key in self.language.and_words) and \
            not n1.scale and n1.value >= CONTINUED_SCALE and n1.value == n1.value.to_integral_value() and \
            any(mark in text for mark in ".,٬")

    def _money_list_part(self, r: Reading, prev: Draft) -> bool:
        """"بلغ سعر الكيلو 42 ريالا في جدة، و45 في الرياض": a bare figure after a comma or و, with a place
        or a time after it ("في": `breakdown_prepositions`), goes on with the amount before it in the sentence when
        of its order (within tenfold): the same price elsewhere or at another time."""
        data = self.language
        n1, before = r.n1, self.tok(r.start_i - 1)
        after = self.word_key(r.end_i)
        return before is not None and (before.text in COMMAS or before.key in data.and_words) and \
            not n1.scale and not n1.parenthesized and prev.start >= self.bounds[0] and \
            isinstance(prev.value, int | float) and prev.value / 10 <= n1.value <= prev.value * 10 and \
            after in data.breakdown_prepositions

    def purpose_after_amount(self, r: Reading, k: int) -> bool:
        """Arabic: the word at k after a bare figure in millions is "لـ" + a noun with a definite noun after it ("5
        مليارات ريال للتعليم و3 مليارات لقطاع الصحة"): what the amount is for, so the figure continues the amount
        before it, not a count of "قطاع"."""
        prev, key = self.last_scaled, self.toks[k].key
        return self.ar and prev is not None and prev.kind == "money" and r.n2 is None and \
            r.n1.scale >= CONTINUED_SCALE and key.startswith("ل") and not key.startswith("لل") and \
            (self.word_key(k + 1) or "").startswith(self.language.definite_article)

    def remember_scaled(self, d: Draft, n1: NumberExpr) -> None:
        if d.kind == "count" and d.counted and d.counted.lower() in self.language.timed_nouns and \
                n1.value != n1.value.to_integral_value():
            self.ex.timed_count = d  # "in 9.95 seconds": later bare times go on with it (counts._continued_time_en)
        if d.kind in ("money", "count") and n1.scale >= CONTINUED_SCALE:
            self.last_scaled = self.ex.scaled_last = d
            if d.kind == "money":
                self.ex.scaled_money = d  # (money.earlier_amount_en: a later sentence's bare figure)
        elif d.kind == "money" and self.ar and self._scaled_figure_joined(d):
            self.last_scaled = d  # "800 ريال و1.2 ألف": the scaled figure joined by و after it is an amount too
        elif d.kind == "count" and self.last_scaled is None and self.toks[n1.start_i].start == self.dot_count_from:
            self.last_scaled = d  # a count with dots grouping thousands: bare figures so written continue it
        elif d.kind == "count" and self.ar and self._grouped_count(n1):
            self.last_scaled = d  # "1.482.391 زائرا ... نحو مليون و400 ألف قد حضروا": the same people, in millions

    def _grouped_after_grouped(self, r: Reading, prev: Draft) -> bool:
        """Bare figures in grouped digits (one, or the two of a pair) after a count so written, within a thousandfold
        of it: they go on counting its noun."""
        figures = [r.n1] if r.n2 is None else [r.n1, r.n2]
        if self.in_set(self._qualifier(r.start_i)[1] - 1, self.language.value_words):
            return False  # "بعدد 9,703,933 سهما ... بقيمة 97,039,330": a value, not more shares
        return isinstance(prev.value, int) and any(mark in self.ex.norm.text[prev.start:prev.end] for mark in
                                                   GROUP_MARKS) and \
            all(self._grouped_count(n) and prev.value / 1000 <= n.value <= prev.value * 1000 for n in figures)

    def _grouped_count(self, n1: NumberExpr) -> bool:
        """A whole count in thousands or more written in digits grouped by separators ("1.775.067", "65,834")."""
        return not n1.scale and n1.value >= CONTINUED_SCALE and n1.value == n1.value.to_integral_value() and \
            any(mark in self.toks[n1.start_i].text for mark in GROUP_MARKS)

    def _scaled_figure_joined(self, d: Draft) -> bool:
        """Right after the amount `d` come "و", a figure and a scale word ("650 ريالا و1.4 ألف للواحدة")."""
        k = next((k for k in range(self.n) if self.toks[k].start >= d.end), self.n)
        figure = self.tok(k + 1)
        return self.word_key(k) in self.language.and_words and figure is not None and figure.kind == NUM and \
            self.word_key(k + 2) in self.language.scales
