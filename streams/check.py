"""Agents `check_<kind>`, one per claim kind: a ClaimBatch -> verdicts, written by `publish_verdicts` (also used
by streams/conflicts.py for the conflict verdicts)."""

from __future__ import annotations

import time
from collections import Counter
from functools import partial

import faust

import checkers
from factstream import metrics
from factstream.models import CLAIM_KINDS, ClaimBatch, Verdict
from streams.runtime import Runtime, decode


async def publish_verdicts(runtime: Runtime, verdicts: list[Verdict]) -> None:
    """Each verdict is one record on `verdicts` (keyed by article), plus one on `alert-candidates` (keyed by
    claim) when it may need an alert and one on `observations` when it names entity, metric and period.
    The producer is called directly for verdicts: a batch's records share their article key, so the partition
    is hashed once, and Faust's per-send bookkeeping (futures, sensors) is not needed for them; the consumer
    flushes the producer before committing (streams/faust_fixes.py)."""
    if not verdicts:
        return
    for status, count in Counter(verdict.verdict for verdict in verdicts).items():
        metrics.VERDICTS.labels(status).inc(count)
    producer = runtime.app.producer
    topics, alert_verdicts = runtime.topics, runtime.settings.alert_verdicts
    verdicts_name = topics["verdicts"].get_topic_name()
    by_article: dict[str, int] = {}
    for verdict in verdicts:
        payload = verdict.model_dump_json().encode("utf-8")
        key = verdict.article_id.encode("utf-8")
        partition = by_article.get(verdict.article_id)
        if partition is None:
            partition = by_article[verdict.article_id] = producer.key_partition(verdicts_name, key).partition
        await producer.send(verdicts_name, key, payload, partition, None, None)
        if verdict.verdict in alert_verdicts:
            await topics["alert-candidates"].send(key=verdict.claim.claim_id.encode("utf-8"), value=payload)
        observation_key = checkers.observation_key(verdict, runtime.tables)
        if observation_key is not None and verdict.verdict != "conflict":
            await topics["observations"].send(key=observation_key.encode("utf-8"), value=payload)


async def check_batch(runtime: Runtime, kind: str, event: faust.EventT) -> None:
    """One ClaimBatch of `kind`: decode, check against the current reference tables, publish the verdicts."""
    batch = decode(event, ClaimBatch, f"decode-claims-{kind}")
    verdicts = checkers.check_claims(batch.claims, batch.article, runtime.tables, context=batch.context)
    await publish_verdicts(runtime, verdicts)
    if batch.received_at:
        metrics.LATENCY.observe(max(0.0, time.time() - batch.received_at))


def register_checker(runtime: Runtime, kind: str) -> None:
    handle = partial(check_batch, runtime, kind)

    async def check(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await runtime.process(event, f"check-{kind}", handle)

    check.__name__ = check.__qualname__ = f"check_{kind}"
    runtime.app.agent(runtime.topics.claims(kind), name=f"check_{kind}")(check)


def register(runtime: Runtime) -> None:
    for kind in CLAIM_KINDS:
        register_checker(runtime, kind)
