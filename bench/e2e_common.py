"""What the end-to-end benchmarks share: a broker of their own, real articles, worker processes, a producer
that stamps every record, and a collector that follows the output topics and tells when each article is done.

Timing comes from Kafka record timestamps (CreateTime): the article's is set by our producer at send, a
verdict's or alert's by the worker's producer when it sends. Both clocks are this machine's, so latency is
"produce → the worker sent the output", not when this process happened to read it.

An article is complete when a verdict has arrived for every claim that `claims.extract_article` finds in it
offline (claim ids are derived from article id and offsets, so they are known in advance). Articles with
no claim produce nothing downstream: they count in the article rate (they were produced and consumed) but
not in the latency figures; the committed offsets of the worker's group show that they were consumed.

This module gathers them for the benchmark scripts; each part lives in its own module: e2e_processes (this
machine, the worker processes and /proc readings), e2e_broker (the broker, topics, the group and its offsets),
e2e_feed (articles and the producer), e2e_collect (the collector and the tracker that decides completion),
e2e_phase (one measured phase, step by step) and e2e_report (the phase's figures and JSON).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `python bench/bench_e2e.py` from a clean clone, without PYTHONPATH
    sys.path.insert(0, str(REPO))

from bench.e2e_broker import (  # noqa: E402
    BROKER_ENV,
    BrokerHandle,
    bench_broker,
    committed_vs_end,
    new_prefix,
    settings_for,
    wait_group_members,
)
from bench.e2e_collect import Collector, Tracker, wait_complete  # noqa: E402
from bench.e2e_feed import (  # noqa: E402
    SEED_DIR,
    Planned,
    SourceArticle,
    analyse_sources,
    load_sources,
    mix_in,
    plan_articles,
    produce_burst,
    produce_in_child,
    produce_paced,
    produce_records,
    producer,
    seed_records,
)
from bench.e2e_phase import WARMUP_ARTICLES, run_phase  # noqa: E402
from bench.e2e_processes import (  # noqa: E402
    CLOCK_TICKS,
    WORKER_LOGLEVEL_ENV,
    BenchWorker,
    machine_description,
    print_machine,
    process_cpu_seconds,
    process_peak_rss_mib,
    self_cpu_seconds,
    work_dir,
)
from bench.e2e_report import (  # noqa: E402
    PhaseResult,
    format_latency,
    latency_summary,
    median,
    percentile,
    result_dict,
    write_json,
)
from tests.integration.harness import free_port  # noqa: E402


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every end-to-end benchmark has."""
    parser.add_argument("--partitions", type=int, default=4, help="partitions per topic (default 4)")
    parser.add_argument("--idle-timeout", type=float, default=90.0, help="give up after this long without output")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--workdir", help="keep worker logs and state here (default: a temp dir, removed)")


__all__ = [
    "BROKER_ENV",
    "CLOCK_TICKS",
    "REPO",
    "SEED_DIR",
    "WARMUP_ARTICLES",
    "WORKER_LOGLEVEL_ENV",
    "BenchWorker",
    "BrokerHandle",
    "Collector",
    "PhaseResult",
    "Planned",
    "SourceArticle",
    "Tracker",
    "add_common_arguments",
    "analyse_sources",
    "bench_broker",
    "committed_vs_end",
    "format_latency",
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
    "produce_records",
    "producer",
    "result_dict",
    "run_phase",
    "seed_records",
    "self_cpu_seconds",
    "settings_for",
    "wait_complete",
    "wait_group_members",
    "work_dir",
    "write_json",
]
