"""English package sizes a price is quoted for (bench/devset/GUIDELINES.md, "A price's basis is not a claim"): the
weight or volume of the package a price is given for names what is sold, as "per litre" does, so it is no claim:
"Sh2,500 for a 90-kilogramme bag", "a 5-kg rice sack now goes for Rs900", "the 25 and 50 kilograms' cement sacks'
rates", "GH₵300 for a sack weighing 45 kilos", "a three kilogram of beans goes for Sh450", "the official rate for 20
kilograms of wheat flour went up to 2,840 rupees". The price may come after a word of price or sale further on ("for
a 25-kilogram bag of sugar, the approved price is now 3,200 rupees", "a 90-kg bag of beans sells at 7,200, 7,000
and 6,900 shillings"), and its currency may be a letter before it ("K9 500", "GH 650"). A vessel (a pail, a drum) is
a package only with a word of sale or price in its clause. A weight with no
price near it ("536,889 60-kg bags were shipped", "each bag weighs 60kg") and a haul's weight ("44 kilograms of
cannabis worth PHP5m": no package, no single unit of sale) stay measures.

Asked by QuantityRules.quantity for a measure reading only, after its unit is read, and first of all whether the
unit's last word is one of `package_units` (a set lookup): most figures never get further.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLAUSE_ENDS_EN
from claims.engine.types import NUM, SYM, WORD, Reading

PACKAGE_PRICE_REACH = 8  # tokens from a package's size to its price, or from a price back to the package word
PACKAGE_PIVOT_REACH = 12  # tokens from a package to a word of price or sale before its price ("sugar, the ... price")
BAND_REACH = 6  # tokens from a band of use to its verb of paying ("Between 50 and 200 kilowatt hours, households pay")
SENTENCE_MARKS = frozenset(".;")  # a band's verb of paying stands in its sentence
PRODUCT_WORDS = 2  # lower-case words naming the product between a size and its package ("20-kg maize flour bag")


class PackageBasisRulesEn(Cursor):
    """English package sizes that a price near them is quoted for."""

    def package_basis_en(self, r: Reading) -> bool:
        """The measure read in `r` sizes a package a price is quoted for (module docstring)."""
        data = self.language
        if self.ar or r.kind != "number" or r.end_i < 1 or self.toks[r.end_i - 1].key not in data.package_units:
            return False
        if r.start_i > 0 and self.toks[r.start_i - 1].kind == NUM:
            return False  # "$3,000 on 200 10-kg bags": a count of packages, the money is their total (review 16)
        after = self._package_after(r.end_i)
        if after is not None:  # "a 90-kilo bag", "20 kilograms' flour bag's"
            return self._price_near(r.start_i - PACKAGE_PRICE_REACH, r.start_i) or self._price_after(after)
        vessel = self._package_after(r.end_i, data.package_vessel_nouns)
        if vessel is not None:  # "a 20-litre pail ... fetches K11 000"
            return self._price_after(vessel, pivot_only=True)
        k = r.start_i - 1
        if self.word_key(k) in data.article_words and self.word_key(k - 1) in data.package_weight_links and \
                self.word_key(k - 2) in data.package_nouns:
            k -= 1  # "a bag of a 10kg now sells at K48": an article typed between
        if self.word_key(k) in data.package_weight_links and self.word_key(k - 1) in data.package_nouns:
            # "a sack weighing 45 kilos", "a sack of 45kg of coffee ... at GH¢300"
            return self._price_near(k - 1 - PACKAGE_PRICE_REACH, k - 1) or self._price_after(r.end_i)
        if self.word_key(k) in data.package_per_words:
            return self._price_near(k - PACKAGE_PRICE_REACH, k)  # "Sh40 per two kilograms": a rate's basis
        if self._filled_before(k):
            return self._price_near(r.end_i, r.end_i + PACKAGE_PIVOT_REACH)  # "filling up a 55-litre car ... £11"
        if self.tok(k) is not None and (self.toks[k].text == "," or self.toks[k].key in data.and_words) and \
                self.word_key(r.end_i) in data.package_sale_links and self._listed_price(r.end_i + 1):
            return True  # "a 2kg packet at KSh 120, 3kg at 340 and 6kg at 650": items of a price list
        if self.word_key(k) in data.package_price_links and self.word_key(k - 1) in data.package_price_nouns:
            # "the official rate for 20 kilograms of wheat flour went up to 2,840 rupees": the price noun names the
            # amount its clause goes on to give
            return self._price_near(k - 1 - PACKAGE_PRICE_REACH, k - 1) or \
                self._price_near(r.end_i, r.end_i + PACKAGE_PIVOT_REACH + PACKAGE_PRICE_REACH)
        if self.word_key(k) in data.article_words and self.word_key(r.end_i) in data.share_links:
            # "a three kilogram of white beans goes for Sh450": one unit of sale, a verb of selling, then its price
            return self._sold_at_price(r.end_i + 1)
        return False

    def price_band_en(self, r: Reading) -> bool:
        """A band of use a tariff prices, no claim as a package size is none (session 19, OOD en43): a measure after
        "for" and a qualifier ("for under 50 kilowatt hours", "for anything above 200 kilowatt hours") or after
        "between" ("Between 50 and 200 kilowatt hours,"), with a verb of paying (`price_band_verbs`) and a price right
        before "for" ("homes will pay $3 for under 50 kilowatt hours") or after the measure in its sentence
        ("Between 50 and 200 kilowatt hours, households pay $9"). A quantity with no band word ("paid $3m for
        10,000 tonnes of wheat": a purchase) stays a measure, and so does one with a lower bound or an estimate
        ("paid $4 million for over 500 tonnes"): a band from nothing has an upper bound (`price_band_bounds`), or
        "anything" before its lower one."""
        data = self.language
        if self.ar or r.kind != "number" or r.unit is None or not data.price_band_verbs:
            return False
        found = self.phrase_before(r.start_i, data.qualifiers)
        k = found[1] if found is not None else r.start_i
        if self.word_key(k - 1) in data.price_band_any_words:
            k -= 1  # "for anything above 200 kilowatt hours"
        elif found is not None and found[0] not in data.price_band_bounds:
            return False  # "paid $4 million for over 500 tonnes", "for nearly 3 kg": a quantity bought (review19)
        opener = self.word_key(k - 1)
        if opener not in data.price_band_openers or (found is None and opener not in data.range_openers):
            return False  # (the cheap tests first; a band: a qualifier, or "between")
        if found is not None:
            for m in range(k - 2, max(-1, k - 2 - BAND_REACH), -1):
                if self.word_key(m) in data.price_band_verbs:
                    return self._price_near(m + 1, k - 1)  # "homes will pay $3 for under 50 kilowatt hours"
        for m in range(r.end_i, min(self.n, r.end_i + BAND_REACH)):
            t = self.toks[m]
            if t.kind == SYM and t.text in SENTENCE_MARKS:
                return False
            if t.kind == WORD and t.key in data.price_band_verbs:
                return self._price_near(m + 1, m + 1 + PACKAGE_PRICE_REACH)
        return False

    def _filled_before(self, k: int) -> bool:
        """A verb of filling before the size, past an article and "up" ("filling up a 55-litre car", "to fill a
        60-litre tank"): the capacity a fuel price is quoted for."""
        data = self.language
        if self.word_key(k) in data.article_words:
            k -= 1
        if self.word_key(k) in data.package_fill_particles:
            k -= 1
        return self.word_key(k) in data.package_fill_verbs

    def _listed_price(self, k: int) -> bool:
        """A figure at token k, maybe after a currency sign or word, in a sentence whose earlier part holds a price
        (the list's first item: "KSh 120, 3kg at 340")."""
        t = self.tok(k)
        if t is None:
            return False
        if t.kind != NUM and not self._price_near(k, k + 1):
            return False
        return self._price_near(0, k - 2)  # (within its sentence: _price_near reads no earlier one)

    def _package_after(self, k: int, nouns: frozenset[str] | None = None) -> int | None:
        """The token after a package word (`package_nouns`, or `nouns`) at k, past a possessive mark and up to
        PRODUCT_WORDS lower-case words naming the product ("kilograms' flour bags' prices", "a 20-kg maize flour
        bag")."""
        data = self.language
        nouns = data.package_nouns if nouns is None else nouns
        for _ in range(PRODUCT_WORDS + 1):
            k = self._past_possessive(k)
            t = self.tok(k)
            if t is None or t.kind != WORD or not t.text.islower():
                return None
            if t.key in nouns or (t.key.endswith("'s") and t.key[:-2] in nouns):
                return self._past_possessive(k + 1)  # ("bag's": one token)
            if t.key in data.not_counted or t.key in data.number_words:
                return None
            k += 1
        return None

    def _past_possessive(self, k: int) -> int:
        """Past an apostrophe at k and its "s" ("kilograms'", "bag's")."""
        if self.tok(k) is not None and self.toks[k].text in ("'", "’"):
            return k + 2 if self.word_key(k + 1) == "s" else k + 1
        return k

    def _price_after(self, k: int, pivot_only: bool = False) -> bool:
        """A price within PACKAGE_PRICE_REACH tokens from k (not `pivot_only`), or after a word of price or sale
        within PACKAGE_PIVOT_REACH (`package_price_pivots`; `pivot_only`: in the clause of k): "bag of sugar, the
        approved price is now 3,200 rupees"; after a verb of selling, a bare figure after "at"/"for" is the price
        too ("sells at 7,200, 7,000 and 6,900 shillings": the currency comes after the list)."""
        data = self.language
        if not pivot_only and self._price_near(k, k + PACKAGE_PRICE_REACH):
            return True
        for m in range(max(0, k), min(self.n, k + PACKAGE_PIVOT_REACH)):
            t = self.toks[m]
            if pivot_only and t.kind == SYM and t.text in CLAUSE_ENDS_EN:
                return False  # a vessel's price in its own clause ("used a 10-litre bucket at first, then a pump
                # costing $500": the pump's)
            if t.kind != WORD or t.key not in data.package_price_pivots:
                continue
            if t.key in data.package_sale_verbs and self.word_key(m + 1) in data.package_sale_links and \
                    self.tok(m + 2) is not None and self.toks[m + 2].kind == NUM:
                return True
            if self._price_near(m + 1, m + 1 + PACKAGE_PRICE_REACH):
                return True
        return False

    def _sold_at_price(self, k: int) -> bool:
        """A verb of selling (`package_sale_verbs`) within PACKAGE_PRICE_REACH tokens from k, and a price after it."""
        data = self.language
        for m in range(k, min(self.n, k + PACKAGE_PRICE_REACH)):
            if self.toks[m].kind == WORD and self.toks[m].key in data.package_sale_verbs:
                return self._price_near(m + 1, m + 1 + PACKAGE_PRICE_REACH)
        return False

    def _price_near(self, lo: int, hi: int) -> bool:
        """A currency word or sign among tokens [lo, hi) of this sentence ("KES", "Sh", "$", "rupees", a local letter
        before its figure, glued or not: "K8 000", "GH 800"), not after a
        word of value (`package_value_words`: "a bag of 5kg of heroin worth $200,000", "imports worth $40 million
        arrived in 50-kg bags": a haul's or a shipment's value, no price the package is quoted for; review 16)."""
        data = self.language
        for j in range(max(0, lo), min(self.n, hi)):
            t = self.toks[j]
            nxt = self.tok(j + 1)
            if t.start >= self.bounds[0] and (t.text in data.currency_symbols or (
                    t.kind == WORD and t.key in data.currency_words) or (nxt is not None and (
                    (self.glued(j + 1) and t.text + nxt.text in data.currency_symbols) or (
                        t.text in data.currency_glued_symbols and nxt.kind == NUM)))):
                if self._value_before(j):
                    return False
                return True  # ("GH¢": two tokens)
        return False

    def _value_before(self, j: int) -> bool:
        """A word of value (`package_value_words`) among the three tokens before the price at token j ("worth $40
        million", "worth about $200,000", "valued at Sh2m")."""
        return any(self.word_key(k) in self.language.package_value_words for k in range(j - 3, j))
