"""Numbers written with digits: the scale word or suffix after a figure (digits.py reads the figure itself, its
separators and decimals, and asks `_apply_scale` for what follows it). A scale word multiplies it ("2.5 million",
"ألف مليون" twice), after a hyphen too ("R432.4-billion", "a $10-plus billion deal"), unless the figure is written out
in full and the scale restates it ("(48.500.000) مليون ريال"); an Arabic comma before three digits is a decimal one
before a scale where thousands could not be ("19,452 مليار"); a suffix written apart scales it ("QR 2.4 bn"), a capital
letter only beside a currency ("Ksh 157 B", "40 mil EUR"). A glued "m" is millions, not metres, before a currency,
a counted plural or in a sentence counting people ("1.5m euros", "39m cases"), or after a signed first bound
("£20-30m"). DigitRules' base (rules/numbers/digits.py)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import DASHES, NUM, WORD, NumberExpr

# Outlets of countries that write the decimal comma, as French does ("3,5 بالمائة"): "11,823 مليون قنطار" in a Tunisian
# paper is 11.823 million, where a Gulf paper's "66,017 مليون ريال" groups thousands (as rules/dates/numeric.py's
# MONTH_FIRST_COUNTRIES, a country's writing convention, not a language's words).
DECIMAL_COMMA_COUNTRIES = frozenset({"TN", "DZ", "MA", "LY", "MR"})
# A scale word after a whole figure written out in full with two or more thousands separators restates it
# ("(48.500.000) مليون ريال", "1,527,178 million tonnes"): from a million on (a "1,500 million" is 1.5 billion, written
# in millions). Before a currency word only in brackets, the official style every such amount seen has: a bare
# "105,895,722 مليون دينار" is an Iraqi budget's literal 105 trillion dinars (weak currencies are counted in millions)
RESTATED_SCALE_MIN = 1_000_000


class DigitScaleRules(Cursor):
    """Digit numbers: the scale words and suffixes after them."""

    def _comma_decimal_before_scale(self, expr: NumberExpr, key: str, scale: int) -> Decimal:
        """Arabic "19,452 مليار", "7,967 ملايين": one comma before three digits is a decimal comma before a scale word
        when read as thousands the figure could not be: a plural scale ("ملايين", "آلاف") follows three to ten only,
        and a billion or more after ten thousand would be ten trillion or more (the digits ",000" aside: "199,000
        مليار" groups thousands). "1,250 مليون", "3,850 مليون ريال" and "1,250 مليار" keep the thousands comma, except
        at an outlet of a country that writes the decimal comma (DECIMAL_COMMA_COUNTRIES, the Maghreb: "11,823 مليون
        قنطار" in a Tunisian paper is 11.823 million)."""
        text = self.toks[expr.start_i + expr.parenthesized].text
        whole, _, frac = text.partition(",")
        if text.count(",") != 1 or len(frac) != 3 or not whole.isdigit() or not frac.isdigit() or \
                expr.raw != Decimal(whole + frac):
            return expr.raw
        if key in self.language.plural_scales:
            fits = 1 <= int(whole) <= 10
        else:
            fits = (scale >= 1_000_000_000 and int(whole) >= 10 and frac != "000") or \
                (self.ex.country in DECIMAL_COMMA_COUNTRIES and frac != "000")
        return Decimal(whole + "." + frac) if fits else expr.raw

    def _millions_follow(self, j: int) -> bool:
        """After "1.5m": a currency word or code ("1.5m euros", "5m USD"), a noun counted in millions ("3m people")
        or a unit word of three letters or more ("1m teu", "2m hectares") means million; "a 1m gap", "the 100m
        final" stay metres."""
        t = self.tok(j)
        if t is None or t.kind != WORD:
            return False
        data = self.language
        return t.key in data.currency_words or t.text in data.currency_symbols or t.key in data.count_nouns or \
            t.key in data.million_nouns or (
            len(t.key) > 2 and (t.key,) in data.measure_units) or self._plural_counted_after(j)

    def _plural_counted_after(self, j: int) -> bool:
        """"39m cases", "1.6m Muslims", "133m text messages": a plural noun after the glued "m" (maybe after one
        modifier) is what it counts in millions, unless it is a thing measured in metres or a race
        (`metre_context_words`: "20m waves", "the 100m hurdles", "over 60m indoors"; `race_nouns`,
        `race_event_nouns`: "400m runners") or a word that never follows a counted figure (`not_counted`). Review
        (session 21): nor a structure or craft sized in metres (`metre_sized_plurals`: "90m yachts", "50m pools"),
        nor after a number word ("two 40m masts": a count in millions is never counted again)."""
        data = self.language
        if self.word_key(j - 3) in data.number_words:
            return False
        for k in (j, j + 1):
            t = self.tok(k)
            if t is None or t.kind != WORD or t.key in data.metre_context_words or t.key in data.not_counted or \
                    t.key in data.number_words:
                return False  # ("the 10,000m five days later")
            key = t.key
            if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")) and \
                    (t.text.islower() or t.text[1:].islower()):
                return key not in data.race_nouns and key not in data.race_event_nouns and \
                    key not in data.metre_sized_plurals
            if not (t.text.islower() or t.text.isupper()):
                return False  # (one modifier: "text messages", "DS consoles")
        return False

    def _signed_bound_before(self, i: int) -> bool:
        """English: the figure at i closes a range whose first bound carries a currency sign ("£20-30m", "£20m-30m",
        "$5 to 8m"): its glued "m" is millions, as the first bound's would be."""
        link = self.tok(i - 1)
        if link is None or not (link.text in DASHES or link.key in self.language.range_connectors):
            return False
        k = i - 2
        if self.tok(k) is not None and self.toks[k].kind == WORD and k >= 1 and self.glued(k) and \
                self.toks[k].key in self.language.scale_suffixes:
            k -= 1  # "£20m-30m"
        first = self.tok(k)
        return first is not None and first.kind == NUM and self._currency_before(k) is not None

    def _millions_in_sentence(self, j: int) -> bool:
        """English "the population ... from about 1.2m in 2005 to more than 2.1m": no noun after the "m", but its
        sentence counts people or things before it (`million_context_nouns`: population, voters ...) and measures no
        length (`metre_context_words`: tall, deep, final, hurdles ...): millions."""
        data = self.language
        t = self.tok(j)
        if not data.million_context_nouns or (t is not None and t.kind == WORD and t.key not in data.million_links):
            return False  # "a 1.5m fence": a noun after the figure decides (_millions_follow)
        s0 = self.bounds[0]
        before = {t.key for t in self.toks[:j] if t.kind == WORD and s0 <= t.start}
        # (the people counted stand before the figure)
        return not before.isdisjoint(data.million_context_nouns) and not self._sentence_measures_length()

    def _sentence_measures_length(self) -> bool:
        """A word of the window's part of its sentence measures a length (`metre_context_words`: tall, deep, final,
        hurdles ...): a bare "m" there is metres."""
        s0, s1 = self.bounds
        words = self.language.metre_context_words
        return any(t.kind == WORD and t.key in words for t in self.toks if s0 <= t.start < s1)

    def _capital_scale(self, expr: NumberExpr, j: int) -> bool:
        """"Ksh 157 B", "Rs 40 BN", "EUR 40 mil": a capital scale letter (or a lower-case suffix of
        `signed_scale_suffixes`) after a space scales an amount whose currency sign stands before it, or whose
        currency code or word follows the letter ("40 mil EUR", "40 m euros") or whose range's first bound has the sign
        ("EUR 40-50 mil"), when no mark is glued after the letter ("1292 B.C.", "35 M&S goods")."""
        after = self.tok(j + 1)
        closed = after is None or not self.glued(j + 1) or after.text in ",;)" or (
            after.text == "." and not self.glued(j + 2))  # a full stop ends it, "B.C." goes on
        return closed and (self._currency_before(expr.start_i) is not None or self._plain_currency_at(j + 1) or
                           self._signed_bound_before(expr.start_i))  # "EUR 40-50 mil": a range's signed first bound

    def _plain_currency_at(self, k: int) -> bool:
        """Token k is a currency code or sign ("EUR", "USD") or a currency word that is no other word too ("euros";
        not "won", "pounds" of weight, "cents")."""
        t, data = self.tok(k), self.language
        if t is None or t.kind != WORD:
            return False
        cur = data.currency_words.get(t.key)
        if cur is not None:
            return cur.divisor == 1 and not (cur.needs_number or cur.common_word or cur.needs_adjective or
                                             cur.needs_country)
        return t.text in data.currency_symbols and t.text.isupper()

    def _grouped_in_full(self, expr: NumberExpr, scale_i: int) -> bool:
        """The whole figure is written out with thousands separators (two or more: "48.500.000", "2,361,004"), in
        brackets when a currency word follows its scale at scale_i ("(375,526,840) مليون ريال"; a bare
        "105,895,722 مليون دينار" is read with its scale: RESTATED_SCALE_MIN)."""
        if not expr.parenthesized and self.word_key(scale_i + 1) in self.language.currency_words:
            return False
        t = self.toks[expr.start_i + 1 if expr.parenthesized else expr.start_i]
        return t.kind == NUM and sum(t.text.count(sep) for sep in ".,،") >= 2 and \
            expr.raw == expr.raw.to_integral_value()

    def _apply_scale(self, expr: NumberExpr) -> NumberExpr:
        j = expr.end_i
        t = self.tok(j)
        data = self.language
        if t is not None and t.text == "-" and not self.ar and self.glued(j) and self.glued(j + 1) and \
                self.word_key(j + 1) in data.scales:
            j, t = j + 1, self.toks[j + 1]  # "R432.4-billion", "a 17-million population": the scale after a hyphen
        elif t is not None and t.text == "-" and not self.ar and self.glued(j) and self.glued(j + 1) and \
                (self.word_key(j + 1) in data.more_tails or self.word_key(j + 1) in data.approx_tails) and \
                self.word_key(j + 2) in data.scales:
            j, t = j + 2, self.toks[j + 2]  # "a $10-plus billion deal": the scale after an approximate tail (the
            # tail's qualifier: counts_en._tail_qualifier)
        if t is None or t.kind != WORD:
            return expr
        key = t.key
        if key in data.scales:
            scale = data.scales[key]
            if self.ar:
                expr.raw = self._comma_decimal_before_scale(expr, key, scale)
            if scale >= RESTATED_SCALE_MIN and expr.raw >= scale and self._grouped_in_full(expr, j):
                scale = 1  # "(48.500.000) مليون ريال", "(2,361,004) مليون مسافر": the full figure, its scale restated
            expr.value, expr.scale, expr.end_i, expr.plain_digits = expr.raw * scale, scale, j + 1, None
            # "ألف مليون", "thousand million": a second scale multiplies again.
            t2 = self.tok(j + 1)
            if t2 is not None and t2.kind == WORD and t2.key in data.scales and data.scales[t2.key] > scale:
                expr.scale *= data.scales[t2.key]
                expr.value *= data.scales[t2.key]
                expr.end_i += 1
        elif (key in data.spaced_scale_suffixes and t.text.islower()) or (  # "QR 2.4 bn", "4 mn tonnes"
                key in data.spaced_capital_scales and t.text.isupper() and self._capital_scale(expr, j)) or (
                key in data.signed_scale_suffixes and self._capital_scale(expr, j)):  # (any case: "EUR 4 Mio.")
            scale = data.scale_suffixes[key]
            expr.value, expr.scale, expr.end_i, expr.plain_digits = expr.raw * scale, scale, j + 1, None
        elif key in data.scale_currency_words:  # "33.5 ملياردولار": money reads the currency (_currency_after)
            scale = data.scale_currency_words[key][0]
            expr.value, expr.scale, expr.end_i, expr.plain_digits = expr.raw * scale, scale, j + 1, None
        return expr
