"""Fixes to faust-streaming's Kafka consumer and producer, for at-least-once delivery that loses nothing, repeats
little and never hangs.

Written against faust-streaming 0.15.3 with aiokafka 0.14 (pyproject pins `faust-streaming>=0.15.3,<0.16`).
Every override is pinned by a unit test in tests/unit/streams/test_faust_fixes.py, and all of them together by
tests/integration/test_kill.py.

Each fix, its upstream report, and when it can go:
- `FactstreamConsumerThread.seek_to_committed`: aiokafka's seek skips partitions never committed (offset None
  or 0), so records Faust dropped at a flow stop were never fetched again. aio-libs/aiokafka#1003. Can go when
  aiokafka seeks such partitions per `auto_offset_reset`.
- `FactstreamConsumer._new_offset`: Faust's head-gap check is off by one, so one fetched but unprocessed record
  is committed over (and never-committed partitions have no check). faust-streaming/faust#606, PR #707. Can go
  with a release containing PR #707, if it also covers never-committed partitions.
- `FactstreamConsumer._add_gap`: any jump in the offsets read is committed over as "missing from the log", also
  a batch fetched before a seek (Faust resumes the flow before it seeks). faust-streaming/faust#216 and #596
  (gap handling from robinhood/faust#401). Can go when Faust seeks before it resumes, or counts only real gaps.
- `FactstreamConsumer.ack`: streams ack the events they skip (older consumer generation, stopped flow), so a
  commit steps over them. faust-streaming/faust#596 (the recovery race that drops fetched events). Can go when
  Faust no longer acks skipped events.
- `FactstreamConsumer.getmany`: a partition read again repeats everything processed since the stalled record.
  Ours (follows from the refetch above); goes with `_new_offset` and `ack`.
- `FactstreamConsumer.on_partitions_revoked` and `wait_empty`: acks are forgotten before the final commit of a
  rebalance, and that commit may join a running one computed before the last acks, so the next owner repeats
  work. faust-streaming/faust#502. Can go when Faust commits finished events before it clears their acks.
- `FactstreamConsumer._commit_offsets`: the producer is flushed before offsets are committed. Upstream does this
  too since faust-streaming/faust PR #273 (non-transactional path); kept so that the order stays pinned by our
  test whatever the path. Can go now, together with that test.
- `WholeClusterMetadataClient` (the producer's aiokafka client): aiokafka asks for every topic's metadata until
  the first time it is asked about a topic it does not know; from then on it asks only for the topics met that way,
  and every other topic drops out of its metadata. A record of such a topic still waiting to be sent then has no
  leader: the sender never sends it, and `flush()` (before every commit, after every alert) waits for it for the
  whole request timeout, 20 minutes in Faust. The worker processed nothing more after "Worker ready" when, on a
  loaded machine, a changelog topic it had just created was missing from its first metadata fetch. Ours, not
  reported upstream yet; tests/integration/test_producer_metadata.py strands a record with plain aiokafka. Can go
  when aiokafka keeps the topics it knew when it starts tracking some (that test's upstream half then fails).
  A consequence: a whole-cluster metadata request names no topic, so a send to a topic that does not exist no
  longer makes the broker auto-create it (one partition, the race streams/topics.py avoids); the send waits for
  the topic until the request timeout. Every topic we send to is created first: ours by `ensure_topics` before
  the worker starts, Faust's by `create_topic` below.
- `FactstreamProducer.create_topic`: Faust goes on as soon as the broker answers the creation of a topic, but
  the broker lists the topic in its metadata a moment later (seconds on a loaded machine); a group assigned
  meanwhile left the changelog's partitions out ("Ignoring missing topic"), and every write to the table failed
  (PartitionsMismatch: alerts dead-lettered). Ours; it waits until the topic is listed. Can go when Faust waits.

At import, `check_faust_internals()` verifies that every private attribute these overrides rely on still exists,
and the consumer checks its private state when it is created: a faust release that renames them fails the
worker at start with a message naming what moved, instead of silently losing records.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

# STALLED_S: a record unprocessed this long is fetched again. NEW_TOPIC_*: waiting for a topic just created.
from factstream.limits import NEW_TOPIC_METADATA_POLL_S, NEW_TOPIC_METADATA_WAIT_S, STALLED_S

try:
    from aiokafka.client import AIOKafkaClient
    from faust.transport.drivers import aiokafka as aiokafka_driver
    from faust.types import TP
    from faust.types.tuples import ack_lock
    from faust.utils.functional import consecutive_numbers
    from mode.utils.futures import notify
except ImportError as exc:  # pragma: no cover - only with an unsupported faust release
    raise ImportError(
        f"streams/faust_fixes.py needs faust-streaming 0.15 internals that this installation lacks ({exc}); "
        "install faust-streaming>=0.15.3,<0.16"
    ) from exc

log = logging.getLogger(__name__)

# What the overrides call on or override in faust's classes: (class, attribute, must be a coroutine function).
FAUST_METHODS: tuple[tuple[type, str, bool], ...] = (
    (aiokafka_driver.AIOKafkaConsumerThread, "seek_to_committed", True),
    (aiokafka_driver.AIOKafkaConsumerThread, "call_thread", True),
    (aiokafka_driver.AIOKafkaConsumerThread, "_ensure_consumer", False),
    (aiokafka_driver.Consumer, "_new_consumer_thread", False),
    (aiokafka_driver.Consumer, "ack", False),
    (aiokafka_driver.Consumer, "_new_offset", False),
    (aiokafka_driver.Consumer, "_add_gap", True),
    (aiokafka_driver.Consumer, "getmany", False),  # an async generator
    (aiokafka_driver.Consumer, "_commit_tps", True),
    (aiokafka_driver.Consumer, "on_partitions_revoked", True),
    (aiokafka_driver.Consumer, "wait_empty", True),
    (aiokafka_driver.Consumer, "_commit_offsets", True),
    (aiokafka_driver.Consumer, "stop_flow", False),
    (aiokafka_driver.Consumer, "maybe_wait_for_commit_to_finish", True),
    (aiokafka_driver.Consumer, "commit", True),
    (aiokafka_driver.Consumer, "assignment", False),
    (aiokafka_driver.Transport, "Consumer", False),
    (aiokafka_driver.Producer, "_new_producer", False),
    (aiokafka_driver.Producer, "_ensure_producer", False),
    (aiokafka_driver.Producer, "create_topic", True),
    (aiokafka_driver.Transport, "Producer", False),
    (AIOKafkaClient, "add_topic", False),  # called by _wait_on_metadata, the producer's only way to track a topic
    (AIOKafkaClient, "_wait_on_metadata", True),
    (AIOKafkaClient, "force_metadata_update", False),
)
# Private state of faust's Consumer the overrides read and write (set in its __init__).
FAUST_CONSUMER_STATE: tuple[str, ...] = (
    "_acked", "_acked_index", "_committed_offset", "_read_offset", "_unacked_messages", "_waiting_for_ack",
)


class FaustInternalsChanged(RuntimeError):
    """The installed faust no longer has what streams/faust_fixes.py overrides: the fixes cannot be trusted."""


def check_faust_internals() -> None:
    """Fail loudly, naming each missing piece, when faust's internals moved (run at import)."""
    problems = []
    for owner, name, is_coroutine in FAUST_METHODS:
        member = getattr(owner, name, None)
        if member is None:
            problems.append(f"{owner.__module__}.{owner.__qualname__}.{name} is gone")
        elif is_coroutine and not inspect.iscoroutinefunction(member):
            problems.append(f"{owner.__module__}.{owner.__qualname__}.{name} is no longer a coroutine function")
    if problems:
        raise FaustInternalsChanged(_internals_message(problems))


def check_consumer_state(consumer: Any) -> None:
    missing = [name for name in FAUST_CONSUMER_STATE if not hasattr(consumer, name)]
    if missing:
        raise FaustInternalsChanged(_internals_message(
            [f"faust's Consumer no longer sets {', '.join(missing)} in __init__"]
        ))


def _internals_message(problems: list[str]) -> str:
    import faust

    return (
        f"faust-streaming {faust.__version__} differs from the 0.15 release the consumer and producer "
        f"fixes in streams/faust_fixes.py were written for: {'; '.join(problems)}. "
        "Pin faust-streaming>=0.15.3,<0.16, or re-check each fix against the new release "
        "(the module docstring lists them)."
    )


class FactstreamConsumerThread(aiokafka_driver.AIOKafkaConsumerThread):
    """aiokafka consumer thread whose seek to committed offsets also covers never-committed partitions."""

    async def seek_to_committed(self) -> Mapping[TP, int]:
        committed = await super().seek_to_committed()
        await self.rewind_uncommitted(committed)
        return committed

    async def rewind_uncommitted(self, committed: Mapping[Any, int | None]) -> list[Any]:
        """Seek every stream partition with no committed offset (None, or 0) back to its first record.
        Changelog partitions are left alone: Faust's table recovery positions them itself."""
        if self.app.conf.consumer_auto_offset_reset != "earliest":
            return []
        changelogs = self.app.tables.changelog_topics
        fresh = [tp for tp, offset in committed.items() if not offset and tp.topic not in changelogs]
        if fresh:
            log.info("no committed offset yet: %d partition(s) sought to their first record", len(fresh))
            await self.call_thread(self._ensure_consumer().seek_to_beginning, *fresh)
            # Where the first commit of each must start: 0 without asking the broker (a ListOffsets round trip
            # here held up the start by seconds); a topic whose first records retention already deleted is
            # handled as "gone from the log".
            self.consumer.first_offsets.update({TP(tp.topic, tp.partition): 0 for tp in fresh})
        return fresh

    async def seek_back(self, tp: TP, offset: int) -> None:
        """Seek one partition, in the consumer's own thread (aiokafka is not thread-safe)."""
        consumer = self._ensure_consumer()

        async def seek() -> None:
            consumer.seek(tp, offset)

        await self.call_thread(seek)


class FactstreamConsumer(aiokafka_driver.Consumer):
    """Faust's aiokafka consumer with the fixes listed in the module docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        check_consumer_state(self)
        self.first_offsets: dict[TP, int] = {}  # never-committed partitions: their first offset
        self.head_gaps: dict[TP, tuple[int, float]] = {}  # partition -> (unacked offset, since when)
        self.refetched: dict[TP, tuple[int, float]] = {}  # partition -> (offset it was read again from, when)

    def _new_consumer_thread(self) -> aiokafka_driver.AIOKafkaConsumerThread:
        return FactstreamConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def ack(self, message: Any) -> bool:
        """Faust's streams ack the events they skip (fetched under an older consumer generation, or read while
        the flow is stopped) so that the lag does not grow; counted as done, they were committed over although
        nothing processed them. Only a message a stream handed to its agent (Faust marks it `tracked` then) counts
        here, whatever the flow's state when the agent finishes with it. A skipped one is only released: its
        partition is not committed past it, and it is fetched again (refetch_stalled, or the seek to committed
        offsets of the next rebalance)."""
        if message.tracked:
            return super().ack(message)
        app = self.app
        with ack_lock:
            if message.acked:
                return False
            message.acked = True
            self._unacked_messages.discard(message)
            tp = message.tp
            if app.topics.acks_enabled_for(message.topic):
                start = self.commit_start(tp)
                start = message.offset if start is None else min(start, message.offset)
                self.head_gaps.setdefault(tp, (start, time.monotonic()))
            notify(self._waiting_for_ack)
        return False

    def _new_offset(self, tp: TP) -> int | None:
        """The offset to commit for tp: the end of the run of acked offsets that starts at the committed one.
        Faust's own check lets the run start one past it (off by one: committed offsets name the next record to
        read), so an event that was fetched but never processed (dropped while the flow stopped) was committed
        over and lost. Here such a partition is not committed, and refetch_stalled() reads it again."""
        acked = self._acked[tp]
        if not acked:
            return None
        acked.sort()
        start = self.commit_start(tp)
        if start is not None and acked[0] > start and not self.gone_from_log(tp, start):
            self.head_gaps.setdefault(tp, (start, time.monotonic()))
            return None
        self.head_gaps.pop(tp, None)
        self.refetched.pop(tp, None)
        run = next(consecutive_numbers(acked))
        del acked[: len(run)]
        self._acked_index[tp].difference_update(run)
        return run[-1] + 1

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        """Faust takes any jump in the offsets it reads for an offset range missing from the log (compaction,
        transaction markers) and commits over it as if processed. But a batch fetched before a seek and read
        after it jumps too (Faust resumes the flow before it seeks to the committed offsets), and the records
        in between were then committed although nothing processed them: the kill test lost an alert that way.
        Our stream topics are neither compacted nor transactional, so a jump is never counted as processed:
        the commit stops before it, the records are read again (refetch_stalled), and a range really missing
        from the log is committed over after that one re-read (gone_from_log)."""
        if offset_to - offset_from > 0:  # Faust's range ends at the record just read, which is not missing
            log.info("%s: offsets %d..%d skipped by the fetch; they are not counted as processed",
                     tp, offset_from, offset_to - 1)

    def commit_start(self, tp: TP) -> int | None:
        """The offset tp's next commit must start from: its committed offset, or 0 if it was never committed."""
        committed = self._committed_offset[tp]
        return committed if committed is not None else self.first_offsets.get(tp)

    def gone_from_log(self, tp: TP, offset: int) -> bool:
        """Read again from `offset` a while ago and still not processed: the record is no longer in the log
        (retention deleted it while the group was away), so there is nothing to wait for."""
        refetched_offset, when = self.refetched.get(tp, (None, 0.0))
        return refetched_offset == offset and time.monotonic() - when > STALLED_S

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Any]]:
        """Records fetched again that this worker already processed since the last commit (they only wait for an
        earlier record to be processed before they can be committed) are not handed to the streams again: a
        partition read again from a stalled record (refetch_stalled) repeats only what was never processed,
        instead of everything since (about 800 duplicate verdicts in one rebalance benchmark run)."""
        acked_index = self._acked_index
        read_offset = self._read_offset
        async for tp, message in super().getmany(timeout):
            if message.offset in acked_index[tp]:
                read_offset[tp] = max(read_offset[tp] or 0, message.offset)
                continue
            yield tp, message

    async def refetch_stalled(self) -> None:
        """A partition whose next record stayed unprocessed past a few commit intervals is read again from it
        (what follows is processed a second time: at least once, with the same ids)."""
        now = time.monotonic()
        assigned = self.assignment()
        for tp, (offset, since) in list(self.head_gaps.items()):
            if now - since < STALLED_S:
                continue
            del self.head_gaps[tp]
            if tp not in assigned or self.refetched.get(tp, (None, 0.0))[0] == offset:
                continue  # not ours any more, or already read again once (see gone_from_log)
            log.warning("%s: offset %d was fetched but never processed; reading the partition again from it",
                        tp, offset)
            await self._thread.seek_back(tp, offset)
            self._read_offset[tp] = offset
            self.refetched[tp] = (offset, time.monotonic())

    async def _commit_tps(self, tps: Any, start_new_transaction: bool) -> bool:
        committed = await super()._commit_tps(tps, start_new_transaction)
        if self.head_gaps:
            await self.refetch_stalled()
        return committed

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        # Faust forgets the acks of revoked partitions before it waits for the streams and commits, so the next
        # owner re-processed everything since the last periodic commit (duplicate verdicts at every rebalance).
        # Stop taking events, let the ones in progress finish, and commit them while the acks are still known.
        # The streams' flow stays on meanwhile: an event a stream takes now is processed (and committed), not skipped.
        if not self.app.should_stop and self.assignment():
            self.stop_flow()
            self.app.flow_control.clear()
            await self.wait_empty()
        await super().on_partitions_revoked(revoked)

    async def wait_empty(self) -> None:
        # Faust ends its wait for the events in progress (at a rebalance, or a stop) with a commit, but a commit
        # asked for while another one runs only waits for that one, which may have been computed before the last
        # events were acked: the next owner of the partition processed them again. Commit once more after it.
        await super().wait_empty()
        await self.maybe_wait_for_commit_to_finish()
        await self.commit()

    async def _commit_offsets(self, offsets: Mapping[TP, int], start_new_transaction: bool = True) -> bool:
        # What the agents sent for these events reaches the broker before the events count as done.
        await self.app.producer.flush()
        return await super()._commit_offsets(offsets, start_new_transaction=start_new_transaction)


class WholeClusterMetadataClient(AIOKafkaClient):
    """The producer's aiokafka client, always asking for the metadata of every topic (the module docstring says
    why): a topic not known yet is found by the next whole-cluster fetch, and no known topic is ever dropped."""

    def add_topic(self, topic: str) -> asyncio.Future:
        # Track nothing: aiokafka asks for every topic while it tracks none.
        return self.force_metadata_update()


def ask_for_every_topic(client: AIOKafkaClient) -> None:
    """Make a producer's client a WholeClusterMetadataClient. aiokafka builds the client inside
    AIOKafkaProducer.__init__, with no hook to pass another class; the subclass adds no state."""
    if type(client) is not AIOKafkaClient:
        raise FaustInternalsChanged(_internals_message(
            [f"the producer's client is a {type(client).__qualname__}, not aiokafka's AIOKafkaClient"]
        ))
    client.__class__ = WholeClusterMetadataClient


class FactstreamProducer(aiokafka_driver.Producer):
    """Faust's aiokafka producer with the producer fixes listed in the module docstring."""

    def _new_producer(self, transactional_id: str | None = None) -> Any:
        producer = super()._new_producer(transactional_id)
        ask_for_every_topic(producer.client)
        return producer

    async def create_topic(self, topic: str, partitions: int, replication: int, **kwargs: Any) -> None:
        await super().create_topic(topic, partitions, replication, **kwargs)
        if self.app.conf.topic_allow_declare:
            await self.wait_for_topic(topic)

    async def wait_for_topic(self, topic: str, timeout: float = NEW_TOPIC_METADATA_WAIT_S) -> bool:
        """Wait until the broker's metadata lists `topic`; False (and a warning) after `timeout`."""
        client = self._ensure_producer().client
        deadline = time.monotonic() + timeout
        while topic not in client.cluster.topics(exclude_internal_topics=False):
            if self.should_stop:
                return False
            if time.monotonic() > deadline:
                log.warning("topic %s was created but the broker's metadata still does not list it after %.0f s; "
                            "going on", topic, timeout)
                return False
            await asyncio.sleep(NEW_TOPIC_METADATA_POLL_S)
            await client.force_metadata_update()
        return True


class FactstreamTransport(aiokafka_driver.Transport):
    Consumer = FactstreamConsumer
    Producer = FactstreamProducer


check_faust_internals()
