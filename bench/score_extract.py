"""Extraction accuracy on the hand-annotated development set (bench/devset/): precision, recall, F1.

    python bench/score_extract.py                   # both languages, by kind
    python bench/score_extract.py --show-errors     # also every miss and false positive (text on the terminal only)
    python bench/score_extract.py --context sentence --lang ar --json out.json
    python bench/score_extract.py --lang en --picks fresh    # the split the rules were not tuned on

The development set holds real news sentences of ../shared/corpus by reference only (the corpus licence forbids
copying its text): article id, the sentence's [start, end) code-point offsets into that article's `body` as read
by json.loads, a 12-hex sha256 prefix of the sentence text (to detect drift), and the hand annotation of every
numeric claim (offsets relative to the sentence). bench/devset/GUIDELINES.md says what counts as a claim.
The corpus is read in place from FACTSTREAM_CORPUS_DIR (default ../shared/corpus, beside the repository).
FSBENCH_CODE=DIR imports `claims` from another checkout (before/after comparisons on the same dev set).

Extraction, as `factstream extract --jsonl` runs it (the article's lang and published_at):
- `--context article` (default): claims.extract over the whole article body, keeping the claims that overlap
  the sentence. The sentence is seen in its article, as the stream sees it: a currency or date named in an
  earlier sentence can inform it (issue 14, class 1).
- `--context sentence`: claims.extract over the sentence text alone.
If claims.extract accepts a `country` argument (issue 14's outlet country), the outlet's country is passed as
`extract --jsonl` finds it (factstream.countries.article_country: the record's own, the outlet map, the URL; every
Arabic source of the corpus is a Saudi newspaper: SA; BBC: GB).

Matching rule. Each claim is first split into bound units: a claim with value_high (a range) is two units, its
low and its high bound, each with the claim's span; any other claim is one unit. So "between 2 and 5%" annotated
as one range claim is matched equally by one predicted range claim or by two separate predicted claims, and a
range that loses its upper bound loses one unit (issue 14: both bounds are claims). A predicted unit matches a
gold unit when
  - the kind is the same,
  - the value is the same: numbers within 0.005 absolute or 1e-4 relative (so a third = 33.333 matches
    33.33333); dates as ISO text ("2015-07-26", "2015-07", "2015", "--07"), None only matches None,
  - for money, the currency is the same ISO code (None only matches None),
  - and the spans overlap (offsets relative to the sentence).
Matching is one-to-one, greedy in gold order, preferring the candidate with the largest overlap. A predicted
unit left over is a false positive (a duplicate of a matched claim too), a gold unit left over is a miss.
Precision/recall/F1 are micro-averaged over units, per kind (gold kind for recall, predicted kind for precision)
and per language. Two relaxed lines help read the errors: "any kind" ignores kind and currency (was the figure
found at all?), "money, any currency" ignores only the currency.
Error classes (--show-errors and the summary) use the annotation's `class` tags: a gold claim may carry the
issue 14 class it belongs to (1 currency, 2 ranges/lists, 3 dates, 4 numbers); a `not_claims` span carries 5
(not a claim: phone, rank, name, framing duration, list numbering, clock time) or 6 (report-time reference).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import math
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# FSBENCH_CODE: score the claims package of another checkout (e.g. an older commit's worktree) on this dev set.
sys.path.insert(0, os.environ.get("FSBENCH_CODE") or str(ROOT))

import claims  # noqa: E402
from factstream.countries import article_country  # noqa: E402

DEVSET_DIR = ROOT / "bench" / "devset"
KINDS = ("percent", "money", "count", "number", "date")
LANGS = ("ar", "en")


def corpus_dir() -> Path:
    return Path(os.environ.get("FACTSTREAM_CORPUS_DIR", ROOT.parent / "shared" / "corpus"))


def sentence_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class Unit:
    """One bound of one claim: what the matching counts."""

    kind: str
    value: Any
    currency: str | None
    start: int
    end: int
    cls: str = ""
    text: str = ""
    matched: bool = False


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class LangResult:
    kinds: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    overall: Tally = field(default_factory=Tally)
    any_kind: Tally = field(default_factory=Tally)
    money_any_currency: Tally = field(default_factory=Tally)
    miss_classes: Counter = field(default_factory=Counter)
    fp_classes: Counter = field(default_factory=Counter)
    miss_causes: Counter = field(default_factory=Counter)
    fp_causes: Counter = field(default_factory=Counter)
    sentences: int = 0
    drifted: list[str] = field(default_factory=list)


def load_devset(lang: str, devset: Path) -> list[dict[str, Any]]:
    path = devset / f"{lang}.jsonl"
    entries = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if line.strip():
                entry = json.loads(line)
                problem = annotation_problem(entry)
                if problem:
                    raise SystemExit(f"{path}:{number}: {problem}")
                entries.append(entry)
    return entries


def annotation_problem(entry: dict[str, Any]) -> str | None:
    """What is wrong with one dev-set line, or None (a malformed annotation must not be scored silently)."""
    for key in ("id", "article", "start", "end", "sha", "pick", "claims"):
        if key not in entry:
            return f"missing field {key!r}"
    length = entry["end"] - entry["start"]
    if length <= 0:
        return "empty sentence span"
    for c in entry["claims"] + entry.get("not_claims", []):
        if not 0 <= c.get("start", -1) < c.get("end", -1) <= length:
            return f"span {c.get('start')}:{c.get('end')} outside the sentence (length {length})"
    for c in entry["claims"]:
        if c.get("kind") not in KINDS:
            return f"unknown kind {c.get('kind')!r}"
        if c["kind"] == "money" and "currency" not in c:
            return "a money claim needs a currency (null when a reader cannot tell)"
        if c["kind"] != "date" and not isinstance(c.get("value"), int | float):
            return f"{c['kind']} value must be a number, not {c.get('value')!r}"
    return None


def load_articles(lang: str, ids: set[str]) -> dict[str, dict[str, Any]]:
    path = corpus_dir() / f"articles_{lang}.jsonl"
    if not path.exists():
        raise SystemExit(f"corpus not found: {path} (set FACTSTREAM_CORPUS_DIR)")
    found: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            if record["id"] in ids:
                found[record["id"]] = record
    missing = ids - found.keys()
    if missing:
        raise SystemExit(f"{len(missing)} dev-set articles missing from {path}: {sorted(missing)[:5]}")
    return found


def units_of(claim: dict[str, Any], text: str) -> list[Unit]:
    """The bound units of one claim (gold or predicted), with offsets relative to the sentence."""
    kind, start, end = claim["kind"], claim["start"], claim["end"]
    currency = claim.get("currency") if kind == "money" else None
    cls = claim.get("class", "")
    snippet = text[max(start, 0):max(end, 0)]
    units = [Unit(kind, claim.get("value"), currency, start, end, cls, snippet)]
    if claim.get("value_high") is not None:
        units.append(Unit(kind, claim["value_high"], currency, start, end, cls, snippet))
    return units


def same_value(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, str) or isinstance(b, str):
        return _iso(a) == _iso(b)
    return math.isclose(float(a), float(b), rel_tol=1e-4, abs_tol=0.005)


def _iso(value: Any) -> str:
    text = str(value)
    return text.zfill(4) if text.isdigit() and len(text) < 4 else text  # year 610 -> "0610"


def overlap(a: Unit, b: Unit) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: list[Unit], predicted: list[Unit], *, kind: bool = True, currency: bool = True) -> int:
    """One-to-one greedy matching; sets .matched and returns the number of matched pairs."""
    for u in gold + predicted:
        u.matched = False
    pairs = 0
    for g in gold:
        best, best_overlap = None, 0
        for p in predicted:
            if p.matched or (kind and p.kind != g.kind) or not same_value(g.value, p.value):
                continue
            if currency and g.kind == "money" and p.currency != g.currency:
                continue
            o = overlap(g, p)
            if o > best_overlap:
                best, best_overlap = p, o
        if best is not None:
            g.matched = best.matched = True
            pairs += 1
    return pairs


def extract_for(entry: dict[str, Any], article: dict[str, Any], context: str, cache: dict[str, list]) -> list[dict]:
    """Predicted claims of one dev-set sentence, offsets relative to the sentence."""
    lang, published = article.get("lang"), article.get("published_at")
    kwargs: dict[str, Any] = {"lang": lang, "published_at": published}
    if "country" in inspect.signature(claims.extract).parameters:
        # the outlet's country as `extract --jsonl` and `check --jsonl` take it: the record's own (sets kept outside
        # the repository name it), else the outlet map (the shared corpus's Saudi papers and the BBC), else the URL
        kwargs["country"] = article_country(article.get("country"), article.get("source"), article.get("url"))
    if "headline" in inspect.signature(claims.extract).parameters:  # the title, else the URL's headline words
        kwargs["headline"] = claims.headline_text(article.get("title"), article.get("url"))
    s0, s1 = entry["start"], entry["end"]
    if context == "sentence":
        found = claims.extract(article["body"][s0:s1], article_id=article["id"], **kwargs)
        return [c.model_dump() for c in found]
    found = cache.get(article["id"])
    if found is None:
        found = claims.extract(article["body"], article_id=article["id"], **kwargs)
        cache[article["id"]] = found
    out = []
    for c in found:
        if c.start < s1 and c.end > s0:
            d = c.model_dump()
            d["start"], d["end"] = c.start - s0, c.end - s0
            out.append(d)
    return out


def score_lang(lang: str, args: argparse.Namespace) -> LangResult:
    entries = load_devset(lang, args.devset)
    articles = load_articles(lang, {e["article"] for e in entries})
    result, cache = LangResult(), {}
    entries = [e for e in entries if picked(e["pick"], args.picks)]
    for entry in entries:
        article = articles[entry["article"]]
        text = article["body"][entry["start"]:entry["end"]]
        if sentence_hash(text) != entry["sha"]:
            result.drifted.append(entry["id"])
            continue
        result.sentences += 1
        gold = [u for c in entry["claims"] for u in units_of(c, text)]
        pred = [u for c in extract_for(entry, article, args.context, cache) for u in units_of(c, text)]
        match(gold, pred, kind=False, currency=False)
        result.any_kind.tp += sum(g.matched for g in gold)
        result.any_kind.fn += sum(not g.matched for g in gold)
        result.any_kind.fp += sum(not p.matched for p in pred)
        gm = [g for g in gold if g.kind == "money"]
        pm = [p for p in pred if p.kind == "money"]
        match(gm, pm, currency=False)
        result.money_any_currency.tp += sum(g.matched for g in gm)
        result.money_any_currency.fn += sum(not g.matched for g in gm)
        result.money_any_currency.fp += sum(not p.matched for p in pm)
        match(gold, pred)
        for g in gold:
            tally = result.kinds[g.kind]
            if g.matched:
                tally.tp += 1
                result.overall.tp += 1
            else:
                tally.fn += 1
                result.overall.fn += 1
                result.miss_classes[g.cls or "-"] += 1
        for p in pred:
            if not p.matched:
                result.kinds[p.kind].fp += 1
                result.overall.fp += 1
                result.fp_classes[_not_claim_class(p, entry)] += 1
        for g in gold:
            if not g.matched:
                result.miss_causes[miss_cause(g, pred)] += 1
        for p in pred:
            if not p.matched:
                result.fp_causes[fp_cause(p, gold, entry)] += 1
        if args.show_errors:
            show_errors(entry, text, gold, pred)
    return result


def picked(pick: str, picks: str) -> bool:
    """Whether a sentence of this pick belongs to the split asked for (PICKS in main)."""
    if picks == "all":
        return True
    if picks == "dev":
        return not pick.startswith("fresh")
    if picks == "targeted":
        return pick != "random" and not pick.startswith("fresh")
    if picks == "blind":
        return pick.startswith("fresh")
    return pick == picks


def miss_cause(g: Unit, pred: list[Unit]) -> str:
    """Why a gold unit was missed, judged from the unmatched predictions over its span."""
    near = [p for p in pred if not p.matched and overlap(g, p) > 0]
    if not near:
        return "not found"
    if any(p.kind == g.kind and same_value(p.value, g.value) for p in near):
        return "wrong currency"
    if any(same_value(p.value, g.value) for p in near):
        return "wrong kind"
    return "wrong value"


def fp_cause(p: Unit, gold: list[Unit], entry: dict[str, Any]) -> str:
    cls = _not_claim_class(p, entry)
    if cls != "-":
        return {"5": "not a claim (5)", "6": "report time (6)"}.get(cls, f"class {cls}")
    touching = [g for g in gold if overlap(g, p) > 0]
    if not touching:
        return "no claim there"
    if all(g.matched for g in touching):
        return "duplicate of a found claim"
    return "wrong reading of a claim"


def _not_claim_class(p: Unit, entry: dict[str, Any]) -> str:
    for nc in entry.get("not_claims", []):
        if p.start < nc["end"] and p.end > nc["start"]:
            return nc.get("class") or "-"
    return "-"


def _fmt(u: Unit) -> str:
    cur = f" {u.currency}" if u.kind == "money" else ""
    return f"{u.kind} {u.value!r}{cur}"


def show_errors(entry: dict[str, Any], text: str, gold: list[Unit], pred: list[Unit]) -> None:
    misses = [g for g in gold if not g.matched]
    extras = [p for p in pred if not p.matched]
    if not misses and not extras:
        return
    print(f"\n{entry['id']} {entry['article']} [{entry['start']}:{entry['end']}] ({entry['pick']})")
    print(f"  | {text}")
    for g in misses:
        near = [p for p in extras if overlap(g, p) > 0]
        got = "; ".join(_fmt(p) for p in near) or "nothing"
        print(f"  MISS [{g.start}:{g.end}] {g.text!r} want {_fmt(g)} (class {g.cls or '-'}); got {got}")
    for p in extras:
        if any(overlap(g, p) > 0 for g in misses):
            continue  # shown beside its miss
        print(f"  FP   [{p.start}:{p.end}] {p.text!r} {_fmt(p)} (not-claim class {_not_claim_class(p, entry)})")


def report(results: dict[str, LangResult], context: str, picks: str) -> dict[str, Any]:
    out: dict[str, Any] = {"context": context, "picks": picks}
    header = f"{'':<22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"
    for lang, res in results.items():
        print(f"\n== {lang}: {res.sentences} sentences ({picks}), {res.overall.tp + res.overall.fn} gold claim units "
              f"(context: {context})")
        if res.drifted:
            print(f"   DRIFT: {len(res.drifted)} sentences skipped, text hash changed: {', '.join(res.drifted)}")
        print(header)
        rows: dict[str, Any] = {}
        for name, t in [*((k, res.kinds[k]) for k in KINDS if k in res.kinds), ("ALL", res.overall),
                        ("any kind (value+span)", res.any_kind), ("money, any currency", res.money_any_currency)]:
            p, r, f = t.prf()
            print(f"{name:<22}{p:>7.3f}{r:>7.3f}{f:>7.3f}{t.tp:>6}{t.fp:>6}{t.fn:>6}")
            rows[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                          "tp": t.tp, "fp": t.fp, "fn": t.fn}
        misses = ", ".join(f"{k}: {v}" for k, v in sorted(res.miss_classes.items()))
        fps = ", ".join(f"{k}: {v}" for k, v in sorted(res.fp_classes.items()))
        print(f"misses by gold class (issue 14; '-' untagged): {misses or 'none'}")
        print(f"false positives by not-claim class (5 not a claim, 6 report time; '-' untagged): {fps or 'none'}")
        print("misses by cause: " + ", ".join(f"{k}: {v}" for k, v in res.miss_causes.most_common()))
        print("false positives by cause: " + ", ".join(f"{k}: {v}" for k, v in res.fp_causes.most_common()))
        out[lang] = {"sentences": res.sentences, "drifted": res.drifted, "rows": rows,
                     "miss_classes": dict(res.miss_classes), "fp_classes": dict(res.fp_classes),
                     "miss_causes": dict(res.miss_causes), "fp_causes": dict(res.fp_causes)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=LANGS, action="append", help="score one language (repeatable); default both")
    ap.add_argument("--context", choices=("article", "sentence"), default="article")
    ap.add_argument("--devset", type=Path, default=DEVSET_DIR)
    picks = ("dev", "random", "targeted", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "blind", "all")
    ap.add_argument("--picks", choices=picks,
                    default="dev",
                    help="dev (default): the sentences the rules were tuned on (random + targeted); random: plain "
                         "news; targeted: picked for a class; fresh: the blind splits (issue 14, "
                         "bench/pick_fresh_en.py, pick_fresh_ar.py); fresh2: a second blind Arabic check, "
                         "annotated after the fixes made on `fresh`; fresh3: a third blind round "
                         "(pick_fresh_en.py / pick_fresh_ar.py --third); fresh4: the fourth (--fourth); "
                         "fresh5: the fifth (--fifth); blind: every fresh split pooled; all: every sentence")
    ap.add_argument("--show-errors", action="store_true", help="list misses and false positives (with text)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file (no corpus text)")
    args = ap.parse_args(argv)
    results = {lang: score_lang(lang, args) for lang in (args.lang or LANGS)}
    figures = report(results, args.context, args.picks)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 1 if any(r.drifted for r in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
