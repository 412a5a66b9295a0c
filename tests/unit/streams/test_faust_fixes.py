"""The fixes to Faust's consumer in streams/faust_fixes.py, one or more tests each (the module docstring lists the
upstream reports), and the check that fails loudly when faust's internals they rely on move. The end-to-end
proof is tests/integration/test_kill.py. The producer's fixes: test_faust_producer_fixes.py."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from aiokafka import TopicPartition
from faust.types import TP

import streams.faust_fixes as faust_fixes
from factstream.settings import Settings
from streams.app import build_app
from streams.faust_app import FactstreamApp, new_app
from streams.faust_fixes import FactstreamConsumer, FactstreamConsumerThread, FactstreamProducer
from streams.passthrough import build_passthrough_app


class FakeAioConsumer:
    def __init__(self) -> None:
        self.rewound: list[TopicPartition] = []

    async def seek_to_beginning(self, *partitions: TopicPartition) -> None:
        self.rewound.extend(partitions)


def consumer_thread(auto_offset_reset: str = "earliest") -> tuple[FactstreamConsumerThread, FakeAioConsumer]:
    fake = FakeAioConsumer()
    thread: Any = object.__new__(FactstreamConsumerThread)  # no service machinery: only the method under test

    async def call_thread(fn: Any, *args: Any) -> Any:
        return await fn(*args)

    thread.app = SimpleNamespace(
        conf=SimpleNamespace(consumer_auto_offset_reset=auto_offset_reset),
        tables=SimpleNamespace(changelog_topics={"app-alerted-changelog"}),
    )
    thread.call_thread = call_thread
    thread._ensure_consumer = lambda: fake
    thread.consumer = SimpleNamespace(first_offsets={})
    return thread, fake


async def test_never_committed_partitions_are_rewound_and_committed_ones_left_alone():
    thread, fake = consumer_thread()
    never, zero, committed = (TopicPartition("t.alert-candidates", n) for n in range(3))
    changelog = TopicPartition("app-alerted-changelog", 0)
    rewound = await thread.rewind_uncommitted({never: None, zero: 0, committed: 27, changelog: None})
    assert rewound == [never, zero] == fake.rewound
    # The first commit of each must then start where the log starts, not where processing happened to begin.
    assert thread.consumer.first_offsets == {TP("t.alert-candidates", 0): 0, TP("t.alert-candidates", 1): 0}


async def test_apps_reading_from_the_latest_offset_are_not_rewound():
    thread, fake = consumer_thread("latest")
    assert await thread.rewind_uncommitted({TopicPartition("t.articles", 0): None}) == []
    assert fake.rewound == []


def test_pipeline_and_passthrough_apps_use_the_rewinding_consumer():
    settings = Settings()
    for app in (build_app(settings, sinks=[]), build_passthrough_app(settings), new_app(settings)):
        assert isinstance(app, FactstreamApp)
        assert app.transport.Consumer is FactstreamConsumer
        assert app.transport.Producer is FactstreamProducer
        assert app.conf.consumer_auto_offset_reset == "earliest"


async def test_the_producer_is_flushed_before_offsets_are_committed(monkeypatch):
    from faust.transport.drivers import aiokafka as aiokafka_driver

    steps: list[str] = []

    async def flush() -> None:
        steps.append("flush")

    async def commit_offsets(self: Any, offsets: Any, start_new_transaction: bool = True) -> bool:
        steps.append(f"commit {dict(offsets)}")
        return True

    monkeypatch.setattr(aiokafka_driver.Consumer, "_commit_offsets", commit_offsets)
    consumer: Any = object.__new__(FactstreamConsumer)
    consumer.app = SimpleNamespace(producer=SimpleNamespace(flush=flush))
    assert await consumer._commit_offsets({"articles-0": 12})
    assert steps == ["flush", "commit {'articles-0': 12}"]


async def test_a_rebalance_commits_finished_events_before_faust_forgets_their_acks(monkeypatch):
    from faust.transport.drivers import aiokafka as aiokafka_driver

    steps: list[str] = []

    async def faust_revoke(self: Any, revoked: set) -> None:
        steps.append("faust clears acks")

    async def wait_empty() -> None:
        steps.append("finish events in progress and commit")

    monkeypatch.setattr(aiokafka_driver.Consumer, "on_partitions_revoked", faust_revoke)
    consumer: Any = object.__new__(FactstreamConsumer)
    flow = SimpleNamespace(suspend=lambda: steps.append("suspend"), clear=lambda: steps.append("clear buffers"))
    consumer.app = SimpleNamespace(should_stop=False, flow_control=flow)
    consumer.assignment = lambda: {"articles-0"}
    consumer.stop_flow = lambda: steps.append("stop flow")
    consumer.wait_empty = wait_empty
    await consumer.on_partitions_revoked({"articles-0"})
    assert steps == ["stop flow", "clear buffers", "finish events in progress and commit", "faust clears acks"]

    steps.clear()
    consumer.app.should_stop = True  # stopping: Faust's own stop path waits and commits
    await consumer.on_partitions_revoked({"articles-0"})
    assert steps == ["faust clears acks"]


def bare_consumer() -> Any:
    from collections import defaultdict

    consumer: Any = object.__new__(FactstreamConsumer)
    consumer._acked = defaultdict(list)
    consumer._acked_index = defaultdict(set)
    consumer._committed_offset = defaultdict(lambda: None)
    consumer._read_offset = defaultdict(lambda: None)
    consumer.first_offsets = {}
    consumer.head_gaps = {}
    consumer.refetched = {}
    return consumer


def test_commits_stop_before_a_record_that_was_fetched_but_never_processed():
    consumer = bare_consumer()
    tp = TP("t.alert-candidates", 2)
    consumer._committed_offset[tp] = 6  # the next record to read is 6
    consumer._acked[tp] = [7, 8, 9, 10]  # 6 was dropped: Faust would commit 11 and lose it
    assert consumer._new_offset(tp) is None
    assert consumer.head_gaps[tp][0] == 6
    consumer._acked[tp].insert(0, 6)  # fetched again and processed
    assert consumer._new_offset(tp) == 11
    assert tp not in consumer.head_gaps


def test_never_committed_partitions_commit_from_their_first_record():
    consumer = bare_consumer()
    tp = TP("t.articles", 0)
    consumer.first_offsets[tp] = 0
    consumer._acked[tp] = [1, 2]
    assert consumer._new_offset(tp) is None
    consumer._acked[tp] = [0, 1, 2, 4]
    assert consumer._new_offset(tp) == 3  # up to the first hole, as before


async def test_a_jump_in_the_offsets_read_is_not_committed_over():
    # Faust records a jump (10, then 13) as offsets missing from the log and would commit 14 over 11 and 12;
    # after a seek, a batch fetched before it makes such a jump over records nothing processed.
    consumer = bare_consumer()
    tp = TP("t.alert-candidates", 2)
    consumer._committed_offset[tp] = 10
    await consumer._add_gap(tp, 11, 13)
    consumer._acked[tp] = [10, 13]
    assert consumer._new_offset(tp) == 11  # up to the jump
    consumer._committed_offset[tp] = 11
    assert consumer._new_offset(tp) is None and consumer.head_gaps[tp][0] == 11  # to be read again
    consumer._acked[tp] = [11, 12, 13]
    assert consumer._new_offset(tp) == 14


async def test_a_stalled_partition_is_read_again_from_its_unprocessed_record(monkeypatch):
    consumer = bare_consumer()
    tp = TP("t.alert-candidates", 2)
    sought: list[tuple[TP, int]] = []

    async def seek_back(partition: TP, offset: int) -> None:
        sought.append((partition, offset))

    consumer._thread = SimpleNamespace(seek_back=seek_back)
    consumer.assignment = lambda: {tp}
    consumer.head_gaps[tp] = (6, 100.0)
    monkeypatch.setattr(faust_fixes.time, "monotonic", lambda: 100.0 + faust_fixes.STALLED_S / 2)
    await consumer.refetch_stalled()
    assert sought == []  # not yet: it may still be on its way through the stream
    monkeypatch.setattr(faust_fixes.time, "monotonic", lambda: 100.0 + faust_fixes.STALLED_S + 1)
    await consumer.refetch_stalled()
    assert sought == [(tp, 6)] and consumer._read_offset[tp] == 6 and tp not in consumer.head_gaps

    # Read again, and 6 is still missing after a while (retention deleted it): the commit goes on instead of
    # waiting forever; right after the new read it still waits.
    consumer._committed_offset[tp] = 6
    consumer._acked[tp] = [7, 8]
    assert consumer._new_offset(tp) is None
    monkeypatch.setattr(faust_fixes.time, "monotonic", lambda: 100.0 + 3 * faust_fixes.STALLED_S)
    assert consumer._new_offset(tp) == 9
    assert tp not in consumer.head_gaps and tp not in consumer.refetched


def test_an_event_skipped_by_a_stream_is_not_counted_as_processed(monkeypatch):
    from faust.transport.drivers import aiokafka as aiokafka_driver

    counted: list[int] = []
    monkeypatch.setattr(aiokafka_driver.Consumer, "ack", lambda self, message: counted.append(message.offset) or True)
    consumer = bare_consumer()
    consumer.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda topic: True))
    consumer._unacked_messages = set()
    consumer._waiting_for_ack = None
    tp = TP("t.alert-candidates", 3)
    consumer._committed_offset[tp] = 2

    class Message(SimpleNamespace):
        __hash__ = object.__hash__  # kept in the consumer's set of unacked messages

    def message(offset: int, handed_to_agent: bool) -> Message:
        # Faust marks a message `tracked` when a stream hands it to its agent, never when the stream skips it.
        return Message(tp=tp, topic=tp.topic, offset=offset, tracked=handed_to_agent, acked=False)

    assert consumer.ack(message(2, True)) is True  # processed (even if the flow stopped meanwhile): counted
    stale = message(3, False)  # fetched before the last rebalance, or while the flow stopped: skipped
    assert consumer.ack(stale) is False and stale.acked
    assert counted == [2]
    assert consumer.head_gaps[tp][0] == 2  # the partition is read again from its committed offset


async def test_records_read_again_are_not_processed_twice_when_already_processed(monkeypatch):
    # A refetch reads again from the one record never processed; the records after it that were processed and
    # only wait for it to be committed are not handed to the streams a second time.
    from faust.transport.drivers import aiokafka as aiokafka_driver

    tp = TP("t.claims-count", 3)

    async def fetched(self: Any, timeout: float) -> Any:
        for offset in [583, 584, 585, 586]:
            yield tp, SimpleNamespace(offset=offset)

    monkeypatch.setattr(aiokafka_driver.Consumer, "getmany", fetched)
    consumer = bare_consumer()
    consumer._committed_offset[tp] = 583
    consumer._acked[tp] = [584, 585]
    consumer._acked_index[tp] = {584, 585}
    handed = [message.offset async for _, message in consumer.getmany(timeout=1.0)]
    assert handed == [583, 586]
    assert consumer._read_offset[tp] == 585
    consumer._acked[tp].insert(0, 583)  # now processed: the whole run commits
    assert consumer._new_offset(tp) == 586


async def test_the_commit_after_the_events_in_progress_is_not_dropped_for_one_already_running(monkeypatch):
    # Faust's wait_empty ends with a commit that only waits when another commit is running; that one may have
    # been computed before the last events were acked, so ours commits again once it is done.
    from faust.transport.drivers import aiokafka as aiokafka_driver

    steps: list[str] = []

    async def faust_wait_empty(self: Any) -> None:
        steps.append("faust waits for the events; its commit joins the one running")

    async def running_commit_done() -> bool:
        steps.append("the running commit finishes")
        return True

    async def commit() -> bool:
        steps.append("commit the last acks")
        return True

    monkeypatch.setattr(aiokafka_driver.Consumer, "wait_empty", faust_wait_empty)
    consumer: Any = object.__new__(FactstreamConsumer)
    consumer.maybe_wait_for_commit_to_finish = running_commit_done
    consumer.commit = commit
    await consumer.wait_empty()
    assert steps == ["faust waits for the events; its commit joins the one running", "the running commit finishes",
                     "commit the last acks"]


def test_the_installed_faust_has_every_internal_the_fixes_touch():
    faust_fixes.check_faust_internals()  # what runs at import; raises FaustInternalsChanged otherwise
    consumer = bare_consumer()
    consumer._unacked_messages = set()
    consumer._waiting_for_ack = None
    faust_fixes.check_consumer_state(consumer)


def test_a_faust_release_that_moved_an_internal_fails_loudly_naming_it(monkeypatch):
    import pytest

    class RenamedConsumer:  # a future faust where _new_offset was renamed and _add_gap became a plain method
        def _add_gap(self, tp: Any, offset_from: int, offset_to: int) -> None: ...

    monkeypatch.setattr(faust_fixes, "FAUST_METHODS", (
        (RenamedConsumer, "_new_offset", False), (RenamedConsumer, "_add_gap", True),
    ))
    with pytest.raises(faust_fixes.FaustInternalsChanged) as caught:
        faust_fixes.check_faust_internals()
    message = str(caught.value)
    assert "RenamedConsumer._new_offset is gone" in message
    assert "RenamedConsumer._add_gap is no longer a coroutine function" in message
    assert "faust-streaming>=0.15.3,<0.16" in message

    with pytest.raises(faust_fixes.FaustInternalsChanged, match="no longer sets _acked_index, _read_offset"):
        faust_fixes.check_consumer_state(SimpleNamespace(
            _acked={}, _committed_offset={}, _unacked_messages=set(), _waiting_for_ack=None,
        ))
