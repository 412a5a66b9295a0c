"""Dates checked against the calendar, with no outside fact: a weekday stated with a date ("الثلاثاء 21 يوليو
2015", "on Tuesday, 21 July 2015") and a Hijri date stated with its Gregorian equivalent ("5 شوال 1436هـ الموافق
21 يوليو 2015م").

A weekday is paired only with the date right after it (nothing but "يوم", a comma, "الموافق" or a bracket
between), never with a weekday joined to another ("ليل الاثنين - الثلاثاء", "الأحد والاثنين"). Hijri dates come
converted by the Umm al-Qura calendar (claims/rules/dates); where a month begins by sighting it may start a day
earlier or later, so a Hijri date is held to within one day, and called wrong only beyond two. A year the
extractor inferred from the publication day may support a weekday near that day, never contradict one (the
sentence may be about another year: "يوم الخميس الثاني من أغسطس" of 1990). Relative days ("أمس الثلاثاء") are
not checked against the publication day: an article's published_at is often its crawl date, a day after print.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from hijridate import Hijri

from checkers.consistency import figures
from checkers.consistency.build import explanation, langs_of, make_verdict, per_lang
from checkers.wording import format as fmt
from factstream.models import ArticleRef, Claim, Verdict

CALENDAR_METRIC = "calendar"
# An inferred year is trusted only for a date this near the publication day (else which year was meant?).
INFERRED_WINDOW_DAYS = 90
# Hijri and Gregorian dates of a pair: agreed within this many days, wrong beyond CONTRADICT_DAYS.
SUPPORT_DAYS = 1
CONTRADICT_DAYS = 2
# A pair where a year was inferred is wrong only this near (farther, the inferred year is the likelier fault).
INFERRED_PAIR_DAYS = 60

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
_ANY_DAY = "|".join(sorted([*_AR_DAYS, *_EN_DAYS], key=len, reverse=True))
# The weekday right before a date: "يوم الثلاثاء 21", "الخميس الموافق 23", "الأحد (19", "on Tuesday, 21 July".
_WEEKDAY_BEFORE = re.compile(
    rf"(?<!\w)(?P<day>{_ANY_DAY})\s*[،,]?\s*(?:(?:الموافق|الموافقة)\s*(?:لـ?\s*)?)?(?:the\s+)?\(?\s*$",
    re.IGNORECASE)
# A weekday joined to another before it ("ليل الاثنين - الثلاثاء", "السبت أو الأحد"): which one is the date's?
_JOINED_DAY = re.compile(rf"(?<!\w)(?:{_ANY_DAY})\s*(?:[-–/]|و|أو|او|إلى|الى|and|or|to)?\s*$", re.IGNORECASE)
# What may stand between a Hijri date and its Gregorian equivalent (either order).
_EQUIVALENT_GAP = re.compile(
    r"^\s*(?:هـ|ه|م)?\s*\)?\s*[،,]?\s*(?:(?:اليوم|يوم)\s+)?(?:الموافق|الموافقة|ويوافق|الذي يوافق)\s*(?:لـ?\s*)?"
    r"(?:" + "|".join(_AR_DAYS) + r")?\s*[،,]?\s*\(?\s*$")
# A Hijri year and its Gregorian year(s) written side by side: "1436هـ/2015م", "1391هـ الموافق 1971م", "(1958م".
_YEAR_GAP = re.compile(r"^\s*(?:هـ|ه|م)?\s*(?:[/=(]|\)?\s*الموافق\s*(?:لـ?\s*)?\(?)\s*$")
_HIJRI_YEAR = re.compile(r"(?<![0-9\u0660-\u0669])(1[34][0-9]{2}|\u0661[\u0663\u0664][\u0660-\u0669]{2})"
                         r"(?![0-9\u0660-\u0669])")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A day named relative to the report ("أمس الثلاثاء", "الأحد", "today"): not a written date; never checked here.
_RELATIVE = re.compile(rf"(?<!\w)[وفبل]?(?:{_ANY_DAY})(?!\w)|أمس|امس|غد|اليوم|الليلة|today|yesterday|tomorrow|tonight",
                       re.IGNORECASE)


def _day_of(claim: Claim) -> date | None:
    """The claim's single Gregorian day, or None (a range, a month, a year, no year)."""
    if claim.kind != "date" or claim.value_high is not None or claim.precision != "day":
        return None
    if not isinstance(claim.value, str) or not _ISO_DAY.match(claim.value) or _RELATIVE.search(claim.text):
        return None
    try:
        return date.fromisoformat(claim.value)
    except ValueError:
        return None


def _published(article: ArticleRef) -> date | None:
    published = article.published_at
    if published is None:
        return None
    return published.date() if hasattr(published, "date") else published


def _near_report(day: date, article: ArticleRef) -> bool:
    """An inferred year may stand for a date near the publication day, not for one far from it."""
    published = _published(article)
    return published is not None and abs((day - published).days) <= INFERRED_WINDOW_DAYS


def _weekday_number(name: str) -> int | None:
    return _AR_DAYS.get(name, _EN_DAYS.get(name.lower()))


def stated_weekday(claim: Claim) -> tuple[int, int, int] | None:
    """(weekday, start, end) of a weekday written right before the claim, offsets in the article's text."""
    offset = claim.sentence_start
    head = claim.sentence[: claim.start - offset]
    match = _WEEKDAY_BEFORE.search(head)
    if match is None or _JOINED_DAY.search(head[: match.start("day")]):
        return None
    weekday = _weekday_number(match.group("day"))
    if weekday is None:
        return None
    return weekday, offset + match.start("day"), offset + match.end("day")


def _hijri_text(claim: Claim) -> str:
    return claim.text if claim.calendar == "hijri" else ""


def weekday_verdict(claim: Claim, article: ArticleRef) -> tuple[Verdict, tuple[int, int]] | None:
    """The verdict on a date's stated weekday, and the weekday's span (a weekday claim there gets it too)."""
    day = _day_of(claim)
    found = stated_weekday(claim)
    if day is None or found is None or (claim.inferred and not _near_report(day, article)):
        return None
    stated, start, end = found
    actual = day.weekday()
    apart = min((stated - actual) % 7, (actual - stated) % 7)
    hijri = claim.calendar == "hijri"
    if apart == 0:
        status = "supported"
    elif claim.inferred or (hijri and apart <= SUPPORT_DAYS):
        # An inferred year: the sentence may be about another year ("يوم الخميس الثاني من أغسطس" of 1990);
        # a Hijri month may have begun a day earlier or later by sighting.
        return None
    else:
        status = "contradicted"
    reason = f"calendar_{'hijri_' if hijri else ''}weekday_{status}"
    langs = langs_of(claim, article)
    fields = {
        "date": {lang: fmt.format_date(day.isoformat(), lang) for lang in langs},
        "hijri": per_lang(_hijri_text(claim), langs),
        "actual": {lang: DAY_NAMES["ar" if lang == "ar" else "en"][actual] for lang in langs},
        "stated": {lang: DAY_NAMES["ar" if lang == "ar" else "en"][stated] for lang in langs},
    }
    verdict = make_verdict(claim, article, status, CALENDAR_METRIC, explanation(reason, langs, fields),
                           period=day.isoformat())
    return verdict, (start, end)


def equivalent_pairs(dates: list[Claim]) -> list[tuple[Claim, Claim]]:
    """(hijri, gregorian) pairs of a sentence's date claims written as equivalents ("... الموافق ...")."""
    pairs = []
    for first, second in pairwise(dates):
        calendars = {first.calendar, second.calendar}
        gap = figures.between(first, second)
        years = "year" in (first.precision, second.precision)
        if calendars != {"hijri", "gregorian"} or not (_YEAR_GAP if years else _EQUIVALENT_GAP).match(gap):
            continue
        pairs.append((first, second) if first.calendar == "hijri" else (second, first))
    return pairs


def pair_verdict(hijri: Claim, gregorian: Claim, article: ArticleRef) -> Verdict | None:
    """The verdict on a Gregorian date stated as a Hijri date's equivalent, or None when it cannot be judged."""
    converted, stated = _day_of(hijri), _day_of(gregorian)
    if converted is None or stated is None:
        return None
    apart = abs((stated - converted).days)
    inferred = hijri.inferred or gregorian.inferred
    if apart <= SUPPORT_DAYS:
        status = "supported"
    elif apart > CONTRADICT_DAYS and not (inferred and apart > INFERRED_PAIR_DAYS):
        status = "contradicted"
    else:
        return None
    langs = langs_of(gregorian, article)
    fields = {
        "hijri": per_lang(hijri.text, langs),
        "converted": {lang: fmt.format_date(converted.isoformat(), lang) for lang in langs},
        "gregorian": per_lang(gregorian.text, langs),
        "days": per_lang(str(apart), langs),
    }
    return make_verdict(gregorian, article, status, CALENDAR_METRIC,
                        explanation(f"calendar_pair_{status}", langs, fields), period=converted.isoformat())


def _hijri_year_span(claim: Claim) -> tuple[date, date] | None:
    """The first and last Gregorian days of a Hijri year claim ("1436هـ": 2014-10-25 .. 2015-10-13)."""
    match = _HIJRI_YEAR.search(claim.text) if claim.precision == "year" and claim.value_high is None else None
    if match is None:
        return None
    year = int("".join(str(int(ch)) for ch in match.group(1)))
    try:
        first, after = Hijri(year, 1, 1).to_gregorian(), Hijri(year + 1, 1, 1).to_gregorian()
    except (OverflowError, ValueError):
        return None  # outside the Umm al-Qura table
    return date(first.year, first.month, first.day), date(after.year, after.month, after.day) - timedelta(days=1)


def _gregorian_span(claim: Claim) -> tuple[date, date] | None:
    day = _day_of(claim)
    if day is not None:
        return day, day
    if claim.precision == "year" and claim.value_high is None and re.fullmatch(r"\d{4}", str(claim.value or "")):
        year = int(str(claim.value))
        return date(year, 1, 1), date(year, 12, 31)
    return None


def year_pair_verdict(hijri: Claim, gregorian: Claim, article: ArticleRef) -> Verdict | None:
    """A Hijri year and the Gregorian year (or day) written as its equivalent: they must overlap."""
    hijri_span, stated = _hijri_year_span(hijri), _gregorian_span(gregorian)
    if hijri_span is None or stated is None or gregorian.inferred:
        return None
    apart = max((stated[0] - hijri_span[1]).days, (hijri_span[0] - stated[1]).days, 0)
    if apart == 0:
        status = "supported"
    elif apart > INFERRED_PAIR_DAYS // 2:  # a month's sighting cannot explain it
        status = "contradicted"
    else:
        return None
    langs = langs_of(gregorian, article)
    fields = {
        "hijri": per_lang(hijri.text, langs),
        "first": {lang: fmt.format_date(hijri_span[0].isoformat(), lang) for lang in langs},
        "last": {lang: fmt.format_date(hijri_span[1].isoformat(), lang) for lang in langs},
        "gregorian": per_lang(gregorian.text, langs),
    }
    return make_verdict(gregorian, article, status, CALENDAR_METRIC,
                        explanation(f"calendar_year_{status}", langs, fields), period=hijri_span[0].isoformat())


def _retarget(verdict: Verdict, claim: Claim) -> Verdict:
    """The same finding as the verdict on another claim of the pair (the Hijri date, the weekday)."""
    return make_verdict(claim, verdict.article, verdict.verdict, CALENDAR_METRIC, verdict.explanation,
                        period=verdict.period)


def _keep(found: dict[str, Verdict], verdict: Verdict) -> None:
    """A claim judged twice (its weekday and its equivalent) keeps a contradiction over an agreement."""
    held = found.get(verdict.claim.claim_id)
    if held is None or (held.verdict != "contradicted" and verdict.verdict == "contradicted"):
        found[verdict.claim.claim_id] = verdict


def calendar_verdicts(dates: list[Claim], article: ArticleRef) -> dict[str, Verdict]:
    """claim_id -> verdict for the date claims of one sentence (in text order) the calendar can judge."""
    found: dict[str, Verdict] = {}
    for claim in dates:
        judged = weekday_verdict(claim, article)
        if judged is None:
            continue
        verdict, (start, end) = judged
        _keep(found, verdict)
        for other in dates:  # the weekday as its own date claim ("يوم الخميس الموافق 23 يوليو")
            if other is not claim and other.start == start and other.end == end:
                _keep(found, _retarget(verdict, other))
    for hijri, gregorian in equivalent_pairs(dates):
        judge = year_pair_verdict if hijri.precision == "year" else pair_verdict
        verdict = judge(hijri, gregorian, article)
        if verdict is not None:
            _keep(found, verdict)
            _keep(found, _retarget(verdict, hijri))
    return found
