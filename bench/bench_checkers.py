"""Benchmark checkers.check_claims on the claim batches of real articles (no broker needed).

    python bench/bench_checkers.py [--repeats 5] [--limit N] [--profile] [--top 30]

Reads ../shared/corpus/articles_{ar,en}.jsonl in place (falls back to factstream/data/seed/ when absent),
extracts the claims of every article with the extract agent's function, groups them by (article, kind) and
encodes/decodes them as ClaimBatch records exactly as the stream does (streams.app.claim_batches, then the
checker agent's ClaimBatch.model_validate_json), then times checkers.check_claims over every batch: CPU time,
medians of --repeats runs after one warm-up run. Prints claims/s, batches/s and µs per claim (all and per
kind); with --profile, the top of a cProfile of one more run.

Between runs the per-text caches of checkers (sentence scans, titles, tokenization) are cleared, so that every
run sees each sentence for the first time as a worker does (within a run, the batches of one article share
them, as in the stream); word-level caches (stems, what a word can start) stay warm as in a long-running worker.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checkers  # noqa: E402
from factstream.articles import ArticleError, article_from_mapping  # noqa: E402
from factstream.models import ClaimBatch  # noqa: E402
from factstream.settings import Settings, corpus_dir  # noqa: E402
from factstream_cli.pipeline import extract_article  # noqa: E402

CORPUS = corpus_dir()
SEED_DIR = ROOT / "factstream" / "data" / "seed"


def load_records(limit: int | None) -> tuple[list[dict], str]:
    """Article records: the corpus (Arabic then English) read in place, else the shipped seed."""
    files = [CORPUS / "articles_ar.jsonl", CORPUS / "articles_en.jsonl"]
    if not all(path.is_file() for path in files):
        files, origin = sorted(SEED_DIR.glob("*.jsonl")), f"{SEED_DIR} (corpus absent)"
    else:
        origin = str(CORPUS)
    records: list[dict] = []
    for path in files:
        per_file = 0
        with path.open("rb") as handle:
            for line in handle:
                if line.strip() and (limit is None or per_file < limit):
                    records.append(orjson.loads(line))
                    per_file += 1
    if not records:
        raise SystemExit("no articles: neither the corpus nor the seed JSONL was found")
    return records, origin


def stream_batch_encoder():
    """The stream's own encoder of (article, kind) batches; a one-record equivalent when faust is absent."""
    try:
        from streams.app import claim_batches
        return claim_batches
    except ImportError as exc:  # pragma: no cover - the venv has faust
        print(f"streams.app unavailable ({exc}); encoding one ClaimBatch per (article, kind)")

        def one_batch(article, kind, claims, received_at):
            return [ClaimBatch(article=article, kind=kind, claims=claims,
                               received_at=received_at).model_dump_json().encode()]
        return one_batch


def build_batches(records: list[dict]) -> tuple[list[ClaimBatch], int]:
    """The decoded ClaimBatch records the checker agents would receive, in the order they are sent."""
    settings = Settings()
    encode = stream_batch_encoder()
    batches: list[ClaimBatch] = []
    skipped = 0
    for record in records:
        try:
            article = article_from_mapping(record)
        except ArticleError:
            skipped += 1
            continue
        found = extract_article(article)
        if len(found) > settings.max_claims_per_article:
            skipped += 1  # the stream dead-letters these
            continue
        by_kind: dict[str, list] = defaultdict(list)
        for claim in found:
            by_kind[claim.kind].append(claim)
        ref = article.ref
        for kind, kind_claims in by_kind.items():
            for payload in encode(ref, kind, kind_claims, None):
                batches.append(ClaimBatch.model_validate_json(payload))
    return batches, skipped


def forget_sentences() -> None:
    """Clear checkers' per-text caches: every run sees each sentence for the first time."""
    checkers.forget_texts()


def run_once(batches: list[ClaimBatch], tables: checkers.ReferenceTables) -> tuple[float, dict[str, float]]:
    """CPU seconds of check_claims over every batch, in all and per kind."""
    per_kind: dict[str, int] = defaultdict(int)
    clock = time.process_time_ns
    for batch in batches:
        start = clock()
        checkers.check_claims(batch.claims, batch.article, tables)
        per_kind[batch.kind] += clock() - start
    total = sum(per_kind.values())
    return total / 1e9, {kind: ns / 1e9 for kind, ns in per_kind.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="read at most N articles per language file")
    parser.add_argument("--profile", action="store_true", help="print the top of a cProfile of one more run")
    parser.add_argument("--top", type=int, default=30, help="rows of the profile to print")
    args = parser.parse_args()
    if args.repeats < 1:
        raise SystemExit("--repeats must be at least 1")

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}")
    records, origin = load_records(args.limit)
    started, cpu_started = time.perf_counter(), time.process_time()
    tables = checkers.load_default_tables()
    # Wall time moves with the machine's load (other processes on 2 shared cores); CPU time is the cost.
    print(f"tables: {tables!r} loaded in {time.perf_counter() - started:.2f} s "
          f"({time.process_time() - cpu_started:.2f} s CPU; load average {os.getloadavg()[0]:.1f})")
    started = time.perf_counter()
    batches, skipped = build_batches(records)
    claims = sum(len(b.claims) for b in batches)
    claims_by_kind: dict[str, int] = defaultdict(int)
    for batch in batches:
        claims_by_kind[batch.kind] += len(batch.claims)
    articles = len({b.article.id for b in batches})
    sentences = len({(b.article.id, c.sentence) for b in batches for c in b.claims})
    print(f"articles: {len(records)} from {origin} ({skipped} skipped as the stream would; "
          f"{articles} with claims); extracted and batched in {time.perf_counter() - started:.1f} s")
    print(f"batches: {len(batches)}, claims: {claims} ({claims / max(1, len(batches)):.2f} per batch), "
          f"distinct (article, sentence): {sentences}")
    if not claims:
        raise SystemExit("no claims to check")

    run_once(batches, tables)  # warm-up: word caches, first-call imports
    totals, kinds = [], defaultdict(list)
    for _ in range(args.repeats):
        forget_sentences()
        total, per_kind = run_once(batches, tables)
        totals.append(total)
        for kind, seconds in per_kind.items():
            kinds[kind].append(seconds)
    seconds = statistics.median(totals)
    print(f"\ncheck_claims, CPU time, median of {args.repeats} runs (min {min(totals):.3f} s, "
          f"max {max(totals):.3f} s):")
    print(f"  all     {seconds:8.3f} s  {claims / seconds:10,.0f} claims/s  {len(batches) / seconds:9,.0f} batches/s"
          f"  {seconds / claims * 1e6:8.1f} µs/claim  {seconds / max(1, articles) * 1e3:6.2f} ms/article")
    for kind in sorted(kinds):
        kind_seconds = statistics.median(kinds[kind])
        count = claims_by_kind[kind]
        print(f"  {kind:<7} {kind_seconds:8.3f} s  {count / kind_seconds:10,.0f} claims/s  {'':>19}"
              f"  {kind_seconds / count * 1e6:8.1f} µs/claim  ({count} claims)")

    if args.profile:
        forget_sentences()
        profiler = cProfile.Profile()
        profiler.enable()
        for batch in batches:
            checkers.check_claims(batch.claims, batch.article, tables)
        profiler.disable()
        print(f"\ncProfile of one run (cumulative, top {args.top}):")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        print(f"cProfile of one run (own time, top {args.top}):")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
