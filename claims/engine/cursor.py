"""Cursor: one window's tokens and the helpers every rule uses to look at them (by token index)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Container, Iterator
from typing import TYPE_CHECKING, TypeVar

from claims.engine.types import TOK_KEY, TOK_START, WORD, Draft, Tok
from claims.languages import Currency, PhraseTable

if TYPE_CHECKING:
    from claims.engine.extractor import Extractor

V = TypeVar("V")
# Proclitic tuples (or sets) grouped by their first letter, each group in the given order: a key is compared only
# with the proclitics it starts like (a few of the 8 to 17 a rule strips). Keyed by content: a handful of entries.
_BY_FIRST_LETTER: dict[Collection[str], dict[str, tuple[str, ...]]] = {}


def by_first_letter(proclitics: Collection[str]) -> dict[str, tuple[str, ...]]:
    groups = _BY_FIRST_LETTER.get(proclitics)
    if groups is None:
        grouped: dict[str, list[str]] = {}
        for p in proclitics:
            if p:  # (an empty proclitic strips nothing: the bare key was looked up first)
                grouped.setdefault(p[0], []).append(p)
        groups = _BY_FIRST_LETTER[proclitics] = {first: tuple(group) for first, group in grouped.items()}
    return groups


class Cursor:
    """The tokens of one context window (not one sentence: windows are cut around anchors) and the sentence
    they belong to. Rules (claims/rules/) are mixins of this class; claims/engine/parse.py joins them."""

    # What __init__ sets lives in slots, not in the instance dict, as do the caches rules fill lazily (Window's
    # slots, engine/parse.py): rules read these attributes millions of times a pass, and the interpreter's
    # specialized reads fail on a window whose dict had to become a plain one (CPython 3.11 shares one dict layout
    # among the instances of a class, and takes few new keys into it once many instances were made).
    __slots__ = ("_first_before_date", "_membership_groups", "_months", "_person_age_seen", "_rate_bases",
                 "_several_countries_bases", "_several_countries_words", "ar", "bounds", "ex", "index", "language",
                 "last_money", "last_quantity", "last_scaled", "money_before_bracket", "n", "published", "toks",
                 "word_key")

    def __init__(self, ex: Extractor, toks: list[Tok], index: int) -> None:
        self.ex = ex
        self.language = ex.language
        self.ar = ex.ar
        self.toks = toks
        self.n = len(toks)
        # word_key is asked some forty times a window: a dict's get answers in C, no Python frame (built once a
        # window; None outside the window and at a token that is no word)
        self.word_key = {k: t.key for k, t in enumerate(toks) if t.kind == WORD}.get
        self.index = index
        self.bounds = ex.sentences[index]
        self.published = ex.published
        self._first_before_date = -1
        self._months: dict[int, tuple[int, int, str] | None] = {}
        self.last_scaled: Draft | None = None  # the last amount or count in millions (claims/rules/lists.py)
        self.last_quantity: Draft | None = None  # the last quantity read (a pair's unit: claims/rules/lists.py)
        self.last_money: Draft | None = None  # the last amount read (a price list's item: claims/rules/money_en.py)
        self.money_before_bracket: Draft | None = None  # the last amount with "(" right after it (a conversion follows)
        self._membership_groups = ex.membership_groups  # in_set's proclitics by first letter, grouped once a text
        self._several_countries_words: list[Currency] | None = None  # claims/rules/money_fx_ar.py, once a window
        self._rate_bases: frozenset[str] | None = None  # claims/rules/money_fx_ar.py, once a window
        self._several_countries_bases: bool | None = None  # claims/rules/money_fx_ar.py, once a window
        self._person_age_seen: bool | None = None  # claims/rules/counts_ages_ar.py, once a window

    word_key: Callable[[int], str | None]  # token i's key when it is a word; else None

    # The last token whose key rules/dates/relative.date_from_word found in neither the weekday nor the relative day
    # table (proclitics stripped, case-insensitive data): a fact of the key, so parse.at_word skips both lookups.
    no_day_word: int = -1

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def glued(self, i: int) -> bool:
        """Token i touches token i-1 (no space between)."""
        return 0 < i < self.n and self.toks[i].start == self.toks[i - 1].end

    def has_previous(self, i: int) -> bool:
        """Token i exists and is not the window's first token (it does not look at what lies between: glued
        tokens pass too)."""
        return 0 < i < self.n

    def words_back(self, p: int, reach: int) -> Iterator[int]:
        """The indices of the words before token p, nearest first, at most `reach`: the walk ends at a mark, a figure
        or the sentence's start (what frames a period after p: a superlative, a negation, a verb of holding)."""
        for m in range(p - 1, max(-1, p - 1 - reach), -1):
            t = self.toks[m]
            if t.kind != WORD or t.start < self.bounds[0]:
                return
            yield m

    def sentence_count(self, before: int | None = None) -> Draft | None:
        """The quantity read last, when it is a count of this sentence (and, with `before`, starts before token
        `before`): what a bare figure, a part or "one" after it may go on counting."""
        prev = self.last_quantity
        if prev is None or prev.kind != "count" or prev.start < self.bounds[0] or \
                (before is not None and prev.start >= self.toks[before].start):
            return None
        return prev

    def strip(
        self, key: str, table: Container[str], proclitics: tuple[str, ...] | None = None
    ) -> tuple[str, str] | None:
        """(proclitic, bare) when key, or key minus a proclitic, is in table."""
        if key in table:
            return "", key
        if self.ar and key:
            if proclitics is None:
                proclitics = self.language.proclitics
            # (the grouping's cache read inline: the call to by_first_letter cost more than the lookup it makes)
            groups = _BY_FIRST_LETTER.get(proclitics) or by_first_letter(proclitics)
            for p in groups.get(key[0], ()):
                if len(key) > len(p) + 1 and key.startswith(p) and key[len(p):] in table:
                    return p, key[len(p):]
        return None

    def in_set(self, i: int, words: frozenset[str]) -> bool:
        key = self.word_key(i)
        if key is None:
            return False
        if key in words:
            return True
        if self.ar and key[0] in self.language.membership_first_letters:
            for p in self._membership_groups.get(key[0], ()):
                if key.startswith(p) and key[len(p):] in words:
                    return True
        return False

    def phrase_at(self, i: int, table: PhraseTable[V]) -> tuple[V, int] | None:
        """Longest phrase of table starting at token i: (value, end index)."""
        if not 0 <= i < self.n:  # (tok() inline: a phrase is looked for at most figures)
            return None
        t = self.toks[i]
        if t.kind != WORD or t.key not in table.first_words:
            return None
        # Only runs of words can match: count the words from i on, then try the longest lengths first.
        toks, words = self.toks, 1
        limit = min(self.language.max_phrase, self.n - i)
        if limit < 1:
            return None
        while words < limit and toks[i + words].kind == WORD:
            words += 1
        for length in range(words, 0, -1):
            key = tuple(map(TOK_KEY, toks[i : i + length]))
            if key in table:
                return table[key], i + length
        return None

    def phrase_before(self, i: int, table: PhraseTable[V]) -> tuple[V, int] | None:
        """Longest phrase of table ending just before token i: (value, start index)."""
        if not 0 < i <= self.n:  # (tok() inline)
            return None
        t = self.toks[i - 1]
        if t.kind != WORD:
            return None
        last = table.last_words
        if t.key not in last and not (self.ar and t.key[1:] in last):
            return None
        # Only runs of words can match: count the words before i, then try the longest lengths first.
        toks, words = self.toks, 1
        limit = min(self.language.max_phrase, i)
        if limit < 1:
            return None
        while words < limit and toks[i - 1 - words].kind == WORD:
            words += 1
        for length in range(words, 0, -1):
            key = tuple(map(TOK_KEY, toks[i - length : i]))
            if key in table:
                return table[key], i - length
            if self.ar and key[0][:1] in self.language.proclitics_phrase_before and len(key[0]) > 2:
                alt = (key[0][1:], *key[1:])
                if alt in table:
                    return table[alt], i - length
        return None

    def _index_after(self, pos: int) -> int:
        """Index of the first token starting at or after pos (token starts increase)."""
        return bisect_left(self.toks, pos, key=TOK_START)

