"""The one place the Faust App is configured: the pipeline (streams/app.py) and the pass-through benchmark app
(streams/passthrough.py) are built by `new_app`, so the benchmark's ceiling runs under the same options.

It also carries six fixes to Faust's Kafka consumer, for at-least-once delivery that loses nothing and
repeats little:
- Faust drops records it has already fetched whenever it stops the flow (a rebalance, recovery of a table) and
  relies on "seek back to the committed offset" to fetch them again. aiokafka's `seek_to_committed` only seeks
  when a committed offset exists and is > 0, so on a partition never committed yet (a fresh topic, a worker
  killed before its first commit) the dropped records were skipped for good: tests/integration/test_kill.py
  caught the first alert candidate of a partition never delivered. Here such partitions are sought back to
  their beginning, which is what `auto_offset_reset="earliest"` promises.
- Faust commits an input offset once its event is acked, without waiting for the records the agent sent while
  processing it (they may still sit in the producer's buffer). Here the producer is flushed before every
  commit, so a crash right after a commit cannot lose the verdicts of a committed article.
- At a rebalance Faust clears its record of acked events before its final commit, so the next owner of a
  partition processed again everything since the last periodic commit (duplicate verdicts). Here that commit
  happens first, after the events in progress have finished, and it is not dropped when another commit is
  still running (wait_empty).
- Faust's commit skipped one record that was fetched but never processed (its gap check is off by one), and
  nothing fetched it again: the kill test lost an alert that way. Here a partition is committed only up to its
  first unprocessed record, and a record left unprocessed for STALLED_S is fetched again.
- Faust's streams ack the events they skip (older consumer generation, stopped flow), so a commit stepped over
  records nothing processed. Here only the events a stream handed to its agent count as done
  (FactstreamConsumer.ack); records already processed and fetched again are not handed out twice (getmany).
- Faust commits over any jump in the offsets it reads, taking it for records missing from the log; a batch
  fetched before a seek and read after it makes such a jump over records nothing processed. Here a jump is
  never counted as processed (FactstreamConsumer._add_gap).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import faust
from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP
from faust.types.tuples import ack_lock
from faust.utils.functional import consecutive_numbers
from mode.utils.futures import notify

from factstream.settings import Settings

log = logging.getLogger(__name__)

PRODUCER_LINGER_S = 0.005
# A partition whose next record is still unprocessed after this long is read again from that record.
STALLED_S = 10.0


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
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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


class FactstreamTransport(aiokafka_driver.Transport):
    Consumer = FactstreamConsumer


class FactstreamApp(faust.App):
    """faust.App with our Kafka consumer (see the module docstring)."""

    def _new_transport(self) -> FactstreamTransport:
        return FactstreamTransport(self.conf.broker_consumer, self)


def new_app(settings: Settings, *, store: str | None = None, **options: Any) -> FactstreamApp:
    """A Faust app with the project's options: brokers and credentials, partitions, web server, offsets."""
    conf: dict[str, Any] = dict(
        broker=[f"kafka://{server}" for server in settings.bootstrap_servers],
        broker_credentials=settings.faust_broker_credentials(),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        store=store or settings.table_store,
        datadir=str(settings.data_dir),
        web_port=settings.web_port,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_s / 3),
        # A few ms of linger lets the producer put the records of one article (claim batches, verdicts) into
        # one request instead of one request each: less CPU in the worker and in the broker.
        producer_linger=PRODUCER_LINGER_S,
        autodiscover=False,
        # On a rebalance or a stop, events already being processed finish and their offsets are committed
        # before the partitions go: the next owner does not process them again (no duplicate verdicts).
        stream_wait_empty=True,
        web_in_thread=False,
    )
    conf.update(options)
    return FactstreamApp(settings.app_id, **conf)


def raw_topic(app: faust.App, settings: Settings, name: str, **options: Any) -> faust.TopicT:
    """One of our topics (prefixed name), bytes in and out: agents decode with the pydantic models."""
    return app.topic(
        settings.topic(name),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
        **options,
    )
