"""End to end on a real broker: the pipeline worker against a pass-through Faust worker, same data, same run.

    python bench/bench_e2e.py                  # 20,000 articles (defaults), its own broker
    python bench/bench_e2e.py --articles 3000  # a quick run

Prints sustained articles/s (first produce → last verdict), latency produce → an article's last verdict
(p50/p95/p99), the worker's peak RSS, and pipeline ÷ pass-through. See bench/e2e_common.py for what counts.
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
    median,
    print_machine,
    result_dict,
    run_phase,
    work_dir,
    write_json,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000, help="articles per run (default 20000)")
    parser.add_argument("--repeat", type=int, default=1, help="pass-through/pipeline pairs; medians reported")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    if args.articles < 1 or args.repeat < 1:
        parser.error("--articles and --repeat must be at least 1")

    machine = print_machine()
    records, origin = load_sources(limit=args.articles)
    started = time.monotonic()
    sources = analyse_sources(records)
    print(f"# {len(sources)} distinct articles from {origin}, cycled to {args.articles}; "
          f"{sum(len(s.claim_keys) for s in sources)} claims found offline in {time.monotonic() - started:.1f} s; "
          f"{sum(1 for s in sources if not s.claim_keys)} have none", flush=True)

    results = {"passthrough": [], "pipeline": []}
    with bench_broker() as broker, work_dir(args.workdir) as work:
        for round_index in range(args.repeat):
            for mode in ("passthrough", "pipeline"):
                result = run_phase(broker, Path(work), sources, args.articles, mode=mode,
                                   partitions=args.partitions, idle_timeout=args.idle_timeout,
                                   label=f"{mode} (round {round_index + 1})")
                results[mode].append(result)
                print("\n".join(result.summary_lines()), flush=True)

    passthrough_rate = median([r.rate for r in results["passthrough"]])
    pipeline_rate = median([r.rate for r in results["pipeline"]])
    pipeline = results["pipeline"]
    print()
    print(f"pass-through: {passthrough_rate:.0f} articles/s (median of {args.repeat})")
    print(f"pipeline:     {pipeline_rate:.0f} articles/s (median of {args.repeat}); "
          f"latency p50 {median([r.latency['p50_ms'] for r in pipeline]):.0f} ms, "
          f"p95 {median([r.latency['p95_ms'] for r in pipeline]):.0f} ms, "
          f"p99 {median([r.latency['p99_ms'] for r in pipeline]):.0f} ms; "
          f"worker peak RSS {max(max(r.worker_peak_rss_mib, default=0) for r in pipeline):.0f} MiB")
    ratio = pipeline_rate / passthrough_rate if passthrough_rate else float("nan")
    print(f"pipeline ÷ pass-through: {ratio:.1%} (target >= 50%)")
    cpu = {mode: median([1000 * sum(r.worker_cpu_s) / r.articles for r in runs]) for mode, runs in results.items()}
    cpu_ratio = cpu["passthrough"] / cpu["pipeline"] if cpu["pipeline"] else float("nan")
    print(f"worker CPU per article: pass-through {cpu['passthrough']:.2f} ms, pipeline {cpu['pipeline']:.2f} ms; "
          f"by CPU, pipeline ÷ pass-through = {cpu_ratio:.1%} (what a core that is not shared would show)")
    write_json(args.json, {
        "machine": machine, "articles": args.articles, "source": origin,
        "passthrough_rate": passthrough_rate, "pipeline_rate": pipeline_rate, "ratio": ratio,
        "worker_cpu_ms_per_article": cpu, "cpu_ratio": cpu_ratio,
        "runs": {mode: [result_dict(r) for r in runs] for mode, runs in results.items()},
    })
    return 0


if __name__ == "__main__":
    sys.exit(main())
