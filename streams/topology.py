"""The whole topology in one place: every topic, who writes it and who reads it.

    factstream feed ──► articles ──► extract_claims ──► claims-percent ──► check_percent ──┐
                                         │              claims-money   ──► check_money   ──┤
                                         │              claims-count   ──► check_count   ──┤
                                         │              claims-date    ──► check_date    ──┤
                                         │              claims-number  ──► check_number  ──┤
                                         ▼                                                 ▼
                                     deadletter ◄── (any stage that cannot process)     verdicts
                                                                                           │
                    observations ◄── checkers (claims matched to an entity and metric) ◄──┤
                         │                                                                 │
                         ▼                                                                 │
                  detect_conflicts ──► verdicts (conflict) + alert-candidates ◄────────────┘ (verdicts that alert)
                                                      │
                                                      ▼
                                               raise_alerts (dedupe table on claim_id)
                                                      │
                                       alerts ◄───────┴──► webhook / e-mail / JSONL sinks
                                         │
                      dashboard view ◄───┘   reviews (compacted) ◄── dashboard review buttons
                      reference (compacted) ◄── `factstream reference load`; every worker follows it whole

Claims travel in one batch per (article, kind): one hop per kind an article actually has, not one per claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from factstream.models import CLAIM_KINDS


@dataclass(frozen=True)
class TopicSpec:
    name: str  # without the configured prefix
    written_by: tuple[str, ...]
    read_by: tuple[str, ...]
    key: str
    compacted: bool = False
    description: str = ""


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(
        "articles",
        ("factstream feed", "factstream deadletter replay", "newsroom producers"),
        ("extract_claims",),
        "article id",
        description="Input articles: JSON {id, url?, source?, lang?, published_at?, title?, body}",
    ),
    *(
        TopicSpec(
            f"claims-{kind}",
            ("extract_claims",),
            (f"check_{kind}",),
            "article id",
            description=f"One batch per article of its {kind} claims, with the article's metadata",
        )
        for kind in CLAIM_KINDS
    ),
    TopicSpec(
        "verdicts",
        (*tuple(f"check_{kind}" for kind in CLAIM_KINDS), "detect_conflicts"),
        ("downstream consumers", "benchmarks", "tests"),
        "article id",
        description="One verdict per claim, with the fact used and the explanation",
    ),
    TopicSpec(
        "observations",
        tuple(f"check_{kind}" for kind in CLAIM_KINDS),
        ("detect_conflicts",),
        "entity|metric|period",
        description="Figures matched to an entity and metric, keyed so outlets reporting the same thing meet",
    ),
    TopicSpec(
        "alert-candidates",
        (*tuple(f"check_{kind}" for kind in CLAIM_KINDS), "detect_conflicts"),
        ("raise_alerts",),
        "claim id",
        description="Verdicts whose status alerts, keyed by claim so the dedupe table is co-partitioned",
    ),
    TopicSpec(
        "alerts",
        ("raise_alerts",),
        ("dashboard view (every worker, whole topic)", "desk tools"),
        "claim id",
        description="Exactly one alert per claim",
    ),
    TopicSpec(
        "reviews",
        ("dashboard review API",),
        ("dashboard view (every worker, whole topic)",),
        "alert id|reviewed at|reviewer",
        compacted=True,
        description="Fact-checkers' confirm/dismiss decisions, one key per review: every decision is kept",
    ),
    TopicSpec(
        "reference",
        ("factstream reference load",),
        ("reference follower (every worker, whole topic)",),
        "table|row",
        compacted=True,
        description="Reference rows; a corrected row replaces the old one on every worker without restart",
    ),
    TopicSpec(
        "deadletter",
        ("every agent", "factstream feed", "alert sinks"),
        ("factstream deadletter list|show|replay",),
        "original key",
        description="Inputs that could not be processed: original bytes, error, topic/partition/offset, time",
    ),
)

TOPIC_NAMES: tuple[str, ...] = tuple(spec.name for spec in TOPICS)


def describe(prefix: str = "") -> str:
    """A plain-text table of the topology (printed by `factstream topology`)."""
    lines = []
    for spec in TOPICS:
        flags = " (compacted)" if spec.compacted else ""
        lines.append(f"{prefix}{spec.name}{flags}  key: {spec.key}")
        lines.append(f"    written by: {', '.join(spec.written_by)}")
        lines.append(f"    read by:    {', '.join(spec.read_by)}")
        if spec.description:
            lines.append(f"    {spec.description}")
    return "\n".join(lines)
