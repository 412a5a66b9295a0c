"""The figures of a measured phase: its result with the summary lines the benchmarks print, latency
percentiles, and the JSON they write."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson


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

