"""Money: the named currencies a text prices in figures of another currency of the same word (issue 14, class 1;
CurrencyResolver's base, rules/money_context.py). "الريال السعودي: 757 ريالا" at a Yemeni outlet, "والجنيه المصري 3.2
جنيه" in a Khartoum market list, "سجل الجنيه المصري في السوق الموازية 42 جنيها": the figure after the name is its price
in the local currency of that word, so the named one is no candidate for the amounts there and its adjective is no
cue of its country. Found once per text and currency family; also the currency a word names (with its proclitics)
and the code an adjective after a currency word names, which the resolver and money_rates.py read."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from itertools import islice

import regex

from claims.engine.marks import COMMAS, WORD_MARKS
from claims.languages import Currency, Language
from claims.normalize import normalize_word

# A named currency and the figure that prices it: at most this many words between ("سجل الجنيه المصري بالسوق
# الموازية في السودان 42 جنيها", "سعر صرف الريال السعودي في السوق الموازية بمدينة عدن اليوم 425 ريالا").
PRICED_REACH = 8
PRICED_CHARS = 160
# ... and after the basis of a pair of one word ("سعر الجنيه السوداني أمام الجنيه المصري استقر صباح اليوم الاثنين في
# أسواق الخرطوم عند 13 جنيها": the figure 9 words on), within PRICED_CHARS still
PAIR_REACH = 16
_TOKENS = regex.compile(r"\d+|[^\W\d_]+|[^\w\s]")
# The words before a quote word ("مقابل", "أمام") that may name the currency priced ("الدولار الأمريكي مقابل").
QUOTED_REACH = 3
# Tokens after a bare quote's clause mark where a list of quotes names its next currency ("، فيما سجل سعر الريال").
QUOTE_LIST_WORDS = 4
_CLAUSE_MARKS = frozenset("،,.؛:")
_PRICE_MARKS = frozenset(":-–=(")  # "والجنيه المصري (6.80) جنيه": a bracket may hold the price
_ANSWER_LETTER = "ف"  # the فـ that answers "أما": "أما الريال السعودي، فقد سجل"  # "الريال السعودي: 757 ريالا"
_NUMBER_MARKS = frozenset(".,٫٬)")  # inside a figure: "3.2", "3. 2", "1,050"; "(243) جنيه" closes its bracket
Spans = list[tuple[int, int, str]]  # (start, end, code) of the named currencies a text prices
_PRICED_PATTERNS: dict[int, tuple[Currency, regex.Pattern | None]] = {}  # id(Currency) -> its named-currency pattern


class PricedCurrencies:
    """The named currencies a text prices, for CurrencyResolver (which holds the text, its language, the outlet's
    currency and the caches these methods fill; `_confirmed` reads its cue hits, `_hits`, the paragraph around a
    mention, money_redenominated.py, and the rate a price shows, money_rates.py)."""

    __slots__ = ()
    language: Language
    text: str
    ar: bool
    outlet_currency: str | None
    _priced_found: dict[int, list[tuple[int, int, str]]]
    _priced_values: dict[int, Decimal | None]

    def _priced_mentions(self, cur: Currency) -> list[tuple[int, int, str]]:
        """(start, end, code) of every named currency of `cur`'s own family that the text prices in figures, found
        once per text: "الريال السعودي: 757 ريالا" at a Yemeni outlet, "والجنيه المصري 3.2 جنيه" in a Sudanese
        market report, "سجل الجنيه المصري في السوق الموازية 42 جنيها". The figure after a named currency is its price
        in ANOTHER currency of the same name (the local one): the named one is no candidate for the sentence's
        amounts, and its adjective is no cue ("سعر صرف الجنيه المصري ... إلى 19 جنيها للدولار" prices the dollar:
        nothing is left out)."""
        found = self._priced_found.get(id(cur))
        if found is None:
            found = []
            known = _PRICED_PATTERNS.get(id(cur))
            if known is None or known[0] is not cur:  # (the entry holds its Currency: an id is never reused)
                known = _PRICED_PATTERNS[id(cur)] = (cur, self._priced_pattern(cur))
            pattern = known[1]
            if pattern is not None:
                quote = self.language.fx_quote_words
                for m in pattern.finditer(self.text):
                    before = [normalize_word(w) for w in self.text[max(0, m.start() - 40):m.start()].split()]
                    partner = self._quote_partner(before[:-1]) if before and before[-1] in quote else None
                    if partner is not None and partner is not cur:
                        continue  # "سعر صرف الدولار مقابل الجنيه المصري 48.5 جنيه": the dollar priced in pounds
                    code = cur.adjectives.get(m.group("adj"))
                    topic = self._topic_opened(before)  # "أما الريال السعودي، فقد", "أما سعر الريال السعودي، فاستقر"
                    # the basis of a pair of one word ("الجنيه السوداني أمام الجنيه المصري"): the sentence prices it
                    reach = PAIR_REACH if partner is cur else PRICED_REACH
                    # a price word right before the name ("بلغ سعر الجنيه المصري اليوم (12.5)،") or after it
                    quoted = bool(before) and before[-1] in self.language.fx_price_words
                    gap = self._priced_after(cur, m.end(), code, topic, reach, quoted) if code is not None else None
                    if gap is not None:
                        found.append((m.start(), m.end(), code, gap))
                        self._priced_values[m.start()] = self._figure_after(m.end())
            found = self._confirmed(cur, found)
            self._priced_found[id(cur)] = found
        return found

    def _quote_partner(self, before: list[str]) -> Currency | None:
        """The currency named in the few words before a quote word, if any. Another word's ("سعر صرف الدولار
        الأمريكي مقابل الجنيه المصري 48.5 جنيه"): that one is priced, in the named one's figures. With none ("سجلت
        أسعار الصرف مقابل الريال السعودي 585 ريالا": the local rial's rate against the Saudi one), or with a currency
        of the same word ("الريال اليمني مقابل الريال السعودي"), the named one is what the figure prices; of the same
        word, wherever the figure stands in its clause (the pair makes the sentence a report of that rate:
        PAIR_REACH)."""
        for word in reversed(before[-QUOTED_REACH:]):
            found = self._currency_word(word.strip(WORD_MARKS))
            if found is not None:
                return found
            if word[-1] in _CLAUSE_MARKS:
                return None
        return None

    def _topic_opened(self, before: list[str]) -> bool:
        """The named currency is the topic "أما" opens, right after it or after a price word ("أما سعر الريال
        السعودي، فبقي عند 140 ريالا")."""
        words = before[-2:]  # (normalized, as the language data's words: "اما")
        if words and words[-1] in self.language.price_words:
            words = words[:-1]
        return bool(words) and words[-1] in self.language.topic_openers

    def _confirmed(self, cur: Currency, mentions: list[tuple[int, int, str, int]]) -> Spans:
        """The priced mentions a reader takes as prices: the figure right after the name ("والجنيه المصري 2.5
        جنيه", "الريال السعودي: شراء 757"), or, with words between, where another candidate of the family is in
        view: the outlet's currency, or a cue in the mention's paragraph (a Khartoum list, an Aden report), or, for a
        pegged named currency, a price no rate of its own explains but another candidate's does ("أما سعر الريال
        السعودي، فبقي عند 140 ريالا": 525 a dollar, money_rates.priced_rate_fits). Without one, "تراجع الجنيه المصري
        في البنوك ليسجل 48.5 جنيه" is the pound's own rate written short."""
        spans = [(start, end, code) for start, end, code, _ in mentions]
        confirmed = []
        for start, end, code, gap in mentions:
            others = [c for c in cur.candidates if c != code]
            p_start, p_end = self.paragraph((start, end))
            if gap == 0 or self.outlet_currency in others or self.priced_rate_fits(start, code, others) or \
                    any(self._hits(c, p_start, p_end, spans) for c in others):
                confirmed.append((start, end, code))
        return confirmed

    def _priced_after(self, cur: Currency, pos: int, code: str, topic: bool = False,
                      reach: int = PRICED_REACH, quoted: bool = False) -> int | None:
        """How many words stand between a named currency and the figure in `cur`'s own word that prices it in its
        clause ("الريال السعودي في عدن 425 ريالا": 2; a trade word before the figure is none: "الريال السعودي:
        شراء 757"), None when no figure does: more than PRICED_REACH words, a currency among them (the price would
        be that currency's: "الجنيه المصري أمام الدولار 48 جنيها"), or a rate basis after the figure ("إلى 19 جنيها
        للدولار"). After "أما" (`topic`) the comma before the answer's فـ is no clause end ("أما الريال السعودي،
        فبلغ 530 ريالا"). After a price or quote word (`quoted`, or one between) a bare figure closing its clause
        prices the name too (_figure_in_own_word)."""
        tokens = _TOKENS.finditer(self.text, pos, min(len(self.text), pos + PRICED_CHARS))
        words, last, answer = 0, "", False
        data = self.language
        for t in tokens:
            word = t.group()
            if word[0].isdigit():  # "الريال السعودي: شراء 425": a trade word before the figure prices it too
                traded = last in data.fx_trade_words
                if not self._figure_in_own_word(cur, code, tokens, traded, quoted):
                    return None
                return 0 if traded and words == 1 else words
            if word in _PRICE_MARKS:
                continue
            if topic and word in COMMAS and words == 0:
                topic, answer = False, True
                continue
            if answer and not word.startswith(_ANSWER_LETTER):
                return None  # (after "أما X،" the answer opens with فـ: "فقد سجل")
            answer = False
            if not word[0].isalpha() or self._currency_word(word) is not None:
                return None  # a clause ends, or another currency is named
            words, last = words + 1, word
            quoted = quoted or word in data.fx_price_words or word in data.fx_quote_words
            if words > reach:
                return None
        return None

    def _figure_in_own_word(self, cur: Currency, code: str, tokens: Iterator[regex.Match], traded: bool,
                            quoted: bool = False) -> bool:
        """The figure whose first digits were just read goes on (digits, separators, scale words) to a word of
        `cur` with no rate basis after it (past an adjective naming another of its currencies; the named one's own
        adjective makes it no price: "الليرة اللبنانية ... 23400 ليرة لبنانية للدولار"), or to a trade word
        ("الريال السعودي 140 للشراء"); after a trade word (`traded`) it is a price whatever follows. After a price
        or quote word (`quoted`: "الجنيه المصري بلغ سعره اليوم (4.5)،", "والجنيه الإسترليني مقابل (93)،") a figure
        closing its clause bare is the named currency's price too, in a list of quotes (another currency named
        right after, _quote_list_goes_on): no money is worth a figure of itself."""
        data = self.language
        for t in tokens:
            word = normalize_word(t.group())  # ("ريالًا": its tanween is no part of the word)
            if word[0].isdigit() or word in _NUMBER_MARKS or word in data.scales:
                continue
            if word in data.fx_trade_words:
                return True
            if data.currency_words.get(word) is not cur:
                return traded or (quoted and word in _CLAUSE_MARKS and self._quote_list_goes_on(tokens))
            basis = next(tokens, None)
            named = self._adjective_code(cur, normalize_word(basis.group())) if basis is not None else None
            if named == code:
                return False
            if named is not None:
                basis = next(tokens, None)  # "757 ريالا يمنيا للشراء"
            if basis is None:
                return True
            after = normalize_word(basis.group())
            if after in data.rate_basis_words or after in data.fx_quote_words:
                return False  # "42 جنيها مقابل الدولار": the price of a dollar
            for clitic in data.rate_basis_proclitics:
                if after.startswith(clitic) and data.currency_words.get(after[len(clitic):]) is not None:
                    return False  # "19 جنيها للدولار"
            return True
        return traded

    def _quote_list_goes_on(self, tokens: Iterator[regex.Match]) -> bool:
        """A currency is named within QUOTE_LIST_WORDS tokens after a bare quote's clause mark: the text lists
        quotes ("الجنيه المصري بلغ سعره (4.5)، والريال السعودي (19) جنيها"). Not "بلغ سعر الجنيه المصري 13، وإن
        تذكرة الحافلة بلغت 500 جنيه" (an amount of the named currency's country may follow; review19)."""
        for t in islice(tokens, QUOTE_LIST_WORDS):
            if self._currency_word(normalize_word(t.group())) is not None:
                return True
        return False

    def _adjective_code(self, cur: Currency, word: str) -> str | None:
        """The code an adjective after a word of `cur` names, with or without its article and case ending
        ("يمنيا", "اللبنانيه")."""
        data = self.language
        article = data.definite_article
        stem = word[len(article):] if article and word.startswith(article) else word
        for form in (stem, *(stem[:-len(e)] for e in data.adjective_endings if stem.endswith(e))):
            if form in cur.adjectives:
                return cur.adjectives[form]
        return None

    def _currency_word(self, word: str) -> Currency | None:
        """The currency a word names, with or without its proclitics ("الدولار", "بالدولار", "واليورو")."""
        words = self.language.currency_words
        if word in words:
            return words[word]
        for clitic in self.language.proclitics_currency_cue:
            if word.startswith(clitic) and word[len(clitic):] in words:
                return words[word[len(clitic):]]
        return None

    def _priced_pattern(self, cur: Currency) -> regex.Pattern | None:
        data = self.language
        article = data.definite_article
        words = {w[len(article):] if w.startswith(article) else w for w, c in data.currency_words.items() if c is cur}
        if not self.ar or not words or not cur.adjectives or not article:
            return None
        return regex.compile(
            r"(?<![^\W\d_])\w?" + regex.escape(article) + r"\L<w>\s+(?:" + regex.escape(article) + r")?(?P<adj>\L<a>)"
            r"[اه]?(?![^\W\d_])", w=sorted(words), a=sorted(cur.adjectives))
