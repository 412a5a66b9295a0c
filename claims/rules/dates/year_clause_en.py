"""Dates, English, a text with a publication date: a clause that opens with "Last year" ("Last year, the rains came
in May", "... and last year we started on June 12") is set in the year before the publication's, and so is a month
or day it names without a year, which the publication date alone would put in its own year; not past a contrast
word or a semicolon ("Last year was hard, but in May ..."), and not "Last year's winner" (a possessive names a
thing, not the clause's time). "Next year" opening a clause puts them in the year after. Only where the phrase opens
the sentence or a clause (after a comma, a semicolon, "and", "but", "while"; `clause_year_openers`), no written year
and no other such phrase ("and this year") stands between it and the date, and the date's year was only inferred.
"""

from __future__ import annotations

import re
from datetime import date

from claims.engine.types import Draft
from claims.languages import Language

# "Last year", "last year's", "Next year" after the sentence's start, a mark or a word (group 1: that word)
_PHRASE = re.compile(r"(?:^|[,;:—–]\s*|\b(\w+)\s+)[\"“‘']?(last|next|this)\s+year\b(?!['’])", re.IGNORECASE)
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def clause_year_en(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language,
                   published: date | None) -> None:
    """Give the inferred months and days of a "Last year ..." clause the year before the publication's (module
    docstring). Changes `drafts` in place."""
    if published is None:
        return
    s0, s1 = sentence
    if "year" not in text[s0:s1].lower():
        return  # (the cheap test first: most sentences have no such phrase)
    inferred = [d for d in drafts if d.kind == "date" and d.inferred and not d.report_time and
                isinstance(d.value, str) and d.value[:4].isdigit() and d.value_high is None]
    if not inferred:
        return
    sent = text[s0:s1]
    phrases = [m for m in _PHRASE.finditer(sent) if _opens_clause(m, sent, language)]
    for d in inferred:
        before = [m for m in phrases if s0 + m.end() <= d.start]
        if not before:
            continue
        last = before[-1]
        if _WRITTEN_YEAR.search(text, s0 + last.end(), d.start):
            continue  # "Last year, the 2019 budget ... in May": a written year decides
        if _contrast_between(text, s0 + last.end(), d.start, language):
            continue  # "Last year was tough, but in May ...": another clause, the publication's year
        shift = {"last": -1, "next": 1, "this": 0}[last.group(2).lower()]
        year = published.year + shift
        if str(year) != d.value[:4]:
            d.value = f"{year:04d}{d.value[4:]}"


def _contrast_between(text: str, start: int, end: int, language: Language) -> bool:
    """A semicolon or a contrast word (`clause_contrast_words`: but, while ...) between the phrase and the date."""
    between = text[start:end]
    return ";" in between or any(w.strip(",.") in language.clause_contrast_words for w in between.lower().split())


def _opens_clause(m: re.Match[str], sent: str, language: Language) -> bool:
    """The phrase opens the sentence (maybe after a quote mark) or a clause: a mark before it, or an opener word."""
    opener = m.group(1)
    return opener is None or opener.lower() in language.clause_year_openers
