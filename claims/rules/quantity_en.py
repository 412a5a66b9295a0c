"""Quantities, the English readings: a low bound whose thousands the writer left off ("between 30 and 35,000"),
"more" between a figure and its unit ("36 more runs"), a rate per a base ("185.6 cases per 100,000"), a pair going
down that shares its unit ("from 8.2 to 7.9 per cent"), a bare amount in the outlet's money or in a price list's.
A mixin below
QuantityRules (quantity.py), which calls them."""

from __future__ import annotations

from claims.engine.types import NumberExpr, Reading
from claims.rules.dates.year_like import year_like
from claims.rules.money_one_ar import OneCurrencyRulesAr

MILLION = 1_000_000  # the scale of "1,482 million barrels per day"

OUTLET_NOUN_REACH = 3  # words back from a bare scaled figure to a noun only money fills ("the budget to")


class QuantityRulesEn(OneCurrencyRulesAr):
    """English readings of quantity.py."""

    def bare_readings_en(self, r: Reading) -> None:
        """English readings of a figure with no unit of its own, in order (asked for English only, not on every
        Arabic figure): a measure going on ("39 million TEUs ... at 35.3 million"; counts.py), an amount named
        elsewhere ("Rs 2,950, while ... over 2800"; money.py), a bare crore amount ("a sum of 18.5 crore";
        money_en.py), then an age after a name ("identified as Ravi (1)"; figures.py) or a count whose noun stands
        before ("dropped from 4,382 to 3,917", "to exceed 25bn")."""
        self.continued_measure_en(r)
        self.bare_amount_en(r)
        self.lakh_amount_en(r)
        self._outlet_amount_en(r)
        self.price_list_item_en(r)
        if r.kind != "number" or r.unit is not None:
            return
        if self._bracketed_age_en(r.n1):
            r.unit = "years old"
        elif self._implied_count(r):
            r.kind = "count"

    def _outlet_amount_en(self, r: Reading) -> None:
        """A bare figure in millions or more right after a noun that only money fills (`outlet_amount_nouns`:
        "increased the budget to 8.91 trillion", "a deficit of 2.4 billion"; a link and a qualifier may stand
        between), or with such a noun after it ("a 20 million fine": _amount_noun_after_en), is an amount in the
        outlet country's currency when its sentence names no currency (GUIDELINES: the outlet's country resolves
        what the text leaves open). No outlet country (the BBC): no amount."""
        if r.kind != "number" or r.unit is not None or r.counted is not None or r.n2 is not None or \
                r.n1.scale < 1_000_000:
            return
        code = self.ex.currency.outlet_currency
        if code is None:
            return
        data = self.language
        k = self._qualifier(r.start_i)[1]
        if not any(self.word_key(m) in data.outlet_amount_nouns for m in range(max(0, k - OUTLET_NOUN_REACH), k)) \
                and not self._amount_noun_after_en(r.n1.end_i):
            return
        lo, hi = self.bounds
        if any(self.toks[m].text in data.currency_symbols or self._currency_after(m) is not None
               for m in range(self._index_after(lo), self._index_after(hi))):
            return  # a currency named in the sentence: its own rules decide
        r.kind, r.currency, r.candidates, r.currency_source = "money", code, [], "outlet_country"

    def _amount_noun_after_en(self, k: int) -> bool:
        """A noun that only money fills names the figure ending before token k from after it: right after it ("a 20
        million fine", "a 3 billion budget") or as what it is, after a copula and "the" ("Four billion is the
        deficit")."""
        data, key = self.language, self.word_key(k)
        if key in data.outlet_amount_nouns:
            return True
        return key in data.subject_copulas and self.word_key(k + 1) == "the" and \
            self.word_key(k + 2) in data.outlet_amount_nouns

    def price_list_item_en(self, r: Reading) -> None:
        """English: "sell at KSh 80, 2kg at 150 and 5kg at 360": a bare figure right after a price link
        (`price_item_links`) that closes a list item, opened after a comma or "and" by one to three tokens naming
        the goods (no "the": "and the index at 31" is a level of its own), goes on in the money of the sentence's
        last amount when that amount stands right after the same link and is of its order (within tenfold;
        GUIDELINES: a figure continuing amounts takes their currency)."""
        prev, data = self.last_money, self.language
        link = r.start_i - 1
        if r.kind != "number" or r.unit is not None or r.n2 is not None or r.n1.scale or prev is None or \
                prev.start < self.bounds[0] or self.word_key(link) not in data.price_item_links or \
                not isinstance(prev.value, int | float) or not prev.value / 10 <= r.n1.value <= prev.value * 10:
            return
        first = self._index_after(prev.start)  # (the amount's first token, when it starts one before the link)
        if first >= link or self.toks[first].start != prev.start or self.word_key(first - 1) != self.toks[link].key:
            return  # (the amount too came right after the link: "retail at KSh 100")
        after = self.tok(r.end_i)
        if not (after is None or after.start >= self.bounds[1] or after.text in ",.;" or after.key in data.and_words):
            return
        for m in range(link - 1, max(-1, link - 4), -1):
            before = self.tok(m - 1)
            if self.toks[m].start < prev.end or before is None or self.toks[m].key in data.share_articles:
                return  # ("and the index at 31": a level of its own, named by "the")
            if before.text == "," or before.key in data.and_words:
                r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
                r.currency_source = "context"
                return

    def _thousands_left_off(self, n1: NumberExpr, n2: NumberExpr) -> bool:
        """English "between 30 and 35,000 fans", "15 to 20,000 people", "15-20,000": a low bound of bare digits
        (2-999) before a high bound written in whole thousands ("80,000") that is at most half again the low bound's
        thousands: the writer left the low bound's thousands unwritten (not "5 to 10,000", a literal span). A
        one-digit low bound only after a qualifier ("about 2 to 3,000 people"): "between 2 and 3,000" is literal."""
        if self.ar or n1.scale or n2.scale or n1.is_word or n2.is_word or n1.plain_digits is None or \
                n2.plain_digits is not None or not 2 <= n1.value < 1000 or n1.value != n1.value.to_integral_value():
            return False
        low = n1.value * 1000
        return self.toks[n2.start_i + n2.parenthesized].text.endswith(",000") and low < n2.value <= low * 3 / 2 and \
            (n1.value >= 10 or self._qualifier(n1.start_i)[0] is not None)

    def daily_barrels_slip_en(self, r: Reading) -> None:
        """English: "output rose to 1,482 million barrels per day": a figure of one digit, a comma and three
        digits in millions of barrels a day would be ten times the world's output; the comma is the decimal point the
        writer meant (1.482 million, GUIDELINES: the figure the writer meant). Only before "per day"/"a day"
        (`barrel_day_links`, `barrel_day_nouns`) and for `barrel_slip_units`."""
        data = self.language
        if self.ar or r.n2 is not None or r.unit not in data.barrel_slip_units or r.n1.scale != MILLION:
            return  # (most measures: a set lookup)
        text = self.toks[r.n1.start_i].text
        if len(text) != 5 or text[1] != "," or not (text[0] + text[2:]).isdigit():
            return
        if self.word_key(r.end_i) in data.barrel_day_links and self.word_key(r.end_i + 1) in data.barrel_day_nouns:
            r.n1.value = r.n1.value / 1000

    def _more_measure_en(self, j: int) -> tuple[str, int] | None:
        """English: "more" between a figure and a measure unit ("needs 36 more runs", "three more points"): the
        measure, as without it."""
        if self.ar or self.word_key(j) not in self.language.more_count_words:
            return None
        return self._measure_after(j + 1)

    def _rate_per_en(self, r: Reading, found: tuple[int, int]) -> bool:
        """English: a figure with a fraction before its noun and "per" is a rate, a number ("185.6 cases per 100,000
        residents", "averaged 2.8 goals per match"): no part of a case is counted. Whole figures ("145,000 jobs
        per month"), scaled ones and time nouns ("3.5 days per visit") stay counts."""
        data = self.language
        return not self.ar and self.word_key(found[1]) in data.rate_base_links and not r.n1.scale and \
            r.n1.value != r.n1.value.to_integral_value() and self.toks[found[0]].key not in data.time_nouns

    def fraction_counts_nothing_en(self, r: Reading, found: tuple[int, int]) -> bool:
        """English: a figure with a fraction and no scale word before the noun it would count, with no "per" after
        ("will levy 130.16 mills", "searchers use 2.2 terms on average", "scored 9.3 goals a season"): no part of a
        thing is counted, so the figure is a measure in that noun or a mean, a number (session 19, OOD en43). A part
        of a period is a length and stays a count ("3.44 years", "0.4 nights", "37.5 hours", "10.3 overs"); a
        scaled figure counts ("1.5 million people")."""
        data = self.language
        if r.n1.scale or r.n1.value == r.n1.value.to_integral_value():
            return False
        key = self.toks[found[0]].key
        return key not in data.time_nouns and key not in data.occasion_time_nouns and \
            key not in data.frame_units_long and key not in data.frame_units_short

    def falling_pair_en(self, n1: NumberExpr, n2: NumberExpr, start_i: int, connector: str | None) -> bool:
        """English: two figures going down, joined by "to", share the unit after the second as a rising pair does
        (a range is written rising): a change "from" one to the other ("fell from 8.2 to 7.9 per cent", "from 25 to
        14 million units": 25 million), or shares set against each other ("a 55 to 45 percent split"). Not a
        year before "to" ("by 2030 to 40 percent"), nor two spelled figures ("climbed from six to five": places in
        a chart, as often as a change)."""
        if self.ar or not self.changes_to(connector) or year_like(n1) or (n1.is_word and n2.is_word):
            return False
        if self.in_set(start_i - 1, self.language.range_from_words):
            return True
        return n1.value <= 100 and self._percent_after(n2.end_i) is not None
