"""Counts and measures: the noun a number counts (language parts in counts_ar.py, counts_en.py), units, ages."""

from __future__ import annotations

import re

from claims.engine.cursor import Cursor
from claims.engine.marks import CLOSING_QUOTES, DASHES, MODIFIER_QUOTES, OPENING_QUOTES
from claims.engine.types import NUM, SYM, WORD, NumberExpr, Reading, Skip, Tok

AGE_DASHES = DASHES | {"ـ"}  # an age set apart by dashes after a name (script punctuation, as the commas)
_TWO_DECIMALS = re.compile(r"\d{1,3}\.\d\d")  # a race time as results list it ("9.97", "57.90")
WEIGHT_YIELD_REACH = 12  # tokens either side of "N pounds per acre" a crop or yield word may stand ("chickpeas 1,150")


POWERS = ("2", "3")  # an area's or a volume's power glued after a length abbreviation ("م3"; `powered_units`)
METRE = "m"  # the unit of "م", an abbreviation that is a unit only with its power ("1991م" is a year)
PROFILE_REACH = 4  # tokens after a second figure of a bracketed profile to its closing bracket ("و23 مباراة دولية)")
DOSE_REACH = 16  # tokens back from an age's link to the dose it dates ("a second shot follows between ...")


class CountRules(Cursor):
    """Counts and measures."""

    def _measure_after(self, j: int) -> tuple[str, int] | None:
        data = self.language
        t = self.tok(j)
        if t is not None and t.kind == SYM and t.text == "-" and not self.ar and self.glued(j) and \
                self.tok(j + 1) is not None and self.glued(j + 1):
            found = self.phrase_at(j + 1, data.measure_units)
            if found is not None:
                return found  # "102-inch", "10-mile"
            return self._hyphened_pair_unit(j + 1)  # "a 4,049-square-kilometre fire"
        if t is not None and t.text == "(" and self.ar:
            return self._bracketed_measure(j)
        if t is None or t.kind != WORD:
            return None
        after = self.tok(j + 1)
        if t.key in data.glued_only_units and (not self.glued(j) or (after is not None and after.text == "-") or (
                t.key in data.glued_lower_units and not t.text.islower())):
            return None  # "88.88F" is Fahrenheit; "16 F-35 jets" a model name; "7.7t/ha" tonnes, not "the 3T fund"
        if t.key in data.decimal_only_units and j > 0 and self.toks[j - 1].kind == NUM and "." in self.toks[j - 1].text:
            return t.key, j + 1  # "a tax rate of 11.156 mills": no part of a mill (factory) is counted (en)
        if t.key in data.powered_units and after is not None and after.text in POWERS and self.glued(j + 1):
            base = data.measure_units.get((t.key,), METRE)  # "100 م3", "54.000 م2", "100مم3": a power glued on
            return base + after.text, j + 2
        if after is not None and after.text == "-" and (pair := self._hyphened_pair_unit(j)) is not None:
            return pair  # "1.2 billion kilowatt-hours"
        return self.phrase_at(j, data.measure_units)

    def _hyphened_pair_unit(self, k: int) -> tuple[str, int] | None:
        """A unit of two words joined by a glued hyphen from token k ("kilowatt-hours", "square-kilometre"):
        (the unit, the index after it); else None."""
        dash, second = self.tok(k + 1), self.tok(k + 2)
        if dash is None or dash.text != "-" or not self.glued(k + 1) or second is None or not self.glued(k + 2):
            return None
        units = self.language.measure_units
        pair = (self.toks[k].key, second.key)
        return (units[pair], k + 3) if pair in units else None

    def _weighs(self, r: Reading, end_i: int) -> bool:
        """English: the currency word ending before token end_i is a weight ("pound"): a pressure after it ("30
        pounds per square inch"), a rate per area with a crop, a yield or a farm input near ("chickpeas averaged
        1,150 pounds per acre"; `weight_yield_words`, WEIGHT_YIELD_REACH tokens either side) or its metric weight
        in brackets ("700 pounds (320kg)"). "£200 per acre", "grants of 150 pounds per acre", "200 pounds a tonne"
        and a price ("sold for 9,000 pounds per acre") stay money."""
        data = self.language
        if self.word_key(end_i - 1) not in data.weight_currency_words or \
                self.word_key(self._qualifier(r.start_i)[1] - 1) in data.weight_price_words:
            return False  # (not "sold for 9,000 pounds per acre": a price)
        after = self.tok(end_i)
        if after is None:
            return False
        if self._weight_compound_en(end_i, after):
            return True
        if after.key in data.weight_rate_links:
            unit = self.word_key(end_i + 1)
            return unit in data.weight_rate_units or (unit in data.weight_area_units and any(
                self.word_key(k) in data.weight_yield_words
                for k in range(max(0, r.start_i - WEIGHT_YIELD_REACH), min(self.n, end_i + 2 + WEIGHT_YIELD_REACH))))
        if after.text != "(" or self.tok(end_i + 1) is None or self.toks[end_i + 1].kind != NUM:
            return False
        measure = self._measure_after(end_i + 2)
        return measure is not None and measure[0] in data.metric_weight_units

    def _weight_compound_en(self, end_i: int, after: Tok) -> bool:
        """English: "40-pound sandbags", "a 300-pound bear": a figure hyphened to "pound" before a noun weighs it,
        at an outlet whose money is no pound (`weight_compound_outlet_left_out`: a London paper's "a 10-pound note"
        stays money) and not before a noun of money (`weight_compound_money_nouns`: "a 50-pound fine")."""
        data = self.language
        dash = self.tok(end_i - 2)
        if dash is None or dash.text != "-" or not self.glued(end_i - 1) or not self.glued(end_i - 2) or \
                after.kind != WORD or after.key in data.weight_compound_money_nouns:
            return False
        outlet = self.ex.currency.outlet_country
        return outlet is None or outlet not in data.weight_compound_outlet_left_out

    def _bracketed_measure(self, j: int) -> tuple[str, int] | None:
        """Arabic: "38 (درجة مئوية)", "(ملم)": a unit in brackets after the figure (words of one unit may follow
        it inside: "مئوية")."""
        data = self.language
        found = self.phrase_at(j + 1, data.measure_units)
        if found is None:
            return None
        end = found[1]
        while self.word_key(end) is not None and (self.word_key(end),) in data.measure_units:
            end += 1
        close = self.tok(end)
        return (found[0], end + 1) if close is not None and close.text == ")" else None

    def _counted_after(self, j: int, expr: NumberExpr) -> tuple[int, int] | None:
        """(token index of the counted noun, end index) after a number, or None."""
        data = self.language
        if not self.ar and data.approx_tails:
            j = self._approx_tail_end(j)  # counts_en.py: "80-odd caps", "10 or so images"
        t = self.tok(j)
        if t is None or t.kind != WORD:
            # English compounds: "a 10-year deal", "three-day visit".
            if t is not None and not self.ar and t.kind == SYM and t.text == "-" and self.glued(j):
                w = self.tok(j + 1)
                if w is not None and w.kind == WORD and self.glued(j + 1) and (
                    w.key in data.time_nouns or w.key in data.count_nouns or w.key in data.compound_nouns or
                    (w.key in data.hyphen_compound_nouns and self._title_times_en(j + 2))
                    # "the 13-time champion", "two-time"; not "10-times faster" (a multiple, counts_multiples_en)
                ):
                    return j + 1, j + 2  # "25-member", "three-judge"
            if t is not None and not self.ar and t.text in MODIFIER_QUOTES:
                return self._counted_noun_en(j)  # counts_en.py: "eight "critical" security holes"
            return self.counted_past_figure_en(j) if t is not None and not self.ar else None  # "three $5 bills"
        if self.ar:
            return self._counted_noun_ar(j, t)
        return self._counted_noun_en(j) or self._bare_compound_en(j) or self.counted_past_figure_en(j)  # counts_en

    def _title_times_en(self, k: int) -> bool:
        """After "N-time"/"N-times" (token k follows it): how many times a title was won ("the 13-time champion"),
        unless a comparative or a determiner follows (`multiple_cues`, `hyphen_compound_not_before`: "10-times
        faster", "four-times the traffic": a multiple), a times table ("the seven-times table"), or the hyphens go on
        ("three-times-a-day": how often). Review of 4acaa504 (session 21)."""
        data, t = self.language, self.tok(k)
        if t is not None and t.kind == SYM and t.text == "-" and self.glued(k):
            return False
        key = self.word_key(k)
        return key not in data.multiple_cues and key not in data.hyphen_compound_not_before

    def figure_with_unit(self, k: int) -> bool:
        """The figure at token k has a percent sign, a measure, a currency or a counted noun after it: a quantity of
        its own ("اليوم 21250 ليرة", "بين 1-2 و2-3 أمتار")."""
        n = self.number_expr(k)
        if n is None:
            return False
        e = n.end_i
        return bool(self._percent_after(e) or self._measure_after(e) or self._currency_after(e) or
                    self._counted_after(e, n))

    def _age_pair_en(self, start_i: int, j: int) -> bool:
        """Two ages joined by "and"/"or", each with its own age noun: the first is an age when the second ends with
        "of age"/"old" ("at 6-9 months and 18-30 months of age"), the second when the first is one ("aged between
        6 months and under 12 years", "aged between eight months and 16 years": up to two lower-case words between,
        a qualifier)."""
        data = self.language
        k = j + 1
        if self.word_key(k) in data.and_words or self.word_key(k) in data.or_words:
            m = k + 1
            if self.tok(m) is not None and self.toks[m].kind == NUM:
                if self.tok(m + 1) is not None and self.toks[m + 1].text == "-" and self.tok(m + 2) is not None \
                        and self.toks[m + 2].kind == NUM:
                    m += 2  # "16-24 months of age"
                if self.word_key(m + 1) in data.age_nouns and self.age_after_end(m + 2) is not None:
                    return True
        k = start_i - 1
        while k > start_i - 3 and self.word_key(k) is not None and self.toks[k].text.islower() and \
                self.word_key(k) not in data.and_words:
            k -= 1  # "less than"
        if not (self.word_key(k) in data.and_words and self.word_key(k - 1) in data.age_nouns):
            return False
        first = self.tok(k - 2)  # ("aged between eight months and 16 years": a spelled first age too)
        return first is not None and (first.kind == NUM or first.key in data.number_words) and \
            self._age_end(k - 2, k - 1) is not None

    def continued_measure_en(self, r: Reading) -> None:
        """A bare figure in millions takes the unit of a measure it continues (`_continued_unit_en`)."""
        if r.kind == "number" and r.unit is None and r.n2 is None and not self.ar:
            r.unit = self._continued_unit_en(r.n1)
        if r.kind == "number" and r.unit is None and self.ex.timed_count is not None:
            self._continued_time_en(r)
        if r.kind == "number" and r.unit is None and not self.ar:
            self._cued_race_time_en(r)

    def _cued_race_time_en(self, r: Reading) -> None:
        """"clocking 7.37 in the 60m final", "a season's best of 7.61 in the hurdles", "won the 400m race in 46.46": a
        bare figure with two decimals (as results list times) right after a time cue (`race_time_cues`, also with
        "of" between) or "in" (`race_time_links`), in a sentence naming a race (`race_time_nouns`), is a race time, a
        count of seconds (GUIDELINES: a race time is a count), as race_times_en reads "m:ss.xx"; not "closed at
        10.44", "the index hit a record of 10.44", "a vault of 12.10"."""
        n, data = r.n1, self.language
        if r.n2 is not None or n.scale or n.parenthesized or not _TWO_DECIMALS.fullmatch(self.toks[n.start_i].text):
            return
        before = self.word_key(n.start_i - 1)
        if (self.in_set(n.start_i - 1, data.race_time_cues) or before in data.race_time_links or (
                before == "of" and self.in_set(n.start_i - 2, data.race_time_cues))) and self._race_sentence():
            r.kind = "count"

    def _continued_time_en(self, r: Reading) -> None:
        """"Within 10.12 seconds the heat was won ... ahead of Okoro (10.15 to 10.19)": a bare figure with two decimals
        (both of a pair) within a quarter of the text's last time in decimal seconds (`timed_nouns`) is another
        time in seconds, a count as that one (race results list times so)."""
        prev, at = self.ex.timed_count, self.toks[r.start_i].start
        if prev is None or not isinstance(prev.value, int | float) or prev.start >= at or \
                not (r.n2 is not None or r.n1.parenthesized or self.word_key(r.start_i - 1) in
                     self.language.timed_result_links):
            return  # a results context: "second in 10.91", "(9.97 to 9.98)"; not "closed at 10.44", "her vault 12.10"
        for n in (r.n1, r.n2):
            if n is not None and (n.scale or not prev.value * 0.8 <= n.value <= prev.value * 1.25 or
                                  not _TWO_DECIMALS.fullmatch(self.toks[n.start_i + n.parenthesized].text)):
                return
        r.kind, r.counted = "count", prev.counted

    def _continued_unit_en(self, n: NumberExpr) -> str | None:
        """A bare figure in millions after a measure in millions of the same sentence continues it after a link
        (`measure_continue_links`: "49.2 million TEUs ... at 35.3 million", the unit of the nearest scaled figure
        before; not "2m barrels a day while the population passed 5 million"); "10 million plus TEUs" has its own.
        So does a whole written with thousands separators after a measure of its order, unscaled ("641,200 barrels,
        down 5.3% from 677,000")."""
        data = self.language
        big = n.scale >= 1_000_000
        if self.ar or not (big or self._thousands_written(n)):
            return None  # (or "641,200 barrels, down 5.3% from 677,000": a whole with separators of its order)
        if big and self.word_key(n.end_i) in data.more_tails and \
                (measure := self._measure_after(n.end_i + 1)) is not None:
            return measure[0]  # "a full 8 million plus TEUs"
        if self.word_key(self._qualifier(n.start_i)[1] - 1) not in data.measure_continue_links:
            return None  # (past a qualifier: "up from about 30 million")
        for m in range(n.start_i - 1, -1, -1):
            if self.toks[m].kind != NUM or (m > 0 and self.toks[m - 1].kind == NUM):
                continue
            first = self.number_expr(m)
            if first is None or first.end_i > n.start_i or (first.scale < 1_000_000 if big else (
                    first.scale or not first.value / 10 <= n.value <= first.value * 10)):
                continue
            measure = self._measure_after(first.end_i)
            return measure[0] if measure is not None and len(self.word_key(first.end_i) or "") > 1 else None
        return None

    def unit_name_en(self, i: int, nxt: Tok | None, end_i: int) -> Skip | None:
        """"20-foot equivalent units", "TEUs": a hyphened measure that names a unit (a word of `unit_name_words`
        after it) is no claim."""
        data = self.language
        if nxt is None or nxt.text != "-" or not data.unit_name_words:
            return None
        measure = self._measure_after(end_i)
        return Skip(measure[1]) if measure is not None and self.word_key(measure[1]) in data.unit_name_words else None

    def unit_before(self, i: int) -> str | None:
        """The unit of a measure named before the figure at i ("a magnitude 6.6 quake", "a magnitude-6 earthquake")."""
        data = self.language
        if not data.units_before:
            return None
        k = i - 1
        if k < 0:
            return None
        if self.toks[k].text == "-" and self.glued(i) and self.glued(k):
            k -= 1
        key = self.word_key(k)
        return key if key in data.units_before else None

    def _age_group(self, start_i: int, j: int) -> bool:
        """A group of people and a link right before the years at j ("pensioners between 65 and 79 years", "children
        under 5 years", "الأطفال بين 6 و12 سنة": `age_group_nouns`, `age_group_links`): the group's ages; not a span
        the word after the years names ("students between 2 and 3 years behind", `age_group_not_after`)."""
        data = self.language
        if self.word_key(j + 1) in data.age_group_not_after:
            return False
        if self.word_key(start_i - 1) not in data.age_group_links:
            return self.ar and self.dashed_range_after_group_ar(start_i)  # counts_ages_ar.py

        return self.in_set(start_i - 2, data.age_group_nouns) or (  # "the children are between 5 and 10 years"
            self.word_key(start_i - 2) in data.subject_copulas and self.in_set(start_i - 3, data.age_group_nouns))

    def _age_band_after(self, j: int) -> bool:
        """English: the years at j before "age group" ("the 15-24 years age group"), also as the first bound of a
        range whose second bound is in years ("the nine months-15 years age group"; `age_band_heads`,
        `age_band_nouns`)."""
        data = self.language
        if not data.age_band_heads:
            return False
        for k in range(j + 1, min(j + 5, self.n - 1)):
            key = self.word_key(k)
            if key in data.age_band_heads:
                return self.word_key(k + 1) in data.age_band_nouns and self.word_key(k - 1) in data.age_nouns
            t = self.toks[k]
            if key not in data.age_nouns and key not in data.range_connectors and t.kind != NUM and t.text != "-":
                return False
        return False

    def _dose_age_en(self, start_i: int, j: int) -> bool:
        """English: months or years after "at"/"between" in a sentence that names a dose before them ("the first dose
        is given at nine months", "the booster between 16 and 24 months"; `dose_nouns`, `dose_age_links`): the child's
        age at the dose. Not a length ("protects for between 6 and 12 months"; `dose_age_not_before`) nor a span the
        word after names ("at six months after the first dose"; `age_group_not_after`)."""
        data = self.language
        if self.word_key(start_i - 1) not in data.dose_age_links or \
                self.word_key(start_i - 2) in data.dose_age_not_before or \
                self.word_key(j + 1) in data.age_group_not_after:
            return False
        lo = self.bounds[0]
        return any(self.toks[k].start >= lo and self.toks[k].kind == WORD and self.toks[k].key in data.dose_nouns
                   for k in range(max(0, start_i - DOSE_REACH), start_i - 1))

    def age_unit(self, j: int, end: int) -> str:
        """"years old", or "months old" when the age noun after the figure is a month ("9 months of age", "a
        6-month-old", "aged 8 months")."""
        if any(self.word_key(k) in self.language.age_month_nouns for k in range(j, min(end, j + 2))):
            return "months old"
        return next((unit for k in range(j, min(end, j + 2)) if (unit := self.language.age_old_only_nouns.get(
            self.word_key(k) or "")) is not None), "years old")  # "40 days old": "days old"

    def _month_age_ar(self, start_i: int, j: int) -> bool:
        """Arabic: months after a figure are an age only with a cue of age among the three words before (not "عمر",
        also the name Omar: "قضى عمر 3 أشهر في السجن"; `age_month_cues_before`) or "من العمر" after ("رضيع عمره 3
        أشهر", "طفلة تبلغ من العمر 8 أشهر", "بعمر 6 أشهر"); else a length ("لمدة 3 أشهر")."""
        data = self.language
        if self.age_after_end(j + 1) is not None:
            return True
        return self._age_cue_before(start_i, data.age_month_cues_before) or \
            self._age_group(start_i, j) or self.age_range_second_ar(start_i)  # "الأطفال من ستة أشهر"

    def _age_cue_before(self, start_i: int, cues: frozenset[str]) -> bool:
        """A cue of age (`cues`) among the three words before the figure at start_i ("aged", "عمره"); in Arabic
        before its qualifier ("الفئة العمرية (أقل من 18 سنة)") and a range's opener ("تراوحت أعمارهم ما بين 18 و25
        عاما", "تتراوح أعمار الأطفال ما بين 6 أشهر و15 سنة"). Not cheap: asked after the cheaper tests."""
        first = start_i
        if self.ar:
            first = self._qualifier(start_i)[1]
            while first > start_i - 2 and self.in_set(first - 1, self.language.range_openers):
                first -= 1
        return any(self.in_set(k, cues) for k in range(max(0, first - 3), start_i))

    def age_after_end(self, k: int) -> int | None:
        """The end of an `age_after` phrase ("of age", "من العمر") that starts at token k; None when none does."""
        first = self.word_key(k)
        for phrase in self.language.age_after:
            if phrase[0] == first and tuple(self.word_key(x) for x in range(k, k + len(phrase))) == phrase:
                return k + len(phrase)
        return None

    def _age_days_after_en(self, j: int) -> bool:
        """English: "98 years 324 days old", "3 years 2 months old": the years (token j) of an age told to the day or
        month, "old" after its days or months (`age_part_units`)."""
        data = self.language
        n = self.tok(j + 1)
        return n is not None and n.kind == NUM and n.text.isdigit() and self.word_key(j + 3) in data.age_old_words \
            and self.word_key(j + 2) in data.age_part_units

    def _hyphened_age_en(self, j: int) -> int | None:
        """English, a glued hyphen at j after the figure: "75-year-old", "a 10-day-old foal"; the second hyphen left
        out ("a 34-year old man", "25-year olds") is still an age; else the first of a pair ("5- or 6-year-olds")."""
        data = self.language
        if self.word_key(j + 1) in data.age_nouns or self.word_key(j + 1) in data.age_old_only_nouns:
            if self.tok(j + 2) is not None and self.toks[j + 2].text == "-" and \
                    self.word_key(j + 3) in data.age_old_words:
                return j + 4
            if self.word_key(j + 2) in data.age_old_words:
                return j + 3
        return self._paired_age_en(j)  # counts_en.py

    def _profile_in_brackets_ar(self, k: int) -> bool:
        """Arabic: "و" at token k goes on with another figure of a bracketed profile after a name, closed within
        PROFILE_REACH tokens ("الحارس (27 عاما و31 مباراة دولية)": his age and his caps; not a time unit after it).
        """
        if not self.ar or self.word_key(k) != self.language.and_prefix:
            return False
        data = self.language
        if self.tok(k + 1) is None or self.toks[k + 1].kind != NUM or \
                self.in_set(k + 2, data.frame_units_long) or self.in_set(k + 2, data.frame_units_short):
            return False  # ("(12 عاما و6 أشهر)": a term in years and months)
        return any(self.toks[m].text == ")" for m in range(k + 2, min(self.n, k + 2 + PROFILE_REACH)))

    def _quoted_age_ar(self, start_i: int, j: int) -> bool:
        """Arabic: the years from start_i to j stand alone in quotes right after a word, as sports pages write a
        player's age after his name ('الحارس سالم "19 سنة"', "المهاجم كاسترو «27 عامًا»"), as "(22 عاما)" is."""
        before, close, name = self.tok(start_i - 1), self.tok(j + 1), self.tok(start_i - 2)
        if not self.ar or before is None or close is None or name is None or name.kind != WORD:
            return False
        # (not after a preposition or an age limit: 'بطولة تحت "19 عاما"' names a category, "خلال «3 سنوات»" a term)
        data = self.language
        governed = self.in_set(start_i - 2, data.one_governing_words) or \
            self.in_set(start_i - 2, data.age_category_links)
        return before.text in OPENING_QUOTES and close.text in CLOSING_QUOTES and not governed

    def _age_end(self, start_i: int, j: int) -> int | None:
        """End index of an age after the number ending at j: "75-year-old", "75 years old", "aged 75",
        "عمره 75 عاما", "75 عاما من العمر"; None when the number is not an age."""
        data = self.language
        if not data.age_nouns:
            return None
        t = self.tok(j)
        if not self.ar and self.word_key(start_i - 1) in data.age_of_words and (
                self.word_key(start_i - 2) in data.age_cues_before or (
                    self.word_key(start_i - 2) in data.age_of_heads and
                    self.word_key(start_i - 3) in data.age_cues_before)) and \
                (t is None or t.kind == SYM or self.word_key(j) in data.not_counted):
            return j  # "the age group of 70 and over", as "at the age of 80"
        before, close = self.tok(start_i - 1), self.tok(j + 1)
        if self.word_key(j) in data.age_nouns and before is not None and close is not None and (
                (before.text == "(" and (close.text == ")" or self._profile_in_brackets_ar(j + 1))) or
                (self.ar and before.text in "،," and close.text in "،,") or self._quoted_age_ar(start_i, j)
        ) and self.word_key(start_i - 2) not in data.sentence_term_words:  # ("بالسجن المؤبد (25 عاما)": a term)
            return j + 1  # "لانزيني (22 عاما)", "وفارق بيانكي، 25 عاما، الحياة": an age set apart after a name
        if self.ar and self.word_key(j) in data.age_nouns and before is not None and before.text in AGE_DASHES and \
                not self.glued(start_i) and self.word_key(start_i - 2) is not None and \
                (close is None or close.text in AGE_DASHES):  # (a dash glued to the figure is its sign: no age)
            return j + 1  # "العريف ... آل سعد – 19 عاما", "الشاب خالد – 23 عاما – فيروي": an age after a name
        if self.ar and ((self.word_key(j) in data.age_nouns and self.named_age_ar(start_i, j)) or (
                self.word_key(j) in data.age_month_nouns and self._month_age_ar(start_i, j))):
            # "وزوجته منى سالم 60 عاما،": an age right after a person's name (counts_ages_ar.py); "رضيع يبلغ من العمر 3
            # أشهر": an age in months
            return j + 1
        if t is not None and t.kind == SYM and t.text == "-" and self.glued(j) and not self.ar:
            return self._hyphened_age_en(j)
        if self.word_key(j) in data.age_old_only_nouns and self.word_key(j + 1) in data.age_old_words and \
                self.word_key(start_i - 1) not in data.age_nouns:
            return j + 2  # "40 days old" (not "(14 days)" after a name: a term; "98 years 324 days old": the years)
        if self.word_key(j) in data.age_nouns:
            after = self.age_after_end(j + 1)
            if after is not None:
                return after
            if not self.ar and self.tok(j + 1) is not None and self.toks[j + 1].text == "-" and self.glued(j + 1) \
                    and self.word_key(j + 2) in data.age_old_words:
                return j + 3  # "a 12 year-old girl", "14 year-olds": the first hyphen left out
            if self._age_cue_before(start_i, data.age_cues_before) or \
                    self.in_set(start_i - 1, data.age_cues_right_before) or self._age_group(start_i, j) or \
                    self._age_band_after(j) or self._dose_age_en(start_i, j) or \
                    (self.ar and (self.reached_age_ar(start_i) or self.age_range_second_ar(start_i))):
                return j + 1
            return j + 1 if not self.ar and (self._age_pair_en(start_i, j) or self._age_days_after_en(j)) else None
        # (The cue test of the branch above holds here: the word right before is a cue.)
        if not self.ar and self.word_key(start_i - 1) in data.age_cues_before and (
            t is None or t.kind == SYM or self.word_key(j) in data.not_counted
        ):
            return j  # "aged 75"
        return None if self.ar else self._paired_age_en(j)  # counts_en.py: "a three or four-year-old"
