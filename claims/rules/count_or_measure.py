"""What a figure counts or measures, read into its `Reading` after the figure (claims/rules/quantity.py,
`quantity`, calls `_read_count_or_measure` when no currency or percent follows): a measure ("40.46 mb/d", "174
مترا و98 سنتيمترا": a whole unit and its part are one figure), an age, a ratio, a multiple, or the noun it counts
("20 Boeing 737 jets", "642 quintile 1 schools", "20 من الجنود", "12 of their 14 games"); and whether a bare figure
counts something named elsewhere (`_implied_count`: "7,613", "95 million"). A base of QuantityRules; the readers of
units and nouns (`_measure_after`, `_counted_after`, `_age_end` ...) are called through self."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, NumberExpr, Reading

# A whole unit's part written after it with و ("174 مترا و98 سنتيمترا"): the part's unit and parts per whole
_PART_UNITS = {"m": ("cm", 100), "t": ("kg", 1000), "kg": ("g", 1000), "km": ("m", 1000)}


class CountOrMeasureRules(Cursor):
    """What a figure counts or measures."""

    def _read_count_or_measure(self, r: Reading) -> None:
        # "40.46 mb/d" (counts_en.py), "10 ملايين من الأمتار", "36 more runs" (each language's readings only)
        measure = (self._measure_after(r.end_i) or self.partitive_measure_ar(r.end_i) if self.ar else
                   self.barrels_a_day_en(r) or self._measure_after(r.end_i) or self._more_measure_en(r.end_i)) or None
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
        elif self._multiple_ar(r) if self.ar else self._multiple_en(r):  # counts_ar, counts_multiples_en:
            # "six times as much"
            pass
        else:
            self._read_counted(r)

    def _read_counted(self, r: Reading) -> None:
        """The noun the figure counts, when no measure, age, ratio or multiple was read: after it ("20 Boeing 737
        jets"), across "of" ("12 of their 14 games", "Three of the eleven are"), or a measure past an adjective ("three
        crucial points") or a rate ("185.6 cases per 100,000")."""
        found = self._counted_noun_after(r)
        if found is not None and self.purpose_after_amount(r, found[0]):
            found = None  # "... و3 مليارات لقطاع الصحة" after an amount: the sector, not what is counted
        if found is None:
            noun = self._partitive_noun(r)  # "12 of their 14 games": counted, the span stays the number's
            if noun is not None:
                r.kind, r.counted = "count", self._original_text(noun)
            elif (group_end := self.partitive_group_end(r)) is not None:
                r.kind, r.end_i = "count", group_end  # "Three of the eleven are": counts_words_en.py
        elif not self.ar and (modified := self._modified_measure_en(r, found)) is not None:
            r.unit, r.end_i = modified  # "three crucial points": league points through their adjective
        elif not self.ar and self._rate_per_en(r, found):
            r.unit, r.end_i = f"{self.toks[found[0]].key} per", found[1]  # "185.6 cases per 100,000": a rate
        elif not self.ar and self.fraction_counts_nothing_en(r, found):
            r.unit, r.end_i = self.toks[found[0]].key, found[1]  # "a levy of 130.16 mills", "used 2.2 terms"
        elif not self.ar or not self._money_part_ar(r, found):
            r.kind = "count"
            r.counted = self._original_text(found[0])
            r.end_i = found[1]

    def _money_part_ar(self, r: Reading, found: tuple[int, int]) -> bool:
        """Arabic "ينفق 100 تريليون دينار ..., تذهب 40 تريليونا منها للمسؤولين": a scaled figure right before a
        pronoun of a part ("منها", `partitive_pronouns`) is a part of the amount read last in its sentence (no bigger),
        in its currency; the pronoun stays out of the span. Else it counts the people or things named before."""
        prev = self.last_quantity
        if not self.ar or found[0] != r.end_i or not self.in_set(found[0], self.language.partitive_pronouns) or \
                not r.n1.scale or r.n2 is not None or prev is None or prev.kind != "money" or \
                prev.start < self.bounds[0] or not isinstance(prev.value, int | float) or r.n1.value > prev.value:
            return False
        r.kind, r.unit, r.counted = "money", None, None
        r.currency, r.candidates, r.currency_source = prev.currency, list(prev.currency_candidates), \
            prev.currency_source
        return True

    def _modified_measure_en(self, r: Reading, found: tuple[int, int]) -> tuple[str, int] | None:
        """English: a measure unit read as the counted noun past adjectives of `measure_modifiers` only ("bag three
        crucial points", "two precious league points"): the unit the figure measures, as "three points" (a number)."""
        data = self.language
        if self.ar or found[0] == r.end_i or not data.measure_modifiers or \
                not all(self.word_key(k) in data.measure_modifiers for k in range(r.end_i, found[0])):
            return None
        return self.phrase_at(found[0], data.measure_units)

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
                self.bracketed_cued_count(n1) or self.bracketed_breakdown(n1) or \
                self.scorer_tally_en(n1) or \
                (self._restates_words(n1) and self._count_cue_before(n1))  # "Kedah (21);"; "Tries from Smith (2),"
            # (counts_words_en.py); "the number of inmates was three hundred and twelve (312)"
            # (counts_implied_en.py), "the highest number of arrests (412)" (counts_parts_en.py), "followed by Kano
            # (33), Enugu (12)", "floods (252 deaths), fires (65)" (counts_subject_en.py)
        if n1.scale >= 100_000 or self._continues_count_en(n1) or self.bare_count_en(n1) or \
                self.count_before_share(n1):  # (a lakh too: "81.57 lakh"; lists.py: "418 or 12.6 per cent")
            return True  # counts_en.py: "800 photos or 3000", "signed three more this season"
        if (not n1.is_word or n1.end_i - n1.start_i > 2) and self._count_cue_before(n1):
            return True  # "The number of films released rose to 310 from 287", "the number of suspects was five
            # hundred and six" (a compound in words; "rose to two": counts_implied_en._cued_word_count)
        # ("under the closely watched 2,300 level": an index level, a number)
        return self._thousands_written(n1) and self.word_key(r.end_i) not in self.language.figure_level_nouns and \
            not self.index_level_en(n1)  # (counts_kind_en: "the Dax closed lower at 4,318", a level)

    def _count_cue_before(self, n1: NumberExpr) -> bool:
        """A cue of a count (`implied_count_cues`: "the number of", "death toll") before the figure in its sentence
        (also "decreased by 12k to 1.4 million")."""
        if not self.language.implied_count_cues:
            return False
        before = self.ex.norm.text[self.bounds[0]:self.toks[n1.start_i].start].lower()
        return any(cue in before for cue in self.language.implied_count_cues)

    def _restates_words(self, n1: NumberExpr) -> bool:
        """Digits in brackets restating the compound in words right before them ("three hundred and twelve (312)")."""
        k = n1.start_i  # (the opening bracket)
        for m in range(max(0, k - 7), k - 1):
            words = self.number_expr(m) if self.toks[m].kind == WORD else None
            if words is not None and words.is_word and words.end_i == k and words.value == n1.value:
                return True
        return False

    def _thousands_written(self, n1: NumberExpr) -> bool:
        """A bare whole figure of 1,000 or more with a thousands separator ("7,613")."""
        if n1.scale or n1.is_word or n1.value < 1000:
            return False
        if n1.plain_digits is None and "," in self.toks[n1.start_i + n1.parenthesized].text:
            return True
        after = self.tok(n1.end_i)  # "displaced about 1 000.": groups split by a space, the clause ending there
        return n1.end_i > n1.start_i + 1 + 2 * n1.parenthesized and (after is None or after.kind == SYM)  # not

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
        "level three"), or of a capitalized band name ("Ligue 2", "Grade 12"), which names a band of what the figure
        before counts."""
        t, n = self.tok(k), self.tok(k + 1)
        if t is None or n is None or not (
                (t.text.islower() and self.in_set(k, self.language.identifier_cues)) or
                (t.text[:1].isupper() and self.in_set(k, self.language.band_name_cues))) or \
                not ((n.kind == NUM and n.text.isdigit() and len(n.text) <= 2) or n.key in self.language.units):
            return None  # (capitalized: "15 Ligue 2 games", "30 Grade 12 pupils"; `band_name_cues`)
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
        if found is None and not self.ar and self.word_key(end_i) in data.or_words and \
                self.word_key(end_i + 1) in data.or_more_words:
            found = self._counted_after(end_i + 2, r.n2 or r.n1)  # "towns with 20 or more shops": a threshold
            if found is not None and (found[0] != end_i + 2 or
                                      self.phrase_at(end_i + 2, data.measure_units) is not None):
                found = None  # ("30 or more kilometres of road": a measure's unit, no count)
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
                    self._counted_noun_ar(end_i + 1, nt) is not None and self._currency_after(end_i + 1) is None and \
                    not (nt.key in data.out_of_words and self.in_set(r.start_i - 1, data.score_mark_nouns)):
                found = (end_i + 1, end_i + 2)  # (not "علامة 299 من أصل 300": a mark out of the full mark)
        if found is None and self.ar:
            found = self.quoted_counted_ar(end_i)  # "36 «جدارية»" (rules/counts_ar.py)
        if found is None and self.ar and self.word_key(end_i) in data.partitive_pronouns:
            found = (end_i, end_i + 1)  # "أصيب 4 منهم": a count of the people named before
        return found
