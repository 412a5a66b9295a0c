"""The evidence chart: a dated reference series around a claim's time, with the claimed value marked.

`series_chart_svg` is a pure function (points, the claim's date and value, the unit -> an SVG string) that the
dashboard inlines in an alert's detail. It is built for the dashboard's Content-Security-Policy: no script, no
`<style>` element and no `style` attribute (style-src 'self' would refuse them), only SVG presentation
attributes (fill, stroke, font-size), which the CSP does not govern. Every piece of text — the series label, the
unit, dates — is data from packs an operator wrote, so it is escaped like article text.

The picture: the series as a line with its points (each with a tooltip `<title>`), a dashed vertical line at
the claim's date, and the claimed value as a red marker on that line with a dashed horizontal level. The axes
stretch to hold the claim even when it falls outside the series (a claim dated after the series ends, a value
far off). For screen readers the `<svg>` is role="img" with a title and a description in English and Arabic
(SVG 2 lets a reader pick the `<title>`/`<desc>` of its language).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from alerts.text import neutralise_bidi
from factstream.models import SeriesPoint, Verdict

WIDTH, HEIGHT = 360, 170
LEFT, RIGHT, TOP, BOTTOM = 58, 14, 16, 34  # margins: room for the value labels left, the dates below
MAX_DOTS = 60  # above this many points the line is drawn without a dot per point
SERIES_COLOUR, CLAIM_COLOUR, GRID_COLOUR, TEXT_COLOUR = "#2c3e50", "#c0392b", "#dddddd", "#555555"


def _e(value: object) -> str:
    return escape(neutralise_bidi(str(value)), quote=True)


def parse_day(text: str | None) -> date | None:
    """An ISO date, or a month ("2018-03") or year ("2017") dated to its first day; None when unreadable."""
    if not text:
        return None
    text = text.strip()[:10]
    padded = {4: "-01-01", 7: "-01"}.get(len(text), "")
    try:
        return date.fromisoformat(text + padded)
    except ValueError:
        return None


def format_value(value: float, span: float | None = None) -> str:
    """65.19, 1.2345, 3.21bn: decimals enough to tell the axis ticks apart, big figures with a suffix."""
    magnitude = abs(value)
    for threshold, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M")):
        if magnitude >= threshold:
            return f"{value / threshold:,.2f}".rstrip("0").rstrip(".") + suffix
    if span is not None and span > 0:
        decimals = max(0, min(4, 2 - math.floor(math.log10(span))))
    else:
        decimals = 0 if magnitude >= 100 else 2 if magnitude >= 1 else 4
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _date_format(days: Sequence[date]) -> str:
    """Years when every point is a 1 January (annual), months when every point is a first (monthly)."""
    if days and all(d.month == 1 and d.day == 1 for d in days):
        return "year"
    if days and all(d.day == 1 for d in days):
        return "month"
    return "day"


def format_day(day: date, style: str) -> str:
    return {"year": f"{day.year}", "month": f"{day:%Y-%m}"}.get(style, day.isoformat())


@dataclass(frozen=True)
class Scale:
    """Maps dates and values to SVG coordinates inside the plot area."""

    day_low: int
    day_high: int
    value_low: float
    value_high: float

    def x(self, day: date) -> float:
        share = (day.toordinal() - self.day_low) / (self.day_high - self.day_low)
        return round(LEFT + share * (WIDTH - LEFT - RIGHT), 1)

    def y(self, value: float) -> float:
        share = (value - self.value_low) / (self.value_high - self.value_low)
        return round(HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM), 1)


def make_scale(days: Sequence[date], values: Sequence[float]) -> Scale:
    """Axes holding every date and value given, values padded by 8% (a flat series gets a band around it)."""
    ordinals = [d.toordinal() for d in days]
    low_day, high_day = min(ordinals), max(ordinals)
    if low_day == high_day:
        low_day, high_day = low_day - 1, high_day + 1
    low, high = min(values), max(values)
    pad = (high - low) * 0.08 or (abs(high) * 0.05 or 1.0)
    return Scale(low_day, high_day, low - pad, high + pad)


@dataclass(frozen=True)
class ChartText:
    """The accessible title and description, in English and Arabic."""

    title_en: str
    title_ar: str
    desc_en: str
    desc_ar: str


def describe_chart(
    label: str, unit: str, points: Sequence[tuple[date, float]], claim_day: date | None,
    claim_value: float | None, style: str,
) -> ChartText:
    unit_part = f" ({unit})" if unit else ""
    title_en = f"{label}{unit_part}: the reference series around the claim"
    title_ar = f"{label}{unit_part}: السلسلة المرجعية حول تاريخ الادعاء"
    if points:
        low = format_value(min(v for _, v in points))
        high = format_value(max(v for _, v in points))
        first, last = format_day(points[0][0], style), format_day(points[-1][0], style)
        desc_en = f"{len(points)} points from {first} to {last}, between {low} and {high}."
        desc_ar = f"{len(points)} نقطة من {first} إلى {last}، بين {low} و{high}."
    else:
        desc_en, desc_ar = "No reference values around this date.", "لا قيم مرجعية حول هذا التاريخ."
    if claim_day is not None:
        when = format_day(claim_day, style)
        on_day = [v for d, v in points if d == claim_day]
        if claim_value is not None:
            desc_en += f" Claimed: {format_value(claim_value)} on {when}."
            desc_ar += f" القيمة المذكورة: {format_value(claim_value)} في {when}."
        else:
            desc_en += f" The claim is about {when}."
            desc_ar += f" الادعاء عن {when}."
        if on_day:
            desc_en += f" The series that day: {format_value(on_day[0])}."
            desc_ar += f" قيمة السلسلة في ذلك اليوم: {format_value(on_day[0])}."
    return ChartText(title_en, title_ar, desc_en, desc_ar)


def _clean_points(points: Sequence[SeriesPoint]) -> list[tuple[date, float]]:
    """Readable, finite points in date order (one per date: the last given wins)."""
    by_day: dict[date, float] = {}
    for point in points:
        day = parse_day(point.date)
        if day is not None and math.isfinite(point.value):
            by_day[day] = float(point.value)
    return sorted(by_day.items())


def _series_marks(scale: Scale, points: list[tuple[date, float]], style: str) -> list[str]:
    marks: list[str] = []
    if len(points) > 1:
        coords = " ".join(f"{scale.x(d)},{scale.y(v)}" for d, v in points)
        marks.append(f'<polyline class="series-line" points="{coords}" fill="none" '
                     f'stroke="{SERIES_COLOUR}" stroke-width="1.5" stroke-linejoin="round"/>')
    if len(points) <= MAX_DOTS:
        for day, value in points:
            marks.append(
                f'<circle class="series-point" data-date="{day.isoformat()}" cx="{scale.x(day)}" '
                f'cy="{scale.y(value)}" r="2.5" fill="{SERIES_COLOUR}"><title>'
                f"{_e(format_day(day, style))}: {_e(format_value(value))}</title></circle>"
            )
    return marks


def _claim_marks(scale: Scale, claim_day: date | None, claim_value: float | None, style: str) -> list[str]:
    marks: list[str] = []
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    if claim_value is not None:
        y = scale.y(claim_value)
        marks.append(f'<line class="claim-level" x1="{LEFT}" y1="{y}" x2="{right}" y2="{y}" '
                     f'stroke="{CLAIM_COLOUR}" stroke-width="1" stroke-dasharray="2 3"/>')
    if claim_day is None:
        return marks
    x = scale.x(claim_day)
    marks.append(f'<line class="claim-date" x1="{x}" y1="{TOP}" x2="{x}" y2="{bottom}" '
                 f'stroke="{CLAIM_COLOUR}" stroke-width="1" stroke-dasharray="4 3"/>')
    anchor = "end" if x > (LEFT + right) / 2 else "start"
    nudge = -4 if anchor == "end" else 4
    caption = "claimed" if claim_value is not None else "claim date"
    marks.append(f'<text class="claim-label" x="{x + nudge}" y="{TOP - 4}" text-anchor="{anchor}" '
                 f'font-size="10" fill="{CLAIM_COLOUR}">{caption} {_e(format_day(claim_day, style))}</text>')
    if claim_value is not None:
        y = scale.y(claim_value)
        marks.append(
            f'<circle class="claim-marker" cx="{x}" cy="{y}" r="4.5" fill="{CLAIM_COLOUR}" stroke="#ffffff" '
            f'stroke-width="1.5"><title>claimed: {_e(format_value(claim_value))}</title></circle>'
        )
    return marks


def _axes(scale: Scale, days: list[date], style: str) -> list[str]:
    marks: list[str] = []
    span = scale.value_high - scale.value_low
    for share in (0.0, 0.5, 1.0):
        value = scale.value_low + share * span
        y = scale.y(value)
        marks.append(f'<line class="grid" x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" '
                     f'stroke="{GRID_COLOUR}" stroke-width="1"/>')
        marks.append(f'<text class="value-tick" x="{LEFT - 4}" y="{y + 3}" text-anchor="end" font-size="10" '
                     f'fill="{TEXT_COLOUR}">{_e(format_value(value, span))}</text>')
    first, last = min(days), max(days)
    baseline = HEIGHT - BOTTOM + 14
    marks.append(f'<text class="date-tick" x="{LEFT}" y="{baseline}" text-anchor="start" font-size="10" '
                 f'fill="{TEXT_COLOUR}">{_e(format_day(first, style))}</text>')
    if last != first:
        marks.append(f'<text class="date-tick" x="{WIDTH - RIGHT}" y="{baseline}" text-anchor="end" '
                     f'font-size="10" fill="{TEXT_COLOUR}">{_e(format_day(last, style))}</text>')
    return marks


def series_chart_svg(
    points: Sequence[SeriesPoint],
    *,
    claim_date: str | None,
    claim_value: float | None,
    unit: str | None = None,
    label: str = "Reference series",
    element_id: str = "chart",
) -> str:
    """The chart as an SVG string, safe to inline in the dashboard's HTML (and well-formed XML).

    `claim_value` is drawn only when it is on the series' own scale (the caller decides: a claimed change of
    2% is not a price); `claim_date` (ISO) draws the date line. With no usable point the SVG says so in words.
    """
    series = _clean_points(points)
    claim_day = parse_day(claim_date)
    if claim_value is not None and not math.isfinite(claim_value):
        claim_value = None
    style = _date_format([d for d, _ in series] or ([claim_day] if claim_day else []))
    text = describe_chart(label, unit or "", series, claim_day, claim_value, style)
    ident = _e(element_id)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="evidence-chart" role="img" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" aria-labelledby="{ident}-title" '
        f'aria-describedby="{ident}-desc">'
        f'<title id="{ident}-title" lang="en">{_e(text.title_en)}</title>'
        f'<title lang="ar">{_e(text.title_ar)}</title>'
        f'<desc id="{ident}-desc" lang="en">{_e(text.desc_en)}</desc>'
        f'<desc lang="ar">{_e(text.desc_ar)}</desc>'
    )
    if not series:
        return (head + f'<text class="no-data" x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" '
                f'font-size="12" fill="{TEXT_COLOUR}">No reference values around this date</text></svg>')
    days = [d for d, _ in series] + ([claim_day] if claim_day else [])
    values = [v for _, v in series] + ([claim_value] if claim_value is not None else [])
    scale = make_scale(days, values)
    body = _axes(scale, days, style) + _series_marks(scale, series, style)
    body += _claim_marks(scale, claim_day, claim_value, style)
    return head + "".join(body) + "</svg>"


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _on_series_scale(fact_value: float | None, points: Sequence[SeriesPoint]) -> bool:
    """Whether the fact the claim was compared with is a value of the series (a price, a rate, a growth
    figure) rather than something derived from it (a change between two closes): only then does the claimed
    value belong on the chart's value axis."""
    values = [p.value for p in points if math.isfinite(p.value)]
    if fact_value is None or not values:
        return False
    low, high = min(values), max(values)
    slack = 0.1 * max(abs(low), abs(high))
    return low - slack <= fact_value <= high + slack


def verdict_chart_svg(verdict: Verdict, element_id: str) -> str | None:
    """The evidence chart of a verdict whose fact carries series points; None for every other verdict."""
    fact = verdict.fact
    if fact is None or fact.series is None:
        return None
    claim = verdict.claim
    claim_value = _number(claim.value)
    # A claimed percentage on a series that is not in percent is a change ("Brent fell 0.9%"), even when the
    # fact quoted beside it is the day's price: only its date is marked.
    change_of_level = claim.kind == "percent" and "percent" not in (fact.unit or "") and "%" not in (fact.unit or "")
    if change_of_level or not _on_series_scale(_number(fact.value), fact.series):
        claim_value = None
    published = verdict.article.published_at if verdict.article else None
    claim_date = next(
        (d for d in (verdict.period, fact.as_of, claim.time_ref, published and published.date().isoformat())
         if parse_day(d) is not None),
        None,
    )
    label = fact.entity_name or fact.entity_id
    if fact.metric and fact.metric not in label:
        label = f"{label} — {fact.metric}"
    return series_chart_svg(fact.series, claim_date=claim_date, claim_value=claim_value, unit=fact.unit,
                            label=label, element_id=element_id)
