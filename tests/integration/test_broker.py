"""The project's local Kafka broker, for real: round trips, restarts with kept data, a stop mid-stream."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic

pytestmark = pytest.mark.integration


def _new_topic(bootstrap: str, partitions: int = 3) -> str:
    name = f"t-broker-{uuid.uuid4().hex[:10]}"
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        admin.create_topics([NewTopic(name, partitions, 1)])
    finally:
        admin.close()
    return name


def _read_all(bootstrap: str, topic: str, expected: int, timeout: float = 60.0) -> dict[bytes, bytes]:
    """Key → value of every record in the topic, read from the beginning until `expected` keys are seen."""
    consumer = KafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False
    )
    seen: dict[bytes, bytes] = {}
    deadline = time.monotonic() + timeout
    try:
        while len(seen) < expected and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                seen.update((record.key, record.value) for record in records)
    finally:
        consumer.close()
    return seen


def _produce(bootstrap: str, topic: str, messages: dict[bytes, bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        for key, value in messages.items():
            producer.send(topic, key=key, value=value)
        producer.flush(timeout=30)
    finally:
        producer.close(timeout=10)


def test_produce_and_consume_round_trip(kafka_broker):
    topic = _new_topic(kafka_broker.bootstrap)
    messages = {
        f"article-{number}".encode(): f"نسبة البطالة بلغت {number}٪ في الربع الأول".encode() for number in range(50)
    }
    _produce(kafka_broker.bootstrap, topic, messages)

    assert _read_all(kafka_broker.bootstrap, topic, expected=len(messages)) == messages


def test_restart_keeps_records_and_committed_offsets(kafka_broker):
    topic = _new_topic(kafka_broker.bootstrap, partitions=2)
    first = {f"first-{n}".encode(): b"before the restart" for n in range(20)}
    _produce(kafka_broker.bootstrap, topic, first)
    group = f"g-{uuid.uuid4().hex[:8]}"
    consumer = KafkaConsumer(
        topic, bootstrap_servers=kafka_broker.bootstrap, group_id=group, auto_offset_reset="earliest",
        enable_auto_commit=False,
    )  # fmt: skip
    consumed = 0
    deadline = time.monotonic() + 60
    while consumed < len(first) and time.monotonic() < deadline:
        consumed += sum(len(records) for records in consumer.poll(timeout_ms=500).values())
    consumer.commit()
    consumer.close()
    assert consumed == len(first)

    kafka_broker.restart()

    # Every record survived, and the group resumes after its committed offsets: it sees only what is new.
    assert _read_all(kafka_broker.bootstrap, topic, expected=len(first)) == first
    second = {f"second-{n}".encode(): b"after the restart" for n in range(5)}
    _produce(kafka_broker.bootstrap, topic, second)
    resumed = KafkaConsumer(
        topic, bootstrap_servers=kafka_broker.bootstrap, group_id=group, auto_offset_reset="earliest",
        enable_auto_commit=False,
    )  # fmt: skip
    keys: set[bytes] = set()
    deadline = time.monotonic() + 60
    try:
        while len(keys) < len(second) and time.monotonic() < deadline:
            for records in resumed.poll(timeout_ms=500).values():
                keys.update(record.key for record in records)
        time.sleep(1)  # anything from before the restart would have arrived with the new records
        for records in resumed.poll(timeout_ms=500).values():
            keys.update(record.key for record in records)
    finally:
        resumed.close()
    assert keys == set(second)


def test_stop_and_start_mid_stream_loses_no_acknowledged_record(kafka_broker):
    topic = _new_topic(kafka_broker.bootstrap, partitions=2)
    producer = KafkaProducer(
        bootstrap_servers=kafka_broker.bootstrap, acks="all", retries=1_000_000, retry_backoff_ms=200,
        reconnect_backoff_max_ms=1000, delivery_timeout_ms=120_000, request_timeout_ms=10_000,
        enable_idempotence=True,
    )  # fmt: skip
    acknowledged: list[bytes] = []
    failed: list[BaseException] = []
    stop_sending = threading.Event()

    def send_forever() -> None:
        number = 0
        while not stop_sending.is_set():
            key = f"record-{number}".encode()
            future = producer.send(topic, key=key, value=b"x")
            future.add_callback(lambda _metadata, key=key: acknowledged.append(key))
            future.add_errback(failed.append)
            number += 1
            time.sleep(0.01)

    sender = threading.Thread(target=send_forever, daemon=True)
    sender.start()
    try:
        time.sleep(1.0)
        before_stop = len(acknowledged)
        kafka_broker.stop()
        time.sleep(1.0)
        kafka_broker.start()
        time.sleep(1.0)
    finally:
        stop_sending.set()
        sender.join(timeout=10)
        producer.flush(timeout=120)
        producer.close(timeout=10)

    assert before_stop > 0
    assert failed == []
    stored = _read_all(kafka_broker.bootstrap, topic, expected=len(acknowledged))
    assert set(acknowledged) <= set(stored)
    assert len(acknowledged) > before_stop  # the stream went on after the broker came back
