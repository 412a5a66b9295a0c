"""The project's own local Apache Kafka broker: one KRaft node (broker + controller) on loopback.

The jars come from Maven Central through deploy/kafka/pom.xml (``fetch_jars``); the broker runs detached
(``java -cp libs/* kafka.Kafka server.properties``) with everything it writes under one data directory:

    DATA_DIR/server.properties   written on every start from the constructor's arguments
    DATA_DIR/broker.pid          pid of the running JVM
    DATA_DIR/broker.json         host and ports of the running broker (read by ``status``)
    DATA_DIR/broker.out          the JVM's stdout/stderr (crashes before logging starts end up here)
    DATA_DIR/logs/server.log     the broker's log (log4j2, deploy/kafka/log4j2.xml)
    DATA_DIR/data/               the partitions and the KRaft metadata log (``log.dirs``)
    DATA_DIR/security/           with --security sasl_ssl|ssl: CA, certificates, passwords (broker/security.py)
    DATA_DIR/client.env          with --security: the FACTSTREAM_* settings a client needs
    DATA_DIR/formatted-security  the security the storage was formatted for (SCRAM users exist only if sasl_ssl)

Only the standard library is imported at module level, so ``python3 -m factstream_cli.localbroker fetch-jars``
works before the project's virtualenv exists; the readiness probe uses kafka-python when it is installed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from factstream_cli.broker.jars import (  # re-exported: callers and tests import them from here
    COMPLETE_MARKER,
    DEFAULT_LIBS_DIR,
    KAFKA_DIR,
    LOG4J_CONFIG,
    MIN_JAVA_MAJOR,
    POM_FILE,
    BrokerError,
    fetch_jars,
    file_lock,
    find_java,
    java_major_version,
)
from factstream_cli.broker.security import SECURITY_MODES, BrokerSecurity

__all__ = [
    "COMPLETE_MARKER", "DEFAULT_LIBS_DIR", "KAFKA_DIR", "LOG4J_CONFIG", "MIN_JAVA_MAJOR", "POM_FILE", "BrokerError",
    "LocalBroker", "broker_command", "default_data_dir", "fetch_jars", "find_java", "java_major_version",
    "new_cluster_id",
]


def default_data_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factstream" / "kafka"


def new_cluster_id() -> str:
    """A cluster id as `kafka-storage random-uuid` makes it: a random UUID in unpadded URL-safe base64.

    Kafka's own generator re-draws ids that start with '-' (they read as command-line options); so do we.
    Doing it here saves one JVM start (~1.5 s) on the first start.
    """
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode("ascii").rstrip("=")
        if not text.startswith("-"):
            return text


def port_accepts_connections(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


class LocalBroker:
    """One KRaft Kafka node (combined broker and controller) on ``host:port``, data under ``data_dir``."""

    def __init__(
        self,
        data_dir: Path | None = None,
        port: int = 9092,
        controller_port: int | None = None,
        host: str = "127.0.0.1",
        heap: str = "512m",
        libs_dir: Path | None = None,
        cluster_id: str | None = None,
        security: str = "plaintext",
    ) -> None:
        if not 0 < port < 65536:
            raise ValueError(f"port must be between 1 and 65535, got {port}")
        # Resolved, because the pid check matches this exact path in the JVM's command line.
        self.data_dir = Path(data_dir or default_data_dir()).expanduser().resolve()
        self.port = port
        # The controller listener takes the next port unless told otherwise (9092 → 9093).
        self.controller_port = controller_port if controller_port is not None else port + 1
        if self.controller_port == port or not 0 < self.controller_port < 65536:
            raise ValueError(f"controller_port must differ from port and be a valid port: {self.controller_port}")
        self.host = host
        if not re.fullmatch(r"\d+[kKmMgG]?", heap):
            raise ValueError(f"heap must look like 512m or 1g, got {heap!r}")
        self.heap = heap
        self.libs_dir = Path(libs_dir) if libs_dir else DEFAULT_LIBS_DIR
        self._last_probe_error: str | None = None
        # Used only when the storage is formatted (first start); a fresh random id by default.
        self.cluster_id = cluster_id
        # plaintext (the default, what tests and the demo use), sasl_ssl or ssl: see factstream_cli/broker/security.py
        self.security = BrokerSecurity(security, self.data_dir / "security", host)

    # --- paths ------------------------------------------------------------------------------------
    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def properties_file(self) -> Path:
        return self.data_dir / "server.properties"

    @property
    def pid_file(self) -> Path:
        return self.data_dir / "broker.pid"

    @property
    def state_file(self) -> Path:
        return self.data_dir / "broker.json"

    @property
    def stdout_file(self) -> Path:
        return self.data_dir / "broker.out"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def server_log(self) -> Path:
        return self.log_dir / "server.log"

    @property
    def kafka_data_dir(self) -> Path:
        return self.data_dir / "data"

    @property
    def client_env_file(self) -> Path:
        return self.data_dir / "client.env"

    @property
    def formatted_security_file(self) -> Path:
        """Which security the storage was formatted for (absent: plaintext, as every data dir before it)."""
        return self.data_dir / "formatted-security"

    # --- public operations --------------------------------------------------------------------------
    def fetch_jars(self) -> Path:
        return fetch_jars(self.libs_dir)

    def start(self, timeout: float = 90) -> None:
        """Start the broker and return once it answers a metadata request; no-op when already running."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with file_lock(self.data_dir / ".start.lock"):
            running_pid = self._running_pid()
            if running_pid is not None:
                self._check_running_matches(running_pid)
                self._wait_ready(running_pid, timeout)
                return
            if port_accepts_connections(self.host, self.port) or port_accepts_connections(
                self.host, self.controller_port
            ):
                raise BrokerError(
                    f"port {self.port} or {self.controller_port} on {self.host} is already in use by another "
                    "process; pick other ports (--port) or stop that process"
                )
            java = find_java()
            self.fetch_jars()
            self.log_dir.mkdir(parents=True, exist_ok=True)
            self._prepare_security(java)
            self.properties_file.write_text(self.server_properties(), encoding="utf-8")
            if self.security.enabled:  # it holds the keystore and inter-broker passwords
                os.chmod(self.properties_file, 0o600)
            if not (self.kafka_data_dir / "meta.properties").exists():
                self._format_storage(java)
            pid = self._launch(java)
            state = {"pid": pid, "host": self.host, "port": self.port, "controller_port": self.controller_port}
            if self.security.enabled:  # PLAINTEXT's state file stays as it was
                state["security"] = self.security.mode
                self.security.write_client_env(self.client_env_file, self.bootstrap)
            self.state_file.write_text(json.dumps(state), encoding="utf-8")
        try:
            self._wait_ready(pid, timeout)
        except BrokerError:
            self._terminate(pid, timeout=10)
            raise

    def _check_running_matches(self, running_pid: int) -> None:
        state = self._read_state()
        if state.get("port") not in (None, self.port):
            raise BrokerError(
                f"a broker from {self.data_dir} already runs on port {state['port']} (pid {running_pid}); "
                "stop it first to change its port"
            )
        running_security = state.get("security", "plaintext")
        if running_security != self.security.mode:
            raise BrokerError(
                f"a broker from {self.data_dir} already runs with --security {running_security} (pid {running_pid}); "
                f"stop it first to start it with --security {self.security.mode}"
            )

    def _prepare_security(self, java: Path) -> None:
        """TLS material and passwords for a secure start; refuses storage formatted without the SCRAM users."""
        formatted = (self.kafka_data_dir / "meta.properties").exists()
        if formatted and self.security.mode == "sasl_ssl":
            try:
                formatted_for = self.formatted_security_file.read_text(encoding="utf-8").strip()
            except OSError:
                formatted_for = "plaintext"
            if formatted_for != "sasl_ssl":
                raise BrokerError(
                    f"{self.data_dir} was formatted for {formatted_for}, without SCRAM users (they are created when "
                    "the storage is formatted): use a new --data-dir for --security sasl_ssl"
                )
        self.security.ensure_material(java)

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM (Kafka's clean shutdown), wait up to ``timeout`` s, then SIGKILL as a last resort."""
        pid = self._running_pid()
        if pid is not None:
            self._terminate(pid, timeout)
        self.pid_file.unlink(missing_ok=True)

    def status(self) -> dict[str, Any]:
        pid = self._running_pid()
        state = self._read_state() if pid is not None else {}
        port = state.get("port", self.port)
        host = state.get("host", self.host)
        return {
            "running": pid is not None,
            "pid": pid,
            "host": host,
            "port": port,
            "controller_port": state.get("controller_port", self.controller_port),
            "bootstrap": f"{host}:{port}",
            "security": state.get("security", "plaintext") if pid is not None else self.security.mode,
            "client_env": str(self.client_env_file) if state.get("security") else None,
            "data_dir": str(self.data_dir),
            "log_file": str(self.server_log),
        }

    def is_running(self) -> bool:
        return self._running_pid() is not None

    # --- configuration ------------------------------------------------------------------------------
    def server_properties(self) -> str:
        properties = {
            # One node that is both the KRaft controller and the broker, with a static one-voter quorum:
            # a static voter list (instead of `format --standalone`) lets a later start change the ports.
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@{self.host}:{self.controller_port}",
            **self.security.listener_properties(self.port, self.controller_port),
            "log.dirs": str(self.kafka_data_dir),
            # A single node can hold one replica of everything.
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "share.coordinator.state.topic.num.partitions": "1",
            "default.replication.factor": "1",
            "min.insync.replicas": "1",
            "num.partitions": "1",
            "auto.create.topics.enable": "true",
            # Consumers join at once instead of after the 3 s default delay (matters for tests and the demo).
            "group.initial.rebalance.delay.ms": "0",
            # Sized for a laptop or a 2-core CI machine, not for throughput.
            "num.network.threads": "2",
            "num.io.threads": "4",
            "background.threads": "4",
            "num.recovery.threads.per.data.dir": "1",
            "num.replica.fetchers": "1",
            "log.cleaner.threads": "1",
            # Kafka requires more than 1 MiB per cleaner thread; the 128 MiB default would eat a quarter of the heap.
            "log.cleaner.dedupe.buffer.size": str(2 * 1024 * 1024),
            "log.retention.hours": "168",
            "log.segment.bytes": str(64 * 1024 * 1024),
        }
        lines = ["# Written by factstream_cli/localbroker.py on every start; edits are overwritten."]
        lines += [f"{key}={value}" for key, value in properties.items()]
        return "\n".join(lines) + "\n"

    # --- internals ----------------------------------------------------------------------------------
    def _classpath(self) -> str:
        return str(self.libs_dir / "*")

    def _java_options(self) -> list[str]:
        return [
            f"-Xms{self.heap}",
            f"-Xmx{self.heap}",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={LOG4J_CONFIG}",
            f"-Dkafka.logs.dir={self.log_dir}",
        ]

    def _format_storage(self, java: Path) -> None:
        command = [
            str(java), *self._java_options(), "-cp", self._classpath(), "kafka.tools.StorageTool",
            "format", "--config", str(self.properties_file), "--cluster-id", self.cluster_id or new_cluster_id(),
            "--ignore-formatted", *self.security.scram_format_arguments(),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode != 0:
            raise BrokerError(
                f"formatting Kafka storage in {self.kafka_data_dir} failed (exit {result.returncode}):\n"
                f"{(result.stdout + result.stderr).strip()[-3000:]}"
            )
        if self.security.enabled:
            self.formatted_security_file.write_text(self.security.mode + "\n", encoding="utf-8")

    def _launch(self, java: Path) -> int:
        command = [
            str(java), *self._java_options(), "-cp", self._classpath(), "kafka.Kafka", str(self.properties_file),
        ]  # fmt: skip
        self.pid_file.unlink(missing_ok=True)
        # A short-lived shell starts java in the background and exits, so the JVM is re-parented to init:
        # it outlives this Python process (the CLI returns at once) and never lingers as our zombie.
        launcher = 'pid_file="$1"; shift; "$@" & echo $! > "$pid_file"'
        with open(self.stdout_file, "ab") as out:
            subprocess.run(
                ["/bin/sh", "-c", launcher, "sh", str(self.pid_file), *command],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                check=True,
                cwd=self.data_dir,
            )
        try:
            return int(self.pid_file.read_text(encoding="ascii").strip())
        except (OSError, ValueError) as exc:
            raise BrokerError(f"the broker launcher wrote no pid to {self.pid_file}: {exc}") from exc

    def _wait_ready(self, pid: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if not self._is_our_broker(pid):
                raise BrokerError(f"the Kafka broker (pid {pid}) exited during start-up.\n{self._log_tail()}")
            if port_accepts_connections(self.host, self.port) and self._metadata_ok():
                return
            if time.monotonic() >= deadline:
                raise BrokerError(
                    f"the Kafka broker (pid {pid}) was not ready on {self.bootstrap} within {timeout:.0f} s "
                    f"(last probe: {self._last_probe_error or 'port closed'}).\n{self._log_tail()}"
                )
            time.sleep(0.25)

    def _metadata_ok(self) -> bool:
        """True when the broker answers a metadata request and lists itself as an unfenced broker."""
        try:
            from kafka import KafkaAdminClient
        except ImportError:  # without kafka-python (bare `python3 -m ...`), an open port has to do
            return True
        admin = None
        try:
            admin = KafkaAdminClient(
                bootstrap_servers=[self.bootstrap],
                client_id="factstream-broker-probe",
                request_timeout_ms=5000,
                bootstrap_timeout_ms=5000,
                **self.security.kafka_python_config(),
            )
            cluster = admin.describe_cluster()
        except Exception as exc:  # any failure means "not ready yet"; the last one is reported on timeout
            self._last_probe_error = f"{type(exc).__name__}: {exc}"
            return False
        finally:
            if admin is not None:
                with contextlib.suppress(Exception):
                    admin.close()
        brokers = cluster.get("brokers") or []
        if any(not broker.get("is_fenced", False) for broker in brokers):
            return True
        self._last_probe_error = f"the broker lists no unfenced broker yet: {brokers}"
        return False

    def _terminate(self, pid: int, timeout: float) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        if self._wait_exit(pid, timeout):
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        if not self._wait_exit(pid, 10):
            raise BrokerError(f"the Kafka broker (pid {pid}) survived SIGKILL")

    def _wait_exit(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while self._pid_alive(pid):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        return True

    def _running_pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None
        return pid if self._is_our_broker(pid) else None

    def _is_our_broker(self, pid: int) -> bool:
        """Alive, and really this data dir's Kafka (a stale pid file may name a recycled pid)."""
        if not self._pid_alive(pid):
            return False
        try:
            arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            return True  # no /proc (macOS): trust the pid file
        return b"kafka.Kafka" in arguments and str(self.properties_file).encode() in arguments

    @staticmethod
    def _pid_alive(pid: int) -> bool:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)  # reap it if it happens to be our child
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            return True
        return stat.rsplit(")", 1)[-1].split()[0] != "Z"

    def _read_state(self) -> dict[str, Any]:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _log_tail(self, lines: int = 40) -> str:
        parts = []
        for path in (self.stdout_file, self.server_log):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            tail = "\n".join(text.splitlines()[-lines:])
            if tail:
                parts.append(f"--- last lines of {path} ---\n{tail}")
        return "\n".join(parts) or "(the broker wrote no log)"


def broker_command(action: str, data_dir: Path | None, port: int = 9092, security: str = "plaintext") -> int:
    """`factstream broker start|stop|status|fetch-jars` (factstream_cli/broker/command.py): the exit code."""
    from factstream_cli.broker.command import run_broker_command

    return run_broker_command(action, data_dir, port, security)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m factstream_cli.localbroker", description="Run the project's local Kafka broker (KRaft)."
    )
    parser.add_argument("action", choices=["start", "stop", "status", "fetch-jars"])
    parser.add_argument("--data-dir", type=Path, default=None, help=f"default: {default_data_dir()}")
    parser.add_argument("--port", type=int, default=9092, help="client port; the controller uses port+1")
    parser.add_argument("--security", choices=SECURITY_MODES, default="plaintext",
                        help="sasl_ssl: SCRAM-SHA-512 over TLS; ssl: TLS with client certificates (writes client.env)")
    args = parser.parse_args(argv)
    return broker_command(args.action, args.data_dir, args.port, args.security)


if __name__ == "__main__":
    sys.exit(main())
