"""Money: currency symbols, words and codes around a number. The currency written after a figure:
currency_after.py (a base); English bare figures read as amounts: money_bare_en.py (under money_en.py)."""

from __future__ import annotations

from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading
from claims.languages import Currency
from claims.rules.currency_after import CurrencyAfterRules
from claims.rules.money_en import MoneyRulesEn
from factstream.countries import former_currency


def outlet_reading(cur: Currency, outlet: str | None, text: str, sentence: tuple[int, int]) -> str | None:
    """The outlet's own currency for a bare form that means it there (language data `outlet_codes`: a New Zealand
    paper's "$500,000" and "50 cents" are NZD), else None: another outlet's country, a sentence about a world market
    priced in the form's own currency (`own_code_cues`: "$80 a barrel", "on Wall Street", "against the US dollar"),
    or a text with a wire's conversion line (`own_code_text_cues`: "($1 = 1.52 New Zealand dollars)")."""
    if outlet is None or outlet not in cur.outlet_codes:
        return None
    if cur.own_code_cues is not None and cur.own_code_cues.search(text, sentence[0], sentence[1]) is not None:
        return None
    if any(cue in text for cue in cur.own_code_text_cues):
        return None
    return outlet


class MoneyRules(MoneyRulesEn, CurrencyAfterRules):
    """Money."""

    def _currency_before(self, i: int) -> tuple[Currency, int] | None:
        """A currency symbol or code right before token i: "$263", "US$ 5", "USD 5", "£1.2bn", "SR 500"."""
        prev = self.tok(i - 1)
        if prev is None:
            return None
        glued = self.language.currency_glued_symbols.get(prev.text) if prev.kind == WORD else None
        if glued is not None and (len(prev.text) > 1 or self._sized(i) or self._local_price(glued, i) or
                                  self.unit_price_after(i)) and (
                self.glued(i) or (glued.needs_country and len(prev.text) > 1 and self._sized(i))):  # "PHP 5,000"
            if (glued.needs_country and not self._currency_in_view(glued) and not self._amount_shaped_local(glued, i)) \
                    or (not self.ar and self.letter_names_thing_en(glued, i)):
                return None  # "the P45 form", "PHP5" outside a Philippine text; "the R412", "a Canon R500" (money_en)
            return glued, i - 1  # "KSh45 million", "R3.5 billion", "P277 million" in Manila
        if not self.ar:  # (English-only hooks, money_en.py: not asked on every Arabic figure)
            named = self._adjective_currency_first(i) or self._dollar_letters_cents(i) or self._entity_sign(i)
            if named is not None:
                return named
        symbols = self.language.currency_symbols
        if prev.kind == WORD and i >= 2 and self.glued(i - 1) and self.toks[i - 2].text + prev.text in symbols:
            return symbols[self.toks[i - 2].text + prev.text], i - 2  # "$US500 million", "$A2.5bn", "$US 40m"
        if prev.text == "." and i >= 2 and self.glued(i - 1):
            base = self.toks[i - 2]
            if base.text + "." in symbols:
                return symbols[base.text + "."], i - 2  # "Rs. 500 crore": a symbol with its dot
            data = self.language
            dotted = (data.currency_glued_symbols.get(base.text) or data.currency_symbols.get(base.text)) \
                if base.kind == WORD and len(base.text) > 1 and not self.ar else None
            if dotted is not None and not dotted.needs_country:
                return dotted, i - 2  # "Kshs.2.5 billion", "Shs. 500,000": a sign of letters and its dot
        if prev.text in symbols and (prev.kind == SYM or not self.ar or self._code_letters(prev.text)):
            if prev.kind == WORD and prev.key in self.language.currency_words and self._amount_closes_at(i - 1):
                return None  # "20 Rupees 43": the name closes the amount before it, it opens no other
            if prev.kind == WORD and len(prev.text) > 3 and self.toks[i].kind == WORD and \
                    self.word_key(i - 2) in self.language.currency_name_determiners:
                return None  # "cut the Kwacha three days later": the currency itself, no sign of "two"
            k = i - 1
            cur = symbols[prev.text]
            before = self.tok(k - 1)
            if before is not None and before.text + prev.text in symbols and (self.glued(k) or (
                before.kind == WORD and before.text.isupper() and before.text.lower() not in self.language.article_words
            )):
                return symbols[before.text + prev.text], k - 1  # "HK$", and "HK $ 10bn" written apart (not "A $5")
            if cur.sign_before_code is not None and self._country_in_view(cur.sign_before_code):
                return symbols.get(cur.sign_before_code, cur), k  # "¢10,560" in Ghana: cedis, as "GHS 10,560"
            return cur, k
        return None

    @staticmethod
    def _code_letters(text: str) -> bool:
        """An ISO code as written in Arabic text, three Latin capitals ("SAR 1.2 مليار", as "42 QAR" after it)."""
        return len(text) == 3 and text.isascii() and text.isupper()

    def _entity_sign(self, i: int) -> tuple[Currency, int] | None:
        """The sign an HTML entity glued before token i names, its ";" right before it, with its "&" or without it
        ("pound;2.2 billion", "&euro;30": en.yaml symbols "pound;", "euro;")."""
        symbols = self.language.currency_symbols
        if i < 2 or self.toks[i - 1].text != ";" or not self.glued(i) or not self.glued(i - 1) or \
                self.toks[i - 2].text + ";" not in symbols:
            return None
        return symbols[self.toks[i - 2].text + ";"], i - 2

    def money_tails(self, r: Reading) -> None:
        """What may follow an amount once its currency is read: its cents ("20 dollars 43 cents", "20 دولار و43
        سنتا" -> 20.43), or the second bound of a range (lists.py)."""
        if self.ar and (r.kind == "count" or (r.kind == "number" and r.unit is None)):
            self.amount_paired_after_ar(r)  # "37600 عوضا من 37900 ليرة" (money_lists_ar.py)
        if self.ar and r.kind in ("number", "count"):
            self.fx_price_ar(r)  # "الشراء بسعر 3850", "مائة ألف مقابل دولار واحد" (money_fx_ar.py)
        elif r.kind in ("number", "count"):
            self.fx_price_en(r)  # "The rupee closed at 83.12 against the dollar" (money_fx_en.py)
        if r.kind != "money" or r.n2 is not None:
            return
        if self.ar:
            self.one_and_subunit_ar(r)  # "جنيها و75 قرشا" (money_ar.py)
        end = self.subunit_part(r.n1, r.end_i, r.currency)
        r.end_i = end if end is not None else r.end_i
        if self.ar:
            self.half_after_amount_ar(r)  # "4 دولارات ونصف" (money_ar.py)
        self.money_range_tail(r)
        self.or_scale_en(r)  # "€1.4 or 1.5 billion" (money_en.py)
        self.glued_cents_en(r)  # "US59.5c" (money_en.py)
        self.conversion_scale_en(r)  # "3.14 riyals ($8.1 billion)": the scale left out (money_en.py)

    def subunit_part(self, n1: NumberExpr, k: int, currency: str | None) -> int | None:
        """A whole amount `n1` without a scale, its currency word ending before token k, followed by fewer than 100
        of its cents (1000 of its millimes or fils), "and" between or not: the cents are added to `n1`; the token
        after them, or None. Also the second bound of a range ("إلى 225 دينار و160 مليم": lists.py)."""
        data = self.language
        if currency is None or n1.scale or n1.value != n1.raw or n1.value != n1.value.to_integral_value():
            return None
        if self.word_key(k) in data.and_words:
            k += 1
        t = self.tok(k)
        if t is None or not (t.kind == NUM or (t.kind == WORD and self.number_expr(k) is not None)):
            return None
        part = self.number_expr(k)
        if part is None or part.scale or not 0 < part.value < 1000 or part.value != part.value.to_integral_value():
            return None
        after = self._currency_after(part.end_i)
        if after is None or after[0].divisor not in (100, 1000) or part.value >= after[0].divisor:
            return None
        # English "cents" (no code of its own): the hundredth of any decimal currency; Arabic keeps its candidates
        generic = not self.ar and after[0].code is None and after[0].divisor == 100
        if not generic and currency not in (after[0].code, *after[0].candidates, *after[0].outlet_codes):
            return None  # ("Rs. 665 and 69 cents" LKR, "20 dollars 43 cents"; not "5 dinars 300 sen")
        n1.value += part.value / after[0].divisor
        return after[1]

    def _subunit_alone(self, j: int, cur_after: tuple[Currency, int, str | None] | None,
                       cur_before: tuple[Currency, int] | None) -> tuple[str, int] | None:
        """English: a currency's hundredth named alone after a figure, with no sign before it, is a unit as pence
        are (GUIDELINES: "300p a share" is a number): "eight sen", "up 50 pesewas" -> its unit and end. Only the
        subunits the language data lists among its units (not "cents": the annotated sets split on them); "20
        ringgit and 43 sen" still joins as one amount (`subunit_part`)."""
        if self.ar or cur_after is None or cur_before is not None or cur_after[0].divisor == 1:
            return None
        return self._measure_after(j)

    def subunit_divisor(self, j: int) -> int:
        """How many of the currency word at token j make one unit of its currency (cents: 100; dollars: 1)."""
        after = self._currency_after(j)
        return after[0].divisor if after is not None else 1

    def cents_after_amount(self, i: int, items: list[NumberExpr]) -> bool:
        """A list "Rs. 665 and 69 cents", "$12 and 50 cents" is one amount, its first part marked by a currency
        before it: lists.py leaves it to the quantity rules, which join the cents (`subunit_part`)."""
        if len(items) != 2 or items[0].scale or self.word_key(items[0].end_i) not in self.language.and_words:
            return False
        after = self._currency_after(items[1].end_i)
        return after is not None and after[0].divisor != 1 and self._currency_before(i) is not None

    @staticmethod
    def _with_currency_source(drafts: list[Draft], reading: Reading) -> list[Draft]:
        """Money: every claim of the reading (bounds, parts of a change) says why its currency was chosen."""
        if reading.currency_source is not None:
            for d in drafts:
                d.currency_source = reading.currency_source
        return drafts

    def _country_in_view(self, code: str | None) -> bool:
        """The currency's country is the outlet's, or the text names it (its `currency_cues`): the Philippines for
        a bare "P" before an amount."""
        resolver = self.ex.currency
        return code is not None and (
            resolver.outlet_currency == code or resolver.cue_count(code, 0, len(resolver.text)) > 0)

    def former_outlet_amount(self, cur: Currency, j: int) -> bool:
        """The word at token j stands for `cur`, the currency the outlet's own replaced (countries.yaml
        `redenominations`: a Mauritanian paper's MRU replaced MRO), after a scale word ("10 ملايين قديمة") or in a
        text that names the outlet's currency by its word ("11000 قديمة" beside "أوقية"): old ouguiyas, though the
        text names no Mauritanian place. Not "منها 12 قديمة" alone: twelve old things (review 17)."""
        outlet = self.ex.currency.outlet_currency
        if outlet is None or (former_currency(outlet) or ("",))[0] != cur.code:
            return False
        if self.word_key(j - 1) in self.language.scales:
            return True
        text = self.ex.currency.text
        return any(other.code == outlet and word in text for word, other in self.language.currency_words.items())

    def _amount_closes_at(self, k: int) -> bool:
        """A figure or its scale word stands right before token k."""
        before = self.tok(k - 1)
        return before is not None and (before.kind == NUM or before.key in self.language.scales)

    def _local_price(self, glued: Currency, i: int) -> bool:
        """"N87 per litre" in a Nigerian text, "P45" a kilo in a Philippine one: a local letter glued to two digits
        or more, or to one after a link or a qualifier ("fall by as much as P4"), is the amount where its country is
        in view (a lone letter elsewhere needs `_sized`)."""
        if not glued.needs_country or not self.glued(i):
            return False
        if len(self.toks[i].text) < 2 and not self._amount_link_before(i - 1):
            return False  # (one digit: "P3" after "by as much as", "from P2 to P3"; not "the P5 members")
        return self._currency_in_view(glued)

    def _amount_link_before(self, k: int) -> bool:
        """English: a change or price link (`local_letter_amount_links`: by, to, from, at ...) or a qualifier ("as
        much as") right before the local letter at k."""
        data = self.language
        return self.word_key(k - 1) in data.local_letter_amount_links or (
            self.phrase_before(k, data.qualifiers) is not None)

    def _currency_in_view(self, cur: Currency) -> bool:
        """A local letter's or word's country is in view; one several countries use ("K": kina, Zambian and Malawian
        kwacha; "P": Philippine peso, pula; "lei": RON, MDL) when one of theirs is, then resolved among them."""
        return any(self._country_in_view(code) for code in cur.candidates or [cur.code])

    def _sized(self, i: int) -> bool:
        """The number at i looks like an amount, not a code: separators, 3+ digits or a scale ("R3.5bn", "R500",
        "R1,200", "R10 000", "R2-million"; not "R2", "R5")."""
        text = self.toks[i].text
        group = self.tok(i + 1)  # "R10 000": thousands set off by a space
        if len(text) >= 3 or self._comma_space_thousands(i) or (
                group is not None and group.kind == NUM and group.text[:3].isdigit() and (
                    len(group.text) == 3 or group.text[3] == ".") and not self.glued(i + 1)):  # (or "R4 452.86")
            return True
        k = i + 2 if self.tok(i + 1) is not None and self.toks[i + 1].text == "-" and self.glued(i + 1) else i + 1
        nxt = self.tok(k)  # "R2-million": the scale after a hyphen (numbers/digit_scales.py)
        data = self.language
        return nxt is not None and nxt.kind == WORD and (k == i + 1 or self.glued(k)) and (
            nxt.key in data.scale_suffixes or nxt.key in data.scales)

    def _comma_space_thousands(self, i: int) -> bool:
        """"K4, 000", "K1, 500": a space typed after the thousands comma, the group read as one figure with the one
        before it (numbers/digits.py `_comma_space_group`) is an amount's size, as "K4,000" is."""
        comma, group = self.tok(i + 1), self.tok(i + 2)
        return comma is not None and comma.text == "," and self.glued(i + 1) and group is not None and \
            group.kind == NUM and len(group.text) == 3 and group.text.isdigit() and group.start == comma.end + 1

    def conversion_dollar_en(self, r: Reading, cur: Currency) -> bool:
        """English: a bare "$" amount opening a bracket right after an amount in another currency is its value in
        US dollars ("HK$6 billion ($0.77 billion)", "Ush20,000 ($5.3)"), whatever dollar the outlet uses."""
        if self.ar or "USD" not in (cur.code, *cur.candidates, *cur.outlet_codes):
            return False
        k = r.start_i - 1
        if self.tok(k) is None or self.toks[k].text != "(":
            k -= 1  # "(US$291 million)": the sign is a word and a mark
            if self.tok(k) is None or self.toks[k].text != "(":
                return False
        m = k - 1
        if self.tok(m) is not None and self.toks[m].kind == WORD and self.toks[m].key in self.language.scales:
            m -= 1  # "9 billion ("
        while self.tok(m) is not None and self.toks[m].kind == NUM and self.tok(m - 1) is not None and \
                self.toks[m - 1].kind == NUM:
            m -= 1  # "20 000 (": digit groups
        if self.tok(m) is None or self.toks[m].kind != NUM:
            return False
        before = self._currency_before(m)
        return before is not None and before[0] is not cur
