"""Dates, Arabic text without a publication date: a month placed by a word of direction but not by a year ("في
أكتوبر الماضي", "حتى يوم 10 يوليو الجاري") takes the year the text itself gives it.

- "الماضي" (and the other words of the past): the same month is written with a year elsewhere in the text, always
  the same one ("بلغ التضخم ... في أكتوبر الماضي" and later "لشهر أكتوبر 2024"; "حتى نهاية شهر نوفمبر الماضي" after
  "بنهاية شهر نوفمبر 2022م"). A month restated with two different years keeps no year, and so does one restated
  as a day ("من أول مارس 2021 وحتى الآن": a starting point).
- "الجاري"/"الحالي" (this month): its sentence names exactly one year ("معرض الربيع 2017 منذ افتتاحه وحتى يوم 12
  أبريل الجاري").
- no word of direction (session 9, OOD ar11/ar6): as "الماضي", the same month restated with one year ("خلال تشرين
  الثاني" beside "في تشرين الثاني 2022"; "27 نوفمبر" beside "انتخابات نوفمبر 2021").
- any but a word of the future: the current year the text names outright, "العام الحالي 2022" / "السنة الجارية
  2023" (a year noun, a word of this year, then the year): "حتى نهاية آب الماضي" in such a text is 2022-08; or the
  year after a comparison's base, the same period or month of a year ("بالشهر ذاته من عام 2023": 2024).
Either way the year must be the latest the text names: a past month is recent ("كانون الثاني وشباط الماضيين"
beside "شهري آذار ونيسان من سنة 2018", the base year of a comparison, and "2022": no year).
Other yearless months stay "--MM": the text says nothing of their year (bench/devset/GUIDELINES.md, dates).
"""

from __future__ import annotations

import re

from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word

DIRECTION_REACH = 12  # characters after a month where its word of direction stands ("أكتوبر الماضي")
SAME_PERIOD_REACH = 40  # characters before a year read for the phrase that names it ("الفترة ذاتها من عام")
PAIR_REACH = 24  # characters after a yearless day where the dated second end of its pair may begin
_WORD = re.compile(r"\S+")
BASE_WORDS = 2  # words between a comparison word and the month of its base ("مقارنة بمبيعات أبريل 2023")


def _month_of(value: object) -> str | None:
    """"2024-10" -> "10": a month with its year; None for a day ("أول يناير 2022" is a starting point, not the
    month's restatement), a year alone or a yearless value."""
    return value[5:7] if isinstance(value, str) and len(value) == 7 and value[:4].isdigit() else None


def _years(d: Draft) -> set[str]:
    """The years a date draft names (both bounds of a range)."""
    return {str(v)[:4] for v in (d.value, d.value_high) if isinstance(v, str) and v[:4].isdigit()}


def carry_restated_year_ar(drafts: list[Draft], text: str, sentences: list[tuple[int, int]],
                           language: Language) -> None:
    """Give yearless months with a word of direction the year the undated text gives them (module docstring)."""
    yearless = [d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value.startswith("--") and
                d.value_high is None]
    if not yearless:
        return  # (most texts)
    _share_pair_year(drafts, text, language, yearless)
    yearless = [d for d in yearless if str(d.value).startswith("--")]
    years_of_month: dict[str, set[str]] = {}
    years_of_days: dict[str, set[str]] = {}  # the years of the days written with one, by month
    for d in drafts:
        month = _month_of(d.value) if d.kind == "date" else None
        if month is not None and not _same_month_base(d, text, language, yearless):  # (a base: the year before)
            years_of_month.setdefault(month, set()).add(str(d.value)[:4])
        elif d.kind == "date" and isinstance(d.value, str) and len(d.value) == 10 and d.value[:4].isdigit():
            years_of_days.setdefault(d.value[5:7], set()).add(d.value[:4])
    latest = max((y for d in drafts if d.kind == "date" for y in _years(d)), default=None)
    current, future = language.current_year_words, language.weekday_future
    named_current = _named_current_year(drafts, text, language, yearless)
    for d in yearless:
        value = str(d.value)
        after = text[d.end:d.end + DIRECTION_REACH].split()[:1]
        word = normalize_word(after[0].strip("،,.؛:)")) if after else ""
        if word in future:
            continue  # "فبراير المقبل": the text does not say which year is next
        year = None
        if word in current:
            year = _sentence_year(d, drafts, sentences)
        else:  # a past month, or one with no word of direction
            years = years_of_month.get(value[2:4], set())
            if len(value) == 7 and not word:  # a day of a month another day restates with its year
                years = years | years_of_days.get(value[2:4], set())  # ("2 مايو" beside "1 مايو 2012")
            year = next(iter(years)) if len(years) == 1 else None
        if year is None and named_current is not None and (latest is None or named_current >= latest):
            year = latest = named_current  # (a comparison's base year names the one before: the current is later)
        if year is not None and year == latest:  # (a month of the last year the text names, not of a year compared)
            d.value = year + value[1:]
            d.inferred = True


def _share_pair_year(drafts: list[Draft], text: str, language: Language, yearless: list[Draft]) -> None:
    """A yearless day (or month) whose pair or range closes on one of the same precision written with its year, only
    a link and weekdays between ("من 14 أكتوبر إلى 2 نوفمبر 2024", "السبت 4 أكتوبر والأحد 5 أكتوبر 2025"), shares
    that year (bench/devset/GUIDELINES.md: a year shared by a range or pair goes to both ends), the year before when
    it falls later in the year ("من 20 ديسمبر إلى 5 يناير 2024")."""
    dated = {d.start: d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value[:4].isdigit()}
    links, weekdays = language.pair_year_links, language.weekdays
    for d in yearless:
        linked = False
        for m in _WORD.finditer(text, d.end, min(len(text), d.end + PAIR_REACH)):
            second = next((dated[p] for p in range(m.start(), m.end()) if p in dated), None)
            if second is not None:
                _take_pair_year(d, second, linked or m.group()[:1] == "و")  # "و3 أكتوبر 2025"
                break
            word = normalize_word(m.group().strip("،,"))
            if word in links or (word[:1] == "و" and word[1:] in weekdays):
                linked = True  # ("والأحد 5 أكتوبر 2025")
            elif word not in weekdays:
                break  # (another word: "في 5 مايو، والثانية في 9 يونيو 2024" names two dates)


def _take_pair_year(d: Draft, second: Draft, linked: bool) -> None:
    """d takes the year of the second end of its pair, when a link joins them and both are of one precision."""
    value, other = str(d.value), str(second.value)
    if not linked or len(other) != len(value) + 3:
        return
    year = int(other[:4]) - (1 if value[2:] > other[5:] else 0)  # "من 20 ديسمبر إلى 5 يناير 2024": 2023
    d.value, d.inferred = f"{year:04d}" + value[1:], True


def _sentence_year(d: Draft, drafts: list[Draft], sentences: list[tuple[int, int]]) -> str | None:
    """The one year the dates of d's sentence name, or None."""
    s, e = next(((s, e) for s, e in sentences if s <= d.start < e), (d.start, d.end))
    years = {y for o in drafts if o.kind == "date" and s <= o.start < e for y in _years(o)}
    return next(iter(years)) if len(years) == 1 else None


def _named_current_year(drafts: list[Draft], text: str, language: Language, yearless: list[Draft]) -> str | None:
    """The year a text names as its own: a year claim right after a year noun and a word of this year ("العام
    الحالي 2022", "السنة الجارية 2023"), or the year after one named as the same period's a year before ("مقارنة
    بالفترة ذاتها من عام 2015": 2016; `same_period_phrases`); None when it names none, or two."""
    nouns, current = language.relative_year_nouns, language.current_year_words
    found = set()
    for d in drafts:
        if d.kind != "date" or not isinstance(d.value, str) or len(d.value) != 4 or not d.value.isdigit():
            continue
        before = text[max(0, d.start - SAME_PERIOD_REACH):d.start]
        words = before.split()
        if words and words[-1] in language.month_year_links:
            words = words[:-1]  # "من عام 2015"
        if len(words) >= 2 and normalize_word(words[-2]) in nouns and \
                normalize_word(words[-1].removesuffix("ة")) in current:
            found.add(d.value)
        elif any(" ".join(words[-3:]).endswith(p) for p in language.same_period_phrases):
            found.add(str(int(d.value) + 1))
    found.update(str(int(str(d.value)[:4]) + 1) for d in drafts if d.kind == "date" and
                 _month_of(d.value) is not None and _same_month_base(d, text, language, yearless))
    return next(iter(found)) if len(found) == 1 else None


def _same_month_base(d: Draft, text: str, language: Language, yearless: list[Draft]) -> bool:
    """d is the same month of an earlier year, a comparison's base ("قياسا إلى الشهر نفسه من عام 2021", read as a month
    by same_month_ar.py; "مقارنة بمبيعات أبريل 2023" after "أبريل الماضي"): the text's own month is of the year
    after."""
    if any(text.startswith(p, d.start) for p in language.same_month_phrases):
        return True
    if not any(str(y.value)[2:4] == _month_of(d.value) for y in yearless):
        return False  # (a base of another month compares months: "في مارس مقارنة بفبراير 2023")
    before = text[max(0, d.start - SAME_PERIOD_REACH):d.start].split()[-BASE_WORDS:]
    return any(normalize_word(w) in language.year_comparison_words for w in before)
