"""What integration tests watch with: a local webhook receiver that records every POST, and a tail that reads a
topic in the background from its beginning."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson

import alerts
from factstream.settings import Settings


@dataclass(frozen=True)
class Post:
    alert_id: str | None
    signature: str | None
    body: bytes
    path: str
    received_at: float  # time.monotonic() when the POST arrived
    timestamp: str | None = None  # X-Factstream-Timestamp, signed together with the body


class WebhookReceiver:
    """`with WebhookReceiver() as hook:` serves on a free loopback port; `hook.url` is where to POST."""

    def __init__(self, path: str = "/hooks/factstream") -> None:
        self.path = path
        self.posts: list[Post] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                post = Post(self.headers.get(alerts.sinks.ALERT_ID_HEADER),
                            self.headers.get(alerts.sinks.SIGNATURE_HEADER), body, self.path, time.monotonic(),
                            self.headers.get(alerts.signing.TIMESTAMP_HEADER))
                with receiver._lock:
                    receiver.posts.append(post)
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the test reports what it needs

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.path}"

    def snapshot(self) -> list[Post]:
        with self._lock:
            return list(self.posts)

    def alert_ids(self) -> Counter[str]:
        return Counter(post.alert_id for post in self.snapshot() if post.alert_id)

    def __enter__(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class TopicTail:
    """Reads a topic from the beginning in a background thread, for the whole test (no consumer group):
    progress can be looked at any time, and the end state waited for."""

    def __init__(self, settings: Settings, topic: str) -> None:
        self.settings = settings
        self.topic = settings.topic(topic)
        self.values: list[dict] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"tail-{topic}")
        self.error: BaseException | None = None

    def _run(self) -> None:
        from kafka import KafkaConsumer

        try:
            consumer = KafkaConsumer(
                self.topic, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False,
                reconnect_backoff_max_ms=1000, **self.settings.kafka_python_config(),
            )
        except BaseException as exc:  # surfaced by wait_for
            self.error = exc
            return
        try:
            while not self._stop.is_set():
                for records in consumer.poll(timeout_ms=300).values():
                    decoded = [orjson.loads(record.value) for record in records if record.value is not None]
                    with self._lock:
                        self.values.extend(decoded)
        except BaseException as exc:
            self.error = exc
        finally:
            consumer.close()

    def snapshot(self) -> list[dict]:
        with self._lock:
            return list(self.values)

    def wait_for(self, done: Callable[[list[dict]], bool], timeout: float, poll_s: float = 0.5) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.error is not None:
                raise RuntimeError(f"reading {self.topic} failed: {self.error!r}")
            if done(self.snapshot()):
                return True
            time.sleep(poll_s)
        return done(self.snapshot())

    def __enter__(self) -> TopicTail:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
