"""Arabic: is a noun counted elsewhere in the text? The words of the normalized text are read once per extraction
run and indexed, so each question is a lookup, not a rescan (a text repeating "سيارة واحدة، منزل واحد، ..." or
"الأشخاص الخمسة" stays linear). Used by counts_one_ar ("one" answering other counts of its noun in the sentence),
counts_definite_ar (a definite cardinal referring back to a group counted before) and counts_ar (a prison term
anywhere in the sentence)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claims.languages import Language

if TYPE_CHECKING:
    from claims.engine.extractor import Extractor

# The words and figures of a text ("4عقارات": a figure and a word; "3/1", a score, one figure of no value).
_WORDS_RE = re.compile(r"\d[\d/]*|[^\W\d_]+")
_FIGURE_GAP = frozenset(" \t\n(«\"")  # what may stand between a figure and the word it counts ("(26 ميدالية")
FIGURE_REACH = 2  # words between a noun and its figure in an earlier mention ("خمسة أشخاص", "الدوائر الخمس")
# Script facts (normalized: ة is ه): the endings of a singular noun's other numbers (dual, sound plurals, the
# accusative alif) and the letters glued before a noun (conjunction, preposition, article).
NUMBER_ENDINGS = frozenset({"", "ه", "ا", "ات", "ين", "ون", "ان", "تين", "تان", "يه"})
DUAL_ENDINGS = frozenset({"تين", "تان"})  # "عجلتين": a count of two by itself
_DUAL_TUPLE = tuple(DUAL_ENDINGS)
NOUN_PREFIXES = frozenset({"", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "وب", "ول"})
MAX_PREFIX = 3
MIN_STEM = 3  # a shorter stem matches too many words
_MAX_ENDING = max(len(e) for e in NUMBER_ENDINGS)
_ONE_LETTER_PROCLITICS = tuple(sorted(p for p in NOUN_PREFIXES if len(p) == 1))  # (و ب ل ف)
_NEAR_CHARS = 40  # characters read on each side of a mention for the figure near it (two words and more)


class _SentenceWords:
    """The words of one sentence: offsets and strings (read once, on first use)."""

    __slots__ = ("ends", "starts", "words")

    def __init__(self, text: str, s: int, e: int) -> None:
        found = list(_WORDS_RE.finditer(text, s, e))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.words = [m.group() for m in found]


class TextWordsAr:
    """Questions about the words of one normalized text, each answered without rescanning per claim: a sentence's
    words are read and indexed once; a look back reads a bounded stretch in one regex call."""

    def __init__(self, text: str, language: Language) -> None:
        self.text = text
        self.language = language
        self._sentences: dict[tuple[int, int], _SentenceWords] = {}
        self._noun_proclitics = frozenset(language.proclitics_definite_number) | frozenset(language.proclitics)
        self._tallied: dict[tuple[int, int], dict[str, list[int]]] = {}  # sentence -> stem -> starts
        self._term_sentences: dict[tuple[int, int], bool] = {}
        self._mentions: dict[tuple[str, int, int], bool] = {}  # (stem, value, position) -> a figure of it near

    def _sentence(self, sentence: tuple[int, int]) -> _SentenceWords:
        words = self._sentences.get(sentence)
        if words is None:
            words = self._sentences[sentence] = _SentenceWords(self.text, *sentence)
        return words

    # -- figures --------------------------------------------------------------------------------------------------
    def figure_value(self, word: str) -> int | None:
        """The value of a figure written as one word: digits ("5"), a number word, maybe definite ("خمسة",
        "الخمس")."""
        if word.isdigit():
            return int(word)
        data = self.language
        found = _strip(word, data.units, data.proclitics_definite_number) or _strip(word, data.units,
                                                                                   data.proclitics)
        return data.units[found[1]] if found is not None else None

    def is_figure(self, word: str) -> bool:
        """Digits ("26", "3/1") or a number word, maybe after a proclitic ("بثلاثة")."""
        return word[:1].isdigit() or word in _figure_words(self.language)

    def _figure_before(self, sw: _SentenceWords, k: int) -> bool:
        """Word k-1 of the sentence is a figure standing right before word k (only spaces or an opening mark
        between: "(26 ميدالية", "4عقارات")."""
        if k == 0:
            return False
        gap = self.text[sw.ends[k - 1]:sw.starts[k]]
        return all(c in _FIGURE_GAP for c in gap) and self.is_figure(sw.words[k - 1])

    # -- a definite cardinal's group counted before ----------------------------------------------------------------
    def counted_before(self, stem: str, value: int, start: int, reach: int) -> bool:
        """A word that is `stem` (maybe after a proclitic) within FIGURE_REACH words of a figure of `value`, in the
        `reach` characters before `start` ("توفي خمسة أشخاص ... ووفاة الأشخاص الخمسة"). The stem is found by
        substring search, the nearest mention first; only a few words around each mention are read."""
        text, lo, cut = self.text, max(0, start - reach), len(stem)
        pos = text.rfind(stem, lo, start)
        while pos >= 0:
            inside = pos - _NEAR_CHARS >= lo and pos + cut + _NEAR_CHARS <= start  # (then the answer is the mention's
            key = (stem, value, pos)  # own, whatever the start: kept, so a text repeating the group reads it once)
            found = self._mentions.get(key) if inside else None
            if found is None:
                found = self._figure_near(stem, value, pos, lo, start)
                if inside:
                    self._mentions[key] = found
            if found:
                return True
            pos = text.rfind(stem, lo, pos + cut - 1) if pos > lo else -1
        return False

    def _figure_near(self, stem: str, value: int, pos: int, lo: int, start: int) -> bool:
        """The mention of `stem` at `pos` is a whole word (maybe after a proclitic) with a figure of `value` within
        FIGURE_REACH words of it, reading no further than `lo` back and `start` on."""
        text, cut = self.text, len(stem)
        right = _WORDS_RE.findall(text, pos, min(start, pos + cut + _NEAR_CHARS))
        if not right or right[0] != stem:
            return False
        left = _WORDS_RE.findall(text, max(lo, pos - _NEAR_CHARS), pos)
        glued = bool(left) and pos > lo and text[pos - 1].isalpha()
        if glued and left[-1] not in self._noun_proclitics:
            return False
        before = left[:-1] if glued else left
        near = before[-FIGURE_REACH:] + right[1:1 + FIGURE_REACH]
        return any(self.figure_value(w) == value for w in near)

    # -- "one" answering other counts of its noun in the sentence ---------------------------------------------------
    def has_any_word(self, sentence: tuple[int, int], forms: Iterable[str]) -> bool:
        """One of `forms` is a word of the sentence, bare or after one proclitic letter ("وحريقان", "بهجومين")."""
        sw = self._sentence(sentence)
        words = set(sw.words)
        return any(f in words or any(p + f in words for p in _ONE_LETTER_PROCLITICS) for f in forms)

    def tallied_elsewhere(self, stems: Iterable[str], sentence: tuple[int, int], at: int) -> bool:
        """One of `stems` stands in another word of the sentence (not the one starting at `at`), with a noun
        prefix and a number ending, as a dual or right after a figure ("عجلتين", "26 ميدالية", "بثلاثة
        مستخدمين")."""
        table = self._tallied.get(sentence)
        if table is None:
            table = self._tallied[sentence] = self._index_tallied(self._sentence(sentence))
        return any(any(start != at for start in table.get(stem, ())) for stem in stems)

    def _index_tallied(self, sw: _SentenceWords) -> dict[str, list[int]]:
        """Stem -> starts of the sentence's words that are a prefix, the stem and a number ending, and a dual or
        right after a figure: every way to split each word, read once per sentence."""
        table: dict[str, list[int]] = {}
        for k, word in enumerate(sw.words):
            figure = self._figure_before(sw, k)
            if not figure and not word.endswith(_DUAL_TUPLE):
                continue  # (most words: neither after a figure nor a dual, no split to try)
            for at in range(min(MAX_PREFIX, len(word)) + 1):
                if word[:at] not in NOUN_PREFIXES:
                    continue
                for cut in range(_MAX_ENDING + 1):
                    stem, ending = word[at:len(word) - cut], word[len(word) - cut:]
                    if len(stem) >= MIN_STEM and ending in NUMBER_ENDINGS and (figure or ending in DUAL_ENDINGS):
                        table.setdefault(stem, []).append(sw.starts[k])
        return table

    # -- a prison term in the sentence ----------------------------------------------------------------------------
    def has_term_word(self, sentence: tuple[int, int]) -> bool:
        """A word of a prison term ("بالسجن", "المؤبد": `sentence_term_words`) anywhere in the sentence."""
        found = self._term_sentences.get(sentence)
        if found is None:
            data = self.language
            terms = data.sentence_term_words
            s, e = sentence
            part = self.text[s:e]
            found = any(term in part for term in terms) and any(
                _strip(m.group(), terms, data.proclitics_membership) is not None for m in _WORDS_RE.finditer(part))
            self._term_sentences[sentence] = found
        return found


_FIGURE_WORDS: dict[int, tuple[Language, frozenset[str]]] = {}  # id(language) -> its number words with proclitics


def _figure_words(language: Language) -> frozenset[str]:
    """The language's number words, bare and after each number-word proclitic (as Cursor.strip reads them), built
    once a language."""
    cached = _FIGURE_WORDS.get(id(language))
    if cached is None or cached[0] is not language:
        words = language.number_words
        forms = frozenset(words) | {p + w for p in language.proclitics_number_word for w in words if len(w) > 1}
        cached = _FIGURE_WORDS[id(language)] = (language, forms)
    return cached[1]


def _strip(key: str, table: frozenset[str] | dict, proclitics: Iterable[str]) -> tuple[str, str] | None:
    """(proclitic, bare) when key, or key minus a proclitic, is in table (as Cursor.strip for Arabic)."""
    if key in table:
        return "", key
    for p in proclitics:
        if len(key) > len(p) + 1 and key.startswith(p) and key[len(p):] in table:
            return p, key[len(p):]
    return None


def text_words_ar(ex: Extractor) -> TextWordsAr:
    """The run's TextWordsAr, built on first use and kept on the extraction run `ex`."""
    words = ex.text_words_ar
    if words is None:
        words = ex.text_words_ar = TextWordsAr(ex.norm.text, ex.language)
    return words
