"""State every worker needs whole, not per partition: each worker follows `alerts` and `reviews` (the dashboard)
and `reference` (the reference tables) from the beginning with its own consumer, outside the group. Plus the
app's small background tasks: readiness and closing the sinks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import orjson

import alerts
from factstream import metrics
from factstream.models import Alert, Review
from streams.runtime import Runtime
from streams.topics import aiokafka_config

log = logging.getLogger("factstream.streams")

RecordHandler = Callable[[str, bytes | None, bytes | None], None]

# How often rows read from `reference` are applied (one new tables object per batch, not per row).
REFERENCE_APPLY_EVERY_S = 0.5


async def follow(runtime: Runtime, topics: list[str], handle: RecordHandler) -> None:
    """Read `topics` whole, forever, handing every record to handle(topic, key, value); a bad record is logged
    and skipped (these topics are state to mirror, not work to process), a broken consumer is restarted."""
    from aiokafka import AIOKafkaConsumer

    while True:
        consumer = AIOKafkaConsumer(
            *topics, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest",
            **aiokafka_config(runtime.settings),
        )
        try:
            await consumer.start()
            while True:
                batches = await consumer.getmany(timeout_ms=500, max_records=1000)
                for tp, records in batches.items():
                    for record in records:
                        try:
                            handle(tp.topic, record.key, record.value)
                        except Exception as exc:  # a bad record must not stop the follower
                            log.warning("follower skipped a record of %s: %r", tp.topic, exc)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning("follower of %s restarting after: %r", topics, exc)
            await asyncio.sleep(1.0)
        finally:
            await consumer.stop()


def dashboard_applier(runtime: Runtime) -> RecordHandler:
    alerts_topic = runtime.settings.topic("alerts")

    def apply(topic: str, key: bytes | None, value: bytes | None) -> None:
        if value is None:
            return
        if topic == alerts_topic:
            runtime.store.add_alert(Alert.model_validate_json(value))
        else:
            review = Review.model_validate_json(value)
            runtime.store.add_review(review)
            metrics.REVIEWS.labels(review.decision).inc()

    return apply


async def follow_reference(runtime: Runtime) -> None:
    """Rows arrive as (key, row) pairs; every REFERENCE_APPLY_EVERY_S the pending ones build a new tables object
    that is swapped in whole, so a bad row never leaves a half-updated table."""
    pending: list[tuple[str, dict | None]] = []

    def collect(topic: str, key: bytes | None, value: bytes | None) -> None:
        if key is not None:
            pending.append((key.decode("utf-8"), orjson.loads(value) if value is not None else None))

    async def apply_pending() -> None:
        while True:
            await asyncio.sleep(REFERENCE_APPLY_EVERY_S)
            if not pending:
                continue
            records = pending[:]
            del pending[: len(records)]
            try:
                runtime.tables = runtime.tables.with_records(records)
                runtime.reference_records_applied += len(records)
                log.info("reference: applied %d rows", len(records))
            except ValueError as exc:
                log.warning("reference rows rejected, tables kept as they were: %s", exc)

    applier = asyncio.ensure_future(apply_pending())
    try:
        await follow(runtime, [runtime.settings.topic("reference")], collect)
    finally:
        applier.cancel()


def register(runtime: Runtime) -> None:
    app, settings = runtime.app, runtime.settings

    @app.task
    async def follow_dashboard() -> None:
        await follow(runtime, [settings.topic("alerts"), settings.topic("reviews")], dashboard_applier(runtime))

    @app.task
    async def follow_reference_rows() -> None:
        await follow_reference(runtime)

    @app.task
    async def mark_ready() -> None:
        # Ready (/health 200) once the worker has joined its group, got its partitions and restored its tables.
        await app.tables.recovery.completed.wait()
        runtime.ready = True

    @app.task
    async def close_sinks_on_stop() -> None:
        try:
            await asyncio.Event().wait()  # until the worker stops and cancels its tasks
        finally:
            await alerts.close_sinks(runtime.sinks)
