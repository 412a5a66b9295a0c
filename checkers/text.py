"""Normalization and phrase matching for entity names and cue words (Arabic and English).

Normalization is for matching only: every token keeps its offsets into the original text.
Arabic: diacritics and tatweel removed, alef forms unified, ta marbuta -> ha, alef maqsura -> ya; a token also
matches with its proclitics (و ف, ب ل ك, the article ال, لل) stripped and, for cue words, with a pronoun or
plural suffix attached. English: case-insensitive, possessive 's dropped; all-capital names (US, UAE) match
case-sensitively so that "us" is not the United States.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress
from typing import Generic, NamedTuple, TypeVar, cast, overload

import regex

from factstream.limits import TEXT_MEMO_LIMIT

_DIACRITICS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d\u200e\u200f]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*", regex.V1)
# The characters finditer(_TOKEN) skips (none can start a token), then a token.
_GAP_AND_TOKEN = regex.compile(r"([^\p{L}\p{M}\p{N}]*)([\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)", regex.V1)
_ARABIC = regex.compile(r"\p{Arabic}")
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# Suffixes a cue word may carry ("سكانها", "الأعضاء" -> "أعضاءه"); never used for entity names.
_AR_SUFFIXES = ("ها", "هم", "هما", "ه", "ات", "ين", "ون", "ان", "يه", "ي", "يا", "ا")
_EN_SUFFIXES = ("s", "es", "d", "ed", "ing")


def fold(text: str) -> str:
    """Character-level normalization (no token stripping)."""
    text = _DIACRITICS.sub("", text)
    return text.translate(_ALEF).casefold()


def is_arabic(word: str) -> bool:
    return bool(_ARABIC.search(word))


def _strip_article(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def core(word: str) -> str:
    """The form an alias or cue token is stored under: folded, article removed."""
    folded = fold(word)
    for suffix in ("'s", "’s"):
        if folded.endswith(suffix):
            folded = folded[: -len(suffix)]
    return _strip_article(folded) if is_arabic(folded) else folded


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """Every reading of a text token with its proclitics stripped (folded form)."""
    folded = fold(word)
    if not is_arabic(folded):
        for suffix in ("'s", "’s"):
            if folded.endswith(suffix):
                folded = folded[: -len(suffix)]
        return frozenset({folded})
    readings = {folded, _strip_article(folded)}
    bases = [folded]
    if folded[:1] in _CONJ and len(folded) > 3:
        bases.append(folded[1:])
    for base in list(bases):
        if base.startswith("لل") and len(base) > 4:
            readings.add(base[2:])  # لل = ل + ال
        if base[:1] in _PREP and len(base) > 3:
            rest = base[1:]
            readings.add(rest)
            readings.add(_strip_article(rest))
        readings.add(base)
        readings.add(_strip_article(base))
    return frozenset(r for r in readings if len(r) >= 2)


class Token(NamedTuple):
    # A named tuple, not a dataclass: a sentence makes dozens, and a tuple is built several times faster.
    text: str
    start: int
    end: int
    stems: frozenset[str]
    acronym: bool  # all-capital Latin token (US, UAE, GDP)


@lru_cache(maxsize=65536)
def _reading(word: str) -> tuple[frozenset[str], bool]:
    """What matching needs of a word, worked out once per distinct word: its stems and whether it is an acronym."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word
    return stems(word), bare.isascii() and bare.isalpha() and bare.isupper() and len(bare) >= 2


class Tokens(Sequence[Token]):
    """The tokens of a text as parallel lists of words and offsets. Matching looks words up (what a word can
    start is remembered per word), so a Token object is made only for the few tokens someone indexes."""

    __slots__ = ("_made", "ends", "starts", "words")

    def __init__(self, words: list[str], starts: list[int], ends: list[int]) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends
        self._made: tuple[Token, ...] | None = None

    @classmethod
    def of(cls, tokens: Iterable[Token]) -> Tokens:
        tokens = tuple(tokens)
        return cls([t.text for t in tokens], [t.start for t in tokens], [t.end for t in tokens])

    def _tokens(self) -> tuple[Token, ...]:
        if self._made is None:
            self._made = tuple(Token(w, a, b, *_reading(w)) for w, a, b in zip(self.words, self.starts, self.ends,
                                                                               strict=True))
        return self._made

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Token, ...]: ...

    def __getitem__(self, index: int | slice) -> Token | tuple[Token, ...]:
        return self._tokens()[index]

    def __iter__(self) -> Iterator[Token]:
        return iter(self._tokens())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return (self.words, self.starts, self.ends) == (other.words, other.starts, other.ends)
        return NotImplemented

    # Defining __eq__ leaves Tokens unhashable (__hash__ None), as a mutable-looking sequence should be.

    def __repr__(self) -> str:
        return f"Tokens({self.words!r})"


@lru_cache(maxsize=4096)
def tokenize(text: str) -> Tokens:
    # Each token with the run of other characters before it: every offset is a running sum of their lengths,
    # so the text is split by one findall instead of a match object per token.
    pairs = _GAP_AND_TOKEN.findall(text)
    if not pairs:
        return Tokens([], [], [])
    offsets = list(accumulate(map(len, chain.from_iterable(pairs))))
    return Tokens([word for _, word in pairs], offsets[0::2], offsets[1::2])


@dataclass(frozen=True, slots=True)
class Phrase:
    """A name or cue as a sequence of token cores."""

    cores: tuple[str, ...]
    case_sensitive: bool  # an acronym: matches only an all-capital token
    suffixes: bool  # whether the last token may carry a suffix (cue words)
    text: str

    @classmethod
    def parse(cls, text: str, *, suffixes: bool = False) -> Phrase | None:
        words = [m.group() for m in _TOKEN.finditer(text)]
        if not words:
            return None
        # A leading English "the" is optional in the text ("the UAE" and "UAE").
        if len(words) > 1 and words[0].casefold() == "the":
            words = words[1:]
        case_sensitive = len(words) == 1 and words[0].isascii() and words[0].isupper() and len(words[0]) >= 2
        return cls(tuple(core(w) for w in words), case_sensitive, suffixes, text)


def _word_matches(word: str, wanted: str, *, case_sensitive: bool, suffixes: bool) -> bool:
    token_stems, acronym = _reading(word)
    if case_sensitive and not acronym:
        return False
    if wanted in token_stems:
        return True
    if not suffixes or len(wanted) < 3:
        return False
    arabic = is_arabic(wanted)
    for stem in token_stems:
        if len(stem) > len(wanted) and stem.startswith(wanted):
            rest = stem[len(wanted):]
            if rest in (_AR_SUFFIXES if arabic else _EN_SUFFIXES):
                return True
        # An English cue given in one form matches its plural and vice versa ("member"/"members").
        if not arabic and wanted.endswith("s") and stem == wanted[:-1]:
            return True
    return False


class Mention(NamedTuple):
    # A named tuple like Token: every sentence makes several.
    phrase: Phrase
    first: int  # token index
    last: int  # token index (inclusive)
    start: int  # char offsets into the text the tokens came from
    end: int


P = TypeVar("P")  # what an index returns with each phrase found (an entity id, a metric word's role, ...)


class PhraseIndex(Generic[P]):
    """Finds occurrences of many phrases in a token sequence, indexed by their first core.

    A one-word phrase that may carry a suffix (a cue word) is also indexed for the suffixed forms it matches,
    looked up by stripping each known suffix from the token: a few dict lookups per token, whatever the number
    of phrases."""

    # Distinct token readings remembered per index; past this many the memo starts afresh.
    MEMO_LIMIT = TEXT_MEMO_LIMIT

    def __init__(self, phrases: Iterable[tuple[Phrase, P]]) -> None:
        self._by_first: dict[str, list[tuple[Phrase, P]]] = {}
        self._by_base: dict[str, list[tuple[Phrase, P]]] = {}  # one-word suffixable phrases by their core
        for phrase, payload in phrases:
            self._by_first.setdefault(phrase.cores[0], []).append((phrase, payload))
            if phrase.suffixes and len(phrase.cores) == 1 and len(phrase.cores[0]) >= 3:
                self._by_base.setdefault(phrase.cores[0], []).append((phrase, payload))
        # word -> the phrases whose first word it matches: that depends on the word alone, so it is worked out
        # once per distinct word, not once per occurrence.
        self._starts: dict[str, tuple[tuple[Phrase, P], ...]] = {}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def _candidates(self, word_stems: frozenset[str]) -> list[tuple[Phrase, P]]:
        candidates: list[tuple[Phrase, P]] = []
        by_first, by_base = self._by_first, self._by_base
        for stem in word_stems:
            exact = by_first.get(stem)
            if exact:
                candidates.extend(exact)
            if not by_base or len(stem) < 3:
                continue
            arabic = stem[0] >= "\u0600"
            for suffix in (_AR_SUFFIXES if arabic else _EN_SUFFIXES):
                if len(stem) > len(suffix) + 2 and stem.endswith(suffix):
                    based = by_base.get(stem[: -len(suffix)])
                    if based:
                        candidates.extend(based)
            if not arabic:
                plural = by_base.get(stem + "s")  # "member" finds the cue "members"
                if plural:
                    candidates.extend(plural)
        return candidates

    def _phrases_starting(self, word: str) -> tuple[tuple[Phrase, P], ...]:
        """The distinct phrases (first occurrence kept) whose first word the word matches."""
        seen: set[int] = set()
        kept = []
        for phrase, payload in self._candidates(_reading(word)[0]):
            if id(phrase) in seen:
                continue
            seen.add(id(phrase))
            if _word_matches(word, phrase.cores[0], case_sensitive=phrase.case_sensitive,
                             suffixes=phrase.suffixes and len(phrase.cores) == 1):
                kept.append((phrase, payload))
        return tuple(kept)

    def find(self, tokens: Sequence[Token]) -> list[tuple[Mention, P]]:
        if not isinstance(tokens, Tokens):
            tokens = Tokens.of(tokens)
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        remembered = self._starts
        if len(remembered) >= self.MEMO_LIMIT:
            remembered.clear()
        starting = list(map(remembered.get, words))
        if None in starting:  # words not seen before
            for i in [i for i, known in enumerate(starting) if known is None]:
                word = words[i]
                known = remembered.get(word)
                if known is None:
                    known = remembered[word] = self._phrases_starting(word)
                starting[i] = known
        known_starts = cast("list[tuple[tuple[Phrase, P], ...]]", starting)  # every word looked up by now
        found: list[tuple[Mention, P]] = []
        count = len(words)
        # Most words start no phrase: only the positions of those that do are visited.
        for i in compress(range(count), known_starts):
            for phrase, payload in known_starts[i]:
                n = len(phrase.cores)
                if i + n > count:
                    continue
                if n > 1 and not all(
                    _word_matches(
                        words[i + k],
                        phrase.cores[k],
                        case_sensitive=phrase.case_sensitive,
                        suffixes=phrase.suffixes and k == n - 1,
                    )
                    for k in range(1, n)
                ):
                    continue
                found.append((Mention(phrase, i, i + n - 1, starts[i], ends[i + n - 1]), payload))
        return found
