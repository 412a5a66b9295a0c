"""Running real workers against the real broker in tests: start, wait until ready, kill, collect output."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson

from factstream.settings import Settings

REPO = Path(__file__).resolve().parents[2]
SEED_JSONL = REPO / "factstream" / "data" / "seed" / "kuwait-coalition-2018.jsonl"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def unique_prefix(name: str) -> str:
    return f"t-{name}-{uuid.uuid4().hex[:8]}."


class WorkerProcess:
    """`factstream worker` in a child process, as an operator would run it."""

    def __init__(self, bootstrap: str, prefix: str, workdir: Path, extra_env: dict[str, str] | None = None):
        self.port = free_port()
        self.workdir = workdir
        self.log_path = workdir / f"worker-{self.port}.log"
        self.env = {
            **os.environ,
            "FACTSTREAM_BROKERS": bootstrap,
            "FACTSTREAM_TOPIC_PREFIX": prefix,
            "FACTSTREAM_APP_ID": f"app-{prefix.rstrip('.')}",
            "FACTSTREAM_WEB_PORT": str(self.port),
            "FACTSTREAM_WEB_HOST": "127.0.0.1",
            "FACTSTREAM_DATA_DIR": str(workdir / f"data-{self.port}"),
            "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
            **(extra_env or {}),
        }
        self.process: subprocess.Popen | None = None

    def start(self) -> WorkerProcess:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factstream_cli.cli", "worker", "-l", "info"],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO), start_new_session=True,
        )
        return self

    def wait_ready(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise TimeoutError(f"worker not ready after {timeout} s:\n{self.log_tail()}")

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def kill(self) -> None:
        """SIGKILL: no shutdown, no commit, no flush — the crash the pipeline must survive."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self, timeout: float = 40.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def get(self, path: str, headers: dict[str, str] | None = None) -> Any:
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", headers=headers or {})
        with urllib.request.urlopen(request, timeout=10) as response:
            return orjson.loads(response.read())


def producer(settings: Settings):
    from kafka import KafkaProducer

    return KafkaProducer(acks="all", linger_ms=5, **settings.kafka_python_config())


def produce(settings: Settings, topic: str, records: Iterable[tuple[bytes | None, bytes]]) -> int:
    client = producer(settings)
    count = 0
    try:
        for key, value in records:
            client.send(settings.topic(topic), key=key, value=value)
            count += 1
        client.flush(timeout=60)
    finally:
        client.close(timeout=10)
    return count


def collect(
    settings: Settings,
    topic: str,
    done: Callable[[list[dict]], bool],
    timeout: float = 120.0,
) -> list[dict]:
    """Read a topic from the beginning until `done(values)` holds or the timeout passes."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        settings.topic(topic), group_id=None, auto_offset_reset="earliest", enable_auto_commit=False,
        **settings.kafka_python_config(),
    )
    values: list[dict] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                values.extend(orjson.loads(record.value) for record in records if record.value is not None)
            if done(values):
                break
    finally:
        consumer.close()
    return values


def seed_record() -> tuple[bytes, bytes]:
    raw = SEED_JSONL.read_bytes().strip()
    return orjson.loads(raw)["id"].encode(), raw
