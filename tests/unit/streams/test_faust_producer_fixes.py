"""The fixes to Faust's producer in streams/faust_fixes.py (the module docstring says what each one fixes): its
aiokafka client never narrows its metadata to some topics, and a topic Faust creates is waited for until the
broker lists it. The stranded record itself, on a real broker: tests/integration/test_producer_metadata.py."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka.client import AIOKafkaClient

import streams.faust_fixes as faust_fixes
from factstream.settings import Settings
from streams.app import build_app
from streams.faust_fixes import FactstreamProducer, WholeClusterMetadataClient, ask_for_every_topic


async def test_the_workers_producer_asks_for_every_topic():
    app = build_app(Settings(), sinks=[])
    assert isinstance(app.producer, FactstreamProducer)
    client = app.producer._new_producer().client  # built, not started: no broker needed
    assert isinstance(client, WholeClusterMetadataClient)


async def test_meeting_a_new_topic_does_not_narrow_the_metadata_to_it():
    client = AIOKafkaClient(bootstrap_servers="127.0.0.1:9")
    ask_for_every_topic(client)
    update = client.add_topic("t.alerts")  # what aiokafka's _wait_on_metadata does for a topic it does not know
    # No topic tracked: the next update asks for every topic (aiokafka sends MetadataRequest(None) then), so the
    # topics the producer already knew stay known, and the new one is found as soon as the broker lists it.
    assert client._topics == set()
    assert not update.done()  # an update was asked for, as aiokafka's own add_topic does for a new topic


async def test_a_producer_client_of_another_class_fails_loudly():
    class OtherClient(AIOKafkaClient):
        pass

    with pytest.raises(faust_fixes.FaustInternalsChanged, match="OtherClient, not aiokafka's AIOKafkaClient"):
        ask_for_every_topic(OtherClient(bootstrap_servers="127.0.0.1:9"))


class FakeMetadataClient:
    """A producer client whose broker lists the new topic after `delay` metadata updates."""

    def __init__(self, delay: int) -> None:
        self.delay = delay
        self.updates = 0
        self.cluster = SimpleNamespace(topics=self.topics)

    def topics(self, exclude_internal_topics: bool = True) -> set[str]:
        return {"t.articles"} | ({"app-alerted-changelog"} if self.updates >= self.delay else set())

    async def force_metadata_update(self) -> bool:
        self.updates += 1
        return True


def producer_with(client: FakeMetadataClient) -> Any:
    producer: Any = object.__new__(FactstreamProducer)  # no service machinery: only the method under test
    producer._ensure_producer = lambda: SimpleNamespace(client=client)
    producer._stopped = producer._crashed = SimpleNamespace(is_set=lambda: False)  # not stopping
    return producer


async def test_a_created_topic_is_waited_for_until_the_broker_lists_it(monkeypatch):
    monkeypatch.setattr(faust_fixes, "NEW_TOPIC_METADATA_POLL_S", 0.0)
    client = FakeMetadataClient(delay=3)
    assert await producer_with(client).wait_for_topic("app-alerted-changelog") is True
    assert client.updates == 3


async def test_a_topic_never_listed_is_given_up_on_with_a_warning(monkeypatch, caplog):
    monkeypatch.setattr(faust_fixes, "NEW_TOPIC_METADATA_POLL_S", 0.0)
    client = FakeMetadataClient(delay=10**9)
    with caplog.at_level(logging.WARNING, logger="streams.faust_fixes"):
        assert await producer_with(client).wait_for_topic("app-alerted-changelog", timeout=0.05) is False
    assert "app-alerted-changelog was created but the broker's metadata still does not list it" in caplog.text


async def test_create_topic_waits_for_the_topic_after_faust_created_it(monkeypatch):
    from faust.transport.drivers import aiokafka as aiokafka_driver

    steps: list[str] = []

    async def faust_create_topic(self: Any, topic: str, partitions: int, replication: int, **kwargs: Any) -> None:
        steps.append(f"faust creates {topic} ({partitions} partitions, compacting={kwargs.get('compacting')})")

    async def wait_for_topic(topic: str) -> bool:
        steps.append(f"wait for {topic}")
        return True

    monkeypatch.setattr(aiokafka_driver.Producer, "create_topic", faust_create_topic)
    producer: Any = object.__new__(FactstreamProducer)
    producer.wait_for_topic = wait_for_topic
    producer.app = SimpleNamespace(conf=SimpleNamespace(topic_allow_declare=True))
    await producer.create_topic("app-alerted-changelog", 4, 1, compacting=True)
    assert steps == ["faust creates app-alerted-changelog (4 partitions, compacting=True)",
                     "wait for app-alerted-changelog"]

    steps.clear()
    producer.app.conf.topic_allow_declare = False  # Faust creates nothing then: nothing to wait for
    await producer.create_topic("app-alerted-changelog", 4, 1)
    assert steps == ["faust creates app-alerted-changelog (4 partitions, compacting=None)"]

