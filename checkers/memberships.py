"""A count that changed over time (an organisation's membership) stated in an undated article of a known period
(`ArticleRef.published_window`, "2004-01-01/2005-12-31").

The article may have appeared on any day of the window, so every count valid on some day of it is a candidate:
"the 25-member EU" in a 2004-05 article is supported by the 25 members of 1 May 2004 on, though the EU had 15
until 30 April 2004; a count is contradicted only when no day of the window fits it (the explanation lists the
counts of the period) and its sentence names no date (which may date another figure). The verdict carries no
period (no conflict key): the day it is about is unknown.
"""

from __future__ import annotations

from datetime import date

from checkers import verdicts
from checkers.case import Case
from checkers.compare import Interval, time_bounds
from checkers.judging import agrees, deviation, off_scale
from checkers.reference.tables import FactRow, MetricDef
from checkers.timing import fact_start
from checkers.wording import explain
from checkers.wording import format as fmt
from factstream.models import Verdict


def _valid_in(row: FactRow, first: date, last: date) -> bool:
    """Whether the fact held on some day between first and last (its start, and its end when it has one)."""
    start = fact_start(row)
    if start is None or start > last:
        return False
    return not row.valid_to or time_bounds(row.valid_to)[1] >= first


def _span(row: FactRow, lang: str) -> str:
    """'15 (1 January 1995 to 30 April 2004)' / '15 (من 1 يناير 1995 إلى 30 أبريل 2004)'."""
    assert row.start is not None
    value = fmt.format_number(float(row.value), lang) if not isinstance(row.value, str) else row.value
    since = fmt.format_date(row.start, lang)
    if row.valid_to:
        until = fmt.format_date(row.valid_to, lang)
        return f"{value} (من {since} إلى {until})" if lang == "ar" else f"{value} ({since} to {until})"
    return f"{value} (منذ {since})" if lang == "ar" else f"{value} (from {since})"


def _window_fields(window: tuple[date, date], lang: str) -> dict[str, str]:
    return {"start": fmt.format_date(window[0].isoformat(), lang), "end": fmt.format_date(window[1].isoformat(), lang)}


def check_count_window(case: Case, metric: MetricDef, rows: list[FactRow], claim_range: Interval | None,
                       window: tuple[date, date], *, contradict: bool = True) -> Verdict:
    """The verdict on a count that changed over time, stated in an article published on some day of `window`;
    `contradict`: whether a count no day of it fits is called wrong (not when the sentence names a date, which
    may be another figure's: "trade with the 25 EU members was worth $155bn in 2003")."""
    claim = case.claim
    case.when = None  # the day the count is about is unknown: no period, no conflict key
    valid = sorted((row for row in rows if _valid_in(row, *window)), key=lambda row: fact_start(row) or date.min)
    if not valid:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "no_time"))
    if all(off_scale(claim, row, metric) for row in valid):
        return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=valid[-1]))
    outcomes = [agrees(claim, claim_range, row, metric) for row in valid]
    supporting = [row for row, outcome in zip(valid, outcomes, strict=True) if outcome is True]
    if supporting:
        row = supporting[-1]
        text = {lang: explain.render("count_window_fits", lang, phrase=explain.fact_phrase(case, row, lang),
                                     when=explain.fact_when(case, row, lang), source=explain.source(case, row),
                                     claimed=explain.claimed(case, lang), **_window_fields(window, lang))
                for lang in case.langs}
        return verdicts.build(case, "supported", {lang: explain.sentence(t, lang) for lang, t in text.items()}, row,
                              deviation(claim, row, metric))
    if not contradict or not all(outcome is False for outcome in outcomes):
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "undated_count"))
    # No day of the window fits: every count the organisation had then differs from the claim.
    row = valid[-1]
    text = {lang: explain.render("count_window_off", lang, label=case.label(lang), entity=case.entity_name(lang),
                                 listed=("، " if lang == "ar" else ", ").join(_span(r, lang) for r in valid),
                                 source=explain.source(case, row), claimed=explain.claimed(case, lang),
                                 **_window_fields(window, lang))
            for lang in case.langs}
    return verdicts.build(case, "contradicted", {lang: explain.sentence(t, lang) for lang, t in text.items()}, row,
                          deviation(claim, row, metric))
