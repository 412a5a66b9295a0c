"""factstream_cli.localbroker without a running broker: configuration, checks and clear errors."""

from __future__ import annotations

import base64
import os
import socket
import stat
from pathlib import Path

import pytest

from factstream_cli.localbroker import (
    BrokerError,
    LocalBroker,
    broker_command,
    default_data_dir,
    fetch_jars,
    find_java,
    java_major_version,
    new_cluster_id,
)


def _properties(broker: LocalBroker) -> dict[str, str]:
    lines = broker.server_properties().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def _fake_java(directory: Path, version_line: str) -> Path:
    """A `java` that prints a version banner the way real JDKs do (on stderr)."""
    directory.mkdir(parents=True, exist_ok=True)
    java = directory / "java"
    java.write_text(f"#!/bin/sh\necho '{version_line}' >&2\n", encoding="utf-8")
    java.chmod(java.stat().st_mode | stat.S_IXUSR)
    return java


def test_cluster_ids_look_like_kafka_random_uuid():
    ids = {new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    for cluster_id in ids:
        assert len(cluster_id) == 22 and not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


def test_server_properties_describe_one_combined_kraft_node(tmp_path):
    broker = LocalBroker(data_dir=tmp_path, port=39092, controller_port=39093)
    properties = _properties(broker)
    assert properties["process.roles"] == "broker,controller"
    assert properties["controller.quorum.voters"] == f"{properties['node.id']}@127.0.0.1:39093"
    assert properties["listeners"] == "PLAINTEXT://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093"
    assert properties["advertised.listeners"] == "PLAINTEXT://127.0.0.1:39092"
    assert Path(properties["log.dirs"]).parent == tmp_path.resolve()
    assert properties["offsets.topic.replication.factor"] == "1"
    assert properties["transaction.state.log.min.isr"] == "1"
    assert properties["group.initial.rebalance.delay.ms"] == "0"
    assert properties["auto.create.topics.enable"] == "true"
    # Kafka refuses to start unless each cleaner thread gets more than 1 MiB of dedupe buffer.
    per_thread = int(properties["log.cleaner.dedupe.buffer.size"]) / int(properties["log.cleaner.threads"])
    assert 1024 * 1024 < per_thread <= 16 * 1024 * 1024


def test_controller_port_follows_the_client_port_by_default(tmp_path):
    broker = LocalBroker(data_dir=tmp_path, port=29500)
    assert broker.controller_port == 29501
    assert broker.bootstrap == "127.0.0.1:29500"


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        ({"port": 0}, "port"),
        ({"port": 70000}, "port"),
        ({"port": 9092, "controller_port": 9092}, "controller_port"),
        ({"heap": "lots"}, "heap"),
    ],
)
def test_bad_arguments_raise_value_error(tmp_path, arguments, reason):
    with pytest.raises(ValueError, match=reason):
        LocalBroker(data_dir=tmp_path, **arguments)


def test_default_data_dir_honours_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "factstream" / "kafka"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_data_dir() == Path.home() / ".cache" / "factstream" / "kafka"


@pytest.mark.parametrize(
    ("banner", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_392"', 8),
    ],
)
def test_java_major_version_reads_the_banner(tmp_path, banner, major):
    assert java_major_version(str(_fake_java(tmp_path, banner))) == major


def test_old_java_is_refused_with_the_reason(tmp_path, monkeypatch):
    _fake_java(tmp_path / "bin", 'openjdk version "11.0.22" 2024-01-16')
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(BrokerError, match="needs Java 17 or newer"):
        find_java()


def test_missing_java_is_reported(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(BrokerError, match="Java 17"):
        find_java()


def test_missing_maven_is_reported(monkeypatch, tmp_path):
    _fake_java(tmp_path / "bin", 'openjdk version "17.0.15" 2025-04-15')
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    with pytest.raises(BrokerError, match="Maven"):
        fetch_jars(tmp_path / "libs", quiet=True)
    assert not (tmp_path / "libs").exists()


def test_a_stale_pid_file_naming_another_process_is_not_the_broker(tmp_path):
    broker = LocalBroker(data_dir=tmp_path, port=39192)
    broker.pid_file.write_text(str(os.getpid()), encoding="ascii")  # this test process, alive but not Kafka
    assert broker.status()["running"] is False
    broker.stop()  # must not signal the process the stale file names
    assert not broker.pid_file.exists()


def test_start_refuses_a_port_taken_by_another_process(tmp_path):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        broker = LocalBroker(data_dir=tmp_path, port=port, controller_port=port + 1 if port < 65535 else port - 1)
        with pytest.raises(BrokerError, match="already in use"):
            broker.start(timeout=5)
    assert not broker.pid_file.exists()


def test_broker_command_status_and_unknown_action(tmp_path, capsys):
    assert broker_command("status", tmp_path, port=39292) == 3
    assert "not running" in capsys.readouterr().out
    assert broker_command("stop", tmp_path, port=39292) == 0
    assert broker_command("restart-everything", tmp_path) == 2
    assert "unknown broker action" in capsys.readouterr().err
