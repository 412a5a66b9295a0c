"""Lists, Arabic: two numbers in words joined by و sharing the noun after the second ("بالسجن لست وسبع سنوات")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Draft, Tok

_LIST_PROCLITICS = ("ل", "ب")  # a preposition glued to the first number of a pair ("لست وسبع سنوات")
_MAX_UNIT = 10  # two units joined by و are two numbers (a compound joins a unit to a tens: "ثلاث وعشرين")


class WordListRulesAr(Cursor):
    """Pairs of numbers in words sharing a noun."""

    def word_pair_ar(self, i: int) -> list[Draft] | None:
        """"حكم عليهما بالسجن لست وسبع سنوات", "خمس وسبع سنوات": a unit word (3-10; maybe "ل"/"ب" glued), then "و" glued
        to a second unit word read with its noun: the first counts the same noun (two claims, a list; GUIDELINES:
        each item takes the shared unit). Not after a word of between (a range, read by the quantity) unless the
        high bound comes first ("بين خمس وثلاث سنوات") or the words carry the article ("بين الخمس والثلاث سنوات",
        only after a word of between)."""
        data = self.language
        t, nxt = self.toks[i], self.tok(i + 1)
        if not self.ar or nxt is None or nxt.kind != WORD or not nxt.key.startswith(data.and_prefix) or \
                data.units.get(nxt.key[len(data.and_prefix):], 0) > _MAX_UNIT:
            return None
        key = t.key if t.key in data.units else next(
            (t.key[len(p):] for p in _LIST_PROCLITICS if t.key.startswith(p) and t.key[len(p):] in data.units), None)
        first_definite = key is None and t.key.startswith(data.definite_article)
        if first_definite:
            key = t.key[len(data.definite_article):]  # "بين الخمس والثلاث سنوات"
        first = data.units.get(key or "", 0)
        second_key = nxt.key[len(data.and_prefix):]
        definite = second_key.startswith(data.definite_article) and second_key not in data.units
        second = data.units.get(second_key[len(data.definite_article):] if definite else second_key, 0)
        if not 3 <= first <= _MAX_UNIT or not 3 <= second <= _MAX_UNIT:
            return None
        between = self.word_key(i - 1) in data.between_words or self.in_set(i - 1, data.range_openers)
        if between and first < second and not first_definite and not definite:
            return None  # "بين ثلاث وخمس سنوات": a range, read by the quantity
        if (definite or first_definite) and not between:
            return None  # (definite cardinals elsewhere refer back or frame: counts_definite_ar)
        if definite:
            return self._definite_word_pair_ar(i, t, key, first, second)
        drafts = self.quantity(i + 1)
        if not isinstance(drafts, list) or len(drafts) != 1 or drafts[0].kind not in ("count", "number") or \
                drafts[0].value != second or drafts[0].value_high is not None:
            return None
        d = drafts[0]
        lead = len(t.key) - len(key)
        return [Draft(d.kind, t.start + lead, t.end, value=first, unit=d.unit, counted=d.counted), d]

    def _definite_word_pair_ar(self, i: int, t: Tok, key: str, first: int, second: int) -> list[Draft] | None:
        """"بين الخمس والثلاث سنوات": two definite unit words joined by "و" before a counted noun (a sentence's
        bounds, high or low first): each counts the noun, two counts."""
        if not self._counted_at(i + 2):
            return None
        noun = self.toks[i + 2]
        lead = len(t.key) - len(key)
        nxt = self.toks[i + 1]
        return [Draft("count", t.start + lead, t.end, value=first, counted=noun.text),
                Draft("count", nxt.start + len(self.language.and_prefix), noun.end, value=second, counted=noun.text)]
