"""Benchmark claims.extract on real article bodies, side by side with dateparser (and quantulum3 for English).

    python bench/bench_extract.py [--repeats 5] [--sample 150] [--limit N]

Reads ../shared/corpus/articles_{ar,en}.jsonl in place (falls back to the seed article when absent). For each
language: MB/s (UTF-8 bytes) and articles/s of claims.extract over all bodies, and over a sample of bodies the
same figures for claims.extract, dateparser.search.search_dates and quantulum3.parser.parse (English), with the
ratios. Medians of repeated runs; one process, one core.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402
from factstream.settings import corpus_dir  # noqa: E402

CORPUS = corpus_dir()
SEED = ROOT / "tests" / "unit" / "claims" / "seed_kuwait_coalition_2018.ar.txt"


def load_articles(lang: str, limit: int | None) -> tuple[list[dict], str]:
    path = CORPUS / f"articles_{lang}.jsonl"
    if path.is_file():
        rows = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                rows.append({"body": row["body"], "published_at": row.get("published_at")})
                if limit and len(rows) >= limit:
                    break
        return rows, str(path)
    if lang == "ar" and SEED.is_file():
        return [{"body": SEED.read_text(encoding="utf-8"), "published_at": "2018-02-13"}], str(SEED)
    return [], "none"


def time_runs(fn, rows: list[dict], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.process_time()
        for row in rows:
            fn(row)
        times.append(time.process_time() - start)
    return statistics.median(times)


def rate(rows: list[dict], seconds: float) -> tuple[float, float]:
    size = sum(len(r["body"].encode("utf-8")) for r in rows)
    return size / seconds / 1e6, len(rows) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sample", type=int, default=150, help="articles compared with dateparser/quantulum3")
    parser.add_argument("--limit", type=int, default=None, help="read at most N articles per language")
    args = parser.parse_args()

    warnings.filterwarnings("ignore")
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - bench extra not installed
        search_dates = None
    try:
        from quantulum3 import parser as quantulum_parser
    except Exception as exc:  # quantulum3 is optional; say why it is missing
        quantulum_parser = None
        print(f"quantulum3 unavailable: {exc}")

    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, one process")
    for lang in ("ar", "en"):
        rows, source = load_articles(lang, args.limit)
        if not rows:
            print(f"[{lang}] no articles")
            continue

        def ours(row, lang=lang):
            claims.extract(row["body"], lang=lang, published_at=row["published_at"])

        ours(rows[0])  # warm caches (packs, patterns)
        seconds = time_runs(ours, rows, args.repeats)
        mbs, aps = rate(rows, seconds)
        chars = sum(len(r["body"]) for r in rows)
        print(f"\n[{lang}] {len(rows)} articles, {chars / 1e6:.2f} M chars from {source}")
        print(f"  claims.extract (all):      {mbs:6.2f} MB/s  {aps:8.1f} articles/s  ({chars / seconds / 1e6:.2f} "
              f"M chars/s; median of {args.repeats})")

        sample = random.Random(7).sample(rows, min(args.sample, len(rows)))
        ours_s = time_runs(ours, sample, args.repeats)
        o_mbs, o_aps = rate(sample, ours_s)
        print(f"  sample of {len(sample)} articles:")
        print(f"    claims.extract:          {o_mbs:6.2f} MB/s  {o_aps:8.1f} articles/s")
        if search_dates is not None:
            def dp(row, lang=lang):
                search_dates(row["body"], languages=[lang])

            dp_repeats = max(1, min(3, args.repeats))
            dp_s = time_runs(dp, sample, dp_repeats)
            d_mbs, d_aps = rate(sample, dp_s)
            print(f"    dateparser.search_dates: {d_mbs:6.3f} MB/s  {d_aps:8.2f} articles/s  "
                  f"-> claims.extract is {dp_s / ours_s:5.1f}x faster (median of {dp_repeats})")
        if lang == "en" and quantulum_parser is not None:
            def qu(row):
                quantulum_parser.parse(row["body"])

            q_repeats = max(1, min(3, args.repeats))
            q_s = time_runs(qu, sample, q_repeats)
            q_mbs, q_aps = rate(sample, q_s)
            print(f"    quantulum3.parse:        {q_mbs:6.3f} MB/s  {q_aps:8.2f} articles/s  "
                  f"-> claims.extract is {q_s / ours_s:5.1f}x faster (median of {q_repeats})")


if __name__ == "__main__":
    main()
