"""Verdict building: the Verdict model filled from a checked case (fast: every field is already valid)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from checkers.case import Case
from checkers.reference.tables import FactRow
from factstream.models import ArticleRef, Claim, Deviation, Fact, Verdict, utcnow


def period_of(case: Case) -> str | None:
    """The period of the conflict key entity|metric|period: the claim's time at the metric's granularity."""
    if case.metric is None or case.metric.time == "event" or not case.when:
        return None
    if case.metric.time == "yearly" or case.metric.period == "year":
        return case.when[:4]
    if case.metric.period == "month":
        return case.when[:7]
    return case.when


def _to_fact(case: Case, row: FactRow) -> Fact:
    assert case.metric is not None
    entity = case.tables.entity(row.entity_id)
    # Rows were checked when the tables were loaded (see checkers.reference.rows): no validation here.
    return Fact.model_construct(
        table=row.table,
        entity_id=row.entity_id,
        entity_name=entity.name("en") if entity else row.entity_name,
        metric=case.metric.id,
        value=row.value,
        unit=row.unit or case.metric.unit,
        as_of=row.as_of,
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        source_url=row.source_url,
        source_quote=row.source_quote,
    )


def build(case: Case, status: str, explanation: dict[str, str], row: FactRow | None = None,
          dev: Deviation | None = None) -> Verdict:
    """The verdict on the case: status, explanation, and the fact cited with the claim's deviation from it."""
    values: dict[str, Any] = {
        "verdict_id": Verdict.make_id(case.claim.claim_id, status),
        "article_id": case.article.id,
        "article": case.article,
        "claim": case.claim,
        "verdict": status,
        "fact": _to_fact(case, row) if row is not None else None,
        "deviation": dev,
        "explanation": explanation,
        "entity_id": case.entity_id,
        "metric": case.metric.id if case.metric else None,
        "period": period_of(case),
    }
    if type(case.claim) is Claim and type(case.article) is ArticleRef:
        # Every field is a validated model or a value built here: validating again would only cost time.
        values["other_sources"] = []
        values["checked_at"] = utcnow()
        return _new_verdict(values)
    return Verdict(**values)


# The fields a validated Verdict counts as set (the rest come from defaults).
_VERDICT_SET_FIELDS = frozenset(set(Verdict.model_fields) - {"other_sources", "checked_at"})
_set_attr = object.__setattr__


def _construct_verdict(values: dict[str, Any]) -> Verdict:
    """Verdict.model_construct with every field given (it inspects a default factory's signature per call)."""
    return Verdict.model_construct(set(_VERDICT_SET_FIELDS), **values)


def _fast_verdict(values: dict[str, Any]) -> Verdict:
    """What model_construct does for a model without extras, private attributes or aliases, minus its per-field
    default and alias handling (every field is given, in the model's order)."""
    verdict = Verdict.__new__(Verdict)
    _set_attr(verdict, "__dict__", values)
    _set_attr(verdict, "__pydantic_fields_set__", set(_VERDICT_SET_FIELDS))
    _set_attr(verdict, "__pydantic_extra__", None)
    _set_attr(verdict, "__pydantic_private__", None)
    return verdict


def _pick_verdict_constructor() -> Callable[[dict[str, Any]], Verdict]:
    """The fast path only when it builds exactly what model_construct builds (checked once, at import)."""
    sample: dict[str, Any] = {
        "verdict_id": "v", "article_id": "a", "article": ArticleRef(id="a"),
        "claim": Claim(claim_id="c", kind="count", value=74, text="74", start=0, end=2, sentence="74",
                       sentence_start=0, sentence_end=2, lang="en"),
        "verdict": "contradicted", "fact": Fact(table="t", entity_id="e", metric="m", value=1),
        "deviation": Deviation(absolute=1.0), "explanation": {"en": "x."}, "entity_id": "e", "metric": "m",
        "period": "2014", "other_sources": [], "checked_at": utcnow(),
    }
    try:
        fast, slow = _fast_verdict(dict(sample)), _construct_verdict(dict(sample))
        if (fast == slow and fast.model_dump() == slow.model_dump() and repr(fast) == repr(slow)
                and fast.model_fields_set == slow.model_fields_set == Verdict(**sample).model_fields_set - {
                    "other_sources", "checked_at"}
                and list(fast.__dict__) == list(Verdict.model_fields)):
            return _fast_verdict
    except Exception:  # a pydantic version with another layout: stay on the public API
        pass
    return _construct_verdict


_new_verdict = _pick_verdict_constructor()


def not_this_metric(case: Case, explanation: dict[str, str]) -> Verdict:
    """Unverifiable, and not filed under the entity and metric: the figure is some other quantity, so it must
    not count as an outlet's statement of this one (no conflict key)."""
    verdict = build(case, "unverifiable", explanation)
    return verdict.model_copy(update={"entity_id": None, "metric": None, "period": None})

