"""The day an Arabic article was written, when its own text shows it, and its bare day words counted from it.

SaudiNewsNet-style records carry the crawl date, often a day or more after the writing: "أمس (الاثنين)" in a text
dated Wednesday says "أمس" there is Monday (the weekday rule already resolves that phrase so, GUIDELINES: an explicit
weekday wins over أمس). The other bare "أمس", "اليوم", "غدا" of the same text count from the same writing day
(GUIDELINES fresh5: a day is resolved by the article's own time when its text shows it was written before the crawl).
"""

from __future__ import annotations

from datetime import date, timedelta

from claims.engine.types import Draft
from claims.languages.model import Language

MAX_WRITING_LAG = 3  # days between writing and the record's date a day word + weekday may show (more: a misprint)
_MARKS = "()\"«»“”-–،,.:"


def _single_day(d: Draft) -> bool:
    """d is a date claim of one day ("2015-07-22"), no range."""
    return d.kind == "date" and isinstance(d.value, str) and len(d.value) == 10 and d.value_high is None


def _span_words(text: str, d: Draft, and_prefix: str) -> tuple[str, list[str]]:
    """The word right before d's span (or "") and the span's words, without the conjunction glued to them."""
    before = text[max(0, d.start - 16):d.start].split()[-1:] if d.start and not text[d.start - 1].isalpha() else []
    return _without_and(before[0].strip(_MARKS), and_prefix) if before else "", \
        [_without_and(w.strip(_MARKS), and_prefix) for w in text[d.start:d.end].split()]


def _without_and(word: str, and_prefix: str) -> str:
    """"وأمس" -> "أمس", "وأول" -> "أول": the conjunction glued to a day word or its neighbour."""
    return word[1:] if word[:1] == and_prefix and len(word) > 2 and not word[1:2] == and_prefix else word


def _day_offset(before: str, words: list[str], language: Language, before_last: bool = False) -> int | None:
    """The offset of the one relative day word among `words`, None when there is not exactly one or a word beside it
    (`before` the span too) makes it another day ("أول من أمس", "قبل أمس", "أمس الأول": `writing_day_not_beside`);
    with `before_last`, such a "yesterday" is the day before it (-2)."""
    found = [k for k, w in enumerate(words) if w in language.relative_days]
    if len(found) != 1:
        return None
    k = found[0]
    offset: int = language.relative_days[words[k]]
    beside = [before, *words][k:k + 3]  # (the word before it, and the one after)
    if any(w in language.writing_day_not_beside for w in beside if w != words[k]):
        return offset - 1 if before_last and offset == -1 else None
    return offset


def writing_lags_ar(found: list[Draft], text: str, language: Language, published: date) -> set[int]:
    """Days between the publication date and each writing day shown in `found` by a day word named with its weekday
    ("أمس الاثنين", "اليوم (الخميس)", report-time ones too): 0 when they agree, -1 for a gap past MAX_WRITING_LAG."""
    lags: set[int] = set()
    for d in found:
        if not _single_day(d):
            continue
        before, words = _span_words(text, d, language.and_prefix)
        offset = _day_offset(before, words, language, before_last=True)
        if offset is None or offset > 0 or not any(w in language.weekdays for w in words):
            continue
        lag = (published + timedelta(days=offset) - date.fromisoformat(d.value)).days
        lags.add(lag if 0 <= lag <= MAX_WRITING_LAG else -1)
    return lags


def shift_day_words_ar(drafts: list[Draft], text: str, language: Language, published: date, lag: int) -> None:
    """Bare day words of `drafts` (no weekday, no figure in their span) resolved from `published` count from the
    writing day `lag` days before it instead."""
    for d in drafts:
        if not _single_day(d):
            continue
        before, words = _span_words(text, d, language.and_prefix)
        offset = _day_offset(before, words, language)
        if offset is None or any(w in language.weekdays or w[:1].isdigit() for w in words):
            continue
        if d.value == (published + timedelta(days=offset)).isoformat():
            d.value = (published + timedelta(days=offset - lag)).isoformat()
