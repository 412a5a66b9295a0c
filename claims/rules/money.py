"""Money: currency symbols, words and codes around a number."""

from __future__ import annotations

from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Reading
from claims.languages import Currency
from claims.rules.money_bare_en import AMOUNT_NOUN_REACH
from claims.rules.money_en import MoneyRulesEn

AMOUNT_AFTER_REACH = 16  # tokens on from it to the amount that names the currency
MAX_LISTED_AMOUNTS = 6  # items after the first of a list of bare scaled figures sharing the currency of its last
PRICE_NOUN_REACH = 5  # words back from a bare figure to its price noun ("prices have dropped to between")


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


class MoneyRules(MoneyRulesEn):
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
            named = self._adjective_currency_first(i) or self._dollar_letters_cents(i)
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
        if prev.text in symbols and (prev.kind == SYM or not self.ar):
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
        nxt = self.tok(k)  # "R2-million": the scale after a hyphen (numbers/digits.py)
        data = self.language
        return nxt is not None and nxt.kind == WORD and (k == i + 1 or self.glued(k)) and (
            nxt.key in data.scale_suffixes or nxt.key in data.scales)

    def _comma_space_thousands(self, i: int) -> bool:
        """"K4, 000", "K1, 500": a space typed after the thousands comma, the group read as one figure with the one
        before it (numbers/digits.py `_comma_space_group`) is an amount's size, as "K4,000" is."""
        comma, group = self.tok(i + 1), self.tok(i + 2)
        return comma is not None and comma.text == "," and self.glued(i + 1) and group is not None and \
            group.kind == NUM and len(group.text) == 3 and group.text.isdigit() and group.start == comma.end + 1

    def _currency_after(self, j: int) -> tuple[Currency, int, str | None] | None:
        """A currency word (with its nationality adjective) or code after a number."""
        data = self.language
        if data.scale_currency_suffixes and j >= 2:  # (none in Arabic: no lookup there)
            suffix = self.toks[j - 1] if j - 1 < self.n else None
            if suffix is not None and suffix.key in data.scale_currency_suffixes and suffix.kind == WORD and \
                    self.glued(j - 1) and self.toks[j - 2].kind == NUM:
                return data.scale_currency_suffixes[suffix.key][1], j, None  # "2.5bnUSD": the code rode on the scale
        glued = self._scale_glued_currency(j)
        if glued is not None:
            return glued, j, None  # "33.5 ملياردولار": typed without a space
        t = self.tok(j)
        if t is None or self._sign_of_next_figure(j):
            return None
        if t.kind == SYM and t.text == "-" and not self.ar and self.glued(j) and self.tok(j + 1) is not None and \
                self.glued(j + 1):
            return self._hyphened_currency(j + 1)
        if t.kind == WORD:
            found = self._currency_adjective_before(j) or self._elided_dollar(j) or self.partitive_currency_ar(j) or \
                self._local_sign_after(j)
            if found is not None:
                return found
            cur = self._currency_of_word(t.key)
            if cur is not None:
                return self._currency_word(j, cur)
            nxt = self.tok(j + 1)
            if nxt is not None and nxt.kind == SYM and self.glued(j + 1) and t.text + nxt.text in data.currency_symbols:
                return data.currency_symbols[t.text + nxt.text], j + 2, None  # "3.14US$", "5 HK$"
            if t.text in data.currency_symbols and (not self.ar or (t.text.isascii() and t.text.isupper())):
                return data.currency_symbols[t.text], j + 1, None  # "42 RM"; in Arabic a code: "42 QAR"
        if t.kind == SYM and t.text in data.currency_symbols:
            return data.currency_symbols[t.text], j + 1, None
        # Abbreviations made of letters and dots: "ر.س", "د.ك" (only those opening with the token at j are compared).
        for abbr, cur in data.currency_abbreviations_by_first.get(t.text, ()):
            n = len(abbr)
            seq = self.toks[j : j + n]
            if len(seq) == n and tuple(x.text for x in seq) == abbr:
                return self._abbreviation_as_written(seq, cur), j + n, None
        return None

    def _currency_of_word(self, key: str) -> Currency | None:
        """The currency a word names, also after the Arabic article ("الدولار") or with an English possessive ("three
        billion ngultrum's worth of cement")."""
        words = self.language.currency_words
        cur = words.get(key)
        if cur is not None:
            return cur
        article = self.language.definite_article
        if self.ar:
            return words.get(key[len(article):]) if article and key.startswith(article) else None
        return words.get(key[:-2]) if key.endswith("'s") else None

    def _hyphened_currency(self, k: int) -> tuple[Currency, int, str | None] | None:
        """English: the currency hyphened to the figure before token k: "a 4bn-euro deal", and with its adjective
        "a 14.6-million-U.S. dollar package", as wires write it."""
        t, data = self.toks[k], self.language
        if t.key in data.currency_words:
            cur = data.currency_words[t.key]
            return (cur, k + 1, None) if not cur.needs_adjective else None
        return self._currency_adjective_before(k) if t.kind == WORD and t.text[:1].isupper() else None

    def _abbreviation_as_written(self, seq: list, cur: Currency) -> Currency:
        """The currency of an abbreviation read from the original letters when normalizing merges it with another's
        ("د.إ" the dirham of the Emirates, "د.أ" the Jordanian dinar)."""
        spelled = self.language.currency_abbreviations_spelled
        if not spelled:
            return cur
        norm = self.ex.norm
        written = norm.original[norm.to_original(seq[0].start):norm.to_original_end(seq[-1].end)]
        return spelled.get(written.replace(" ", ""), cur)

    def _local_sign_after(self, j: int) -> tuple[Currency, int, None] | None:
        """English: a local sign of two or more letters written after the figure, where its country is in view
        ("sold a dollar for 29 Br" in an Ethiopian story; `local_glued_symbols`)."""
        text = self.toks[j].text
        local = self.language.currency_glued_symbols.get(text) if len(text) > 1 and not self.ar else None
        return (local, j + 1, None) if local is not None and local.needs_country and self._currency_in_view(local) \
            else None

    def _sign_of_next_figure(self, j: int) -> bool:
        """English: a currency sign at j glued to the figure after it is that figure's, not the one before ("two
        US$200 million tranches", "three $5 bills": the count stays a count)."""
        if self.ar:
            return False
        t, nxt = self.toks[j], self.tok(j + 1)
        if t.kind == WORD and nxt is not None and nxt.kind == SYM and self.glued(j + 1):
            j, t, nxt = j + 1, nxt, self.tok(j + 2)  # "US$"
        return t.kind == SYM and t.text in self.language.currency_symbols and nxt is not None and \
            nxt.kind == NUM and self.glued(j + 1)

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

    def _scale_glued_currency(self, j: int) -> Currency | None:
        """The currency of a scale word typed without its space before the currency word, ending the figure read
        up to token j ("33.5 ملياردولار", also in brackets: "(33.5 ملياردولار)")."""
        table = self.language.scale_currency_words
        word = self.tok(j - 1) if table and j >= 1 else None
        if word is not None and word.text == ")" and j >= 2:
            word = self.toks[j - 2]
        found = table.get(word.key) if word is not None else None
        return found[1] if found is not None else None

    def _currency_adjective_before(self, j: int) -> tuple[Currency, int, str] | None:
        """English adjective first: "5 million Australian dollars", "US dollars"."""
        data = self.language
        for length in (4, 3, 2, 1):  # (4: a dotted "1.948 billion U.S. dollars"; 3: "Trinidad and Tobago")
            cur_tok = self.tok(j + length)
            if j + length <= self.n and cur_tok is not None and cur_tok.kind == WORD and \
                    cur_tok.key in data.currency_words:
                cur = data.currency_words[cur_tok.key]
                adj_text = self._glued_words(j, j + length)
                adj = tuple(w.lower() for w in adj_text)
                code = cur.adjectives_before.get(adj_text) or cur.adjectives_before.get(adj)
                if code:
                    return cur, j + length + 1, code
        return None

    def _glued_words(self, start: int, end: int) -> tuple[str, ...]:
        """The words of tokens start..end, glued tokens joined ("U", ".", "S", "." is "U.S.")."""
        words: list[str] = []
        for k in range(start, end):
            if words and self.glued(k):
                words[-1] += self.toks[k].text
            else:
                words.append(self.toks[k].text)
        return tuple(words)

    def _elided_dollar(self, j: int) -> tuple[Currency, int, str] | None:
        """English: a currency's adjective closing a bracket after a figure, its noun left out: "(8.6 billion US)" is
        US dollars, "(5 million Australian)" Australian dollars (`adjectives_before` of the currency words)."""
        close = self.tok(j + 1)
        data = self.language
        scale = self.toks[j - 1].key if self.has_previous(j) else None
        if self.ar or close is None or close.text != ")" or (scale not in data.scales and
                                                             scale not in data.scale_suffixes):
            return None  # (a scale first: "(2 US)" after a team's name is no amount)
        key = (self.toks[j].key,)
        for cur in self.language.currency_words.values():
            code = cur.adjectives_before.get(key) if cur.divisor == 1 else None
            if code:
                return cur, j + 1, code
        return None

    def _currency_word(self, j: int, cur: Currency) -> tuple[Currency, int, str | None] | None:
        """The currency word at j, with the adjective after it that names the currency ("ريال سعودي")."""
        t = self.toks[j]
        if cur.divisor != 1 and not self.ar and not t.text.islower() and not (
                self.has_previous(j) and self.toks[j - 1].kind == WORD and self.toks[j - 1].text[:1].isupper()):
            return None  # "50 Cent" is a name; the subunit is written in lower case (or after words in capitals:
            # "Ninety Cedis and Sixty Pesewas")
        nxt = self.tok(j + 1)
        if cur.needs_adjective or (cur.needs_country and not self._currency_in_view(cur) and not (
                cur.adjectives and self.ex.currency.qualified_mentions(cur))):
            return None  # "أوقية" is the ouguiya only where Mauritania is in view or the text says "أوقية قديمة"
        if nxt is not None and nxt.kind == WORD:
            adj_key = nxt.key
            code = cur.adjectives.get(adj_key)
            if code is None and self.ar:
                code = self._adjective_code_ar(cur, adj_key)
            if code is not None:
                # "ريال سعودي", "دولار أمريكي", "جنيه إسترليني"
                return cur, j + 2, code
            code = self.language.currency_compound_adjectives.get(nxt.key)
            if code is not None:  # "دولار هونغ كونغ"
                return cur, j + 3 if self.word_key(j + 2) else j + 2, code
        return cur, j + 1, None

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

