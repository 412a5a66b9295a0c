"""Quantities: a number (or a range of two) with what follows it: percent, money, a measure, an age, a ratio or
the noun it counts, and the qualifier before it. The not-claim checks that need the reading live in
claims/rules/not_claims/figures.py and scores.py."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.marks import CLOSING_QUOTES, OPENING_QUOTES
from claims.engine.types import NOTHING, NUM, SYM, WORD, Draft, NumberExpr, Reading, Skip, number_value
from claims.languages import Currency
from claims.rules.percent import BASIS_POINT
from claims.rules.quantity_en import QuantityRulesEn

_QUOTE_PAIRS = frozenset({(")", "("), ('"', '"'), ("»", "«"), ("”", "“")})
# A whole unit's part written after it with و ("174 مترا و98 سنتيمترا"): the part's unit and parts per whole
_PART_UNITS = {"m": ("cm", 100), "t": ("kg", 1000), "kg": ("g", 1000), "km": ("m", 1000)}
_SIGNED_KINDS = frozenset({"number", "percent", "money"})  # kinds a written minus sign makes negative


class QuantityRules(QuantityRulesEn):
    """Quantities."""

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        found = self.phrase_before(i, self.language.qualifiers)
        if found is None:
            # Trailing qualifier: "98% تقريبا" is rarer; "or so" ignored.
            return None, i
        return found

    def _is_change(self, i: int) -> bool:
        verbs = self.language.change_verbs
        for k in range(max(0, i - 6), i):
            t = self.toks[k]
            if t.kind != WORD:
                continue
            key = t.key
            for v in verbs:
                if key.startswith(v) or (self.ar and len(key) > len(v) and key[1:].startswith(v)):
                    return True
        return False

    def quantity(self, i: int) -> list[Draft] | Skip | None:
        n1 = self.number_expr(i)
        if n1 is None:
            # counts_en.py: "twice the figure"; numbers/words.py: "only one showed"
            return self._one_after_currency(i) or self.one_after_measure_ar(i) or self._multiple_adverb_en(i) or \
                self._lone_one_en(i) or self._fold_multiple(i) or self.multiple_alone_ar(i)  # "أي ضعف"
        if self.ar:
            self._join_scaled_parts(n1)
        # "1 in 5"; "took five for 78", "19 for five", "79 for the second wicket" (numbers/cricket_en.py)
        share = self._ratio_before(i, n1) or self.cricket_figures_en(n1)
        if share is not None:
            return share
        start_i = n1.start_i
        cur_before = self._currency_before(i)
        if cur_before is not None:
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
        if not self._read_unit(reading, cur_before) or self._refers_back_en(reading) or \
                self.rate_basis_ar(reading) or self.rate_basis_en(reading):
            return None
        self.money_tails(reading)  # "20 dollars 43 cents"; "between 10 dollars and 20 dollars" (money.py, lists.py)
        if reading.kind == "number" and reading.unit is None and self.last_scaled is not None:
            self.continued(reading)  # "... 120 مليونا" after "300 مليون ريال": the same currency
        if not self.ar:
            self.bare_readings_en(reading)  # quantity_en.py: "39 million TEUs ... at 35.3 million", "sum of 18.5 crore"
        elif reading.kind == "number" and reading.unit is None:
            self._bare_figure_ar(reading)
        else:
            self.unit_and_fraction_ar(reading)  # "7 سنوات ونصف السنة": 7.5 (counts_one_ar.py)
            self.below_zero_ar(reading)  # "5 درجات تحت الصفر": -5 (counts_one_ar.py)
        self.percent_forms_ar(reading)  # "%46,6": the sign typed first; "7% (+-2)" (rules/percent.py)
        if reading.kind == "number" or reading.n1.parenthesized:  # (what every not-a-figure check needs)
            not_figure = self._not_a_figure(i, reading)
            if not_figure is not None:
                return None if not_figure is NOTHING else not_figure
        return self._with_currency_source(self._quantity_drafts(reading, qualifier), reading)

    def _bare_figure_ar(self, r: Reading) -> None:
        """A bare Arabic figure takes the unit of the figure it is paired with ("2ر4 مقابل 6ر4 بالمائة", "69 عضوا
        مقابل معارضة 17": rules/lists.py), else the kind the word before decides ("بمقتل 13 وإصابة 21": people;
        "بنسبة 0.38": a percent; rules/counts_ar.py)."""
        self.paired_unit(r)
        if r.kind == "number" and r.unit is None:
            self.price_list_item_ar(r)  # "الخيار 45، والبطاطا 25 قرشا" after "30 قرشا" (money_lists_ar.py)
        if r.kind == "number" and r.unit is None and (kind := self._bare_kind_ar(r)):
            r.kind = kind
        if r.kind == "number" and r.unit is None and (self.implied_count_ar(r) or self.other_count_ar(r)):
            r.kind = "count"  # "تقدم 15365 طالبا، وحضر 15355" (counts_implied_ar.py), "و4 أخرى" (counts_other_ar.py)

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
        elif t is not None and t.kind == WORD and t.key in data.range_connectors:
            k = self.bound_after_qualifier(j + 1)  # (lists.py)
            if self.tok(k) is not None and self.toks[k].text in data.currency_symbols:
                k += 1
            n2 = self.number_expr(k)
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
        elif (tatweel := self.tatweel_range_second_ar(n1, j)) is not None:
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
        dash, fold = self.tok(j), self.tok(j + 1)
        return not self.ar and dash is not None and dash.text == "-" and self.glued(j) and fold is not None and \
            fold.key == "fold" and self.glued(j + 1)

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
        if cur.divisor != 1 and not (cur.below_one_in_whole_unit and r.n1.value < 1):
            # "50 cents", "50 سنتا": a subunit, the value is in the currency's units
            r.divide_bounds(cur.divisor)

    def _read_count_or_measure(self, r: Reading) -> None:
        measure = self.barrels_a_day_en(r) or self._measure_after(r.end_i) or \
            self.partitive_measure_ar(r.end_i) or self._more_measure_en(r.end_i)  # "40.46 mb/d" (counts_en.py),
        # "10 ملايين من الأمتار", "36 more runs"
        if measure is not None and r.n1.scale and self.in_set(r.end_i, self.language.unscaled_units):
            measure = None  # "16 ألف عقدة": thousands of nodes, no speed in knots
        if measure is not None and self.in_set(measure[1], self.language.unit_thing_adjectives):
            measure = None  # "28 برميلا متفجرا": barrel bombs are counted, not a volume
        age_end = self._age_end(r.start_i, r.end_i)
        if age_end is None and self.ar:
            age_end = self.age_end_ar(r.start_i, r.end_i)  # "في الـ(85) من عمرها" (counts_implied_ar.py)
        ratio = self._ratio(r.n1, r.n2, r.end_i)
        if ratio is not None:
            r.kind, r.unit, r.end_i = "percent", "ratio", ratio[1]
            r.n1 = NumberExpr(ratio[0], r.n1.start_i, r.n1.end_i)
            r.n2 = None
        elif age_end is not None:
            r.unit, r.end_i = self.age_unit(r.end_i, age_end), age_end
        elif measure is not None:
            r.unit, r.end_i = measure
            self.daily_barrels_slip_en(r)  # quantity_en.py: "1,482 million barrels per day" is 1.482 million
            if self.ar and r.unit in _PART_UNITS and r.n2 is None:
                self._part_after(r)
        elif (unit := self.unit_before(r.n1.start_i)) is not None:
            r.unit = unit  # counts.py: "a magnitude 6.6 quake"
        elif self._multiple_en(r) or self._multiple_ar(r):  # counts_en/_ar.py: "six times as much": a multiple
            pass
        else:
            found = self._counted_noun_after(r)
            if found is not None and self.purpose_after_amount(r, found[0]):
                found = None  # "... و3 مليارات لقطاع الصحة" after an amount: the sector, not what is counted
            if found is None:
                noun = self._partitive_noun(r)  # "12 of their 14 games": counted, the span stays the number's
                if noun is not None:
                    r.kind, r.counted = "count", self._original_text(noun)
            elif self._rate_per_en(r, found):
                r.unit, r.end_i = f"{self.toks[found[0]].key} per", found[1]  # "185.6 cases per 100,000": a rate
            else:
                r.kind = "count"
                r.counted = self._original_text(found[0])
                r.end_i = found[1]

    def _part_after(self, r: Reading) -> None:
        """Arabic "174 مترا و98 سنتيمترا": a whole measure and its part joined by و are one figure (`_PART_UNITS`):
        174.98 m for a hundredth; "18 طن و637 كيلو جرام" 18,637 kg for a thousandth, totalled in the smaller unit."""
        part_unit, per = _PART_UNITS[r.unit]
        k = r.end_i
        joiner, part = self.tok(k), self.tok(k + 1)
        if joiner is None or joiner.key != "و" or part is None or part.kind != NUM or not part.text.isdigit() or \
                len(part.text) >= len(str(per)) or r.n1.scale or r.n1.value != r.n1.value.to_integral_value():
            return
        found = self.phrase_at(k + 2, self.language.measure_units)
        if found is None or found[0] != part_unit:
            return
        if per == 100:
            value = r.n1.value + Decimal(part.text) / per
        else:
            value, r.unit = r.n1.value * per + Decimal(part.text), part_unit
        r.n1 = NumberExpr(value, r.n1.start_i, r.n1.end_i)
        r.end_i = found[1]

    def _implied_count(self, r: Reading) -> bool:
        """A bare whole figure in millions, or in thousands written with separators ("7,613", "25bn", "95
        million"), counts something named elsewhere in the sentence (bench/devset/GUIDELINES.md: counts whose noun
        is implied are counts); small bare figures, decimals and plain digit runs stay numbers."""
        n1 = r.n1
        if n1.value != n1.value.to_integral_value():
            return False
        if n1.parenthesized:  # "up by 4.5 per cent (3,120)": the count behind a share, in thousands written
            return self._thousands_written(n1) or self.place_tally(n1) or self.bracketed_tally(n1) or \
                self.bracketed_cued_count(n1) or self.bracketed_breakdown(n1)  # "Kedah (21);"
            # (counts_implied_en.py), "the highest number of arrests (412)" (counts_parts_en.py), "followed by Kano
            # (33), Enugu (12)", "floods (252 deaths), fires (65)" (counts_subject_en.py)
        if n1.scale >= 100_000 or self._continues_count_en(n1) or self.bare_count_en(n1) or \
                self.count_before_share(n1):  # (a lakh too: "81.57 lakh"; lists.py: "418 or 12.6 per cent")
            return True  # counts_en.py: "800 photos or 3000", "signed three more this season"
        if self.language.implied_count_cues and not n1.is_word:  # (also "decreased by 12k to 1.4 million")
            before = self.ex.norm.text[self.bounds[0]:self.toks[n1.start_i].start].lower()
            if any(cue in before for cue in self.language.implied_count_cues):
                return True  # "The number of films released rose to 310 from 287"
        # ("under the closely watched 2,300 level": an index level, a number)
        return self._thousands_written(n1) and self.word_key(r.end_i) not in self.language.figure_level_nouns

    def _thousands_written(self, n1: NumberExpr) -> bool:
        """A bare whole figure of 1,000 or more with a thousands separator ("7,613")."""
        if n1.scale or n1.is_word or n1.value < 1000:
            return False
        if n1.plain_digits is None and "," in self.toks[n1.start_i + n1.parenthesized].text:
            return True
        after = self.tok(n1.end_i)  # "displaced about 1 000.": groups split by a space, the clause ending there
        return n1.end_i > n1.start_i + 1 + 2 * n1.parenthesized and (after is None or after.kind == SYM)  # not
        # "368 371 t": a unit may follow that is not read as one

    def _original_text(self, k: int) -> str:
        norm, t = self.ex.norm, self.toks[k]
        return norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]

    def _partitive_noun(self, r: Reading) -> int | None:
        """Index of the noun a number counts across "of" ("12 of their 14 games", "all seven of his past
        fights", "four of five judges"): a count whose noun stands elsewhere (bench/devset/GUIDELINES.md)."""
        data = self.language
        k = r.end_i
        if not self.ar and self.word_key(k + 1) in data.share_links and \
                f"{self.word_key(k)} {self.word_key(k + 1)}" in data.ratio_words:
            k += 1  # "three out of their seven matches" (a ratio takes "eight out of 10" first)
        if self.ar or r.n2 is not None or self.word_key(k) not in data.share_links:
            return None
        if r.n1.value != r.n1.value.to_integral_value():
            return None  # "trade 0.27 of its stake": a fraction of a thing counts no whole things (a number)
        k = self._partitive_start(k + 1)  # counts_en.py: past "their", "their next"
        t = self.tok(k)
        if t is None:
            return None
        if t.kind == NUM or (t.kind == WORD and t.key in data.number_words):
            second = self.number_expr(k)
            if second is None:
                return None
            found = self._counted_after(second.end_i, second)
        else:
            found = self._counted_noun_en(k)
        return found[0] if found is not None else None

    def _band_end(self, k: int) -> int | None:
        """English: the end of a lower-case identifier and its number at token k ("quintile 1", "grade 12",
        "level three"), which names a band of what the figure before counts."""
        t, n = self.tok(k), self.tok(k + 1)
        if t is None or not t.text.islower() or not self.in_set(k, self.language.identifier_cues) or n is None or \
                not ((n.kind == NUM and n.text.isdigit() and len(n.text) <= 2) or n.key in self.language.units):
            return None
        return k + 2

    def _grade_letter_end(self, k: int) -> int | None:
        """English: the end of a grade letter at token k ("A", "B", "A*"), written apart from the figure before."""
        t = self.tok(k)
        if t is None or len(t.text) != 1 or not t.text.isupper() or self.glued(k):
            return None
        return k + 2 if self.tok(k + 1) is not None and self.toks[k + 1].text == "*" and self.glued(k + 1) else k + 1

    def _counted_noun_after(self, r: Reading) -> tuple[int, int] | None:
        """(index of the counted noun, end index) after the number(s), or None."""
        data = self.language
        end_i = r.end_i
        found = self._counted_after(end_i, r.n2 or r.n1)
        if found is None and not self.ar:
            # "20 Boeing 737 jets", "12 F-16 fighters": the noun after a model name is counted.
            model_end = self._model_end(end_i)
            if model_end is None and self.word_key(end_i) in data.count_modifiers:
                model_end = self._model_end(end_i + 1)  # "10 new A350 aircraft"
            if model_end is None:
                # "642 quintile 1 schools", "30 grade 12 pupils"; "200 A scores" (a grade letter)
                model_end = self._band_end(end_i) or self._grade_letter_end(end_i)
            if model_end is not None:
                found = self._counted_after(model_end, r.n2 or r.n1)
                if found is not None and found[0] != model_end:
                    found = None
        if found is None and self.ar and self.word_key(end_i) in data.partitive_words:
            # "20 من الجنود", "10 من منسوبي القوات": the counted noun after من ("من هذه المحاولات": after "هذه").
            demonstrative = self.word_key(end_i + 1) in data.partitive_demonstratives
            nt = self.tok(end_i + 2 if demonstrative else end_i + 1)
            if nt is not None and nt.kind == WORD and nt.key.startswith(data.definite_article) and \
                    len(nt.key) > 4 and nt.key not in data.percent_words and self._percent_after(end_i) is None:
                found = (end_i + 2, end_i + 3) if demonstrative else (end_i + 1, end_i + 2)
            elif not demonstrative and nt is not None and nt.kind == WORD and self._percent_after(end_i) is None and \
                    self._counted_noun_ar(end_i + 1, nt) is not None and self._currency_after(end_i + 1) is None:
                found = (end_i + 1, end_i + 2)
        if found is None and self.ar:
            found = self.quoted_counted_ar(end_i)  # "36 «جدارية»" (rules/counts_ar.py)
        if found is None and self.ar and self.word_key(end_i) in data.partitive_pronouns:
            found = (end_i, end_i + 1)  # "أصيب 4 منهم": a count of the people named before
        return found

    def _quantity_drafts(self, r: Reading, qualifier: str | None) -> list[Draft]:
        """The claim; or two claims for a change from one figure to another ("rose from 10 to 15%")."""
        n1, n2, start_i = r.n1, r.n2, r.start_i
        sign = self._minus_before(start_i)
        changes = n2 is not None and self.changes_to(r.connector)
        if sign is not None and r.kind in _SIGNED_KINDS and (n2 is None or changes):
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
        return [draft]
