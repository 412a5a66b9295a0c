"""The parts of the ISO values the date rules write ("2015-07", "--07", "2015-07-01", "--07-01"; bench/devset/
GUIDELINES.md, dates): one reader for the rules that carry a year or a month from one date to another
(same_month_ar.py, year_restated_ar.py, year_context.py) instead of each slicing the text its own way, and for the
rules that measure a full date's distance from the publication day (report_time.py, dateline_ar.py)."""

from __future__ import annotations

import re
from datetime import date

_MONTH_OR_DAY = re.compile(r"(\d{4}|-)-(\d\d)(?:-(\d\d))?")  # a year (or "-": none), the month, maybe the day


def _parts(value: object) -> re.Match[str] | None:
    return _MONTH_OR_DAY.fullmatch(value) if isinstance(value, str) else None


def month_of(value: object, *, days: bool = True, yearless: bool = True) -> str | None:
    """The month ("07") of a month value ("2015-07", "--07") or, with `days`, of a day value ("2015-07-01",
    "--07-01"); only of a value written with its year unless `yearless`. None for a year alone, a BC year, None."""
    m = _parts(value)
    if m is None or (m.group(3) is not None and not days) or (m.group(1) == "-" and not yearless):
        return None
    return m.group(2)


def day_of(value: object) -> str | None:
    """The day ("01") of a day value ("2015-07-01", "--07-01"); None for a month, a year or None."""
    m = _parts(value)
    return None if m is None else m.group(3)


def month_part(value: object) -> str | None:
    """The month of a month or day value with its year or the yearless mark: "2015-07" of "2015-07-01", "--07" of
    "--07-01" or "--07"."""
    m = _parts(value)
    return None if m is None else f"{m.group(1)}-{m.group(2)}"


def full_day(value: object) -> date | None:
    """The day of a full day value with its year ("2015-07-01"); None for any other value or an impossible day."""
    if not isinstance(value, str) or len(value) != 10 or not value[:4].isdigit():
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def days_from_publication(value: object, published: date | None) -> int | None:
    """Days from the publication day to the full day value (negative before it); None without a publication day
    or for a value that is no full day."""
    if published is None:
        return None
    day = full_day(value)
    return None if day is None else (day - published).days


# A date that dates the report lies only this close to the publication day (days): a day word or weekday, which
# GUIDELINES names, never lies further off. A dateline without an agency dates the report only so near it
# (dateline_ar.py), and so does a full date a verb of saying owns (report_time_ar.py, report_time_en.py).
REPORT_DATE_MAX_DAYS = 7


def far_from_publication(value: object, published: date | None) -> bool:
    """A full date (ISO "YYYY-MM-DD") more than REPORT_DATE_MAX_DAYS from the publication day: not the report's. A
    full date a verb of saying owns dates an earlier statement, a claim, further off ("وفي 2 أغسطس، قالت الوزارة",
    "announced by the union on January 17" in an article of 20 August / 3 February; review 15, session 16). False
    without a publication day or for a value that is no full day."""
    days = days_from_publication(value, published)
    return days is not None and abs(days) > REPORT_DATE_MAX_DAYS
