"""One measured phase of an end-to-end benchmark, step by step: fresh topics and the articles planned for them,
a collector, workers settled in their group, a warm-up, the measured articles produced while the run waits for
them to complete (a worker joining or leaving on cue), then the readings and the figures of the phase."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.e2e_broker import BrokerHandle, committed_vs_end, new_prefix, settings_for, wait_group_members
from bench.e2e_collect import Collector, Tracker, wait_complete
from bench.e2e_feed import Planned, SourceArticle, plan_articles, produce_burst, produce_in_child
from bench.e2e_processes import BenchWorker, process_cpu_seconds, self_cpu_seconds
from bench.e2e_report import PhaseResult, latency_summary
from factstream.settings import Settings

WARMUP_ARTICLES = 8


@dataclass
class PhasePlan:
    """The fresh topics of one phase and the articles it sends: the warm-up ones, then the measured ones."""

    mode: str
    prefix: str
    settings: Settings
    warm: list[Planned]
    measured: list[Planned]
    expected: dict[str, frozenset[str]]  # article id → what completes it (its claim ids; in pass-through, itself)

    @property
    def passthrough(self) -> bool:
        return self.mode == "passthrough"

    def with_output(self, planned: list[Planned]) -> int:
        """How many of these articles the stream must complete (those without claims yield nothing)."""
        return sum(1 for p in planned if self.expected[p.article_id])


def plan_phase(broker: BrokerHandle, sources: list[SourceArticle], count: int, mode: str,
               partitions: int) -> PhasePlan:
    """Topics under a new prefix, and the warm-up and measured articles with the output each must yield."""
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
    return PhasePlan(mode, prefix, settings, warm, measured, expected)


def start_collector(plan: PhasePlan, tracker: Tracker) -> Collector:
    topics = ["passthrough"] if plan.passthrough else ["verdicts", "alerts", "deadletter"]
    collector = Collector(plan.settings, tracker, topics)
    collector.start()
    collector.ready.wait(60)
    if collector.error:
        raise RuntimeError(f"collector failed: {collector.error!r}")
    return collector


@dataclass
class WorkerPool:
    """The phase's worker processes, with the CPU time each had used when the measurement began."""

    broker: BrokerHandle
    workdir: Path
    plan: PhasePlan
    partitions: int
    running: list[BenchWorker] = field(default_factory=list)
    cpu_before: list[float] = field(default_factory=list)

    def add(self) -> BenchWorker:
        worker = BenchWorker(self.broker.bootstrap, self.plan.prefix, self.workdir, passthrough=self.plan.passthrough,
                             extra_env={"FACTSTREAM_PARTITIONS": str(self.partitions)}).start()
        self.running.append(worker)
        return worker

    def start_settled(self, workers: int) -> None:
        # One at a time, each settled in the group before the next joins: simultaneous joins on a loaded
        # machine sent the group into rebalance loops that stalled the warm-up for minutes.
        for _ in range(workers):
            self.add().wait_ready(timeout=180)
            wait_group_members(self.plan.settings, len(self.running), timeout=300)

    def mark_cpu(self) -> None:
        self.cpu_before = [w.cpu_seconds() for w in self.running]

    def join_during_measurement(self) -> None:
        self.add()
        self.cpu_before.append(0.0)

    def first_is_running(self) -> bool:
        first = self.running[0]
        return bool(first.process and first.process.poll() is None)

    def stop_all(self) -> None:
        for worker in self.running:
            worker.stop()


def warm_up(plan: PhasePlan, tracker: Tracker, pool: WorkerPool, label: str) -> int:
    """Send the warm-up articles and wait until they are complete; returns how many had output to complete."""
    warm_target = plan.with_output(plan.warm)
    produce_burst(plan.settings, plan.warm)
    tracker.last_record_monotonic = time.monotonic()
    if not wait_complete(tracker, warm_target, idle_timeout=300, label=f"{label} warm-up"):
        raise RuntimeError(f"warm-up did not complete:\n{pool.running[0].log_tail()}")
    # The counters below describe the measured articles only.
    tracker.verdicts = tracker.conflicts = tracker.unexpected = tracker.dead_letters = 0
    tracker.dead_lettered.clear()
    return warm_target


@dataclass
class RebalanceCues:
    """When a second worker joins / the first one leaves: fractions of the measured articles complete."""

    workers: int
    join_at: float | None
    leave_at: float | None

    def apply(self, pool: WorkerPool, done: int, measured_target: int, elapsed: float, events: list[str]) -> None:
        if self.join_at is not None and len(pool.running) == self.workers and done >= self.join_at * measured_target:
            pool.join_during_measurement()
            events.append(f"worker 2 joined at {done}/{measured_target} articles ({elapsed:.1f} s)")
        if self.leave_at is not None and pool.first_is_running() and done >= self.leave_at * measured_target:
            events.append(f"worker 1 left (SIGTERM) at {done}/{measured_target} articles "
                          f"({elapsed:.1f} s); peak RSS {pool.running[0].peak_rss_mib():.0f} MiB")
            pool.running[0].stop()


def produce_and_wait(plan: PhasePlan, tracker: Tracker, pool: WorkerPool, warm_target: int, cues: RebalanceCues,
                     *, rate: float | None, idle_timeout: float, label: str,
                     events: list[str]) -> tuple[dict[str, int], int]:
    """Produce the measured articles (in a child process) and wait until every one is complete, dead-lettered, or
    no output came for `idle_timeout` s. Returns article id → produce timestamp, and how many had output."""
    stamps: dict[str, int] = {}

    def produce() -> None:
        stamps.update(produce_in_child(plan.settings, plan.measured, rate))

    producer_thread = threading.Thread(target=produce, name="producer", daemon=True)
    measure_start = time.monotonic()
    producer_thread.start()
    target = warm_target + plan.with_output(plan.measured)
    measured_target = target - warm_target
    last_print = time.monotonic()
    finished = True
    tracker.last_record_monotonic = time.monotonic()

    def pending() -> bool:
        # Alerts take two more hops than verdicts: a run ends when they have arrived too.
        all_verdicts = tracker.completed + len(tracker.dead_lettered) >= target
        return not all_verdicts or producer_thread.is_alive() or (not plan.passthrough and tracker.alerts_missing > 0)

    while pending():
        now = time.monotonic()
        done = tracker.completed - warm_target
        cues.apply(pool, done, measured_target, now - measure_start, events)
        if not producer_thread.is_alive() and now - tracker.last_record_monotonic > idle_timeout:
            finished = False
            break
        if now - last_print >= 15:
            print(f"#   {label}: {done}/{measured_target} complete after {now - measure_start:.0f} s", flush=True)
            last_print = now
        time.sleep(0.05)
    if not finished:
        events.append(f"gave up: no output for {idle_timeout:.0f} s")
    return stamps, measured_target


@dataclass
class Readings:
    """What the phase used and consumed: committed offsets, and /proc readings since the measurement began."""

    consumed: int
    produced_total: int
    worker_rss: list[float]
    worker_cpu: list[float]
    broker_cpu: float
    bench_cpu: float


def wait_offsets_committed(settings: Settings) -> tuple[int, int]:
    """(committed, end) offsets on `articles`, once they meet or after 15 s."""
    # Late duplicates (redelivery after a rebalance) and the final offset commit arrive after the last verdict.
    consumed, produced_total = 0, 0
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        time.sleep(1.0)
        consumed, produced_total = committed_vs_end(settings, "articles")
        if consumed >= produced_total:
            break
    return consumed, produced_total


def take_readings(plan: PhasePlan, pool: WorkerPool, broker: BrokerHandle, broker_before: float,
                  self_before: float) -> Readings:
    consumed, produced_total = wait_offsets_committed(plan.settings)
    running = pool.running
    worker_rss = [w.peak_rss_mib() for w in running if w.process and w.process.poll() is None]
    worker_cpu = [w.cpu_seconds() - before for w, before in zip(running, pool.cpu_before, strict=True)
                  if w.process and w.process.poll() is None]
    broker_cpu = process_cpu_seconds(broker.pid) - broker_before
    bench_cpu = self_cpu_seconds() - self_before
    return Readings(consumed, produced_total, worker_rss, worker_cpu, broker_cpu, bench_cpu)


def phase_result(plan: PhasePlan, tracker: Tracker, stamps: dict[str, int], readings: Readings, *, label: str,
                 workers: int, partitions: int, measured_target: int, events: list[str]) -> PhaseResult:
    """The figures of the measured articles: rate, latencies, duplicates, and which articles were lost."""
    measured, expected = plan.measured, plan.expected
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
    count = len(measured)
    return PhaseResult(
        label=label, mode=plan.mode, workers=workers, partitions=partitions, articles=count,
        with_claims=measured_target, completed=len(completions), seconds=seconds, rate=count / seconds,
        latency=latency, alert_latency=alert_latency,
        alerts=sum(len(tracker.alert_ms.get(a, ())) for a in measured_ids),
        duplicate_alerts=sum(n - 1 for n in tracker.alert_ids.values() if n > 1),
        alerts_missing=tracker.alerts_missing,
        verdicts=tracker.verdicts, conflicts=tracker.conflicts, duplicate_verdicts=duplicates,
        articles_with_duplicates=duplicate_articles, unexpected_verdicts=tracker.unexpected, lost=lost,
        dead_letters=tracker.dead_letters, dead_lettered_articles=len(tracker.dead_lettered),
        consumed=readings.consumed, produced_total=readings.produced_total,
        worker_peak_rss_mib=readings.worker_rss, worker_cpu_s=readings.worker_cpu,
        broker_cpu_s=readings.broker_cpu, bench_cpu_s=readings.bench_cpu,
        events=events + [f"unexpected verdict: {example}" for example in tracker.unexpected_examples],
    )


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
    plan = plan_phase(broker, sources, count, mode, partitions)
    tracker = Tracker(plan.expected)
    collector = start_collector(plan, tracker)
    pool = WorkerPool(broker, workdir, plan, partitions)
    events: list[str] = []
    try:
        pool.start_settled(workers)
        warm_target = warm_up(plan, tracker, pool, label)
        pool.mark_cpu()
        broker_before = process_cpu_seconds(broker.pid)
        self_before = self_cpu_seconds()
        stamps, measured_target = produce_and_wait(
            plan, tracker, pool, warm_target, RebalanceCues(workers, join_at, leave_at),
            rate=rate, idle_timeout=idle_timeout, label=label, events=events,
        )
        readings = take_readings(plan, pool, broker, broker_before, self_before)
    finally:
        pool.stop_all()
        collector.stop()
    return phase_result(plan, tracker, stamps, readings, label=label, workers=workers, partitions=partitions,
                        measured_target=measured_target, events=events)
