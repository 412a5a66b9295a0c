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

from claims.languages import Currency, Language
from factstream.countries import country_currency

# How far back "named earlier" reaches beyond the paragraph: a market roundup names the country in its section's
# heading or first paragraph ("بورصة البحرين ..."), then gives amounts in bare دينار a few paragraphs on.
EARLIER_CHARS = 1000


class CurrencyResolver:
    """Currency cues of one text, scanned lazily (once per currency code) and counted by bisection."""

    __slots__ = ("_cue_positions", "ar", "language", "outlet_currency", "text")

    def __init__(self, language: Language, text: str, country: str | None) -> None:
        self.language = language
        self.ar = language.lang == "ar"
        self.text = text
        self.outlet_currency = country_currency(country)
        self._cue_positions: dict[str, list[int]] = {}

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

    def resolve(self, cur: Currency, sentence: tuple[int, int]) -> tuple[str | None, list[str], str]:
        """(code, candidates left when none, currency_source) for a currency word found in `sentence`."""
        if cur.code and not cur.candidates:
            return cur.code, [], "explicit"
        candidates = list(cur.candidates)
        outlet = self.outlet_currency if self.outlet_currency in candidates else None
        for start, end in (sentence, self.paragraph(sentence), (max(0, sentence[0] - EARLIER_CHARS), sentence[1])):
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
