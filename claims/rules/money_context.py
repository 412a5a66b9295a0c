"""Money: the currency of an ambiguous currency word ("ريال", "دينار", "جنيه", "pound", "shilling") from what the
text and the outlet say, in the order a reader uses (issue 14, class 1):

1. explicit: the amount names it ("دينار كويتي", "Egyptian pounds", "$") — decided before this module is asked;
2. context: the cue words of one candidate (its country, capital, a qualified mention "الجنيه المصري": the
   language data's `currency_cues`; a town of its country as well: money_places.py) outnumber the others'
   in the sentence, else its paragraph, else the EARLIER_CHARS before it — unless the outlet's own currency has a
   cue there too (a Saudi paper on Saudi aid to Yemen: SAR): then the outlet's country decides at that step. Before
   counting (Arabic), a named currency of the word's own family the text prices in that word's figures is left out
   ("والجنيه المصري 42 جنيها" in a Khartoum list: another pound; found by the base money_priced.py), as a country
   after a partner word ("التونسي مع الجزائر") is while another candidate has a cue;
3. outlet_country: the currency of the article's country (Article.country, or the operator's outlet map) when it
   is a candidate: a Tunisian outlet's "دينار" is TND, a Saudi paper's "ريال" SAR — unless the article never
   names the outlet's country and names exactly one other candidate's (its own focus: context);
4. context again, over the whole article (a single mention of another country far away must not outvote the
   outlet, but without an outlet country it is the best clue left); the article's headline (claims/headline.py)
   counts with the whole article at step 4 and, in Arabic, at step 3, after the text's own cues ("عجز موازنة قطر
   يتقلص" over a story whose "ريال" is never placed: QAR);
5. none: currency None, with the candidates still possible, less those the word means only where the text names
   them (`named_only`: "جنيه" is sterling only in a story naming Britain) — or, for a word with a usual reading
   (an entry with both a code and candidates: "rupees" is INR unless Sri Lanka, Pakistan or Nepal is named), that
   code.

A tie between candidates narrows the candidates and lets the next, wider step decide. This module counts the cues
and walks the steps; its bases find the rest: money_places.py (towns of a country), money_priced.py (named currencies
the text prices), money_rates.py (what a rate to the dollar shows), money_redenominated.py (old or new ouguiyas).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal

from claims.engine.marks import WORD_MARKS
from claims.languages import Currency, Language
from claims.normalize import normalize_word
from claims.rules.money import outlet_reading
from claims.rules.money_equivalent import EquivalentCurrencies
from claims.rules.money_places import PlaceCues
from claims.rules.money_priced import PricedCurrencies, Spans
from claims.rules.money_rates import RateEvidence
from claims.rules.money_redenominated import RedenominatedCurrency
from factstream.countries import country_currency, former_currency

# How far back "named earlier" reaches beyond the paragraph: a market roundup names the country in its section's
# heading or first paragraph ("بورصة البحرين ..."), then gives amounts in bare دينار a few paragraphs on.
EARLIER_CHARS = 1000
# ... and further back, to the heading of the section the amount stands in ("* محطة حمراء للسوق الكويتية" over a
# bourse's section longer than EARLIER_CHARS): a line of at most HEADING_CHARS with no closing mark, within
# SECTION_CHARS before the amount's paragraph.
HEADING_CHARS = 80
SECTION_CHARS = 4000
_HEADING_CLOSERS = frozenset(".!؟?:،,؛;")


class CurrencyResolver(PlaceCues, PricedCurrencies, RateEvidence, RedenominatedCurrency, EquivalentCurrencies):
    """Currency cues of one text, scanned lazily (once per currency code) and counted by bisection."""

    __slots__ = ("_cue_positions", "_elided_found", "_headline_named", "_mentions_found", "_place_found",
                 "_priced_found", "_priced_values", "_qualified_found", "_rate_choices", "_rate_lines", "_text_focus",
                 "_years", "ar", "headline", "language", "outlet_country", "outlet_currency", "published", "text")

    def __init__(self, language: Language, text: str, country: str | None, published: date | None = None,
                 headline: str = "") -> None:
        self.language = language
        self.ar = language.lang == "ar"
        self.text = text
        self.headline = headline  # normalized as the text; "" when the article has none
        self._headline_named: dict[str, bool] = {}
        self.outlet_currency = country_currency(country)
        self.outlet_country = country.lower() if country else None  # (as the language data's keys)
        self.published = published
        self._cue_positions: dict[str, list[int]] = {}
        self._place_found: dict[int, dict[str, list[int]]] = {}  # paragraph start -> places (money_places.py)
        self._priced_found: dict[int, list[tuple[int, int, str]]] = {}
        self._qualified_found: dict[int, list[tuple[int, str]]] = {}  # id(Currency) -> (pos, code), money_redenominated
        self._elided_found: dict[int, list[tuple[int, str]]] = {}
        self._mentions_found: dict[int, list[tuple[int, str]]] = {}  # the two merged in the text's order
        self._priced_values: dict[int, Decimal | None] = {}  # start of a priced mention -> its figure
        self._rate_lines: dict[int, str | None] = {}  # id(Currency) -> the code its rate line shows, per text
        self._rate_choices: dict[int, list[tuple[int, str]]] = {}  # id(Currency) -> (pos, code) a dollar figure showed
        self._years: list[int] | None = None  # _text_years, scanned once per text
        self._text_focus: dict[tuple[frozenset[str], tuple[str, ...]], str | None] = {}  # _dollar_focus, per text

    def cue_count(self, code: str, start: int, end: int) -> int:
        """How many cue words of `code` ("السعودية" for SAR ...) lie in [start, end)."""
        found = self._cue_positions.get(code)
        if found is None:
            words = self.language.currency_cues.get(code) or []
            article = self.language.definite_article
            if not words or (self.ar and not any(
                    (w[len(article):] if article and w.startswith(article) else w) in self.text for w in words)):
                found = []  # every match holds a cue word verbatim, or after "لل" its stem: no scan needed
            elif self.ar:
                found = self._cue_starts(code, words)
            else:
                found = [m.start() for m in self.language.cue_patterns[code].finditer(self.text)]
            self._cue_positions[code] = found
        return bisect_left(found, end) - bisect_left(found, start)

    def _cue_starts(self, code: str, words: list[str]) -> list[int]:
        """Where the cue pattern of `code` matches, as its finditer gives them, without running it over the whole
        text (a scan of each text per code was 3% of Arabic extraction time): every match holds a cue word's stem
        verbatim (the word less its article) at most `reach` characters after its start (proclitics, "و" + "لل",
        the article: currency_data.currency_cue_pattern), so the pattern is only tried at those starts, left to
        right, going on after each match's end as finditer does (its lookbehind still sees the text before)."""
        data, text = self.language, self.text
        article = data.definite_article
        reach = max(map(len, data.proclitics_currency_cue), default=0) + len(data.and_prefix) + 2 + len(article)
        starts: set[int] = set()
        for w in words:
            stem = w[len(article):] if article and w.startswith(article) else w
            k = text.find(stem)
            while k >= 0:
                starts.update(range(max(0, k - reach), k + 1))
                k = text.find(stem, k + 1)
        match, found, pos = data.cue_patterns[code].match, [], 0
        for s in sorted(starts):
            if s >= pos and (m := match(text, s)) is not None:
                found.append(s)
                pos = max(m.end(), s + 1)
        return found

    def _hits(self, code: str, start: int, end: int, skip: Spans) -> list[int]:
        """Where the cue words of `code` lie in [start, end), but for those inside a span of `skip`."""
        self.cue_count(code, start, end)  # (scans the text for the code once)
        found = self._cue_positions[code]
        hits = found[bisect_left(found, start):bisect_left(found, end)]
        goods = self.language.currency_cue_goods
        if goods and hits:  # "وكيلو الفول المصري 70 جنيها" in a Darfur market: a food's origin, not the money's
            hits = [p for p in hits if not self._after_word(p, goods)]
        return [p for p in hits if not any(s <= p < e for s, e, _ in skip)] if skip and hits else hits

    def _weights(self, codes: Iterable[str], start: int, end: int, skip: Spans) -> dict[str, int]:
        """How many cue words of each code lie in [start, end), leaving out the named currencies the text prices
        ("الريال السعودي 425 ريالا" names no Saudi money) and, while some code has another cue, the cues right after
        a partner word (`currency_partner_words`: "عجز الميزان التجاري التونسي مع الجزائر", "صادرات تونس إلى
        الجزائر" are Tunisia's figures; the partner comes after مع, إلى, من)."""
        hits = {code: self._hits(code, start, end, skip) for code in codes}
        if self.language.currency_people_cues:
            hits = self._places_first(hits)
        if self.language.currency_source_cues and any(hits.values()):
            hits = self._named_over_sources(hits)
        partners = self.language.currency_partner_words
        main = {code: sum(1 for p in found if not self._after_word(p, partners)) for code, found in hits.items()}
        main = main if not partners or any(main.values()) else {code: len(found) for code, found in hits.items()}
        return self.add_places(main, start, end)  # a town of one country named there (money_places.py)

    def _places_first(self, hits: dict[str, list[int]]) -> dict[str, list[int]]:
        """A cue that names a people (`currency_people_cues`: "عمال مغاربة في دبي") is left out while another
        candidate has a cue of its own there: people work and spend abroad, a place says where the money is."""
        codes = self.language.currency_people_codes  # (derived at load: "المغاربة" is a cue of MAD)
        if not any(hits.get(code) for code in codes):
            return hits  # (most texts: no people's name among the cues)
        people = tuple(self.language.currency_people_cues)
        named = {code: [p for p in found if not normalize_word(self.text[p:p + 40].split(maxsplit=1)[0].strip(
            WORD_MARKS)).endswith(people)] if code in codes else found for code, found in hits.items()}
        return {code: found if not any(named[c] for c in hits if c != code) else named[code]
                for code, found in hits.items()}

    def _named_over_sources(self, hits: dict[str, list[int]]) -> dict[str, list[int]]:
        """A news agency's initials (`currency_source_cues`: "IRNA said ...") name where the news came from: they are
        left out while any candidate has another cue (a country, a capital)."""
        sources = self.language.currency_source_cues
        named = {code: [p for p in found if normalize_word(self.text[p:p + 40].split(maxsplit=1)[0].strip(
            WORD_MARKS)).lower() not in sources] for code, found in hits.items()}
        return named if any(named.values()) else hits

    def _after_word(self, pos: int, words: frozenset[str]) -> bool:
        """The word right before position `pos` is one of `words`."""
        before = self.text[max(0, pos - 40):pos].split()
        return bool(before) and before[-1] in words

    @staticmethod
    def _best(candidates: list[str], weights: dict[str, int]) -> list[str]:
        """The candidates with the most cue words (all of them when none has any)."""
        best = max((weights[c] for c in candidates), default=0)
        return candidates if best == 0 else [c for c in candidates if weights[c] == best]

    def _article_focus(self, candidates: list[str], skip: Spans) -> str | None:
        """The one candidate whose country the article (its text, or an Arabic headline) names when it never names
        the outlet's own: a Saudi paper's story about Qatar that says "ريال" far below its first paragraph means QAR.
        Any cue of the outlet's currency, or cues of two candidates, leave the outlet's reading."""
        whole = len(self.text)
        outlet = self.outlet_currency
        # An Arabic outlet prices a neighbour's story in its ريال or دينار; an English one keeps its own pound or
        # dollar under a foreign headline ("Egypt holiday bookings surge" over "900 pounds" in a British paper).
        headline = self.ar
        if outlet is None or self._hits(outlet, 0, whole, skip) or (headline and self.named_in_headline(outlet)):
            return None
        named = [c for c in candidates if c != outlet and (
            self._hits(c, 0, whole, skip) or (headline and self.named_in_headline(c)))]
        return named[0] if len(named) == 1 else None

    def named_in_headline(self, code: str) -> bool:
        """A cue word of `code` (its country, capital, people) is in the article's headline."""
        if not self.headline:
            return False
        found = self._headline_named.get(code)
        if found is None:
            pattern = self.language.cue_patterns.get(code)
            found = self._headline_named[code] = pattern is not None and pattern.search(self.headline) is not None
        return found

    def _dollar_focus(self, cur: Currency, sentence: tuple[int, int]) -> str | None:
        """The local dollar of the country a small dollar market's article names most (`dollar_focus_outlets`: a
        Virgin Islands paper's Jamaican budget story, a Samoan one's on Australian aid), twice or more and more than
        the United States; None in a sentence on a world market or a text with a wire's conversion line (as
        money.outlet_reading)."""
        if cur.own_code_cues is not None and cur.own_code_cues.search(self.text, *sentence) is not None:
            return None
        key = (cur.outlet_codes, cur.own_code_text_cues)
        if key not in self._text_focus:  # (the rest reads the whole text: once per text, not per amount)
            self._text_focus[key] = self._text_dollar_focus(cur)
        return self._text_focus[key]

    def _text_dollar_focus(self, cur: Currency) -> str | None:
        if any(cue in self.text for cue in cur.own_code_text_cues):
            return None
        whole = len(self.text)
        left_out = self.language.dollar_focus_left_out
        weights = {code: self.cue_count(code, 0, whole) for code in cur.outlet_codes if code.lower() not in left_out}
        best = max(weights.values())
        top = [code for code, n in weights.items() if n == best]
        if best < 2 or len(top) > 1:
            return None
        lowered = self.text.lower()
        return top[0] if sum(lowered.count(cue) for cue in self.language.dollar_focus_us_cues) < best else None

    def _held_cues(self, candidates: list[str], start: int, end: int, at: int, skip: Spans) -> list[str]:
        """The candidates whose country is named on a money institution or the currency in [start, end): "البنك
        المركزي التونسي", "الموازنة الكويتية", "الحكومة القطرية" (ar.yaml `currency_cue_holders`: the word right
        before the cue). Such a name says whose money it is, where a bare mention may only name the topic. When two
        are so named ("وزير المالية البحريني إن البنك المركزي التونسي ... دينار"), the one nearest the amount. A
        currency the text prices ("سعر الريال السعودي في عدن 425 ريالا") is no holder of its country."""
        holders = self.language.currency_cue_holders
        if not holders:
            return []
        nearest: dict[str, int] = {}
        for code in candidates:
            for pos in self._hits(code, start, end, skip):
                if self._after_word(pos, holders):
                    nearest[code] = min(nearest.get(code, len(self.text)), abs(at - pos))
        if len(nearest) > 1:
            best = min(nearest.values())
            return [c for c, gap in nearest.items() if gap == best]
        return list(nearest)

    def local_currency(self, codes: Iterable[str], start: int, end: int) -> str | None:
        """The one code among `codes` whose country [start, end) names most (rules/money_ar.py: a bare figure in an
        exchange-rate report), a currency the text prices left out ("الريال السعودي 560 للشراء" in a Khartoum list
        names no Saudi money); None on a tie or when none is named."""
        families = {id(c): c for c in self.language.currency_words.values() if c.candidates and c.adjectives}
        skip = [span for cur in families.values() for span in self._priced_mentions(cur)]
        weights = self._weights(codes, start, end, skip)
        best = max(weights.values(), default=0)
        named = [code for code, n in weights.items() if n == best]
        return named[0] if best and len(named) == 1 else None

    def resolve(self, cur: Currency, sentence: tuple[int, int],
                at: int | None = None) -> tuple[str | None, list[str], str]:
        """(code, candidates left when none, currency_source) for a currency word found in `sentence` (the amount
        at `at`, its sentence's start when not given)."""
        if cur.outlet_codes and self.outlet_country in self.language.dollar_focus_outlets and \
                (focus := self._dollar_focus(cur, sentence)) is not None:
            return focus, [], "context"  # (first: a Samoan paper's "$" is WST, but in its story on Australian aid AUD)
        local = outlet_reading(cur, self.outlet_currency, self.text, sentence) if cur.outlet_codes else None
        if local is not None:  # a bare "$" at a New Zealand outlet: NZD (rules/money.py)
            focus = self._article_focus(list(cur.outlet_codes), [])  # a Guyanese paper's Trinidad story: TTD
            return (focus, [], "context") if focus is not None else (local, [], "outlet_country")
        if cur.code and not cur.candidates:
            former = former_currency(cur.code) if cur.adjectives else None
            if former is not None:
                return self._redenominated(cur, former, sentence, sentence[0] if at is None else at)
            return cur.code, [], "explicit"
        candidates, skip = self._named_out(cur, sentence)
        outlet = self.outlet_currency if self.outlet_currency in candidates else None
        for step, (start, end) in enumerate(self._cue_windows(sentence)):
            if step == 1:
                # past the sentence's own cues, a rate the text shows decides (money_rates.py): "(الدولار يساوي 3.64
                # ريال)", an earlier amount's dollar figure in the paragraph
                shown = self._rate_shown(cur, sentence, sentence[0] if at is None else at)
                if shown is not None and shown in candidates:
                    return shown, [], "context"
            held = self._held_cues(candidates, start, end, sentence[0] if at is None else at, skip) if self.ar else []
            if len(held) == 1:
                return held[0], [], "context"  # "البنك المركزي التونسي" outweighs a mention of the outlet's country
            weights = self._weights({*candidates, outlet} - {None}, start, end, skip)
            outlet_named = outlet is not None and weights[outlet] > 0
            candidates = self._best(candidates, weights)
            if len(candidates) == 1:
                if outlet_named and candidates[0] != outlet:
                    # The outlet's own country is in the picture too ("الجهود السعودية لإغاثة اليمن ... مليار ريال"):
                    # a cue names the topic, not the currency; the outlet's reading stands.
                    return outlet, [], "outlet_country"
                return candidates[0], [], "context"
            if outlet_named:
                return outlet, [], "outlet_country"
        if self.outlet_currency in candidates:
            focus = self._article_focus(candidates, skip)
            if focus is not None:
                return focus, [], "context"
            return self.outlet_currency, [], "outlet_country"
        return self._in_article(cur, candidates, skip)

    def _named_out(self, cur: Currency, sentence: tuple[int, int]) -> tuple[list[str], Spans]:
        """The candidates of `cur` for a bare amount in `sentence`, less the named currencies of its word the
        sentence prices (money_priced.py: "والجنيه المصري 42 جنيها") or gives as a bare amount's equivalent
        (money_equivalent.py: "700 جنيه (ما يعادل 36 ألف جنيه سوداني)"), and the spans of the named ones whose
        cues do not count (Arabic; none in English)."""
        candidates = list(cur.candidates)
        if not self.ar:
            return candidates, []
        skip = self._priced_mentions(cur)
        priced = {(start, code) for start, _, code in skip if sentence[0] <= start < sentence[1]}  # (confirmed ones)
        named = {code for _, code in priced}
        if named and any(c not in named for c in candidates):
            candidates = self._priced_rates_fit([c for c in candidates if c not in named], priced)
        equivalent = self.equivalent_mentions(cur, sentence)
        codes = {code for _, _, code in equivalent}
        if codes and any(c not in codes for c in candidates):
            candidates, skip = [c for c in candidates if c not in codes], skip + equivalent
        return candidates, skip

    def _cue_windows(self, sentence: tuple[int, int]) -> Iterator[tuple[int, int]]:
        """Where resolve reads cues, in turn: the sentence, its paragraph, the text named earlier (each found only
        when the one before leaves the currency open: the section heading's walk back is rarely needed)."""
        yield sentence
        yield self.paragraph(sentence)
        yield self._earlier_start(sentence), sentence[1]

    def _earlier_start(self, sentence: tuple[int, int]) -> int:
        """Where "named earlier" begins for an amount in `sentence`: EARLIER_CHARS before it, or the heading of its
        section when that stands further back (a market roundup's "* محطة حمراء للسوق الكويتية", then paragraphs of
        bare "دينار" a thousand characters and more below it; the text between is the section's, no other market's)."""
        start = max(0, sentence[0] - EARLIER_CHARS)
        end = self.text.rfind("\n", 0, sentence[0])
        floor = max(0, sentence[0] - SECTION_CHARS)
        while end > floor:
            line_start = self.text.rfind("\n", 0, end) + 1
            line = self.text[line_start:end].strip()
            if line and len(line) <= HEADING_CHARS and line[-1] not in _HEADING_CLOSERS:
                return min(start, line_start)  # (a heading nearer than EARLIER_CHARS: the usual window)
            end = line_start - 1
        return start

    def _in_article(self, cur: Currency, candidates: list[str], skip: Spans) -> tuple[str | None, list[str], str]:
        """The last steps: the whole article's cues; then a candidate the language takes only where the text names
        it (`named_only` of the word: a bare "جنيه" is sterling only in a story naming Britain) drops out; then the
        word's usual reading; else none, with the candidates left."""
        whole = len(self.text)
        weights = self._weights(candidates, 0, whole, skip)
        candidates = self._best(candidates, weights)
        if len(candidates) > 1 and self.headline:  # the text's cues tie or are none: its headline may name one
            candidates = self._best(candidates, {c: int(self.named_in_headline(c)) for c in candidates})
        if len(candidates) > 1 and cur.named_only:
            candidates = [c for c in candidates if c not in cur.named_only or self._hits(c, 0, whole, skip)] or \
                candidates
        if len(candidates) == 1:
            return candidates[0], [], "context"
        if cur.code and cur.code in candidates:  # a word with a usual reading ("rupees": INR) keeps it unless the
            return cur.code, [], "explicit"  # text names another candidate (two others tied: none of the three)
        family = next((f for f in cur.adjective_currencies.values() if set(f.candidates) == set(candidates)), None)
        if family is not None:  # "الفرنك الأفريقي ... 5 ملايين فرنك": the CFA franc, read as its adjective is (XOF)
            return family.code, [], "context"
        if cur.default_reading_code in candidates and not any(weights.values()):
            # "جنيه" where no candidate's country is named at all: EGP
            return str(cur.default_reading_code), [], "explicit"
        return None, candidates, "none"
