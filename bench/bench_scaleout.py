"""Scale-out: the pipeline with 1 and with 2 worker processes on topics with 4 partitions, same data.

    python bench/bench_scaleout.py                  # 20,000 articles per run (defaults)
    python bench/bench_scaleout.py --articles 3000  # a quick run

Three runs on one broker: (1) one worker; (2) two workers, both in the group before the first article;
(3) a rebalance run: one worker starts, a second joins when a third of the articles are complete, and the
first leaves (SIGTERM) at two thirds. Every run checks that no article is lost (every claim found offline
has a verdict) and that no article yields a verdict id twice; the counts are printed.
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
    print_machine,
    result_dict,
    run_phase,
    work_dir,
    write_json,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000, help="articles per run (default 20000)")
    parser.add_argument("--runs", default="1,2,rebalance",
                        help="which runs, comma-separated from 1, 2, rebalance (default all three)")
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")

    machine = print_machine()
    records, origin = load_sources(limit=args.articles)
    started = time.monotonic()
    sources = analyse_sources(records)
    print(f"# {len(sources)} distinct articles from {origin}, cycled to {args.articles}; "
          f"offline extraction {time.monotonic() - started:.1f} s", flush=True)

    runs = []
    with bench_broker() as broker, work_dir(args.workdir) as work:
        choices = {
            "1": dict(workers=1, label="1 worker"),
            "2": dict(workers=2, label="2 workers"),
            "rebalance": dict(workers=1, join_at=1 / 3, leave_at=2 / 3, label="rebalance (join at 1/3, leave at 2/3)"),
        }
        plan = [choices[name.strip()] for name in args.runs.split(",") if name.strip()]
        for options in plan:
            result = run_phase(broker, Path(work), sources, args.articles, partitions=args.partitions,
                               idle_timeout=args.idle_timeout, **options)
            runs.append(result)
            print("\n".join(result.summary_lines()), flush=True)

    by_label = {run.label: run for run in runs}
    one, two = by_label.get("1 worker"), by_label.get("2 workers")
    ratio = two.rate / one.rate if one and two and one.rate else float("nan")
    print()
    if one and two:
        print(f"1 worker: {one.rate:.0f} articles/s · 2 workers: {two.rate:.0f} articles/s · ratio {ratio:.2f}x "
              f"(target >= 1.6x where the machine has the cores; this one has {machine['nproc']})")
    for run in runs:
        print(f"{run.label}: lost {len(run.lost)} of {run.with_claims} articles with claims; duplicate verdict ids "
              f"{run.duplicate_verdicts} in {run.articles_with_duplicates} articles; unexpected verdicts "
              f"{run.unexpected_verdicts}; consumed {run.consumed}/{run.produced_total} article records")
    write_json(args.json, {"machine": machine, "articles": args.articles, "source": origin, "ratio": ratio,
                           "runs": [result_dict(r) for r in runs]})
    # Loss fails the run. Duplicate verdict ids are reported, not failed: delivery is at least once, and a
    # rebalance can repeat the events in progress when a partition moves (consumers dedupe by verdict_id).
    return 0 if all(not r.lost and not r.unexpected_verdicts for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
