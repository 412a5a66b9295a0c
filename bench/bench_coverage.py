"""Coverage of the checkers over the real corpus: which claims get a verdict other than `unverifiable`.

    python bench/bench_coverage.py [--limit N] [--out DIR] [--sample 100] [--repeats 3] [--no-worker-rss]
                                   [--undated-window START/END]

Runs what `factstream check --jsonl` runs over ../shared/corpus (factstream.settings.corpus_dir(), read in
place): the tables `check` loads (checkers.load_default_tables(), or FACTSTREAM_REFERENCE as `check` reads it),
then per article `claims.extract_article` and `checkers.check_claims` (factstream_cli.pipeline.check_article).
--undated-window START/END gives every article with neither published_at nor published_window that window, as
`factstream check --jsonl --undated-window` does (the same function, factstream_cli.inputs.with_undated_window).
The corpus README (../shared/corpus/README.md) dates the BBC collection (the English file, published_at null) to
2004-05, so the headline run is

    python bench/bench_coverage.py --undated-window 2004-01-01/2005-12-31

and a report gives the figures with and without it (docs/benchmarks.md, Coverage). The window is printed at the
top and stored in summary.json ("undated_window", with how many articles received it); --compare warns when the
two runs differ in it.
Prints:
- the verdict distribution overall, by claim kind, by language, by metric and by reference table;
- the share of all claims that are `supported` or `contradicted` (issue 13's target: at least 3%);
- checker CPU time per claim: the median of --repeats passes over every article's claims (per-text caches
  cleared between passes, as bench_checkers does), and the median over articles of each one's time per claim;
- the dashboard's evidence chart rendered for every decided verdict whose fact carries series points (each
  parsed as XML);
- worker memory: the RSS of a fresh process that imported the worker's modules (streams.app) and loaded every
  pack, and how long that load took (unless --no-worker-rss); and this process's peak RSS.

Writes to --out (default /tmp/factstream-coverage; outside the repository, since the files quote corpus text,
which must never be committed):
- contradicted.jsonl / contradicted.txt: every `contradicted` verdict (each one is an alert someone reads), with
  its sentence, the claim, the fact, the deviation and the explanation; the .txt is numbered for a hand audit;
- supported.jsonl / supported.txt: a random sample (--sample, seeded by --seed) of the `supported` verdicts;
- summary.json: the figures printed, for comparing two runs (`--compare OLD/summary.json` prints the change).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checkers  # noqa: E402
from factstream.articles import ArticleError, article_from_mapping  # noqa: E402
from factstream.models import Article, Claim, Verdict  # noqa: E402
from factstream.settings import Settings, corpus_dir  # noqa: E402
from factstream_cli.inputs import undated_window, with_undated_window  # noqa: E402
from factstream_cli.pipeline import extract_article  # noqa: E402

STATUSES = ("supported", "contradicted", "ambiguous", "conflict", "unverifiable")
DECIDED = ("supported", "contradicted")
TARGET_SHARE = 0.03


# ------------------------------------------------------------------------------------------------ memory
def _proc_status_mb(field: str) -> float | None:
    """VmRSS / VmHWM of this process in MB (Linux); None elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def worker_memory_probe() -> None:
    """Run in a fresh process: import what the worker imports, load every pack as the worker does, print JSON."""
    before = _proc_status_mb("VmRSS")
    import streams.app  # noqa: F401  (the worker's modules: faust, aiokafka, the agents)

    imported = _proc_status_mb("VmRSS")
    started = time.perf_counter()
    tables = load_tables()
    load_s = time.perf_counter() - started
    series = tables.series
    print(json.dumps({
        "rss_start_mb": before, "rss_imported_mb": imported, "rss_loaded_mb": _proc_status_mb("VmRSS"),
        "peak_mb": _proc_status_mb("VmHWM"), "load_s": load_s, "tables": repr(tables),
        "series_packs": len(series.packs) if series is not None else 0,
    }))


def measure_worker_memory() -> dict[str, Any] | None:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker-memory-probe"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=ROOT)
    if result.returncode != 0:
        print(f"worker memory probe failed:\n{result.stderr[-2000:]}")
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------------ corpus
def load_tables() -> checkers.ReferenceTables:
    """The tables `factstream check` loads (factstream_cli.cli._load_tables)."""
    from factstream_cli.cli import _load_tables

    return _load_tables(Settings())


def read_articles(limit: int | None, window: str | None = None) -> tuple[list[Article], int, str]:
    """Articles of the corpus, Arabic then English, parsed as `check --jsonl [--undated-window]` parses each line."""
    folder = corpus_dir()
    files = [folder / "articles_ar.jsonl", folder / "articles_en.jsonl"]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        raise SystemExit(f"corpus not found: {', '.join(missing)} (set FACTSTREAM_CORPUS_DIR)")
    articles: list[Article] = []
    bad = 0
    for path in files:
        taken = 0
        with path.open("rb") as handle:
            for line in handle:
                if not line.strip() or (limit is not None and taken >= limit):
                    continue
                taken += 1
                try:
                    articles.append(article_from_mapping(with_undated_window(orjson.loads(line), window)))
                except (ArticleError, orjson.JSONDecodeError):
                    bad += 1
    return articles, bad, str(folder)


def extract_all(articles: list[Article]) -> tuple[list[tuple[Article, list[Claim]]], float]:
    started = time.perf_counter()
    extracted = [(article, extract_article(article)) for article in articles]
    return extracted, time.perf_counter() - started


def check_pass(extracted: list[tuple[Article, list[Claim]]], tables: checkers.ReferenceTables
               ) -> tuple[list[Verdict], int, list[float]]:
    """One pass of check_claims over every article: the verdicts, total CPU ns, µs per claim of each article."""
    clock = time.process_time_ns
    verdicts: list[Verdict] = []
    total = 0
    per_article: list[float] = []
    for article, found in extracted:
        if not found:
            continue
        start = clock()
        result = checkers.check_claims(found, article.ref, tables)
        spent = clock() - start
        total += spent
        per_article.append(spent / len(found) / 1e3)
        verdicts.extend(result)
    return verdicts, total, per_article


# ----------------------------------------------------------------------------------------------- figures
def _lang(verdict: Verdict) -> str:
    return verdict.claim.lang or (verdict.article.lang if verdict.article else None) or "?"


def distribution(verdicts: list[Verdict]) -> dict[str, Any]:
    """Verdict counts overall and by kind, language, metric and table."""
    overall = Counter(v.verdict for v in verdicts)
    groups: dict[str, dict[str, Counter]] = {name: defaultdict(Counter) for name in
                                             ("kind", "lang", "metric", "table", "metric_lang")}
    for v in verdicts:
        groups["kind"][v.claim.kind][v.verdict] += 1
        groups["lang"][_lang(v)][v.verdict] += 1
        groups["metric"][v.metric or "(none)"][v.verdict] += 1
        groups["table"][v.fact.table if v.fact else "(no fact)"][v.verdict] += 1
        if v.verdict in DECIDED:
            groups["metric_lang"][f"{v.metric or '(none)'} [{_lang(v)}]"][v.verdict] += 1
    return {"overall": dict(overall), **{name: {key: dict(c) for key, c in sorted(g.items())}
                                          for name, g in groups.items()}}


def print_table(title: str, rows: dict[str, dict[str, int]], only_decided: bool = False) -> None:
    columns = DECIDED if only_decided else STATUSES
    keyed = [(key, counts) for key, counts in rows.items()
             if not only_decided or any(counts.get(s) for s in DECIDED)]
    if not keyed:
        print(f"\n{title}: none")
        return
    width = max(12, *(len(key) for key, _ in keyed))
    print(f"\n{title}")
    print(f"  {'':<{width}} " + " ".join(f"{s[:12]:>12}" for s in columns) + f" {'all':>8}")
    ordered = sorted(keyed, key=lambda kv: -sum(kv[1].get(s, 0) for s in DECIDED) * 10**9 - sum(kv[1].values()))
    for key, counts in ordered:
        print(f"  {key:<{width}} " + " ".join(f"{counts.get(s, 0):>12,}" for s in columns)
              + f" {sum(counts.values()):>8,}")


# ------------------------------------------------------------------------------------------- review files
def review_record(verdict: Verdict) -> dict[str, Any]:
    claim = verdict.claim
    fact = verdict.fact
    article = verdict.article
    return {
        "article_id": verdict.article_id, "lang": _lang(verdict),
        "published_at": article.published_at.isoformat() if article and article.published_at else None,
        "published_window": str(article.published_window) if article and article.published_window else None,
        "sentence": claim.sentence,
        "claim": {"text": claim.text, "kind": claim.kind, "value": claim.value, "value_high": claim.value_high,
                  "currency": claim.currency, "unit": claim.unit, "counted": claim.counted,
                  "qualifier": claim.qualifier, "time_ref": claim.time_ref},
        "verdict": verdict.verdict, "metric": verdict.metric, "entity_id": verdict.entity_id,
        "period": verdict.period,
        "fact": None if fact is None else {
            "table": fact.table, "entity": fact.entity_name or fact.entity_id, "metric": fact.metric,
            "value": fact.value, "unit": fact.unit, "as_of": fact.as_of, "source_url": fact.source_url,
            "series_points": len(fact.series) if fact.series is not None else None},
        "deviation": verdict.deviation.model_dump(exclude_none=True) if verdict.deviation else None,
        "explanation": verdict.explanation,
    }


def review_text(number: int, record: dict[str, Any]) -> str:
    claim, fact = record["claim"], record["fact"]
    lines = [
        f"#{number} {record['verdict'].upper()}  {record['article_id']} [{record['lang']}] "
        f"published {record['published_at'] or '-'}"
        + (f" (undated, window {record['published_window']})" if record.get("published_window") else ""),
        f"  sentence: {record['sentence']}",
        f"  claim:    «{claim['text']}» {claim['kind']} value={claim['value']}"
        + "".join(f" {k}={claim[k]}" for k in ("value_high", "currency", "unit", "counted", "qualifier", "time_ref")
                  if claim[k] not in (None, "")),
        f"  matched:  metric={record['metric']} entity={record['entity_id']} period={record['period']}",
    ]
    if fact:
        lines.append(f"  fact:     {fact['entity']} — {fact['metric']} = {fact['value']} {fact['unit'] or ''} "
                     f"(as of {fact['as_of']}; table {fact['table']}; series points {fact['series_points']})")
    if record["deviation"]:
        lines.append(f"  deviation: {record['deviation']}")
    for lang, text in sorted(record["explanation"].items()):
        lines.append(f"  explanation [{lang}]: {text}")
    lines.append("  audit: right / wrong — why:")
    return "\n".join(lines)


def write_review(out: Path, name: str, verdicts: list[Verdict]) -> Path:
    records = [review_record(v) for v in verdicts]
    with (out / f"{name}.jsonl").open("wb") as handle:
        for record in records:
            handle.write(orjson.dumps(record) + b"\n")
    text = "\n\n".join(review_text(i, r) for i, r in enumerate(records, start=1))
    (out / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return out / f"{name}.txt"


# ------------------------------------------------------------------------------------------------- main
def chart_check(verdicts: list[Verdict]) -> dict[str, Any]:
    """Render the dashboard's evidence chart of every decided verdict whose fact carries series points, and
    parse each SVG as XML: how many there are, how many failed, and the median time per chart."""
    import xml.etree.ElementTree as ET

    from alerts.chart import verdict_chart_svg

    charted = [v for v in verdicts if v.verdict in DECIDED and v.fact is not None and v.fact.series is not None]
    failures: list[str] = []
    times: list[float] = []
    marked = 0
    for verdict in charted:
        start = time.perf_counter()
        svg = verdict_chart_svg(verdict, f"chart-{verdict.claim.claim_id}")
        times.append((time.perf_counter() - start) * 1e3)
        try:
            marked += 'class="claim-marker"' in svg
            ET.fromstring(svg)
        except (ET.ParseError, TypeError) as exc:
            failures.append(f"{verdict.claim.claim_id}: {exc}")
    return {"charts": len(charted), "with_claim_marker": marked, "failed": failures[:20],
            "median_ms": statistics.median(times) if times else None}


def compare(old_path: Path, summary: dict[str, Any]) -> None:
    old = json.loads(old_path.read_text())
    print(f"\nchange against {old_path} (undated window {old.get('undated_window') or 'none'} -> "
          f"{summary.get('undated_window') or 'none'}):")
    for status in STATUSES:
        before, after = old["distribution"]["overall"].get(status, 0), summary["distribution"]["overall"].get(status, 0)
        print(f"  {status:<13} {before:>8,} -> {after:>8,} ({after - before:+,})")
    print(f"  decided share {old['decided_share']:.2%} -> {summary['decided_share']:.2%}")
    for metric, counts in summary["distribution"]["metric"].items():
        was = old["distribution"]["metric"].get(metric, {})
        changed = {s: (was.get(s, 0), counts.get(s, 0)) for s in DECIDED if was.get(s, 0) != counts.get(s, 0)}
        if changed:
            print(f"  {metric}: " + ", ".join(f"{s} {a}->{b}" for s, (a, b) in changed.items()))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="read at most N articles per language file")
    parser.add_argument("--out", type=Path, default=Path("/tmp/factstream-coverage"),
                        help="where the review files go (they quote corpus text: keep them out of the repo)")
    parser.add_argument("--sample", type=int, default=100, help="supported verdicts to sample for review")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--repeats", type=int, default=3, help="timed check passes (median reported)")
    parser.add_argument("--no-worker-rss", action="store_true", help="skip the fresh-process memory probe")
    parser.add_argument("--undated-window", type=undated_window, default=None, metavar="START/END",
                        help="a window for articles with no date, as `check --undated-window` (the BBC file: "
                             "2004-01-01/2005-12-31); default none")
    parser.add_argument("--compare", type=Path, help="a summary.json of an earlier run: print the change")
    parser.add_argument("--worker-memory-probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    return args


def main() -> None:
    args = parse_args()
    if args.worker_memory_probe:
        worker_memory_probe()
        return
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}")
    worker = None if args.no_worker_rss else measure_worker_memory()
    started = time.perf_counter()
    tables = load_tables()
    print(f"tables: {tables!r} loaded in {time.perf_counter() - started:.2f} s")
    print(f"undated window: {args.undated_window or 'none'}"
          + (" (given to every article with neither published_at nor published_window)" if args.undated_window
             else " (articles without a date stay undated)"))
    articles, bad, origin = read_articles(args.limit, args.undated_window)
    windowed = sum(1 for a in articles if a.published_at is None and a.published_window is not None)
    extracted, extract_s = extract_all(articles)
    claims_total = sum(len(found) for _, found in extracted)
    print(f"articles: {len(articles):,} from {origin} ({bad} unreadable; {windowed:,} undated with a window); "
          f"claims: {claims_total:,} (extracted in {extract_s:.1f} s)")

    verdicts, _, _ = check_pass(extracted, tables)  # the verdicts, and the warm-up of word caches
    totals, per_article_medians = [], []
    for _ in range(args.repeats):
        checkers.forget_texts()
        _, total_ns, per_article = check_pass(extracted, tables)
        totals.append(total_ns / max(1, claims_total) / 1e3)
        per_article_medians.append(statistics.median(per_article) if per_article else 0.0)

    figures = distribution(verdicts)
    overall = figures["overall"]
    decided = sum(overall.get(s, 0) for s in DECIDED)
    share = decided / max(1, len(verdicts))
    print(f"\nverdicts: {len(verdicts):,} (one per claim)")
    for status in STATUSES:
        print(f"  {status:<13} {overall.get(status, 0):>8,}  {overall.get(status, 0) / max(1, len(verdicts)):7.2%}")
    print(f"supported or contradicted: {decided:,} = {share:.2%} of all claims "
          f"(target >= {TARGET_SHARE:.0%}: {'met' if share >= TARGET_SHARE else 'NOT met'}; "
          f"undated window {args.undated_window or 'none'})")
    print_table("by kind", figures["kind"])
    print_table("by language", figures["lang"])
    print_table("by metric (those with a decided verdict)", figures["metric"], only_decided=True)
    print_table("by metric and language (decided)", figures["metric_lang"], only_decided=True)
    print_table("by reference table", figures["table"])

    per_claim = statistics.median(totals)
    print(f"\nchecker CPU time per claim: {per_claim:.1f} µs (median of {args.repeats} passes over all "
          f"{claims_total:,} claims; min {min(totals):.1f}, max {max(totals):.1f}); median over articles "
          f"{statistics.median(per_article_medians):.1f} µs/claim")
    if worker:
        print(f"worker memory (fresh process, streams.app imported, all packs loaded): RSS "
              f"{worker['rss_loaded_mb']:.0f} MB (after imports {worker['rss_imported_mb']:.0f} MB, "
              f"peak {worker['peak_mb']:.0f} MB); "
              f"pack load {worker['load_s']:.2f} s; {worker['series_packs']} series packs")
    charts = chart_check(verdicts)
    figures["charts"] = charts
    print(f"evidence charts: {charts['charts']} decided verdicts carry series points; {charts['with_claim_marker']}"
          f" with the claimed value marked; {len(charts['failed'])} not well-formed"
          + (f"; {charts['median_ms']:.2f} ms per chart" if charts["median_ms"] is not None else ""))
    for failure in charts["failed"]:
        print(f"  chart failed: {failure}")
    peak = _proc_status_mb("VmHWM")
    print(f"this benchmark's peak RSS (all claims and verdicts held): {peak or 0:.0f} MB")

    write_outputs(args, verdicts, figures, share, per_claim, statistics.median(per_article_medians), worker,
                  (len(articles), windowed), claims_total)


def write_outputs(args: argparse.Namespace, verdicts: list[Verdict], figures: dict[str, Any], share: float,
                  per_claim_us: float, per_article_us: float, worker: dict[str, Any] | None, articles: tuple[int, int],
                  claims_total: int) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    contradicted = [v for v in verdicts if v.verdict == "contradicted"]
    supported = [v for v in verdicts if v.verdict == "supported"]
    sample = random.Random(args.seed).sample(supported, min(args.sample, len(supported)))
    written = [write_review(args.out, "contradicted", contradicted), write_review(args.out, "supported", sample)]
    summary = {
        "articles": articles[0], "claims": claims_total, "limit": args.limit, "distribution": figures,
        "undated_window": args.undated_window, "undated_window_articles": articles[1],
        "decided_share": share, "checker_us_per_claim": per_claim_us, "checker_us_per_claim_article_median":
        per_article_us, "worker": worker, "written_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nfor review: {written[0]} ({len(contradicted)} contradicted, all), {written[1]} "
          f"({len(sample)} of {len(supported)} supported); summary {args.out / 'summary.json'}")
    if args.compare:
        compare(args.compare, summary)


if __name__ == "__main__":
    main()
