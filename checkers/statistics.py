"""National statistics of a named country and year (metrics with a `revision` margin: the World Bank pack).

News quotes a statistic as first released; the tables hold today's revised figure, and the 2018 vintage (a
second table reporting the same metric) the figure as published in mid-2018. So, for these metrics:
- the year is the one the sentence names next to the figure ("grew 3.2% in 2004"), "last year" / "العام الماضي"
  counted from the publication date; a year not yet over when the article appeared is a forecast or an estimate;
- a figure is supported when either table agrees within the metric's tolerance (the explanation says "revised
  figure" when only the tolerance makes it agree), unverifiable when it is within the `revision` margin of
  either, and contradicted only beyond it, when the sentence names one entity and one year unambiguously.
Other metrics never come here: checkers.check judges them as before.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from datetime import date, datetime
from functools import cache

from checkers import verdicts
from checkers.case import Case
from checkers.compare import Interval, claim_interval
from checkers.judging import agrees, deviation, off_scale
from checkers.matching import LOCAL_CURRENCY, Match
from checkers.reference.load import PACKS_DIR
from checkers.reference.tables import FactRow, MetricDef
from checkers.sentence import CLAUSE_MARKS, SentenceWords, in_range
from checkers.timing import claim_time, finer_than_year, time_slices
from checkers.wording import explain
from checkers.wording.templates import TEMPLATES
from factstream.models import ArticleRef, Claim, Verdict

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,٫])(19[5-9]\d|20[0-4]\d)(?!\d|[.,٫]\d|\s*%|\s*في الم)")
# Relative years, counted from the publication date (offset in years).
_RELATIVE = re.compile(
    r"\b(last year|the previous year|the past year)\b|(العام الماضي|السنة الماضية|العام المنصرم|العام السابق)"
    r"|\b(this year)\b|(العام الجاري|هذا العام|العام الحالي|السنة الحالية|السنة الجارية)",
    re.IGNORECASE,
)
# A year right after these words is the other side of a comparison or the start of a span, not the figure's year.
_NOT_THE_YEAR = re.compile(
    r"\b(compared (?:with|to)|from|since|against|than|until|through|to|by|مقارنة|بالمقارنة|مقابل|منذ|عن|من|حتى|إلى)"
    r"\s+(?:[^\s\d]+\s+){0,2}$", re.IGNORECASE)
_COMPARISON = re.compile(r"compared|versus|against|\bfrom\b|\bthan\b|\babove\b|\bbelow\b|مقارنة|بالمقارنة|مقابل"
                         r"|بعد أن|عن مستوى|فيما|بينما|while|whereas", re.IGNORECASE)


def _years(sentence: str, published: date | None) -> list[tuple[int, int, int | None]]:
    """(start, end, year) of every year the sentence names for its figures, relative ones resolved."""
    text = sentence.translate(_DIGITS)
    found = []
    for match in _YEAR.finditer(text):
        if not _NOT_THE_YEAR.search(text[max(0, match.start() - 24):match.start()]):
            found.append((match.start(), match.end(), int(match.group())))
    for match in _RELATIVE.finditer(text):
        offset = -1 if (match.group(1) or match.group(2)) else 0
        # Without a publication date "last year" names no year, but it still is the figure's year (None).
        found.append((match.start(), match.end(), published.year + offset if published else None))
    return found


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the clause around [start, end) (between clause marks)."""
    before = max((sentence.rfind(mark, 0, start) + len(mark) for mark in CLAUSE_MARKS
                  if sentence.rfind(mark, 0, start) >= 0), default=0)
    after = min((at for mark in CLAUSE_MARKS if (at := sentence.find(mark, end)) >= 0), default=len(sentence))
    return before, after


def stated_year(claim: Claim, published: date | None) -> int | None:
    """The year the figure is about: the nearest year named in its clause, else the one year the sentence names;
    None when the sentence names none, or several with none in the figure's clause."""
    sentence = claim.sentence
    start = max(0, claim.start - claim.sentence_start)
    end = min(len(sentence), claim.end - claim.sentence_start)
    if sentence[start:end] != claim.text and claim.text in sentence:
        start = sentence.index(claim.text)
        end = start + len(claim.text)
    years = _years(sentence, published)
    if not years:
        return None
    # A year on the other side of a comparison is the other figure's ("3.5% in 2014, against 2.7% in 2013").
    years = [(s, e, year) for s, e, year in years
             if not _COMPARISON.search(sentence[end:s] if s >= end else sentence[e:start])]
    if not years:
        return None
    low, high = _clause_bounds(sentence, start, end)
    near = [(min(abs(s - end), abs(start - e)), year) for s, e, year in years if low <= s and e <= high]
    if near:
        return min(near, key=lambda found: found[0])[1]
    distinct = {year for _, _, year in years}
    return distinct.pop() if len(distinct) == 1 else None


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


def _published(article: ArticleRef) -> date | None:
    published = article.published_at
    if published is None:
        return None
    return published.date() if isinstance(published, datetime) else published


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


def _explained(case: Case, reason: str, row: FactRow) -> dict[str, str]:
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
        out[lang] = explain.sentence(text, lang)
    return out


def _dated(case: Case, today: date | None) -> Verdict | None:
    """Set the case's time (the stated year, else the publication date); a verdict when the time alone decides:
    a monthly reading, a year not over when the article appeared, or no date at all."""
    claim, article = case.claim, case.article
    assert case.metric is not None
    published = _published(article)
    year = stated_year(claim, published)
    if year is not None:
        case.when, case.explicit = str(year), True
    else:
        when, source = claim_time(claim, article, today)
        # A date elsewhere in the sentence that it does not tie to the figure does not date it.
        case.when, case.explicit = (str(published or today or date.today()) if source == "text" else when), False
    if case.metric.annual and finer_than_year(claim):
        # "Inflation rose to 11.1% in December 2015": a monthly reading, not the annual figure.
        return verdicts.not_this_metric(case, explain.unverifiable(case, "monthly"))
    if published is not None and year is not None and year >= published.year:
        # The year was not over when the article appeared: an estimate or a forecast, not the statistic.
        return verdicts.build(case, "unverifiable", {lang: explain.sentence(TEMPLATES["not_over"][
            "ar" if lang == "ar" else "en"].format(year=year, claimed=explain.claimed(case, lang),
                                                   label=case.label(lang), entity=case.entity_name(lang)), lang)
            for lang in case.langs})
    if year is None and published is None:
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
    decided = _dated(case, today)
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
    assert case.when is not None
    slices = time_slices(rows, metric, case.when, case.explicit)
    for rows_then in slices:
        supporting = [row for row in rows_then if agrees(claim, claim_range, row, metric)]
        if supporting:
            row = _closest(claim, supporting)
            if off_scale(claim, row, metric):
                return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=row))
            strict = _strict(claim, metric)
            exact = strict is not None and agrees(claim, strict, row, metric)
            reason = "supported" if exact else "supported_revised"
            return verdicts.build(case, "supported", _explained(case, reason, row), row, deviation(claim, row, metric))
    if not slices:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "no_time"))
    if not case.explicit and metric.annual:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "annual_unstated"))
    return _disagreeing(case, slices[0], found, titled)


def _disagreeing(case: Case, rows_then: list[FactRow], found: SentenceWords,
                 titled: list[str] | tuple[str, ...]) -> Verdict:
    """No figure of the claim's year agrees: contradicted beyond the revision margin of every vintage, when the
    sentence is clearly about this entity and metric; else unverifiable."""
    claim, metric = case.claim, case.metric
    assert metric is not None
    row = _preferred(rows_then)
    if off_scale(claim, row, metric):
        return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=row))
    close = [r for r in rows_then if _within(claim, r, metric)]
    if close:
        row = _preferred(close)
        return verdicts.build(case, "unverifiable", _explained(case, "revised_close", row), row,
                              deviation(claim, row, metric))
    excluded = any(role == "exclude" for _, role, _ in found.words.get(metric.id, ()))
    if excluded or not _clear_entity(case, found, titled):
        # A word ruling the metric out elsewhere in the sentence ("at current prices", "the non-oil economy"),
        # or another country the figure may be about: agreement would count, disagreement proves nothing.
        return verdicts.build(case, "unverifiable", _explained(case, "statistic_unclear", row), row,
                              deviation(claim, row, metric))
    return verdicts.build(case, "contradicted", _explained(case, "contradicted", row), row,
                          deviation(claim, row, metric))
