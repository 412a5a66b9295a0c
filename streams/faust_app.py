"""The one place the Faust App is configured: the pipeline (streams/app.py) and the pass-through benchmark app
(streams/passthrough.py) are built by `new_app`, so the benchmark's ceiling runs under the same options.

It also carries three fixes to Faust's Kafka consumer, for at-least-once delivery that loses nothing and
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
  happens first, after the events in progress have finished.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import faust
from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP

from factstream.settings import Settings

log = logging.getLogger(__name__)

PRODUCER_LINGER_S = 0.005


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
        return fresh


class FactstreamConsumer(aiokafka_driver.Consumer):
    def _new_consumer_thread(self) -> aiokafka_driver.AIOKafkaConsumerThread:
        return FactstreamConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        # Faust forgets the acks of revoked partitions before it waits for the streams and commits, so the next
        # owner re-processed everything since the last periodic commit (duplicate verdicts at every rebalance).
        # Stop taking events, let the ones in progress finish, and commit them while the acks are still known.
        if not self.app.should_stop and self.assignment():
            self.stop_flow()
            self.app.flow_control.suspend()
            self.app.flow_control.clear()
            await self.wait_empty()
        await super().on_partitions_revoked(revoked)

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
