"""Lists and ranges of figures that share the unit written after the last one (issue 14, class 2).

- A list joined by "و"/"and"/"or" (commas before the last joiner) gives one claim per item, each with the unit,
  currency, age or counted noun of the last: "بأسعار 15 و30 و45 و200 باوند" -> four amounts, "أعمارهم 3 و5 و9
  سنوات" -> three ages, "900 and 300 jobs" -> two counts. A scale word on the last item applies to the earlier ones
  ("3 و5 ملايين دولار"). Without a unit after the last item nothing is distributed (goal minutes, article numbers
  and years in a row stay what the other rules make of them).
- A range whose first figure looks like a year ("بين 2000 و3000 ريال", "من 1500 إلى 2500 دولار") is read as a
  quantity before the date rules can take its first figure for a year, when money, a percent or a measure follows.
- A bare scaled figure after an amount or a count of the same window continues it ("5.6 مليون إسترليني، ثم ... 23
  مليونًا" -> GBP; "75 مليون سهم ... 50.54 مليونا" -> shares): `continued`.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading, number_value
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like

MAX_ITEMS = 12
# A bare figure in thousands or more continues the last amount or count ("مليون و100 ألف سائح ... 500 ألف").
CONTINUED_SCALE = 1_000
STRONG_KINDS = frozenset({"money", "percent"})  # what a year-like first figure needs after it to be a quantity
PAIRED_KINDS = frozenset({"money", "percent", "count"})  # what a bare figure paired with one takes from it
GROUP_MARKS = (".", ",", "٬", "،")  # thousands separators in digits ("1.775.067", "١٬٢٣٤")
PAIR_REACH = 80  # characters between a figure and the bare one paired with it ("54 عضوا من المجلس مقابل معارضة 11")


class ListRules(Cursor):
    """Lists and ranges sharing one unit."""

    def unit_list(self, i: int) -> list[Draft] | None:
        """Claims of a list or range starting at the number at i whose unit follows its last figure, or None
        (then the usual rules run). Called before the date rules, only when a joiner and a number follow i."""
        data = self.language
        first = self.number_expr(i)
        if first is None or first.scale or first.is_word:
            return None
        before = self.tok(i - 2)
        if before is not None and before.kind != WORD and self.list_follows(i - 2):
            return None  # the middle of a list whose head another rule took ("المواد 12 و13 و14"; not "إلى 97 و75"
            # after a word: "إلى" joins a range only after a figure)
        items, joiners = self._list_items(first)
        if len(items) < 2 or self.cents_after_amount(i, items):
            return None  # (money.py: "Rs. 665 and 69 cents" is one amount)
        last = items[-1]
        reading = Reading(last, None, None, items[0].start_i, last.end_i)
        if not self._read_unit(reading, None) or (reading.kind == "number" and reading.unit is None):
            return None
        if reading.kind == "number" and self.word_key(reading.end_i) in data.price_item_links and \
                self.tok(reading.end_i + 1) is not None and self.toks[reading.end_i + 1].kind == NUM:
            return None  # "2kg at 150 and 5kg at 360": the measure opens the next item of a price list
        if reading.kind == "percent" and self._currency_before(i) is not None:
            return None  # "down $52.40 or 3.18%": the sign makes the first an amount; the unit after is the last's
        # (not _count_behind_share, its twin: that one makes the figure a count, so it takes a count base only;
        # here a count or an amount behind the share alike keeps the share's unit off the first figure)
        if reading.kind == "percent" and not self.ar and len(items) == 2 and joiners[0] in data.or_words and \
                (self._count_then_share(items[0], last) or self._figure_behind_share(items[0], last)) and \
                self._count_share_context(items[0], reading.end_i):
            return None  # "12,400 or 31 per cent of pupils": the count (or amount) behind the share, then the share
        if reading.kind == "count" and self.word_key(last.end_i) in data.partitive_words:
            return None  # "البندين 4 و5 من الاتفاق": a noun after من is too weak to share
        has_year = any(year_like(x, CALENDAR_YEARS) for x in items) and not self._falling_counts(items, reading, i)
        if has_year and ((reading.kind not in STRONG_KINDS and reading.unit in (None, "years old")) or last.scale
                          or len({len(x.plain_digits or "") for x in items}) > 1):
            # "في 2014 و2015 شهدت": years; "من 2016 إلى 2.716 مليون درهم", "in 2017 and 3% in 2018": a year,
            # then a figure of its own
            return None
        connector = joiners[0]
        between = self.in_set(i - 1, data.range_openers) or self.word_key(i - 1) in data.between_words
        if len(items) == 2 and connector not in COMMAS and connector not in data.or_words and \
                (connector not in data.and_words or between):
            # a range ("من 1500 إلى 2500 دولار", "بين 2000 و3000 ريال"): the quantity rules read it, once the
            # date rules have been kept from taking its first figure for a year.
            return self.quantity(i) if has_year else None
        if any(j not in data.and_words and j not in data.or_words for j in joiners[-1:]) or \
                any(j not in COMMAS and j not in data.and_words and j not in data.or_words for j in joiners):
            return None
        return self._list_drafts(items, reading)

    @staticmethod
    def _count_then_share(first: NumberExpr, share: NumberExpr) -> bool:
        """"12,400 or 31 per cent", "418 or 12.6 per cent", "86 or seven per cent": a whole figure, "or", then a
        share well below it (a decimal below it, or at most half of it) is the count the share measures; two
        alternatives are written close and rising ("10 or 15 per cent", "five or six per cent")."""
        whole = first.value == first.value.to_integral_value()
        return whole and first.value > share.value and (
            share.value != share.value.to_integral_value() or first.value >= 2 * share.value)

    def _count_behind_share(self, first: NumberExpr, share: NumberExpr) -> bool:
        """`_count_then_share`, or a whole figure below its share that is that share of another figure of the
        sentence ("21 from 30 last year, a drop of 9 or 30%": 9 is 30% of 30), as a base under 100 makes it; a
        count unless an amount or a rate stands before that base (`_figure_behind_share`). (unit_list takes an amount
        base too: the comment there says why.)"""
        return self._count_then_share(first, share) or self._figure_behind_share(first, share) == "count"

    def _figure_behind_share(self, first: NumberExpr, share: NumberExpr) -> str | None:
        """For a whole figure below its share that is that share of another figure of the sentence: "count", or
        "amount" when a word of `amount_nouns` or `subject_not_counted` (or its singular) stands before that base
        ("the budget fell to 12 from 20, a cut of 8 or 40%", "the rate fell ...": a change of an amount or a rate,
        a number); else None."""
        if first.value != first.value.to_integral_value() or share.value <= first.value:
            return None
        data = self.language
        lo, hi = self.bounds
        for m, t in enumerate(self.toks):  # (only for a whole figure, "or" and a larger share: rare)
            if t.kind == NUM and lo <= t.start < hi and t.text.replace(",", "").isdigit():
                base = Decimal(t.text.replace(",", ""))
                if base > first.value and abs(first.value * 100 / base - share.value) < 1:
                    amount = any(u.key in data.amount_nouns or u.key in data.subject_not_counted or
                                 u.key + "s" in data.subject_not_counted for u in self.toks[:m] if u.start >= lo)
                    return "amount" if amount else "count"
        return None

    def count_before_share(self, first: NumberExpr) -> bool:
        """English: a bare whole figure before "or" and a share it is the count of ("murders rose by 16 or 2.3 per
        cent"; quantity._implied_count)."""
        if self.ar or self.word_key(first.end_i) not in self.language.or_words:
            return False
        share = self.number_expr(first.end_i + 1)
        unit = share and self._percent_after(share.end_i)
        return share is not None and unit is not None and self._count_behind_share(first, share) and \
            self._count_share_context(first, unit[0])

    def _count_share_context(self, first: NumberExpr, share_end: int) -> bool:
        """A whole up to 100 could be a rate itself ("tariffs of 20 or 10 per cent", "rates of 6 or 3 per cent": two
        alternatives): it is the count behind the share only after a change ("fell by 95", "a decline of 52") or
        with a comparison after the share ("41 or 12 per cent higher"). Above 100 no rate is meant."""
        data = self.language
        if first.value > 100 or "," in self.toks[first.start_i].text:
            return True
        before = self.word_key(first.start_i - 1)
        if before in data.share_by_links or self.word_key(share_end) in data.share_comparison_words:
            return True
        change = self.word_key(first.start_i - 2)
        return before in data.share_links and change is not None and (
            change in data.amount_change_nouns or change in data.subject_change_verbs)

    def _list_items(self, first: NumberExpr) -> tuple[list[NumberExpr], list[str]]:
        """The figures joined after `first` and the joiners between them (a scaled item ends the list)."""
        data = self.language
        items, joiners = [first], []
        k = first.end_i
        while len(items) < MAX_ITEMS:
            t, nt = self.tok(k), self.tok(k + 1)
            if len(items) > 1 and t is not None and t.text == "," and nt is not None and nt.kind == WORD and \
                    not self.ar and (nt.key in data.and_words or nt.key in data.or_words) and \
                    all(j in COMMAS for j in joiners):
                k += 1  # "27, 24, and 19 percent": the serial comma before the last item (not "18 and 24, and 19%")
                t, nt = nt, self.tok(k + 1)
            at = k + 1
            if first.parenthesized and nt is not None and nt.text == "(":
                at, nt = k + 2, self.tok(k + 2)  # "بواقع (412) و(287) و(156) مراجعا": each figure in brackets
            if t is None or nt is None or not (nt.kind == NUM or (  # "across 12, 8, five and three villages"
                    not self.ar and nt.kind == WORD and nt.key in data.number_words and nt.key not in data.scales)):
                break
            joiner = t.text if t.kind == SYM else t.key
            if joiner not in COMMAS and joiner not in data.and_words and joiner not in data.or_words and \
                    joiner not in data.range_connectors and joiner != "-":
                break
            if items[-1].scale:
                break  # "2 مليون و300 ألف": a compound figure, not a list
            nxt = self.number_expr(at)
            if nxt is None or nxt.parenthesized != first.parenthesized:
                break
            items.append(nxt)
            joiners.append(joiner)
            k = nxt.end_i
            if joiner not in COMMAS and joiner not in data.and_words and joiner not in data.or_words:
                break  # a range has two ends
        return items, joiners

    def _falling_counts(self, items: list[NumberExpr], r: Reading, i: int) -> bool:
        """"1500 و1404 رحلات": figures falling in a list before a counted noun, no year cue before them, are counts
        (years are listed rising: "في 2014 و2015 شهدت")."""
        return r.kind == "count" and all(a.value > b.value for a, b in pairwise(items)) and \
            not self.in_set(i - 1, self.language.year_cues)

    def _list_drafts(self, items: list[NumberExpr], r: Reading) -> list[Draft]:
        last = r.n1
        qualifier, _ = self._qualifier(items[0].start_i)
        drafts = []
        divisor = self.subunit_divisor(last.end_i) if r.kind == "money" else 1
        for k, item in enumerate(items):
            value = item.value
            if item is not last and last.scale and not item.scale and value < last.raw * 1000:
                value *= last.scale  # "3 و5 ملايين": the scale is shared
            if item is not last and divisor != 1:
                value /= divisor  # "rose 35 and 40 cents": both in cents (money.py)
            start_i = r.start_i if k == 0 else item.start_i
            end_i = r.end_i if item is last else item.end_i
            drafts.append(Draft(r.kind, self.toks[start_i].start, self.toks[end_i - 1].end,
                                value=number_value(value), currency=r.currency,
                                currency_candidates=list(r.candidates), currency_source=r.currency_source,
                                counted=r.counted, unit=r.unit, qualifier=qualifier if k == 0 else None))
        return drafts

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
        hyphen ("3-to-4%", "2-to-3 percent": 2), else 0."""
        nxt = self.tok(k + 1)
        if self.ar or self.word_key(k) not in self.language.range_connectors or nxt is None or nxt.text != "-" or \
                not (self.glued(k) and self.glued(k + 1) and self.glued(k + 2)):
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
        if prev is None or r.n2 is not None or r.n1.scale < CONTINUED_SCALE or \
                not (self.ar or self._continues_amount_en(r, prev)):
            return  # (English news converts amounts in brackets: "£93.6bn) from ... 1,070 trillion" is no pound)
        if isinstance(prev.value, int | float) and (r.n1.value * 1000 < prev.value or (
                prev.kind == "count" and r.n1.value > prev.value * 1000)):
            return  # a figure a thousand times smaller (or, after a count, larger) counts something else ("4.16
            # مليارات ... الصفقات 83.93 ألفا"; "1500 جندي ... 3 مليارات")
        r.kind, r.currency, r.candidates, r.counted = prev.kind, prev.currency, list(prev.currency_candidates), \
            prev.counted
        r.currency_source = prev.currency_source

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
        k = r.end_i
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
            before in data.previous_value_verbs and self.word_key(k - 1) in data.previous_value_links and
            self.word_key(k - 2) in data.previous_value_openers) or \
            (prev.kind == "count" and self._count_list_part(r)) or \
            (prev.kind == "money" and self._money_list_part(r, prev))
        if paired and (prev.kind != "count" or r.n1.value == r.n1.value.to_integral_value()):
            r.kind, r.unit, r.counted = prev.kind, prev.unit, prev.counted
            r.currency, r.candidates, r.currency_source = prev.currency, list(prev.currency_candidates), \
                prev.currency_source

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

    def list_follows(self, i: int) -> bool:
        """Cheap test before unit_list: a joiner, then a number, right after the digits at i (or both in brackets)."""
        t, nt = self.tok(i + 1), self.tok(i + 2)
        if t is not None and t.text == ")" and nt is not None and (after := self.tok(i + 3)) is not None and \
                after.text == "(":
            t, nt = nt, self.tok(i + 4)  # "(375) و(346)"
        if t is None or nt is None or nt.kind != NUM:
            return False
        data = self.language
        key = t.text if t.kind == SYM else t.key
        return key in COMMAS or key in data.and_words or key in data.or_words or key in data.range_connectors \
            or key == "-"
