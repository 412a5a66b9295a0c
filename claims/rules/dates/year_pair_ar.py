"""Dates, Arabic: a pair or range of dates whose second end is written with its year shares that year with its first
("من 14 أكتوبر إلى 2 نوفمبر 2024", "السبت 4 أكتوبر والأحد 5 أكتوبر 2025"; GUIDELINES: a year shared by a range or pair
goes to both ends), the year before when the first falls later in the year ("من 20 ديسمبر إلى 5 يناير 2024"). In an
undated text for the yearless first end (year_restated_ar.py asks), in a dated one for a first end whose year was only
inferred from the publication date (share_pair_year_dated_ar, asked by the extractor)."""

from __future__ import annotations

import re

from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word

PAIR_SAME_YEAR_MONTHS = 6  # months apart in one year beyond which "و" between two dates crosses a new year
PAIR_REACH = 24  # characters after a yearless day where the dated second end of its pair may begin
_WORD = re.compile(r"\S+")


def share_pair_year_dated_ar(drafts: list[Draft], text: str, language: Language) -> None:
    """A dated text: a day or month whose year was inferred from the publication date, the first end of a pair or
    range whose second is written with its year ("من 5 يونيو إلى 15 سبتمبر 2018" in a 2020 article), takes the
    second's year as in an undated text (a year shared by a range goes to both ends)."""
    inferred = [d for d in drafts if d.inferred and d.kind == "date" and isinstance(d.value, str) and
                len(d.value) in (7, 10) and d.value[:4].isdigit()]
    if not inferred:
        return  # (most texts)
    kept = {id(d): str(d.value) for d in inferred}
    for d in inferred:
        d.value = "-" + str(d.value)[4:]  # "2019-06-05" -> "--06-05": yearless, as share_pair_year reads
    share_pair_year(drafts, text, language, inferred, written=True)
    for d in inferred:
        if str(d.value).startswith("--"):
            d.value = kept[id(d)]  # (no pair: the inferred year stays)


def share_pair_year(drafts: list[Draft], text: str, language: Language, yearless: list[Draft],
                     written: bool = False) -> None:
    """A yearless day (or month) whose pair or range closes on one of the same precision written with its year, only
    a link and weekdays between ("من 14 أكتوبر إلى 2 نوفمبر 2024", "السبت 4 أكتوبر والأحد 5 أكتوبر 2025"), shares
    that year (bench/devset/GUIDELINES.md: a year shared by a range or pair goes to both ends), the year before when
    it falls later in the year ("من 20 ديسمبر إلى 5 يناير 2024")."""
    dated = {d.start: d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value[:4].isdigit()
             and not (written and d.inferred)}  # (`written`: only a second end whose year is written)
    links, weekdays = language.pair_year_links, language.weekdays
    for d in yearless:
        linked = ranged = False
        for m in _WORD.finditer(text, d.end, min(len(text), d.end + PAIR_REACH)):
            second = next((dated[p] for p in range(m.start(), m.end()) if p in dated), None)
            if second is not None:
                _take_pair_year(d, second, linked or m.group()[:1] == "و", ranged)  # "و3 أكتوبر 2025"
                break
            word = normalize_word(m.group().strip("،,"))
            if word in links or (word[:1] == "و" and word[1:] in weekdays):
                linked = True  # ("والأحد 5 أكتوبر 2025")
                ranged = ranged or word not in language.and_words
            elif linked and word in language.pair_year_edges:
                continue  # "وحتى نهاية شهر يوليو 2024"
            elif word not in weekdays:
                break  # (another word: "في 5 مايو، والثانية في 9 يونيو 2024" names two dates)


def _take_pair_year(d: Draft, second: Draft, linked: bool, ranged: bool = True) -> None:
    """d takes the year of the second end of its pair, when a link joins them and both are of one precision: the
    year before when d falls later in the year and the link makes a range ("من 20 ديسمبر إلى 5 يناير 2024": 2023);
    two dates joined by "و" alone may be listed latest first ("في 14 سبتمبر و2 يوليو 2023": 2023-09-14), so there
    the year before only when the two would lie more than half a year apart in one ("31 ديسمبر و1 يناير 2024")."""
    value, other = str(d.value), str(second.value)
    if not linked or len(other) != len(value) + 3:
        return
    later = value[2:] > other[5:]
    if later and not ranged:
        later = _months_apart(value[2:4], other[5:7]) > PAIR_SAME_YEAR_MONTHS
    year = int(other[:4]) - (1 if later else 0)
    d.value, d.inferred = f"{year:04d}" + value[1:], True


def _months_apart(first: str, second: str) -> int:
    """How many months the first month ("08") lies after the second ("06") in one year."""
    return int(first) - int(second)
