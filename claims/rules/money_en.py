"""Money, English: amounts a sign or a word does not show alone. "one" before a currency word ("up by one Trinidad
and Tobago dollar") or glued to it ("the one-cedi levy"), but for a rate's basis; a spelled amount in capitals
("Two Hundred and Ten Ghana Cedis"); one unit of another currency after an amount ("GH¢12.05 to US$1": the basis);
"/-" closing an amount in shillings; a bare scaled figure going on from an amount of an earlier sentence; a
currency word named first with its adjective ("US dollars 541 million"); a local letter before an amount-shaped
figure; a price per unit written short ("R20/l"); a scale shared over "or"; bare crore amounts; the rate to a
dollar figure set beside an amount, choosing among a word's currencies ("$52 million (Shs190 billion)"). The base of
MoneyRules (rules/money.py), whose helpers (`_currency_after`, `_read_money` ...) these call through self."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading, number_value
from claims.languages import Currency
from claims.rules.dates.year_like import year_like_digits
from factstream.countries import usd_rate_band

AMOUNT_NOUN_REACH = 3  # words back from a bare scaled figure to its amount noun ("an increase of")
EARLIER_AMOUNT_CHARS = 300  # characters from an amount back in an earlier sentence to the bare figure going on
CONVERSION_SCALE_MIN = 1_000_000  # a bracketed conversion's scale, and how far off its value is, for a missing scale
CONVERSION_RATE_SPAN = 100  # the rate between an amount and its conversion, once scaled alike, within a hundredfold
COMPARED_LINK_REACH = 3  # tokens between an amount and the link that sets a bare figure against it ("was raised to")
ONE_BASIS_REACH = 6  # tokens back from "one" + currency to an amount that makes it a rate's basis


class MoneyRulesEn(Cursor):
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
        The second figure takes the amount's currency in lists._continues_amount_en (`_or_amount_en`)."""
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

    def _adjective_currency_first(self, i: int) -> tuple[Currency, int] | None:
        """English: a currency word and the adjective that names its country, before an amount's figure, as South
        Asian and East African papers write it ("US dollars 541 million", "Kenya shillings 2.5 billion"): the
        currency of that code ("USD", "KES": a symbol of the language data), from the adjective on. Only before a
        figure written as an amount, with a scale word, separators or decimals (not "paid in US dollars 100 years
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
        if self.toks[i].text.isdigit() and not scaled:
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

    def conversion_scale_en(self, r: Reading) -> None:
        """English: the figure the writer meant, cross-checked in the sentence (GUIDELINES): an amount with no scale
        whose value in another currency, in brackets right after it, has a scale of a million or more ("revenues of
        3.14 riyals ($8.1 billion)") left that scale out when no rate could join the two as written (the bracket
        a million times the amount or more) and one can with it (within a hundredfold): 3.14 billion."""
        n1, k = r.n1, r.end_i
        if self.ar or r.kind != "money" or r.n2 is not None or n1.scale or self.tok(k) is None or \
                self.toks[k].text != "(" or n1.value <= 0:
            return
        m = k + 1
        while m < min(self.n, k + 4) and self.toks[m].kind != NUM:
            m += 1  # past the sign: "($", "(US$"
        sign = self._currency_before(m) if m < self.n and self.toks[m].kind == NUM else None
        conv = self.number_expr(m) if sign is not None and sign[1] == k + 1 else None
        if conv is None or conv.scale < CONVERSION_SCALE_MIN or self.tok(conv.end_i) is None or \
                self.toks[conv.end_i].text != ")" or sign[0].code == r.currency:
            return
        if conv.value >= n1.value * CONVERSION_SCALE_MIN and \
                1 / CONVERSION_RATE_SPAN <= conv.value / (n1.value * conv.scale) <= CONVERSION_RATE_SPAN:
            n1.value, n1.scale = n1.value * conv.scale, conv.scale

    def compared_amount_en(self, r: Reading) -> None:
        """English: a bare figure set against the amount before it in its sentence by a change or comparison link
        right before it (`compared_amount_links`: from, to, than, against ...; `comparison_links`: "compared with",
        "up from") is an amount in its currency ("profit rose to $5bn from 4.2bn", "3.1 trillion naira in 2022
        compared to 2.8 trillion", "Rs 50,000 was raised to 60,000"): within tenfold of it, no bracket or clause
        mark between (a conversion, another clause), nothing counted after. The link must belong to the amount: at
        most `COMPARED_LINK_REACH` tokens after it, no other figure between but a year ("the Bears 24 to 17", "paid
        $40 and cut his term from 18 to 12" keep their numbers)."""
        prev, data = self.last_quantity, self.language
        if prev is None or prev.kind != "money" or prev.currency is None or prev.start < self.bounds[0] or \
                not isinstance(prev.value, int | float) or prev.value <= 0 or \
                not prev.value / 10 <= r.n1.value <= prev.value * 10:
            return
        k = self._qualifier(r.start_i)[1] - 1
        if not self._after_comparison_link(r.start_i) and not self._listed_amount(r, k, prev):
            return
        if not self._link_tied_to_amount(k - (self.word_key(k) not in data.compared_amount_links), prev):
            return
        m = k
        while m >= 0 and self.toks[m].start >= prev.end:
            if self.toks[m].text in ("(", ")", ";"):
                return
            m -= 1
        r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
        r.currency_source = "context"

    def _link_tied_to_amount(self, link: int, prev: Draft) -> bool:
        """The link word at `link` stands close after the amount `prev` ends (`COMPARED_LINK_REACH` tokens), with no
        figure between but a year ("1.9 trillion naira in 2022 compared to")."""
        m = link - 1
        while m >= 0 and self.toks[m].start >= prev.end:
            t = self.toks[m]
            if link - 1 - m >= COMPARED_LINK_REACH or (t.kind == NUM and not year_like_digits(t.text)):
                return False
            m -= 1
        return True

    def _listed_amount(self, r: Reading, k: int, prev: Draft) -> bool:
        """The bare figure goes on a list of amounts (GUIDELINES: it takes their currency): a comma or "and" at k,
        right after the amount, and after the figure only what ends a list item (a comma, "and", "or",
        "respectively", "each", the clause's end): "Rs 250, 300 and 350 respectively", "$5bn and 6bn"; not "$20,
        15 of them", "3 for $5 and 2 for $3"."""
        data = self.language
        link = self.tok(k)
        if link is None or not (link.text == "," or link.key in data.and_words) or self.toks[k - 1].end != prev.end:
            return False
        after = self.tok(r.end_i)
        return after is None or after.start >= self.bounds[1] or after.text in (",", ".", ";") or \
            after.key in data.and_words or after.key in data.or_words or after.key in data.list_item_ends

    def going_on_amount_en(self, r: Reading) -> None:
        """English: a bare figure in millions or more goes on from the text's last scaled quantity when that is an
        amount close before (`EARLIER_AMOUNT_CHARS`) written with the same scale word and within a hundredfold: it
        takes its currency when named as a part of it (`_part_of_amount`: "The budget is Sh3.6 trillion. Of this,
        1.2 trillion goes to ...", "Of the $5bn, 2bn will go to schools"; GUIDELINES: a figure continuing amounts
        takes their currency). Not after a count in
        that scale ("8 billion people ... 9.7 billion"), nor with a word of people or a count cue before it in its
        sentence ("the population reached 8 billion")."""
        prev, data = self.ex.scaled_last, self.language
        at = self.toks[r.start_i].start
        if prev is None or prev.kind != "money" or prev.currency is None or not 0 <= at - prev.end <= \
                EARLIER_AMOUNT_CHARS or not isinstance(prev.value, int | float) or \
                not prev.value / 100 <= r.n1.value <= prev.value * 100:
            return
        scale_word = self.toks[r.n1.end_i - 1].key
        if not self.ex.text[prev.start:prev.end].lower().endswith(scale_word) or not self._part_of_amount(r, prev):
            return
        k = r.start_i - 1
        while k >= 0 and self.toks[k].start >= self.bounds[0]:
            key = self.toks[k].key
            if key in data.million_context_nouns or key in data.implied_count_cues or \
                    f"{key} {self.word_key(k + 1)}" in data.implied_count_cues:
                return
            k -= 1
        r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
        r.currency_source = "context"

    def _part_of_amount(self, r: Reading, prev: Draft) -> bool:
        """The bare figure is named as a part of the amount before it: "of which", "of this", "of it" or "including"
        among the three words before it (`amount_part_links`, after "of" but for "including"), or the amount opens
        the sentence after "Of the" with a comma between ("Of the $5bn, 2bn will go to schools"). A bare figure
        after an amount with no such link keeps its reading ("earned $4 billion as its customer base passed 2
        billion": a count)."""
        data = self.language
        k = self._qualifier(r.start_i)[1]
        for m in range(max(0, k - 3), k):
            key = self.word_key(m)
            if key in data.amount_part_links and (key.startswith("includ") or self.word_key(m - 1) == "of"):
                return True
        comma = self.tok(k - 1)
        if comma is None or comma.text != "," or k < 2 or self.toks[k - 2].end != prev.end:
            return False
        m = k - 2
        while m > 0 and self.toks[m].start > prev.start:
            m -= 1
        return self.word_key(m - 1) in data.partitive_determiners and self.word_key(m - 2) == "of"

    def lakh_amount_en(self, r: Reading) -> None:
        """English: a bare figure in crores or lakhs, no counted noun after it, is an amount in the money of the
        South Asian country in view (`lakh_scale_codes`: the outlet's, else the only one the text names) when a
        cue of paying or an amount noun stands a few words before it ("bought for a record sum of 18.5 crore", "the
        film collected 300 crore"), or when it goes on from such an amount close before in the text ("(17.5 crore
        to MI)" after it): Indian papers leave "Rs" out where the money is plain. Not "12.4 lakh farmers", nor a
        figure with none of these ("put the number of farmers at 12.4 lakh"). A noun of a deal after the figure
        (`lakh_amount_nouns`: "a 500 crore project", "the 10-plus crore buys") is what the amount pays for: money,
        the noun left out of the span."""
        data = self.language
        deal = r.kind in ("count", "number") and self.word_key(r.n1.end_i) in data.lakh_amount_nouns
        if self.ar or not (deal or (r.kind == "number" and r.counted is None)) or r.unit is not None or \
                self.word_key(r.n1.end_i - 1) not in data.lakh_scale_words or r.n2 is not None:
            return
        code = self._lakh_country_code()
        if code is None or not (deal or self._lakh_amount_cue(r.start_i) or (
                not self._after_comparison_link(r.start_i) and
                self._lakh_amount_before(code, self.toks[r.start_i].start))):
            return  # (not chained across "up from": the comparison's own rule, compared_amount_en, ties it)
        r.kind, r.currency, r.candidates, r.currency_source = "money", code, [], "context"
        if deal:
            r.counted, r.end_i = None, r.n1.end_i

    def _lakh_country_code(self) -> str | None:
        """The currency of the crore country in view: the outlet's, else the one alone the text names."""
        codes = self.language.lakh_scale_codes
        resolver = self.ex.currency
        outlet = resolver.outlet_currency
        if outlet is not None and outlet.lower() in codes:
            return outlet
        named = [c.upper() for c in sorted(codes) if resolver.cue_count(c.upper(), 0, len(resolver.text)) > 0]
        return named[0] if len(named) == 1 else None

    def _lakh_amount_cue(self, i: int) -> bool:
        """A cue of an amount or an amount noun among the few words before the figure at i (past a qualifier), or
        a verb of buying or paying a few words before a "for" right before it (`lakh_price_verbs`)."""
        data = self.language
        k = self._qualifier(i)[1]
        if any(self.word_key(m) in data.lakh_amount_cues or self.word_key(m) in data.amount_nouns or
               self.word_key(m) in data.price_level_nouns or self.word_key(m) in data.amount_change_nouns
               for m in range(max(0, k - AMOUNT_NOUN_REACH), k)):
            return True
        return self.word_key(k - 1) in data.lakh_price_links and any(
            self.word_key(m) in data.lakh_price_verbs for m in range(max(0, k - 1 - AMOUNT_NOUN_REACH), k - 1))

    def _after_comparison_link(self, i: int) -> bool:
        """The figure at i (past a qualifier) comes right after a link that sets it against another figure ("up
        from 1.4 lakh", "than 2 crore"): `compared_amount_links`, `comparison_links`."""
        data = self.language
        k = self._qualifier(i)[1] - 1
        return self.word_key(k) in data.compared_amount_links or \
            f"{self.word_key(k - 1)} {self.word_key(k)}" in data.comparison_links

    def _lakh_amount_before(self, code: str, at: int) -> bool:
        """The text's last amount in thousands or more is in `code`, ends in a crore or lakh word and stands close
        before the figure at offset `at` (`EARLIER_AMOUNT_CHARS`)."""
        prev = self.ex.scaled_money
        if prev is None or prev.currency != code or not 0 <= at - prev.end <= EARLIER_AMOUNT_CHARS:
            return False
        words = self.ex.text[prev.start:prev.end].lower().split()
        return bool(words) and words[-1] in self.language.lakh_scale_words

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

    def rate_band_currency_en(self, r: Reading, cur: Currency) -> None:
        """An amount in a word of several currencies, read from the context or the outlet, with its US-dollar value
        set beside it in brackets ("$52 million (Shs190 billion)", "Sh45 billion ($30 million)"): when the rate the
        two figures show lies outside the band of the currency read (countries.yaml `usd_rate_ranges`) and inside
        the band of exactly one other candidate, that one is the amount's money (3,654 a dollar: Ugandan, not
        Kenyan, shillings), and the word's later bare amounts in its paragraph follow. A candidate with no known
        band counts only where the text names its country."""
        if r.n2 is not None or not cur.candidates or r.currency_source == "explicit" or r.n1.value <= 0:
            return
        chosen = usd_rate_band(r.currency) if r.currency is not None else None
        if r.currency is not None and chosen is None:
            return  # (the reading cannot be judged)
        usd = self._usd_beside(r)
        if usd is None:
            return
        ratio = float(r.n1.value / usd)
        if chosen is not None and chosen[0] <= ratio <= chosen[1]:
            return
        whole = len(self.ex.text)
        fits = [code for code in cur.candidates if ((band := usd_rate_band(code)) is not None and
                                                      band[0] <= ratio <= band[1]) or
                (band is None and self.ex.currency.local_currency([code], 0, whole) == code)]
        if len(fits) == 1:
            r.currency, r.candidates, r.currency_source = fits[0], [], "context"
            self.ex.currency.note_rate_choice(cur, self.toks[r.n1.start_i].start, fits[0])

    def _usd_beside(self, r: Reading) -> Decimal | None:
        """The US-dollar figure in brackets right after the amount ("Sh45 billion ($30 million)"), or the one right
        before the bracket the amount opens ("$52 million (Shs190 billion)"); None if neither."""
        k = r.end_i
        if self.tok(k) is not None and self.toks[k].text == "(":
            m = k + 1
            while m < min(self.n, k + 4) and self.toks[m].kind != NUM:
                m += 1  # past the sign: "($", "(US$"
            sign = self._currency_before(m) if m < self.n and self.toks[m].kind == NUM else None
            return self._usd_value(m) if sign is not None and sign[1] == k + 1 and self._us_dollar(sign[0]) else None
        k = r.start_i - 1
        if self.tok(k) is None or self.toks[k].text != "(":
            return None
        m = k - 1
        if self.tok(m) is not None and self.toks[m].kind == WORD and self.toks[m].key in self.language.scales:
            m -= 1  # "52 million ("
        if self.tok(m) is None or self.toks[m].kind != NUM:
            return None
        sign = self._currency_before(m)
        value = self._usd_value(m) if sign is not None and self._us_dollar(sign[0]) else None
        return value if value is not None and self.number_expr(m).end_i == k else None

    def _usd_value(self, m: int) -> Decimal | None:
        expr = self.number_expr(m)
        return expr.value if expr is not None and expr.value > 0 else None

    @staticmethod
    def _us_dollar(sign: Currency) -> bool:
        """A sign a dollar figure set beside another currency's amount is written in: "US$", or a bare "$" (read
        as US dollars there whatever dollar the outlet uses: money.conversion_dollar_en)."""
        return sign.code == "USD" or (sign.code is None and "USD" in (*sign.candidates, *sign.outlet_codes))

    def _earlier_amount_en(self, r: Reading) -> None:
        """A bare scaled figure after an amount noun ("at a price of 12,480 crore") in the currency of the text's
        last scaled amount, when that stands in an earlier sentence close before (`EARLIER_AMOUNT_CHARS`), ends in
        the same scale word ("Rs 17,617 crore.") and is within a thousandfold (the same sentence: lists.continued)."""
        prev = self.ex.scaled_money
        if prev is None or prev.start >= self.bounds[0] or self.bounds[0] - prev.end > EARLIER_AMOUNT_CHARS or \
                prev.currency is None or not isinstance(prev.value, int | float) or \
                not prev.value / 1000 <= r.n1.value <= prev.value * 1000:
            return
        if not self.ex.text[prev.start:prev.end].lower().endswith(self.toks[r.n1.end_i - 1].key):
            return
        data = self.language
        k = self._qualifier(r.start_i)[1]
        if any(self.word_key(m) in data.amount_nouns or self.word_key(m) in data.price_level_nouns
               for m in range(max(0, k - AMOUNT_NOUN_REACH), k)):
            r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
            r.currency_source = "context"
