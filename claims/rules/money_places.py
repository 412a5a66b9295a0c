"""Money: a place the text names as a cue of its country's currency (session 16; CurrencyResolver's base,
rules/money_context.py). "سعر جوال السكر في كوستي ... 4500 جنيه" is Sudanese, "in Mombasa ... Sh40" Kenyan, "في
إربد ... 3 دنانير" Jordanian: a reader who knows the town knows the money. The gazetteer (claims/languages/places.yaml,
our own list of the cities, states and regions of the countries whose currency word others share) counts as the
country's own name does (GUIDELINES, session 16: "a place the text names settles a currency as its country does"),
in every window money_context.py counts cues in: the sentence, its paragraph, the text just before, the article.

Cheap by construction: asked only for a bare currency word with no qualifier (CurrencyResolver.resolve), each
paragraph a window touches is split into words once per text and each word looked up in a table keyed by a name's
first word (with its proclitics, in Arabic), so no pattern runs over the text; a name that is also an everyday word
("الأبيض") counts only after a place noun ("مدينة الأبيض")."""

from __future__ import annotations

import re
from bisect import bisect_left

_WORD = re.compile(r"\S+")  # a paragraph's words and their offsets, as str.split() cuts them
_MARKS = "\"'()[]{}«»“”‘’،,.؛;:!?؟…-–—/"
_POSSESSIVES = ("'s", "’s")


class PlaceCues:
    """The places a text names, for CurrencyResolver (which holds the text, its language and the cache:
    `_place_found`, paragraph start -> {code: sorted positions})."""

    __slots__ = ()

    def add_places(self, weights: dict[str, int], start: int, end: int) -> dict[str, int]:
        """`weights` (cue counts by currency code in [start, end)) with the places of those codes named there."""
        if not self.language.place_first_words:
            return weights
        added = weights
        p_start = self.paragraph((start, start))[0]
        while p_start < end:  # each paragraph the window touches, scanned once per text
            p_end = self.paragraph((p_start, p_start))[1]
            found = self._place_found.get(p_start)
            if found is None:
                found = self._place_found[p_start] = self._places_in(p_start, p_end)
            for code in weights:
                spots = found.get(code)
                if spots:
                    if added is weights:
                        added = dict(weights)
                    added[code] += bisect_left(spots, end) - bisect_left(spots, start)
            p_start = p_end + 1
        return added

    def _places_in(self, start: int, end: int) -> dict[str, list[int]]:
        """Currency code -> the positions of the places of its country named in [start, end) (a paragraph)."""
        data = self.language
        table, nouns = data.place_first_words, data.place_nouns
        english = not self.ar
        words = list(_WORD.finditer(self.text, start, end))
        keys = [_key(w.group(), english) for w in words]
        hits: list[tuple[int, str]] = []
        i = 0
        while i < len(keys):
            entries = table.get(keys[i])
            size = 1
            if entries is not None:
                for rest, code, needs_noun in entries:
                    if tuple(keys[i + 1:i + 1 + len(rest)]) == rest and \
                            (not needs_noun or (i > 0 and keys[i - 1] in nouns)):
                        hits.append((i, code))
                        size = len(rest) + 1  # the words of a name count once ("بنت جبيل" is one place)
                        break
            i += size
        found: dict[str, list[int]] = {}
        for i, code in hits:
            found.setdefault(code, []).append(words[i].start())
        return found


def _key(word: str, english: bool) -> str:
    """A word as the gazetteer keys it: marks around it and an English possessive left out."""
    word = word.strip(_MARKS)
    if english and word.endswith(_POSSESSIVES):
        word = word[:-2]
    return word
