"""The Faust app: topics, agents and the background followers. Agents stay thin: decode, call the pure
function (claims.extract_article, checkers.check_claims, alerts.build_alert), encode, send.

The topology is drawn in streams/topology.py.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import faust
from pydantic import BaseModel, ValidationError

import alerts
import checkers
from claims import extract_article
from factstream import metrics
from factstream.articles import ArticleError, parse_article
from factstream.models import CLAIM_KINDS, Alert, ArticleRef, Claim, ClaimBatch, DeadLetter, Review, Verdict
from factstream.settings import Settings
from streams import faust_app
from streams.faust_app import new_app
from streams.topics import aiokafka_config

log = logging.getLogger("factstream.streams")

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

# Longer articles (a few in a million: full reports, transcripts) are extracted in a thread: at ~1 M chars/s
# the extractor would otherwise hold the event loop for a noticeable time.
LONG_ARTICLE_CHARS = 100_000

# Observations kept per entity|metric|period key for conflict detection: enough outlets to compare with.
MAX_OBSERVATIONS_PER_KEY = 50


@dataclass
class Runtime:
    """What the agents of one app share: settings, the current reference tables, the dashboard's view."""

    settings: Settings
    tables: checkers.ReferenceTables
    store: alerts.AlertStore
    sinks: list[Any] = field(default_factory=list)
    ready: bool = False
    reference_records_applied: int = 0


class Failure(Exception):
    """Processing failed for good after its attempts; carries what the dead letter needs."""

    def __init__(self, stage: str, error: BaseException, attempts: int) -> None:
        super().__init__(f"{type(error).__name__}: {error}")
        self.stage = stage
        self.attempts = attempts


async def run_with_attempts(
    stage: str, max_attempts: int, fn: Callable[..., T], *args: Any, in_thread: bool = False
) -> T:
    """Call a pure function; retry unexpected errors (bounded), never retry ValueError (the input is bad).
    in_thread: run it in a worker thread, so that a long call does not stall the event loop (web, heartbeats)."""
    for attempt in range(1, max_attempts + 1):
        try:
            return await asyncio.to_thread(fn, *args) if in_thread else fn(*args)
        except ValueError as exc:
            raise Failure(stage, exc, attempt) from exc
        except Exception as exc:
            if attempt == max_attempts:
                raise Failure(stage, exc, attempt) from exc
            log.warning("%s failed (attempt %d/%d): %r", stage, attempt, max_attempts, exc)
            await asyncio.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


# A claims batch is one Kafka record (at most 1 MiB by default): an article with many claims of one kind is
# sent as several batches, each well under the limit. Checkers treat every batch on its own.
MAX_BATCH_BYTES = 512 * 1024


def claim_batches(
    article: ArticleRef, kind: str, claims: list[Claim], received_at: float | None, max_bytes: int = MAX_BATCH_BYTES
) -> list[bytes]:
    """The encoded ClaimBatch records for one (article, kind), split so that each stays under max_bytes."""
    whole = ClaimBatch(article=article, kind=kind, claims=claims, received_at=received_at).model_dump_json().encode()
    if len(whole) <= max_bytes:  # the usual case: one record, encoded once
        return [whole]
    empty = ClaimBatch(article=article, kind=kind, claims=[], received_at=received_at)
    overhead = len(empty.model_dump_json().encode())
    groups: list[list[Claim]] = [[]]
    size = overhead
    for claim in claims:
        claim_size = len(claim.model_dump_json().encode()) + 1  # bytes: Arabic text is two per character
        if groups[-1] and size + claim_size > max_bytes:
            groups.append([])
            size = overhead
        groups[-1].append(claim)
        size += claim_size
    return [
        ClaimBatch(article=article, kind=kind, claims=group, received_at=received_at).model_dump_json().encode("utf-8")
        for group in groups
    ]


def build_app(
    settings: Settings,
    *,
    tables: checkers.ReferenceTables | None = None,
    sinks: list[Any] | None = None,
) -> faust.App:
    """Create the Faust app with every agent. Several apps can live in one process (tests)."""
    app = new_app(settings)
    runtime = Runtime(
        settings=settings,
        tables=tables if tables is not None else checkers.ReferenceTables.load(
            settings.reference, include_default=not settings.replace_reference
        ),
        store=alerts.AlertStore(),
        sinks=sinks if sinks is not None else alerts.sinks_from_settings(settings),
    )
    app.factstream = runtime  # type: ignore[attr-defined]

    def raw_topic(name: str) -> faust.TopicT:
        return faust_app.raw_topic(app, settings, name)

    articles_topic = raw_topic("articles")
    claim_topics = {kind: raw_topic(f"claims-{kind}") for kind in CLAIM_KINDS}
    claim_topic_names = {kind: topic.get_topic_name() for kind, topic in claim_topics.items()}
    verdicts_topic = raw_topic("verdicts")
    observations_topic = raw_topic("observations")
    candidates_topic = raw_topic("alert-candidates")
    alerts_topic = raw_topic("alerts")
    reviews_topic = raw_topic("reviews")
    deadletter_topic = raw_topic("deadletter")

    # Keys are text; values are JSON (dicts and lists), the app's default value serializer.
    alerted = app.Table("alerted", default=None, partitions=settings.partitions, key_type=str)
    observations = app.Table("observations", default=None, partitions=settings.partitions, key_type=str)

    async def dead_letter(stage: str, error: str, event: faust.EventT | None, attempts: int = 1) -> None:
        message = event.message if event is not None else None
        key = message.key if message is not None else None
        letter = DeadLetter.from_bytes(
            event.value if event is not None else None,
            stage=stage,
            error=error,
            topic=message.topic if message is not None else None,
            partition=message.partition if message is not None else None,
            offset=message.offset if message is not None else None,
            key=key.decode("utf-8", "replace") if isinstance(key, bytes) else key,
            attempts=attempts,
        )
        await deadletter_topic.send(key=key, value=letter.model_dump_json().encode("utf-8"))
        metrics.DEAD_LETTERS.labels(stage).inc()
        log.warning("dead letter (%s): %s", stage, error)

    async def decoded(event: faust.EventT, model: type[M], stage: str) -> M | None:
        """The event's value as a model, or None after sending it to the dead letters with the reason."""
        try:
            return model.model_validate_json(event.value)
        except ValidationError as exc:
            await dead_letter(stage, str(exc), event)
            return None

    # --- articles -> claims, one batch per (article, kind) ------------------------------------------
    @app.agent(articles_topic, name="extract_claims")
    async def extract_claims(stream: faust.StreamT) -> None:
        async for event in stream.events():
            try:
                article = parse_article(event.value, settings.max_article_bytes)
            except ArticleError as exc:
                await dead_letter("decode-article", str(exc), event)
                continue
            try:
                found = await run_with_attempts(
                    "extract", settings.max_attempts, extract_article, article,
                    in_thread=len(article.body) > LONG_ARTICLE_CHARS,
                )
            except Failure as failure:
                await dead_letter(failure.stage, str(failure), event, failure.attempts)
                continue
            if len(found) > settings.max_claims_per_article:
                await dead_letter(
                    "extract",
                    f"the article has {len(found):,} numeric claims, over the limit of "
                    f"{settings.max_claims_per_article:,} per article (FACTSTREAM_MAX_CLAIMS_PER_ARTICLE)",
                    event,
                )
                continue
            metrics.ARTICLES.labels(article.lang or (found[0].lang if found else "unknown")).inc()
            by_kind: dict[str, list] = defaultdict(list)
            for claim in found:
                by_kind[claim.kind].append(claim)
            for (kind, lang), count in Counter((claim.kind, claim.lang) for claim in found).items():
                metrics.CLAIMS.labels(kind, lang).inc(count)
            ref = article.ref
            key = article.id.encode("utf-8")
            for kind, kind_claims in by_kind.items():
                name = claim_topic_names[kind]
                partition = app.producer.key_partition(name, key).partition
                for payload in claim_batches(ref, kind, kind_claims, event.message.timestamp):
                    await app.producer.send(name, key, payload, partition, None, None)

    # --- one checker agent per claim kind -------------------------------------------------------------
    async def publish_verdicts(verdicts: list[Verdict]) -> None:
        """Each verdict is one record on `verdicts` (keyed by article), plus one on `alert-candidates` (keyed by
        claim) when it may need an alert and one on `observations` when it names entity, metric and period.
        The producer is called directly (here and for claim batches): a batch's records share their article
        key, so the partition is hashed once, and Faust's per-send bookkeeping (futures, sensors) is not needed
        for them; the consumer flushes the producer before committing (streams/faust_app.py)."""
        if not verdicts:
            return
        for status, count in Counter(verdict.verdict for verdict in verdicts).items():
            metrics.VERDICTS.labels(status).inc(count)
        producer = app.producer
        verdicts_name = verdicts_topic.get_topic_name()
        by_article: dict[str, int] = {}
        for verdict in verdicts:
            payload = verdict.model_dump_json().encode("utf-8")
            key = verdict.article_id.encode("utf-8")
            partition = by_article.get(verdict.article_id)
            if partition is None:
                partition = by_article[verdict.article_id] = producer.key_partition(verdicts_name, key).partition
            await producer.send(verdicts_name, key, payload, partition, None, None)
            if verdict.verdict in settings.alert_verdicts:
                await candidates_topic.send(key=verdict.claim.claim_id.encode("utf-8"), value=payload)
            observation_key = checkers.observation_key(verdict)
            if observation_key is not None and verdict.verdict != "conflict":
                await observations_topic.send(key=observation_key.encode("utf-8"), value=payload)

    def make_checker(kind: str) -> None:
        async def check(stream: faust.StreamT) -> None:
            async for event in stream.events():
                batch = await decoded(event, ClaimBatch, f"decode-claims-{kind}")
                if batch is None:
                    continue
                try:
                    verdicts = await run_with_attempts(
                        f"check-{kind}", settings.max_attempts, checkers.check_claims,
                        batch.claims, batch.article, runtime.tables,
                    )
                except Failure as failure:
                    await dead_letter(failure.stage, str(failure), event, failure.attempts)
                    continue
                await publish_verdicts(verdicts)
                if batch.received_at:
                    metrics.LATENCY.observe(max(0.0, time.time() - batch.received_at))

        check.__name__ = check.__qualname__ = f"check_{kind}"
        app.agent(claim_topics[kind], name=f"check_{kind}")(check)

    for kind in CLAIM_KINDS:
        make_checker(kind)

    # --- outlets that disagree: a table keyed by entity|metric|period ---------------------------------
    @app.agent(observations_topic, name="detect_conflicts")
    async def detect_conflicts(stream: faust.StreamT) -> None:
        async for event in stream.events():
            verdict = await decoded(event, Verdict, "decode-observation")
            if verdict is None:
                continue
            observation = checkers.observation_from(verdict)
            if observation is None:
                continue
            stored = observations.get(observation.key) or []
            if any(item.get("claim_id") == observation.claim_id for item in stored):
                continue  # redelivered: already counted
            previous = [checkers.Observation.model_validate(item) for item in stored]
            try:
                conflict = await run_with_attempts(
                    "detect-conflict", settings.max_attempts, checkers.detect_conflict,
                    observation, previous, verdict,
                )
            except Failure as failure:
                await dead_letter(failure.stage, str(failure), event, failure.attempts)
                continue
            observations[observation.key] = [
                *stored[-(MAX_OBSERVATIONS_PER_KEY - 1):], observation.model_dump(mode="json")
            ]
            if conflict is not None:
                await publish_verdicts([conflict])

    # --- alerts: exactly one per claim at every sink ----------------------------------------------------
    @app.agent(candidates_topic, name="raise_alerts")
    async def raise_alerts(stream: faust.StreamT) -> None:
        async for event in stream.events():
            verdict = await decoded(event, Verdict, "decode-alert-candidate")
            if verdict is None:
                continue
            alert = alerts.build_alert(verdict, settings.alert_verdicts)
            if alert is None:
                continue
            await deliver_once(alert, event)

    async def deliver_once(alert: Alert, event: faust.EventT) -> None:
        """Each sink is marked done in the changelog-backed table, flushed, right after it delivers:
        a redelivered or restarted claim skips the sinks that already have it."""
        key = alert.alert_id
        done: dict[str, bool] = dict(alerted.get(key) or {})
        if done and all(done.get(name) for name in ["topic", *(sink.name for sink in runtime.sinks)]):
            metrics.ALERTS_DUPLICATE.inc()
            return
        payload = alert.model_dump_json().encode("utf-8")
        if not done.get("topic"):
            await alerts_topic.send(key=key.encode("utf-8"), value=payload)
            await mark_delivered(key, done, "topic")
        for sink in runtime.sinks:
            if done.get(sink.name):
                continue
            try:
                await sink.deliver(alert)
            except alerts.DeliveryError as exc:
                metrics.ALERTS_FAILED.labels(sink.name).inc()
                await dead_letter(f"sink-{sink.name}", str(exc), event, getattr(exc, "attempts", 1))
                # Marked done all the same: the dead letter is now the record of it; replay re-sends.
                await mark_delivered(key, done, sink.name)
                continue
            await mark_delivered(key, done, sink.name)

    async def mark_delivered(key: str, done: dict[str, bool], sink_name: str) -> None:
        done[sink_name] = True
        alerted[key] = dict(done)
        metrics.ALERTS_DELIVERED.labels(sink_name).inc()
        await app.producer.flush()

    # --- every worker follows alerts, reviews and reference rows whole (no consumer group) ---------------
    async def follow(topics: list[str], handle: Callable[[str, bytes | None, bytes | None], None]) -> None:
        from aiokafka import AIOKafkaConsumer

        while True:
            consumer = AIOKafkaConsumer(
                *topics,
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                **aiokafka_config(settings),
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

    def apply_dashboard_record(topic: str, key: bytes | None, value: bytes | None) -> None:
        if value is None:
            return
        if topic == settings.topic("alerts"):
            runtime.store.add_alert(Alert.model_validate_json(value))
        else:
            review = Review.model_validate_json(value)
            runtime.store.add_review(review)
            metrics.REVIEWS.labels(review.decision).inc()

    pending_reference: list[tuple[str, dict | None]] = []

    def apply_reference_record(topic: str, key: bytes | None, value: bytes | None) -> None:
        import orjson

        if key is None:
            return
        pending_reference.append((key.decode("utf-8"), orjson.loads(value) if value is not None else None))

    @app.task
    async def follow_dashboard() -> None:
        await follow([settings.topic("alerts"), settings.topic("reviews")], apply_dashboard_record)

    @app.task
    async def follow_reference() -> None:
        async def apply_pending() -> None:
            while True:
                await asyncio.sleep(0.5)
                if pending_reference:
                    records = pending_reference[:]
                    del pending_reference[: len(records)]
                    try:
                        runtime.tables = runtime.tables.with_records(records)
                        runtime.reference_records_applied += len(records)
                        log.info("reference: applied %d rows", len(records))
                    except ValueError as exc:
                        log.warning("reference rows rejected, tables kept as they were: %s", exc)

        applier = asyncio.ensure_future(apply_pending())
        try:
            await follow([settings.topic("reference")], apply_reference_record)
        finally:
            applier.cancel()

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

    async def submit_review(review: Review) -> None:
        await reviews_topic.send(
            key=review.alert_id.encode("utf-8"), value=review.model_dump_json().encode("utf-8")
        )

    try:
        from streams.web import register_views
    except ImportError:  # the web views are optional at build time (unit tests of the agents)
        log.warning("streams.web not available: no dashboard")
    else:
        register_views(
            app, store=runtime.store, settings=settings, submit_review=submit_review,
            ready=lambda: runtime.ready,
        )
    return app


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
