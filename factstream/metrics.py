"""Prometheus series (factstream_*), shared by the stream's agents, sinks and web views."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

ARTICLES = Counter(
    "factstream_articles", "Articles processed, by language", ["lang"], registry=REGISTRY
)
CLAIMS = Counter(
    "factstream_claims", "Claims extracted, by kind and language", ["kind", "lang"], registry=REGISTRY
)
VERDICTS = Counter("factstream_verdicts", "Verdicts emitted, by status", ["verdict"], registry=REGISTRY)
ALERTS_DELIVERED = Counter(
    "factstream_alerts_delivered", "Alerts delivered, per sink", ["sink"], registry=REGISTRY
)
ALERTS_FAILED = Counter(
    "factstream_alerts_failed", "Alert deliveries that failed for good, per sink", ["sink"], registry=REGISTRY
)
ALERTS_DUPLICATE = Counter(
    "factstream_alerts_duplicates_suppressed", "Alerts not re-sent because the claim already alerted",
    registry=REGISTRY,
)
DEAD_LETTERS = Counter(
    "factstream_dead_letters", "Inputs sent to the dead-letter topic, by stage", ["stage"], registry=REGISTRY
)
LATENCY = Histogram(
    "factstream_processing_latency_seconds",
    "From the article's arrival on Kafka (record timestamp) to its verdicts being sent",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
    registry=REGISTRY,
)
CHECKER_PRECISION = Gauge(
    "factstream_checker_precision",
    "Confirmed / reviewed alerts, per checker (claim kind)",
    ["checker"],
    registry=REGISTRY,
)
REVIEWS = Counter(
    "factstream_reviews", "Reviews recorded, by decision", ["decision"], registry=REGISTRY
)
