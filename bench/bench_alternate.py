"""Extraction throughput of two checkouts side by side: old and new code alternate in one run.

    python bench/bench_alternate.py --old /work/old [--new .] [--rounds 5] [--repeats 1] [--limit N] [--langs ar,en]

Each round runs one fresh process per checkout (old first, then new), which imports that checkout's `claims`,
reads articles_{ar,en}.jsonl from the corpus folder in place ($FACTSTREAM_CORPUS_DIR, default
../shared/corpus, as bench/bench_extract.py does), warms up on one article
and times `repeats` passes of claims.extract over every body per language (process time, one core). The report
gives per language the median over rounds, in MB/s of UTF-8 bytes, and the ratio new/old. Alternating keeps both
sides under the same machine load (2 shared cores: other work slows both, not one).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factstream.settings import corpus_dir  # noqa: E402

CORPUS = corpus_dir()

# Runs in a fresh interpreter with the checkout first on sys.path; prints {lang: [bytes, seconds]}.
_TIMER = r"""
import json, statistics, sys, time
root, corpus, repeats, limit, langs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
sys.path.insert(0, root)
import claims
assert claims.__file__.startswith(root), (claims.__file__, root)
out = {}
for lang in langs.split(","):
    rows = []
    with open(f"{corpus}/articles_{lang}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows.append((row["body"], row.get("published_at")))
            if limit and len(rows) >= limit:
                break
    claims.extract(rows[0][0], lang=lang, published_at=rows[0][1])
    times = []
    for _ in range(repeats):
        start = time.process_time()
        for body, published in rows:
            claims.extract(body, lang=lang, published_at=published)
        times.append(time.process_time() - start)
    out[lang] = [sum(len(b.encode("utf-8")) for b, _ in rows), statistics.median(times)]
print(json.dumps(out))
"""


def run_once(root: Path, repeats: int, limit: int, langs: str) -> dict[str, list[float]]:
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, str(root), str(CORPUS), str(repeats), str(limit), langs],
        check=True, capture_output=True, text=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", type=Path, required=True, help="checkout of the code before the change")
    parser.add_argument("--new", type=Path, default=ROOT, help="checkout of the code after (default: this one)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=1, help="passes over the corpus per process")
    parser.add_argument("--limit", type=int, default=0, help="read at most N articles per language (0: all)")
    parser.add_argument("--langs", default="ar,en", help="comma-separated languages (default: ar,en)")
    args = parser.parse_args()
    sides = {"old": args.old.resolve(), "new": args.new.resolve()}
    seconds: dict[str, dict[str, list[float]]] = {side: {lang: [] for lang in args.langs.split(",")} for side in sides}
    size: dict[str, float] = {}
    for r in range(args.rounds):
        for side, root in sides.items():
            result = run_once(root, args.repeats, args.limit, args.langs)
            for lang, (nbytes, secs) in result.items():
                size[lang] = nbytes
                seconds[side][lang].append(secs)
            print(f"round {r + 1} {side}: " + ", ".join(
                f"{lang} {result[lang][0] / result[lang][1] / 1e6:.3f} MB/s" for lang in result), flush=True)
    print(f"\nold: {sides['old']}\nnew: {sides['new']}\nmedian of {args.rounds} rounds (process time, one core):")
    for lang in args.langs.split(","):
        old_mbs = size[lang] / statistics.median(seconds["old"][lang]) / 1e6
        new_mbs = size[lang] / statistics.median(seconds["new"][lang]) / 1e6
        print(f"  [{lang}] {size[lang] / 1e6:.2f} MB  old {old_mbs:.3f} MB/s  new {new_mbs:.3f} MB/s  "
              f"new/old {new_mbs / old_mbs:.3f}")


if __name__ == "__main__":
    main()
