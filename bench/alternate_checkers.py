"""Checker throughput of two checkouts side by side: old and new code alternate in one run.

    python bench/alternate_checkers.py --old /work/old [--new .] [--rounds 5] [--limit N]

The claim batches are made once, by the OLD checkout's bench/bench_checkers.py (its extractor, the stream's
ClaimBatch encoding), and written to a temporary JSONL file, so both sides check exactly the same batches whatever
state the new extractor is in. Then one long-lived worker process per checkout (the checkout first on sys.path)
loads its shipped reference tables and the batches, and does one warm-up run. Each round asks the old worker,
then the new one (the order flips every round), for one timed run: its per-text caches cleared as
bench_checkers.py does, then checkers.check_claims over every batch, in process CPU time. The report gives the
median over rounds per side, claims/s, and the ratio new/old of the median times. Alternating keeps both sides
under the same machine load (2 shared cores: other work slows both, not one).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs with the OLD checkout first on sys.path: writes the batches its bench_checkers.py builds, one JSON a line.
_MAKE_BATCHES = r"""
import sys
root, out, limit = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, root)
sys.path.insert(0, root + "/bench")
import bench_checkers as bench
records, origin = bench.load_records(int(limit) if limit != "0" else None)
batches, skipped = bench.build_batches(records)
with open(out, "w", encoding="utf-8") as handle:
    for batch in batches:
        handle.write(batch.model_dump_json() + "\n")
print(f"{len(batches)} batches from {len(records)} articles of {origin} ({skipped} skipped)", file=sys.stderr)
"""

# Runs with one checkout first on sys.path; answers each line on stdin with the CPU seconds of one run.
_WORKER = r"""
import sys, time
root, path = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
import checkers
assert checkers.__file__.startswith(root), (checkers.__file__, root)
from factstream.models import ClaimBatch
forget = getattr(checkers, "forget_texts", None)
if forget is None:
    from checkers.check import forget_texts as forget
with open(path, encoding="utf-8") as handle:
    batches = [ClaimBatch.model_validate_json(line) for line in handle]
tables = checkers.load_default_tables()
check, clock = checkers.check_claims, time.process_time_ns

def run():
    forget()
    total = 0
    for batch in batches:
        start = clock()
        check(batch.claims, batch.article, tables)
        total += clock() - start
    return total / 1e9

run()  # warm-up: word caches, first-call imports
print(sum(len(b.claims) for b in batches), flush=True)
for _ in sys.stdin:
    print(run(), flush=True)
"""


def _worker(root: Path, batches: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.Popen([sys.executable, "-c", _WORKER, str(root), str(batches)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env, cwd=root)


def _ask(worker: subprocess.Popen[str]) -> float:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("run\n")
    worker.stdin.flush()
    return float(worker.stdout.readline())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="the checkout before the change (e.g. /work/old)")
    parser.add_argument("--new", type=Path, default=ROOT)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0, help="at most N articles per language file (0: all)")
    args = parser.parse_args()
    old, new = args.old.resolve(), args.new.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        batches = Path(tmp) / "batches.jsonl"
        subprocess.run([sys.executable, "-c", _MAKE_BATCHES, str(old), str(batches), str(args.limit)], check=True,
                       env={**os.environ, "PYTHONPATH": str(old)}, cwd=old)
        workers = {"old": _worker(old, batches), "new": _worker(new, batches)}
        claims = {name: int(w.stdout.readline()) for name, w in workers.items() if w.stdout is not None}
        if claims["old"] != claims["new"] or not claims["old"]:
            raise SystemExit(f"the workers read different batches: {claims}")
        times: dict[str, list[float]] = {"old": [], "new": []}
        for round_no in range(args.rounds):
            order = ("old", "new") if round_no % 2 == 0 else ("new", "old")
            for name in order:
                times[name].append(_ask(workers[name]))
            print(f"round {round_no + 1}: old {times['old'][-1]:.3f} s, new {times['new'][-1]:.3f} s", flush=True)
        for worker in workers.values():
            assert worker.stdin is not None
            worker.stdin.close()
            worker.wait()
    count = claims["old"]
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"\ncheckers.check_claims over {count} claims, CPU time, median of {args.rounds} alternating rounds:")
    for name, root in (("old", old), ("new", new)):
        print(f"  {name} ({root}): {medians[name]:.3f} s  {count / medians[name]:10,.0f} claims/s  "
              f"{medians[name] / count * 1e6:6.1f} µs/claim  (all: {', '.join(f'{t:.3f}' for t in times[name])})")
    print(f"  new/old time ratio: {medians['new'] / medians['old']:.3f}")
    print(json.dumps({"claims": count, "rounds": args.rounds, "old_s": medians["old"], "new_s": medians["new"],
                      "ratio": medians["new"] / medians["old"]}))


if __name__ == "__main__":
    main()
