"""The Faust app: `build_app` wires the agents, tables, followers and web views of streams/ onto one app, and
`run_worker` runs it. Where each piece lives:

- streams/topology.py — every topic, who writes and who reads it; streams/faust_app.StreamTopics declares them.
- streams/runtime.py — what agents share, and the decode -> retry -> dead letter rule every agent follows.
- streams/extract.py (`extract_claims`), streams/check.py (`check_<kind>`), streams/conflicts.py
  (`detect_conflicts`), streams/alerting.py (`raise_alerts`) — the agents, one module per group.
- streams/followers.py — the followers of alerts, reviews and reference rows, and the background tasks.
- streams/web.py — the dashboard, API, /metrics and /health; streams/faust_fixes.py — fixes to Faust's consumer.
"""

from __future__ import annotations

from typing import Any

import faust

import alerts
import checkers
from factstream.models import Review
from factstream.settings import Settings
from streams import alerting, check, conflicts, extract, followers
from streams.extract import LONG_ARTICLE_CHARS, MAX_BATCH_BYTES, claim_batches
from streams.faust_app import StreamTopics, new_app
from streams.runtime import Runtime
from streams.web import register_views

__all__ = ["LONG_ARTICLE_CHARS", "MAX_BATCH_BYTES", "build_app", "claim_batches", "run_worker"]

def build_app(
    settings: Settings,
    *,
    tables: checkers.ReferenceTables | None = None,
    sinks: list[Any] | None = None,
) -> faust.App:
    """Create the Faust app with every agent. Several apps can live in one process (tests)."""
    app = new_app(settings)
    runtime = Runtime(
        app=app,
        settings=settings,
        topics=StreamTopics(app, settings),
        tables=tables if tables is not None else checkers.ReferenceTables.load(
            settings.reference, include_default=not settings.replace_reference
        ),
        store=alerts.AlertStore(),
        sinks=sinks if sinks is not None else alerts.sinks_from_settings(settings),
    )
    app.factstream = runtime
    for group in (extract, check, conflicts, alerting, followers):
        group.register(runtime)
    register_web(runtime)
    return app


def register_web(runtime: Runtime) -> None:
    async def submit_review(review: Review) -> None:
        # One key per review, not per alert: the compacted topic keeps every decision (the review history).
        await runtime.topics["reviews"].send(
            key=alerts.review_record_key(review), value=review.model_dump_json().encode("utf-8")
        )

    register_views(
        runtime.app, store=runtime.store, settings=runtime.settings, submit_review=submit_review,
        ready=lambda: runtime.ready,
    )


def run_worker(settings: Settings, loglevel: str = "info") -> None:
    """`factstream worker`: create the topics, then run the Faust worker until stopped."""
    from faust.worker import Worker

    from streams.topics import ensure_topics

    ensure_topics(settings)
    app = build_app(settings)
    worker = Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    # Faust's terminal spinner, at -l warn or error, sets the root logger to DEBUG so that it can spin on
    # every record: every debug call in aiokafka and faust then builds a LogRecord (~6% of the worker's CPU,
    # bench/profile_worker.py). No spinner: the root logger keeps the level asked for.
    worker.spinner = None
    worker.execute_from_commandline()
