"""Money, English: amounts a sign or a word does not show alone. "one" before a currency word ("up by one Trinidad
and Tobago dollar") or glued to it ("the one-cedi levy"), but for a rate's basis; a spelled amount in capitals
("Two Hundred and Ten Ghana Cedis"); one unit of another currency after an amount ("GH¢12.05 to US$1": the basis);
"/-" closing an amount in shillings; a currency word named first with its adjective ("US dollars 541 million"); a
local letter before an amount-shaped figure; a price per unit written short ("R20/l"); a scale shared over "or".
Its bases: money_bare_en.py (bare figures going on from an amount, bare crore amounts) and money_conversion_en.py
(the value in another currency in brackets beside an amount: a scale left out, the rate choosing among a word's
currencies, "$52 million (Shs190 billion)"). The base of MoneyRules (rules/money.py), whose helpers
(`_currency_after`, `_read_money` ...) these call through self."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading, number_value
from claims.languages import Currency
from claims.rules.money_bare_en import BareAmountRulesEn
from claims.rules.money_conversion_en import ConversionRulesEn

ONE_BASIS_REACH = 6  # tokens back from "one" + currency to an amount that makes it a rate's basis


class MoneyRulesEn(BareAmountRulesEn, ConversionRulesEn):
    """English money forms (rules/money.py is the rest)."""

    def one_hyphen_amount_en(self, i: int) -> list[Draft] | None:
        """"the one-cedi levy", "a one-dollar coin": "one" glued by a hyphen to a currency word is an amount of one,
        as "a two-cedi levy" is two (the hyphen path of `_currency_after`); "one" alone is no figure (en). So is
        "one" before a currency word ("raised by one Jamaican dollar", "one Ghana cedi bought ..."), but for the
        basis of a rate: after an amount a few words before ("from 1.74 cedis to one US dollar") or before "="
        ("(One TT dollar=US$0.15)"). Not after a negation: "not one dollar of the fund" is none at all."""
        nxt = self.tok(i + 1)
        if nxt is None or self.ar or (nxt.text != "-" and (nxt.kind != WORD or self._rate_basis_one(i))) or \
                self.word_key(i - 1) in self.language.negation_words:
            return None
        found = self._currency_after(i + 1)
        if found is None or (nxt.text != "-" and self._basis_after(found[1])):
            return None
        r = Reading(NumberExpr(Decimal(1), i, i + 1, is_word=True, raw=Decimal(1)), None, None, i, found[1])
        self._read_money(r, found[0], found[2])  # (quantity.py)
        return [Draft("money", self.toks[i].start, self.toks[found[1] - 1].end, value=number_value(r.n1.value),
                      currency=r.currency, currency_candidates=r.candidates, currency_source=r.currency_source)]

    def titled_amount_en(self, i: int) -> bool:
        """English: an amount spelled out in capitals inside a sentence, as price notices write it ("is Two Hundred
        and Ten Ghana Cedis (GH₵210.00)"), is a figure, not a name: a currency follows its words, two or more (a
        band "Five Dollars" is a name)."""
        expr = self.number_expr(i)
        return expr is not None and expr.is_word and expr.end_i > i + 1 and self._currency_after(expr.end_i) is not None

    def rate_basis_en(self, r: Reading) -> bool:
        """English: "sells at GH¢12.05 to US$1", "Rs 83.2 against $1": one unit of another currency right after an
        amount and a basis link (`fx_basis_links`) is what the rate is counted per, no amount (as "one dollar" in
        `_rate_basis_one`). Not the end of a change "from $3 to $1"."""
        data, prev = self.language, self.last_quantity
        k = r.start_i - 1
        if self.ar or r.kind != "money" or r.n2 is not None or r.n1.scale or r.n1.value != 1 or \
                self.word_key(k) not in data.fx_basis_links or prev is None or prev.kind != "money" or \
                prev.currency == r.currency or prev.start < self.bounds[0] or k < 1 or self.toks[k - 1].end != prev.end:
            return False
        m = k - 1
        while m > 0 and self.toks[m].start > prev.start:
            m -= 1
        return self.word_key(m - 1) not in data.range_from_words

    def _rate_basis_one(self, i: int) -> bool:
        """A currency sign or word among the few words before "one" (its sentence's: "¢1.74 to one US dollar",
        "one cedi was for one dollar" make the second "one" a rate's basis, no amount), or a basis word among the
        two before it ("equivalent to one dollar"; `one_basis_words`)."""
        data = self.language
        if self.word_key(i - 1) in data.one_basis_words or self.word_key(i - 2) in data.one_basis_words:
            return True
        for k in range(max(0, i - ONE_BASIS_REACH), i):
            t = self.toks[k]
            if t.start >= self.bounds[0] and (t.key in data.currency_words or t.text in data.currency_symbols):
                return True
        return False

    def _basis_after(self, k: int) -> bool:
        """After "one" + currency: "=" ("(One TT dollar=US$0.15)") or a basis word in the next two ("One dollar
        bought 102 yen", "one dollar is worth")."""
        t = self.tok(k)
        return t is not None and (t.text == "=" or t.key in self.language.one_basis_words or
                                  self.word_key(k + 1) in self.language.one_basis_words)

    def or_scale_en(self, r: Reading) -> None:
        """English: "€1.4 or 1.5 billion", "$4 or 5 million": an amount with its sign and no scale, "or", then a
        bare figure with a scale word and nothing after it of its own (no currency, percent, measure or counted
        noun) that the first does not exceed: the scale is the first's too, as in a range ("€1.4-1.5 billion").
        The second figure takes the amount's currency in continued_figures._continues_amount_en (`_or_amount_en`)."""
        n1 = r.n1
        if self.ar or r.kind != "money" or r.n2 is not None or n1.scale or r.end_i != n1.end_i or \
                self.word_key(r.end_i) not in self.language.or_words:
            return
        n2 = self.number_expr(r.end_i + 1)
        if n2 is None or n2.scale < 1000 or n2.is_word or not 0 < n1.value <= n2.raw:
            return
        end = n2.end_i
        if self._currency_after(end) is not None or self._percent_after(end) is not None or \
                self._measure_after(end) is not None or self._counted_after(end, n2) is not None:
            return
        n1.value, n1.scale = n1.value * n2.scale, n2.scale

    def _or_amount_en(self, r: Reading, prev: Draft) -> bool:
        """The bare scaled figure after "or" right after an amount whose scale it lent (`or_scale_en`)."""
        k = self._qualifier(r.n1.start_i)[1] - 1
        return k >= 1 and self.word_key(k) in self.language.or_words and self.toks[k - 1].end == prev.end

    def _spaced_thousands_follow(self, i: int) -> bool:
        """The figure at token i goes on with a group of three digits after one space ("Ghana cedi 10 560"): its
        thousands are separated, as an amount's are."""
        t, group = self.toks[i], self.tok(i + 1)
        return group is not None and group.kind == NUM and len(t.text) <= 3 and group.start == t.end + 1 and \
            len(group.text) == 3 and group.text.isdigit()

    def _adjective_currency_first(self, i: int) -> tuple[Currency, int] | None:
        """English: a currency word and the adjective that names its country, before an amount's figure, as South
        Asian and East African papers write it ("US dollars 541 million", "Kenya shillings 2.5 billion"): the
        currency of that code ("USD", "KES": a symbol of the language data), from the adjective on. Only before a
        figure written as an amount, with a scale word, separators (a space too: "Ghana cedi 10 560") or decimals
        (not "paid in US dollars 100 years
        ago"), and not after a figure that the currency word closes ("5 US dollars 100 times"). The word alone,
        capitalized, before a figure with a scale word names its currency too ("Euro 1.2 million"; not "Euro 2024"),
        unless it is also an everyday word (`common_word`, `needs_adjective`: "Won 3 million votes") or a counted
        noun follows the figure ("Euro 2.5 million visitors": the tournament's visitors)."""
        prev = self.toks[i - 1]
        data = self.language
        cur = data.currency_words.get(prev.key) if prev.kind == WORD and not self.ar else None
        if cur is None or cur.divisor != 1 or not self._sized(i):
            return None
        scaled = self.word_key(i + 1) in data.scales or self.word_key(i + 1) in data.scale_suffixes
        if self.toks[i].text.isdigit() and not scaled and not self._spaced_thousands_follow(i):
            return None
        for length in (4, 3, 2, 1):  # ("Trinidad and Tobago dollars", "U.S. dollars": glued tokens join)
            k = i - 1 - length
            if k < 0 or self.toks[k].kind != WORD:
                continue
            words = self._glued_words(k, i - 1)
            if len(words) > 3 or not words[0][:1].isupper() or self._amount_closes_at(k):
                continue
            code = cur.adjectives_before.get(tuple(w.lower() for w in words))
            named = data.currency_symbols.get(code) if code is not None else None
            if named is not None and named.code == code:
                return named, k
        if scaled and prev.text[:1].isupper() and not cur.needs_adjective and not cur.common_word and \
                not self._amount_closes_at(i - 1) and not self._counted_past_scale(i):
            return cur, i - 1
        return None

    def _counted_past_scale(self, i: int) -> bool:
        """A counted noun after the scaled figure at i ("2.5 million visitors")."""
        n = self.number_expr(i)
        return n is not None and self._counted_after(n.end_i, n) is not None

    def _amount_shaped_local(self, glued: Currency, i: int) -> bool:
        """English: a local letter of one currency glued to a figure written as a large amount (a scale word after
        it, or thousands commas: "N3.5 trillion", "N530,421,368,624") or priced against another currency's sign
        ("N305 to $1") is that currency even where its country is out of view (a Cameroonian paper on Nigeria's
        budget): no road, form or mask is numbered so. A letter several currencies share ("K", "P") still needs its
        country."""
        if glued.candidates or glued.code is None or not self.glued(i):
            return False
        data = self.language
        after = self.word_key(i + 1)
        if "," in self.toks[i].text or after in data.scales or after in data.scale_suffixes:
            return True
        return after in data.fx_basis_links and self.tok(i + 2) is not None and self._sign_of_next_figure(i + 2)

    def letter_names_thing_en(self, glued: Currency, i: int) -> bool:
        """English: a lone currency letter of one country glued to a plain figure of three or four digits, after
        "the" (`letter_name_determiners`) or a capitalized word inside the sentence, names a road or a model where
        that country is out of view ("resurface the R412", "a Canon R500"); an amount there has separators,
        decimals, a scale or a price unit ("R4.2 billion", "R2-million", "R20/l")."""
        text = self.toks[i].text
        if len(self.toks[i - 1].text) != 1 or glued.code is None or not text.isdigit() or not 3 <= len(text) <= 4:
            return False
        before, nxt = self.tok(i - 2), self.tok(i + 1)
        if before is None or before.kind != WORD or not (
                before.key in self.language.letter_name_determiners or
                (before.text[0].isupper() and before.start > self.bounds[0])):
            return False
        if nxt is not None and (nxt.kind == NUM or (nxt.kind == SYM and self.glued(i + 1)) or
                                nxt.key in self.language.scales):
            return False
        return not self._country_in_view(glued.code)

    def unit_price_after(self, i: int) -> bool:
        """English: the figure at i is a price per unit: a slash and a unit abbreviation glued after it ("R20/l",
        "R15/kg"; `price_unit_abbreviations`) or, glued straight to it, one such abbreviation (the dairy and meat
        papers' "NZ$7.47kgMS"; not_claims/model_designations.py lets it stand after a currency sign)."""
        nxt = self.tok(i + 1)
        if self.ar or nxt is None or not self.glued(i + 1):
            return False
        units = self.language.price_unit_abbreviations
        if nxt.kind == WORD:
            return nxt.key in units
        unit, glued = self.tok(i + 2), self.language.currency_glued_symbols.get(self.toks[i - 1].text)
        return nxt.text == "/" and unit is not None and unit.kind == WORD and self.glued(i + 2) and \
            unit.key in units and (glued is None or self._currency_in_view(glued))  # (not a model "R20/L" elsewhere)

    def _dollar_letters_cents(self, i: int) -> tuple[Currency, int] | None:
        """English: a dollar's letters glued to a figure in cents, as New Zealand and Australian papers write a price
        or a rate ("buying US59.5c", "down NZ38c"): the letters with "$" name the currency ("US$", "NZ$", "AU$"; two
        letters or more: not "A4c");
        only with the "c" glued after the figure ("NZ38" alone is a name). `glued_cents_en` reads the cents."""
        sign = self.tok(i + 1)
        if sign is None or sign.text != "c":  # (the cheap test first: this runs at every figure with a word before)
            return None
        prev = self.toks[i - 1]
        if self.ar or prev.kind != WORD or len(prev.text) < 2 or not self.glued(i) or not self.glued(i + 1) or \
                not self.toks[i].text.replace(".", "", 1).isdigit():
            return None
        after = self.tok(i + 2)
        if after is not None and after.kind == WORD and self.glued(i + 2):
            return None
        cur = self.language.currency_symbols.get(prev.text + "$")
        return (cur, i - 1) if cur is not None and cur.code is not None else None

    def glued_cents_en(self, r: Reading) -> None:
        """The cents of `_dollar_letters_cents`: "NZ38c" is 0.38 NZD, its "c" inside the span."""
        if r.kind != "money" or r.n2 is not None or r.n1.scale or r.end_i != r.n1.end_i or \
                self.word_key(r.end_i) != "c" or self._dollar_letters_cents(r.n1.start_i) is None:
            return
        r.n1.value /= 100
        r.end_i += 1

    def _dash_mark_after(self, j: int) -> Currency | None:
        """"/-" glued after a bare figure, as East African papers close an amount in shillings ("collected
        850bn/-", "a fee of 5,000/-"; Ugandan papers also "5,000/="): the currency of the word `dash_mark_words`
        names, resolved as that word."""
        slash, dash = self.tok(j), self.tok(j + 1)
        if slash is None or slash.text != "/" or not self.glued(j) or dash is None or dash.text not in ("-", "=") or \
                not self.glued(j + 1) or not self.language.dash_mark_words or \
                (self.tok(j + 2) is not None and self.glued(j + 2) and self.toks[j + 2].kind != SYM):  # not "5/-2"
            return None
        cur = self.language.currency_words.get(next(iter(self.language.dash_mark_words)))
        if cur is not None and dash.text == "=" and not self._currency_in_view(cur):
            return None  # ("5/=" in a formula: "=" only where a shilling's country is in view)
        return cur
