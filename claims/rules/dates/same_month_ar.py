"""Arabic: "the same month of 2021" is a month. A year written after "نفس الشهر من (عام)" or "الشهر نفسه من"
(`same_month_phrases`) takes the month named before it in the sentence: "لشهر أيلول من عام 2022 ... مقابل 102.86
لنفس الشهر من عام 2021" -> 2021-09, the span from the phrase (bench/devset/GUIDELINES.md: a month with its year is
one claim)."""

from __future__ import annotations

from claims.engine.types import Draft
from claims.languages import Language
from claims.rules.dates.iso_parts import month_of, month_part

_REACH = 40  # characters before the year read for the phrase


def same_month_year_ar(drafts: list[Draft], text: str, language: Language, previous: str | None = None) -> str | None:
    """Give a year after a same-month phrase the month of the sentence's month named before it; with none in its
    sentence, the month a sentence before named last (`previous`: "ارتفع الدين في سبتمبر الماضي ..." then "زاد الدين
    الشهر الماضي من ... في ذات الشهر من 2017" -> 2017-09). Returns the month the sentence leaves as the last named."""
    if not language.same_month_phrases:
        return None
    month = previous
    for d in sorted(drafts, key=lambda x: x.start):
        if d.kind != "date" or not isinstance(d.value, str):
            continue
        if d.precision == "month" and (m := month_of(d.value, days=False)) is not None:
            month = m  # "2022-09", "--09"
        elif d.precision == "year" and month is not None and len(d.value) == 4:
            start = _phrase_start(text, d.start, language)
            if start is not None:
                d.value, d.precision, d.start = f"{d.value}-{month}", "month", start
    return month


def same_month_day_ar(drafts: list[Draft], previous: str | None = None) -> str | None:
    """A day of "the same month" whose month lay outside its parsed window ("--00-28", relative_month.py) takes the
    month (and year) of the last date before it in the sentence ("يوم 2 فبراير 2023 ... حتى الـ20 من نفس الشهر":
    2023-02-20), or with none in its sentence the month a sentence before named last (`previous`: "خلال النصف الثاني
    من مارس." then "بين 8 و11 من الشهر نفسه"); with none, or one without a month, no value. Returns the month
    (with its year: "2023-02", "--02") the sentence leaves as the last named."""
    last = previous
    for d in sorted(drafts, key=lambda x: x.start):
        if d.kind != "date":
            continue
        if isinstance(d.value, str) and d.value.startswith("--00-"):
            d.value = f"{last}-{d.value[5:]}" if last is not None else None
            d.inferred = last is not None and last[:1].isdigit()
            d.precision = "day" if last is not None else None
        elif d.calendar == "hijri":
            last = None  # (a Hijri month's days fall in two Gregorian months)
        elif (m := month_part(d.value)) is not None:
            last = m  # the month of "2023-12-26", "2023-12", "--12-26"
    return last


def _phrase_start(text: str, year_start: int, language: Language) -> int | None:
    """Where the same-month phrase before the year at year_start begins (a year noun maybe between)."""
    window = max(0, year_start - _REACH)
    before = text[window:year_start].rstrip()
    words = before.split()
    if words and words[-1] in language.month_year_links:
        before = before[:len(before) - len(words[-1])].rstrip()
    for phrase in language.same_month_phrases:
        if before.endswith(phrase):
            return window + len(before) - len(phrase)
    return None
