"""SASL_SSL on a real broker (issue 15, finding 13): `factstream broker start --security sasl_ssl` makes a private
CA, a broker certificate and a SCRAM-SHA-512 user; feed -> worker -> verdicts and an alert run over it with nothing
but the client.env it writes; a wrong password or an untrusted CA fails fast, in one line naming the cause, and
writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from factstream.settings import Settings
from factstream_cli.localbroker import LocalBroker, find_java
from tests.conftest import _free_ports
from tests.integration.harness import REPO, SEED_JSONL, WorkerProcess, collect, unique_prefix

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory):
    port, controller_port = _free_ports(2)
    broker = LocalBroker(data_dir=tmp_path_factory.mktemp("kafka-sasl-ssl"), port=port,
                         controller_port=controller_port, heap="384m", security="sasl_ssl")
    broker.start(timeout=150)
    try:
        yield broker
    finally:
        broker.stop()


def _client_settings(broker: LocalBroker, prefix: str) -> Settings:
    return Settings(_env_file=str(broker.client_env_file), topic_prefix=prefix)


def _factstream(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **env}
    return subprocess.run([sys.executable, "-m", "factstream_cli.cli", *args], env=full_env, cwd=str(REPO),
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_client_env_names_everything_a_client_needs(secure_broker):
    env = dict(line.split("=", 1) for line in secure_broker.client_env_file.read_text().splitlines()
               if line and not line.startswith("#"))
    assert env["FACTSTREAM_BROKERS"] == secure_broker.bootstrap
    assert env["FACTSTREAM_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert env["FACTSTREAM_SASL_MECHANISM"] == "SCRAM-SHA-512"
    assert env["FACTSTREAM_SASL_USERNAME"] == "factstream"
    assert Path(env["FACTSTREAM_SSL_CAFILE"]).read_text().startswith("-----BEGIN CERTIFICATE-----")
    password_file = Path(env["FACTSTREAM_SASL_PASSWORD_FILE"])
    assert len(password_file.read_text().strip()) >= 32 and password_file.stat().st_mode & 0o077 == 0
    properties = secure_broker.properties_file.read_text()
    assert "PLAINTEXT" not in properties  # no listener, controller's included, takes unauthenticated connections
    assert "listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL" in properties


def test_feed_worker_verdicts_and_an_alert_over_sasl_ssl(secure_broker, tmp_path):
    prefix = unique_prefix("sasl")
    env = {"FACTSTREAM_ENV_FILE": str(secure_broker.client_env_file), "FACTSTREAM_TOPIC_PREFIX": prefix}
    fed = _factstream(["feed", "--quiet", str(SEED_JSONL)], env)
    assert fed.returncode == 0, fed.stderr
    seed_id = orjson.loads(SEED_JSONL.read_bytes())["id"]
    worker = WorkerProcess(secure_broker.bootstrap, prefix, tmp_path,
                           {"FACTSTREAM_ENV_FILE": env["FACTSTREAM_ENV_FILE"]})
    worker.start()
    try:
        worker.wait_ready(timeout=150)
        settings = _client_settings(secure_broker, prefix)

        def has_the_contradicted_count(values: list[dict]) -> bool:
            return any(v["claim"]["kind"] == "count" and v["verdict"] == "contradicted" for v in values)

        verdicts = collect(settings, "verdicts", has_the_contradicted_count, timeout=150)
        assert {v["article_id"] for v in verdicts} == {seed_id}, worker.log_tail()
        assert has_the_contradicted_count(verdicts), worker.log_tail()
        alerts = collect(settings, "alerts", lambda values: len(values) >= 1, timeout=120)
        assert alerts, worker.log_tail()
        assert any("74" in orjson.dumps(alert).decode() for alert in alerts)
    finally:
        worker.stop()


def _other_ca(directory: Path) -> Path:
    """A CA certificate of somebody else's: well-formed, but not the one that signed the broker's certificate."""
    keytool = str(Path(find_java()).resolve().parent / "keytool")
    store = directory / "other-ca.p12"
    common = ["-keystore", str(store), "-storepass", "other-pass", "-storetype", "PKCS12"]
    subprocess.run([keytool, "-genkeypair", "-alias", "ca", "-dname", "CN=Some other CA", "-keyalg", "RSA",
                    "-ext", "bc:c", *common], check=True, capture_output=True)
    pem = directory / "other-ca.pem"
    subprocess.run([keytool, "-exportcert", "-rfc", "-alias", "ca", "-file", str(pem), *common],
                   check=True, capture_output=True)
    return pem


@pytest.mark.parametrize("fault", ["wrong password", "untrusted CA"])
@pytest.mark.parametrize("command", [["feed", "--quiet", str(SEED_JSONL)], ["worker"]])
def test_a_wrong_password_or_an_untrusted_ca_fails_fast_in_one_line_and_writes_nothing(
    secure_broker, tmp_path, fault, command
):
    prefix = unique_prefix("refused")
    env = {"FACTSTREAM_ENV_FILE": str(secure_broker.client_env_file), "FACTSTREAM_TOPIC_PREFIX": prefix,
           "FACTSTREAM_WEB_PORT": str(_free_ports(1)[0]), "FACTSTREAM_DATA_DIR": str(tmp_path / "worker")}
    if fault == "wrong password":
        wrong = tmp_path / "wrong.password"
        wrong.write_text("not-the-password\n")
        env["FACTSTREAM_SASL_PASSWORD_FILE"] = str(wrong)
        cause = "SASL SCRAM-SHA-512: broker {} refused user 'factstream'"
    else:
        env["FACTSTREAM_SSL_CAFILE"] = str(_other_ca(tmp_path))
        cause = "TLS: the certificate of broker {} is not trusted by FACTSTREAM_SSL_CAFILE="
    started = time.monotonic()
    result = _factstream(command, env, timeout=60)
    elapsed = time.monotonic() - started
    assert result.returncode != 0
    assert elapsed < 30, f"took {elapsed:.1f} s"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"factstream {command[0]}: ") and cause.format(secure_broker.bootstrap) in lines[0]
    # Nothing written: no topic of this prefix exists (the good credentials see every topic).
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(**_client_settings(secure_broker, prefix).kafka_python_config())
    try:
        assert [topic for topic in admin.list_topics() if topic.startswith(prefix)] == []
    finally:
        admin.close()


def _port_pair() -> int:
    """A free port whose next port is free too (`broker start --port P` puts the controller on P+1)."""
    import socket

    for _ in range(50):
        port = _free_ports(1)[0]
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two consecutive free ports")


def test_broker_start_security_ssl_from_the_command_line(tmp_path):
    """`--security ssl`: TLS with client certificates; what client.env names is enough to feed and read back."""
    data_dir, port = tmp_path / "kafka-ssl", _port_pair()
    command = ["--data-dir", str(data_dir), "--port", str(port)]
    started = _factstream(["broker", "start", "--security", "ssl", *command], {}, timeout=240)
    assert started.returncode == 0, started.stdout + started.stderr
    try:
        assert f"client settings in {data_dir / 'client.env'}" in started.stdout
        prefix = unique_prefix("ssl")
        env = {"FACTSTREAM_ENV_FILE": str(data_dir / "client.env"), "FACTSTREAM_TOPIC_PREFIX": prefix}
        fed = _factstream(["feed", "--quiet", str(SEED_JSONL)], env)
        assert fed.returncode == 0, fed.stderr
        settings = Settings(_env_file=str(data_dir / "client.env"), topic_prefix=prefix)
        assert settings.security_protocol == "SSL" and settings.ssl_certfile is not None
        articles = collect(settings, "articles", lambda values: len(values) >= 1, timeout=60)
        assert [article["id"] for article in articles] == [orjson.loads(SEED_JSONL.read_bytes())["id"]]
        # Without the client certificate the broker lets nobody in, and the feed says why.
        no_certificate = {**env, "FACTSTREAM_ENV_FILE": str(tmp_path / "no-cert.env")}
        (tmp_path / "no-cert.env").write_text("\n".join(
            line for line in (data_dir / "client.env").read_text().splitlines() if "CERTFILE" not in line
            and "KEYFILE" not in line))
        refused = _factstream(["feed", "--quiet", str(SEED_JSONL)], no_certificate)
        assert refused.returncode != 0 and "requires a client certificate" in refused.stderr
    finally:
        stopped = _factstream(["broker", "stop", *command], {})
        assert stopped.returncode == 0, stopped.stderr
