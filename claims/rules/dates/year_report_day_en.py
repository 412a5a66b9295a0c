"""Dates, English, a text without a publication date: a sentence that writes its report's full date ("statistics
released by the regulator on November 21, 2025, show that from August to October this year ... in July") dates its
own yearless months: a month (or day) not after the report's month and day is the latest such one before the
report, that year's ("--07" -> 2025-07); a later one is left yearless (it may lie ahead or a year back). The report's
date was read as report time (report_time_en.reported_full_date_en); the months of other sentences keep their own
readings. Called by claims/engine/extractor.py once a sentence's drafts are read."""

from __future__ import annotations

from claims.engine.types import Draft


def report_day_year_en(drafts: list[Draft]) -> None:
    """Give the sentence's yearless months and days not after its report's date that date's year (module docstring).
    Changes `drafts` in place."""
    reports = {str(d.value) for d in drafts if d.kind == "date" and d.report_time and isinstance(d.value, str) and
               len(d.value) == 10 and d.value[:4].isdigit()}
    if len(reports) != 1:
        return  # (the cheap cue first: most sentences write no report date; two leave the year open)
    report = reports.pop()
    for d in drafts:
        value = d.value
        if d.kind != "date" or d.report_time or not isinstance(value, str) or value[:2] != "--" or \
                d.value_high is not None:
            continue
        if value[1:] <= report[4:len(value) + 3]:  # "-07" <= "-10"; "-07-04" <= "-10-18"
            d.value = report[:4] + value[1:]
            d.inferred = True
