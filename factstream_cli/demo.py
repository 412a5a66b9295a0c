"""`factstream demo`: the whole pipeline on this machine, started and stopped by one command.

It starts the local Kafka broker (unless one is running), a local webhook receiver and a worker; feeds the seed
article twice (to show that its alert still arrives exactly once) and real articles from the corpus folder
(FACTSTREAM_CORPUS_DIR, default ../shared/corpus) when it is present; prints verdicts and alerts as they arrive;
then stops what it started. `run_demo` reads as those steps: start_broker, start_worker, feed, watch, report, stop.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson

import factstream

SEED_PATH = Path(factstream.__file__).parent / "data" / "seed" / "kuwait-coalition-2018.jsonl"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class WebhookReceiver:
    """A local webhook endpoint that records every alert posted to it, by the alert id in its body."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver.lock:
                    receiver.received.append({"alert_id": _body_alert_id(body), "body": body})
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/alerts"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()

    def counts(self) -> Counter:
        with self.lock:
            return Counter(item["alert_id"] for item in self.received)


def _body_alert_id(body: bytes) -> str | None:
    """The alert id inside the posted body (metadata.event_payload.alert_id), the one receivers dedupe on: the
    X-Factstream-Alert-Id header is a convenience outside the signature (alerts/signing.py)."""
    try:
        return orjson.loads(body)["metadata"]["event_payload"]["alert_id"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return None


def corpus_articles(folder: Path | None, limit: int) -> list[bytes]:
    """Up to `limit` real articles, half per language, read in place (never copied into the project)."""
    if folder is None or not folder.is_dir() or limit <= 0:
        return []
    lines: list[bytes] = []
    files = sorted(folder.glob("articles_*.jsonl"))
    for path in files:
        with path.open("rb") as handle:
            head = [line for _, line in zip(range(max(1, limit // max(1, len(files)))), handle, strict=False)]
        lines.extend(line.rstrip(b"\n") for line in head)
    random.Random(7).shuffle(lines)
    return lines[:limit]


def _wait_http(url: str, timeout: float, process: subprocess.Popen) -> bool:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


@dataclass
class SeedWatch:
    """What the demo saw of the seed article (and of all alerts) while it watched the output topics."""

    verdicts: dict[str, dict] = field(default_factory=dict)
    alert_ids: set[str] = field(default_factory=set)
    alert_count: int = 0


def run_demo(args: argparse.Namespace) -> int:
    """Start broker, receiver and worker; feed; watch; report; stop what was started. 0 when the seed's alert
    reached the webhook and the dashboard exactly once."""
    from rich.console import Console

    from factstream_cli.localbroker import LocalBroker

    console = Console(width=None if sys.stdout.isatty() else 160)
    broker = LocalBroker()
    started_broker = start_broker(broker, console)
    run_id = time.strftime("%Y%m%d%H%M%S")
    web_port = int(os.environ.get("FACTSTREAM_WEB_PORT") or free_port())
    workdir = Path(tempfile.mkdtemp(prefix="factstream-demo-"))
    worker: subprocess.Popen | None = None
    with WebhookReceiver() as receiver:
        env = worker_env(broker.port, run_id, receiver.url, web_port, workdir)
        try:
            worker = start_worker(env, workdir / "worker.log", console)
            if worker is None:
                return 1
            settings = demo_settings(env)
            seed_id, started = feed(settings, args, console)
            console.print(f"Dashboard: {dashboard_url(web_port)}\n")
            seen = watch(settings, seed_id, receiver, args.timeout, console)
            ok = report(seen, receiver, web_port, seed_id, time.monotonic() - started, console)
            if args.keep_running:
                keep_running(worker, web_port, console)
            return 0 if ok else 1
        finally:
            stop(worker, broker if started_broker and not args.keep_running else None, console)


def start_broker(broker: Any, console: Any) -> bool:
    """Start the local broker unless one is running; True when this demo started it (and so must stop it)."""
    if broker.status().get("running"):
        console.print("Using the local Kafka broker that is already running.")
        return False
    console.print(f"[bold]Starting the local Kafka broker[/] (data in {broker.data_dir}) ...")
    broker.fetch_jars()
    broker.start()
    return True


def worker_env(broker_port: int, run_id: str, webhook_url: str, web_port: int, workdir: Path) -> dict[str, str]:
    """The worker's environment: this run's own topics and app id, the local webhook, files under workdir."""
    return {
        **os.environ,
        "FACTSTREAM_BROKERS": f"127.0.0.1:{broker_port}",
        "FACTSTREAM_TOPIC_PREFIX": f"demo-{run_id}.",
        "FACTSTREAM_APP_ID": f"factstream-demo-{run_id}",
        "FACTSTREAM_WEBHOOK_URL": webhook_url,
        "FACTSTREAM_WEB_PORT": str(web_port),
        "FACTSTREAM_WEB_HOST": "127.0.0.1",
        "FACTSTREAM_DATA_DIR": str(workdir / "worker"),
        "FACTSTREAM_ALERTS_JSONL": str(workdir / "alerts.jsonl"),
    }


def demo_settings(env: dict[str, str]) -> Any:
    from factstream.settings import Settings

    return Settings(brokers=env["FACTSTREAM_BROKERS"], topic_prefix=env["FACTSTREAM_TOPIC_PREFIX"],
                    app_id=env["FACTSTREAM_APP_ID"])


def dashboard_url(web_port: int) -> str:
    return f"http://127.0.0.1:{web_port}/dashboard/"


def start_worker(env: dict[str, str], log_path: Path, console: Any) -> subprocess.Popen | None:
    """Create the topics and start a worker process; None (after showing its log) if it never became ready."""
    from streams.topics import ensure_topics

    ensure_topics(demo_settings(env))
    console.print(f"[bold]Starting a worker[/] (topics {env['FACTSTREAM_TOPIC_PREFIX']}*, log {log_path}) ...")
    worker = subprocess.Popen(
        [sys.executable, "-m", "factstream_cli.cli", "worker", "-l", "warn"],
        env=env, stdout=log_path.open("wb"), stderr=subprocess.STDOUT, start_new_session=True,
    )
    if _wait_http(f"http://127.0.0.1:{env['FACTSTREAM_WEB_PORT']}/health", 90, worker):
        return worker
    console.print(f"[red]the worker did not become ready; see {log_path}[/]")
    console.print(log_path.read_text(errors="replace")[-3000:])
    stop(worker, None, console)
    return None


def feed(settings: Any, args: argparse.Namespace, console: Any) -> tuple[str, float]:
    """Publish the seed article, the corpus sample, then the seed again; (the seed's id, when feeding began)."""
    from kafka import KafkaProducer

    from factstream.settings import corpus_dir

    seed = SEED_PATH.read_bytes().strip()
    seed_id = json.loads(seed)["id"]
    corpus = corpus_articles(Path(args.corpus) if args.corpus else corpus_dir(), args.corpus_limit)
    producer = KafkaProducer(acks="all", **settings.kafka_python_config())
    started = time.monotonic()
    producer.send(settings.topic("articles"), key=seed_id.encode(), value=seed)
    for line in corpus:
        record_id = orjson.loads(line).get("id", "")
        producer.send(settings.topic("articles"), key=str(record_id).encode(), value=line)
    producer.send(settings.topic("articles"), key=seed_id.encode(), value=seed)  # fed twice on purpose
    producer.flush()
    producer.close()
    console.print(f"Fed the seed article twice and {len(corpus)} real article(s) from the corpus.")
    return seed_id, started


def watch(settings: Any, seed_id: str, receiver: WebhookReceiver, timeout: float, console: Any) -> SeedWatch:
    """Print verdicts of the seed and every alert as they arrive, until the seed's alerts reached the webhook
    and 8 more seconds passed without a duplicate (or `timeout` seconds in all)."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        settings.topic("verdicts"), settings.topic("alerts"), group_id=None,
        auto_offset_reset="earliest", **settings.kafka_python_config(),
    )
    seen = SeedWatch()
    deadline = time.monotonic() + timeout
    settle_until: float | None = None
    try:
        while time.monotonic() < deadline:
            for _tp, records in consumer.poll(timeout_ms=500).items():
                for record in records:
                    _show_record(record.topic, orjson.loads(record.value), settings, seed_id, seen, console)
            seed_delivered = seen.alert_ids and all(receiver.counts()[a] for a in seen.alert_ids)
            if seed_delivered and settle_until is None:
                settle_until = time.monotonic() + 8.0  # time for a duplicate to show up, if there were one
            if settle_until is not None and time.monotonic() > settle_until:
                break
    finally:
        consumer.close()
    return seen


def _show_record(topic: str, value: dict, settings: Any, seed_id: str, seen: SeedWatch, console: Any) -> None:
    if topic == settings.topic("verdicts") and value["article_id"] == seed_id:
        if value["verdict_id"] not in seen.verdicts:
            seen.verdicts[value["verdict_id"]] = value
            _print_verdict(console, value)
    elif topic == settings.topic("alerts"):
        seen.alert_count += 1
        if value["verdict"]["article_id"] == seed_id:
            seen.alert_ids.add(value["alert_id"])
        _print_alert(console, value)


def report(seen: SeedWatch, receiver: WebhookReceiver, web_port: int, seed_id: str, elapsed: float,
           console: Any) -> bool:
    """Print how often the webhook and the dashboard got each seed alert; True when each got it exactly once."""
    counts = receiver.counts()
    console.print()
    console.print(f"[bold]Seed article:[/] {len(seen.verdicts)} verdict(s) in {elapsed:.1f} s; "
                  f"{seen.alert_count} alert(s) in all.")
    ok = bool(seen.alert_ids)
    for alert_id in sorted(seen.alert_ids):
        times = counts[alert_id]
        ok = ok and times == 1
        console.print(f"  webhook received alert {alert_id} [bold]{times}[/] time(s) (the article was fed twice)")
    if not seen.alert_ids:
        console.print("[red]no alert for the seed article arrived in time[/]")
    on_dashboard = _dashboard_alert_ids(web_port, seed_id)
    for alert_id in sorted(seen.alert_ids):
        shown = on_dashboard.count(alert_id)
        ok = ok and shown == 1
        console.print(f"  dashboard shows alert {alert_id} [bold]{shown}[/] time(s): {dashboard_url(web_port)}")
    return ok


def keep_running(worker: subprocess.Popen, web_port: int, console: Any) -> None:
    console.print(f"\nLeft running: dashboard {dashboard_url(web_port)}; stop with Ctrl-C, then "
                  "`factstream broker stop`.")
    try:
        worker.wait()
    except KeyboardInterrupt:
        pass


def stop(worker: subprocess.Popen | None, broker: Any | None, console: Any) -> None:
    """SIGTERM the worker's process group (SIGKILL after 30 s), then stop the broker if one is given."""
    if worker is not None and worker.poll() is None:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
    if broker is not None:
        console.print("Stopping the local Kafka broker ...")
        broker.stop()


def _dashboard_alert_ids(web_port: int, article_id: str, timeout: float = 15.0) -> list[str]:
    """The alert ids the worker's dashboard API lists for one article (polled: it follows the alerts topic)."""
    import urllib.request

    deadline = time.monotonic() + timeout
    ids: list[str] = []
    while time.monotonic() < deadline:
        try:
            url = f"http://127.0.0.1:{web_port}/api/alerts?limit=500"
            with urllib.request.urlopen(url, timeout=5) as response:
                alerts = orjson.loads(response.read())["alerts"]
            ids = [a["alert_id"] for a in alerts if a["verdict"]["article_id"] == article_id]
            if ids:
                return ids
        except OSError:
            pass
        time.sleep(0.5)
    return ids


def _print_verdict(console: Any, verdict: dict) -> None:
    claim = verdict["claim"]
    style = {"supported": "green", "contradicted": "bold red", "conflict": "bold magenta"}.get(
        verdict["verdict"], "yellow"
    )
    value = f"{claim['value']}" + (f" {claim['currency']}" if claim.get("currency") else "")
    console.print(f"  verdict [{style}]{verdict['verdict']:>12}[/]  {claim['kind']:>7}  {value:<22} "
                  f"«{claim['text']}»  {verdict.get('explanation', {}).get('en', '')}")


def _print_alert(console: Any, alert: dict) -> None:
    verdict = alert["verdict"]
    claim = verdict["claim"]
    console.print(f"[bold red]ALERT[/] {verdict['verdict']} in {verdict['article_id']}: «{claim['text']}» — "
                  f"{verdict.get('explanation', {}).get('en', '')}")
