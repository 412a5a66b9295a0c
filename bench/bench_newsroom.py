"""Newsroom rate: a paced feed (default 100 articles/s for 60 s) into one worker; latency to alert and verdict.

    python bench/bench_newsroom.py                       # 100 articles/s for 60 s
    python bench/bench_newsroom.py --rate 50 --duration 20

Every 20th article (--seed-every) is the shipped seed article, whose "74 countries on 11 September 2014"
the checkers contradict, so that alerts flow at a known rate; the rest are real articles from the corpus.
Latency is from the article's produce time to the `alerts` record (per alert) and to the article's last
verdict (per article with claims), both from Kafka record timestamps. Target: p99 <= 250 ms at 100/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.e2e_common import (
    add_common_arguments,
    analyse_sources,
    bench_broker,
    load_sources,
    mix_in,
    print_machine,
    result_dict,
    run_phase,
    seed_records,
    work_dir,
    write_json,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=100.0, help="articles per second (default 100)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of feed (default 60)")
    parser.add_argument("--seed-every", type=int, default=20,
                        help="every Nth article is the seed article, whose wrong count alerts (default 20; 0 = none)")
    parser.add_argument("--no-passthrough", action="store_true",
                        help="skip the same paced feed through the pass-through worker (the framework's own latency)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    if args.rate <= 0 or args.duration <= 0:
        parser.error("--rate and --duration must be positive")
    count = max(1, round(args.rate * args.duration))

    machine = print_machine()
    records, origin = load_sources(limit=count)
    records = mix_in(records, seed_records(), args.seed_every)
    started = time.monotonic()
    sources = analyse_sources(records)
    print(f"# {count} articles ({len(sources)} distinct) from {origin} at {args.rate:g}/s for {args.duration:g} s, "
          f"every {args.seed_every}th the seed article (alerts); offline extraction "
          f"{time.monotonic() - started:.1f} s", flush=True)

    with bench_broker() as broker, work_dir(args.workdir) as work:
        baseline = None
        if not args.no_passthrough:
            baseline = run_phase(broker, Path(work), sources, count, mode="passthrough", rate=args.rate,
                                 partitions=args.partitions, idle_timeout=args.idle_timeout,
                                 label=f"pass-through {args.rate:g}/s x {args.duration:g} s")
            print("\n".join(baseline.summary_lines()), flush=True)
        result = run_phase(broker, Path(work), sources, count, rate=args.rate, workers=args.workers,
                           partitions=args.partitions, idle_timeout=args.idle_timeout,
                           label=f"newsroom {args.rate:g}/s x {args.duration:g} s")
    print("\n".join(result.summary_lines()))
    print()
    print(f"produce → alert:        {_p99(result.alert_latency)}  ({result.alerts} alerts)")
    print(f"produce → last verdict: {_p99(result.latency)}  ({result.completed} articles with claims)")
    if baseline is not None:
        print(f"pass-through, same feed, produce → copy: {_p99(baseline.latency)}")
    print(f"target: p99 <= 250 ms at 100 articles/s; the worker kept up: "
          f"{'yes' if result.rate >= 0.95 * args.rate else 'no'} ({result.rate:.0f} articles/s sustained)")
    write_json(args.json, {"machine": machine, "rate": args.rate, "duration": args.duration, "source": origin,
                           "run": result_dict(result),
                           "passthrough": result_dict(baseline) if baseline is not None else None})
    return 0


def _p99(summary: dict) -> str:
    return (f"p50 {summary['p50_ms']:.0f} ms · p95 {summary['p95_ms']:.0f} ms · p99 {summary['p99_ms']:.0f} ms · "
            f"max {summary['max_ms']:.0f} ms")


if __name__ == "__main__":
    sys.exit(main())
