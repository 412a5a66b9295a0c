"""Quantities: a number (or a range of two) with what follows it: percent, money, a measure, an age, a ratio or
the noun it counts, and the qualifier before it. What a figure counts or measures: count_or_measure.py (a base);
a range's second number: ranges.py. The not-claim checks that need the reading live in
claims/rules/not_claims/figures.py and scores.py."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.marks import AGE_UNITS, CLOSING_QUOTES, OPENING_QUOTES
from claims.engine.types import NOTHING, WORD, Draft, Reading, Skip, number_value
from claims.languages import Currency
from claims.rules.count_or_measure import CountOrMeasureRules
from claims.rules.percent import BASIS_POINT
from claims.rules.quantity_en import QuantityRulesEn

# (closing, opening) marks that set a figure off before its unit; writers type the right curly quote on both sides too
# (”9” حالات)
_QUOTE_PAIRS = frozenset({(")", "("), ('"', '"'), ("»", "«"), ("”", "“"), ("”", "”")})
_SIGNED_KINDS = frozenset({"number", "percent", "money"})  # kinds a written minus sign makes negative


class QuantityRules(QuantityRulesEn, CountOrMeasureRules):
    """Quantities."""

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        found = self.phrase_before(i, self.language.qualifiers)
        if found is None:
            # Trailing qualifier: "98% تقريبا" is rarer; "or so" ignored.
            return None, i
        return found

    def _is_change(self, i: int) -> bool:
        verbs = self.language.change_verbs  # (a tuple: str.startswith tries each verb in C)
        for k in range(max(0, i - 6), i):
            t = self.toks[k]
            if t.kind == WORD and (t.key.startswith(verbs) or (self.ar and t.key[1:].startswith(verbs))):
                return True  # (in Arabic, maybe after a one-letter proclitic)
        return False

    def quantity(self, i: int) -> list[Draft] | Skip | None:
        n1 = self.number_expr(i)
        if n1 is None:
            return self._without_figure(i)
        # scaled parts in a row: "7 مليارات 215 مليونا", "Rs 5 billion 40 crore" (numbers/compound_ar.py, _en.py)
        (self._join_scaled_parts if self.ar else self.join_scaled_parts_en)(n1)
        # "1 in 5"; "took five for 78", "19 for five", "79 for the second wicket" (numbers/cricket_en.py)
        share = self._ratio_before(i, n1) or (None if self.ar else self.cricket_figures_en(n1))
        if share is not None:
            return share
        start_i = n1.start_i
        cur_before = self._currency_before(i if n1.start_i == i or self.toks[n1.start_i].text != "." else i - 1)
        if cur_before is not None:  # ("$.75": past the point a decimal with no whole opens with)
            start_i = cur_before[1]
        # counts_en.py: a tail after the figure ("80-odd caps", "200-plus banks") when none stands before
        qualifier = self._qualifier(start_i)[0] or self._tail_qualifier(n1.end_i)
        j = n1.end_i
        after = self.tok(j)
        if after is not None and after.kind == WORD and self.glued(j) and after.key in self.language.ordinal_suffixes \
                and not self.ar:
            return Skip(j + 1)  # "17th game": a rank, not a quantity
        second = self._second_number(n1, j, start_i, qualifier)
        if isinstance(second, Skip):
            return second
        n2, connector = second
        if n2 is not None and connector == "-":
            skip = self._score_after_range(n1, n2)
            if skip is not None:
                return skip
        reading = Reading(n1, n2, connector, start_i, n2.end_i if n2 is not None else n1.end_i)
        # counts_en.py: "the two men", "the two sides" refer to a group named before: no claim; money_ar.py: "مقابل
        # كل 100 دولار" is the rate's basis
        if not self._read_unit(reading, cur_before) or (self.rate_basis_ar(reading) if self.ar else (
                self._refers_back_en(reading) or self.rate_basis_en(reading) or self.package_basis_en(reading))):
            return None  # (each language's readings only)
        skip = self._read_but_no_claim(reading, start_i)
        if skip is not None:
            return skip
        self.money_tails(reading)  # "20 dollars 43 cents"; "between 10 dollars and 20 dollars" (money.py, lists.py)
        self.money_part_before_ar(reading)  # "41 مليار دولار، منها 17 مليارا مودعة" (money_bare_ar.py)
        if reading.kind == "number" and reading.unit is None and self.last_scaled is not None:
            self.continued(reading)  # "... 120 مليونا" after "300 مليون ريال": the same currency
        if not self.ar:
            self.bare_readings_en(reading)  # quantity_en.py: "39 million TEUs ... at 35.3 million", "sum of 18.5 crore"
        elif reading.kind == "number" and reading.unit is None:
            self._bare_figure_ar(reading)
        else:
            self.unit_and_fraction_ar(reading)  # "7 سنوات ونصف السنة": 7.5 (counts_measure_one_ar.py)
            self.below_zero_ar(reading)  # "5 درجات تحت الصفر": -5 (counts_measure_one_ar.py)
        self.percent_forms_ar(reading)  # "%46,6": the sign typed first; "7% (+-2)" (rules/percent.py)
        if reading.kind == "number" or reading.n1.parenthesized:  # (what every not-a-figure check needs)
            not_figure = self._not_a_figure(i, reading)
            if not_figure is not None:
                return None if not_figure is NOTHING else not_figure
        return self._with_currency_source(self._quantity_drafts(reading, qualifier), reading)

    def _read_but_no_claim(self, reading: Reading, start_i: int) -> Skip | None:
        """A figure read with its unit that is no claim, skipped whole: an Arabic banknote named by its value ("ورقة
        نقدية من فئة 200 جنيه", money_ar.py), an English band of use a tariff prices ("Between 50 and 200 kilowatt
        hours, households pay $9", package_basis_en.py)."""
        if self.ar:
            return Skip(reading.end_i) if reading.kind == "money" and self.denomination_ar(start_i) else None
        return Skip(reading.end_i) if self.price_band_en(reading) else None

    def _without_figure(self, i: int) -> list[Draft] | None:
        """A quantity at the word at i that opens no figure: counts_en.py "twice the figure", numbers/words.py "only
        one showed", counts_one_en.py "more than an inch of hail", counts_dual_ar.py "أي ضعف". (A reading of one
        language is asked in that language only: it answers None at once in the other, at most anchor words.)"""
        if self.ar:  # ("تضاعفت أسعار الخبز": multiple_verbs_ar.py)
            return self._one_after_currency(i) or self.one_after_measure_ar(i) or self.multiple_alone_ar(i) or \
                self.multiple_verb_ar(i)
        return self._multiple_adverb_en(i) or self._lone_one_en(i) or self._fold_multiple(i) or \
            self.qualified_lone_measure_en(i) or self.qualified_period_en(i)  # ("in less than an hour")

    def _bare_figure_ar(self, r: Reading) -> None:
        """A bare Arabic figure takes the unit of the figure it is paired with ("2ر4 مقابل 6ر4 بالمائة", "69 عضوا
        مقابل معارضة 17": rules/lists.py), else the kind the word before decides ("بمقتل 13 وإصابة 21": people;
        "بنسبة 0.38": a percent; rules/counts_ar.py)."""
        self.paired_unit(r)
        if r.kind == "number" and r.unit is None:
            self.price_list_item_ar(r)  # "الخيار 45، والبطاطا 25 قرشا" after "30 قرشا" (money_lists_ar.py)
        if r.kind == "number" and r.unit is None:
            self.bare_amount_ar(r)  # "تكلفته بحوالي 340 مليونا" (money_bare_ar.py)
        if r.kind == "number" and r.unit is None and (kind := self._bare_kind_ar(r)):
            r.kind = kind
        if r.kind == "number" and r.unit is None and (self.implied_count_ar(r) or self.other_count_ar(r) or
                                                       self.compound_tally_ar(r)):
            r.kind = "count"  # "تقدم 15365 طالبا، وحضر 15355" (counts_implied_ar.py), "و4 أخرى" (counts_other_ar.py),
            # "56 ألفا و479" after a count (counts_compound_ar.py)

    def _read_unit(self, r: Reading, cur_before: tuple[Currency, int] | None) -> bool:
        """What follows the number(s): percent, money, a measure, an age, a ratio or a counted noun (False: a
        currency word that needs a figure stands after a bare number word, no claim)."""
        close = self.tok(r.end_i)
        n1 = r.n1
        opener = self.toks[n1.start_i - 1].text if n1.start_i > 0 else ""
        if close is not None and opener and not n1.parenthesized and (
                (close.text in ")]" and opener in "([" and (self._percent_after(r.end_i + 1) or self._measure_after(
                    r.end_i + 1) or self._currency_after(r.end_i + 1))) or
                (close.text in CLOSING_QUOTES and opener in OPENING_QUOTES and self._currency_after(r.end_i + 1))
                or (self.ar and (close.text, opener) in _QUOTE_PAIRS and self._counted_after(r.end_i + 1, n1))):
            # "(32-48) كلغ", «25» دينارا, "400" ريال: the unit after the closing bracket or quote applies to the
            # figures inside; so does an Arabic counted noun ("(8) صور", “1550” بلاغا).
            r.start_i = min(r.start_i, n1.start_i - 1)
            r.end_i += 1
        percent = self._percent_after(r.end_i) or self._point_fraction_digits(r)
        if percent is not None:
            r.kind, r.end_i, r.unit = "percent", percent[0], percent[1]
            if r.unit == BASIS_POINT:  # "50 basis points" claims a 0.5-point move: the value a fact is kept in
                r.unit = "percentage point"
                r.divide_bounds(100)
            return True
        if self._fold_after(r.end_i):  # "a 10-fold rise", "up four-fold": a multiple
            r.kind, r.end_i, r.unit = "number", r.end_i + 2, "times"
            return True
        cur_after = self._currency_after(r.end_i)
        if cur_after is not None and cur_before is not None and cur_after[0].divisor != 1 and \
                cur_before[0].divisor == 1 and not self.ar and r.n2 is None and 0 < n1.value < 1:
            r.end_i, cur_after = cur_after[1], None  # "TT$0.50 cents": the sign names the unit, cents repeat it
        if cur_after is not None and self._weighs(r, cur_after[1]):
            r.kind, r.end_i, r.unit = "number", cur_after[1], "lb"  # "1,392 pounds per acre": a weight
            return True
        subunit = self._subunit_alone(r.end_i, cur_after, cur_before)
        if subunit is not None:  # "eight sen", "50 pesewas": a hundredth named alone is a unit, as pence
            r.kind, r.end_i, r.unit = "number", subunit[1], subunit[0]
            return True
        if cur_after is not None:
            cur, end_i, code = cur_after
            if cur.needs_number and n1.is_word and not n1.scale:
                return False
            r.end_i = end_i
            self._read_money(r, cur, code)
        elif cur_before is not None:
            self._read_money(r, cur_before[0], None)
        else:
            self._read_count_or_measure(r)
        return True

    def _fold_multiple(self, i: int) -> list[Draft] | None:
        """English: "a fivefold rise", "more than tenfold", "one hundredfold": a multiple in one word
        (`fold_multiples`), a number with unit "times" as "six times as much" is; "one" before it is part of it."""
        data = self.language
        t = self.toks[i]
        if t.key not in data.fold_multiples:
            return None
        stem = t.key[:-len("fold")]
        value = data.units.get(stem) or data.tens.get(stem) or data.hundreds.get(stem) or data.scales.get(stem)
        if value is None:
            return None
        first = i - 1 if self.word_key(i - 1) in data.units and data.units[self.word_key(i - 1) or ""] == 1 else i
        qualifier, _ = self._qualifier(first)
        return [Draft("number", self.toks[first].start, t.end, value=number_value(Decimal(value)), unit="times",
                      qualifier=qualifier)]

    def _fold_after(self, j: int) -> bool:
        """English: "-fold" glued after the figure ending before token j ("10-fold", "four-fold")."""
        if self.ar or not 0 < j < self.n - 1 or self.toks[j].text != "-":  # (the cheap tests first)
            return False
        return self.glued(j) and self.toks[j + 1].key == "fold" and self.glued(j + 1)

    def _point_fraction_digits(self, r: Reading) -> tuple[int, str | None] | None:
        """English: "0.3 of a percentage point", "0,4 of a percentage point": a fraction of one point in digits is
        that many points (as "a fifth of a percentage point", rules/share_points.py)."""
        data = self.language
        j = r.end_i
        if self.ar or r.n2 is not None or not 0 < r.n1.value < 1 or self.word_key(j) not in data.fraction_links or \
                self.word_key(j + 1) not in data.article_words:
            return None
        found = self._percent_after(j + 2)
        return found if found is not None and found[1] is not None else None

    def _read_money(self, r: Reading, cur: Currency, code: str | None) -> None:
        r.kind = "money"
        if code is None and self.conversion_dollar_en(r, cur):  # "HK$6 billion ($0.77 billion)" (money.py)
            code, r.currency_source = "USD", "context"
        elif code is None:
            code, r.candidates, r.currency_source = self.ex.resolve_currency(cur, self.bounds,
                                                                             self.toks[r.start_i].start)
        else:
            r.currency_source = "explicit"  # an adjective names it: "ريال سعودي", "Egyptian pounds"
        r.currency = code
        if not self.ar and cur.candidates:
            self.rate_band_currency_en(r, cur)  # "$52 million (Shs190 billion)": 3,654 a dollar, UGX (money_en.py)
        if self.ar and r.n2 is None and r.n1.scale:
            r.end_i = self._money_tail(r.n1, r.end_i, cur)
        if self.ar:
            self.amount_checks_ar(r, cur)  # "2.483 مليون درهم (676 مليون دولار)" (money_ar.py)
        if (divisor := cur.divisor_for(r.n1.value)) != 1:
            # "50 cents", "50 سنتا": a subunit, the value is in the currency's units
            r.divide_bounds(divisor)

        # "368 371 t": a unit may follow that is not read as one

    def _quantity_drafts(self, r: Reading, qualifier: str | None) -> list[Draft]:
        """The claim; or two claims for a change from one figure to another ("rose from 10 to 15%")."""
        n1, n2, start_i = r.n1, r.n2, r.start_i
        sign = self._minus_before(start_i)
        changes = n2 is not None and self.changes_to(r.connector)
        # (no age has a sign: "nine months -15 years" is a dash)
        if sign is not None and r.kind in _SIGNED_KINDS and (n2 is None or changes) and r.unit not in AGE_UNITS:
            start_i = sign  # "-$54bn", "from -3.1% to 2%"; a range's "-" is read by the range, not here
            n1.value = -n1.value
        span_start = self.toks[start_i].start
        span_end = self.toks[r.end_i - 1].end
        if changes and (self._is_change(start_i) or n2.value < n1.value):
            # "rose from 10 to 15%": two figures, not a range; nor is a pair going down ("a 55 to 45 percent split")
            first_end = n1.end_i
            if self.tok(first_end) is not None and self.toks[first_end].text == "%":
                first_end += 1  # "up 0.3% to 5.2%"
            first = Draft(r.kind, span_start, self.toks[first_end - 1].end, value=number_value(n1.value),
                          currency=r.currency, currency_candidates=list(r.candidates), counted=r.counted, unit=r.unit,
                          qualifier=qualifier)
            k2 = n2.start_i
            if k2 > 0 and self.toks[k2 - 1].text in self.language.currency_symbols:
                k2 -= 1
            sign2 = self._minus_before(k2) if r.kind in _SIGNED_KINDS else None
            if sign2 is not None and n2.value > 0:  # "to -$55bn": the second figure's own written sign
                k2 = sign2
                n2.value = -n2.value
            second = Draft(r.kind, self.toks[k2].start, span_end, value=number_value(n2.value), currency=r.currency,
                           currency_candidates=list(r.candidates), counted=r.counted, unit=r.unit)
            return [first, second]
        high = number_value(n2.value) if n2 is not None else None
        draft = Draft(r.kind, span_start, span_end, value=number_value(n1.value), value_high=high,
                      currency=r.currency, currency_candidates=r.candidates, counted=r.counted, unit=r.unit,
                      qualifier=qualifier)
        self.remember_scaled(draft, n1)
        self.last_quantity = draft
        if draft.kind == "money":
            self.last_money = draft
            if (after := self.tok(r.end_i)) is not None and after.text == "(":
                self.money_before_bracket = draft  # "4.3bn rupees ($98m)" (money_bare_en.compared_amount_en)
        return [draft]
