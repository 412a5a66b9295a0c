"""docker-compose.yml's Kafka settings, run for real: the same properties on the project's Kafka jars.

Docker cannot run here, but the apache/kafka image only turns KAFKA_* variables into server.properties and
runs the same broker. So the properties compose gives are formatted (with its CLUSTER_ID) and started on
loopback, with the compose network's host names and ports mapped to free local ports.
"""

from __future__ import annotations

import re
import socket
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml
from kafka import KafkaAdminClient, KafkaConsumer
from kafka.admin import ConfigResource, ConfigResourceType, NewTopic

from factstream_cli.localbroker import LocalBroker
from tests.deploy.test_manifests import kafka_properties_from_env

pytestmark = pytest.mark.integration

COMPOSE = Path(__file__).resolve().parents[2] / "deploy" / "docker-compose.yml"


def _free_ports(count: int) -> list[int]:
    with ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]


class ComposeConfiguredBroker(LocalBroker):
    """A LocalBroker whose server.properties are docker-compose's, moved onto loopback ports."""

    def __init__(self, data_dir: Path, compose_properties: dict[str, str], cluster_id: str) -> None:
        listeners = dict(entry.split("://") for entry in compose_properties["listeners"].split(","))
        old_ports = sorted({int(address.rsplit(":", 1)[1]) for address in listeners.values()})
        self.port_map = dict(zip(old_ports, _free_ports(len(old_ports)), strict=True))
        controller = compose_properties["controller.listener.names"]
        host_listener = next(
            name for name in listeners if name not in (controller, compose_properties["inter.broker.listener.name"])
        )
        super().__init__(
            data_dir=data_dir,
            port=self.port_map[int(listeners[host_listener].rsplit(":", 1)[1])],
            controller_port=self.port_map[int(listeners[controller].rsplit(":", 1)[1])],
            cluster_id=cluster_id,
        )
        self.compose_properties = compose_properties

    def _to_loopback(self, value: str) -> str:
        def local(match: re.Match[str]) -> str:
            return f"{match[1]}127.0.0.1:{self.port_map[int(match[3])]}"

        return re.sub(r"(://|@)(kafka|localhost|127\.0\.0\.1)?:(\d+)", local, value)

    def server_properties(self) -> str:
        properties: dict[str, Any] = dict(self.compose_properties)
        for key in ("listeners", "advertised.listeners", "controller.quorum.voters"):
            properties[key] = self._to_loopback(properties[key])
        properties["log.dirs"] = str(self.kafka_data_dir)
        return "".join(f"{key}={value}\n" for key, value in properties.items())


def test_compose_kafka_properties_start_a_working_broker(tmp_path):
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    environment = compose["services"]["kafka"]["environment"]
    broker = ComposeConfiguredBroker(
        tmp_path / "kafka", kafka_properties_from_env(environment), environment["CLUSTER_ID"]
    )
    broker.start(timeout=120)
    try:
        admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
        try:
            assert admin.describe_cluster()["cluster_id"] == environment["CLUSTER_ID"]
            topics = compose["services"]["topics"]["environment"]
            prefix = topics["TOPIC_PREFIX"]
            admin.create_topics(
                [NewTopic(prefix + name, 2, 1) for name in topics["TOPICS"].split()]
                + [
                    NewTopic(prefix + name, 2, 1, topic_configs={"cleanup.policy": "compact"})
                    for name in topics["COMPACTED_TOPICS"].split()
                ]
            )
            names = set(admin.list_topics())
            expected = {prefix + name for name in (topics["TOPICS"] + " " + topics["COMPACTED_TOPICS"]).split()}
            assert expected <= names
            compacted = prefix + topics["COMPACTED_TOPICS"].split()[0]
            configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, compacted)])
            assert "compact" in repr(configs)
        finally:
            admin.close()

        # Auto-creation is off: asking for an unknown topic does not create it.
        stray = f"stray-{uuid.uuid4().hex[:8]}"
        consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap)
        try:
            assert not consumer.partitions_for_topic(stray)
        finally:
            consumer.close()
        admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
        try:
            assert stray not in admin.list_topics()
        finally:
            admin.close()
    finally:
        broker.stop()
