"""Figures, dates, times and sources as an explanation writes them, in English and Arabic."""

from __future__ import annotations

import math
from typing import TypeGuard
from urllib.parse import urlparse

from checkers.compare import date_parts
from checkers.wording.templates import WHEN

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}
SCALES = {
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
    "ar": ((1e12, "تريليون"), (1e9, "مليار"), (1e6, "مليون")),
}
CURRENCY_NAMES = {
    "ar": {"USD": "دولار", "EUR": "يورو", "GBP": "جنيه إسترليني", "EGP": "جنيه مصري", "SAR": "ريال سعودي",
           "KWD": "دينار كويتي", "AED": "درهم إماراتي", "JOD": "دينار أردني", "IQD": "دينار عراقي"},
    "en": {"USD": "US$", "EUR": "€", "GBP": "£"},
}
UNIT_NAMES = {
    "en": {"persons": "people", "days": "days"},
    "ar": {"persons": "نسمة", "days": "أيام"},
}
LANGS = ("en", "ar")
# (month stated, day stated) -> the WHEN template for it (neither: a year).
_STATED = {(True, True): "month_day", (True, False): "month", (False, True): "day"}


def _trim(number: float, decimals: int = 2) -> str:
    text = f"{number:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_number(value: float | int, lang: str) -> str:
    number = float(value)
    for factor, word in SCALES.get(lang, SCALES["en"]):
        if abs(number) >= factor:
            return f"{_trim(number / factor)} {word}"
    if number.is_integer():
        return f"{int(number):,}"
    return _trim(number)


def format_value(value: float | int | str, unit: str | None, lang: str) -> str:
    lang = lang if lang in LANGS else "en"
    if unit == "date" and isinstance(value, str):
        return format_date(value, lang)
    if isinstance(value, str):
        return value
    if unit == "percent":
        return f"{_trim(float(value))}%"
    text = format_number(value, lang)
    if unit and len(unit) == 3 and unit.isupper():  # a currency
        name = CURRENCY_NAMES.get(lang, {}).get(unit)
        if lang == "en":
            return f"{name}{text}" if name else f"{text} {unit}"
        return f"{text} {name or unit}"
    name = UNIT_NAMES.get(lang, {}).get(unit or "")
    return f"{text} {name}" if name and lang == "ar" and unit == "persons" else text


def format_date(value: str, lang: str) -> str:
    lang = lang if lang in LANGS else "en"
    try:
        year, month, day = date_parts(value)
    except ValueError:
        return value
    if month is not None and not 1 <= month <= 12:
        return value  # not a calendar date ("2018-13-45"): shown as written
    parts = []
    if day is not None:
        parts.append(str(day))
    if month is not None:
        parts.append(MONTHS[lang][month - 1])
    if year is not None:
        parts.append(str(year))
    return " ".join(parts)


def when(value: str | None, lang: str) -> str:
    """'on 11 September 2014' / 'in February 2018' / 'in 2018'; Arabic: 'في ...' ('في عام 2018')."""
    if not value:
        return ""
    try:
        _year, month, day = date_parts(value)
    except ValueError:
        return ""
    stated = _STATED.get((month is not None, day is not None), "year")
    return WHEN["ar" if lang == "ar" else "en"][stated].format(date=format_date(value, lang))


def month_of(value: str | None) -> str | None:
    if not value or len(value) < 7:
        return value
    return value[:7]


def source_name(url: str | None, fallback: str | None = None) -> str:
    if fallback:
        return fallback
    if not url:
        return "the reference table"
    host = urlparse(url).netloc
    return host[4:] if host.startswith("www.") else host or url


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text and text[0].isascii() else text


def is_finite_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
