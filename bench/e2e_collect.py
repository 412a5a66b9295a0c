"""What the benchmarks read back: a collector thread that follows the output topics and a tracker that tells
when each article is complete (a verdict for every claim found offline), with duplicates, alerts and dead
letters counted."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import orjson

from factstream.settings import Settings


@dataclass
class Tracker:
    """Per article: which expected claims have a verdict, when the last arrived, duplicates, alerts."""

    expected: dict[str, frozenset[str]]
    got: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    verdict_ids: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    last_verdict_ms: dict[str, int] = field(default_factory=dict)
    complete_ms: dict[str, int] = field(default_factory=dict)
    alert_ms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    alert_ids: Counter = field(default_factory=Counter)
    # Claim ids whose verdict calls for an alert (alert id = claim id): the run waits for their alerts too.
    alert_statuses: frozenset[str] = field(default_factory=lambda: frozenset(Settings().alert_verdicts))
    alert_worthy: set[str] = field(default_factory=set)
    copy_ms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    verdicts: int = 0
    conflicts: int = 0
    unexpected: int = 0  # verdicts for claims the offline extraction did not find
    unexpected_examples: list[str] = field(default_factory=list)
    unexpected_articles: set[str] = field(default_factory=set)
    dead_letters: int = 0
    dead_lettered: set[str] = field(default_factory=set)  # measured articles with a dead letter
    foreign: int = 0  # records of other articles (warm-up)
    last_record_monotonic: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.with_claims = sum(1 for ids in self.expected.values() if ids)

    @property
    def completed(self) -> int:
        return len(self.complete_ms)

    def on_verdict(self, value: bytes, ts: int) -> None:
        verdict = orjson.loads(value)
        article_id = verdict["article_id"]
        expected = self.expected.get(article_id)
        if expected is None:
            self.foreign += 1
            return
        self.verdicts += 1
        self.verdict_ids[article_id][verdict["verdict_id"]] += 1
        if verdict["verdict"] == "conflict":
            self.conflicts += 1  # an extra verdict from the conflict detector, not the claim's own
            return
        claim_id = verdict["claim"]["claim_id"]
        if claim_id not in expected:
            self.unexpected += 1
            self.unexpected_articles.add(article_id)
            if len(self.unexpected_examples) < 5:
                claim = verdict["claim"]
                self.unexpected_examples.append(
                    f"{article_id}: {claim.get('kind')} {claim.get('text')!r} at {claim.get('start')} "
                    f"→ {verdict['verdict']}"
                )
            return
        if verdict["verdict"] in self.alert_statuses:
            self.alert_worthy.add(claim_id)
        got = self.got[article_id]
        got.add(claim_id)
        self.last_verdict_ms[article_id] = max(ts, self.last_verdict_ms.get(article_id, 0))
        if article_id not in self.complete_ms and len(got) == len(expected):
            self.complete_ms[article_id] = self.last_verdict_ms[article_id]

    @property
    def alerts_missing(self) -> int:
        """Alert-worthy verdicts seen whose alert has not arrived (yet)."""
        return len(self.alert_worthy - self.alert_ids.keys())

    def on_alert(self, value: bytes, ts: int) -> None:
        alert = orjson.loads(value)
        article_id = alert["verdict"]["article_id"]
        if article_id not in self.expected:
            self.foreign += 1
            return
        self.alert_ids[alert["alert_id"]] += 1
        self.alert_ms[article_id].append(ts)

    def on_dead_letter(self, value: bytes) -> None:
        letter = orjson.loads(value)
        key = letter.get("key")
        if key in self.expected:
            self.dead_letters += 1
            self.dead_lettered.add(key)
        else:
            self.foreign += 1

    def on_copy(self, key: bytes, ts: int) -> None:
        article_id = key.decode("utf-8")
        if article_id not in self.expected:
            self.foreign += 1
            return
        self.copy_ms[article_id].append(ts)
        if article_id not in self.complete_ms:
            self.complete_ms[article_id] = ts

    def duplicate_verdicts(self) -> tuple[int, int]:
        """(verdict ids seen more than once, articles with any such verdict)."""
        duplicated = [sum(1 for n in ids.values() if n > 1) for ids in self.verdict_ids.values()]
        return sum(duplicated), sum(1 for n in duplicated if n)


class Collector(threading.Thread):
    """Reads output topics from the beginning in a background thread and feeds a Tracker."""

    def __init__(self, settings: Settings, tracker: Tracker, topics: list[str]) -> None:
        super().__init__(daemon=True, name="collector")
        self.settings = settings
        self.tracker = tracker
        self.topics = topics
        self.halt = threading.Event()
        self.ready = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        # aiokafka decodes record batches in C: a fraction of kafka-python's CPU on the same records, which
        # matters when the benchmark shares two cores with the worker and the broker.
        import asyncio

        try:
            asyncio.run(self._consume())
        except BaseException as exc:
            self.error = exc
        finally:
            self.ready.set()

    async def _consume(self) -> None:
        import logging

        from aiokafka import AIOKafkaConsumer

        # Topics created a moment ago make aiokafka warn until metadata catches up: noise here.
        logging.getLogger("aiokafka").setLevel(logging.ERROR)

        from streams.topics import aiokafka_config

        names = {self.settings.topic(t): t for t in self.topics}
        consumer = AIOKafkaConsumer(*names, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False,
                                    fetch_max_bytes=64 * 1024 * 1024, max_partition_fetch_bytes=8 * 1024 * 1024,
                                    # A topic missing from the first metadata (just created) would otherwise be
                                    # picked up only at the next refresh, 5 minutes later by default.
                                    metadata_max_age_ms=1000,
                                    **aiokafka_config(self.settings))
        await consumer.start()
        self.ready.set()
        tracker = self.tracker
        try:
            while not self.halt.is_set():
                batches = await consumer.getmany(timeout_ms=200, max_records=5000)
                for tp, records in batches.items():
                    kind = names[tp.topic]
                    for record in records:
                        if record.value is None:
                            continue
                        if kind == "verdicts":
                            tracker.on_verdict(record.value, record.timestamp)
                        elif kind == "alerts":
                            tracker.on_alert(record.value, record.timestamp)
                        elif kind == "passthrough":
                            tracker.on_copy(record.key, record.timestamp)
                        elif kind == "deadletter":
                            tracker.on_dead_letter(record.value)
                    if records:
                        tracker.last_record_monotonic = time.monotonic()
        finally:
            await consumer.stop()

    def stop(self) -> None:
        self.halt.set()
        self.join(timeout=30)


def wait_complete(tracker: Tracker, target: int, *, idle_timeout: float, progress_every: float = 10.0,
                  label: str = "") -> bool:
    """Wait until `target` articles are complete; False when no output arrived for `idle_timeout` s."""
    last_print = time.monotonic()
    while tracker.completed < target:
        now = time.monotonic()
        if now - tracker.last_record_monotonic > idle_timeout:
            return False
        if now - last_print >= progress_every:
            print(f"#   {label} {tracker.completed}/{target} articles complete", flush=True)
            last_print = now
        time.sleep(0.1)
    return True


