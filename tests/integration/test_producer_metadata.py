"""The producer's metadata on a real broker: a record waiting to be sent is not stranded when the producer meets a
topic it does not know yet (streams/faust_fixes.py, WholeClusterMetadataClient).

What the worker did, under load: Faust fetched the metadata of every topic after creating its changelog topics;
the changelog was not in that fetch yet (the broker lists a new topic a moment after creating it), so its first
write made aiokafka track that topic alone, and the next metadata update dropped every other topic. An alert
lingering in the producer for `alerts` then had no leader and was never sent; the agent's flush() waited for it,
and the worker processed nothing more after "Worker ready". Here the same steps run in a fixed order: topic A is
known from a whole-cluster fetch, B is created after it, a record for A lingers while the first one for B is sent.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from aiokafka import AIOKafkaProducer
from kafka import KafkaAdminClient
from kafka.admin import NewTopic

from streams.faust_fixes import ask_for_every_topic

pytestmark = pytest.mark.integration

LINGER_MS = 2000  # the record for A is still waiting in the producer when B's metadata arrives
REQUEST_TIMEOUT_MS = 4000  # how long aiokafka keeps a record with no leader before failing it


def _create_topic(bootstrap: str, name: str) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(name, 1, 1)])
    finally:
        admin.close()


async def _send_to_known_then_to_new_topic(bootstrap: str, fixed: bool) -> tuple[asyncio.Future, asyncio.Future]:
    """The futures of a record for a topic the producer knew and of the first record for one it did not."""
    known, new = (f"t-producer-md-{uuid.uuid4().hex[:8]}-{name}" for name in ("known", "new"))
    _create_topic(bootstrap, known)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=LINGER_MS,
                                request_timeout_ms=REQUEST_TIMEOUT_MS)
    if fixed:
        ask_for_every_topic(producer.client)
    await producer.start()
    try:
        # What Faust does after creating a topic: fetch the metadata of every topic (none is tracked yet).
        while known not in producer.client.cluster.topics():
            await producer.client.force_metadata_update()
            await asyncio.sleep(0.1)
        await asyncio.to_thread(_create_topic, bootstrap, new)  # after that fetch: the producer does not know it
        await asyncio.sleep(1.0)  # ... while the broker does
        sent_at = time.monotonic()
        to_known = await producer.send(known, b"a record lingering for the known topic")
        to_new = await producer.send(new, b"the first record for the new topic")  # returns once B is known
        if time.monotonic() - sent_at > LINGER_MS / 1000 * 0.8:
            pytest.skip("the machine took longer than the linger to learn the new topic: the scenario did not occur")
        await asyncio.wait_for(producer.flush(), timeout=REQUEST_TIMEOUT_MS / 1000 + 20)
    finally:
        await producer.stop()
    return to_known, to_new


async def test_a_lingering_record_is_sent_when_the_producer_meets_a_new_topic(kafka_broker):
    to_known, to_new = await _send_to_known_then_to_new_topic(kafka_broker.bootstrap, fixed=True)
    assert to_known.result().offset == 0
    assert to_new.result().offset == 0


async def test_upstream_aiokafka_still_strands_it(kafka_broker):
    """aiokafka as released: the record for the known topic loses its leader and fails once the request timeout
    passes (in the worker: 20 minutes of a flush() that does not return). When this test fails, aiokafka keeps the
    topics it knew, and WholeClusterMetadataClient can go."""
    to_known, to_new = await _send_to_known_then_to_new_topic(kafka_broker.bootstrap, fixed=False)
    assert to_new.result().offset == 0
    with pytest.raises(Exception) as failure:
        to_known.result()
    assert "NotLeaderForPartition" in type(failure.value).__name__
