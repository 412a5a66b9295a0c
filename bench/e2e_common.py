"""What the end-to-end benchmarks share: a broker of their own, real articles, worker processes, a producer
that stamps every record, and a collector that follows the output topics and tells when each article is done.

Timing comes from Kafka record timestamps (CreateTime): the article's is set by our producer at send, a
verdict's or alert's by the worker's producer when it sends. Both clocks are this machine's, so latency is
"produce → the worker sent the output", not when this process happened to read it.

An article is complete when a verdict has arrived for every claim that `claims.extract_article` finds in it
offline (claim ids are derived from article id and offsets, so they are known in advance). Articles with
no claim produce nothing downstream: they count in the article rate (they were produced and consumed) but
not in the latency figures; the committed offsets of the worker's group show that they were consumed.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import platform
import resource
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `python bench/bench_e2e.py` from a clean clone, without PYTHONPATH
    sys.path.insert(0, str(REPO))

from factstream.settings import Settings, corpus_dir  # noqa: E402
from tests.integration.harness import WorkerProcess, free_port  # noqa: E402

BROKER_ENV = "FSBENCH_BROKER"
# Worker logs are kept quiet in benchmarks (logging costs CPU); "info" shows the consumer's offset decisions.
WORKER_LOGLEVEL_ENV = "FSBENCH_WORKER_LOGLEVEL"
SEED_DIR = REPO / "factstream" / "data" / "seed"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# --------------------------------------------------------------------------------------------- machine
def machine_description() -> dict[str, Any]:
    model = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }


@contextlib.contextmanager
def work_dir(path: str | None) -> Iterator[str]:
    """Where workers keep logs and state: a given folder (kept), or a temp dir removed at the end."""
    if path:
        Path(path).mkdir(parents=True, exist_ok=True)
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="factstream-bench-work-") as tmp:
        yield tmp


def print_machine() -> dict[str, Any]:
    info = machine_description()
    print(f"# {info['date']} · {info['nproc']} CPUs ({info['cpu']}) · Python {info['python']} · "
          f"load average {info['load_avg_1m']} at start")
    return info


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


# --------------------------------------------------------------------------------------------- processes
def process_cpu_seconds(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def process_peak_rss_mib(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def self_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class BenchWorker(WorkerProcess):
    """A worker child process (the real `factstream worker`, or the pass-through app) with /proc readings."""

    def __init__(self, bootstrap: str, prefix: str, workdir: Path, *, passthrough: bool = False,
                 extra_env: dict[str, str] | None = None) -> None:
        super().__init__(bootstrap, prefix, workdir, extra_env)
        self.argv = (["-m", "streams.passthrough"] if passthrough
                     else ["-m", "factstream_cli.cli", "worker", "-l", os.environ.get(WORKER_LOGLEVEL_ENV) or "warn"])

    def start(self) -> BenchWorker:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, *self.argv], env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO),
            start_new_session=True,
        )
        return self

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self.pid)

    def peak_rss_mib(self) -> float:
        return process_peak_rss_mib(self.pid)


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


# --------------------------------------------------------------------------------------------- articles
@dataclass
class SourceArticle:
    record: dict  # the corpus record (id, lang, published_at, title, body, ...)
    claim_keys: list[tuple[int, int, str]]  # (start, end, text) of each claim found offline
    kinds: list[str]


def load_sources(limit: int | None = None) -> tuple[list[dict], str]:
    """Real articles: ../shared/corpus read in place, Arabic and English interleaved; else the seed."""
    directory = corpus_dir()
    files = [directory / "articles_ar.jsonl", directory / "articles_en.jsonl"]
    if all(path.exists() for path in files):
        per_file = []
        for path in files:
            with path.open("rb") as handle:
                per_file.append([orjson.loads(line) for line in handle if line.strip()])
        mixed = [record for pair in itertools.zip_longest(*per_file) for record in pair if record is not None]
        origin = f"{directory} ({len(per_file[0])} ar + {len(per_file[1])} en)"
    else:
        mixed = []
        for path in sorted(SEED_DIR.glob("*.jsonl")):
            with path.open("rb") as handle:
                mixed.extend(orjson.loads(line) for line in handle if line.strip())
        origin = f"{SEED_DIR} (corpus absent)"
    if not mixed:
        raise ValueError("no articles: neither the corpus nor the seed JSONL was found")
    return (mixed[:limit] if limit else mixed), origin


def seed_records() -> list[dict]:
    """The shipped seed article(s): the Kuwait report whose "74 countries" the checkers contradict."""
    records = []
    for path in sorted(SEED_DIR.glob("*.jsonl")):
        with path.open("rb") as handle:
            records.extend(orjson.loads(line) for line in handle if line.strip())
    return records


def mix_in(records: list[dict], extra: list[dict], every: int) -> list[dict]:
    """Every `every`-th record replaced by one of `extra` (cycled): a feed where some articles alert."""
    if every <= 0 or not extra:
        return records
    return [extra[(index // every) % len(extra)] if index % every == every - 1 else record
            for index, record in enumerate(records)]


def analyse_sources(records: list[dict]) -> list[SourceArticle]:
    """Extract each distinct article once, offline: which claims the stream must deliver verdicts for."""
    import claims
    from factstream.articles import article_from_mapping

    analysed = []
    for record in records:
        found = claims.extract_article(article_from_mapping(record))
        analysed.append(SourceArticle(record, [(c.start, c.end, c.text) for c in found], [c.kind for c in found]))
    return analysed


@dataclass
class Planned:
    article_id: str
    key: bytes
    value: bytes
    claim_ids: frozenset[str]


def plan_articles(sources: list[SourceArticle], count: int, tag: str) -> list[Planned]:
    """`count` records cycling over the sources, each with a unique id and the claim ids it must yield."""
    from factstream.models import Claim

    planned = []
    for index in range(count):
        source = sources[index % len(sources)]
        article_id = f"{tag}-{index:06d}-{source.record.get('id', 'article')}"
        record = {**source.record, "id": article_id}
        planned.append(Planned(
            article_id, article_id.encode("utf-8"), orjson.dumps(record),
            frozenset(Claim.make_id(article_id, start, end, text) for start, end, text in source.claim_keys),
        ))
    return planned


def producer(settings: Settings, linger_ms: int = 5):
    from kafka import KafkaProducer

    return KafkaProducer(acks=1, linger_ms=linger_ms, batch_size=256 * 1024, max_request_size=4 * 1024 * 1024,
                         **settings.kafka_python_config())


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every end-to-end benchmark has."""
    parser.add_argument("--partitions", type=int, default=4, help="partitions per topic (default 4)")
    parser.add_argument("--idle-timeout", type=float, default=90.0, help="give up after this long without output")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--workdir", help="keep worker logs and state here (default: a temp dir, removed)")


def produce_in_child(settings: Settings, planned: list[Planned], rate: float | None = None) -> dict[str, int]:
    """produce_burst / produce_paced in a forked process, so that the producer does not share a GIL with
    the collector thread (on a 2-core machine, that sharing alone capped the pass-through figure)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            stamps = produce_paced(settings, planned, rate) if rate else produce_burst(settings, planned)
            sender.send_bytes(orjson.dumps(stamps))
        except BaseException as exc:
            sender.send_bytes(orjson.dumps({"__error__": repr(exc)}))
        finally:
            sender.close()

    process = context.Process(target=child, name="producer", daemon=True)
    process.start()
    sender.close()
    try:
        stamps = orjson.loads(receiver.recv_bytes())
    finally:
        process.join(timeout=60)
    if "__error__" in stamps:
        raise RuntimeError(f"producer failed: {stamps['__error__']}")
    return stamps


def produce_burst(settings: Settings, planned: Iterable[Planned], topic: str = "articles") -> dict[str, int]:
    """Send everything as fast as the client goes; returns article id → record timestamp (ms)."""
    return produce_records(settings, planned, None, topic)


def produce_paced(settings: Settings, planned: list[Planned], rate: float, topic: str = "articles") -> dict[str, int]:
    """Send at `rate` records/s on a fixed schedule (no catching up in bursts beyond the schedule)."""
    return produce_records(settings, planned, rate, topic)


def produce_records(
    settings: Settings, planned: Iterable[Planned], rate: float | None, topic: str
) -> dict[str, int]:
    """Send the planned records, at `rate` per second or as fast as the client goes (rate None); returns article
    id → record timestamp (ms). Paced sends are not lingered on: their timestamps are their send times."""
    client = producer(settings) if rate is None else producer(settings, linger_ms=0)
    stamps: dict[str, int] = {}
    name = settings.topic(topic)
    start = time.monotonic()
    try:
        for index, item in enumerate(planned):
            if rate is not None:
                delay = start + index / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            now = int(time.time() * 1000)
            client.send(name, key=item.key, value=item.value, timestamp_ms=now)
            stamps[item.article_id] = now
        client.flush(timeout=120)
    finally:
        client.close(timeout=10)
    return stamps


# --------------------------------------------------------------------------------------------- collector
@dataclass
class Tracker:
    """Per article: which expected claims have a verdict, when the last arrived, duplicates, alerts."""

    expected: dict[str, frozenset[str]]
    got: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    verdict_ids: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    last_verdict_ms: dict[str, int] = field(default_factory=dict)
    complete_ms: dict[str, int] = field(default_factory=dict)
    alert_ms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    alert_ids: Counter = field(default_factory=Counter)
    # Claim ids whose verdict calls for an alert (alert id = claim id): the run waits for their alerts too.
    alert_statuses: frozenset[str] = field(default_factory=lambda: frozenset(Settings().alert_verdicts))
    alert_worthy: set[str] = field(default_factory=set)
    copy_ms: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    verdicts: int = 0
    conflicts: int = 0
    unexpected: int = 0  # verdicts for claims the offline extraction did not find
    unexpected_examples: list[str] = field(default_factory=list)
    unexpected_articles: set[str] = field(default_factory=set)
    dead_letters: int = 0
    dead_lettered: set[str] = field(default_factory=set)  # measured articles with a dead letter
    foreign: int = 0  # records of other articles (warm-up)
    last_record_monotonic: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.with_claims = sum(1 for ids in self.expected.values() if ids)

    @property
    def completed(self) -> int:
        return len(self.complete_ms)

    def on_verdict(self, value: bytes, ts: int) -> None:
        verdict = orjson.loads(value)
        article_id = verdict["article_id"]
        expected = self.expected.get(article_id)
        if expected is None:
            self.foreign += 1
            return
        self.verdicts += 1
        self.verdict_ids[article_id][verdict["verdict_id"]] += 1
        if verdict["verdict"] == "conflict":
            self.conflicts += 1  # an extra verdict from the conflict detector, not the claim's own
            return
        claim_id = verdict["claim"]["claim_id"]
        if claim_id not in expected:
            self.unexpected += 1
            self.unexpected_articles.add(article_id)
            if len(self.unexpected_examples) < 5:
                claim = verdict["claim"]
                self.unexpected_examples.append(
                    f"{article_id}: {claim.get('kind')} {claim.get('text')!r} at {claim.get('start')} "
                    f"→ {verdict['verdict']}"
                )
            return
        if verdict["verdict"] in self.alert_statuses:
            self.alert_worthy.add(claim_id)
        got = self.got[article_id]
        got.add(claim_id)
        self.last_verdict_ms[article_id] = max(ts, self.last_verdict_ms.get(article_id, 0))
        if article_id not in self.complete_ms and len(got) == len(expected):
            self.complete_ms[article_id] = self.last_verdict_ms[article_id]

    @property
    def alerts_missing(self) -> int:
        """Alert-worthy verdicts seen whose alert has not arrived (yet)."""
        return len(self.alert_worthy - self.alert_ids.keys())

    def on_alert(self, value: bytes, ts: int) -> None:
        alert = orjson.loads(value)
        article_id = alert["verdict"]["article_id"]
        if article_id not in self.expected:
            self.foreign += 1
            return
        self.alert_ids[alert["alert_id"]] += 1
        self.alert_ms[article_id].append(ts)

    def on_dead_letter(self, value: bytes) -> None:
        letter = orjson.loads(value)
        key = letter.get("key")
        if key in self.expected:
            self.dead_letters += 1
            self.dead_lettered.add(key)
        else:
            self.foreign += 1

    def on_copy(self, key: bytes, ts: int) -> None:
        article_id = key.decode("utf-8")
        if article_id not in self.expected:
            self.foreign += 1
            return
        self.copy_ms[article_id].append(ts)
        if article_id not in self.complete_ms:
            self.complete_ms[article_id] = ts

    def duplicate_verdicts(self) -> tuple[int, int]:
        """(verdict ids seen more than once, articles with any such verdict)."""
        duplicated = [sum(1 for n in ids.values() if n > 1) for ids in self.verdict_ids.values()]
        return sum(duplicated), sum(1 for n in duplicated if n)


class Collector(threading.Thread):
    """Reads output topics from the beginning in a background thread and feeds a Tracker."""

    def __init__(self, settings: Settings, tracker: Tracker, topics: list[str]) -> None:
        super().__init__(daemon=True, name="collector")
        self.settings = settings
        self.tracker = tracker
        self.topics = topics
        self.halt = threading.Event()
        self.ready = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        # aiokafka decodes record batches in C: a fraction of kafka-python's CPU on the same records, which
        # matters when the benchmark shares two cores with the worker and the broker.
        import asyncio

        try:
            asyncio.run(self._consume())
        except BaseException as exc:
            self.error = exc
        finally:
            self.ready.set()

    async def _consume(self) -> None:
        import logging

        from aiokafka import AIOKafkaConsumer

        # Topics created a moment ago make aiokafka warn until metadata catches up: noise here.
        logging.getLogger("aiokafka").setLevel(logging.ERROR)

        from streams.topics import aiokafka_config

        names = {self.settings.topic(t): t for t in self.topics}
        consumer = AIOKafkaConsumer(*names, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False,
                                    fetch_max_bytes=64 * 1024 * 1024, max_partition_fetch_bytes=8 * 1024 * 1024,
                                    # A topic missing from the first metadata (just created) would otherwise be
                                    # picked up only at the next refresh, 5 minutes later by default.
                                    metadata_max_age_ms=1000,
                                    **aiokafka_config(self.settings))
        await consumer.start()
        self.ready.set()
        tracker = self.tracker
        try:
            while not self.halt.is_set():
                batches = await consumer.getmany(timeout_ms=200, max_records=5000)
                for tp, records in batches.items():
                    kind = names[tp.topic]
                    for record in records:
                        if record.value is None:
                            continue
                        if kind == "verdicts":
                            tracker.on_verdict(record.value, record.timestamp)
                        elif kind == "alerts":
                            tracker.on_alert(record.value, record.timestamp)
                        elif kind == "passthrough":
                            tracker.on_copy(record.key, record.timestamp)
                        elif kind == "deadletter":
                            tracker.on_dead_letter(record.value)
                    if records:
                        tracker.last_record_monotonic = time.monotonic()
        finally:
            await consumer.stop()

    def stop(self) -> None:
        self.halt.set()
        self.join(timeout=30)


def wait_complete(tracker: Tracker, target: int, *, idle_timeout: float, progress_every: float = 10.0,
                  label: str = "") -> bool:
    """Wait until `target` articles are complete; False when no output arrived for `idle_timeout` s."""
    last_print = time.monotonic()
    while tracker.completed < target:
        now = time.monotonic()
        if now - tracker.last_record_monotonic > idle_timeout:
            return False
        if now - last_print >= progress_every:
            print(f"#   {label} {tracker.completed}/{target} articles complete", flush=True)
            last_print = now
        time.sleep(0.1)
    return True


# --------------------------------------------------------------------------------------------- phases
WARMUP_ARTICLES = 8


@dataclass
class PhaseResult:
    label: str
    mode: str
    workers: int
    partitions: int
    articles: int
    with_claims: int
    completed: int
    seconds: float
    rate: float
    latency: dict[str, float]
    alert_latency: dict[str, float]
    alerts: int
    duplicate_alerts: int
    alerts_missing: int
    verdicts: int
    conflicts: int
    duplicate_verdicts: int
    articles_with_duplicates: int
    unexpected_verdicts: int
    lost: list[str]
    dead_letters: int
    dead_lettered_articles: int
    consumed: int
    produced_total: int
    worker_peak_rss_mib: list[float]
    worker_cpu_s: list[float]
    broker_cpu_s: float
    bench_cpu_s: float
    events: list[str]

    def summary_lines(self) -> list[str]:
        unit = "copies" if self.mode == "passthrough" else "articles with all verdicts"
        lines = [
            f"{self.label}: {self.articles} articles in {self.seconds:.1f} s = {self.rate:.0f} articles/s "
            f"({self.completed}/{self.with_claims} {unit})",
            f"  latency produce → {'copy' if self.mode == 'passthrough' else 'last verdict'}: "
            f"{format_latency(self.latency)}",
        ]
        if self.mode != "passthrough":
            lines.append(f"  verdicts {self.verdicts} (conflict {self.conflicts}), duplicate verdict ids "
                         f"{self.duplicate_verdicts} in {self.articles_with_duplicates} articles, unexpected "
                         f"{self.unexpected_verdicts}, lost articles {len(self.lost)}, "
                         f"dead letters {self.dead_letters} (articles {self.dead_lettered_articles})")
            if self.alerts or self.alerts_missing:
                lines.append(f"  alerts {self.alerts} (duplicates {self.duplicate_alerts}, alert-worthy verdicts "
                             f"without an alert {self.alerts_missing}); produce → alert: "
                             f"{format_latency(self.alert_latency)}")
        if self.worker_cpu_s and sum(self.worker_cpu_s) > 0:
            per_article = 1000 * sum(self.worker_cpu_s) / self.articles
            lines.append(f"  worker CPU {per_article:.1f} ms per article = {1000 / per_article:.0f} articles per "
                         f"worker-CPU-second (independent of what else the machine runs); broker "
                         f"{1000 * self.broker_cpu_s / self.articles:.1f} ms per article")
        lines.append(f"  consumed (committed offsets) {self.consumed}/{self.produced_total} records on articles; "
                     f"worker peak RSS {', '.join(f'{v:.0f}' for v in self.worker_peak_rss_mib)} MiB; CPU s: "
                     f"worker {', '.join(f'{v:.1f}' for v in self.worker_cpu_s)}, broker {self.broker_cpu_s:.1f}, "
                     f"bench {self.bench_cpu_s:.1f}")
        lines.extend(f"  {event}" for event in self.events)
        return lines


def run_phase(
    broker: BrokerHandle,
    workdir: Path,
    sources: list[SourceArticle],
    count: int,
    *,
    mode: str = "pipeline",
    workers: int = 1,
    partitions: int = 4,
    rate: float | None = None,
    join_at: float | None = None,
    leave_at: float | None = None,
    idle_timeout: float = 90.0,
    label: str | None = None,
) -> PhaseResult:
    """One measured run on fresh topics: start workers, warm up, produce `count` articles, wait for the output.

    rate: articles/s for a paced producer (None = as fast as possible). join_at / leave_at: fractions of the
    articles complete at which a second worker joins / the first worker leaves (SIGTERM), for rebalances.
    """
    label = label or f"{mode} x{workers}"
    passthrough = mode == "passthrough"
    prefix = new_prefix(mode)
    settings = settings_for(broker.bootstrap, prefix, partitions)
    from streams.passthrough import SINK_TOPIC, SOURCE_TOPIC
    from streams.topics import ensure_topics

    ensure_topics(settings, [SOURCE_TOPIC, SINK_TOPIC] if passthrough else None)

    with_claims_sources = [s for s in sources if s.claim_keys] or sources
    warm = plan_articles(with_claims_sources, WARMUP_ARTICLES, f"{prefix}warm")
    measured = plan_articles(sources, count, f"{prefix}m")
    expected = {p.article_id: (frozenset({p.article_id}) if passthrough else p.claim_ids) for p in [*warm, *measured]}
    tracker = Tracker(expected)
    topics = ["passthrough"] if passthrough else ["verdicts", "alerts", "deadletter"]
    collector = Collector(settings, tracker, topics)
    collector.start()
    collector.ready.wait(60)
    if collector.error:
        raise RuntimeError(f"collector failed: {collector.error!r}")

    def new_worker() -> BenchWorker:
        return BenchWorker(broker.bootstrap, prefix, workdir, passthrough=passthrough,
                           extra_env={"FACTSTREAM_PARTITIONS": str(partitions)}).start()

    running: list[BenchWorker] = []
    events: list[str] = []
    try:
        # One at a time, each settled in the group before the next joins: simultaneous joins on a loaded
        # machine sent the group into rebalance loops that stalled the warm-up for minutes.
        for _ in range(workers):
            running.append(new_worker())
            running[-1].wait_ready(timeout=180)
            wait_group_members(settings, len(running), timeout=300)
        warm_target = sum(1 for p in warm if expected[p.article_id])
        produce_burst(settings, warm)
        tracker.last_record_monotonic = time.monotonic()
        if not wait_complete(tracker, warm_target, idle_timeout=300, label=f"{label} warm-up"):
            raise RuntimeError(f"warm-up did not complete:\n{running[0].log_tail()}")
        # The counters below describe the measured articles only.
        tracker.verdicts = tracker.conflicts = tracker.unexpected = tracker.dead_letters = 0
        tracker.dead_lettered.clear()

        cpu_before = [w.cpu_seconds() for w in running]
        broker_before = process_cpu_seconds(broker.pid)
        self_before = self_cpu_seconds()
        stamps: dict[str, int] = {}

        def produce() -> None:
            stamps.update(produce_in_child(settings, measured, rate))

        producer_thread = threading.Thread(target=produce, name="producer", daemon=True)
        measure_start = time.monotonic()
        producer_thread.start()
        target = warm_target + sum(1 for p in measured if expected[p.article_id])
        measured_target = target - warm_target
        last_print = time.monotonic()
        finished = True
        tracker.last_record_monotonic = time.monotonic()
        def pending() -> bool:
            # Alerts take two more hops than verdicts: a run ends when they have arrived too.
            all_verdicts = tracker.completed + len(tracker.dead_lettered) >= target
            return not all_verdicts or producer_thread.is_alive() or (not passthrough and tracker.alerts_missing > 0)

        while pending():
            now = time.monotonic()
            done = tracker.completed - warm_target
            if join_at is not None and len(running) == workers and done >= join_at * measured_target:
                running.append(new_worker())
                cpu_before.append(0.0)
                events.append(f"worker 2 joined at {done}/{measured_target} articles "
                              f"({now - measure_start:.1f} s)")
            if leave_at is not None and running[0].process and running[0].process.poll() is None \
                    and done >= leave_at * measured_target:
                events.append(f"worker 1 left (SIGTERM) at {done}/{measured_target} articles "
                              f"({now - measure_start:.1f} s); peak RSS {running[0].peak_rss_mib():.0f} MiB")
                running[0].stop()
            if not producer_thread.is_alive() and now - tracker.last_record_monotonic > idle_timeout:
                finished = False
                break
            if now - last_print >= 15:
                print(f"#   {label}: {done}/{measured_target} complete after {now - measure_start:.0f} s", flush=True)
                last_print = now
            time.sleep(0.05)
        if not finished:
            events.append(f"gave up: no output for {idle_timeout:.0f} s")
        # Late duplicates (redelivery after a rebalance) and the final offset commit arrive after the last verdict.
        consumed, produced_total = 0, 0
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            time.sleep(1.0)
            consumed, produced_total = committed_vs_end(settings, "articles")
            if consumed >= produced_total:
                break
        worker_rss = [w.peak_rss_mib() for w in running if w.process and w.process.poll() is None]
        worker_cpu = [w.cpu_seconds() - before for w, before in zip(running, cpu_before, strict=True)
                      if w.process and w.process.poll() is None]
        broker_cpu = process_cpu_seconds(broker.pid) - broker_before
        bench_cpu = self_cpu_seconds() - self_before
    finally:
        for worker in running:
            worker.stop()
        collector.stop()

    measured_ids = [p.article_id for p in measured]
    first = min(stamps.values())
    completions = [tracker.complete_ms[a] for a in measured_ids if a in tracker.complete_ms]
    last = max(completions) if completions else first
    seconds = max(0.001, (last - first) / 1000)
    latency = latency_summary(tracker.complete_ms[a] - stamps[a] for a in measured_ids if a in tracker.complete_ms)
    alert_latency = latency_summary(
        ts - stamps[a] for a in measured_ids for ts in tracker.alert_ms.get(a, ())
    )
    duplicates, duplicate_articles = tracker.duplicate_verdicts()
    incomplete = [p.article_id for p in measured if expected[p.article_id] and p.article_id not in tracker.complete_ms
                  and p.article_id not in tracker.dead_lettered]
    # An article whose verdicts name claims the bench's extraction did not find was extracted differently by
    # the worker (the claims code changed between the two imports, as happens in a shared checkout): its
    # missing verdicts are claims the worker never saw, not lost messages.
    mismatched = [a for a in incomplete if a in tracker.unexpected_articles]
    lost = [a for a in incomplete if a not in tracker.unexpected_articles]
    if mismatched:
        events.append(f"{len(mismatched)} incomplete articles were extracted differently by the worker "
                      "(verdicts for claims the bench did not find): not counted as lost")
    return PhaseResult(
        label=label, mode=mode, workers=workers, partitions=partitions, articles=count,
        with_claims=measured_target, completed=len(completions), seconds=seconds, rate=count / seconds,
        latency=latency, alert_latency=alert_latency,
        alerts=sum(len(tracker.alert_ms.get(a, ())) for a in measured_ids),
        duplicate_alerts=sum(n - 1 for n in tracker.alert_ids.values() if n > 1),
        alerts_missing=tracker.alerts_missing,
        verdicts=tracker.verdicts, conflicts=tracker.conflicts, duplicate_verdicts=duplicates,
        articles_with_duplicates=duplicate_articles, unexpected_verdicts=tracker.unexpected, lost=lost,
        dead_letters=tracker.dead_letters, dead_lettered_articles=len(tracker.dead_lettered),
        consumed=consumed, produced_total=produced_total,
        worker_peak_rss_mib=worker_rss, worker_cpu_s=worker_cpu, broker_cpu_s=broker_cpu, bench_cpu_s=bench_cpu,
        events=events + [f"unexpected verdict: {example}" for example in tracker.unexpected_examples],
    )


def result_dict(result: PhaseResult) -> dict[str, Any]:
    from dataclasses import asdict

    payload = asdict(result)
    payload["lost"] = result.lost[:20]
    payload["lost_count"] = len(result.lost)
    return payload


# --------------------------------------------------------------------------------------------- figures
def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(fraction * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


def latency_summary(values_ms: Iterable[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    return {
        "n": len(ordered),
        "p50_ms": percentile(ordered, 0.50),
        "p95_ms": percentile(ordered, 0.95),
        "p99_ms": percentile(ordered, 0.99),
        "max_ms": ordered[-1] if ordered else float("nan"),
    }


def format_latency(summary: dict[str, float]) -> str:
    return (f"p50 {summary['p50_ms']:.0f} ms · p95 {summary['p95_ms']:.0f} ms · p99 {summary['p99_ms']:.0f} ms"
            f" · max {summary['max_ms']:.0f} ms (n={summary['n']})")


def median(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def write_json(path: str | None, payload: dict) -> None:
    if path:
        Path(path).write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY))
        print(f"# figures written to {path}")


__all__ = [
    "BenchWorker",
    "BrokerHandle",
    "Collector",
    "Planned",
    "SourceArticle",
    "Tracker",
    "add_common_arguments",
    "analyse_sources",
    "bench_broker",
    "committed_vs_end",
    "free_port",
    "latency_summary",
    "load_sources",
    "machine_description",
    "median",
    "mix_in",
    "new_prefix",
    "percentile",
    "plan_articles",
    "print_machine",
    "process_cpu_seconds",
    "process_peak_rss_mib",
    "produce_burst",
    "produce_in_child",
    "produce_paced",
    "seed_records",
    "self_cpu_seconds",
    "settings_for",
    "wait_complete",
    "wait_group_members",
    "work_dir",
    "write_json",
]
