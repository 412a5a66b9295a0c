"""Scanning a whole text before any parsing: masks (URLs, e-mails, hashtags), sentence bounds, anchor positions
(where a claim may start), decimals typed right-to-left, and the language of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import filterfalse

import regex

from claims.engine.limits import MAX_SENTENCE_CHARS
from claims.engine.marks import SENTENCE_END_MARKS
from claims.languages import Language

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
MASK_TRIGGERS: tuple[tuple[tuple[str, ...] | re.Pattern, regex.Pattern], ...] = tuple(
    (re.compile("|".join(re.escape(t) for t in triggers)) if len(triggers) > 2 else triggers, pattern)
    for triggers, pattern in _MASK_PATTERNS
)
# A line break, or a final mark (then an optional closing quote) and spaces. One character class opens the pattern
# (the lookbehind only tells which of the two it was), so the standard library's engine skips ahead to the next
# candidate character in C: twice as fast as the two alternatives, whose first characters it would try one by one.
_SENTENCE_END_RE = re.compile(r"[\r\n" + "".join(sorted(SENTENCE_END_MARKS)) + r"](?:(?<=[\r\n])[\r\n]*|[\"'»”)]?[ ]+)")
_ARABIC_LETTER_RE = regex.compile(r"\p{Arabic}")
_LATIN_LETTER_RE = regex.compile(r"[A-Za-z]")
_DIGITS_RE = regex.compile(r"[0-9]+")
_SPLIT_MARKS = ("-", "/", "(", ")", "«", "»", '"', "،", ",", ".", ":", "؛", ";", "“", "”")
_EDGE_DIGITS = "0123456789"
_GROUPED_BEFORE = "0123456789.,/٫٬"  # before a broken decimal's whole digits: a year's, a date's or a group's
CENTS_SIGNS = "$£€"  # signs of decimal currencies whose cents a typed space may split from the whole ("US$26. 16")
_EDGE_PUNCT = "\"'()[]{}<>«»“”‘’.,،;؛:!?؟…-/\\*|+=~_%$€£¥#@&^•■●▪►"  # with bullets glued to a list item ("■Twelve")
_REVERSED_DECIMAL_RE = regex.compile(r"(?<![0-9.])[0-9]++\.\u200f[0-9]++")
# Marks that end a clause: final marks, semicolons and commas; not a dot or comma inside a figure ("3.5", "42,500").
_CLAUSE_MARK_RE = re.compile(r"[!?؟؛;،]|[.,](?![0-9])")


def detect_lang(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin letters in the text (its first 20,000 characters), else 'en'."""
    if not isinstance(text, str):
        raise ValueError(f"text must be str, not {type(text).__name__}")
    sample = text[:20000]
    arabic = len(_ARABIC_LETTER_RE.findall(sample))
    latin = len(_LATIN_LETTER_RE.findall(sample))
    return "ar" if arabic > 0 and arabic >= latin else "en"


def find_masks(text: str) -> list[tuple[int, int]]:
    """Sorted spans of URLs, e-mail addresses, hashtags and @mentions."""
    masks: list[tuple[int, int]] = []
    for triggers, pattern in MASK_TRIGGERS:
        if any(t in text for t in triggers) if isinstance(triggers, tuple) else triggers.search(text):
            masks.extend(m.span() for m in pattern.finditer(text))
    return sorted(masks)


def reversed_decimal_starts(original: str) -> list[int]:
    """Original offsets of decimals typed right-to-left ("38.<RLM>57")."""
    if "\u200f" not in original:
        return []
    return [m.start() for m in _REVERSED_DECIMAL_RE.finditer(original)]


def clause_words(text: str, sentence: tuple[int, int], start: int, end: int) -> list[str]:
    """The words of the clause that holds text[start:end], read from the sentence text, never from a parse window:
    a context cue a rule looks for in the clause is then found whatever other anchors lie near (windows merge,
    so the tokens a window holds before a figure depend on its neighbours; tests/unit/claims/test_window_context.py).
    The clause runs from the last clause mark before `start` to the first at or after `end`, within the sentence."""
    s, e = sentence
    lo = s
    for m in _CLAUSE_MARK_RE.finditer(text, s, start):
        lo = m.end()
    m = _CLAUSE_MARK_RE.search(text, end, e)
    hi = m.start() if m is not None else e
    return [w.strip(_EDGE_PUNCT) for w in text[lo:hi].split()]


def split_sentences(text: str, abbreviations: frozenset[str], closers: frozenset[str] = frozenset(),
                    continued: frozenset[str] = frozenset(),
                    continued_before: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The sentences of text as (start, end) offsets. A full stop after one of `abbreviations` ends none; after one
    of `continued` ("a.m"), none when a word in lower case or one of `continued_before` (weekdays) follows."""
    bounds: list[tuple[int, int]] = []
    start = 0
    add = bounds.append
    for m in _SENTENCE_END_RE.finditer(text):
        # The sentence ends right after its punctuation mark (a closing quote after it belongs to neither);
        # the mark opens the match.
        m_start, m_end = m.span()
        if text[m_start] in "\r\n":  # line break
            end = m_start
        else:
            end = m_start + 1
            if text[m_start] == "." and m_start and text[m_start - 1] in _EDGE_DIGITS and (
                    split_cents(text, m_start) or broken_decimal(text, m_start, closers)):
                continue  # "(US$26. 16)", "3. 2 جنيه": a decimal typed with a space after its point, no sentence end
            if abbreviations and text[m_start] == ".":
                word = text[max(start, m_start - 8):m_start].rpartition(" ")[2].lstrip("\"'(“‘")
                if word in abbreviations or (len(word) == 1 and word.isupper()) or (
                        "-" in word and word.rpartition("-")[2] in abbreviations) or (  # "Jan. 1-Nov. 3": a range
                        "/" in word and word.rpartition("/")[2] in abbreviations) or (  # "46,000/No. 10": a pair
                        "(" in word and word.rpartition("(")[2] in abbreviations):  # "Monday(Oct. 10)": glued
                    continue
                if word in continued and _continued_after(text, m_end, continued_before):
                    continue  # "until 10 a.m. Monday, according to", "at 9 a.m. and"
        if start < end and end - start <= MAX_SENTENCE_CHARS and not text[start].isspace() \
                and not text[end - 1].isspace():
            add((start, end))  # the common case of _add_sentence, inline
        else:
            _add_sentence(text, bounds, start, end)
        start = m_end
    _add_sentence(text, bounds, start, len(text))
    return bounds


def _continued_after(text: str, k: int, words: frozenset[str]) -> bool:
    """The word at offset k starts in lower case or is one of words: the sentence goes on."""
    if k >= len(text) or not text[k].isalpha():
        return False
    if text[k].islower():
        return True
    end = k
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[k:end] in words


def broken_decimal(text: str, dot: int, closers: frozenset[str]) -> bool:
    """The point at `dot` closes one to three digits (no digit, point, comma or slash before them: no year, date or
    grouped figure) and one space, one or two digits, one space and a word that closes a figure follow it
    (`closers`, Language.figure_closers: a currency, scale, measure or percent word): "3. 2 جنيه", "P33. 1 billion",
    "430. 72 كلم". A decimal split by a typed space: no sentence ends there, and numbers/digits reads it whole."""
    k = dot
    while k > 0 and text[k - 1] in _EDGE_DIGITS:
        k -= 1
    if not 1 <= dot - k <= 3 or (k > 0 and text[k - 1] in _GROUPED_BEFORE) or text[dot + 1:dot + 2] != " ":
        return False
    e = dot + 2
    while e < len(text) and text[e] in _EDGE_DIGITS:
        e += 1
    if not 1 <= e - dot - 2 <= 2 or text[e:e + 1] != " ":
        return False
    word = text[e + 1:e + 40].split(maxsplit=1)
    return bool(word) and word[0].strip(_EDGE_PUNCT).lower() in closers


def split_cents(text: str, dot: int) -> bool:
    """The point at `dot` closes whole digits right after a currency sign (`CENTS_SIGNS`) and one space and exactly
    two digits follow it, then a closing bracket or a comma: "(US$26. 16)", "$4. 50,". An amount's cents split off
    by a typed space: no sentence ends there, and numbers/digits._split_decimal_value reads the amount whole."""
    k = dot - 1
    while k >= 0 and (text[k] in _EDGE_DIGITS or text[k] == ","):
        k -= 1
    return k >= 0 and text[k] in CENTS_SIGNS and text[dot + 1:dot + 2] == " " and \
        text[dot + 2:dot + 4].isdigit() and text[dot + 4:dot + 5] in (")", ",")


def _add_sentence(text: str, bounds: list[tuple[int, int]], start: int, end: int) -> None:
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


def anchor_positions(text: str, language: Language, lowered: str | None = None) -> list[int]:
    """Start offsets of anchors: digit runs (one compiled pattern) and the language's anchor words, found by
    splitting the text at whitespace and intersecting with the word set (C-level work, no per-word Python).
    `lowered`: text.lower(), when the caller has it (English)."""
    positions = [m.start() for m in _DIGITS_RE.finditer(text)]
    spaced = text
    for mark in _SPLIT_MARKS:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    if language.lang == "ar":
        lowered = None
    elif lowered is None:
        lowered = text.lower()
    if language.period_between_words:
        _period_between_anchors(text, language, positions, lowered)
    if language.period_qualified_openers and lowered is not None:
        _qualified_period_anchors(text, language, positions, lowered)
    if lowered is not None and "'S" not in text:
        if len(lowered) == len(text):
            positions += _english_anchors(text, spaced, lowered, language)
            positions.sort()
            return positions
    words = set(spaced.split())
    # Only words with punctuation left at an edge need stripping (a set first: each distinct word once; the
    # letters-only words are passed over in C by filterfalse, a third faster than a test in the comprehension).
    odd = {w.strip(_EDGE_PUNCT) for w in filterfalse(str.isalpha, words)}
    words |= odd
    if language.lang == "ar":
        words |= {w.rstrip(_EDGE_DIGITS) for w in odd}  # a month glued to its year: "مايو2013"
    if language.lang != "ar" and "'s" in text:
        words |= {w[:-2] for w in odd if w.endswith("'s")}  # "December's", "Tuesday's": possessive dates
    if language.lang == "ar":
        present = words & language.full_anchors
        if language.dual_pair_anchor_endings:  # "هزتين أرضيتين": a dual and its adjective (rules/counts_dual_ar.py)
            article = language.definite_article  # (not definite, also after a proclitic: "الطائرتين", "بالبيان")
            present |= {w for w in words if w.endswith(language.dual_pair_anchor_endings) and len(w) > 4 and
                        not w.startswith(article) and not w[1:].startswith(article) and
                        not w.endswith(language.dual_pair_not_anchor_endings)}
        searches = [(text, present)]
    else:
        # English month and weekday names count only with their capital ("May", not "may").
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text
        searches = [(lowered, set(map(str.lower, words)) & language.full_anchors),
                    (text, words & language.case_anchors)]
    for haystack, present in searches:
        _find_words(haystack, present, positions)
    positions.sort()
    return positions


_PERIOD_BETWEEN_RES: dict[tuple[frozenset[str], ...], tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
# What `re` matches case-insensitively to an ASCII letter is that letter in either case, the Kelvin sign (all of which
# str.lower() maps onto the lower-case letter) and these three, which it maps elsewhere ("İ" to two characters).
_FOLDS_ELSEWHERE = ("İ", "ı", "ſ")
_GATE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz '-")


def _period_between_anchors(text: str, language: Language, positions: list[int], lowered: str | None = None) -> None:
    """"came a day after the vote", "a week later": a word of time between two events (`period_between_words`) is
    an anchor only after an article and a period noun; alone it is too common (each would open a window). One
    pattern a language, compiled once; one pass over the text. The case-insensitive pattern is slow to scan with
    (as slow as the rest of anchor_positions), so when the words are lower-case ASCII a case-sensitive gate of the
    same three words asks the lower-cased text whether it can match at all (about 1 English article in 50 passes):
    in a text without _FOLDS_ELSEWHERE every match of the pattern lower-cases to a match of the gate."""
    key = (language.article_words, language.period_one_nouns, language.period_between_words,
           language.period_one_adjectives)
    patterns = _PERIOD_BETWEEN_RES.get(key)
    if patterns is None:
        def either(words: frozenset[str]) -> str:
            return "|".join(sorted(map(re.escape, words)))
        adjective = rf"(?:(?:{either(key[3])}) )?" if key[3] else ""  # "a mere day after"
        pattern = re.compile(rf"\b(?:{either(key[0])}) {adjective}(?:{either(key[1])}) ({either(key[2])})\b",
                             re.IGNORECASE)
        safe = all(set(w) <= _GATE_CHARS for w in key[0] | key[1] | key[2] | key[3])
        gate = re.compile(rf"(?:{either(key[0])}) {adjective}(?:{either(key[1])}) (?:{either(key[2])})") \
            if safe else None
        patterns = _PERIOD_BETWEEN_RES[key] = (pattern, gate)
    pattern, gate = patterns
    if gate is not None and not any(c in text for c in _FOLDS_ELSEWHERE) and \
            gate.search(text.lower() if lowered is None else lowered) is None:
        return
    positions.extend(m.start(1) for m in pattern.finditer(text))


_QUALIFIED_PERIOD_RES: dict[tuple[frozenset[str], ...], tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]] = {}


def _qualified_period_patterns(language: Language) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The lower-case patterns of _qualified_period_anchors, compiled once a language: what must end the text before
    a period noun (a qualifier's last word and an article, or an article and a word of wholeness), what may follow
    it (a possessive tail, "or so"), and the endings the text before must have for either to be tried."""
    key = (language.period_qualified_openers, language.article_words, language.period_one_adjectives,
           language.period_whole_adjectives, language.period_possessive_tails, language.period_approximate_tails)
    patterns = _QUALIFIED_PERIOD_RES.get(key)
    if patterns is None:
        def either(words: frozenset[str]) -> str:
            return "|".join(sorted(map(re.escape, words)))
        opener, article, adjective, whole, possessive, approximate = map(either, key)
        before = re.compile(rf"(?:\b(?:{opener}) (?:{article}) (?:(?:{adjective}) )?|\b(?:{article}) (?:{whole}) )$")
        after = re.compile(rf"(?:['’]s (?:{possessive})| or (?:{approximate}))\b")
        endings = tuple(w + " " for w in key[1] | key[2] | key[3])
        patterns = _QUALIFIED_PERIOD_RES[key] = (before, after, endings)
    return patterns


def _qualified_period_anchors(text: str, language: Language, positions: list[int], lowered: str) -> None:
    """"in less than an hour", "after a full week of", "a week's worth", "an hour or so": a period noun after an
    article is an anchor only after a qualifier's last word (`period_qualified_openers`), after a word of wholeness,
    or before a possessive tail or "or so" (rules/counts_period_one_en.py); alone it is too common. Each noun is
    found by str.find in the lower-cased text, a space before it; only a whole word after one of the article's or
    adjective's endings is tried against the patterns (a regex over the whole text cost 10% of English speed). A text
    whose lower-cased form changes length (offsets no longer agree) is not read."""
    if len(lowered) != len(text):
        return
    before, after, endings = _qualified_period_patterns(language)
    size = len(lowered)  # ("a week's worth": the noun ends at the apostrophe)
    for noun in language.period_one_nouns:
        spaced = " " + noun
        p = lowered.find(spaced) + 1
        while p:
            q = p + len(noun)
            if (q == size or not lowered[q].isalpha()) and lowered.endswith(endings, max(0, p - 7), p) and (
                    before.search(lowered, max(0, p - 40), p) or after.match(lowered, q)):
                positions.append(p)
            p = lowered.find(spaced, q) + 1


# For a language's (full anchors, case-sensitive anchor names): every lower-cased word of either, and each lower-cased
# name's names (keyed by the two sets: one or two entries).
_LOWERED_NAMES: dict[tuple[frozenset[str], frozenset[str]], tuple[frozenset[str], dict[str, list[str]]]] = {}


def _english_anchors(text: str, spaced: str, lowered: str, language: Language) -> list[int]:
    """anchor_positions' English words, found from the lower-cased text's words alone (cheaper than lower-casing
    each word of the text): the case-sensitive month and weekday names are then looked up in the text itself.

    The same words as the general path when lower-casing keeps the text's length (every character then maps to one;
    tests/unit/claims/test_scanning.py checks that such a character keeps its class) and no "'S" is in the text (so
    a lower-cased "'s" was one already). The anchor sets are intersected with the list of words (no set of all the
    text's words is built: most are no anchor, and building it cost as much as the rest of this pass). The words of
    either kind are picked in one pass over the text's words, then told apart."""
    pieces = spaced.lower().split()
    odd = {w.strip(_EDGE_PUNCT) for w in filterfalse(str.isalpha, pieces)}
    possessive = "'s" in text
    if possessive:
        odd |= {w[:-2] for w in odd if w.endswith("'s")}  # "December's", "Tuesday's": possessive dates
    full, names = language.full_anchors, language.case_anchors
    known = _LOWERED_NAMES.get((full, names))
    if known is None:
        by_lowered: dict[str, list[str]] = {}
        for name in sorted(names):
            by_lowered.setdefault(name.lower(), []).append(name)
        known = _LOWERED_NAMES[(full, names)] = (full | frozenset(by_lowered), by_lowered)
    either, names_by_lowered = known
    found = either.intersection(pieces)
    found |= either.intersection(odd)
    positions: list[int] = []
    _find_words(lowered, found & full, positions)
    named = found.intersection(names_by_lowered)
    if named:
        cased = [name for low in named for name in names_by_lowered[low] if _is_word(spaced, name, possessive)]
        _find_words(text, cased, positions)
    return positions


def _is_word(spaced: str, word: str, possessive: bool) -> bool:
    """`word` is one of the words anchor_positions collects from the spaced text: a piece between spaces, or such a
    piece with punctuation at an edge stripped (and then a possessive "'s"). Each piece is read once (the search
    goes on after it), so the scan stays linear however often the word repeats inside one long piece."""
    k = spaced.find(word)
    while k >= 0:
        start, end = k, k + len(word)
        while start > 0 and not spaced[start - 1].isspace():
            start -= 1
        while end < len(spaced) and not spaced[end].isspace():
            end += 1
        piece = spaced[start:end]
        if piece == word:
            return True
        if not piece.isalpha():
            bare = piece.strip(_EDGE_PUNCT)
            if bare == word or (possessive and bare.endswith("'s") and bare[:-2] == word):
                return True
        k = spaced.find(word, end)
    return False


def _find_words(haystack: str, present: Iterable[str], positions: list[int]) -> None:
    """Every place of each word of `present` in haystack with no letter right before or after it."""
    for word in present:
        size = len(word)
        k = haystack.find(word)
        while k >= 0:
            before = haystack[k - 1] if k else " "
            after = haystack[k + size] if k + size < len(haystack) else " "
            if not before.isalpha() and not after.isalpha():
                positions.append(k)
            k = haystack.find(word, k + size)
