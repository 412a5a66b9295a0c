"""The matching engine: normalized text -> tokens -> claims, driven by a language pack (claims/lexicon.py).

Flow: normalize (offset map kept) -> mask URLs/e-mails/hashtags -> split sentences -> find anchor tokens (digits,
number words, months, weekdays, relative day words) -> at each anchor try, in order, the negative rules
(identifiers, clock times, phone numbers, names), dates, then quantities (percent, money, count, number).
Every pattern run over the text is linear (possessive runs, lookbehinds that only let a run start once, named
lists), so none gets regex's `timeout=` (which makes matching about 3x slower); the wall-clock deadline is checked
before each sentence instead, and running out of time raises ValueError.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import NamedTuple

import regex
from hijridate import Gregorian, Hijri

from claims.languages import Currency, Language
from claims.normalize import Normalized, normalize

MAX_CHARS = 2_000_000
MAX_CLAIMS = 20_000
MAX_ANCHORS = 100_000
MAX_SENTENCE_CHARS = 1500
MAX_DIGITS = 24
WINDOW_BEFORE = 45  # characters of context parsed around an anchor
WINDOW_AFTER = 80
SECONDS_PER_MB = 20.0  # deadline budget: generous, only an adversarial input gets near it

NUM, WORD, SYM = 0, 1, 2

# Tiles the text: (whitespace before, token) pairs, so token offsets are running sums of lengths. Whitespace rides
# with the next token (half the loop turns of matching it alone); possessive, so it never backtracks.
_TILE_PATTERN = r"(\s*+)([0-9]+(?:[.,،ر][0-9]+)*|[^\W\d_]+(?:'[^\W\d_]+)?|\S)"
_TILE_RE = regex.compile(_TILE_PATTERN)
# The standard library's engine runs the same pattern faster, but its classes differ from regex's on some
# characters (marks are letters for regex, "½" for re; U+001C-U+001F are re spaces): it tiles only text made of
# characters both engines classify alike, collected below from the scripts of our news (built at import, ~10 ms).
_STD_TILE_RE = re.compile(_TILE_PATTERN)
_STD_TILE_SCRIPTS = (
    (0x0000, 0x024F), (0x0370, 0x04FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0x2000, 0x206F),
    (0x20A0, 0x20CF), (0x2100, 0x214F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF),
)


def _not_std_tileable() -> re.Pattern:
    """A stdlib pattern for one character the standard library's engine must not tile (classes differ)."""
    chars = "".join(chr(c) for lo, hi in _STD_TILE_SCRIPTS for c in range(lo, hi + 1))

    def members(engine, cls: str) -> set[str]:
        return {m.group() for m in engine.finditer(cls, chars)}

    letters_re, letters_regex = members(re, r"[^\W\d_]"), members(regex, r"[^\W\d_]")
    spaces_re, spaces_regex = members(re, r"\s"), members(regex, r"\s")
    runs: list[list[int]] = []
    for c in chars:
        if (c in letters_re) == (c in letters_regex) and (c in spaces_re) == (c in spaces_regex):
            if runs and runs[-1][1] == ord(c) - 1:
                runs[-1][1] = ord(c)
            else:
                runs.append([ord(c), ord(c)])
    ranges = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return re.compile("[^" + ranges + "]")


_NOT_STD_TILEABLE = _not_std_tileable()
# The same tiling for ASCII text, spelled with ASCII classes (regex's \s there is [\t\n\v\f\r ], its letters
# [A-Za-z]) for the standard library's engine, about 1.5x faster on short windows. tests/unit/claims check that
# both give the same pairs on ASCII input.
_ASCII_TILE_RE = re.compile(r"([\t\n\x0b\x0c\r ]*+)([0-9]+(?:[.,][0-9]+)*|[A-Za-z]+(?:'[A-Za-z]+)?|[^\t\n\x0b\x0c\r ])")
# URLs, e-mail addresses, hashtags and @mentions: numbers inside them are never claims. The lookbehinds make
# each alternative start only at the beginning of a run, which keeps the scan linear.
_MASK_PATTERNS: tuple[tuple[tuple[str, ...], regex.Pattern], ...] = (
    (("http", "www."), regex.compile(r"(?:https?://|www\.)\S+")),
    (("@",), regex.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")),
    (("#", "@"), regex.compile(r"(?<![\w#@])[#@][\w]++")),
    ((".com", ".org", ".net", ".gov", ".edu", ".int", ".info", ".io", ".co", ".sa", ".ae", ".eg", ".uk", ".tv"),
     regex.compile(
         r"(?<![\w.-])[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*+\.(?:com|org|net|gov|edu|int|info|io|co|sa|ae|eg|uk|tv)"
         r"(?![\w])(?:/\S*)?"
     )),
)

# Many triggers: one stdlib scan for any of them ("." is their common first character) instead of one per trigger.
_MASK_TRIGGERS: tuple[tuple[tuple[str, ...] | re.Pattern, regex.Pattern], ...] = tuple(
    (re.compile("|".join(re.escape(t) for t in triggers)) if len(triggers) > 2 else triggers, pattern)
    for triggers, pattern in _MASK_PATTERNS
)
# A line break, or a final mark (then an optional closing quote) and spaces. No lookbehind: the scan stays cheap.
_SENTENCE_END_RE = regex.compile(r"([\r\n]+)|([.!?؟…])[\"'»”)]?[ ]+")
_SPACE_RE = regex.compile(r" ")
_ARABIC_LETTER_RE = regex.compile(r"\p{Arabic}")
_LATIN_LETTER_RE = regex.compile(r"[A-Za-z]")

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_CLOCK_SUFFIXES = frozenset({"am", "pm", "a", "h", "hrs"})  # not "p": "50p" is pence
_DECADE_SUFFIXES = frozenset({"s"})
_DASHES = frozenset({"-"})
_ONE = Decimal(1)


class Deadline:
    """A wall-clock budget shared by every regex call of one extraction."""

    __slots__ = ("end",)

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise ValueError("extraction took too long: input refused (time budget exhausted)")
        return remaining


class Tok(NamedTuple):
    """A token (never changed once made: a tuple is several times cheaper to build than a slotted object)."""

    kind: int
    text: str  # normalized surface
    key: str  # lookup form: normalized, lower-cased for case-insensitive packs
    start: int
    end: int


@dataclass(slots=True)
class Draft:
    kind: str
    start: int  # normalized offsets
    end: int
    value: object = None
    value_high: object = None
    currency: str | None = None
    currency_candidates: list[str] = field(default_factory=list)
    counted: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    precision: str | None = None
    inferred: bool = False
    calendar: str | None = None
    sentence: int = 0
    time_ref: str | None = None


@dataclass(slots=True)
class NumberExpr:
    value: Decimal
    start_i: int
    end_i: int  # exclusive token index
    is_word: bool = False
    scale: int = 0  # the scale word or suffix applied (0: none)
    raw: Decimal = _ONE  # value before the scale
    plain_digits: str | None = None  # digits only, no separators: year and day candidates
    parenthesized: bool = False


def number_value(d: Decimal) -> int | float:
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin letters in the text (its first 20,000 characters), else 'en'."""
    if not isinstance(text, str):
        raise ValueError(f"text must be str, not {type(text).__name__}")
    sample = text[:20000]
    arabic = len(_ARABIC_LETTER_RE.findall(sample))
    latin = len(_LATIN_LETTER_RE.findall(sample))
    return "ar" if arabic > 0 and arabic >= latin else "en"


class Extractor:
    """One extraction run over one text."""

    def __init__(self, pack: Language, text: str, published: date | None) -> None:
        self.pack = pack
        self.ar = pack.lang == "ar"
        self.published = published
        self.deadline = Deadline(5.0 + SECONDS_PER_MB * len(text) / 1_000_000)
        self.norm: Normalized = normalize(text, timeout=self.deadline.left())
        self.text = self.norm.text
        self._cue_positions: dict[str, list[int]] = {}
        masks: list[tuple[int, int]] = []
        for triggers, pattern in _MASK_TRIGGERS:
            if any(t in self.text for t in triggers) if isinstance(triggers, tuple) else triggers.search(self.text):
                masks.extend(m.span() for m in pattern.finditer(self.text))
        self.masks = sorted(masks)
        self._mask_starts = [s for s, _ in self.masks]
        self.sentences = self._split_sentences()
        self.reversed_decimals: set[int] = set()
        if "\u200f" in text:
            for m in _REVERSED_DECIMAL_RE.finditer(text):
                self.reversed_decimals.add(self.norm.from_original(m.start()))

    # ------------------------------------------------------------------ structure

    def _split_sentences(self) -> list[tuple[int, int]]:
        text = self.text
        bounds: list[tuple[int, int]] = []
        start = 0
        abbreviations = self.pack.sentence_abbreviations
        add, add_sentence = bounds.append, self._add_sentence
        for m in _SENTENCE_END_RE.finditer(text):
            # The sentence ends right after its punctuation mark (a closing quote after it belongs to neither);
            # the mark (group 2) opens the match.
            m_start, m_end = m.span()
            if m.lastindex == 1:  # line break
                end = m_start
            else:
                end = m_start + 1
                if abbreviations and text[m_start] == ".":
                    word = text[max(start, m_start - 8):m_start].rpartition(" ")[2].lstrip("\"'(“‘")
                    if word in abbreviations or (len(word) == 1 and word.isupper()):
                        continue
            if start < end and end - start <= MAX_SENTENCE_CHARS and not text[start].isspace() \
                    and not text[end - 1].isspace():
                add((start, end))  # the common case of _add_sentence, inline
            else:
                add_sentence(bounds, start, end)
            start = m_end
        self._add_sentence(bounds, start, len(text))
        return bounds

    def _add_sentence(self, bounds: list[tuple[int, int]], start: int, end: int) -> None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        # Very long runs without punctuation are cut at spaces so that context stays local.
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
            if cut <= start:
                cut = start + MAX_SENTENCE_CHARS
            bounds.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            bounds.append((start, end))

    def _masked(self, start: int, end: int) -> bool:
        k = bisect_right(self._mask_starts, start) - 1
        if k >= 0 and self.masks[k][1] > start:
            return True
        k2 = bisect_right(self._mask_starts, end - 1) - 1
        return k2 >= 0 and self.masks[k2][0] < end and self.masks[k2][1] > start

    # ------------------------------------------------------------------ main loop

    def _anchor_positions(self) -> list[int]:
        """Start offsets of anchors: digit runs (one compiled pattern) and lexicon words, found by splitting
        the text at whitespace and intersecting with the pack's word set (C-level work, no per-word Python)."""
        text = self.text
        positions = [m.start() for m in _DIGITS_RE.finditer(text)]
        spaced = text
        for mark in _SPLIT_MARKS:
            if mark in spaced:
                spaced = spaced.replace(mark, " ")
        words = set(spaced.split())
        # Only words with punctuation left at an edge need stripping (a set first: each distinct word once).
        words |= {w.strip(_EDGE_PUNCT) for w in words if not w.isalpha()}
        if self.ar:
            searches = [(text, words & _full_anchor_set(self.pack))]
        else:
            # English month and weekday names count only with their capital ("May", not "may").
            lowered = text.lower()
            if len(lowered) != len(text):
                lowered = text
            searches = [(lowered, set(map(str.lower, words)) & _full_anchor_set(self.pack)),
                        (text, words & _case_anchor_set(self.pack))]
        for haystack, present in searches:
            for word in present:
                size = len(word)
                k = haystack.find(word)
                while k >= 0:
                    before = haystack[k - 1] if k else " "
                    after = haystack[k + size] if k + size < len(haystack) else " "
                    if not before.isalpha() and not after.isalpha():
                        positions.append(k)
                    k = haystack.find(word, k + size)
        positions.sort()
        return positions

    def run(self) -> list[Draft]:
        """Claims of the text: only windows of context around anchors are tokenized and parsed."""
        drafts: list[Draft] = []
        positions = self._anchor_positions()
        if not positions:
            return drafts
        self.anchor_starts = set(positions)
        if len(positions) > MAX_ANCHORS:
            raise ValueError(f"input refused: {len(positions)} number-like tokens (limit {MAX_ANCHORS})")
        sent_starts = [s for s, _ in self.sentences]
        by_sentence: dict[int, list[int]] = {}
        for a in positions:
            si = bisect_right(sent_starts, a) - 1
            if si >= 0 and a < self.sentences[si][1]:
                by_sentence.setdefault(si, []).append(a)
        text = self.text
        lower = not self.ar
        tile, ascii_tile, std_tile = _TILE_RE.findall, _ASCII_TILE_RE.findall, _STD_TILE_RE.findall
        not_std_tileable = _NOT_STD_TILEABLE.search
        new_tok, digits = tuple.__new__, "0123456789"
        for si, anchor_list in by_sentence.items():
            self.deadline.left()
            s, e = self.sentences[si]
            windows: list[list[int]] = []
            for a in anchor_list:
                w0, w1 = max(s, a - WINDOW_BEFORE), min(e, a + WINDOW_AFTER)
                if w0 > s:
                    sp = text.find(" ", w0, a)
                    w0 = sp + 1 if sp >= 0 else w0
                if w1 < e:
                    sp = text.rfind(" ", a, w1)
                    w1 = sp if sp > a else w1
                if windows and w0 <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], w1)
                else:
                    windows.append([w0, w1])
            found: list[Draft] = []
            for w0, w1 in windows:
                toks: list[Tok] = []
                add = toks.append
                pos = w0
                if text[w0:w1].isascii():
                    pairs = ascii_tile(text, w0, w1)
                elif not_std_tileable(text, w0, w1) is None:
                    pairs = std_tile(text, w0, w1)
                else:
                    pairs = tile(text, w0, w1)
                for space, part in pairs:
                    pos += len(space)
                    c = part[0]
                    end = pos + len(part)
                    if c in digits:
                        add(new_tok(Tok, (NUM, part, part, pos, end)))
                    elif c.isalpha():
                        add(new_tok(Tok, (WORD, part, part.lower() if lower else part, pos, end)))
                    elif not c.isspace():  # U+001C-U+001F: Python spaces that regex's \s leaves out
                        add(new_tok(Tok, (SYM, part, part, pos, end)))
                    pos = end
                found.extend(_Sentence(self, toks, si).parse())
            _time_refs(found)
            drafts.extend(found)
            if len(drafts) > MAX_CLAIMS:
                raise ValueError(f"input refused: more than {MAX_CLAIMS} numeric expressions")
        return drafts

    def _anchor_word(self, word: str) -> bool:
        key = word if self.ar else word.lower()
        return key in _full_anchor_set(self.pack)

    def pack_anchor_re(self) -> regex.Pattern:
        return _anchor_pattern(self.pack)

    def _is_anchor_word(self, t: Tok) -> bool:
        return t.kind == WORD and (t.key in _full_anchor_set(self.pack) or t.text in _case_anchor_set(self.pack))

    # ------------------------------------------------------------------ currency cues

    def cue_count(self, code: str, start: int, end: int) -> int:
        """How many cue words of `code` ("السعودية" for SAR ...) lie in [start, end): the text is scanned once per
        code, then each range is counted by bisection."""
        words = self.pack.currency_cues.get(code) or []
        if not words:
            return 0
        found = self._cue_positions.get(code)
        if found is None:
            if self.ar and not any(w in self.text for w in words):
                found = []  # every match holds a cue word verbatim (case-sensitive pack): no scan needed
            else:
                pattern = _cue_pattern(tuple(words), self.ar)
                found = [m.start() for m in pattern.finditer(self.text)]
            self._cue_positions[code] = found
        return bisect_left(found, end) - bisect_left(found, start)

    def resolve_currency(self, cur: Currency, sentence: tuple[int, int]) -> tuple[str | None, list[str]]:
        if cur.code:
            return cur.code, []
        for start, end in (sentence, (0, len(self.text))):
            counts = {c: self.cue_count(c, start, end) for c in cur.candidates}
            best = max(counts.values()) if counts else 0
            if best > 0:
                winners = [c for c, n in counts.items() if n == best]
                if len(winners) == 1:
                    return winners[0], []
                break
        return None, list(cur.candidates)


def _time_refs(drafts: list[Draft]) -> None:
    """time_ref: the value of the nearest other date claim of the same sentence."""
    dates = [d for d in drafts if d.kind == "date" and d.value is not None]
    if not dates:
        return
    for d in drafts:
        best = None
        best_gap = None
        for other in dates:
            if other is d:
                continue
            gap = other.start - d.end if other.start >= d.end else d.start - other.end
            if best_gap is None or gap < best_gap:
                best, best_gap = other, gap
        if best is not None:
            d.time_ref = str(best.value)


_ANCHOR_CACHE: dict[str, regex.Pattern] = {}
_FULL_ANCHORS: dict[str, frozenset[str]] = {}
_DIGITS_RE = regex.compile(r"[0-9]+")
_GROUP_SPLIT_RE = regex.compile(r"[.,،ر]")
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "whose", "my", "your"})
_COUNT_MODIFIERS = frozenset({"more", "other", "new", "additional", "extra", "further"})
_UNTIL_WORDS = frozenset({"حتي", "وحتي", "until", "till"})  # also qualifiers ("up to"), but before a year: a date
_GMT_WORDS = frozenset({"gmt", "bst", "utc", "est", "et", "cet", "edt", "pst", "pt"})
_DOTTED_DATE_RE = regex.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
# Connectors of a run of days before one month name; the range ones give one claim with value_high.
_RANGE_WORDS = frozenset({"to", "until", "till", "through", "الي", "حتي", "-", "/"})
_DAY_LIST_WORDS = frozenset({"و", "and", "or", "او", "to", "until", "till", "through", "الي", "حتي"})
_SPLIT_MARKS = ("-", "/", "(", ")", "«", "»", '"', "،", ",", ".", ":", "؛", ";", "“", "”")
_EDGE_PUNCT = "\"'()[]{}<>«»“”‘’.,،;؛:!?؟…-/\\*|+=~_%$€£¥#@&^"
_REVERSED_DECIMAL_RE = regex.compile(r"(?<![0-9.])[0-9]++\.\u200f[0-9]++")


def _month_first_words(pack: Language) -> frozenset[str]:
    """Every word that can open a month name (Arabic: with each proclitic glued in front)."""
    key = pack.lang + ":months"
    words = _FULL_ANCHORS.get(key)
    if words is None:
        first = {k[0] for k in pack.months} | {k[0] for k in pack.hijri_months}
        if pack.lang == "ar":
            first |= {p + w for p in ("و", "ب", "ل", "ف", "وب", "ول") for w in first}
        words = frozenset(first)
        _FULL_ANCHORS[key] = words
    return words


def _case_anchor_set(pack: Language) -> frozenset[str]:
    """Anchor words matched with their case (English month and weekday names)."""
    key = pack.lang + ":case"
    words = _FULL_ANCHORS.get(key)
    if words is None:
        words = frozenset({k[0] for k in pack.months} | set(pack.weekdays)) if pack.case_sensitive_months \
            else frozenset()
        _FULL_ANCHORS[key] = words
    return words


def _full_anchor_set(pack: Language) -> frozenset[str]:
    """Anchor words, and for Arabic every anchor word with each proclitic glued in front. For case-sensitive
    packs the month and weekday names are left to _case_anchor_set, and "one" (never a claim alone) is out."""
    full = _FULL_ANCHORS.get(pack.lang)
    if full is None:
        words = set(pack.anchor_words)
        if pack.lang == "ar":
            # Glued forms that are function words ("ال" + "ذي" of "ذي الحجة" is "الذي") would only waste work.
            words |= {p + w for p in pack.proclitics for w in pack.anchor_words} - pack.not_counted
        else:
            cased = {k[0] for k in pack.months} | set(pack.weekdays)
            words -= {w.lower() for w in cased} | cased
            words -= {w for w, v in pack.units.items() if v < pack.min_standalone}
        full = frozenset(words)
        _FULL_ANCHORS[pack.lang] = full
    return full


def _anchor_pattern(pack: Language) -> regex.Pattern:
    """Digits, or a whole word of the pack's anchor list (after an optional proclitic)."""
    pattern = _ANCHOR_CACHE.get(pack.lang)
    if pattern is None:
        words = sorted(pack.anchor_words, key=len, reverse=True)
        if pack.lang == "ar":
            procl = "|".join(regex.escape(p) for p in pack.proclitics)
            body = r"[0-9]|(?<![^\W\d_])(?:" + procl + r")?\L<w>(?![^\W\d_])"
            pattern = regex.compile(body, w=words)
        else:
            body = r"[0-9]|(?<![^\W\d_])\L<w>(?![^\W\d_])"
            pattern = regex.compile(body, w=words, flags=regex.I)
        _ANCHOR_CACHE[pack.lang] = pattern
    return pattern


_CUE_CACHE: dict[tuple[tuple[str, ...], bool], regex.Pattern] = {}


def _cue_pattern(words: tuple[str, ...], arabic: bool) -> regex.Pattern:
    pattern = _CUE_CACHE.get((words, arabic))
    if pattern is None:
        prefix = r"(?:و|ب|ل|ك|ف|وب|ول|لل|ال|بال|وال)?" if arabic else ""
        pattern = regex.compile(
            r"(?<![^\W\d_])" + prefix + r"\L<w>(?![^\W\d_])", w=list(words), flags=0 if arabic else regex.I
        )
        _CUE_CACHE[(words, arabic)] = pattern
    return pattern


_EDGE_WORDS: dict[int, tuple[frozenset[str], frozenset[str], dict]] = {}


def _edge_words(table: dict) -> tuple[frozenset[str], frozenset[str], dict]:
    """First and last words of a phrase table's keys: a cheap test before building token tuples."""
    entry = _EDGE_WORDS.get(id(table))
    if entry is None or entry[2] is not table:
        entry = (frozenset(k[0] for k in table), frozenset(k[-1] for k in table), table)
        _EDGE_WORDS[id(table)] = entry
    return entry


_TOK_START = itemgetter(3)  # Tok.start
_PERCENT_FIRST: dict[int, tuple[frozenset[str] | None, Language]] = {}


def _percent_first_words(pack: Language) -> frozenset[str] | None:
    """Every word that can open a percent sign word or phrase (None: no such test possible)."""
    entry = _PERCENT_FIRST.get(id(pack))
    if entry is None or entry[1] is not pack:
        phrases = [*pack.basis_phrases, *pack.point_phrases, *pack.percent_phrases]
        first = None if any(not ph for ph in phrases) else frozenset(ph[0] for ph in phrases) | pack.percent_words
        entry = (first, pack)
        _PERCENT_FIRST[id(pack)] = entry
    return entry[0]


class _Skip:
    """A span recognized as NOT a claim (phone, identifier, clock time ...): consume it, emit nothing."""

    __slots__ = ("next_i",)

    def __init__(self, next_i: int) -> None:
        self.next_i = next_i


class _Sentence:
    """Parsing of one sentence's tokens."""

    def __init__(self, ex: Extractor, toks: list[Tok], index: int) -> None:
        self.ex = ex
        self.pack = ex.pack
        self.ar = ex.ar
        self.toks = toks
        self.n = len(toks)
        self.index = index
        self.bounds = ex.sentences[index]
        self.published = ex.published
        self._first_before_date = -1
        self._months: dict[int, tuple[int, int, str] | None] = {}

    # ---------------------------------------------------------------- token helpers

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def glued(self, i: int) -> bool:
        """Token i touches token i-1 (no space between)."""
        return 0 < i < self.n and self.toks[i].start == self.toks[i - 1].end

    def spaced(self, i: int) -> bool:
        """Token i follows token i-1 after plain whitespace only."""
        return 0 < i < self.n

    def word_key(self, i: int) -> str | None:
        if 0 <= i < self.n:  # (tok() inline: this runs for most rules)
            t = self.toks[i]
            if t.kind == WORD:
                return t.key
        return None

    def strip(self, key: str, table, proclitics: tuple[str, ...] | None = None) -> tuple[str, str] | None:
        """(proclitic, bare) when key, or key minus a proclitic, is in table."""
        if key in table:
            return "", key
        if self.ar:
            for p in proclitics if proclitics is not None else self.pack.proclitics:
                if len(key) > len(p) + 1 and key.startswith(p) and key[len(p):] in table:
                    return p, key[len(p):]
        return None

    def bare(self, i: int) -> str | None:
        """The word at i without a one-letter proclitic when the bare word is a cue (Arabic); else the key."""
        key = self.word_key(i)
        return key

    def in_set(self, i: int, words: frozenset[str]) -> bool:
        if not 0 <= i < self.n:
            return False
        t = self.toks[i]
        if t.kind != WORD:
            return False
        key = t.key
        if key in words:
            return True
        if self.ar and key[0] in "وفبل":  # the first letter of every proclitic below
            for p in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
                if key.startswith(p) and key[len(p):] in words:
                    return True
        return False

    def phrase_at(self, i: int, table: dict[tuple[str, ...], object]) -> tuple[object, int] | None:
        """Longest phrase of table starting at token i: (value, end index)."""
        t = self.tok(i)
        if t is None or t.kind != WORD or t.key not in _edge_words(table)[0]:
            return None
        # Only runs of words can match: count the words from i on, then try the longest lengths first.
        toks, words = self.toks, 1
        limit = min(self.pack.max_phrase, self.n - i)
        if limit < 1:
            return None
        while words < limit and toks[i + words].kind == WORD:
            words += 1
        for length in range(words, 0, -1):
            key = tuple(p.key for p in toks[i : i + length])
            if key in table:
                return table[key], i + length
        return None

    def phrase_before(self, i: int, table: dict[tuple[str, ...], object]) -> tuple[object, int] | None:
        """Longest phrase of table ending just before token i: (value, start index)."""
        t = self.tok(i - 1)
        if t is None or t.kind != WORD:
            return None
        last = _edge_words(table)[1]
        if t.key not in last and not (self.ar and t.key[1:] in last):
            return None
        # Only runs of words can match: count the words before i, then try the longest lengths first.
        toks, words = self.toks, 1
        limit = min(self.pack.max_phrase, i)
        if limit < 1:
            return None
        while words < limit and toks[i - 1 - words].kind == WORD:
            words += 1
        for length in range(words, 0, -1):
            key = tuple(p.key for p in toks[i - length : i])
            if key in table:
                return table[key], i - length
            if self.ar and key[0][:1] in ("و", "ب", "ف", "ل") and len(key[0]) > 2:
                alt = (key[0][1:], *key[1:])
                if alt in table:
                    return table[alt], i - length
        return None

    # ---------------------------------------------------------------- driver

    def parse(self) -> list[Draft]:
        drafts: list[Draft] = []
        anchors = self.ex.anchor_starts
        masked = bool(self.ex.masks)
        i = 0
        while i < self.n:
            t = self.toks[i]
            result: list[Draft] | _Skip | None = None
            if t.kind == NUM:
                if masked and self.ex._masked(t.start, t.end):
                    result = _Skip(i + 1)
                else:
                    result = self.at_number(i)
            elif t.kind == WORD and t.start in anchors and not (masked and self.ex._masked(t.start, t.end)):
                result = self.at_word(i)
            if result is None:
                i += 1
            elif isinstance(result, _Skip):
                i = max(result.next_i, i + 1)
            else:
                for d in result:
                    d.sentence = self.index
                drafts.extend(result)
                i = max(self._index_after(result[-1].end), i + 1)
        return drafts

    def _index_after(self, pos: int) -> int:
        """Index of the first token starting at or after pos (token starts increase)."""
        return bisect_left(self.toks, pos, key=_TOK_START)

    # ---------------------------------------------------------------- anchors

    def at_number(self, i: int) -> list[Draft] | _Skip | None:
        skip = self.negative_number(i)
        if skip is not None:
            return skip
        found = self.date_from_number(i)
        if found is not None:
            return found
        return self.quantity(i)

    def at_word(self, i: int) -> list[Draft] | _Skip | None:
        found = self.date_from_word(i)
        if found is not None:
            return found
        key = self.toks[i].key
        p = self.pack
        if self.strip(key, p.weekdays, ("و", "ف", "ب", "ل")) or self.strip(key, p.relative_days, ("و", "ف")):
            return None
        if p.dual_nouns:
            dual = self.strip(key, p.dual_nouns, ("و", "ب", "ل", "ف", "وب", "ول", "فب", "فل", "ك"))
            if dual is not None:
                return self._dual(i, len(dual[0]))
        if self.ar or not self._capitalized_inside(i):
            return self.quantity(i)
        return None

    # ---------------------------------------------------------------- negatives

    def _capitalized_inside(self, i: int) -> bool:
        """English: a capitalized word that does not open its sentence (a name: "Channel Four")."""
        t = self.toks[i]
        if not t.text[:1].isupper():
            return False
        prev = self.tok(i - 1)
        return prev is not None and not (prev.kind == SYM and prev.text in "\"'(“‘-:")

    def _name_before(self, i: int) -> bool:
        """English: a capitalized word right before the number names it ("Article 50", "Terrorism Act 2000")."""
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD or "'" in prev.text:
            return False
        if not prev.text[:1].isupper():
            return False
        key = prev.key
        p = self.pack
        if key in p.not_counted or key in p.year_cues or (key,) in p.qualifiers or prev.text in p.weekdays:
            return False
        if (prev.text,) in p.months or prev.text in p.currency_symbols:
            return False
        if key in p.article_words or key in p.month_cues_before:
            return False
        return True

    def _unit_follows(self, i: int) -> bool:
        """Percent, currency or scale right after token i: the number is a quantity even after a name."""
        t = self.tok(i + 1)
        if t is None:
            return False
        if (t.kind == SYM and t.text in ("%",)) or t.text in self.pack.currency_symbols:
            return True
        if t.kind == WORD:
            k = t.key
            p = self.pack
            return k in p.percent_words or k in p.scales or k in p.currency_words or k in p.scale_suffixes
        return False

    def negative_number(self, i: int) -> _Skip | None:
        toks = self.toks
        t = toks[i]
        p = self.pack
        end_i = self._numeric_run_end(i)
        prev = self.tok(i - 1)
        nxt = self.tok(i + 1)
        at_item = t.start == self.bounds[0] or (prev is not None and prev.kind == SYM and prev.text in ":؛")
        if at_item and nxt is not None and nxt.kind == SYM and nxt.text in "-).:/" and t.text.isdigit() \
                and len(t.text) <= 2:
            return _Skip(i + 2)  # "1- ...", "2) ...", "منها: 1- ...": list numbering
        # Clock times: 10:30, "الساعة 10", "10 am", "10 صباحا".
        if nxt is not None and nxt.kind == SYM and nxt.text == ":" and self.glued(i + 1):
            after = self.tok(i + 2)
            if after is not None and after.kind == NUM and self.glued(i + 2):
                return _Skip(self._numeric_run_end(i + 2))
        if prev is not None and prev.kind == SYM and prev.text == ":" and self.glued(i):
            before = self.tok(i - 2)
            if before is not None and before.kind == NUM and self.glued(i - 1):
                return _Skip(end_i)
        if self.in_set(i - 1, p.clock_cues):
            return _Skip(end_i)
        if nxt is not None and nxt.kind == WORD and (nxt.key in p.clock_after or
                                                     (self.glued(i + 1) and nxt.key in _CLOCK_SUFFIXES)):
            if not (t.text.isdigit() and len(t.text) == 4 and not self.glued(i + 1)) or nxt.key in _GMT_WORDS:
                return _Skip(i + 2)
        # Phone numbers: "+966 ...", a leading zero, a phone cue word.
        if prev is not None and prev.kind == SYM and prev.text == "+" and self.glued(i):
            return _Skip(self._phone_end(i))
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit() and t.start not in self.ex.reversed_decimals \
                and not (
            nxt is not None and nxt.text in "/-." and isinstance(self._numeric_date(i), list)
        ):
            return _Skip(self._phone_end(i))  # a leading zero: a phone number, unless a date "06/10/1436هـ"
        if self.in_set(i - 1, p.phone_cues) or (self.in_set(i - 2, p.phone_cues) and self._identifier(i - 1)):
            return _Skip(end_i)
        # Identifiers: "المادة 5", "القرار رقم 2254", "Article 50", "resolution 2254".
        if self._identifier(i - 1):
            return _Skip(end_i)
        if prev is not None and prev.kind == SYM and prev.text in ".(" and self._identifier(i - 2):
            return _Skip(end_i)  # "No. 10", "p. 5", "رقم (1004)"
        if self.ar and self.word_key(i - 1) == "ب" and self.word_key(i - 3) == "ص":
            return _Skip(end_i)  # "ص. ب 1006": a post-office box
        # Names that carry a number: "رؤية 2030", "Terrorism Act 2000", "Windows 8".
        if self.in_set(i - 1, p.name_cues) and not self._unit_follows(end_i - 1):
            return _Skip(end_i)
        if self.ar and prev is not None and prev.kind == WORD and prev.text[-1].isascii():
            return _Skip(end_i)  # "sms 88548", "Stc 635031", "وBoeing 747": a code after a Latin name
        if prev is not None and prev.kind == SYM and prev.text in _DASHES and self._model_name(i - 2):
            return _Skip(end_i)  # "F - 16", "ميغ - 29": a model designation, spaced
        # "3 /2", "6/7": scores and fractions (dates and year pairs are read elsewhere).
        if nxt is not None and nxt.kind == SYM and nxt.text == "/" and self.tok(i + 2) is not None and \
                self.toks[i + 2].kind == NUM and not (len(t.text) == 4 and t.text.isdigit()):
            after = self.tok(i + 3)
            if not (after is not None and after.kind == SYM and after.text == "/"):
                return _Skip(i + 3)
        if not self.ar and self._name_before(i) and not self._unit_follows(end_i - 1):
            # After a capitalized word a year-like number, or a number with nothing counted after it, names
            # something ("Terrorism Act 2000", "Apollo 11"); "Tesco 2,000 stores" is still a count.
            year_like = t.text.isdigit() and len(t.text) == 4
            counted = self._counted_after(end_i, NumberExpr(_ONE, i, end_i))
            if year_like or counted is None or counted[0] != end_i:
                return _Skip(end_i)
        if prev is not None and prev.kind == SYM and prev.text == ":" and self.tok(i - 2) is not None and \
                self.toks[i - 2].kind == WORD and self.tok(i - 3) is not None and self.toks[i - 3].text in "([":
            # "(الحشر: 8-11)", "[البقرة: 255]": a verse reference.
            k = end_i
            if self.tok(k) is not None and self.toks[k].text == "-" and self.tok(k + 1) is not None and \
                    self.toks[k + 1].kind == NUM:
                k += 2
            return _Skip(k)
        # Letters glued in front: "G20", "A380", "F-16", "كوفيد-19" (Arabic proclitics are fine: "بـ200").
        if prev is not None and self.glued(i):
            if prev.kind == WORD and not (self.ar and prev.key in self.pack.proclitics):
                return _Skip(end_i)
            if prev.kind == SYM and prev.text in _DASHES:
                before = self.tok(i - 2)
                if before is not None and before.kind == WORD and self.glued(i - 1):
                    return _Skip(end_i)
            if prev.kind == SYM and prev.text in "#@/\\_":
                return _Skip(end_i)
        # Letters glued behind: "4G", "3D", "1990s", "3rd" (ordinal outside a date), "mp3".
        if nxt is not None and nxt.kind == WORD and self.glued(i + 1):
            suffix = nxt.key
            allowed = (
                suffix in p.scale_suffixes
                or suffix in p.percent_words
                or (self.ar and (suffix in p.gregorian_year_markers or suffix in p.hijri_year_markers))
                or (suffix,) in p.measure_units
                or suffix in p.currency_words
                or (suffix in _ORDINAL_SUFFIXES and not self.ar)
                # "61,688,351عملية": a counted Arabic noun typed without its space
                or (self.ar and len(suffix) >= 3 and not nxt.text.isascii() and suffix not in p.proclitics)
            )
            if not allowed:
                return _Skip(i + 2)
        # File names: "7610.extended.theme.zip"
        if nxt is not None and nxt.text == "." and self.glued(i + 1) and self.tok(i + 2) is not None and \
                self.toks[i + 2].kind == WORD and self.glued(i + 2) and self.toks[i + 2].text.islower():
            return _Skip(i + 3)
        # Scores written with a tatweel dash, "25 ــ 18" (the tatweel is gone from the normalized text).
        if self.ar and nxt is not None and nxt.kind == NUM and t.text.isdigit() and nxt.text.isdigit() and \
                int(t.text) <= 200 and int(nxt.text) <= 200:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between:
                return _Skip(i + 2)
        if self.ar and nxt is not None and nxt.kind == WORD and t.text.isdigit() and len(t.text) <= 2:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between and not between.strip(" \u0640"):
                return _Skip(i + 2)  # "8 ـ تعيين ...": a numbered item with a tatweel dash
        # Version numbers and dotted identifiers: 1.2.3
        if t.text.count(".") >= 2 and parse_digits(t.text) is None and _DOTTED_DATE_RE.fullmatch(t.text) is None:
            return _Skip(end_i)
        return None

    def _model_name(self, k: int) -> bool:
        """Token k names a model when a dash and a number follow it: a maker or model word of the pack
        (`name_cues`: "Boeing", "ميغ"), a Latin word in Arabic text, a single capital letter in English."""
        t = self.tok(k)
        if t is None or t.kind != WORD:
            return False
        if self.ar and t.text[-1].isascii():
            return True
        if not self.ar and len(t.text) == 1 and t.text.isupper():
            return True
        return self.in_set(k, self.pack.name_cues)

    def _model_end(self, k: int) -> int | None:
        """English: end index of a model designation starting at token k ("F-16", "A320", "MiG - 29",
        "Boeing 747", "Airbus A380", "737-800"), or None."""
        t = self.tok(k)
        if t is None or t.kind != WORD or not t.text[:1].isupper():
            return None
        maker = self.in_set(k, self.pack.name_cues)
        j = k + 1
        if maker and (inner := self._model_end(j)) is not None:
            return inner  # "Airbus A380"
        nxt = self.tok(j)
        if nxt is not None and nxt.kind == SYM and nxt.text in _DASHES and self._model_name(k):
            j += 1
        elif not (maker or self.glued(j)):
            return None
        if self.tok(j) is None or self.toks[j].kind != NUM:
            return None
        j += 1
        if self.tok(j + 1) is not None and self.toks[j].text in _DASHES and self.glued(j) and self.glued(j + 1) \
                and self.toks[j + 1].kind == NUM:
            j += 2  # "737-800"
        if self.tok(j) is not None and self.toks[j].kind == WORD and self.glued(j) and self.toks[j].text.isupper():
            j += 1  # "F-35A", "A350XWB"
        return j

    def _identifier(self, k: int) -> bool:
        """Token k names what the number after it identifies ("المادة", "Article", "Flight"). English cues match
        with the case the pack gives them: "World Cup 2018" and "Top 20" are names, "world 5000m champion" and
        "the top 12 films" are not."""
        if self.ar:
            return self.in_set(k, self.pack.identifier_cues)
        t = self.tok(k)
        return t is not None and t.kind == WORD and t.text in self.pack.identifier_cues_exact

    def _phone_end(self, i: int) -> int:
        """End of a phone number's digit groups: "+966 11 4567890", "0800 123 4567", "(020) 7946-0000"."""
        j = i + 1
        while j < self.n:
            t = self.toks[j]
            if t.kind == NUM and t.text.isdigit():
                j += 1
            elif t.kind == SYM and t.text in "-()" and j + 1 < self.n and self.toks[j + 1].kind == NUM:
                j += 1
            else:
                break
        return j

    def _numeric_run_end(self, i: int) -> int:
        """End of a run of numbers glued by separators ("2254/2015", "1-800-555")."""
        j = i + 1
        while j + 1 < self.n:
            a, b = self.toks[j], self.toks[j + 1]
            if a.kind == SYM and a.text in "/-.:" and self.glued(j) and b.kind == NUM and self.glued(j + 1):
                j += 2
            else:
                break
        return j

    # ---------------------------------------------------------------- dates

    def _original(self, t: Tok) -> str:
        norm = self.ex.norm
        raw = norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]
        return raw.replace("\u0640", "")

    def _month_at(self, i: int) -> tuple[int, int, str] | None:
        """(month, end index, calendar) for a month name starting at token i (memoized per token)."""
        cache = self._months
        if i in cache:
            return cache[i]
        found = self._month_lookup(i)
        cache[i] = found
        return found

    def _month_lookup(self, i: int) -> tuple[int, int, str] | None:
        p = self.pack
        t = self.tok(i)
        if t is None or t.kind != WORD or (t.text if p.case_sensitive_months else t.key) not in _month_first_words(p):
            return None
        for table, calendar in ((p.months, "gregorian"), (p.hijri_months, "hijri")):
            for length in (2, 1):
                if i + length > self.n:
                    continue
                parts = self.toks[i : i + length]
                if any(x.kind != WORD for x in parts):
                    continue
                if p.case_sensitive_months:
                    key = tuple(x.text for x in parts)
                else:
                    key = tuple(x.key for x in parts)
                if key in table:
                    if key in p.month_exact and self._original(parts[0]) not in p.month_exact[key]:
                        continue  # "أب" (father) is not "آب" (August)
                    return table[key], i + length, calendar
                if self.ar and length == 1:
                    k = key[0]
                    for pre in ("و", "ب", "ل", "ف", "وب", "ول"):
                        bare = k[len(pre):]
                        if len(bare) >= 3 and k.startswith(pre) and (bare,) in table:
                            return table[(bare,)], i + 1, calendar
                elif self.ar and length == 2:
                    k = key[0]
                    for pre in ("و", "ب", "ل", "ف"):
                        if k.startswith(pre) and (k[len(pre):], key[1]) in table:
                            return table[(k[len(pre):], key[1])], i + 2, calendar
        return None

    def _alt_month(self, j: int, month: int) -> int:
        """Skip a second naming of the same month: "سبتمبر/أيلول", "أيلول (سبتمبر)", "سبتمبر - أيلول"."""
        t = self.tok(j)
        if t is None:
            return j
        if t.kind == WORD and self.ar:
            alt = self._month_at(j)
            if alt and alt[0] == month:
                return alt[1]  # Reuters style: "يونيو حزيران"
            return j
        if t.kind != SYM:
            return j
        if t.text in "/-":
            alt = self._month_at(j + 1)
            if alt and alt[0] == month:
                return alt[1]
        if t.text in "([":
            alt = self._month_at(j + 1)
            if alt and alt[0] == month:
                close = self.tok(alt[1])
                if close is not None and close.kind == SYM and close.text in ")]":
                    return alt[1] + 1
                return alt[1]
        return j

    def _year_at(self, j: int, hijri: bool) -> tuple[int, int, str | None] | None:
        """(year, end index, marker calendar) for a year at token j (optionally after a comma)."""
        t = self.tok(j)
        if t is not None and t.kind == SYM and t.text in ",،":
            j += 1
            t = self.tok(j)
        if t is None or t.kind != NUM:
            return None
        digits = t.text
        if not digits.isdigit() or len(digits) != 4:
            return None
        year = int(digits)
        end, marker = self._year_marker(j + 1)
        if marker == "hijri" or hijri:
            if not 1300 <= year <= 1500:
                return None
        elif not 1000 <= year <= 2200:
            return None
        return year, end, marker

    def _year_marker(self, j: int) -> tuple[int, str | None]:
        """A calendar marker after a year: "2015م", "1436هـ", "1436 هـ", "2014 AD"."""
        t = self.tok(j)
        if t is None or t.kind != WORD:
            return j, None
        p = self.pack
        if t.key in p.hijri_year_markers:
            return j + 1, "hijri"
        if t.key in p.gregorian_year_markers:
            return j + 1, "gregorian"
        return j, None

    def _infer_year(self, month: int, day: int | None, i_end: int) -> int | None:
        if self.published is None:
            return None
        pub = self.published
        direction = self._direction_after(i_end)
        best_year = None
        best_gap = None
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                cand = date(y, month, day or 1)
            except ValueError:
                continue
            gap = (cand - pub).days
            if direction == "past" and cand > pub:
                continue
            if direction == "future" and cand < pub:
                continue
            if day is None and cand.year == pub.year and cand.month == pub.month:
                gap = 0
            if best_gap is None or abs(gap) < best_gap:
                best_year, best_gap = y, abs(gap)
        return best_year

    def _infer_hijri_year(self, month: int, day: int) -> int | None:
        """The Hijri year that puts day/month nearest the publication date ("12 شوال" in a July 2015 article)."""
        if self.published is None:
            return None
        try:
            pub = Gregorian(self.published.year, self.published.month, self.published.day).to_hijri()
        except (OverflowError, ValueError):
            return None
        best, best_gap = None, None
        for y in (pub.year - 1, pub.year, pub.year + 1):
            try:
                g = Hijri(y, month, min(day, 29)).to_gregorian()
            except (OverflowError, ValueError):
                continue
            gap = abs((date(g.year, g.month, g.day) - self.published).days)
            if best_gap is None or gap < best_gap:
                best, best_gap = y, gap
        return best

    def _direction_after(self, j: int) -> str | None:
        key = self.word_key(j)
        if key is not None:
            if key in self.pack.weekday_past:
                return "past"
            if key in self.pack.weekday_future:
                return "future"
        key = self.word_key(self._first_before_date)
        if key in ("منذ", "ومنذ", "since"):
            return "past"
        if key is not None and not self.ar:
            if key in self.pack.weekday_past:
                return "past"
            if key in self.pack.weekday_future:
                return "future"
        return None

    def _date_draft(
        self, start_i: int, end_i: int, year: int | None, month: int | None, day: int | None,
        calendar: str, inferred: bool = False,
    ) -> list[Draft] | None:
        if calendar == "hijri":
            if year is None:
                return None
            try:
                g = Hijri(year, month or 1, day or 1).to_gregorian()
            except (OverflowError, ValueError):
                return None
            if day:
                value, precision = f"{g.year:04d}-{g.month:02d}-{g.day:02d}", "day"
            elif month:
                value, precision = f"{g.year:04d}-{g.month:02d}", "month"
            else:
                value, precision = f"{g.year:04d}", "year"
        else:
            if month is not None and day is not None:
                if year is not None:
                    try:
                        date(year, month, day)
                    except ValueError:
                        return None
                    value = f"{year:04d}-{month:02d}-{day:02d}"
                else:
                    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
                        return None
                    value = f"--{month:02d}-{day:02d}"
                precision = "day"
            elif month is not None:
                value = f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}"
                precision = "month"
            else:
                value, precision = f"{year:04d}", "year"
        t0, t1 = self.toks[start_i], self.toks[end_i - 1]
        return [Draft("date", t0.start, t1.end, value=value, precision=precision, calendar=calendar,
                      inferred=inferred)]

    def _day_value(self, t: Tok) -> int | None:
        if t.kind == NUM and t.text.isdigit() and len(t.text) <= 2:
            d = int(t.text)
            if 1 <= d <= 31:
                return d
        return None

    def date_from_number(self, i: int) -> list[Draft] | _Skip | None:
        toks = self.toks
        t = toks[i]
        p = self.pack
        numeric = self._numeric_date(i)
        if numeric is not None:
            return numeric
        day = self._day_value(t)
        if day is not None:
            days, connectors, j = self._day_run(i, day)
            if self.word_key(j) in p.day_of_month_links:
                j_link = j + 1
                if self.word_key(j_link) in ("شهر", "month"):
                    j_link += 1
            else:
                j_link = j
            month = self._month_at(j_link) or (self._month_at(j) if j_link != j else None)
            if month is not None:
                mo, j2, calendar = month
                if self._street_before(i):
                    return _Skip(j2)
                j2 = self._alt_month(j2, mo)
                year = self._year_at(j2, calendar == "hijri")
                inferred = False
                if year is not None:
                    y, j3, marker = year
                    if marker == "hijri":
                        calendar = "hijri"
                else:
                    if calendar == "hijri":
                        y = self._infer_hijri_year(mo, days[-1][1])
                        if y is None:
                            return _Skip(j2)  # a Hijri day and month without a year or a publication date
                        return self._day_list_drafts(days, connectors, j2, y, mo, calendar, True)
                    self._first_before_date = i - 1
                    y, j3 = self._infer_year(mo, days[-1][1], j2), j2
                    inferred = y is not None
                return self._day_list_drafts(days, connectors, j3, y, mo, calendar, inferred)
        return self._year(i)

    def _day_run(self, i: int, day: int) -> tuple[list[tuple[int, int]], list[str], int]:
        """Days listed before one month name: "30 و31 يوليو", "10 and 12 March", "1 to 3 July", "10-12 March".
        Returns [(token index, day)], the connectors between them, and the index after the last day."""
        days = [(i, day)]
        connectors: list[str] = []
        j = self._after_ordinal(i + 1)
        while len(days) < 8:
            sep = self.tok(j)
            nxt = self.tok(j + 1)
            if sep is None or nxt is None or self._day_value(nxt) is None:
                break
            if sep.kind == WORD and sep.key in _DAY_LIST_WORDS:
                connectors.append(sep.key)
            elif sep.kind == SYM and sep.text in ",،-/":
                connectors.append(sep.text)
            else:
                break
            days.append((j + 1, self._day_value(nxt)))  # type: ignore[arg-type]
            j = self._after_ordinal(j + 2)
        if len(days) > 1 and self._month_at(j) is None and not (
            self.word_key(j) in self.pack.day_of_month_links and self._month_at(j + 1) is not None
        ):
            return [(i, day)], [], self._after_ordinal(i + 1)
        return days, connectors, j

    def _after_ordinal(self, j: int) -> int:
        nxt = self.tok(j)
        if nxt is not None and nxt.kind == WORD and self.glued(j) and nxt.key in _ORDINAL_SUFFIXES:
            return j + 1
        return j

    def _day_list_drafts(
        self, days: list[tuple[int, int]], connectors: list[str], end_i: int, year: int | None, month: int,
        calendar: str, inferred: bool,
    ) -> list[Draft] | _Skip | None:
        """One date, a range of days (value..value_high) or a list of dates (one claim per day)."""
        first_i, first_day = days[0]
        if len(days) == 1:
            return self._date_draft(first_i, end_i, year, month, first_day, calendar, inferred=inferred)
        between = self.in_set(first_i - 1, frozenset({"between", "بين", "ما"}))
        is_range = len(days) == 2 and (connectors[0] in _RANGE_WORDS or (connectors[0] in ("and", "و") and between))
        if is_range:
            low = self._date_draft(first_i, end_i, year, month, first_day, calendar, inferred=inferred)
            high = self._date_draft(first_i, end_i, year, month, days[1][1], calendar, inferred=inferred)
            if not low or not high or days[1][1] <= first_day:
                return _Skip(end_i)
            low[0].value_high = high[0].value
            return low
        drafts: list[Draft] = []
        for n, (k, d) in enumerate(days):
            last = n == len(days) - 1
            found = self._date_draft(k, end_i if last else k + 1, year, month, d, calendar, inferred=inferred)
            if found:
                if not last:
                    # The month is written once, after the last day: the earlier days carry it as inferred.
                    found[0].inferred = inferred
                drafts.extend(found)
        return drafts or _Skip(end_i)

    def _street_before(self, i: int) -> bool:
        return self.in_set(i - 1, self.pack.street_cues) or (
            not self.ar and self.word_key(i + 3) in {"street", "st", "avenue", "road", "square"}
        )

    def _numeric_date(self, i: int) -> list[Draft] | _Skip | None:
        """13/2/2018, 2018-02-13, 1436/10/5هـ: only when day and month cannot be swapped."""
        toks = self.toks
        dotted = _DOTTED_DATE_RE.fullmatch(toks[i].text)
        if dotted is not None:
            # "13.02.2018": one token; read like "13/02/2018".
            d, m, y = (int(x) for x in dotted.groups())
            end, marker = self._year_marker(i + 1)
            if not 1 <= m <= 12 or (not self.ar and d <= 12 and d != m):
                return _Skip(end)
            hijri = marker == "hijri" or 1300 <= y <= 1500
            drafts = self._date_draft(i, end, y, m, d, "hijri" if hijri else "gregorian")
            return drafts if drafts else _Skip(end)
        if i + 4 >= self.n + 0 and i + 4 > self.n - 1:
            return None
        a, s1, b, s2, c = toks[i : i + 5]
        if not (s1.kind == SYM and s2.kind == SYM and s1.text == s2.text and s1.text in "/-."
                and a.kind == NUM and b.kind == NUM and c.kind == NUM
                and (s1.text == "/" or all(self.glued(k) for k in range(i + 1, i + 5))
                     or (self.ar and len(c.text) == 4))):
            return None
        if not (a.text.isdigit() and b.text.isdigit() and c.text.isdigit()):
            return _Skip(i + 5)
        end, marker = self._year_marker(i + 5)
        if len(a.text) == 4:
            y, m, d = int(a.text), int(b.text), int(c.text)
        elif len(c.text) == 4:
            y, m, d = int(c.text), int(b.text), int(a.text)
            if d <= 12 and m <= 12 and d != m and not self.ar:
                # 05/07/2015 could be either order in English; Arabic writing is always day/month/year.
                return _Skip(end)
        else:
            return _Skip(i + 5)
        hijri = marker == "hijri" or 1300 <= y <= 1500
        if not 1 <= m <= 12:
            return _Skip(end)
        drafts = self._date_draft(i, end, y, m, d, "hijri" if hijri else "gregorian")
        return drafts if drafts else _Skip(end)

    def _year_cue_before(self, i: int) -> bool:
        p = self.pack
        if self.in_set(i - 1, p.year_cues):
            return True
        prev = self.tok(i - 1)
        # "بين عامي 2010 و2014": the و is glued to the second year.
        if prev is not None and prev.kind == WORD and self.glued(i) and prev.key in ("و", "ب", "ل", "ف", "وب"):
            return True
        if prev is not None and prev.kind == SYM and prev.text in "(-–,،/":
            return self.in_set(i - 2, p.year_cues) or (self.tok(i - 2) is not None and
                                                       self._month_at(i - 2) is not None)
        return False

    def _year(self, i: int) -> list[Draft] | _Skip | None:
        t = self.toks[i]
        if not (t.text.isdigit() and len(t.text) == 4):
            return None
        year = int(t.text)
        p = self.pack
        end, marker = self._year_marker(i + 1)
        glued_marker = marker is not None and self.glued(i + 1)
        cue = self._year_cue_before(i)
        if marker == "hijri" or (1300 <= year <= 1500 and cue and self.ar and self.in_set(i - 1, frozenset(
                {"عام", "العام", "لعام", "سنه", "السنه", "لسنه", "عامي"}))):
            if not 1300 <= year <= 1500:
                return None
            return self._year_range(i, end, year, "hijri") or self._date_draft(i, end, year, None, None, "hijri")
        if not 1800 <= year <= 2100 and marker is None:
            if self.ar and 1300 <= year <= 1500:
                # "الموسم الزراعي 1436 /1437هـ": a Hijri year pair marked after its second year.
                sep, second = self.tok(i + 1), self.tok(i + 2)
                if sep is not None and sep.text in "/-" and second is not None and second.kind == NUM and \
                        second.text == str(year + 1) and self._year_marker(i + 3)[1] == "hijri":
                    return self._year_range(i, i + 1, year, "hijri")
            return None
        if marker is None and not glued_marker:
            until = self.word_key(i - 1) in _UNTIL_WORDS
            if self._unit_follows(i) or (self.phrase_before(i, p.qualifiers) is not None and not until):
                return None
            before = self.word_key(i - 1)
            if not cue and not self.ar and (before in _YEAR_DETERMINERS or (before or "").endswith("'s") or (
                    self.tok(i + 1) is not None and self.toks[i + 1].kind == WORD and
                    self.toks[i + 1].text[:1].isupper())):
                # "the 2008 Olympic Games", "its 2004 earnings": a year used as an adjective.
                return self._year_range(i, end, year, "gregorian") or self._date_draft(i, end, year, None, None,
                                                                                        "gregorian")
            if not cue:
                # A year-like number followed by what it counts is a count ("2000 شخص", "2000 people").
                if self._counted_after(i + 1, NumberExpr(Decimal(year), i, i + 1, plain_digits=t.text)):
                    return None
                if self._measure_after(i + 1) is not None:
                    return None
        return self._year_range(i, end, year, "gregorian") or self._date_draft(i, end, year, None, None,
                                                                                "gregorian")

    def _year_range(self, i: int, end: int, year: int, calendar: str) -> list[Draft] | None:
        """2010-2014, 2014/2015, 2014/15, "from 2010 to 2014", "بين عامي 2010 و2014"."""
        j = end
        t = self.tok(j)
        if t is None:
            return None
        if t.kind == SYM and t.text in "/-" and j + 1 < self.n and self.toks[j + 1].kind == NUM:
            second = self.toks[j + 1]
            k = j + 2
        elif t.kind == WORD and t.key in ("to", "until", "and", "الي", "حتي", "و") and j + 1 < self.n and \
                self.toks[j + 1].kind == NUM:
            second = self.toks[j + 1]
            k = j + 2
            if t.key in ("and", "و") and not (self.in_set(i - 1, frozenset({"between", "بين", "عامي", "سنتي"}))):
                return None
        elif t.kind == WORD and t.key == "و" and False:
            return None
        else:
            return None
        if not second.text.isdigit():
            return None
        if len(second.text) == 2 and t.kind == SYM:
            y2 = (year // 100) * 100 + int(second.text)
        elif len(second.text) == 1 and t.kind == SYM and self.glued(j) and self.glued(j + 1):
            y2 = (year // 10) * 10 + int(second.text)  # "2005-6"
        elif len(second.text) == 4:
            y2 = int(second.text)
        else:
            return None
        if not year < y2 <= year + 200:
            return None
        k, _ = self._year_marker(k)
        drafts = self._date_draft(i, k, year, None, None, calendar)
        if not drafts:
            return None
        high = self._date_draft(i, k, y2, None, None, calendar)
        if high:
            drafts[0].value_high = high[0].value
        return drafts

    def date_from_word(self, i: int) -> list[Draft] | _Skip | None:
        p = self.pack
        t = self.toks[i]
        month = self._month_at(i)
        if month is not None:
            return self._date_from_month(i, month)
        ordinal = self.phrase_at(i, p.ordinal_days)
        if ordinal is not None:
            day, j = ordinal
            if self.word_key(j) in p.day_of_month_links:
                if self.word_key(j + 1) == "شهر":
                    j += 1
                m = self._month_at(j + 1)
                if m is not None:
                    mo, j2, calendar = m
                    j2 = self._alt_month(j2, mo)
                    year = self._year_at(j2, calendar == "hijri")
                    if year is not None:
                        return self._date_draft(i, year[1], year[0], mo, int(day), calendar)  # type: ignore
                    if calendar == "gregorian":
                        y = self._infer_year(mo, int(day), j2)  # type: ignore[arg-type]
                        return self._date_draft(i, j2, y, mo, int(day), calendar,  # type: ignore[arg-type]
                                                inferred=y is not None)
            return None
        rel = self.phrase_at(i, p.relative_day_phrases)
        if rel is not None:
            offset, j = rel
            return self._relative_draft(i, j, int(offset))  # type: ignore[arg-type]
        if (p.case_sensitive_months and t.text in p.weekdays) or (
            not p.case_sensitive_months and self.strip(t.key, p.weekdays, ("و", "ف", "ب", "ل")) is not None
        ):
            return self._weekday(i)
        if self.strip(t.key, p.relative_days, ("و", "ف")) is not None:
            return self._relative(i)
        return None

    def _date_from_month(self, i: int, month: tuple[int, int, str]) -> list[Draft] | _Skip | None:
        p = self.pack
        mo, j, calendar = month
        t = self.toks[i]
        first_key = t.text if p.case_sensitive_months else t.key
        if p.case_sensitive_months and not t.text[:1].isupper():
            return None
        if self.in_set(i - 1, p.month_not_after):
            return _Skip(j)
        if self._street_before(i):
            return _Skip(j)
        # English abbreviations take a dot: "Sept. 11".
        if not self.ar and self.tok(j) is not None and self.toks[j].kind == SYM and self.toks[j].text == "." \
                and len(t.text) <= 4 and self.tok(j + 1) is not None and self._day_value(self.toks[j + 1]):
            j_after = j + 1
        else:
            j_after = j
        j_alt = self._alt_month(j_after, mo)
        alt = j_alt != j_after
        start_i = i
        # Back-looking ordinal day: "الحادي عشر من سبتمبر".
        day = None
        link = i - 2 if self.word_key(i - 1) == "شهر" else i - 1
        if self.word_key(link) in p.day_of_month_links:
            for length in (3, 2, 1):
                k = link - length
                if k < 0:
                    continue
                parts = self.toks[k:link]
                if all(x.kind == WORD for x in parts):
                    key = tuple(x.key for x in parts)
                    if key in p.ordinal_days:
                        day, start_i = p.ordinal_days[key], k
                        break
        # "September 11, 2014" / "Sept. 11" / "سبتمبر 11"
        nxt = self.tok(j_alt)
        if day is None and nxt is not None and self._day_value(nxt) is not None:
            after = self.tok(j_alt + 1)
            is_year_next = after is not None and after.kind == NUM
            if not (after is not None and after.kind == SYM and after.text in ":.") or is_year_next:
                k = j_alt + 1
                if after is not None and after.kind == WORD and self.glued(j_alt + 1) and \
                        after.key in _ORDINAL_SUFFIXES:
                    k += 1
                year = self._year_at(k, calendar == "hijri")
                d = self._day_value(nxt)
                if year is not None:
                    return self._date_draft(start_i, year[1], year[0], mo, d,
                                            "hijri" if year[2] == "hijri" else calendar)
                if calendar == "gregorian" and not self.ar:
                    self._first_before_date = i - 1
                    y = self._infer_year(mo, d, k)
                    return self._date_draft(start_i, k, y, mo, d, calendar, inferred=y is not None)
        year = self._year_at(j_alt, calendar == "hijri")
        if year is not None:
            y, k, marker = year
            return self._date_draft(start_i, k, y, mo, day, "hijri" if marker == "hijri" else calendar)
        if calendar == "hijri":
            return _Skip(j_alt)  # a Hijri month without a year cannot be placed
        if day is None:
            cue = self.in_set(i - 1, p.month_cues_before) or (not self.ar and self.word_key(i - 1) in
                                                              p.month_cues_before)
            if first_key in p.month_needs_context and not (cue or alt):
                return None
            if self.ar and not (cue or alt or self._direction_after(j_alt)):
                # A bare month name in Arabic prose is mostly a month; keep those with a cue or a twin name.
                if first_key in p.month_needs_context:
                    return None
        self._first_before_date = i - 1
        y = self._infer_year(mo, day, j_alt)
        return self._date_draft(start_i, j_alt, y, mo, day, calendar, inferred=y is not None)

    def _resolve_weekday(self, weekday: int, direction: str | None) -> date | None:
        if self.published is None:
            return None
        delta = (weekday - self.published.weekday()) % 7
        if direction == "past":
            if delta >= 0:
                delta -= 7
            if delta == -7 and False:
                delta = 0
        elif direction == "future":
            if delta <= 0:
                delta += 7
        elif delta > 2:
            delta -= 7
        return self.published + timedelta(days=delta)

    def _weekday(self, i: int) -> list[Draft] | _Skip | None:
        p = self.pack
        t = self.toks[i]
        if self.in_set(i - 1, p.weekday_not_after) or (not self.ar and self.tok(i - 1) is not None and
                                                      self.toks[i - 1].text in p.weekday_not_after):
            return _Skip(i + 1)
        stripped = self.strip(t.text if p.case_sensitive_months else t.key, p.weekdays, ("و", "ف", "ب", "ل"))
        if stripped is None:
            return None
        if not stripped[0] and p.surname_given_names and self._given_name_before(i):
            return _Skip(i + 1)  # "الكاتب عبدالعزيز الخميس": a family name
        weekday = p.weekdays[stripped[1]]
        # A weekday in front of a full date adds nothing: the date is the claim.
        j = i + 1
        if self.tok(j) is not None and self.toks[j].kind == SYM and self.toks[j].text in ",،":
            j += 1
        nt = self.tok(j)
        if nt is not None and self._day_value(nt) is not None and (
            self._month_at(j + 1) is not None or self._month_at(j + 2) is not None
        ):
            return _Skip(i + 1)
        if nt is not None and not self.ar and self._month_at(j) is not None:
            return _Skip(i + 1)
        direction = None
        after = self.word_key(i + 1)
        if after in p.weekday_past:
            direction = "past"
        elif after in p.weekday_future:
            direction = "future"
        before = self.word_key(i - 1)
        if not self.ar and before in p.weekday_past:
            direction = "past"
        elif not self.ar and before in p.weekday_future:
            direction = "future"
        start_i = i
        offset = None
        rel = self.strip(before, p.relative_days, ("و", "ف")) if before else None
        if rel is not None:
            offset = p.relative_days[rel[1]]
            start_i = i - 1
        elif self.phrase_before(i, p.relative_day_phrases) is not None:
            value, k = self.phrase_before(i, p.relative_day_phrases)  # type: ignore[misc]
            offset, start_i = int(value), k  # type: ignore[arg-type]
        if offset is not None and self.published is not None:
            resolved: date | None = self.published + timedelta(days=offset)
        else:
            resolved = self._resolve_weekday(weekday, direction)
        return self._inferred_day_draft(start_i, i + 1, resolved)

    def _given_name_before(self, i: int) -> bool:
        """Arabic: the words right before token i are a given name ("عبدالعزيز", "عبد العزيز", "أحمد") not led by
        a title used with a first name alone ("الملك", "الأمير") or by "بن"."""
        p = self.pack
        prev = self.tok(i - 1)
        if prev is None or prev.kind != WORD:
            return False
        key = prev.key
        bare = key[1:] if key[:1] == "و" and len(key) > 2 else key
        start = i - 1
        if any(bare.startswith(x) and len(bare) > len(x) for x in p.surname_name_prefixes):
            pass  # "عبدالعزيز"
        elif bare in p.surname_given_names or key in p.surname_given_names:
            pass  # "أحمد"
        elif key.startswith("ال") and self.in_set(i - 2, p.surname_name_prefixes):
            start = i - 2  # "عبد العزيز"
        else:
            return False
        return not self.in_set(start - 1, p.surname_not_after)

    def _inferred_day_draft(self, start_i: int, end_i: int, resolved: date | None) -> list[Draft]:
        t0, t1 = self.toks[start_i], self.toks[end_i - 1]
        if resolved is None:
            # No publication date: the day cannot be placed; the claim stays, without a guessed value.
            return [Draft("date", t0.start, t1.end, value=None, precision=None, calendar="gregorian",
                          inferred=False)]
        return [Draft("date", t0.start, t1.end, value=resolved.isoformat(), precision="day",
                      calendar="gregorian", inferred=True)]

    def _relative(self, i: int) -> list[Draft] | _Skip | None:
        p = self.pack
        t = self.toks[i]
        stripped = self.strip(t.key, p.relative_days, ("و", "ف"))
        if stripped is None:
            return None
        offset = p.relative_days[stripped[1]]
        nxt = self.tok(i + 1)
        # "أمس الثلاثاء": one day, named twice: the weekday rule takes both words.
        if nxt is not None and nxt.kind == WORD and self.strip(nxt.key, p.weekdays, ("و",)) is not None:
            return self._weekday(i + 1)
        if not self.ar:
            if t.text[:1].isupper() and self._capitalized_inside(i):
                return None  # "the Today programme", "USA Today"
            if self.tok(i - 1) is not None and self.toks[i - 1].text in p.today_not_after:
                return None
        else:
            if self.in_set(i - 1, p.today_not_after) or self.word_key(i - 1) in p.today_not_after:
                return None
            if stripped[1] == "اليوم":
                # "اليوم الوطني", "اليوم التالي": a definite adjective makes it a noun, not "today".
                if nxt is not None and nxt.kind == WORD and ((nxt.key.startswith("ال") and nxt.key not in
                                                              p.not_counted) or nxt.key in
                                                             ("نفسه", "ذاته", "ذات", "نفس")):
                    return None
                prev = self.tok(i - 1)
                if prev is not None and prev.kind == SYM and prev.text in "«\"“" and nxt is not None and \
                        nxt.kind == SYM and nxt.text in "»\"”":
                    return None  # «اليوم»: the newspaper
                if nxt is not None and nxt.kind == NUM:
                    return None
        resolved = self.published + timedelta(days=offset) if self.published is not None else None
        return self._inferred_day_draft(i, i + 1, resolved)

    def _relative_draft(self, i: int, j: int, offset: int) -> list[Draft]:
        resolved = self.published + timedelta(days=offset) if self.published is not None else None
        return self._inferred_day_draft(i, j, resolved)

    # ---------------------------------------------------------------- numbers

    def number_expr(self, i: int) -> NumberExpr | None:
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == NUM:
            return self._digits_expr(i)
        if t.kind == WORD:
            if not self.ar and t.key in self.pack.fractions and self.word_key(i - 1) in self.pack.article_words \
                    and self.word_key(i - 2) in self.pack.conjunctions and self.word_key(i - 3) in self.pack.units:
                back = self._words_expr(i - 3)  # "One and a half million": "one" is not an anchor by itself
                if back is not None and back.end_i > i:
                    return back
            if not self.ar and (t.key in self.pack.scales or t.key in self.pack.hundreds) and \
                    self.word_key(i - 1) in self.pack.units and self.pack.units[self.word_key(i - 1)] == 1:
                back = self._words_expr(i - 1)  # "one thousand two hundred": "one" is not an anchor
                if back is not None:
                    return back
            if not self.ar and (t.key in self.pack.fractions or t.key in self.pack.scales) and \
                    self.word_key(i - 1) in self.pack.article_words:
                back = self._words_expr(i - 1)  # "A quarter of a million"
                if back is not None:
                    return back
            return self._words_expr(i)
        return None

    def _digits_expr(self, i: int) -> NumberExpr | None:
        t = self.toks[i]
        value = parse_digits(t.text)
        if value is None:
            return None
        if t.start in self.ex.reversed_decimals and t.text.count(".") == 1:
            # "38.<RLM>57" in the source: a decimal typed right-to-left, read 57.38.
            whole, frac = t.text.split(".")
            value = Decimal(frac + "." + whole)
        j = i + 1
        text = t.text
        # "10 000 000": space-separated thousands.
        if text.isdigit() and len(text) <= 3:
            while j < self.n and self.toks[j].kind == NUM and len(self.toks[j].text) == 3 and \
                    self.toks[j].text.isdigit() and self.toks[j].start == self.toks[j - 1].end + 1 and \
                    self.ex.text[self.toks[j - 1].end] == " ":
                text += self.toks[j].text
                j += 1
            if j > i + 1:
                value = Decimal(text)
        plain = text if text.isdigit() else None
        expr = NumberExpr(value, i, j, raw=value, plain_digits=plain)
        nxt = self.tok(j)
        p = self.pack
        before = self.tok(i - 1)
        if before is not None and before.text == "(" and nxt is not None and nxt.text == ")":
            # "(26) بطولة", "(42) مليون ريال": the parentheses belong to the figure.
            expr.start_i, expr.end_i, expr.parenthesized = i - 1, j + 1, True
            return self._apply_scale(expr)
        if nxt is not None and nxt.kind == WORD and self.glued(j) and nxt.key == "m" and not self.ar and \
                self._currency_before(i) is None and not self._millions_follow(j + 1):
            return expr  # "3,000m", "6.52m" without a currency sign: metres, not millions
        if nxt is not None and nxt.kind == WORD and self.glued(j) and nxt.key in p.scale_suffixes:
            scale = p.scale_suffixes[nxt.key]
            expr.value, expr.scale, expr.end_i, expr.plain_digits = value * scale, scale, j + 1, None
            return expr
        return self._apply_scale(expr)

    def _join_scaled_parts(self, n1: NumberExpr) -> None:
        """"498 ألفا و543 سهما", "مليونين و624 ألفا و966 دولارا": parts joined by و, each below the last scale."""
        for _ in range(4):
            if not n1.scale:
                return
            t = self.tok(n1.end_i)
            if t is None or t.kind != WORD or t.key != "و":
                return
            nxt = self.tok(n1.end_i + 1)
            if nxt is None or nxt.kind != NUM:
                return  # "و543" or "و 243"
            part = self.number_expr(n1.end_i + 1)
            if part is None or not 0 < part.value < n1.scale:
                return
            n1.value += part.value
            n1.end_i, n1.scale, n1.plain_digits = part.end_i, part.scale, None

    def _money_tail(self, n1: NumberExpr, j: int, cur: Currency) -> int:
        """Arabic: "27 مليون ريال و 243 ألفا (ريال)": a smaller part joined by و after the currency adds to the amount;
        returns the new end index (j when nothing joins). A part that counts or measures something
        ("و300 ألف لاجئ") or names another currency stays a figure of its own."""
        t, nxt = self.tok(j), self.tok(j + 1)
        if t is None or t.kind != WORD or t.key != "و" or nxt is None or nxt.kind != NUM:
            return j
        part = self.number_expr(j + 1)
        if part is None or not part.scale:
            return j
        self._join_scaled_parts(part)
        if not 0 < part.value < n1.scale:
            return j
        k = part.end_i
        after = self._currency_after(k)
        if after is not None:
            if after[0] is not cur:
                return j
            k = after[1]
        elif self._percent_after(k) is not None or self._measure_after(k) is not None or \
                self._counted_after(k, part) is not None:
            return j
        n1.value += part.value
        return k

    def _millions_follow(self, j: int) -> bool:
        """After "1.5m": a currency word or a noun counted in millions ("1.5m euros", "3m people") means million."""
        t = self.tok(j)
        if t is None or t.kind != WORD:
            return False
        p = self.pack
        return t.key in p.currency_words or t.key in p.count_nouns or t.key in ("barrels", "tonnes", "tons")

    def _apply_scale(self, expr: NumberExpr) -> NumberExpr:
        j = expr.end_i
        t = self.tok(j)
        p = self.pack
        if t is None or t.kind != WORD:
            return expr
        key = t.key
        if key in p.scales:
            scale = p.scales[key]
            expr.value, expr.scale, expr.end_i, expr.plain_digits = expr.raw * scale, scale, j + 1, None
            # "ألف مليون", "thousand million": a second scale multiplies again.
            t2 = self.tok(j + 1)
            if t2 is not None and t2.kind == WORD and t2.key in p.scales and p.scales[t2.key] > scale:
                expr.scale *= p.scales[t2.key]
                expr.value *= p.scales[t2.key]
                expr.end_i += 1
        return expr

    def _words_expr(self, i: int) -> NumberExpr | None:
        p = self.pack
        total = Decimal(0)
        current = Decimal(0)
        last = None
        j = i
        used_any = False
        start_i = i
        scale_seen = 0
        hyphen = False
        while j < self.n:
            t = self.toks[j]
            if t.kind == SYM and t.text == "-" and used_any and last in ("ten",) and self.glued(j) and \
                    j + 1 < self.n and self.glued(j + 1):
                j += 1  # twenty-five
                hyphen = True
                continue
            if t.kind != WORD:
                break
            key = t.key
            conj = hyphen
            hyphen = False
            if j == i:
                if key in p.not_numbers and not (
                    self.word_key(i + 1) is not None and self.word_key(i + 1)[1:] in p.tens  # type: ignore[index]
                ):
                    return None  # "لست قلقا" (I am not), but "لست وثلاثين ساعة" (for 36 hours)
                if self.ar and key in p.teen_words and self.word_key(i - 1) is not None and \
                        self.word_key(i - 1).startswith("ال"):  # type: ignore[union-attr]
                    return None  # "بالمرتبة الرابعة عشرة": the second half of an ordinal
                found = self.strip(key, _NumberTables(p), ("و", "ب", "ل", "ك", "ف", "وب", "ول", "فب", "فل"))
                if found is None:
                    if key in p.article_words and j + 1 < self.n and self.toks[j + 1].key in p.fractions:
                        j += 1  # "a quarter of a million"
                        start_i = i
                        continue
                    if key in p.article_words and j + 1 < self.n and self.toks[j + 1].key in p.scales:
                        current = Decimal(1)
                        last = "unit"
                        j += 1
                        used_any = True
                        continue
                    return None
                key = found[1]
            else:
                if key in p.conjunctions and last in ("unit", "ten", "hundred") and not scale_seen:
                    # "one and a half million", "two and a half years"
                    k = j + 1
                    if self.word_key(k) in p.article_words:
                        k += 1
                    if self.word_key(k) in p.fractions and not self.ar:
                        current += p.fractions[self.word_key(k)]  # type: ignore[index]
                        j = k + 1
                        last = "unit"
                        continue
                if key in p.conjunctions and j + 1 < self.n and self.toks[j + 1].key in _NumberTables(p) and \
                        last in ("hundred", "scale"):
                    j += 1
                    continue
                if self.ar and key.startswith("و") and key[1:] in _NumberTables(p) and key[1:] not in p.scales:
                    key = key[1:]
                    conj = True
            if key in p.units:
                v = Decimal(p.units[key])
                nxt = self.tok(j + 1)
                if self.ar and nxt is not None and nxt.kind == WORD and nxt.key in p.teen_words and v < 10:
                    v += 10
                    j += 1
                if used_any and not conj and last in ("unit", "ten") and not (
                    last == "ten" and not self.ar and v < 10
                ):
                    break
                if used_any and conj and last == "ten" and self.ar:
                    break
                current += v
                last = "unit"
            elif key in p.tens:
                if used_any and not conj and last in ("ten", "unit"):
                    break
                current += p.tens[key]
                last = "ten"
            elif key in p.hundreds:
                h = p.hundreds[key]
                if h == 100 and last == "unit" and not conj and 0 < current < 10:
                    current *= 100
                elif used_any and not conj and last not in ("scale",):
                    break
                else:
                    current += h
                last = "hundred"
            elif key in p.scales:
                if not used_any and key in p.vague_alone:
                    return None
                scale = p.scales[key]
                if scale_seen and scale > scale_seen and current == 0 and total > 0:
                    total *= scale  # "ألفي مليون", "ألف مليون": a scale of a scale
                    scale_seen = scale
                    last = "scale"
                    used_any = True
                    j += 1
                    continue
                if scale_seen and scale >= scale_seen and current == 0:
                    break
                total += (current if current else Decimal(1)) * scale
                current = Decimal(0)
                scale_seen = scale
                last = "scale"
            elif key in p.duals:
                if used_any and not conj:
                    break
                total += p.duals[key]
                scale_seen = p.duals[key] // 2
                last = "scale"
            elif key in p.fractions:
                if used_any:
                    if conj and last == "scale" and scale_seen:
                        # "مليون ونصف", "مليونين ونصف المليون", "ثلاثة ملايين وربع": a fraction of the scale.
                        total += p.fractions[key] * scale_seen
                        nxt = self.tok(j + 1)
                        if nxt is not None and nxt.kind == WORD:
                            bare_scale = nxt.key[2:] if self.ar and nxt.key.startswith("ال") else nxt.key
                            if p.scales.get(bare_scale) == scale_seen:
                                j += 1
                        j += 1
                        last = "fraction"
                        continue
                    break
                nxt = self.tok(j + 1)
                # "half a billion", "a quarter of a million"
                for _ in range(2):
                    if nxt is not None and nxt.kind == WORD and (nxt.key in p.article_words or nxt.key == "of"):
                        j += 1
                        nxt = self.tok(j + 1)
                if nxt is None or nxt.kind != WORD or nxt.key not in p.scales:
                    return None
                total += p.fractions[key] * p.scales[nxt.key]
                scale_seen = p.scales[nxt.key]
                j += 2
                used_any = True
                last = "scale"
                continue
            else:
                break
            used_any = True
            j += 1
        if not used_any:
            return None
        value = total + current
        if value < p.min_standalone and not scale_seen:
            return None
        if value <= 0:
            return None
        expr = NumberExpr(value, start_i, j, is_word=True, scale=scale_seen, raw=value)
        return expr

    # ---------------------------------------------------------------- quantities

    def _currency_before(self, i: int) -> tuple[Currency, int] | None:
        """A currency symbol or code right before token i: "$263", "US$ 5", "USD 5", "£1.2bn", "SR 500"."""
        prev = self.tok(i - 1)
        if prev is None:
            return None
        symbols = self.pack.currency_symbols
        if prev.text in symbols and (prev.kind == SYM or not self.ar):
            k = i - 1
            cur = symbols[prev.text]
            before = self.tok(k - 1)
            if before is not None and self.glued(k) and before.text + prev.text in symbols:
                return symbols[before.text + prev.text], k - 1
            return cur, k
        return None

    def _percent_after(self, j: int) -> tuple[int, str | None] | None:
        t = self.tok(j)
        p = self.pack
        if t is None:
            return None
        if t.kind == SYM and t.text == "%":
            return j + 1, None
        if t.kind == WORD:
            first = _percent_first_words(p)
            if first is not None and t.key not in first:
                return None
            for phrase in p.basis_phrases:
                if tuple(x.key for x in self.toks[j : j + len(phrase)]) == phrase:
                    return j + len(phrase), "basis point"
            for phrase in p.point_phrases:
                if tuple(x.key for x in self.toks[j : j + len(phrase)]) == phrase:
                    return j + len(phrase), "percentage point"
            if t.key in p.percent_words:
                return j + 1, None
            for phrase in p.percent_phrases:
                if tuple(x.key for x in self.toks[j : j + len(phrase)]) == phrase:
                    return j + len(phrase), None
        return None

    def _currency_after(self, j: int) -> tuple[Currency, int, str | None] | None:
        """A currency word (with its nationality adjective) or code after a number."""
        p = self.pack
        t = self.tok(j)
        if t is None:
            return None
        if t.kind == SYM and t.text == "-" and not self.ar and self.glued(j) and self.tok(j + 1) is not None and \
                self.glued(j + 1) and self.toks[j + 1].key in p.currency_words:
            cur = p.currency_words[self.toks[j + 1].key]
            return (cur, j + 2, None) if not cur.needs_adjective else None  # "a 4bn-euro deal"
        if t.kind == WORD:
            # English adjective first: "5 million Australian dollars".
            for length in (2, 1):
                adj = tuple(x.key for x in self.toks[j : j + length]) if j + length <= self.n else None
                cur_tok = self.tok(j + length)
                if adj and cur_tok is not None and cur_tok.kind == WORD and cur_tok.key in p.currency_words:
                    cur = p.currency_words[cur_tok.key]
                    adj_text = tuple(x.text for x in self.toks[j : j + length])
                    code = cur.adjectives_before.get(adj_text) or cur.adjectives_before.get(adj)
                    if code:
                        return cur, j + length + 1, code
            key = t.key
            cur = p.currency_words.get(key)
            if cur is None and self.ar and key.startswith("ال") and key[2:] in p.currency_words:
                cur = p.currency_words[key[2:]]
            if cur is not None and cur.divisor != 1 and not self.ar and not t.text.islower():
                return None  # "50 Cent" is a name; the subunit is written in lower case
            if cur is not None:
                if cur.needs_adjective:
                    return None
                nxt = self.tok(j + 1)
                if nxt is not None and nxt.kind == WORD:
                    adj_key = nxt.key
                    code = cur.adjectives.get(adj_key)
                    if code is None and self.ar and adj_key.startswith("ال"):
                        code = cur.adjectives.get(adj_key[2:])
                    if code is None and self.ar and adj_key.endswith("ا"):
                        code = cur.adjectives.get(adj_key[:-1])
                    if code is None and self.ar and adj_key.endswith("ه"):
                        code = cur.adjectives.get(adj_key[:-1])
                    if code is None and self.ar and adj_key.startswith("ال") and adj_key.endswith("ه"):
                        code = cur.adjectives.get(adj_key[2:-1])
                    if code is not None:
                        # "ريال سعودي", "دولار أمريكي", "جنيه إسترليني"
                        return cur, j + 2, code
                    if nxt.key == "هونغ" or nxt.key == "هونج":
                        return cur, j + 3 if self.word_key(j + 2) else j + 2, "HKD"
                return cur, j + 1, None
            if t.text in p.currency_symbols and not self.ar:
                return p.currency_symbols[t.text], j + 1, None
        if t.kind == SYM and t.text in p.currency_symbols:
            return p.currency_symbols[t.text], j + 1, None
        # Abbreviations made of letters and dots: "ر.س", "د.ك".
        for abbr, cur in p.currency_abbreviations.items():
            n = len(abbr)
            seq = self.toks[j : j + n]
            if len(seq) == n and tuple(x.text for x in seq) == abbr:
                return cur, j + n, None
        return None

    def _measure_after(self, j: int) -> tuple[str, int] | None:
        p = self.pack
        t = self.tok(j)
        if t is not None and t.kind == SYM and t.text == "-" and not self.ar and self.glued(j) and \
                self.tok(j + 1) is not None and self.glued(j + 1):
            found = self.phrase_at(j + 1, p.measure_units)  # type: ignore[arg-type]
            if found is not None:
                return str(found[0]), found[1]  # "102-inch", "10-mile"
            return None
        if t is None or t.kind != WORD:
            return None
        found = self.phrase_at(j, p.measure_units)  # type: ignore[arg-type]
        if found is not None:
            unit, k = found
            return str(unit), k
        return None

    def _counted_after(self, j: int, expr: NumberExpr) -> tuple[int, int] | None:
        """(token index of the counted noun, end index) after a number, or None."""
        p = self.pack
        t = self.tok(j)
        if t is None or t.kind != WORD:
            # English compounds: "a 10-year deal", "three-day visit".
            if t is not None and not self.ar and t.kind == SYM and t.text == "-" and self.glued(j):
                w = self.tok(j + 1)
                if w is not None and w.kind == WORD and self.glued(j + 1) and (
                    w.key in p.time_nouns or w.key in p.count_nouns or w.key in p.compound_nouns
                ):
                    return j + 1, j + 2  # "25-member", "three-judge"
            return None
        if self.ar:
            key = t.key
            if key in p.not_counted or len(key) < 2:
                return None
            if key in p.scales or key in p.units or key in p.tens or key in p.hundreds:
                return None
            if self._month_at(j) is not None or self.strip(key, p.weekdays, ("و",)) is not None:
                return None
            if key in p.relative_days or key in p.identifier_cues or key in p.clock_cues:
                return None
            if key.startswith("ال"):
                return None
            if key.startswith("و") and key not in p.waw_nouns:
                return None
            if (key.startswith("بال") or key.startswith("لل") or key.startswith("فال") or key.startswith("كال")):
                return None
            return j, j + 1
        # English: skip up to two modifiers to the noun: "Ten former directors", "20 British soldiers".
        for k in range(j, min(j + 3, self.n)):
            w = self.toks[k]
            if w.kind != WORD or (k > j and not self.spaced(k)):
                return None
            key = w.key
            if key in _COUNT_MODIFIERS and k < j + 2:
                continue  # "10 more aircraft", "20 new stores"
            if key in p.not_counted or key in p.scales or key in p.units or key in p.tens:
                return None
            if (w.text,) in p.months or w.text in p.weekdays:
                return None
            if key in p.count_nouns or key in p.time_nouns:
                return k, k + 1
            if w.text[-1:] == "s" and len(w.text) >= 3 and w.text[:-1].isupper():
                return k, k + 1  # "32 Labour MPs", "200 NGOs"
            if key.endswith("s") and not key.endswith("ss") and len(key) > 3 and not key.endswith("'s") \
                    and not key.endswith("us") and not key.endswith("is"):
                if k > j and w.text[:1].isupper() and key.endswith(("ms", "as", "os")):
                    return None  # "8 Venus Williams", "16 Tommy Haas": a ranked name, not a count
                return k, k + 1
            if k == j and (key.endswith("ly") or key.endswith("ing")):
                return None
        return None

    def _dual(self, i: int, proclitic: int) -> list[Draft] | None:
        """"زار دولتين", "خلال عامين اثنين": an indefinite dual noun counts two."""
        t = self.toks[i]
        prev = self.tok(i - 1)
        if prev is not None and (prev.kind == NUM or (prev.kind == WORD and self.number_expr(i - 1) is not None)):
            return None
        qualifier, _ = self._qualifier(i)
        end_i = i + 1
        if self.in_set(end_i, self.pack.dual_emphasis):
            end_i += 1
        norm = self.ex.norm
        start = t.start + proclitic
        counted = norm.original[norm.to_original(start):norm.to_original_end(t.end)]
        return [Draft("count", start, self.toks[end_i - 1].end, value=2, counted=counted, qualifier=qualifier)]

    def _age_end(self, start_i: int, j: int) -> int | None:
        """End index of an age after the number ending at j: "75-year-old", "75 years old", "aged 75",
        "عمره 75 عاما", "75 عاما من العمر"; None when the number is not an age."""
        p = self.pack
        if not p.age_nouns:
            return None
        t = self.tok(j)
        if not self.ar and self.word_key(start_i - 1) == "of" and self.word_key(start_i - 2) in p.age_cues_before \
                and (t is None or t.kind == SYM or self.word_key(j) in p.not_counted):
            return j  # "at the age of 80"
        before, close = self.tok(start_i - 1), self.tok(j + 1)
        if self.word_key(j) in p.age_nouns and before is not None and before.text == "(" and close is not None \
                and close.text == ")":
            return j + 1  # "لانزيني (22 عاما)": an age in brackets after a name
        if t is not None and t.kind == SYM and t.text == "-" and self.glued(j) and not self.ar:
            if self.word_key(j + 1) in p.age_nouns and self.tok(j + 2) is not None and self.toks[j + 2].text == "-" \
                    and self.word_key(j + 3) == "old":
                return j + 4
            return None
        if self.word_key(j) in p.age_nouns:
            for phrase in p.age_after:
                if tuple(self.word_key(k) for k in range(j + 1, j + 1 + len(phrase))) == phrase:
                    return j + 1 + len(phrase)
            # An age cue among the three words before ("aged", "عمره"); looked at only here (it is not cheap).
            if any(self.in_set(k, p.age_cues_before) for k in range(max(0, start_i - 3), start_i)):
                return j + 1
            return None
        # (The cue test of the branch above holds here: the word right before is a cue.)
        if not self.ar and self.word_key(start_i - 1) in p.age_cues_before and (
            t is None or t.kind == SYM or self.word_key(j) in p.not_counted
        ):
            return j  # "aged 75"
        return None

    def _ratio(self, n1: NumberExpr, n2: NumberExpr | None, j: int) -> tuple[Decimal, int] | None:
        """"1 in 5" (children): a share, as a percent with unit "ratio"."""
        p = self.pack
        if n2 is not None or not p.ratio_words or n1.scale or self.word_key(j) not in p.ratio_words:
            return None
        k = j + 1
        if self.word_key(j) == "out" and self.word_key(k) == "of":
            k += 1
        second = self.tok(k)
        if second is None or second.kind != NUM or not second.text.isdigit() or not n1.plain_digits:
            return None
        low, high = n1.value, Decimal(second.text)
        if not 0 < low < high or high > 1000:
            return None
        return (low * 100 / high).quantize(Decimal("0.01")).normalize(), k + 1

    def _minus_before(self, i: int) -> int | None:
        """Token index of a minus sign before token i: "-3.2%" (sign glued, a space before it), "minus 5"."""
        prev = self.tok(i - 1)
        if prev is None:
            return None
        if prev.kind == SYM and prev.text == "-" and self.glued(i) and i - 1 > 0:
            before = self.toks[i - 2]
            if before.end < prev.start and before.kind == WORD:
                return i - 1
            return None
        if prev.kind == WORD and prev.key in self.pack.minus_words:
            return i - 1
        return None

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        found = self.phrase_before(i, self.pack.qualifiers)  # type: ignore[arg-type]
        if found is None:
            # Trailing qualifier: "98% تقريبا" is rarer; "or so" ignored.
            return None, i
        return str(found[0]), found[1]

    def _is_change(self, i: int) -> bool:
        verbs = self.pack.change_verbs
        for k in range(max(0, i - 6), i):
            t = self.toks[k]
            if t.kind != WORD:
                continue
            key = t.key
            for v in verbs:
                if key.startswith(v) or (self.ar and len(key) > len(v) and key[1:].startswith(v)):
                    return True
        return False

    def quantity(self, i: int) -> list[Draft] | _Skip | None:
        p = self.pack
        n1 = self.number_expr(i)
        if n1 is None:
            return None
        if self.ar:
            self._join_scaled_parts(n1)
        if p.ratio_words and self.word_key(i - 1) in p.ratio_words and self.word_key(i - 2) == "one" and \
                not n1.scale and 1 < n1.value <= 1000:
            # "One in five voters": "one" is not an anchor, so the share is read from its second number.
            value = (Decimal(100) / n1.value).quantize(Decimal("0.01")).normalize()
            return [Draft("percent", self.toks[i - 2].start, self.toks[n1.end_i - 1].end, value=number_value(value),
                          unit="ratio")]
        start_i = n1.start_i
        cur_before = self._currency_before(i)
        if cur_before is not None:
            start_i = cur_before[1]
        qualifier, _ = self._qualifier(start_i)
        j = n1.end_i
        after = self.tok(j)
        if after is not None and after.kind == WORD and self.glued(j) and after.key in _ORDINAL_SUFFIXES and \
                not self.ar:
            return _Skip(j + 1)  # "17th game": a rank, not a quantity
        n2: NumberExpr | None = None
        connector = None
        t = self.tok(j)
        if t is not None and t.text == "%" and self.tok(j + 1) is not None and \
                self.toks[j + 1].key in ("to", "and", "-", "الي", "و", "حتي") and self.tok(j + 2) is not None \
                and self.toks[j + 2].kind == NUM:
            second = self.number_expr(j + 2)
            if second is not None and self._percent_after(second.end_i) is not None:
                j += 1  # "2% and 2.5%": the sign repeats on both ends
            else:
                t = None  # "rose 46% to 420 million": a percent, then another figure
            t = self.tok(j)
        if t is not None and t.kind == SYM and t.text == "-":
            k = j + 1
            if self._currency_before(k + 1) is not None and self.tok(k) is not None and \
                    self.toks[k].text in p.currency_symbols:
                k += 1
            n2 = self.number_expr(k)
            connector = "-"
        elif t is not None and t.kind == WORD and t.key in ("to", "and", "الي", "حتي", "و", "او", "or"):
            k = j + 1
            if self.tok(k) is not None and self.toks[k].text in p.currency_symbols:
                k += 1
            n2 = self.number_expr(k)
            connector = t.key
            if n2 is not None:
                between = self.in_set(start_i - 1, frozenset({"between", "بين", "ما"})) or (
                    qualifier is None and self.word_key(start_i - 1) in ("between", "بين"))
                if connector in ("and", "و") and not between:
                    n2 = None
                if connector in ("او", "or"):
                    n2 = None
        if n2 is not None:
            if n2.scale and not n1.scale and n1.value < n2.raw * 1000 and n1.value <= n2.raw:
                n1.value, n1.scale = n1.value * n2.scale, n2.scale
            elif n2.scale and not n1.scale and n1.value < n2.raw:
                n1.value, n1.scale = n1.value * n2.scale, n2.scale
            if n2.value <= n1.value:
                if connector == "-" and n1.plain_digits and n2.plain_digits and not n1.scale:
                    return _Skip(n2.end_i)  # a score: "2-1", "42-6"
                n2 = None
        if n2 is not None and connector == "-" and n1.plain_digits and n2.plain_digits and n2.value <= 7:
            k = n2.end_i + 1 if self.tok(n2.end_i) is not None and self.toks[n2.end_i].text == "(" else n2.end_i
            after = self.tok(k)
            if after is not None and after.kind == NUM and self.tok(k + 1) is not None and \
                    self.toks[k + 1].text == "-":
                return _Skip(k + 3)  # a tennis score: "5-7 6-0 6-2", "6-7 (3-7)"
        if n2 is not None and connector == "-" and n1.plain_digits and n2.plain_digits and n2.value <= 10 and \
                self.tok(n1.start_i - 1) is not None and self.toks[n1.start_i - 1].text == "(" and \
                self.tok(n2.end_i) is not None and self.toks[n2.end_i].text == ")" and \
                self._percent_after(n2.end_i + 1) is None and self._measure_after(n2.end_i + 1) is None and \
                self._currency_after(n2.end_i + 1) is None:
            return _Skip(n2.end_i + 1)  # "6-7 (3-7)": a tie-break score
        end_i = n2.end_i if n2 is not None else n1.end_i
        if n2 is None and n1.plain_digits is not None and n1.end_i == i + 1:
            # A score or pair of small numbers with nothing after: "2-1", "3-0".
            pass
        kind = "number"
        unit = None
        currency = None
        candidates: list[str] = []
        counted = None
        cur_after = None
        close = self.tok(end_i)
        if close is not None and close.text in ")]" and n1.start_i > 0 and self.toks[n1.start_i - 1].text in "([" \
                and not n1.parenthesized and (self._percent_after(end_i + 1) or self._currency_after(end_i + 1)
                                               or self._measure_after(end_i + 1)):
            # "(32-48) كلغ": the unit after the closing bracket applies to the bracketed figures.
            start_i = min(start_i, n1.start_i - 1)
            end_i += 1
        percent = self._percent_after(end_i)
        if percent is not None:
            kind, end_i, unit = "percent", percent[0], percent[1]
        else:
            cur_after = self._currency_after(end_i)
            if cur_before is not None or cur_after is not None:
                kind = "money"
                if cur_after is not None:
                    cur, end_i, code = cur_after
                    if cur.needs_number and n1.is_word and not n1.scale:
                        return None
                else:
                    cur, code = cur_before[0], None  # type: ignore[index]
                if code is None:
                    code, candidates = self.ex.resolve_currency(cur, self.bounds)
                currency = code
                if self.ar and n2 is None and n1.scale:
                    end_i = self._money_tail(n1, end_i, cur)
                if cur.divisor != 1:  # "50 cents", "50 سنتا": a subunit, the value is in the currency's units
                    n1.value /= cur.divisor
                    if n2 is not None:
                        n2.value /= cur.divisor
            else:
                measure = self._measure_after(end_i)
                age_end = self._age_end(start_i, end_i)
                ratio = self._ratio(n1, n2, end_i)
                if ratio is not None:
                    kind, unit, end_i = "percent", "ratio", ratio[1]
                    n1 = NumberExpr(ratio[0], n1.start_i, n1.end_i)
                    n2 = None
                elif age_end is not None:
                    unit, end_i = "years old", age_end
                elif measure is not None:
                    unit, end_i = measure
                else:
                    found = self._counted_after(end_i, n2 or n1)
                    if found is None and not self.ar:
                        # "20 Boeing 737 jets", "12 F-16 fighters": the noun after a model name is counted.
                        model_end = self._model_end(end_i)
                        if model_end is not None:
                            found = self._counted_after(model_end, n2 or n1)
                            if found is not None and found[0] != model_end:
                                found = None
                    if found is None and self.ar and self.word_key(end_i) == "من":
                        # "20 من الجنود": the counted noun after من, definite.
                        nt = self.tok(end_i + 1)
                        if nt is not None and nt.kind == WORD and nt.key.startswith("ال") and \
                                len(nt.key) > 4 and nt.key not in p.percent_words and \
                                self._percent_after(end_i) is None:
                            found = (end_i + 1, end_i + 2)
                    if found is not None:
                        kind = "count"
                        counted = self.ex.norm.original[
                            self.ex.norm.to_original(self.toks[found[0]].start):
                            self.ex.norm.to_original_end(self.toks[found[0]].end)
                        ]
                        end_i = found[1]
        if kind == "number" and n2 is None and connector == "-" and n1.plain_digits is not None:
            nxt2 = self.number_expr(n1.end_i + 1)
            if nxt2 is not None and nxt2.value <= 30 and n1.value <= 30:
                return _Skip(n1.end_i + 2)  # a score
        prefix = self.tok(i - 1)
        if kind == "number" and n2 is None and prefix is not None and prefix.kind == WORD and self.ar and \
                prefix.key in ("ال", "وال", "بال", "لل") and (self.glued(i) or prefix.end == self.toks[i].start - 1):
            return _Skip(n1.end_i)  # "الـ13", "الساعات الـ 24": a rank or a definite reference
        if kind == "number" and n1.parenthesized and n2 is None and n1.plain_digits and n1.value <= 50:
            return _Skip(n1.end_i)  # "(2)": a numbered point
        opener = self.tok(n1.start_i - 1)
        if n1.parenthesized and n2 is None and n1.plain_digits and n1.value <= 50 and (
            self.toks[n1.start_i].start == self.bounds[0] or (opener is not None and opener.text in ":؛")
        ):
            return _Skip(n1.end_i)  # "(5) تمويل ...": a numbered point opening its sentence
        if kind == "number" and self.ar and unit is None and n2 is None and not n1.scale:
            k = end_i + 1 if self.tok(end_i) is not None and self.toks[end_i].text == "-" else end_i
            latin = self.tok(k)
            if latin is not None and latin.kind == WORD and latin.text.isascii():
                return _Skip(end_i)  # "88591 - Stc 635031": short codes next to operator names
        if kind == "number" and not self.ar and unit is None and n2 is None and not n1.scale:
            nt = self.tok(end_i)
            if nt is not None and nt.kind == WORD and nt.text[:1].isupper() and self.spaced(end_i) and \
                    (nt.text,) not in p.months and nt.text not in p.weekdays:
                return _Skip(end_i + 1)  # "50 Cent", "Police drama 36 Quai": part of a name
        if kind == "number" and n1.is_word and not n1.scale and n2 is None and unit is None:
            # Spelled-out numbers stand alone only with what they count or measure ("the three" is not a claim).
            return None
        if kind == "number" and unit is None and n2 is None and n1.end_i == i + 1 and self.toks[i].text.isdigit() \
                and len(self.toks[i].text) >= 7 and not n1.scale:
            return _Skip(n1.end_i)  # "920001234": a bare run of 7+ digits is a phone or reference number
        sign = self._minus_before(start_i)
        if sign is not None and kind in ("number", "percent") and n2 is None:
            start_i = sign
            n1.value = -n1.value
        span_start = self.toks[start_i].start
        span_end = self.toks[end_i - 1].end
        high = number_value(n2.value) if n2 is not None else None
        draft = Draft(kind, span_start, span_end, value=number_value(n1.value), value_high=high,
                      currency=currency, currency_candidates=candidates, counted=counted, unit=unit,
                      qualifier=qualifier)
        if n2 is not None and connector in ("to", "الي", "حتي") and self._is_change(start_i):
            # "rose from 10 to 15%": two figures, not a range.
            first_end = n1.end_i
            if self.tok(first_end) is not None and self.toks[first_end].text == "%":
                first_end += 1  # "up 0.1% to 4.7%"
            first = Draft(kind, span_start, self.toks[first_end - 1].end, value=number_value(n1.value),
                          currency=currency, currency_candidates=list(candidates), counted=counted, unit=unit,
                          qualifier=qualifier)
            k2 = n2.start_i
            if k2 > 0 and self.toks[k2 - 1].text in p.currency_symbols:
                k2 -= 1
            second_start = self.toks[k2].start
            second = Draft(kind, second_start, span_end, value=number_value(n2.value), currency=currency,
                           currency_candidates=list(candidates), counted=counted, unit=unit)
            return [first, second]
        return [draft]


class _NumberTables:
    """Membership view over every number-word table of a pack."""

    __slots__ = ("p",)

    def __init__(self, p: Language) -> None:
        self.p = p

    def __contains__(self, key: object) -> bool:
        p = self.p
        return key in p.units or key in p.tens or key in p.hundreds or key in p.scales or key in p.duals or \
            key in p.fractions


def parse_digits(text: str) -> Decimal | None:
    """The value of a digit string with thousands separators and a decimal mark, or None when it is not a
    well-formed number (a list "1,2,3", a version "1.2.3", an over-long run)."""
    if text.isdigit():
        if len(text) > MAX_DIGITS:
            return None
        return Decimal(text)
    if len(text) > MAX_DIGITS + 10:
        return None
    seps = [c for c in text if not c.isdigit()]
    groups = _GROUP_SPLIT_RE.split(text)
    if seps == ["ر"]:
        # "3ر62": a decimal written with ر in right-to-left order (62.3), as some Arabic agencies print it.
        return Decimal(groups[1] + "." + groups[0])
    if "ر" in seps:
        return None
    try:
        if all(s == "." for s in seps):
            if len(seps) == 1:
                return Decimal(text)
            if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
                return Decimal("".join(groups))
            return None
        if all(s == "," for s in seps):
            if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
                return Decimal("".join(groups))
            if len(seps) == 1 and 1 <= len(groups[1]) <= 2:
                return Decimal(groups[0] + "." + groups[1])
            return None
        if all(s == "،" for s in seps):
            if len(seps) == 1:
                return Decimal(groups[0] + "." + groups[1])
            return None
        # Mixed: "1,234.5" or "1.234,5" (the last separator is the decimal mark).
        last = seps[-1]
        thousands = seps[:-1]
        if last in ".," and thousands and all(s == thousands[0] for s in thousands) and thousands[0] != last \
                and thousands[0] in ".,":
            if all(len(g) == 3 for g in groups[1:-1]) and 1 <= len(groups[0]) <= 3:
                return Decimal("".join(groups[:-1]) + "." + groups[-1])
        return None
    except InvalidOperation:
        return None
