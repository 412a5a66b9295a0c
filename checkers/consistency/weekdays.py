"""A weekday stated with its date, checked against the calendar ("الثلاثاء 21 يوليو 2015", "on Tuesday, 21 July
2015", "يوم الاثنين المقبل الموافق 11 / 10 / 1436هـ", "Friday 11 March" in an undated article of 2004-05).

Pairing. A weekday is paired only with the date right after it: nothing between but "يوم", a comma, "الموافق", a
bracket, or the words that place the weekday in the report's week ("الماضي", "المقبل", "القادم", "إن شاء الله").
Never with a weekday joined to another ("ليل الاثنين - الثلاثاء", "الأحد والاثنين"), nor across "يوم" after the
weekday ("حددت الاثنين يوم 26 فبراير": two events). Relative days ("أمس الثلاثاء") are not checked against the
publication day: an Arabic article's published_at is often its crawl date, a day after print.

Years. A stated year decides both ways. A year the extractor inferred from the publication day (a date written
without its year) may support a weekday near that day; it contradicts one only when the sentence ties the date to
the report's time ("23 يوليو الجاري", "الثلثاء المقبل الموافق 28 ..."), since otherwise the sentence may be
about another year ("يوم الخميس الثاني من أغسطس" of 1990). An undated article of a known period (published_window)
has each year of its window as a candidate: a weekday that fits exactly one of them is supported for that year; one
that fits none or several gets no verdict (no article date: nothing to contradict against).
Hijri dates come converted by the Umm al-Qura calendar (claims/rules/dates); where a month begins by sighting it may
start a day earlier or later, so a Hijri date's weekday is never called wrong within one day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from checkers.consistency import figures
from checkers.consistency.build import explanation, langs_of, make_verdict, per_lang
from checkers.timing import article_window
from checkers.wording import format as fmt
from factstream.models import ArticleRef, Claim, Verdict

CALENDAR_METRIC = "calendar"
# An inferred year is trusted only for a date this near the publication day (else which year was meant?).
INFERRED_WINDOW_DAYS = 90
# A Hijri date's weekday may be off by this many days (a month begun by sighting) without being wrong.
SIGHTING_DAYS = 1
# "الأحد القادم", "next Thursday": within this many days of the publication day (a crawl date may be a day late).
THIS_WEEK_DAYS = 10

# Weekday names (Python's weekday(): Monday 0) and how an explanation writes them.
_AR_DAYS = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الأربعاء": 2, "الاربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "الجمعه": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
_EN_DAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
}
AR_DAY_WORDS = tuple(_AR_DAYS)
_ANY_DAY = "|".join(sorted([*_AR_DAYS, *_EN_DAYS], key=len, reverse=True))
# Words after a weekday that place it in the report's week ("الأحد القادم", "السبت الماضي").
_THIS_WEEK = r"الماضي|المقبل|القادم|المنصرم"
# The weekday right before a date: "يوم الثلاثاء 21", "الخميس الموافق 23", "الأحد (19", "on Tuesday, 21 July",
# "الأحد القادم إن شاء الله الموافق 24/10/1436ه".
_WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<day>{_ANY_DAY})(?:\s+(?P<week>{_THIS_WEEK}))?(?:\s+[إا]ن\s+شاء\s+الله)?"
    r"\s*[،,]?\s*(?:(?:الموافق|الموافقة)\s*(?:لـ?\s*)?)?(?:the\s+)?\(?\s*$",
    re.IGNORECASE)
# "next Thursday, 4 November", "last Tuesday (1 March)": an English weekday placed in the report's week.
_EN_THIS_WEEK = re.compile(r"(?<!\w)(?:next|last|this|coming)\s+$", re.IGNORECASE)
# A weekday joined to another before it ("ليل الاثنين - الثلاثاء", "السبت أو الأحد"): which one is the date's?
_JOINED_DAY = re.compile(rf"(?<!\w)(?:{_ANY_DAY})\s*(?:[-–/]|و|أو|او|إلى|الى|and|or|to)?\s*$", re.IGNORECASE)
# Two weekdays before a range of dates: "من الأربعاء حتى يوم الجمعة 13-15 شوال", "from Monday to Wednesday, 4-6
# May".
_RANGE_BEFORE = re.compile(
    rf"(?<!\w)(?P<first>{_ANY_DAY})\s*(?:إلى|الى|حتى|to|until|-|–)\s*(?:يوم\s+)?(?P<last>{_ANY_DAY})"
    r"\s*[،,]?\s*(?:(?:الموافق|الموافقة)\s*(?:لـ?\s*)?)?\(?\s*$", re.IGNORECASE)
# What introduces a weekday as the date's own day: "يوم الأحد", "في الأحد", "on Sunday", "(الأحد", a comma, the
# sentence's start. A bare weekday after other words may be another event's day: "حددت اللجنة الاثنين 26 فبراير
# 2016 موعدا" (decided on Monday, for a Friday).
_INTRODUCED = re.compile(
    r"(?:^|(?<!\w)[وف]?(?:يوم|ليوم|بيوم|في|من|حتى|إلى|الى|منذ|قبل|بعد|مساء|صباح|ظهر|عصر|فجر)"
    r"|(?<!\w)(?:on|of|from|until|till|since|by|before|after)|[،,(:\-–])\s*$", re.IGNORECASE)
# Between the weekday and its date: "الموافق", a comma or a bracket tie them too ("الاثنين، 26 فبراير").
_TIED_GAP = re.compile(r"الموافق|[،,(]")
# A bare weekday (see _INTRODUCED) may contradict a date only this near the publication day.
BARE_WEEKDAY_DAYS = 7
# "ليلة الجمعة", "ليل السبت": the eve of the day named (the evening before, in Arabic usage).
_EVE = re.compile(r"(?<!\w)(?:[وفب]?ليلة|[وفب]?ليل)\s+$")
# A date written without its year that the sentence ties to the report's time ("23 يوليو الجاري", "this month").
_CURRENT_AFTER = re.compile(r"^\s*(?:\([^)]{1,20}\)\s*)?(?:الجاري|الحالي|المقبل|القادم)(?!\w)")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEARLESS_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
# A day named relative to the report ("أمس الثلاثاء", "الأحد", "today"): not a written date; never checked here.
# Whole words only: "الخامس من أغسطس" (the fifth) is a written date, though it ends in "امس".
_RELATIVE = re.compile(
    rf"(?<!\w)(?:[وفبل]|بال|وبال)?(?:{_ANY_DAY}|أمس|امس|الأمس|غد|غدا|غداً|اليوم|الليلة)(?!\w)"
    r"|\b(?:today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)


def day_of(claim: Claim) -> date | None:
    """The claim's single Gregorian day, or None (a range, a month, a year, no year)."""
    if claim.kind != "date" or claim.value_high is not None or claim.precision != "day":
        return None
    if not isinstance(claim.value, str) or not _ISO_DAY.match(claim.value) or _RELATIVE.search(claim.text):
        return None
    try:
        return date.fromisoformat(claim.value)
    except ValueError:
        return None


def published_day(article: ArticleRef) -> date | None:
    published = article.published_at
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


def _near_day(day: date, article: ArticleRef, days: int) -> bool:
    published = published_day(article)
    return published is not None and abs((day - published).days) <= days


def _near_report(day: date, article: ArticleRef) -> bool:
    """An inferred year may stand for a date near the publication day, not for one far from it."""
    return _near_day(day, article, INFERRED_WINDOW_DAYS)


def _weekday_number(name: str) -> int | None:
    return _AR_DAYS.get(name, _EN_DAYS.get(name.lower()))


@dataclass(frozen=True)
class StatedDay:
    """A weekday written right before a date: its number (Monday 0), its span in the article's text, whether the
    sentence places it in the report's week ("القادم", "next"), whether it names an eve ("ليلة الجمعة" is
    Thursday evening in Arabic usage: never held against the day after), and whether something introduces it as
    the date's day ("يوم", "on", a comma: see _INTRODUCED)."""

    weekday: int
    start: int
    end: int
    this_week: bool = False
    eve: bool = False
    introduced: bool = True


def stated_weekday(claim: Claim) -> StatedDay | None:
    """The weekday written right before the claim (offsets in the article's text), or None."""
    offset = claim.sentence_start
    head = claim.sentence[: claim.start - offset]
    match = _WEEKDAY_BEFORE.search(head)
    if match is None or _JOINED_DAY.search(head[: match.start("day")]):
        return None
    weekday = _weekday_number(match.group("day"))
    if weekday is None:
        return None
    before = head[: match.start("day")]
    return StatedDay(weekday, offset + match.start("day"), offset + match.end("day"),
                     this_week=bool(match.group("week")) or bool(_EN_THIS_WEEK.search(before)),
                     eve=bool(_EVE.search(before)),
                     introduced=bool(_INTRODUCED.search(before) or _TIED_GAP.search(match.group()[len(match["day"]):])))


def _tied_to_report(claim: Claim, day: date, this_week: bool, article: ArticleRef) -> bool:
    """Whether the sentence ties a date written without its year to the report's time, so that the inferred
    year is the one meant ("23 يوليو الجاري", "الثلثاء المقبل الموافق 28 يوليو" near the publication day)."""
    published = published_day(article)
    if this_week and published is not None and abs((day - published).days) <= THIS_WEEK_DAYS:
        return True
    return bool(_CURRENT_AFTER.match(figures.after(claim, 30)))


def _window_fit(claim: Claim, article: ArticleRef, stated: int) -> tuple[date, tuple[date, date]] | None:
    """For a date without its year in an undated article of a known period: the one day of that month and day,
    in a year of the window, that falls on the stated weekday (None: no window, or none or several fit)."""
    match = _YEARLESS_DAY.match(str(claim.value or ""))
    window = article_window(article) if article.published_at is None else None
    if match is None or window is None or claim.value_high is not None or _RELATIVE.search(claim.text):
        return None
    month, dom = int(match.group(1)), int(match.group(2))
    fits = []
    for year in range(window[0].year, window[1].year + 1):
        try:
            day = date(year, month, dom)
        except ValueError:  # 29 February of a common year
            continue
        if day.weekday() == stated:
            fits.append(day)
    return (fits[0], window) if len(fits) == 1 else None


def _names(weekday: int, langs: tuple[str, ...]) -> dict[str, str]:
    return {lang: DAY_NAMES["ar" if lang == "ar" else "en"][weekday] for lang in langs}


def _day_span(first: int, last: int, langs: tuple[str, ...]) -> dict[str, str]:
    """"Tuesday to Thursday" / "الثلاثاء إلى الخميس"."""
    names, lasts = _names(first, langs), _names(last, langs)
    return {lang: f"{names[lang]} {'إلى' if lang == 'ar' else 'to'} {lasts[lang]}" for lang in langs}


def _window_verdict(claim: Claim, article: ArticleRef, stated: int) -> Verdict | None:
    fit = _window_fit(claim, article, stated)
    if fit is None:
        return None
    day, (first, last) = fit
    langs = langs_of(claim, article)
    fields = {
        "date": {lang: fmt.format_date(str(claim.value), lang) for lang in langs},
        "year": per_lang(str(day.year), langs),
        "actual": _names(stated, langs),
        "start": {lang: fmt.format_date(first.isoformat(), lang) for lang in langs},
        "end": {lang: fmt.format_date(last.isoformat(), lang) for lang in langs},
    }
    return make_verdict(claim, article, "supported", CALENDAR_METRIC,
                        explanation("calendar_window_weekday_supported", langs, fields), period=day.isoformat())


def _status(claim: Claim, day: date, stated: StatedDay, article: ArticleRef) -> str | None:
    """supported / contradicted / None (cannot be judged) for a weekday stated with a day."""
    actual = day.weekday()
    apart = min((stated.weekday - actual) % 7, (actual - stated.weekday) % 7)
    if apart == 0:
        return "supported"
    if stated.eve or (claim.calendar == "hijri" and apart <= SIGHTING_DAYS):
        return None  # an eve may be the evening before; a Hijri month may have begun a day off by sighting
    if not stated.introduced and not _near_day(day, article, BARE_WEEKDAY_DAYS):
        return None  # a bare weekday far from the report may be another event's day
    if claim.inferred and not _tied_to_report(claim, day, stated.this_week, article):
        return None  # the sentence may be about another year
    return "contradicted"


Span = tuple[int, int]


def weekday_verdict(claim: Claim, article: ArticleRef) -> tuple[Verdict, list[Span]] | None:
    """The verdict on a date's stated weekday, and the weekday's spans (a weekday claim there gets it too)."""
    if claim.value_high is not None:
        return range_verdict(claim, article)
    found = stated_weekday(claim)
    if found is None:
        return None
    day = day_of(claim)
    if day is None:
        verdict = _window_verdict(claim, article, found.weekday)
        return (verdict, [(found.start, found.end)]) if verdict is not None else None
    if claim.inferred and not _near_report(day, article):
        return None
    status = _status(claim, day, found, article)
    if status is None:
        return None
    hijri = claim.calendar == "hijri"
    inferred = "inferred_" if claim.inferred and status == "contradicted" else ""
    reason = f"calendar_{'hijri_' if hijri else ''}weekday_{inferred}{status}"
    langs = langs_of(claim, article)
    fields = {
        "date": {lang: fmt.format_date(day.isoformat(), lang) for lang in langs},
        "hijri": per_lang(claim.text if hijri else "", langs),
        "actual": _names(day.weekday(), langs),
        "stated": _names(found.weekday, langs),
    }
    verdict = make_verdict(claim, article, status, CALENDAR_METRIC, explanation(reason, langs, fields),
                           period=day.isoformat())
    return verdict, [(found.start, found.end)]


def _range_days(claim: Claim) -> tuple[date, date] | None:
    """The first and last days of a range of dates with its year stated ("12-14 شوال 1436هـ")."""
    if claim.kind != "date" or claim.precision != "day" or claim.inferred or _RELATIVE.search(claim.text):
        return None
    try:
        first, last = date.fromisoformat(str(claim.value)), date.fromisoformat(str(claim.value_high))
    except ValueError:
        return None
    return (first, last) if 0 < (last - first).days < 7 else None


def range_verdict(claim: Claim, article: ArticleRef) -> tuple[Verdict, list[Span]] | None:
    """Two weekdays stated with a range of days ("من الأربعاء حتى يوم الجمعة 13-15 شوال 1436هـ"): each end of
    the range against its weekday, the Hijri month's start allowed a day either way."""
    days = _range_days(claim)
    offset = claim.sentence_start
    match = _RANGE_BEFORE.search(claim.sentence[: claim.start - offset]) if days is not None else None
    if days is None or match is None:
        return None
    first, last = _weekday_number(match.group("first")), _weekday_number(match.group("last"))
    if first is None or last is None:
        return None
    stated = (first, last)
    shifts = {(named - day.weekday()) % 7 for named, day in zip(stated, days, strict=True)}
    hijri = claim.calendar == "hijri"
    if shifts == {0}:
        status = "supported"
    elif hijri and shifts <= {1, 6}:
        return None  # the month may have begun a day earlier or later by sighting
    else:
        status = "contradicted"
    langs = langs_of(claim, article)
    fields = {
        "dates": {lang: f"{fmt.format_date(days[0].isoformat(), lang)} – {fmt.format_date(days[1].isoformat(), lang)}"
                  for lang in langs},
        "hijri": per_lang(claim.text if hijri else "", langs),
        "actual": _day_span(days[0].weekday(), days[1].weekday(), langs),
        "stated": _day_span(stated[0], stated[1], langs),
    }
    reason = f"calendar_{'hijri_' if hijri else ''}weekday_range_{status}"
    verdict = make_verdict(claim, article, status, CALENDAR_METRIC, explanation(reason, langs, fields),
                           period=days[0].isoformat())
    return verdict, [(offset + match.start("first"), offset + match.end("first")),
                     (offset + match.start("last"), offset + match.end("last"))]
