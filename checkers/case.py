"""The claim being checked, with what checking has found so far: shared by judging, wording and verdict building."""

from __future__ import annotations

from dataclasses import dataclass

from checkers.reference.tables import MetricDef, ReferenceTables
from factstream.models import ArticleRef, Claim


@dataclass
class Case:
    claim: Claim
    article: ArticleRef
    tables: ReferenceTables
    langs: tuple[str, ...]  # the explanation's languages: English, and the article's own
    entity_id: str | None = None
    metric: MetricDef | None = None  # the matched metric (the first, when several share the cue)
    when: str | None = None  # the ISO time the claim is about
    explicit: bool = False  # whether the sentence states that time

    def entity_name(self, lang: str) -> str:
        entity = self.tables.entity(self.entity_id) if self.entity_id else None
        return entity.name(lang) if entity else (self.entity_id or "")

    def label(self, lang: str) -> str:
        assert self.metric is not None
        return self.metric.label.get(lang) or self.metric.label.get("en") or self.metric.id
