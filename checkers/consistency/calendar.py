"""Dates checked against the calendar, with no outside fact: a weekday stated with a date (checkers/consistency/
weekdays.py) and a Hijri date or year stated with its Gregorian equivalent ("5 شوال 1436هـ الموافق 21 يوليو
2015م", "1391هـ الموافق 1971م", "16 رمضان 1395هـ (1975م)", "1435هـ، 2014م").

Hijri dates come converted by the Umm al-Qura calendar (claims/rules/dates); where a month begins by sighting it
may start a day earlier or later, so a Hijri date is held to within one day, and called wrong only beyond two (the
explanation says so). A pair where a year was inferred is wrong only when near (farther, the inferred year is the
likelier fault). A Hijri year and a Gregorian year side by side with only a comma or a dash between ("1435هـ،
2014م", "(1436هـ – 2015م)") may agree, never be called wrong: such a gap may also join two different years.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from hijridate import Hijri

from checkers.consistency import figures
from checkers.consistency.build import explanation, langs_of, make_verdict, per_lang
from checkers.consistency.weekdays import AR_DAY_WORDS, CALENDAR_METRIC, day_of, weekday_verdict
from checkers.wording import format as fmt
from factstream.models import ArticleRef, Claim, Verdict

__all__ = ["CALENDAR_METRIC", "calendar_verdicts", "equivalent_pairs"]

# Hijri and Gregorian dates of a pair: agreed within this many days, wrong beyond CONTRADICT_DAYS.
SUPPORT_DAYS = 1
CONTRADICT_DAYS = 2
# A pair where a year was inferred is wrong only this near (farther, the inferred year is the likelier fault).
INFERRED_PAIR_DAYS = 60

# What may stand between a Hijri date and its Gregorian equivalent (either order).
_EQUIVALENT_GAP = re.compile(
    r"^\s*(?:هـ|ه|م)?\s*\)?\s*[،,]?\s*(?:(?:اليوم|يوم)\s+)?(?:الموافق|الموافقة|ويوافق|الذي يوافق)\s*(?:لـ?\s*)?"
    r"(?:" + "|".join(AR_DAY_WORDS) + r")?\s*[،,]?\s*\(?\s*$"
    r"|^\s*(?:هـ|ه|م)?\s*\(\s*$")  # or the equivalent in brackets: "25 شوال 1436هـ (10 أغسطس 2015م)"
# Two dates side by side with a comma, a slash or a dash only ("1436/10/25هـ - 2015/8/10م"): may agree, never
# called wrong.
_LOOSE_DAY_GAP = re.compile(r"^\s*(?:هـ|ه|م)?\s*[،,/\-–—]\s*$")
# A Hijri year and its Gregorian year(s) written side by side: "1436هـ/2015م", "1391هـ الموافق 1971م", "(1958م".
_YEAR_GAP = re.compile(r"^\s*(?:هـ|ه|م)?\s*(?:[/=(]|\)?\s*الموافق\s*(?:لـ?\s*)?\(?)\s*$")
# Side by side with a comma or a dash only ("1435هـ، 2014م", "1436هـ – 2015م"): may agree, never called wrong.
_LOOSE_YEAR_GAP = re.compile(r"^\s*(?:هـ|ه)?\s*[،,\-–—]\s*$")
_HIJRI_YEAR = re.compile(r"(?<![0-9\u0660-\u0669])(1[34][0-9]{2}|\u0661[\u0663\u0664][\u0660-\u0669]{2})"
                         r"(?![0-9\u0660-\u0669])")
# Which calendar each year of a loose pair is in must be written: "2014م", or "1395 هجرية، 1975".
_GREGORIAN_MARK = re.compile(r"م\s*\)?$")
_HIJRI_WORD = re.compile(r"هجري[ةه]?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def equivalent_pairs(dates: list[Claim]) -> list[tuple[Claim, Claim, bool]]:
    """(hijri, gregorian, firm) for a sentence's date claims written as equivalents: firm when joined by
    "الموافق" or a bracket (years: also a slash); not firm with only a comma or a dash between (two days, or a
    Hijri year and a Gregorian year marked as such: "1435هـ، 2014م"), which may agree but is never called wrong."""
    pairs = []
    for first, second in pairwise(dates):
        if {first.calendar, second.calendar} != {"hijri", "gregorian"}:
            continue
        hijri, gregorian = (first, second) if first.calendar == "hijri" else (second, first)
        gap = figures.between(first, second)
        years = "year" in (first.precision, second.precision)
        if (_YEAR_GAP if years else _EQUIVALENT_GAP).match(gap):
            pairs.append((hijri, gregorian, True))
        elif _loose(hijri, gregorian, gap, hijri is first):
            pairs.append((hijri, gregorian, False))
    return pairs


def _loose(hijri: Claim, gregorian: Claim, gap: str, hijri_first: bool) -> bool:
    """Side by side with a comma or a dash only: two days, or a Hijri year then a Gregorian year, each marked."""
    if hijri.precision == gregorian.precision == "day":
        return bool(_LOOSE_DAY_GAP.match(gap))
    return (hijri_first and hijri.precision == gregorian.precision == "year" and bool(_LOOSE_YEAR_GAP.match(gap))
            and bool(_GREGORIAN_MARK.search(gregorian.text) or _HIJRI_WORD.search(hijri.text)))


def pair_verdict(hijri: Claim, gregorian: Claim, article: ArticleRef, firm: bool = True) -> Verdict | None:
    """The verdict on a Gregorian date stated as a Hijri date's equivalent, or None when it cannot be judged
    (called wrong only when `firm`)."""
    converted, stated = day_of(hijri), day_of(gregorian)
    if converted is None:
        return None
    if stated is None:
        return _span_verdict(hijri, converted, gregorian, article, firm)
    apart = abs((stated - converted).days)
    inferred = hijri.inferred or gregorian.inferred
    if apart <= SUPPORT_DAYS:
        status = "supported"
    elif firm and apart > CONTRADICT_DAYS and not (inferred and apart > INFERRED_PAIR_DAYS):
        status = "contradicted"
    else:
        return None
    return _equivalence_verdict("calendar_pair", status, hijri, converted, gregorian, apart, article)


def _span_verdict(hijri: Claim, converted: date, gregorian: Claim, article: ArticleRef,
                  firm: bool) -> Verdict | None:
    """A Hijri day and the Gregorian month or year stated as its equivalent ("16 رمضان 1395هـ (1975م)"): the
    converted day must fall within it, give or take the day by which sighting may shift a month's start."""
    span = _gregorian_span(gregorian)
    if span is None or hijri.inferred or gregorian.inferred:
        return None
    apart = max((span[0] - converted).days, (converted - span[1]).days, 0)
    if apart <= SUPPORT_DAYS:
        status = "supported"
    elif firm and apart > CONTRADICT_DAYS:
        status = "contradicted"
    else:
        return None
    return _equivalence_verdict("calendar_span", status, hijri, converted, gregorian, apart, article)


def _equivalence_verdict(template: str, status: str, hijri: Claim, converted: date, gregorian: Claim, apart: int,
                         article: ArticleRef) -> Verdict:
    """The verdict on `gregorian` as the equivalent of `hijri` (converted: its Gregorian day), `apart` days off."""
    langs = langs_of(gregorian, article)
    fields = {
        "hijri": per_lang(hijri.text, langs),
        "converted": {lang: fmt.format_date(converted.isoformat(), lang) for lang in langs},
        "gregorian": per_lang(gregorian.text, langs),
        "days": per_lang(str(apart), langs),
    }
    return make_verdict(gregorian, article, status, CALENDAR_METRIC,
                        explanation(f"{template}_{status}", langs, fields), period=converted.isoformat())


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
    """The first and last days of a Gregorian day, month ("مارس 2015م") or year claim."""
    day = day_of(claim)
    if day is not None:
        return day, day
    if claim.value_high is not None or claim.calendar != "gregorian":
        return None
    value = str(claim.value or "")
    if claim.precision == "year" and re.fullmatch(r"\d{4}", value):
        year = int(value)
        return date(year, 1, 1), date(year, 12, 31)
    month = _ISO_MONTH.match(value) if claim.precision == "month" else None
    if month is not None and 1 <= int(month.group(2)) <= 12:
        first = date(int(month.group(1)), int(month.group(2)), 1)
        after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, after - timedelta(days=1)
    return None


def year_pair_verdict(hijri: Claim, gregorian: Claim, article: ArticleRef, firm: bool = True) -> Verdict | None:
    """A Hijri year and the Gregorian year (or day) written as its equivalent: they must overlap (called wrong
    only when `firm`: joined by "الموافق", a slash or a bracket)."""
    hijri_span, stated = _hijri_year_span(hijri), _gregorian_span(gregorian)
    if hijri_span is None or stated is None or gregorian.inferred:
        return None
    apart = max((stated[0] - hijri_span[1]).days, (hijri_span[0] - stated[1]).days, 0)
    if apart == 0:
        status = "supported"
    elif firm and apart > INFERRED_PAIR_DAYS // 2:  # a month's sighting cannot explain it
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
        verdict, spans = judged
        _keep(found, verdict)
        for other in dates:  # the weekday as its own date claim ("يوم الخميس الموافق 23 يوليو")
            if other is not claim and (other.start, other.end) in spans:
                _keep(found, _retarget(verdict, other))
    for hijri, gregorian, firm in equivalent_pairs(dates):
        if hijri.precision == "year":
            verdict = year_pair_verdict(hijri, gregorian, article, firm)
        else:
            verdict = pair_verdict(hijri, gregorian, article, firm)
        if verdict is not None:
            _keep(found, verdict)
            _keep(found, _retarget(verdict, hijri))
    return found
