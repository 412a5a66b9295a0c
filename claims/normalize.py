"""Normalization for matching only, with a map from normalized offsets back to the original text.

Characters are either replaced one for one (alef forms, ya, ta marbuta, digits, spaces, dashes; a tatweel run's
first character between two figures, a dash there) or deleted (tatweel, diacritics, zero-width and bidi controls).
Replacements keep offsets; deletions are recorded so that every normalized offset maps back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

_REPLACE = {
    # Alef forms, alef maqsura, ta marbuta (Arabic); Persian kaf/ya/heh look-alikes.
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "\u0672": "ا",  # alef with wavy hamza above ("الٲثنين"), typed for أ on some keyboards
    "\u0673": "ا",  # ... and below
    "\u0675": "ا",  # high hamza alef
    "ى": "ي",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "ۀ": "ه",
    # Decimal and thousands marks, percent sign.
    "٫": ".",
    "٬": ",",
    "٪": "%",
    "﹪": "%",
    "％": "%",
    "\u00ba": "\u00b0",  # the ordinal indicator typed for the degree sign ("40.3\u00baC"; it is a letter to Python)
    # Spaces and dashes.
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
}
# Arabic presentation forms (isolated, final, initial, medial letters), pasted from PDFs ("7ﺟﻨﻴﻬﺎﺕ"): the letter
# each one shows, through the replacements above (ﺃ -> أ -> ا). The lam-alef ligatures are two letters: left alone.
for _cp in range(0xFE80, 0xFEF5):
    _form = unicodedata.normalize("NFKC", chr(_cp))
    if len(_form) == 1:
        _REPLACE[chr(_cp)] = _REPLACE.get(_form, _form)
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _REPLACE[chr(0x06F0 + _i)] = str(_i)  # Extended Arabic-Indic (Persian/Urdu) digits
    _REPLACE[chr(0xFF10 + _i)] = str(_i)  # full-width digits

_DELETE_CHARS = (
    "\u0640"  # tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658\u0659\u065a\u065b"
    "\u065c\u065d\u065e\u065f\u0670"  # harakat, shadda, sukun, superscript alef
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"  # Quranic annotation signs
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb"
    "\u06ec\u06ed"
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2060\ufeff\u00ad"  # zero-width, ZWNJ/ZWJ, LRM/RLM, ALM, BOM, SHY
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi embeddings and isolates
)

if any(len(k) != 1 or len(v) != 1 for k, v in _REPLACE.items()):
    raise ValueError("normalization replacements must be one character for one (offsets depend on it)")
if any(c.isascii() for c in _DELETE_CHARS) or any(c.isascii() for c in _REPLACE if c != "\t"):
    raise ValueError("normalize()'s ASCII shortcut assumes that only the tab among ASCII characters changes")
if set(_REPLACE) & set(_DELETE_CHARS) or set(_REPLACE.values()) & set(_DELETE_CHARS):
    raise ValueError("a character is both replaced and deleted (or replaced by a deleted one)")

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _REPLACE.items()}
for _c in _DELETE_CHARS:
    _TABLE[ord(_c)] = None

# The standard library's engine is several times faster than `regex` on a plain character class, and a class
# with `+` cannot backtrack, so no timeout is needed here.
_DELETED_RUNS = re.compile("[" + re.escape(_DELETE_CHARS) + "]+")


def normalize_word(word: str) -> str:
    """The normalized form of a lexicon entry (no offsets needed)."""
    return word.translate(_TABLE)


@dataclass(slots=True)
class Normalized:
    """Normalized text plus the data to map its offsets back to the original."""

    original: str
    text: str
    # Normalized positions where the cumulative number of deleted characters grows, and that number.
    _breaks: list[int]
    _shifts: list[int]

    def to_original(self, pos: int) -> int:
        """Original offset of the normalized START offset `pos`."""
        if not self._breaks:
            return pos
        k = bisect_right(self._breaks, pos) - 1
        return pos + (self._shifts[k] if k >= 0 else 0)

    def from_original(self, pos: int) -> int:
        """Normalized offset of the original offset `pos` of a kept character."""
        if not self._breaks:
            return pos
        lo, hi = 0, len(self._breaks)
        while lo < hi:  # largest k with breaks[k] + shifts[k] <= pos
            mid = (lo + hi) // 2
            if self._breaks[mid] + self._shifts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return pos - (self._shifts[lo - 1] if lo else 0)

    def to_original_end(self, end: int) -> int:
        """Original offset of the normalized END offset `end` (exclusive): deleted marks after it stay out."""
        if end <= 0:
            return 0
        return self.to_original(end - 1) + 1


_REPLACE_ITEMS = tuple(_REPLACE.items())
# A middle dot between digits is a decimal point in the older British house style ("1·5 km", "Rs33·5bn");
# elsewhere it separates words and is left alone.
_MIDDLE_DOT = "\u00b7"
_MIDDLE_DOT_DECIMAL = re.compile(r"(?<=[0-9])\u00b7(?=[0-9])")


_TATWEEL = "\u0640"
_FIGURE_DIGITS = frozenset("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")


def _tatweel_dashes(text: str) -> str:
    """text with the first tatweel of each run between two figures, a space maybe on either side ("280ـــ300", "15 ـ
    20"), made a hyphen: written for a dash, so "(280ـــ300)" reads as the range "280-300", not 280300. One character
    for one (offsets keep); the rest of the run is deleted as tatweel is elsewhere. Visits the tatweels only."""
    chars: list[str] | None = None
    n = len(text)
    k = text.find(_TATWEEL)
    while k >= 0:
        end = k
        while end < n and text[end] == _TATWEEL:
            end += 1
        before = k - 1 if k > 0 and text[k - 1] != " " else k - 2
        after = end if end < n and text[end] != " " else end + 1
        if before >= 0 and after < n and text[before] in _FIGURE_DIGITS and text[after] in _FIGURE_DIGITS:
            chars = chars or list(text)
            chars[k] = "-"
        k = text.find(_TATWEEL, end)
    return text if chars is None else "".join(chars)


_SPACED_RA = " \u0631 "  # " ر ": the Kuwaiti decimal mark typed with spaces around it
_SPACED_RA_DECIMAL = re.compile(r"(?<=[0-9\u0660-\u0669]) \u0631 (?=[0-9\u0660-\u0669])")


def _spaced_decimal_ra(text: str) -> str:
    """text with the spaces around a "ر" between two figures ("4 ر 124", "500 ر 8 كلم") made zero-width spaces, which
    normalization deletes: the figure reads as "4ر124" does (124.4), not as two. One character for one."""
    return _SPACED_RA_DECIMAL.sub("\u200b\u0631\u200b", text)


def normalize(text: str, timeout: float | None = None) -> Normalized:
    # One C-level str.replace per character actually present beats str.translate (a dict lookup per character)
    # about 15x on news text; every replacement is one character for one, so offsets do not move.
    if text.isascii():  # (a flag of the string: no scan) every replaced or deleted character but the tab is not
        return Normalized(text, text.replace("\t", " ") if "\t" in text else text, [], [])
    if _TATWEEL in text:
        text_kept = _tatweel_dashes(text)  # "(280ـــ300)": a tatweel run between figures is a dash, not nothing
    else:
        text_kept = text
    if _SPACED_RA in text_kept:
        text_kept = _spaced_decimal_ra(text_kept)  # "4 ر 124": the decimal mark with spaces typed around it
    norm = text_kept
    for old, new in _REPLACE_ITEMS:
        if old in norm:
            norm = norm.replace(old, new)
    if _MIDDLE_DOT in norm:
        norm = _MIDDLE_DOT_DECIMAL.sub(".", norm)
    # One scan for the deleted runs (no separate search and sub): the normalized text is rebuilt from the slices
    # between them. Deleted characters are never replaced (checked at import), so their offsets in `text` and in
    # `norm` are the same.
    breaks: list[int] = []
    shifts: list[int] = []
    pieces: list[str] = []
    deleted = 0
    kept_from = 0
    for m in _DELETED_RUNS.finditer(text_kept):
        start, end = m.span()
        pieces.append(norm[kept_from:start])
        kept_from = end
        norm_pos = start - deleted
        deleted += end - start
        if breaks and breaks[-1] == norm_pos:
            shifts[-1] = deleted
        else:
            breaks.append(norm_pos)
            shifts.append(deleted)
    if not deleted:
        return Normalized(text, norm, [], [])
    pieces.append(norm[kept_from:])
    return Normalized(text, "".join(pieces), breaks, shifts)
