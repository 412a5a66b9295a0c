"""Money, English: bare figures that are amounts by what stands beside, before or after them (`bare_amount_en`,
asked by rules/money.py, tries them in turn). A price level ("in Lahore the price is over 2800" after an amount); a
figure after an amount noun before an amount with the same scale word and a currency ("a rise of 2.4 trillion on the
31.7 trillion shillings", "2.6 billion and 3.1 billion pesos"); a figure set against the
amount before it by a change or comparison link, or going on a list of amounts ("profit rose to $5bn from 4.2bn",
"Rs 250, 300 and 350 respectively"); a figure in the same scale named as a part of an amount close before ("The
budget is Sh3.6 trillion. Of this, 1.2 trillion ..."); a figure after an amount noun going on from an earlier
sentence's amount; a figure in crores or lakhs in the money of the South Asian country in view ("bought for a record
sum of 18.5 crore"). A base of MoneyRulesEn (rules/money_en.py); `_qualifier` (rules/quantity.py) is called through
self."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Draft, Reading
from claims.rules.dates.year_like import year_like_digits

AMOUNT_NOUN_REACH = 3  # words back from a bare scaled figure to its amount noun ("an increase of")
EARLIER_AMOUNT_CHARS = 300  # characters from an amount back in an earlier sentence to the bare figure going on
COMPARED_LINK_REACH = 3  # tokens between an amount and the link that sets a bare figure against it ("was raised to")
AMOUNT_AFTER_REACH = 16  # tokens on from it to the amount that names the currency
MAX_LISTED_AMOUNTS = 6  # items after the first of a list of bare scaled figures sharing the currency of its last
PRICE_NOUN_REACH = 5  # words back from a bare figure to its price noun ("prices have dropped to between")


class BareAmountRulesEn(Cursor):
    """English bare figures read as amounts by the amount or the cue before them."""

    def compared_amount_en(self, r: Reading) -> None:
        """English: a bare figure set against the amount before it in its sentence by a change or comparison link
        right before it (`compared_amount_links`: from, to, than, against ...; `comparison_links`: "compared with",
        "up from") is an amount in its currency ("profit rose to $5bn from 4.2bn", "3.1 trillion naira in 2022
        compared to 2.8 trillion", "Rs 50,000 was raised to 60,000"): within tenfold of it, no bracket or clause
        mark between (a conversion, another clause), nothing counted after; past the brackets of its conversions the
        amount they convert ("6.1bn rupees ($140m; £75m), against 4.8bn": rupees; _converted_amount). The link must
        belong to the amount: at most `COMPARED_LINK_REACH` tokens after it, no other figure between but a year ("the
        Bears 24 to 17", "paid $40 and cut his term from 18 to 12" keep their numbers)."""
        prev, data = self.last_quantity, self.language
        if prev is None or prev.kind != "money" or prev.currency is None or prev.start < self.bounds[0] or \
                not isinstance(prev.value, int | float) or prev.value <= 0:
            return
        if self.money_before_bracket is None and not prev.value / 10 <= r.n1.value <= prev.value * 10:
            return  # (the cheap test first: with no amount before a bracket, no conversion can replace prev below)
        k = self._qualifier(r.start_i)[1] - 1
        if not self._after_comparison_link(r.start_i) and not self._listed_amount(r, k, prev):
            return
        if not self._link_tied_to_amount(k - (self.word_key(k) not in data.compared_amount_links), prev):
            return
        m = k
        while m >= 0 and self.toks[m].start >= prev.end:
            if self.toks[m].text in ("(", ")", ";"):
                if self.toks[m].text != ")" or (prev := self._converted_amount(prev, m)) is None:
                    return
                break
            m -= 1
        if not prev.value / 10 <= r.n1.value <= prev.value * 10:  # (a converted amount's own, past its brackets)
            return
        r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
        r.currency_source = "context"

    def _converted_amount(self, prev: Draft, close: int) -> Draft | None:
        """The amount whose conversions close in brackets at token `close`, `prev` the last of them ("profit was
        6.1bn rupees ($140m; £75m), against 4.8bn": the rupees): the last amount with "(" right after it, that bracket
        opened before `prev` and closed at `close` only, and in another currency (a bare figure set against it is in
        the amount's own money, not a conversion's)."""
        amount = self.money_before_bracket
        if amount is None or amount is prev or amount.currency is None or amount.currency == prev.currency or \
                not isinstance(amount.value, int | float) or amount.end > prev.start:
            return None
        m = close - 1
        while m >= 0 and self.toks[m].start >= amount.end:
            if self.toks[m].text in ("(", ")"):
                return amount if self.toks[m].text == "(" and self.toks[m].start < prev.start and \
                    (m == 0 or self.toks[m - 1].end <= amount.end) else None
            m -= 1
        return None

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

    def _earlier_amount_en(self, r: Reading) -> None:
        """A bare scaled figure after an amount noun ("at a price of 12,480 crore") in the currency of the text's
        last scaled amount, when that stands in an earlier sentence close before (`EARLIER_AMOUNT_CHARS`), ends in
        the same scale word ("Rs 17,617 crore.") and is within a thousandfold (the same sentence:
        continued_figures.continued)."""
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

    def bare_amount_en(self, r: Reading) -> None:
        """English: a bare figure that is an amount in a currency named elsewhere in its sentence: a price level
        (`price_level_en`), or a figure in millions or more after an amount or change noun, before an amount with
        the same scale word and a currency ("a rise of 2.4 trillion on the 31.7 trillion shillings")."""
        if self.ar or r.kind != "number" or r.unit is not None or r.counted is not None:
            return
        self.price_level_en(r)
        if r.kind == "number" and r.n2 is None and r.n1.scale >= 1_000_000:
            self._scaled_amount_after(r)
        if r.kind == "number" and r.n2 is None and r.n1.scale >= 1000:
            self._earlier_amount_en(r)
        if r.kind == "number" and r.n2 is None and r.n1.scale >= 1_000_000:
            self.going_on_amount_en(r)  # "The budget is Sh3.6 trillion. Of this, 1.2 trillion ..." (money_en.py)
        if r.kind == "number" and (cur := self._dash_mark_after(r.end_i)) is not None:
            self._read_money(r, cur, None)  # (quantity.py) "850bn/-": shillings
            r.end_i += 2
        if r.kind == "number" and r.n2 is None:
            self.compared_amount_en(r)  # "$5bn from 4.2bn", "Rs 50,000 was raised to 60,000" (money_en.py)
        if r.kind == "number" and r.n2 is None:
            self._restated_amount_en(r)  # "RM500,000 (0.5 million)"
        if r.kind == "number" and not r.n1.scale:
            self._rate_per_amount_en(r)  # "a levy of .412731 per $100 of valuation"

    def _rate_per_amount_en(self, r: Reading) -> None:
        """A bare figure right before "per" and an amount in a currency sign ("the levy stays at .412731 per $100 of
        valuation", "2.15 per $1,000 of assessed value") is a rate in that money: so much of it on each such sum, as
        "48.30 cents per $100" is money written with its unit (the base after "per" is no claim: rate_base_links).
        So are both of "from 2.10 to 2.15 per $1,000" (a change read as one reading) and the first of "from .5210
        to .5305 per $100" (read alone), the base after the second figure."""
        data = self.language
        k = r.end_i
        if r.n2 is None and self.word_key(k) in data.range_connectors and self.word_key(r.start_i - 1 - (
                self.toks[r.start_i - 1].text == ".")) in data.range_from_words:
            k += 1  # past the second figure: its digits, its leading point, its separators
            while (t := self.tok(k)) is not None and (t.kind == NUM or t.text in ".,") and self.glued(k + 1):
                k += 1
            k += 1
        if self.word_key(k) not in data.rate_base_links or (nxt := self.tok(k + 2)) is None or nxt.kind != NUM:
            return
        found = self._currency_before(k + 2)
        if found is None or found[1] != k + 1:
            return
        self._read_money(r, found[0], None)  # (quantity.py)
        divisor = self._earlier_rate_subunit(r, self.ex.text[self.toks[k + 1].start:nxt.end])
        if divisor > 1:
            r.divide_bounds(divisor)

    def _earlier_rate_subunit(self, r: Reading, base: str) -> int:
        """The divisor of a subunit ("cents") the text wrote an earlier rate on the same base in, close before
        (EARLIER_AMOUNT_CHARS), when r's figure is that rate's scale (within twofold): "a levy of 48.30 cents per
        $100 ... against last year's levy of 49.05 per $100" goes on in cents (GUIDELINES: a figure going on
        from another takes its unit); 1 when none."""
        at = self.toks[r.start_i].start
        text = self.ex.text
        pos = text.rfind(" per " + base, max(0, at - EARLIER_AMOUNT_CHARS), at)
        words = text[max(0, pos - 30):pos].split() if pos > 0 else []
        if len(words) < 2:
            return 1
        cur = self.language.currency_words.get(words[-1].lower())
        figure = words[-2].replace(",", "")
        if cur is None or cur.divisor == 1 or not figure.replace(".", "", 1).isdigit():
            return 1
        return cur.divisor if float(figure) / 2 <= float(r.n1.value) <= float(figure) * 2 else 1

    def _restated_amount_en(self, r: Reading) -> None:
        """A bare figure alone in brackets right after an amount of the same value restates it ("RM500,000.00 (0.5
        million)", "$2,500,000 (2.5 million)"): that amount again, in its currency (GUIDELINES: a figure takes the
        kind of the one it goes on from)."""
        prev = self.last_quantity
        if prev is None or prev.kind != "money" or prev.currency is None or not isinstance(prev.value, int | float):
            return
        start, end = (r.n1.start_i, r.n1.end_i - 1) if r.n1.parenthesized else (r.n1.start_i - 1, r.n1.end_i)
        opening, closing = self.tok(start), self.tok(end)
        if start < 1 or opening is None or opening.text != "(" or closing is None or closing.text != ")" or \
                self.toks[start - 1].end != prev.end or abs(float(r.n1.value) - prev.value) > 1e-6 * prev.value:
            return
        r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
        r.currency_source = "context"

    def _scaled_amount_after(self, r: Reading) -> None:
        """The amount with r's scale word and a currency after r in its sentence (no bracket between: a
        conversion) gives r its currency, when a noun of an amount or a change stands just before r, or when r
        heads a list that ends on that amount ("about 2.6 billion and 3.1 billion pesos": `_listed_scaled_end`)."""
        data = self.language
        k = self._qualifier(r.start_i)[1]
        start = r.end_i
        if not any(self.word_key(m) in data.amount_nouns or self.word_key(m) in data.amount_change_nouns
                   for m in range(max(0, k - AMOUNT_NOUN_REACH), k)):
            start = self._listed_scaled_end(r)
            if start is None:
                return
        for m in range(start, min(self.n, start + AMOUNT_AFTER_REACH)):
            t = self.toks[m]
            if t.text in ("(", ")") or t.start >= self.bounds[1]:
                return
            if t.kind != NUM or (m > r.end_i and self.toks[m - 1].kind == NUM):
                continue
            other = self.number_expr(m)
            if other is None or other.scale != r.n1.scale:
                continue
            after = self._currency_after(other.end_i)
            before = self._currency_before(m)
            cur = after[0] if after is not None else before[0] if before is not None else None
            if cur is None:
                return
            code, candidates, _ = self.ex.resolve_currency(cur, self.bounds, t.start)
            if after is not None and after[2] is not None:
                code, candidates = after[2], []
            if code is not None:
                r.kind, r.currency, r.candidates, r.currency_source = "money", code, candidates, "context"
            return

    def _listed_scaled_end(self, r: Reading) -> int | None:
        """Where the last item starts of a list of bare figures with r's scale word that r opens, joined by commas,
        "and" or "or" alone, whose last item has a currency after it ("2.6 billion and 3.1 billion pesos", "1
        billion, 2 billion or 3 billion euros"; GUIDELINES: a list shares the unit written after its last item);
        None when anything else stands between or the last item names no currency."""
        data = self.language
        m = r.end_i
        for _ in range(MAX_LISTED_AMOUNTS):
            t = self.tok(m)
            if t is None or not (t.text == "," or t.key in data.and_words or t.key in data.or_words):
                return None
            m += 2 if t.text == "," and self.word_key(m + 1) in data.and_words else 1
            other = self.number_expr(m) if self.tok(m) is not None and self.toks[m].kind == NUM else None
            if other is None or other.scale != r.n1.scale:
                return None
            if self._currency_after(other.end_i) is not None:
                return m
            m = other.end_i
        return None

    def price_level_en(self, r: Reading) -> None:
        """English: "a 20 kg bag now costs Rs 2,950, while in Lahore the price is over 2800": a bare figure that a
        price noun sets a few words before it (`price_level_nouns`; only `price_level_links` between, past a
        qualifier) is an amount in the currency of the sentence's amount before it, when of its order (tenfold)."""
        prev = self.last_quantity
        if prev is None or prev.kind != "money" or prev.currency is None or prev.start < self.bounds[0] \
                or not isinstance(prev.value, int | float) or not prev.value / 10 <= r.n1.value <= prev.value * 10:
            return
        data = self.language
        k = self._qualifier(r.start_i)[1] - 1  # (quantity.py) past "more than"
        for m in range(k, max(-1, k - PRICE_NOUN_REACH), -1):
            t = self.toks[m]
            if t.kind != WORD or t.end <= prev.end:
                return
            if t.key in data.price_level_nouns:
                r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
                r.currency_source = "context"
                return
            if t.key not in data.price_level_links:
                return  # (not "the price index by 35")
