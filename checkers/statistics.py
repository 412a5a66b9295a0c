"""National statistics of a named country and year (metrics with a `revision` margin: the World Bank pack).

News quotes a statistic as first released; the tables hold today's revised figure, and the 2018 vintage (a
second table reporting the same metric) the figure as published in mid-2018. So, for these metrics:
- the year is the one the sentence names next to the figure ("grew 3.2% in 2004"), "last year" / "العام الماضي"
  counted from the publication date; a year not yet over when the article appeared is a forecast or an estimate
  (checkers/years.py); an undated article of a known period (published_window) gives each year the window allows,
  and the figure is supported when one of them fits, contradicted only when it is off for every one;
- a figure is supported when either table agrees within the metric's tolerance (the explanation says "revised
  figure" when only the tolerance makes it agree), unverifiable when it is within the `revision` margin of
  either, and contradicted only beyond it, when the sentence names one entity and one year unambiguously.
Other metrics never come here: checkers.check judges them as before.
"""

from __future__ import annotations

import csv
import dataclasses
from datetime import date
from functools import cache

from checkers import verdicts
from checkers.case import Case
from checkers.compare import Interval, claim_interval
from checkers.judging import agrees, deviation, off_scale
from checkers.matching import LOCAL_CURRENCY, Match
from checkers.reference.load import PACKS_DIR
from checkers.reference.tables import FactRow, MetricDef
from checkers.sentence import SentenceWords, in_range
from checkers.timing import claim_time, finer_than_year, time_slices
from checkers.wording import explain
from checkers.wording import format as fmt
from checkers.wording.templates import TEMPLATES
from checkers.years import FigureYears, figure_years, published_day
from factstream.models import ArticleRef, Claim, Verdict


@cache
def _currencies() -> dict[str, str]:
    """ISO alpha-3 country -> ISO 4217 currency (country-codes), and the euro area's."""
    with (PACKS_DIR / "countries" / "country-codes.csv").open(encoding="utf-8-sig", newline="") as handle:
        found = {row["ISO3166-1-Alpha-3"]: row["ISO4217-currency_alphabetic_code"].split(",")[0].strip()
                 for row in csv.DictReader(handle) if row.get("ISO3166-1-Alpha-3")}
    return {**found, "EMU": "EUR"}


def _local_rows(claim: Claim, case: Case, rows: list[FactRow]) -> list[FactRow] | None:
    """An exchange rate's rows in the claim's currency, or None when that is not the entity's own currency."""
    currency = _currencies().get(case.entity_id or "")
    if not currency or claim.currency != currency:
        return None
    return [dataclasses.replace(row, unit=currency) for row in rows]


def _rates(case: Case) -> dict[tuple[int | None, bool], float]:
    """The entity's official exchange rates by (year, from the 2018 vintage)."""
    assert case.metric is not None and case.metric.convert is not None
    rows = case.tables.facts(case.entity_id or "", case.metric.convert["rate"])
    return {(row.year, _vintage(row)): float(row.value) for row in rows if not isinstance(row.value, str)}


def _rate_of(rates: dict[tuple[int | None, bool], float], row: FactRow) -> float | None:
    """The rate a dollar figure converts at: the same vintage's rate of its year, else today's."""
    return rates.get((row.year, _vintage(row))) or rates.get((row.year, False))


def _converted(case: Case, currency: str) -> list[FactRow]:
    """The dollar metric's figures in the entity's currency at the year's official rate (how the World Bank
    derives the dollar figure from the local one in the first place)."""
    assert case.metric is not None and case.metric.convert is not None
    rates = _rates(case)
    out = []
    for row in case.tables.facts(case.entity_id or "", case.metric.convert["from"]):
        rate = _rate_of(rates, row)
        if rate is not None and not isinstance(row.value, str):
            out.append(dataclasses.replace(row, value=float(row.value) * rate, unit=currency))
    return out


def _clear_entity(case: Case, found: SentenceWords, titled: list[str] | tuple[str, ...]) -> bool:
    """Whether the sentence points at the entity unambiguously: the one named in the figure's clause, else the only
    one the sentence names, else (the sentence naming none) the only one the title names."""
    first, last = found.clause_range(case.claim)
    in_clause = {entity for mention, entity in found.entities if in_range(mention, first, last)}
    if in_clause:
        return in_clause == {case.entity_id}
    named = {entity for _, entity in found.entities}
    if named:
        return named == {case.entity_id}
    return list(titled) == [case.entity_id]


def margin(metric: MetricDef, value: float) -> float:
    """How far a first release may lie from the revised figure `value` (in the metric's unit)."""
    revision = metric.revision or {}
    return max(float(revision.get("absolute", 0.0)), abs(value) * float(revision.get("relative", 0.0)))


def _margin_text(metric: MetricDef, value: float, lang: str) -> str:
    revision = metric.revision or {}
    if metric.unit == "percent":
        points = f"{margin(metric, value):.1f}".rstrip("0").rstrip(".")
        return f"{points} نقطة مئوية" if lang == "ar" else f"{points} percentage points"
    share = f"{float(revision.get('relative', 0.0)) * 100:g}"
    return f"{share}٪" if lang == "ar" else f"{share}%"


def _vintage(row: FactRow) -> bool:
    return "@" in row.table


def _preferred(rows: list[FactRow]) -> FactRow:
    """Today's figure before the 2018 vintage's."""
    return min(rows, key=lambda row: (_vintage(row), row.table))


def _closest(claim: Claim, rows: list[FactRow]) -> FactRow:
    """The figure nearest the claim (today's before the 2018 vintage's at equal distance)."""
    value = float(claim.value) if isinstance(claim.value, int | float) else 0.0
    return min(rows, key=lambda row: (abs(float(row.value) - value) if not isinstance(row.value, str) else 0.0,
                                      _vintage(row), row.table))


def _strict(claim: Claim, metric: MetricDef) -> Interval | None:
    """What the claim's own wording allows (its rounding, "about", "a population of 1.3 billion"), without the
    metric's revision tolerance."""
    return claim_interval(claim, metric.unit, {k: v for k, v in metric.tolerance.items()
                                              if k not in ("absolute", "relative")})


def _within(claim: Claim, row: FactRow, metric: MetricDef) -> bool:
    """Whether the row lies within the revision margin of what the claim's wording allows."""
    stated = _strict(claim, metric)
    if isinstance(row.value, str) or stated is None:
        return False
    fact = float(row.value)
    gap = max(stated.low - fact, fact - stated.high, 0.0)
    return gap <= margin(metric, fact)


def _conversion_note(case: Case, row: FactRow, lang: str) -> str:
    """', converted from US dollars at the official rate of 3.75 SAR per dollar' for a converted figure."""
    rate = _rate_of(_rates(case), row)
    if rate is None:
        return ""
    shown = f"{rate:.4g}"
    if lang == "ar":
        return f"، محوّلًا من الدولار بسعر الصرف الرسمي {shown} {row.unit} للدولار"
    return f", converted from US dollars at the official rate of {shown} {row.unit} per dollar"


def _explained(case: Case, reason: str, row: FactRow, note: dict[str, str] | None = None) -> dict[str, str]:
    """The reason's wording about the row, in every language of the case; `note` (per language) is appended."""
    out = {}
    for lang in case.langs:
        source = explain.source(case, row)
        if _vintage(row):
            source += " (كما نُشر في أغسطس 2018)" if lang == "ar" else " (as published in August 2018)"
        if case.metric is not None and case.metric.convert is not None:
            source += _conversion_note(case, row, lang)
        assert case.metric is not None
        text = TEMPLATES[reason]["ar" if lang == "ar" else "en"].format_map({
            "phrase": explain.fact_phrase(case, row, lang), "when": explain.fact_when(case, row, lang),
            "source": source, "claimed": explain.claimed(case, lang), "label": case.label(lang),
            "entity": case.entity_name(lang), "margin": _margin_text(case.metric, float(row.value), lang)})
        if note:
            text += ("؛ " if lang == "ar" else "; ") + note[lang]
        out[lang] = explain.sentence(text, lang)
    return out


def _year_list(years: list[int], lang: str) -> str:
    """'2003 or 2004' / 'عام 2003 أو عام 2004'."""
    named = [f"عام {year}" if lang == "ar" else str(year) for year in sorted(years)]
    joiner = " أو " if lang == "ar" else " or "
    return named[0] if len(named) == 1 else ("، " if lang == "ar" else ", ").join(named[:-1]) + joiner + named[-1]


def _window_text(case: Case, years: FigureYears, reason: str, **fields: object) -> dict[str, str]:
    """A window reason's wording in every language: the window's days and the years it allows filled in."""
    assert years.window is not None
    first, last = years.window
    return {lang: explain.render(reason, lang, start=fmt.format_date(first.isoformat(), lang),
                                 end=fmt.format_date(last.isoformat(), lang),
                                 years=_year_list(list(years.years), lang), label=case.label(lang),
                                 entity=case.entity_name(lang), claimed=explain.claimed(case, lang),
                                 **{key: value(lang) if callable(value) else value for key, value in fields.items()})
            for lang in case.langs}


def _figures(case: Case, rows: list[FactRow], lang: str) -> str:
    """'1.17% in 2004, -0.71% in 2003': each row's figure and year."""
    assert case.metric is not None
    shown = [f"{fmt.format_value(row.value, row.unit or case.metric.unit, lang)} {explain.fact_when(case, row, lang)}"
             for row in rows]
    return ("، " if lang == "ar" else ", ").join(shown)


def _dated(case: Case, years: FigureYears, today: date | None) -> Verdict | None:
    """Set the case's time (the stated year, else the publication date; none for an undated article's several
    candidate years); a verdict when the time alone decides: a monthly reading, a year not over when the article
    appeared, or no date at all."""
    claim, article = case.claim, case.article
    assert case.metric is not None
    if years.stated and len(years.years) == 1:
        case.when, case.explicit = str(years.years[0]), True
    elif years.window is not None:
        case.when, case.explicit = None, years.stated  # each candidate year is tried in turn
    else:
        when, source = claim_time(claim, article, today)
        # A date elsewhere in the sentence that it does not tie to the figure does not date it.
        published = published_day(article)
        case.when, case.explicit = (str(published or today or date.today()) if source == "text" else when), False
    if case.metric.annual and finer_than_year(claim):
        # "Inflation rose to 11.1% in December 2015": a monthly reading, not the annual figure.
        return verdicts.not_this_metric(case, explain.unverifiable(case, "monthly"))
    if years.not_over:
        # The year was not over when the article appeared: an estimate or a forecast, not the statistic.
        if years.window is not None:
            return verdicts.build(case, "unverifiable", {lang: explain.sentence(text, lang) for lang, text in
                                                         _window_text(case, years, "not_over_window").items()})
        return verdicts.build(case, "unverifiable", {lang: explain.sentence(TEMPLATES["not_over"][
            "ar" if lang == "ar" else "en"].format(year=years.years[0], claimed=explain.claimed(case, lang),
                                                   label=case.label(lang), entity=case.entity_name(lang)), lang)
            for lang in case.langs})
    if not years.years and article.published_at is None:
        case.when = None
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "undated"))
    return None


def check_statistic(claim: Claim, article: ArticleRef, match: Match, found: SentenceWords,
                    titled: list[str] | tuple[str, ...], today: date | None) -> Verdict:
    """The verdict on a claim matched to a national statistic (see the module's docstring)."""
    lang = (article.lang or claim.lang or "en").lower()
    case = Case(claim=claim, article=article, tables=found.tables, langs=("en",) if lang == "en" else ("en", lang))
    case.entity_id = match.entity_id
    case.metric = metric = match.metrics[0]
    years = figure_years(claim, article)
    decided = _dated(case, years, today)
    if decided is not None:
        return decided
    claim_range = claim_interval(claim, metric.unit, metric.tolerance)
    if claim_range is None:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "no_table"))
    rows = [row for matched in match.metrics for row in found.tables.facts(case.entity_id or "", matched.id)]
    if metric.unit == LOCAL_CURRENCY:
        local = _local_rows(claim, case, rows)
        if local is None:  # "7 pounds per dollar" said of Saudi Arabia: another currency's rate
            return verdicts.not_this_metric(case, explain.unverifiable(
                case, "unit", unit_seen=_currencies().get(case.entity_id or "")))
        rows = _converted(case, str(claim.currency)) if metric.convert else local
    windowed = case.when is None  # an undated article's candidate years
    if windowed:
        slices = [then for year in years.years if (then := [row for row in rows if row.year == year])]
    else:
        assert case.when is not None
        slices = time_slices(rows, metric, case.when, case.explicit)
    supported = _supporting(case, slices, years if windowed else None)
    if supported is not None:
        return supported
    note = _window_text(case, years, "window_years") if windowed else None
    if not slices:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "no_time"))
    if not case.explicit and metric.annual:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "annual_unstated"))
    # A figure is contradicted only when it is off for every year it may be about (an undated article's).
    return _disagreeing(case, slices if windowed else slices[:1], found, titled, years if windowed else None,
                        note)


def _supporting(case: Case, slices: list[list[FactRow]], years: FigureYears | None) -> Verdict | None:
    """Supported by the first slice (most recent year first) with a figure that agrees; `years`: the undated
    article's candidate years, named in the explanation with the one that fits."""
    claim, metric = case.claim, case.metric
    assert metric is not None
    claim_range = claim_interval(claim, metric.unit, metric.tolerance)
    for rows_then in slices:
        supporting = [row for row in rows_then if agrees(claim, claim_range, row, metric)]
        if not supporting:
            continue
        row = _closest(claim, supporting)
        if off_scale(claim, row, metric):
            return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=row))
        strict = _strict(claim, metric)
        exact = strict is not None and agrees(claim, strict, row, metric)
        note = None
        if years is not None:
            # One candidate year fits: the verdict is that year's (the conflict key's period too).
            note = _window_text(case, years, "window_fits", year=lambda lang, y=row.year: _year_list([y], lang))
            case.when = str(row.year) if len(slices) == 1 else None
        return verdicts.build(case, "supported", _explained(case, "supported" if exact else "supported_revised",
                                                            row, note), row, deviation(claim, row, metric))
    return None


def _disagreeing(case: Case, slices: list[list[FactRow]], found: SentenceWords, titled: list[str] | tuple[str, ...],
                 years: FigureYears | None, note: dict[str, str] | None) -> Verdict:
    """No figure of the claim's year (or of any year it may be about) agrees: contradicted beyond the revision
    margin of every vintage of every such year, when the sentence is clearly about this entity and metric; else
    unverifiable."""
    claim, metric = case.claim, case.metric
    assert metric is not None
    all_rows = [row for rows_then in slices for row in rows_then]
    row = _preferred(slices[0])
    if off_scale(claim, row, metric):
        return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=row))
    close = [r for r in all_rows if _within(claim, r, metric)]
    if close:
        row = _closest(claim, close)
        return verdicts.build(case, "unverifiable", _explained(case, "revised_close", row, note), row,
                              deviation(claim, row, metric))
    excluded = any(role == "exclude" for _, role, _ in found.words.get(metric.id, ()))
    if excluded or not _clear_entity(case, found, titled):
        # A word ruling the metric out elsewhere in the sentence ("at current prices", "the non-oil economy"),
        # or another country the figure may be about: agreement would count, disagreement proves nothing.
        return verdicts.build(case, "unverifiable", _explained(case, "statistic_unclear", row, note), row,
                              deviation(claim, row, metric))
    if years is not None:
        each = [_preferred(rows_then) for rows_then in slices]
        note = _window_text(case, years, "window_off", listed=lambda lang: _figures(case, each, lang),
                            margin=lambda lang: _margin_text(metric, float(row.value), lang))
    return verdicts.build(case, "contradicted", _explained(case, "contradicted", row, note), row,
                          deviation(claim, row, metric))
