"""The broker of a benchmark (a local one of its own, or FSBENCH_BROKER) and what the bench asks it: fresh
topic prefixes, whether the worker group has settled, how far the group's committed offsets have come."""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factstream.settings import Settings

BROKER_ENV = "FSBENCH_BROKER"


# --------------------------------------------------------------------------------------------- broker
@dataclass
class BrokerHandle:
    bootstrap: str
    pid: int | None  # the JVM, when we started it (for its CPU time)


@contextlib.contextmanager
def bench_broker() -> Iterator[BrokerHandle]:
    """A local broker on free ports in a temp dir, stopped at the end; or FSBENCH_BROKER=host:port."""
    external = os.environ.get(BROKER_ENV, "").strip()
    if external:
        yield BrokerHandle(external, None)
        return
    from factstream_cli.localbroker import BrokerError, LocalBroker

    with tempfile.TemporaryDirectory(prefix="factstream-bench-") as tmp:
        started = time.monotonic()
        for attempt in range(1, 4):
            # Free ports can be taken by someone else between the pick and the JVM's bind: pick again.
            port, controller_port = _free_ports(2)
            broker = LocalBroker(data_dir=Path(tmp) / f"kafka-{attempt}", port=port, controller_port=controller_port,
                                 heap="1g")
            try:
                broker.start(timeout=180)
                break
            except BrokerError as exc:
                if attempt == 3:
                    raise
                print(f"# broker start failed (attempt {attempt}), retrying on other ports: "
                      f"{str(exc).splitlines()[0]}", flush=True)
        print(f"# broker {broker.bootstrap} up in {time.monotonic() - started:.1f} s (data in {tmp})", flush=True)
        try:
            yield BrokerHandle(broker.bootstrap, broker.status()["pid"])
        finally:
            broker.stop()


def _free_ports(count: int) -> list[int]:
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket())
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
        return ports


def settings_for(bootstrap: str, prefix: str, partitions: int) -> Settings:
    return Settings(brokers=bootstrap, topic_prefix=prefix, app_id=f"app-{prefix.rstrip('.')}",
                    partitions=partitions)


def new_prefix(name: str) -> str:
    return f"bench-{name}-{os.urandom(3).hex()}."


def wait_group_members(settings: Settings, members: int, timeout: float = 120.0) -> None:
    """Wait until the worker group is Stable with `members` members that each hold partitions."""
    from kafka.admin import KafkaAdminClient

    admin = KafkaAdminClient(**settings.kafka_python_config())
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                group = admin.describe_groups([settings.app_id])[settings.app_id]
            except Exception:  # the coordinator may not know the group yet
                group = {}
            holding = [m for m in group.get("members", []) if _assigned_partitions(m) > 0]
            if group.get("group_state") == "Stable" and len(holding) == members:
                return
            time.sleep(0.5)
    finally:
        admin.close()
    raise TimeoutError(f"group {settings.app_id} did not settle with {members} members in {timeout} s")


def _assigned_partitions(member: dict) -> int:
    """Partitions of real topics a group member holds (Faust's own assignor topic left out)."""
    assignment = member.get("member_assignment")
    if not isinstance(assignment, dict):
        return 0
    return sum(len(item.get("partitions", ())) for item in assignment.get("assigned_partitions", ())
               if "__assignor" not in item.get("topic", ""))


def committed_vs_end(settings: Settings, topic: str) -> tuple[int, int]:
    """(sum of the worker group's committed offsets, sum of end offsets) on a topic."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.admin import KafkaAdminClient

    name = settings.topic(topic)
    consumer = KafkaConsumer(group_id=None, **settings.kafka_python_config())
    admin = KafkaAdminClient(**settings.kafka_python_config())
    try:
        partitions = [TopicPartition(name, p) for p in sorted(consumer.partitions_for_topic(name) or ())]
        ends = consumer.end_offsets(partitions)
        committed = admin.list_group_offsets(settings.app_id).get(settings.app_id, {})
        done = sum(committed[tp].offset for tp in partitions if tp in committed and committed[tp].offset >= 0)
        return done, sum(ends.values())
    finally:
        consumer.close()
        admin.close()


