"""Draw, annotate and check an extraction test set taken from the shared news corpus, kept outside the repository.

    python bench/corpus_sets.py draw ar 0 100 arc22 /work/ood-blind     # -> arc22/devset/ar.jsonl, arc22/sentences.txt
    python bench/corpus_sets.py show /work/ood-blind/arc22 ar [SID ...] [--context 600]
    python bench/corpus_sets.py fill /work/ood-blind/arc22 ar ann.txt   # plain annotation lines -> devset/ar.jsonl
    python bench/corpus_sets.py validate /work/ood-blind/arc22 ar
    python bench/score_extract.py --lang ar --devset /work/ood-blind/arc22/devset --picks all

`draw` shuffles the corpus articles the repository's dev set does not use (`random.Random(2020)`: the same list
every time, so sets drawn from different positions never share an article) and takes, from the articles at
positions [FROM, TO), the first three sentences of 30-320 characters with a figure (split as the dev set is). The
set holds references (article id, offsets, sha) and the annotation; the corpus text is only printed to
sentences.txt beside it, outside the repository (the corpus licence forbids copying it). Session 20 drew its
final blind sets from positions 0-200 (ar) and 0-120 (en) and its fixing sets from later stretches.

`fill` reads one line per claim, not-claim or empty sentence (fields separated by " | "):
    <sid> | <exact substring of the sentence>[@N] | <kind> | <value> [| <value_high>] [| cur=<ISO|none>] [| class=<1-4>]
    <sid> | <exact substring>[@N] | not | <5|6>
    <sid> | -
and computes the offsets, so an annotator never counts code points. Every sentence must be listed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.pick_fresh_ar import NUMERIC_TEXT, sentences  # noqa: E402
from bench.score_extract import KINDS, annotation_problem, corpus_dir, sentence_hash  # noqa: E402

SHUFFLE_SEED = 2020
PER_ARTICLE = 3
NUMERIC_TEXT_EN = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|half|third|quarter|dozen|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
DATE_VALUE = re.compile(r"-?\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?")
CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def set_corpus(set_dir: Path) -> Path:
    """A set drawn from the shared corpus reads it; a web set keeps its own articles in <set>/corpus."""
    own = set_dir / "corpus"
    return own if own.is_dir() else corpus_dir()


def read_articles(corpus: Path, lang: str, ids: set[str] | None = None) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with (corpus / f"articles_{lang}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if ids is None or article["id"] in ids:
                out[article["id"]] = article
    return out


def read_set(set_dir: Path, lang: str) -> list[dict[str, Any]]:
    path = set_dir / "devset" / f"{lang}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_set(set_dir: Path, lang: str, rows: list[dict[str, Any]]) -> Path:
    path = set_dir / "devset" / f"{lang}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def shuffled_articles(lang: str, corpus: Path, devset: Path) -> list[dict[str, Any]]:
    """The corpus articles the repository's dev set does not use, in the one seeded order every draw shares."""
    path = devset / f"{lang}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    used = {json.loads(line)["article"] for line in lines if line.strip()}
    articles = [a for a in read_articles(corpus, lang).values() if a["id"] not in used]  # in the corpus file's order
    random.Random(SHUFFLE_SEED).shuffle(articles)
    return articles


def figure_sentences(body: str, lang: str) -> list[tuple[int, int]]:
    has_figure = NUMERIC_TEXT if lang == "ar" else NUMERIC_TEXT_EN
    found = []
    for start, end in sentences(body):
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if 30 <= end - start <= 320 and has_figure.search(body[start:end]):
            found.append((start, end))
    return found[:PER_ARTICLE]


def draw(lang: str, first: int, last: int, name: str, out: Path, corpus: Path, devset: Path) -> int:
    articles = shuffled_articles(lang, corpus, devset)
    rows, lines = [], []
    for position in range(first, min(last, len(articles))):
        article = articles[position]
        for start, end in figure_sentences(article["body"], lang):
            text = article["body"][start:end]
            sid = f"{name}-s{len(rows):03d}"
            rows.append({"id": sid, "article": article["id"], "start": start, "end": end, "sha": sentence_hash(text),
                         "pick": name, "claims": [], "not_claims": []})
            lines.append(f"{sid}\t{article['id']}\tpos{position}\n{text}\n")
    write_set(out / name, lang, rows)
    (out / name / "sentences.txt").write_text("\n".join(lines), encoding="utf-8")
    print(f"{name}: {len(rows)} {lang} sentences from positions {first}-{last} of {len(articles)}")
    return 0


def parse_value(kind: str, text: str) -> Any:
    if text == "null":
        return None
    if kind == "date":
        if not DATE_VALUE.fullmatch(text):
            raise ValueError(f"not an ISO date value: {text!r}")
        return text
    number = float(text)
    return int(number) if number.is_integer() and "." not in text else number


def find_span(text: str, needle: str) -> tuple[int, int]:
    occurrence = 1
    if "@" in needle and needle.rsplit("@", 1)[1].isdigit():
        needle, nth = needle.rsplit("@", 1)
        occurrence = int(nth)
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"not in the sentence: {needle!r}")
    return at, at + len(needle)


def parse_line(fields: list[str], text: str) -> tuple[str, dict[str, Any]]:
    """One annotation line (after its sid) -> ("claims" | "not_claims", entry)."""
    start, end = find_span(text, fields[0])
    if fields[1] == "not":
        return "not_claims", {"start": start, "end": end, "class": fields[2]}
    kind, options = fields[1], dict(f.split("=", 1) for f in fields[2:] if "=" in f)
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    values = [parse_value(kind, f) for f in fields[2:] if "=" not in f]
    claim: dict[str, Any] = {"kind": kind, "value": values[0]}
    if len(values) > 1:
        claim["value_high"] = values[1]
    if kind == "money":
        if "cur" not in options:
            raise ValueError("money needs cur=<ISO code> or cur=none")
        claim["currency"] = None if options["cur"].lower() == "none" else options["cur"].upper()
    if "class" in options:
        claim["class"] = options["class"]
    return "claims", {**claim, "start": start, "end": end}


def fill(set_dir: Path, lang: str, annotation: Path) -> int:
    rows = read_set(set_dir, lang)
    bodies = {k: a["body"] for k, a in read_articles(set_corpus(set_dir), lang, {r["article"] for r in rows}).items()}
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        row["claims"], row["not_claims"] = [], []
    seen, errors = set(), 0
    for number, line in enumerate(annotation.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        row = by_id.get(fields[0])
        if row is None or len(fields) < 2:
            print(f"line {number}: unknown sentence id or no fields: {line!r}")
            errors += 1
            continue
        seen.add(row["id"])
        if fields[1] == "-":
            continue
        try:
            where, entry = parse_line(fields[1:], bodies[row["article"]][row["start"]:row["end"]])
        except (ValueError, IndexError) as exc:
            print(f"line {number}: {exc}")
            errors += 1
            continue
        row[where].append(entry)
    missing = [r["id"] for r in rows if r["id"] not in seen]
    if missing:
        print(f"{len(missing)} sentences not annotated yet, e.g. {missing[:5]}")
    path = write_set(set_dir, lang, rows)
    print(f"wrote {path}: {sum(len(r['claims']) for r in rows)} claims, {errors} errors")
    return 1 if errors else 0


def claim_problems(claim: dict[str, Any]) -> list[str]:
    """What score_extract.annotation_problem does not check: the form of dates, bounds and currency codes."""
    problems = []
    for key in ("value", "value_high"):
        value = claim.get(key)
        if key not in claim or (value is None and claim.get("kind") == "date"):
            continue
        if claim.get("kind") == "date":
            if not (isinstance(value, str) and DATE_VALUE.fullmatch(value)):
                problems.append(f"{key} is not an ISO date")
        elif isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(f"{key} is not a number")
    if claim.get("kind") == "money":
        currency = claim.get("currency")
        if currency is not None and not (isinstance(currency, str) and CURRENCY_CODE.fullmatch(currency)):
            problems.append("money without an ISO currency or null")
    elif "currency" in claim:
        problems.append("currency on a claim that is not money")
    return problems


def validate(set_dir: Path, lang: str) -> int:
    """Every problem of the set at once: the scorer's own checks (annotation_problem, first problem of a line)
    and the forms it leaves to the annotator."""
    rows = read_set(set_dir, lang)
    articles = read_articles(set_corpus(set_dir), lang, {r["article"] for r in rows})
    problems, ids = [], set()
    for row in rows:
        if row["id"] in ids:
            problems.append(f"{row['id']}: duplicate id")
        ids.add(row["id"])
        if sentence_hash(articles[row["article"]]["body"][row["start"]:row["end"]]) != row["sha"]:
            problems.append(f"{row['id']}: the sentence's sha changed")
        if problem := annotation_problem(row):
            problems.append(f"{row['id']}: {problem}")
        for claim in row["claims"]:
            problems += [f"{row['id']}: {p}: {claim}" for p in claim_problems(claim)]
    claims_count = sum(len(r["claims"]) for r in rows)
    print("\n".join([*problems, f"{len(rows)} sentences, {claims_count} claims, {len(problems)} problems"]))
    return 1 if problems else 0


def show(set_dir: Path, lang: str, ids: list[str], context: int) -> int:
    rows = read_set(set_dir, lang)
    articles = read_articles(set_corpus(set_dir), lang, {r["article"] for r in rows})
    for row in rows:
        if ids and row["id"] not in ids:
            continue
        article = articles[row["article"]]
        body, text = article["body"], article["body"][row["start"]:row["end"]]
        print(f"== {row['id']}  {article['id']}  published {article.get('published_at')}  "
              f"source {article.get('source')}  title: {article.get('title')}")
        if context:
            print("   before: ..." + body[max(0, row["start"] - context):row["start"]].replace("\n", " / "))
        print("   SENTENCE: " + text)
        for claim in row["claims"]:
            fields = {k: v for k, v in claim.items() if k not in ("start", "end")}
            print(f"   claim {text[claim['start']:claim['end']]!r} {fields}")
        for span in row.get("not_claims", []):
            print(f"   not   {text[span['start']:span['end']]!r} class {span['class']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw a set's sentences from the shared corpus")
    for arg, kind in (("lang", str), ("first", int), ("last", int), ("name", str), ("out", Path)):
        d.add_argument(arg, type=kind)
    d.add_argument("--devset", type=Path, default=ROOT / "bench" / "devset", help="articles it holds are skipped")
    for command in ("show", "fill", "validate"):
        p = sub.add_parser(command)
        p.add_argument("set_dir", type=Path)
        p.add_argument("lang")
        if command == "fill":
            p.add_argument("annotation", type=Path)
        if command == "show":
            p.add_argument("ids", nargs="*")
            p.add_argument("--context", type=int, default=300)
    args = ap.parse_args(argv)
    if args.command == "draw":
        return draw(args.lang, args.first, args.last, args.name, args.out, corpus_dir(), args.devset)
    if args.command == "fill":
        return fill(args.set_dir, args.lang, args.annotation)
    if args.command == "validate":
        return validate(args.set_dir, args.lang)
    return show(args.set_dir, args.lang, args.ids, args.context)


if __name__ == "__main__":
    raise SystemExit(main())
