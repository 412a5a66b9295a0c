"""Outlets that disagree: observations keyed by entity|metric|period, and `conflict` verdicts.

The stream keeps, per key, the observations of earlier articles (a Faust table); `detect_conflict` compares a new
observation with them. It needs no reference fact: two outlets giving different figures for the same entity,
metric and period is worth a fact-checker's look on its own.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel

from checkers.compare import Interval, claim_interval, dates_agree
from checkers.reference.tables import ReferenceTables
from checkers.wording import format as fmt
from checkers.wording.explain import render
from checkers.wording.templates import JOINERS
from factstream.models import Claim, Verdict


class Observation(BaseModel):
    """What one article said about one entity, metric and period (JSON-able; stored in the stream's table)."""

    key: str
    kind: str
    value: float | int | str | None
    value_high: float | int | str | None = None
    low: float | None = None  # the range the claim's wording allows (None = unbounded / not numeric)
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    currency: str | None = None
    unit: str | None = None
    qualifier: str | None = None
    text: str
    lang: str | None = None
    entity_id: str
    metric: str
    period: str | None = None
    article_id: str
    source: str | None = None
    url: str | None = None
    claim_id: str

    def interval(self) -> Interval | None:
        if self.kind == "date":
            return None
        low = -math.inf if self.low is None else self.low
        high = math.inf if self.high is None else self.high
        return Interval(low, high, self.low_open, self.high_open)

    @property
    def outlet(self) -> str:
        """Who said it: the source, else the URL's host, else the article."""
        if self.source:
            return self.source
        if self.url:
            return fmt.source_name(self.url)
        return f"article {self.article_id}"


def _is_timed_metric(metric_id: str, tables: ReferenceTables) -> bool:
    """Whether the metric's figures belong to a time (yearly or snapshot)."""
    metric = tables.metric(metric_id)
    return metric is not None and metric.time != "event"


def _names(entity_id: str, metric_id: str, lang: str, tables: ReferenceTables) -> tuple[str, str]:
    """The entity's name and the metric's label in the language (the ids when the tables do not know them)."""
    entity = tables.entity(entity_id)
    metric = tables.metric(metric_id)
    label = (metric.label.get(lang) or metric.label.get("en") or metric_id) if metric else metric_id
    return (entity.name(lang) if entity else entity_id), label


def observation_key(verdict: Verdict, tables: ReferenceTables) -> str | None:
    """entity|metric|period, or None when the claim matched no entity and metric, or its time is unknown (two
    undated figures of a yearly series may be about different years: no conflict). `tables`: the reference
    tables the verdict was checked against."""
    if not verdict.entity_id or not verdict.metric:
        return None
    if not verdict.period and _is_timed_metric(verdict.metric, tables):
        return None
    return f"{verdict.entity_id}|{verdict.metric}|{verdict.period or ''}"


def _unit_of(claim: Claim, verdict: Verdict) -> str | None:
    if claim.kind == "money":
        return claim.currency
    if claim.kind == "percent":
        return "percent"
    if claim.kind == "date":
        return "date"
    return verdict.fact.unit if verdict.fact is not None else claim.unit


def observation_from(verdict: Verdict, tables: ReferenceTables) -> Observation | None:
    """What the verdict's claim said, keyed for conflict detection; None when it has no key (or is a conflict)."""
    key = observation_key(verdict, tables)
    if key is None or verdict.verdict == "conflict":
        return None
    claim = verdict.claim
    unit = _unit_of(claim, verdict)
    low = high = None
    low_open = high_open = False
    if claim.kind != "date":
        interval = claim_interval(claim, unit or "", {})
        if interval is None:
            return None
        low = None if math.isinf(interval.low) else interval.low
        high = None if math.isinf(interval.high) else interval.high
        low_open, high_open = interval.low_open, interval.high_open
    article = verdict.article
    return Observation(
        key=key,
        kind=claim.kind,
        value=claim.value,
        value_high=claim.value_high,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        currency=claim.currency,
        unit=unit,
        qualifier=claim.qualifier,
        text=claim.text,
        lang=claim.lang,
        entity_id=verdict.entity_id or "",
        metric=verdict.metric or "",
        period=verdict.period,
        article_id=verdict.article_id,
        source=article.source if article else None,
        url=article.url if article else None,
        claim_id=claim.claim_id,
    )


def _disagree(a: Observation, b: Observation) -> bool:
    if a.kind != b.kind or a.currency != b.currency:
        return False  # not comparable: never compare dollars with dinars
    if a.kind == "date":
        if not isinstance(a.value, str) or not isinstance(b.value, str):
            return False
        try:
            return not dates_agree(a.value, b.value)
        except ValueError:
            return False
    first, second = a.interval(), b.interval()
    if first is None or second is None:
        return False
    return not first.overlaps(second)


def _same_outlet(a: Observation, b: Observation) -> bool:
    if a.article_id == b.article_id:
        return True
    if a.source and b.source:
        return a.source.casefold() == b.source.casefold()
    if a.url and b.url:
        return fmt.source_name(a.url) == fmt.source_name(b.url)
    return False


def detect_conflict(observation: Observation, previous: list[Observation], verdict: Verdict,
                    tables: ReferenceTables) -> Verdict | None:
    """A `conflict` verdict when another outlet gave a different figure for the same key, else None (the
    explanation names the entity and metric as `tables` do)."""
    others = [
        p for p in previous
        if p.key == observation.key and p.claim_id != observation.claim_id and not _same_outlet(p, observation)
        and _disagree(observation, p)
    ]
    if not others:
        return None
    other_sources: list[dict[str, Any]] = [
        {
            "source": p.outlet,
            "url": p.url,
            "article_id": p.article_id,
            "claim_id": p.claim_id,
            "value": p.value,
            "text": p.text,
        }
        for p in others
    ]
    lang = (verdict.article.lang if verdict.article and verdict.article.lang else observation.lang) or "en"
    langs = ("en",) if lang == "en" else ("en", lang)
    explanation = {}
    unit = observation.unit
    for code in langs:
        mine = fmt.format_value(observation.value, unit, code) if observation.value is not None \
            else observation.text
        theirs = [
            f"{fmt.format_value(p.value, unit, code) if p.value is not None else p.text} ({p.outlet})"
            for p in others[:3]
        ]
        when = fmt.when(observation.period, code) if observation.period else ""
        entity, label = _names(observation.entity_id, observation.metric, code, tables)
        text = render("conflict", code, outlet=observation.outlet, mine=mine, label=label, entity=entity, when=when,
                      theirs=JOINERS["ar" if code == "ar" else "en"].join(theirs))
        explanation[code] = " ".join(text.split()).replace(" ,", ",").replace(" ،", "،") + "."
    return verdict.model_copy(
        update={
            "verdict_id": Verdict.make_id(verdict.claim.claim_id, "conflict"),
            "verdict": "conflict",
            "other_sources": other_sources,
            "explanation": explanation,
        }
    )
