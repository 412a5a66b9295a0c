"""Matching a claim to a fact (entity, metric, time), comparing with tolerance, and building the verdict."""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from checkers import explain
from checkers.compare import (
    Interval,
    claim_interval,
    dates_agree,
    days_between,
    numbers_agree,
    time_bounds,
)
from checkers.tables import FactRow, MetricDef, ReferenceTables
from checkers.text import Mention, Token, is_arabic, tokenize
from factstream.models import ArticleRef, Claim, Deviation, Fact, Verdict

_SPACES = re.compile(r"\s{2,}")
# The tables the last check used: conflict explanations borrow entity names and metric labels from them.
_last_tables: weakref.ref[ReferenceTables] | None = None


def names_for(entity_id: str, metric_id: str, lang: str) -> tuple[str, str]:
    tables = _last_tables() if _last_tables is not None else None
    if tables is None:
        return entity_id, metric_id
    entity = tables.entity(entity_id)
    metric = tables.metric(metric_id)
    label = (metric.label.get(lang) or metric.label.get("en") or metric_id) if metric else metric_id
    return (entity.name(lang) if entity else entity_id), label


_CLAUSE_MARKS = (",", "،", ";", "؛", ":", "(", ")", "—", " - ", "«", "»")
FOLLOWING_PENALTY = 0.5  # a cue or name after the figure counts a little farther than one before it
TITLE_DISTANCE = 1000.0


# ---------------------------------------------------------------------------------------------------------------
# matching


@dataclass
class Match:
    entity_id: str | None = None
    metrics: list[MetricDef] = field(default_factory=list)
    reason: str = "no_table"  # why nothing matched: no_table | no_entity | currency | unit
    unit_seen: str | None = None


def _claim_token_span(claim: Claim, tokens: Sequence[Token]) -> tuple[int, int]:
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    if not (0 <= start < end <= len(claim.sentence)) or claim.sentence[start:end] != claim.text:
        found = claim.sentence.find(claim.text)
        if found >= 0:
            start, end = found, found + len(claim.text)
    inside = [i for i, t in enumerate(tokens) if t.end > start and t.start < end]
    if inside:
        return inside[0], inside[-1]
    before = [i for i, t in enumerate(tokens) if t.end <= start]
    position = before[-1] + 1 if before else 0
    return position, position - 1 if position > 0 else position


def _distance(span: tuple[int, int], first: int, last: int) -> float:
    a, b = span
    if last < a:
        return float(a - last)
    if first > b:
        return float(first - b) + FOLLOWING_PENALTY
    return 0.0


def _longest(mentions: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Drop a name inside a longer name of another entity (Kuwait in 'the Kuwait conference for Iraq')."""
    kept = []
    for mention, entity in mentions:
        inside = any(
            other_entity != entity
            and other.first <= mention.first
            and mention.last <= other.last
            and (other.last - other.first) > (mention.last - mention.first)
            for other, other_entity in mentions
        )
        if not inside:
            kept.append((mention, entity))
    return kept


def _unit_agrees(claim: Claim, metric: MetricDef) -> str | None:
    """None when the claim's unit or currency agrees with the metric, else why not."""
    if claim.kind == "percent":
        if metric.unit != "percent" or (claim.unit or "").casefold() in ("pp", "points", "percentage points"):
            return "unit"
        return None
    if claim.kind == "money":
        if not claim.currency:
            return "currency"
        return None if claim.currency == metric.unit else "unit"
    if claim.kind == "date":
        return None if metric.unit == "date" else "unit"
    return None if metric.unit in ("count", "persons", "days") else "unit"


def _counted_agrees(claim: Claim, metric: MetricDef) -> bool | None:
    """True: the counted noun is one of the metric's; None: nothing to check; False: another noun."""
    if not metric.counted:
        return None
    if not claim.counted:
        return None if "number" in metric.kinds else False
    tokens = tokenize(claim.counted)
    return bool(metric.counted_index.find(tokens))


def _clause(claim: Claim, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tokens of the claim's clause (between punctuation marks around it)."""
    sentence = claim.sentence
    start = max(0, min(claim.start - claim.sentence_start, len(sentence)))
    end = max(start, min(claim.end - claim.sentence_start, len(sentence)))
    before = max((sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS), default=-1)
    after = [i for i in (sentence.find(mark, end) for mark in _CLAUSE_MARKS) if i >= 0]
    stop = min(after) if after else len(sentence)
    return tuple(t for t in tokens if t.start > before and t.end <= stop)


def _cue_score(tokens: tuple[Token, ...], span: tuple[int, int], metric: MetricDef,
               clause: tuple[Token, ...] = ()) -> float | None:
    """Distance of the nearest cue when every cue group is present and no excluded word is, else None.

    Excluded words count only in the claim's own clause: "a country of 10.5 million people, hosts many refugees"
    is still about the population."""
    if metric.exclude_index and metric.exclude_index.find(clause or tokens):
        return None
    nearest: dict[int, float] = {}
    for mention, group in metric.cue_index.find(tokens):
        distance = _distance(span, mention.first, mention.last)
        key = int(group)  # type: ignore[call-overload]
        nearest[key] = min(nearest.get(key, distance), distance)
    if len(nearest) < len(metric.cues):
        return None
    return min(nearest.values()) if nearest else None


def match_claim(
    claim: Claim, tables: ReferenceTables, title_entities: Sequence[str] = ()
) -> Match:
    tokens = tokenize(claim.sentence)
    span = _claim_token_span(claim, tokens)
    clause = _clause(claim, tokens)
    result = Match()
    candidates: list[tuple[MetricDef, int, float]] = []  # metric, specificity, cue distance
    for metric in tables.metrics_for_kind(claim.kind):
        why = _unit_agrees(claim, metric)
        if why is not None:
            if _cue_score(tokens, span, metric, clause) is not None:
                # A table holds this quantity, in another unit or currency: say so rather than "no table".
                result.reason = why
                result.unit_seen = metric.unit
            continue
        counted = _counted_agrees(claim, metric)
        if counted is False:
            continue
        distance = _cue_score(tokens, span, metric, clause)
        if distance is None:
            continue
        candidates.append((metric, len(metric.cues) + (1 if counted else 0), distance))
    if not candidates:
        return result
    result.reason = "no_entity"

    mentions = _longest(tables.entity_mentions(tokens))
    named = {entity for _, entity in mentions}
    for mention, entity in tables.generic_mentions(tokens):
        # "the coalition" means the coalition the title (or this sentence) names.
        if entity in named or entity in title_entities:
            mentions.append((mention, entity))
    ranked: list[tuple[float, str]] = sorted(
        (_distance(span, m.first, m.last), entity) for m, entity in mentions
    )
    if not ranked:
        ranked = [(TITLE_DISTANCE + i, entity) for i, entity in enumerate(title_entities)]
    for _, entity in ranked:
        usable = [c for c in candidates if tables.covers(entity, c[0])]
        if not usable:
            continue
        best_specificity = max(c[1] for c in usable)
        usable = [c for c in usable if c[1] == best_specificity]
        best_distance = min(c[2] for c in usable)
        result.entity_id = entity
        result.metrics = [c[0] for c in usable if c[2] == best_distance]
        return result
    return result


def title_entities(article: ArticleRef, tables: ReferenceTables) -> list[str]:
    if not article.title:
        return []
    tokens = tokenize(article.title)
    found: list[str] = []
    # Every name counts here, nested ones too: "the ministerial meeting of the coalition" names both.
    for _, entity in tables.entity_mentions(tokens):
        if entity not in found:
            found.append(entity)
    return found


# ---------------------------------------------------------------------------------------------------------------
# time


def claim_time(claim: Claim, article: ArticleRef, today: date | None) -> tuple[str, bool]:
    """The ISO time the claim is about and whether the text states it (else published_at or today)."""
    if claim.time_ref and not str(claim.time_ref).startswith("--"):
        try:
            time_bounds(str(claim.time_ref))
            return str(claim.time_ref), True
        except ValueError:
            pass
    if article.published_at is not None:
        published = article.published_at
        return (published.date() if isinstance(published, datetime) else published).isoformat(), False
    return (today or date.today()).isoformat(), False


def _start(row: FactRow) -> date | None:
    start = row.start
    return time_bounds(start)[0] if start else None


def time_slices(rows: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """Groups of facts valid at the claim's time, most relevant first (each group: one moment)."""
    if metric.time == "event":
        return [rows] if rows else []
    low, high = time_bounds(when)
    if metric.time == "yearly":
        by_year: dict[int, list[FactRow]] = {}
        for row in rows:
            year = row.year if row.year is not None else _start(row).year if _start(row) else None
            if year is not None:
                by_year.setdefault(year, []).append(row)
        if explicit:
            return [by_year[low.year]] if low.year in by_year else []
        # No stated year: the latest figure published then, or the year before (reporters cite the last one).
        years = sorted((y for y in by_year if y <= low.year), reverse=True)[:2]
        return [by_year[y] for y in years]
    valid = []
    for row in rows:
        start = _start(row)
        if start is None or start > high:
            continue
        if row.valid_to and time_bounds(row.valid_to)[1] < low:
            continue
        valid.append((start, row))
    if not valid:
        return []
    slices: dict[date, list[FactRow]] = {}
    before = [s for s, _ in valid if s <= low]
    latest_before = max(before) if before else None
    for start, row in valid:
        if start >= low or start == latest_before:
            slices.setdefault(start, []).append(row)
    return [slices[s] for s in sorted(slices, reverse=True)]


# ---------------------------------------------------------------------------------------------------------------
# comparing


def _fact_value(row: FactRow) -> Any:
    return row.value


def agrees(claim: Claim, claim_range: Interval | None, row: FactRow, metric: MetricDef) -> bool | None:
    """Whether the fact supports the claim; None when they cannot be compared."""
    if claim.kind == "date":
        if not isinstance(row.value, str) or not isinstance(claim.value, str):
            return None
        try:
            return dates_agree(claim.value, row.value)
        except ValueError:
            return None
    if claim_range is None or isinstance(row.value, str):
        return None
    return numbers_agree(claim_range, float(row.value), row.bound)


def deviation(claim: Claim, row: FactRow, metric: MetricDef) -> Deviation | None:
    if claim.kind == "date":
        if isinstance(claim.value, str) and isinstance(row.value, str):
            try:
                return Deviation(days=days_between(claim.value, row.value))
            except ValueError:
                return None
        return None
    if isinstance(row.value, str) or not explain.is_finite_number(claim.value):
        return None
    fact = float(row.value)
    value = float(claim.value)  # type: ignore[arg-type]
    absolute = value - fact
    return Deviation(
        absolute=absolute,
        relative=(absolute / fact) if fact else None,
        points=absolute if metric.unit == "percent" else None,
    )


def _preferred(rows: list[FactRow], lang: str) -> FactRow:
    """Cite a source in the article's language when there is one, else the most recent statement."""
    def key(row: FactRow) -> tuple[int, str]:
        quote = row.source_quote or ""
        same_lang = (lang == "ar") == is_arabic(quote)
        return (1 if same_lang else 0, row.as_of or "")

    return max(rows, key=key)


# ---------------------------------------------------------------------------------------------------------------
# verdicts


QUALIFIERS = {
    "en": {"about": "about", "more than": "more than", "less than": "less than", "at least": "at least",
           "at most": "at most", "up to": "up to", "exactly": "exactly"},
    "ar": {"about": "نحو", "more than": "أكثر من", "less than": "أقل من", "at least": "ما لا يقل عن",
           "at most": "ما لا يزيد على", "up to": "حتى", "exactly": ""},
}


@dataclass
class _Context:
    claim: Claim
    article: ArticleRef
    tables: ReferenceTables
    langs: tuple[str, ...]
    entity_id: str | None = None
    metric: MetricDef | None = None
    when: str | None = None
    explicit: bool = False

    def entity_name(self, lang: str) -> str:
        entity = self.tables.entity(self.entity_id) if self.entity_id else None
        return entity.name(lang) if entity else (self.entity_id or "")

    def label(self, lang: str) -> str:
        assert self.metric is not None
        return self.metric.label.get(lang) or self.metric.label.get("en") or self.metric.id

    def unit(self) -> str | None:
        if self.claim.kind == "money":
            return self.claim.currency
        if self.claim.kind == "percent":
            return "percent"
        if self.claim.kind == "date":
            return "date"
        return self.metric.unit if self.metric else None

    def claimed(self, lang: str) -> str:
        value = self.claim.value
        if value is None:
            return self.claim.text
        text = explain.format_value(value, self.unit(), lang)  # type: ignore[arg-type]
        if self.claim.value_high is not None:
            high = explain.format_value(self.claim.value_high, self.unit(), lang)  # type: ignore[arg-type]
            text = f"{text}–{high}"
        qualifier = QUALIFIERS.get(lang, QUALIFIERS["en"]).get(self.claim.qualifier or "", "")
        return f"{qualifier} {text}".strip()

    def phrase(self, row: FactRow, lang: str) -> str:
        assert self.metric is not None
        unit = row.unit or self.metric.unit
        value = explain.format_value(row.value, unit, lang)
        if row.bound:
            bound = QUALIFIERS.get(lang, QUALIFIERS["en"]).get(row.bound, "")
            value = f"{bound} {value}".strip()
        template = self.metric.phrase.get(lang)
        if template is None:
            template = (
                "بلغ {label} لـ{entity} {value}" if lang == "ar" else "{entity}'s {label} was {value}"
            )
        return template.format(entity=self.entity_name(lang), value=value, label=self.label(lang))

    def fact_when(self, row: FactRow, lang: str, *, coarse: bool = False) -> str:
        if self.metric is not None and self.metric.time == "event":
            return ""
        stamp = str(row.year) if row.year is not None else (row.as_of or row.valid_from)
        if coarse:
            stamp = explain.month_of(stamp)
        return explain.when(stamp, lang)

    def source(self, row: FactRow) -> str:
        fallback = self.metric.source_name if self.metric and row.year is not None else None
        return explain.source_name(row.source_url, fallback)


def _sentence(*parts: str, lang: str) -> str:
    text = " ".join(p for p in parts if p)
    text = _SPACES.sub(" ", text).replace(" ,", ",").replace(" ،", "،").replace(" :", ":").replace(" (", " (")
    text = text.replace(" ;", ";").replace(" ؛", "؛").strip()
    if lang == "en":
        text = explain.capitalize(text)
    return text if text.endswith((".", "。")) else f"{text}."


def _explain_supported(ctx: _Context, row: FactRow) -> dict[str, str]:
    out = {}
    for lang in ctx.langs:
        phrase, when, source = ctx.phrase(row, lang), ctx.fact_when(row, lang), ctx.source(row)
        if lang == "ar":
            out[lang] = _sentence(f"{phrase} {when} ({source})،", f"وهو ما يتفق مع ما ورد ({ctx.claimed(lang)})",
                                  lang=lang)
        else:
            out[lang] = _sentence(f"{phrase} {when} ({source}),", f"consistent with the claimed {ctx.claimed(lang)}",
                                  lang=lang)
    return out


def _explain_contradicted(ctx: _Context, row: FactRow) -> dict[str, str]:
    out = {}
    for lang in ctx.langs:
        phrase, when, source = ctx.phrase(row, lang), ctx.fact_when(row, lang), ctx.source(row)
        if lang == "ar":
            out[lang] = _sentence(f"{phrase} {when} ({source})،", f"وليس {ctx.claimed(lang)}", lang=lang)
        else:
            out[lang] = _sentence(f"{phrase} {when} ({source}),", f"not {ctx.claimed(lang)}", lang=lang)
    return out


def _explain_shifted(ctx: _Context, row: FactRow) -> dict[str, str]:
    """The figure is right for another time: '... counted 74 members in February 2018, not on 11 September 2014'."""
    out = {}
    for lang in ctx.langs:
        phrase, source = ctx.phrase(row, lang), ctx.source(row)
        fact_when = ctx.fact_when(row, lang, coarse=True)
        claim_when = explain.when(ctx.when, lang)
        if lang == "ar":
            out[lang] = _sentence(f"{phrase} {fact_when}، وليس {claim_when} ({source})", lang=lang)
        else:
            out[lang] = _sentence(f"{phrase} {fact_when}, not {claim_when} ({source})", lang=lang)
    return out


def _explain_ambiguous(ctx: _Context, rows: list[FactRow]) -> dict[str, str]:
    out = {}
    assert ctx.metric is not None
    distinct: list[FactRow] = []
    for row in rows:
        if all(row.value != other.value or row.bound != other.bound for other in distinct):
            distinct.append(row)
    for lang in ctx.langs:
        unit = ctx.metric.unit
        listed = [f"{explain.format_value(r.value, r.unit or unit, lang)} ({ctx.source(r)})" for r in distinct[:4]]
        when = explain.when(ctx.when, lang) if ctx.metric.time != "event" else ""
        if lang == "ar":
            joined = " و".join(listed)
            out[lang] = _sentence(f"تختلف المصادر حول {ctx.label(lang)} لـ{ctx.entity_name(lang)} {when}: {joined}",
                                  lang=lang)
        else:
            joined = " and ".join(listed)
            out[lang] = _sentence(f"Sources disagree on the {ctx.label(lang)} of {ctx.entity_name(lang)} {when}: "
                                  f"{joined}", lang=lang)
    return out


def _explain_unverifiable(ctx: _Context, reason: str, hint: FactRow | None = None,
                          unit_seen: str | None = None) -> dict[str, str]:
    out = {}
    for lang in ctx.langs:
        if reason == "no_table":
            text = ("لا يغطي أي جدول مرجعي هذا الادعاء، فلا يمكن التحقق منه" if lang == "ar"
                    else "No reference table covers this claim, so it cannot be checked")
        elif reason == "currency":
            text = ("لم تُحدَّد عملة المبلغ بوضوح، فلا يُقارن بأرقام بعملة أخرى" if lang == "ar"
                    else "The claim does not state its currency clearly, so it is not compared with reference figures")
        elif reason == "unit":
            text = (f"الأرقام المرجعية لهذا بوحدة أو عملة أخرى ({unit_seen})، فلا تُقارن بالادعاء" if lang == "ar"
                    else f"The reference figures for this are in another unit or currency ({unit_seen}), "
                    "so they are not compared with the claim")
        elif reason == "no_entity":
            text = ("لا تذكر الجملة جهة تغطيها الجداول المرجعية لهذا الرقم" if lang == "ar"
                    else "The sentence names no entity the reference tables hold this figure for")
        else:  # no_time
            when = explain.when(ctx.when, lang)
            if lang == "ar":
                text = f"لا يوجد رقم مرجعي لـ{ctx.label(lang)} لـ{ctx.entity_name(lang)} {when}"
                if hint is not None:
                    figure = explain.format_value(hint.value, hint.unit, lang)
                    text += f"؛ الرقم {figure} يخص {ctx.fact_when(hint, lang)}"
            else:
                text = f"No reference figure for the {ctx.label(lang)} of {ctx.entity_name(lang)} {when}"
                if hint is not None:
                    text += (f"; {explain.format_value(hint.value, hint.unit, lang)} is the figure "
                             f"{ctx.fact_when(hint, lang)} ({ctx.source(hint)})")
        out[lang] = _sentence(text, lang=lang)
    return out


def _period(ctx: _Context) -> str | None:
    if ctx.metric is None or ctx.metric.time == "event" or not ctx.when:
        return None
    if ctx.metric.time == "yearly" or ctx.metric.period == "year":
        return ctx.when[:4]
    if ctx.metric.period == "month":
        return ctx.when[:7]
    return ctx.when


def _to_fact(ctx: _Context, row: FactRow) -> Fact:
    assert ctx.metric is not None
    entity = ctx.tables.entity(row.entity_id)
    return Fact(
        table=row.table,
        entity_id=row.entity_id,
        entity_name=entity.name("en") if entity else row.entity_name,
        metric=ctx.metric.id,
        value=row.value,
        unit=row.unit or ctx.metric.unit,
        as_of=row.as_of,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        source_url=row.source_url,
        source_quote=row.source_quote,
    )


def _verdict(ctx: _Context, status: str, explanation: dict[str, str], row: FactRow | None = None,
             dev: Deviation | None = None) -> Verdict:
    return Verdict(
        verdict_id=Verdict.make_id(ctx.claim.claim_id, status),
        article_id=ctx.article.id,
        article=ctx.article,
        claim=ctx.claim,
        verdict=status,  # type: ignore[arg-type]
        fact=_to_fact(ctx, row) if row is not None else None,
        deviation=dev,
        explanation=explanation,
        entity_id=ctx.entity_id,
        metric=ctx.metric.id if ctx.metric else None,
        period=_period(ctx),
    )


def _judge_slice(claim: Claim, claim_range: Interval | None, rows: list[FactRow], metric: MetricDef
                 ) -> tuple[str, list[FactRow], list[FactRow]]:
    supporting, opposing = [], []
    for row in rows:
        outcome = agrees(claim, claim_range, row, metric)
        if outcome is True:
            supporting.append(row)
        elif outcome is False:
            opposing.append(row)
    if supporting and not opposing:
        return "supported", supporting, opposing
    if opposing and not supporting:
        return "contradicted", supporting, opposing
    if supporting and opposing:
        return "ambiguous", supporting, opposing
    return "incomparable", supporting, opposing


def _bound_from_trend(claim_range: Interval | None, rows: list[FactRow], metric: MetricDef, when: str
                      ) -> FactRow | None:
    """A snapshot that rules the claim out when a series only grows (or only shrinks): the fact to cite."""
    if claim_range is None or metric.trend is None:
        return None
    _low, high = time_bounds(when)
    numeric = [r for r in rows if not isinstance(r.value, str) and _start(r) is not None and r.bound is None]
    if metric.trend == "non_decreasing":
        later = [r for r in numeric if _start(r) > high]  # type: ignore[operator]
        if later:
            first = min(later, key=lambda r: (_start(r), float(r.value)))
            if claim_range.low > float(first.value) or (claim_range.low == float(first.value)
                                                        and claim_range.low_open):
                return first
    else:
        later = [r for r in numeric if _start(r) > high]  # type: ignore[operator]
        if later:
            first = min(later, key=lambda r: (_start(r), -float(r.value)))
            if claim_range.high < float(first.value):
                return first
    return None


def _other_time_match(claim: Claim, claim_range: Interval | None, rows: list[FactRow], metric: MetricDef,
                      exclude: Sequence[FactRow], lang: str) -> FactRow | None:
    matching = [r for r in rows if r not in exclude and agrees(claim, claim_range, r, metric)]
    return _preferred(matching, lang) if matching else None


def check_claim(claim: Claim, article: ArticleRef, tables: ReferenceTables, today: date | None = None,
                titled: Sequence[str] | None = None) -> Verdict:
    lang = (article.lang or claim.lang or "en").lower()
    langs = ("en",) if lang == "en" else ("en", lang)
    ctx = _Context(claim=claim, article=article, tables=tables, langs=langs)
    if titled is None:
        titled = title_entities(article, tables)
    match = match_claim(claim, tables, titled)
    if match.entity_id is None:
        return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, match.reason, unit_seen=match.unit_seen))
    ctx.entity_id = match.entity_id
    ctx.metric = match.metrics[0]
    ctx.when, ctx.explicit = claim_time(claim, article, today)
    if claim.kind == "date":
        ctx.explicit = False
    rows: list[FactRow] = []
    for metric in match.metrics:
        rows.extend(tables.facts(match.entity_id, metric.id))
    metric = ctx.metric
    claim_range = claim_interval(claim, metric.unit, metric.tolerance) if claim.kind != "date" else None
    if claim.kind != "date" and claim_range is None:
        return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, "no_table"))
    slices = time_slices(rows, metric, ctx.when, ctx.explicit)
    judged = [(_judge_slice(claim, claim_range, s, metric), s) for s in slices]
    for (status, supporting, _), _rows in judged:
        if status == "supported":
            row = _preferred(supporting, lang)
            return _verdict(ctx, "supported", _explain_supported(ctx, row), row, deviation(claim, row, metric))
    for (status, supporting, opposing), _rows in judged:
        if status == "ambiguous":
            row = _preferred(supporting, lang)
            return _verdict(ctx, "ambiguous", _explain_ambiguous(ctx, supporting + opposing), row,
                            deviation(claim, row, metric))
    for (status, _, opposing), slice_rows in judged:
        if status == "contradicted":
            # Right figure, wrong time (a membership count of 2018 given for 2014): say so. Only for snapshots:
            # a yearly indicator always matches some year, which says nothing.
            shifted = _other_time_match(claim, claim_range, rows, metric, slice_rows, lang) \
                if metric.time == "snapshot" else None
            if shifted is not None:
                return _verdict(ctx, "contradicted", _explain_shifted(ctx, shifted), shifted,
                                _shift_deviation(claim, shifted, metric, ctx.when))
            row = _preferred(opposing, lang)
            return _verdict(ctx, "contradicted", _explain_contradicted(ctx, row), row, deviation(claim, row, metric))
    # No fact valid at that time: a series that only grows can still rule the claim out.
    bound = _bound_from_trend(claim_range, rows, metric, ctx.when) if metric.time == "snapshot" else None
    shifted = _other_time_match(claim, claim_range, rows, metric, (), lang) if metric.time == "snapshot" else None
    if bound is not None:
        if shifted is not None:
            return _verdict(ctx, "contradicted", _explain_shifted(ctx, shifted), shifted,
                            _shift_deviation(claim, shifted, metric, ctx.when))
        return _verdict(ctx, "contradicted", _explain_contradicted(ctx, bound), bound, deviation(claim, bound, metric))
    return _verdict(ctx, "unverifiable", _explain_unverifiable(ctx, "no_time", hint=shifted))


def _shift_deviation(claim: Claim, row: FactRow, metric: MetricDef, when: str | None) -> Deviation:
    """The figure matches another time: no difference in value, the gap is in time."""
    base = deviation(claim, row, metric) or Deviation()
    stamp = row.as_of or row.valid_from
    if when and stamp:
        try:
            base.days = (time_bounds(when)[0] - time_bounds(stamp)[0]).days
        except ValueError:
            pass
    return base


def check_claims(claims: list[Claim], article: ArticleRef, tables: ReferenceTables,
                 today: date | None = None) -> list[Verdict]:
    """Exactly one verdict per claim, in order."""
    global _last_tables
    _last_tables = weakref.ref(tables)
    titled = title_entities(article, tables)
    return [check_claim(claim, article, tables, today, titled) for claim in claims]
