"""Shared fixtures: the real Kafka broker that integration tests run against.

The session starts its own broker (deploy/kafka) on free loopback ports in a temporary data dir, so a
developer's broker on 9092 is never touched. FSTEST_BROKER=host:port points the tests at an
existing broker instead (then nothing is started or stopped, and restart tests skip).

Test-only environment variables are named FSTEST_* (bench/ uses FSBENCH_*): FACTSTREAM_* belongs to the settings of
a production worker (tests/unit/core/test_env_names.py keeps it so).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import pytest

from factstream_cli.localbroker import LocalBroker

EXTERNAL_BROKER_ENV = "FSTEST_BROKER"


@dataclass
class KafkaBrokerHandle:
    """What tests get from ``kafka_broker``: where to connect, and the broker itself when we started it."""

    bootstrap: str
    broker: LocalBroker | None

    def stop(self) -> None:
        self._local().stop()

    def start(self) -> None:
        self._local().start()

    def restart(self) -> None:
        self.stop()
        self.start()

    def _local(self) -> LocalBroker:
        if self.broker is None:
            pytest.skip(f"the broker comes from {EXTERNAL_BROKER_ENV}; this test has to stop and start it")
        return self.broker


def _free_ports(count: int) -> list[int]:
    """Ports the kernel hands out now; the sockets stay open until all are picked so they differ."""
    with ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            ports.append(sock.getsockname()[1])
        return ports


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KafkaBrokerHandle]:
    external = os.environ.get(EXTERNAL_BROKER_ENV, "").strip()
    if external:
        yield KafkaBrokerHandle(bootstrap=external, broker=None)
        return
    port, controller_port = _free_ports(2)
    broker = LocalBroker(
        data_dir=tmp_path_factory.mktemp("kafka"), port=port, controller_port=controller_port, heap="512m"
    )
    broker.start(timeout=120)
    try:
        yield KafkaBrokerHandle(bootstrap=broker.bootstrap, broker=broker)
    finally:
        broker.stop()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A test that needs the real broker is an integration test, whether or not it says so.
    for item in items:
        if "kafka_broker" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.integration)
