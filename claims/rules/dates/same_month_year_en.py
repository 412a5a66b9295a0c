"""Dates, English, a text without a publication date: a month written without its year that repeats the name of a
month written with one is that month, in its year, when nothing between sets them apart: in one sentence either way
("committed $6 billion in late January, ... announced in early January 2026" -> 2026-01), or, with a possessive that
refers back, in the sentence right after the dated one ("prices rose 0.54% in December 2017. December's increase was
broad-based" -> 2017-12; not "a record in December 2003. In December, they grew again": maybe a December on). Not
across another written year, nor past a word that sets one period against another (`same_month_year_blockers`:
"in December, up 18% from December 2011" is the next December; "since", "than", "last", "year" ...), nor a month
with "this/last/next year" after it."""

from __future__ import annotations

import re

from claims.engine.types import Draft
from claims.languages import Language
from claims.rules.dates.iso_parts import month_of

_WORDS = re.compile(r"[A-Za-z]+")


def carry_same_month_year_en(drafts: list[Draft], text: str, language: Language) -> None:
    """Give a yearless month the year of the month of its name written with a year next to it (module docstring).
    Changes `drafts` in place."""
    dates = sorted((d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value_high is None and
                    not d.report_time), key=lambda d: d.start)
    if not any(_yearless_month(d.value) for d in dates):
        return  # (the cheap test first: most texts have no yearless month alone)
    blockers = language.same_month_year_blockers
    for n, d in enumerate(dates):
        if not _yearless_month(d.value):
            continue
        dated = _dated_neighbour(dates, n, text, blockers)
        if dated is not None:
            d.value, d.inferred = f"{dated.value[:4]}{d.value[1:]}", True


def _dated_neighbour(dates: list[Draft], n: int, text: str, blockers: frozenset[str]) -> Draft | None:
    """The nearest date of dates[n]'s month written with its year (a written month, not a day nor an inferred
    year): before it in its sentence (or the one before, for a possessive month), or after it in its sentence; no
    other date with a year and no blocker word between, and no blocker word right around either month (a base:
    "since December 2003")."""
    d = dates[n]
    month = month_of(d.value)
    if _blocked_around(d, text, blockers):
        return None  # "in December last year", "last May", "in December a year earlier"
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(dates):
            other = dates[k]
            v = str(other.value)
            if v[:4].isdigit():
                if other.inferred or month_of(v, days=False, yearless=False) != month:
                    break  # another year between, or a day, or another month of a year: not carried past
                lo, hi = (other.end, d.start) if step < 0 else (d.end, other.start)
                reach = d.sentence - 1 if step < 0 and _possessive(d, text) else d.sentence
                if other.sentence < reach or _blocked_around(other, text, blockers) or \
                        any(w in blockers for w in _WORDS.findall(text[lo:hi].lower())):
                    break  # (also a dated month that is a base: "since December 2003", "from December 2003")
                return other
            k += step
    return None


def _yearless_month(value: object) -> bool:
    """A month value without its year ("--07"; not a day "--07-01")."""
    return isinstance(value, str) and value.startswith("--") and month_of(value, days=False) is not None


def _possessive(d: Draft, text: str) -> bool:
    """The month is written with a possessive ("December's increase"): it refers back to a month named before."""
    return text[d.start:d.end].endswith(("'s", "’s"))


def _blocked_around(d: Draft, text: str, blockers: frozenset[str]) -> bool:
    """A blocker word right before the date's month (maybe past "early", "late", "mid", "the end of" ...: up to three
    words back) or among the two words right after it."""
    before = _WORDS.findall(text[max(0, d.start - 24):d.start].lower())[-3:]
    after = _WORDS.findall(text[d.end:d.end + 16].lower())[:2]
    return any(w in blockers for w in before + after)

