"""Money: the currency written after a figure (`_currency_after`, asked by every amount reading). A currency word,
also after the Arabic article or with an English possessive, and the adjective after it that names the currency
("ريال سعودي", "دولار هونغ كونغ"); an English adjective before it ("5 million Australian dollars", "U.S. dollars")
or with its noun left out in brackets ("(8.6 billion US)"); a code or sign ("42 RM", "3.14US$"), an abbreviation of
letters and dots ("ر.س"), a code riding on a scale ("2.5bnUSD"), a scale word typed against the currency word
("33.5 ملياردولار"), a currency hyphened to the figure ("a 4bn-euro deal"), a local sign where its country is in
view ("29 Br"). Not a sign glued to the next figure ("three $5 bills"). A base of MoneyRules (rules/money.py)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD
from claims.languages import Currency


class CurrencyAfterRules(Cursor):
    """The currency written after a figure."""

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
            found = self._currency_adjective_before(j) or self._elided_dollar(j) or (
                self.ar and self.partitive_currency_ar(j)) or \
                self._local_sign_after(j)
            if found is not None:
                return found
            cur = self._currency_of_word(t.key)
            if cur is not None:
                return self._currency_word(j, cur)
            cur = data.currency_adjective_words.get(t.key)
            named = self._currency_word(j, cur) if cur is not None else None
            if named is not None and named[1] > j + 1:
                return named  # "3 ملايين بات تايلندي": "بات" alone is "became"
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

    def _scale_before(self, j: int) -> bool:
        """A scale word ("million") or a glued scale suffix ("30m") stands right before token j."""
        key, data = self.word_key(j - 1), self.language
        return key in data.scales or (key in data.scale_suffixes and self.glued(j - 1))

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
        data, toks, n = self.language, self.toks, self.n
        for length in (4, 3, 2, 1):  # (4: a dotted "1.948 billion U.S. dollars"; 3: "Trinidad and Tobago")
            if not 0 <= j + length < n:  # (tok() inline: asked at most figures)
                continue
            cur_tok = toks[j + length]
            if cur_tok.kind == WORD and cur_tok.key in data.currency_words:
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
                cur.adjectives and self.ex.currency.qualified_mentions(cur)) and not self.former_outlet_amount(cur, j)
                and not (cur.scaled_out_of_view and self._scale_before(j))):
            return None  # "أوقية" is the ouguiya only where Mauritania is in view or the text says "أوقية قديمة";
            # a Mauritanian paper's "10 ملايين قديمة" (money.former_outlet_amount)
        if cur.scaled_out_of_view and self.has_previous(j) and self.toks[j - 1].kind == WORD and \
                not self._scale_before(j):
            return None  # "won three crowns" in a Stockholm story are titles: a crown amount with no adjective is
            # written in digits or scaled ("45 crowns", "four million crowns"; review 20)
        if nxt is not None and nxt.kind == WORD:
            adj_key = nxt.key
            code = cur.adjectives.get(adj_key)
            if code is None and self.ar:
                code = self._adjective_code_ar(cur, adj_key)
            if code is not None:
                # "ريال سعودي", "دولار أمريكي", "جنيه إسترليني"
                return cur, j + 2, code
            family = self.adjective_family_ar(cur, adj_key) if self.ar else None
            if family is not None:
                return family, j + 2, None  # "فرنك أفريقي": the CFA franc, West or Central as the text says
            code = self.language.currency_compound_adjectives.get(nxt.key)
            if code is not None:  # "دولار هونغ كونغ"
                return cur, j + 3 if self.word_key(j + 2) else j + 2, code
        return cur, j + 1, None
