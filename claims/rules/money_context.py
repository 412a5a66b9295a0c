"""Money: the currency of an ambiguous currency word ("ريال", "دينار", "جنيه", "pound", "shilling") from what the
text and the outlet say, in the order a reader uses (issue 14, class 1):

1. explicit: the amount names it ("دينار كويتي", "Egyptian pounds", "$") — decided before this module is asked;
2. context: the cue words of one candidate (its country, capital, a qualified mention "الجنيه المصري": the
   language data's `currency_cues`) outnumber the others' in the sentence, else in its paragraph, else in the
   text from EARLIER_CHARS before the sentence to its end — unless the outlet's own currency has a cue there too
   (a Saudi paper on Saudi aid to Yemen means SAR): then the outlet's country decides at that step;
3. outlet_country: the currency of the article's country (Article.country, or the operator's outlet map) when it
   is a candidate: a Tunisian outlet's "دينار" is TND, a Saudi paper's "ريال" SAR — unless the article never
   names the outlet's country and names exactly one other candidate's (its own focus: context);
4. context again, over the whole article (a single mention of another country far away must not outvote the
   outlet, but without an outlet country it is the best clue left);
5. none: currency None, with the candidates still possible — or, for a word with a usual reading (an entry with
   both a code and candidates: "rupees" is INR unless Sri Lanka, Pakistan or Nepal is the one named), that code.

A tie between candidates narrows the candidates and lets the next, wider step decide.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from claims.languages import Currency, Language
from claims.rules.money import outlet_reading
from factstream.countries import country_currency

# How far back "named earlier" reaches beyond the paragraph: a market roundup names the country in its section's
# heading or first paragraph ("بورصة البحرين ..."), then gives amounts in bare دينار a few paragraphs on.
EARLIER_CHARS = 1000


class CurrencyResolver:
    """Currency cues of one text, scanned lazily (once per currency code) and counted by bisection."""

    __slots__ = ("_cue_positions", "_priced_patterns", "ar", "language", "outlet_currency", "text")

    def __init__(self, language: Language, text: str, country: str | None) -> None:
        self.language = language
        self.ar = language.lang == "ar"
        self.text = text
        self.outlet_currency = country_currency(country)
        self._cue_positions: dict[str, list[int]] = {}
        self._priced_patterns: dict[int, regex.Pattern | None] = {}

    def cue_count(self, code: str, start: int, end: int) -> int:
        """How many cue words of `code` ("السعودية" for SAR ...) lie in [start, end)."""
        found = self._cue_positions.get(code)
        if found is None:
            words = self.language.currency_cues.get(code) or []
            if not words or (self.ar and not any(w in self.text for w in words)):
                found = []  # every match holds a cue word verbatim (case-sensitive data): no scan needed
            else:
                found = [m.start() for m in self.language.cue_patterns[code].finditer(self.text)]
            self._cue_positions[code] = found
        return bisect_left(found, end) - bisect_left(found, start)

    def paragraph(self, sentence: tuple[int, int]) -> tuple[int, int]:
        """The paragraph around a sentence: the text between the line breaks before and after it."""
        start = self.text.rfind("\n", 0, sentence[0]) + 1
        end = self.text.find("\n", sentence[1])
        return start, len(self.text) if end < 0 else end

    def _by_cues(self, candidates: list[str], start: int, end: int) -> list[str]:
        """The candidates with the most cue words in [start, end) (all of them when none has any)."""
        counts = [self.cue_count(c, start, end) for c in candidates]
        best = max(counts, default=0)
        if best == 0:
            return candidates
        return [c for c, n in zip(candidates, counts, strict=True) if n == best]

    def _article_focus(self, candidates: list[str]) -> str | None:
        """The one candidate whose country the article names when it never names the outlet's own: a Saudi
        paper's story about Qatar that says "ريال" far below its first paragraph means QAR. Any cue of the
        outlet's currency, or cues of two candidates, leave the outlet's reading."""
        whole = len(self.text)
        if self.outlet_currency is None or self.cue_count(self.outlet_currency, 0, whole) > 0:
            return None
        named = [c for c in candidates if c != self.outlet_currency and self.cue_count(c, 0, whole) > 0]
        return named[0] if len(named) == 1 else None

    def _held_cues(self, candidates: list[str], start: int, end: int, at: int) -> list[str]:
        """The candidates whose country is named on a money institution or the currency in [start, end): "البنك
        المركزي التونسي", "الموازنة الكويتية", "الحكومة القطرية" (ar.yaml `currency_cue_holders`: the word right
        before the cue). Such a name says whose money it is, where a bare mention may only name the topic. When two
        are so named ("وزير المالية البحريني إن البنك المركزي التونسي ... دينار"), the one nearest the amount."""
        holders = self.language.currency_cue_holders
        if not holders:
            return []
        nearest: dict[str, int] = {}
        for code in candidates:
            if self.cue_count(code, start, end) == 0:
                continue
            found = self._cue_positions[code]
            for pos in found[bisect_left(found, start):bisect_left(found, end)]:
                before = self.text[max(0, pos - 40):pos].split()
                if before and before[-1] in holders:
                    nearest[code] = min(nearest.get(code, len(self.text)), abs(at - pos))
        if len(nearest) > 1:
            best = min(nearest.values())
            return [c for c, gap in nearest.items() if gap == best]
        return list(nearest)

    def _priced(self, cur: Currency, sentence: tuple[int, int]) -> set[str]:
        """Codes of the currency word's own family that the sentence prices in figures: "الريال السعودي: 757
        ريالا" at a Yemeni outlet, "والجنيه المصري 3.2 جنيه" in a Sudanese market report. The figure right after a
        named currency is its price in ANOTHER currency of the same name (the local one), so the named one is no
        candidate for it. ("سعر صرف الجنيه المصري ... إلى 19 جنيها للدولار" is the pound priced against the dollar:
        no figure follows the name, nothing is left out.)"""
        pattern = self._priced_patterns.get(id(cur), False)
        if pattern is False:
            pattern = self._priced_pattern(cur)
            self._priced_patterns[id(cur)] = pattern
        if pattern is None:
            return set()
        codes = set()
        quote = self.language.fx_quote_words
        for m in pattern.finditer(self.text, sentence[0], sentence[1]):
            before = self.text[max(0, m.start() - 20):m.start()].split()
            if before and before[-1] in quote:
                continue  # "سعر صرف الدولار مقابل الجنيه المصري 48.5 جنيه": the dollar priced in Egyptian pounds
            code = cur.adjectives.get(m.group("adj"))
            if code is not None:
                codes.add(code)
        return codes

    def _priced_pattern(self, cur: Currency) -> regex.Pattern | None:
        data = self.language
        article = data.definite_article
        words = {w[len(article):] if w.startswith(article) else w for w, c in data.currency_words.items() if c is cur}
        if not self.ar or not words or not cur.adjectives or not article:
            return None
        links = data.fx_price_links
        link = r"(?:(?:" + "|".join(regex.escape(w) for w in links) + r")\s+)?" if links else ""
        return regex.compile(
            r"(?<![^\W\d_])\w?" + regex.escape(article) + r"\L<w>\s+(?:" + regex.escape(article) + r")?(?P<adj>\L<a>)"
            r"[اه]?(?![^\W\d_])\s*[:\-–=]?\s*" + link + r"\d", w=sorted(words), a=sorted(cur.adjectives))

    def resolve(self, cur: Currency, sentence: tuple[int, int],
                at: int | None = None) -> tuple[str | None, list[str], str]:
        """(code, candidates left when none, currency_source) for a currency word found in `sentence` (the amount
        at `at`, its sentence's start when not given)."""
        local = outlet_reading(cur, self.outlet_currency, self.text, sentence) if cur.outlet_codes else None
        if local is not None:
            return local, [], "outlet_country"  # a bare "$" at a New Zealand outlet: NZD (rules/money.py)
        if cur.code and not cur.candidates:
            return cur.code, [], "explicit"
        candidates = list(cur.candidates)
        if self.ar:
            priced = self._priced(cur, sentence)
            if priced and any(c not in priced for c in candidates):
                candidates = [c for c in candidates if c not in priced]
        outlet = self.outlet_currency if self.outlet_currency in candidates else None
        for start, end in (sentence, self.paragraph(sentence), (max(0, sentence[0] - EARLIER_CHARS), sentence[1])):
            held = self._held_cues(candidates, start, end, sentence[0] if at is None else at) if self.ar else []
            if len(held) == 1:
                return held[0], [], "context"  # "البنك المركزي التونسي" outweighs a mention of the outlet's country
            outlet_named = outlet is not None and self.cue_count(outlet, start, end) > 0
            candidates = self._by_cues(candidates, start, end)
            if len(candidates) == 1:
                if outlet_named and candidates[0] != outlet:
                    # The outlet's own country is in the picture too ("الجهود السعودية لإغاثة اليمن ... مليار ريال"):
                    # a cue names the topic, not the currency; the outlet's reading stands.
                    return outlet, [], "outlet_country"
                return candidates[0], [], "context"
            if outlet_named:
                return outlet, [], "outlet_country"
        if self.outlet_currency in candidates:
            focus = self._article_focus(candidates)
            if focus is not None:
                return focus, [], "context"
            return self.outlet_currency, [], "outlet_country"
        candidates = self._by_cues(candidates, 0, len(self.text))
        if len(candidates) == 1:
            return candidates[0], [], "context"
        if cur.code:  # a word with a usual reading ("rupees": INR) keeps it unless the text names another candidate
            return cur.code, [], "explicit"
        return None, candidates, "none"
