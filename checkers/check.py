"""Checking a claim, step by step: match it (matching), find its time (timing), judge it against the facts valid
then (judging), word the explanation (wording) and build the verdict (verdicts)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from checkers import verdicts
from checkers.case import Case
from checkers.compare import Interval, claim_interval
from checkers.consistency import consistency_verdicts
from checkers.judging import (
    bound_from_trend,
    deviation,
    far_inferred_date,
    judge_slice,
    off_scale,
    other_time_match,
    preferred,
    shift_deviation,
)
from checkers.markets import check_market
from checkers.matching import match_claim
from checkers.memberships import check_count_window
from checkers.reference.tables import FactRow, MetricDef, ReferenceTables
from checkers.sentence import SentenceWords, sentence_words_of, title_entities
from checkers.statistics import check_statistic
from checkers.timing import article_window, claim_time, finer_than_year, time_slices
from checkers.wording import explain
from factstream.models import ArticleRef, Claim, Verdict

# Checks against dated series (tables.series: prices, rates, annual statistics), tried in order before the
# tables' metrics: each returns a verdict when the claim is about one of its series, else None (issue 13).
SeriesCheck = Callable[[Case, date | None], Verdict | None]
SERIES_CHECKS: list[SeriesCheck] = []
SERIES_CHECKS.append(check_market)  # prices and exchange rates (checkers/markets)


def check_claim(claim: Claim, article: ArticleRef, tables: ReferenceTables, today: date | None = None,
                titled: Sequence[str] | None = None, sentence_words: SentenceWords | None = None) -> Verdict:
    """The verdict on one claim: `titled` (the title's entities) and `sentence_words` (the sentence's scan) are
    worked out here when not given."""
    lang = (article.lang or claim.lang or "en").lower()
    langs = ("en",) if lang == "en" else ("en", lang)
    case = Case(claim=claim, article=article, tables=tables, langs=langs)
    if tables.series is not None:
        for series_check in SERIES_CHECKS:
            found = series_check(case, today)
            if found is not None:
                return found
    if titled is None:
        titled = title_entities(article, tables)
    match = match_claim(claim, tables, titled, sentence_words)
    if match.entity_id is None:
        return verdicts.build(case, "unverifiable",
                              explain.unverifiable(case, match.reason, unit_seen=match.unit_seen))
    if match.metrics[0].revision is not None:  # a national statistic: first releases vs revised figures
        return check_statistic(claim, article, match, sentence_words or sentence_words_of(claim.sentence, tables),
                               titled, today)
    case.entity_id = match.entity_id
    case.metric = metric = match.metrics[0]
    when, time_source = claim_time(claim, article, today)
    case.when = when
    case.explicit = time_source == "text" and claim.kind != "date"
    rows: list[FactRow] = []
    for matched in match.metrics:
        rows.extend(tables.facts(match.entity_id, matched.id))
    if metric.annual and finer_than_year(claim):
        # "Inflation slowed to 4.3% in October": a monthly reading, not the annual average the table holds.
        return verdicts.not_this_metric(case, explain.unverifiable(case, "monthly"))
    if time_source == "today" and metric.time == "yearly" and not any(r.year == int(when[:4]) for r in rows):
        # No year in the sentence and no date on the article: the claim may be decades old.
        case.when = None
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "undated"))
    if article.published_at is None and metric.time == "snapshot" and len({str(r.value) for r in rows}) > 1:
        # A count that changed over time (a membership) in an undated article: "the 25 EU members" of 2005 is
        # not today's count, and a year in its sentence may date another figure ("trade with the 25 EU member
        # countries was worth $155bn in 2003"). Of a known period (published_window): each day of it is tried
        # (with a date in the sentence, which may be another figure's, a count can be supported, never contradicted).
        window = article_window(article)
        if window is not None and claim.kind != "date":
            return check_count_window(case, metric, rows, claim_interval(claim, metric.unit, metric.tolerance), window,
                                      contradict=time_source != "text")
        case.when = None
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "undated_count"))
    claim_range = claim_interval(claim, metric.unit, metric.tolerance) if claim.kind != "date" else None
    if claim.kind != "date" and claim_range is None:
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "no_table"))
    return _judge(case, metric, rows, claim_range, when, stated=time_source == "text", lang=lang)


def _judge(case: Case, metric: MetricDef, rows: list[FactRow], claim_range: Interval | None, when: str, *,
           stated: bool, lang: str) -> Verdict:
    """The verdict from the facts: a supporting slice first, then an ambiguous one, then a contradicting one;
    with none valid at the claim's time, a fact a growing series rules it out with."""
    claim = case.claim
    judged = [(judge_slice(claim, claim_range, s, metric), s) for s in time_slices(rows, metric, when, case.explicit)]
    for (status, supporting, _), _rows in judged:
        if status == "supported":
            row = preferred(supporting, lang)
            if off_scale(claim, row, metric):
                return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=row))
            return verdicts.build(case, "supported", explain.supported(case, row), row, deviation(claim, row, metric))
    for (status, supporting, opposing), _rows in judged:
        if status == "ambiguous":
            row = preferred(supporting, lang)
            return verdicts.build(case, "ambiguous", explain.ambiguous(case, supporting + opposing), row,
                                  deviation(claim, row, metric))
    if metric.annual and not stated:
        # No year stated: a current figure is most likely the latest monthly reading, which may differ from
        # the annual average without being wrong. Agreement is worth saying; disagreement proves nothing.
        return verdicts.build(case, "unverifiable", explain.unverifiable(case, "annual_unstated"))
    snapshot = metric.time == "snapshot"
    for (status, _, opposing), slice_rows in judged:
        if status == "contradicted":
            # Right figure, wrong time (a membership count of 2018 given for 2014): say so. Only for snapshots:
            # a yearly indicator always matches some year, which says nothing.
            shifted = other_time_match(claim, claim_range, rows, metric, slice_rows, lang) if snapshot else None
            if shifted is not None:
                return _shifted(case, metric, shifted, when)
            return _contradicted(case, metric, preferred(opposing, lang), opposing_slice=True)
    # No fact valid at that time: a series that only grows can still rule the claim out.
    bound = bound_from_trend(claim_range, rows, metric, when) if snapshot else None
    shifted = other_time_match(claim, claim_range, rows, metric, (), lang) if snapshot else None
    if bound is not None:
        if shifted is not None:
            return _shifted(case, metric, shifted, when)
        return _contradicted(case, metric, bound, opposing_slice=False)
    return verdicts.build(case, "unverifiable", explain.unverifiable(case, "no_time", hint=shifted))


def _shifted(case: Case, metric: MetricDef, row: FactRow, when: str) -> Verdict:
    return verdicts.build(case, "contradicted", explain.shifted(case, row), row,
                          shift_deviation(case.claim, row, metric, when))


def _contradicted(case: Case, metric: MetricDef, row: FactRow, *, opposing_slice: bool) -> Verdict:
    """Contradicted by the row, unless the figure is another quantity (off scale) or, for a fact of the
    claim's own time, a date read from a relative word lies too far from it (the report's own day)."""
    claim = case.claim
    if off_scale(claim, row, metric):
        return verdicts.not_this_metric(case, explain.unverifiable(case, "off_scale", hint=row))
    if opposing_slice and far_inferred_date(claim, row):
        return verdicts.not_this_metric(case, explain.unverifiable(case, "report_day", hint=row))
    return verdicts.build(case, "contradicted", explain.contradicted(case, row), row, deviation(claim, row, metric))


def check_claims(claims: list[Claim], article: ArticleRef, tables: ReferenceTables,
                 today: date | None = None, context: Sequence[Claim] = ()) -> list[Verdict]:
    """Exactly one verdict per claim, in order. `context`: the article's other claims that share a sentence
    with these (the stream checks one kind per batch; the consistency checks read a sentence's every claim)."""
    titled = title_entities(article, tables)
    # Claims of one sentence share its words: each sentence is scanned once (see sentence_words_of).
    found = [check_claim(claim, article, tables, today, titled, sentence_words_of(claim.sentence, tables))
             for claim in claims]
    # A claim no reference table could judge may still be checked against its own sentence's figures.
    open_claims = [claim for claim, verdict in zip(claims, found, strict=True) if verdict.verdict == "unverifiable"]
    consistent = (consistency_verdicts(open_claims, article, (*claims, *context), tables.series)
                  if open_claims else {})
    return [consistent.get(verdict.claim.claim_id, verdict) for verdict in found]
