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


# --- --security (issue 15, finding 13): configuration without a running broker ------------------------------
PLAINTEXT_LISTENERS = {
    "listeners": "PLAINTEXT://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093",
    "advertised.listeners": "PLAINTEXT://127.0.0.1:39092",
    "inter.broker.listener.name": "PLAINTEXT",
    "controller.listener.names": "CONTROLLER",
    "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
}


def test_plaintext_stays_exactly_as_it_was(tmp_path):
    properties = _properties(LocalBroker(data_dir=tmp_path, port=39092, controller_port=39093))
    assert {key: properties[key] for key in PLAINTEXT_LISTENERS} == PLAINTEXT_LISTENERS
    assert not [key for key in properties if key.startswith(("ssl.", "sasl.", "listener.name."))]
    assert len(properties) == 31  # the same 31 keys as before --security existed


def _secured(tmp_path: Path, mode: str) -> LocalBroker:
    """A broker whose passwords exist (keytool is not run: the properties only name the files)."""
    broker = LocalBroker(data_dir=tmp_path, port=39092, controller_port=39093, security=mode)
    broker.security.directory.mkdir(parents=True)
    for name in ("store.password", "admin.password", "client.password"):
        (broker.security.directory / name).write_text(f"{name}-secret\n")
    return broker


def test_sasl_ssl_properties_leave_no_port_unauthenticated(tmp_path):
    broker = _secured(tmp_path, "sasl_ssl")
    properties = _properties(broker)
    assert properties["listeners"] == "SASL_SSL://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093"
    assert properties["listener.security.protocol.map"] == "SASL_SSL:SASL_SSL,CONTROLLER:SSL"
    assert properties["listener.name.controller.ssl.client.auth"] == "required"
    assert properties["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    assert 'username="admin" password="admin.password-secret";' in \
        properties["listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config"]
    assert properties["ssl.keystore.location"] == str(broker.security.directory / "broker.p12")
    assert broker.security.scram_format_arguments() == [
        "--add-scram", "SCRAM-SHA-512=[name=admin,password=admin.password-secret]",
        "--add-scram", "SCRAM-SHA-512=[name=factstream,password=client.password-secret]",
    ]


def test_ssl_mode_requires_client_certificates_and_has_no_scram(tmp_path):
    broker = _secured(tmp_path, "ssl")
    properties = _properties(broker)
    assert properties["listeners"].startswith("SSL://127.0.0.1:39092,")
    assert properties["ssl.client.auth"] == "required"
    assert not [key for key in properties if key.startswith("sasl.")]
    assert broker.security.scram_format_arguments() == []
    settings = broker.security.client_settings(broker.bootstrap)
    assert settings["FACTSTREAM_SSL_CERTFILE"].endswith("client.pem") and "FACTSTREAM_SASL_USERNAME" not in settings


def test_client_env_is_private_and_loads_into_settings(tmp_path):
    from factstream.settings import Settings

    broker = _secured(tmp_path, "sasl_ssl")
    path = broker.security.write_client_env(broker.client_env_file, broker.bootstrap)
    assert path.stat().st_mode & 0o077 == 0
    settings = Settings(_env_file=str(path))
    assert (settings.brokers, settings.security_protocol, settings.sasl_mechanism, settings.sasl_username) == (
        "127.0.0.1:39092", "SASL_SSL", "SCRAM-SHA-512", "factstream")
    assert settings.sasl_password_value() == "client.password-secret"
    assert settings.ssl_cafile == broker.security.directory / "ca.pem"


def test_sasl_ssl_refuses_storage_formatted_without_scram_users(tmp_path):
    broker = LocalBroker(data_dir=tmp_path, security="sasl_ssl")
    broker.kafka_data_dir.mkdir(parents=True)
    (broker.kafka_data_dir / "meta.properties").write_text("cluster.id=x\n")
    with pytest.raises(BrokerError, match=r"formatted for plaintext, without SCRAM users.*new --data-dir"):
        broker._prepare_security(Path("/nonexistent/java"))


def test_an_unknown_security_mode_is_refused(tmp_path, capsys):
    with pytest.raises(ValueError, match="security must be one of plaintext, sasl_ssl, ssl"):
        LocalBroker(data_dir=tmp_path, security="tls")
    assert broker_command("status", tmp_path, security="kerberos") == 1
    assert "security must be one of" in capsys.readouterr().err
