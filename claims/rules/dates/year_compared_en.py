"""Dates, English, a text without a publication date: the year a text gives itself by setting a period against the
same period of a written year ("exported from February to July this year, set against 58.4 million litres over the
corresponding period of 2021"). The period compared is the year after the base: its months written without a year
take it (2022-02, 2022-07), and when that period was "this year", the text's other months without a year are that
year's too ("in June, the highest this year", 2022-06; "last year's June", 2021-06). A base named by "last year"
alone ("the same period last year") gives no year; a sentence whose compared period writes its own year ("the
first nine months of 2016 ... the same period in 2015") is left to it."""

from __future__ import annotations

import re
from functools import cache

from claims.engine.types import Draft
from claims.languages import Language

_YEARLESS = re.compile(r"--\d\d(?:-\d\d)?")


@cache
def _base_pattern(compared: frozenset[str], nouns: frozenset[str], links: frozenset[str]) -> re.Pattern[str]:
    """"the same period of 2021", "the corresponding period in 2016": the base's year in group 1."""
    words = "|".join(sorted(compared))
    return re.compile(rf"\b(?:{words})\s+(?:{'|'.join(sorted(nouns))})\s+(?:{'|'.join(sorted(links))})\s+"
                      r"((?:19|20)\d\d)\b(?![-–/]\d)", re.IGNORECASE)


def _relative_year_pattern(data: Language) -> re.Pattern[str]:
    return _relative_pattern(frozenset(data.current_year_words), frozenset(data.weekday_past),
                             frozenset(data.relative_year_nouns))


@cache
def _relative_pattern(current: frozenset[str], past: frozenset[str], nouns: frozenset[str]) -> re.Pattern[str]:
    """"this year" (group 1) or "last year" (group 2), maybe with its possessive ("last year's June")."""
    noun = "|".join(sorted(nouns))
    return re.compile(rf"\b(?:({'|'.join(sorted(current))})|({'|'.join(sorted(past))}))\s+(?:{noun})\b(['’]s)?",
                      re.IGNORECASE)


def compared_period_year_en(drafts: list[Draft], text: str, sentences: list[tuple[int, int]],
                            data: Language) -> None:
    """Give the yearless months and days of an undated English text the year its comparison with "the same period of
    <year>" tells (module docstring). Changes `drafts` in place."""
    if not data.compared_period_words or "period" not in text:  # (the cheap cue first: most texts have none)
        return
    yearless = [d for d in drafts if d.kind == "date" and not d.report_time and isinstance(d.value, str) and
                _YEARLESS.fullmatch(d.value) and (d.value_high is None or isinstance(d.value_high, str))]
    if not yearless:
        return
    pattern = _base_pattern(data.compared_period_words, data.compared_period_nouns, data.compared_period_links)
    relative = _relative_year_pattern(data)
    current: int | None = None  # the text's own year, once a compared period said "this year"
    done: set[int] = set()
    for s0, s1 in sentences:
        for m in pattern.finditer(text, s0, s1):
            compared = int(m.group(1)) + 1
            head = text[s0:m.start()]
            if re.search(r"\b(?:19|20)\d\d\b", head):
                continue  # "the first nine months of 2016 ... the same period in 2015": its own year written
            if any(r.group(1) for r in relative.finditer(head)):
                current = compared
            for d in yearless:
                if s0 <= d.start and d.end <= m.start() and id(d) not in done:
                    _set_year(d, compared)
                    done.add(id(d))
    if current is None:
        return
    for d in yearless:
        if id(d) in done:
            continue
        year = current - 1 if _last_year_around(d, text, relative) else current
        _set_year(d, year)


def _last_year_around(d: Draft, text: str, relative: re.Pattern[str]) -> bool:
    """The date is "last year's" (right before it) or "<month> last year" (right after it)."""
    before = text[max(0, d.start - 20):d.start]
    m = next((r for r in relative.finditer(before) if r.end() >= len(before.rstrip()) and r.group(3)), None)
    if m is not None:
        return bool(m.group(2))
    after = relative.match(text, d.end + (len(text[d.end:d.end + 4]) - len(text[d.end:d.end + 4].lstrip())))
    return after is not None and bool(after.group(2))


def _set_year(d: Draft, year: int) -> None:
    d.value = f"{year:04d}{d.value[1:]}" if isinstance(d.value, str) else d.value
    if isinstance(d.value_high, str) and _YEARLESS.fullmatch(d.value_high):
        high = f"{year:04d}{d.value_high[1:]}"
        if high < str(d.value):
            high = f"{year + 1:04d}{d.value_high[1:]}"  # "November to February": the range runs into the next year
        d.value_high = high
    d.inferred = True
