"""Pick the `fresh` Arabic split of the dev set (issue 14's honest estimate): reproducible, never tuned on.

    python bench/pick_fresh_ar.py > /tmp/fresh_ar.txt     # ids, offsets, sha and the text (terminal/tmp only)
    python bench/pick_fresh_ar.py --second                # the `fresh2` check: 40 more, ids ar-g00..ar-g39
    python bench/pick_fresh_ar.py --third                 # the `fresh3` split: 120 more, ids ar-h00..ar-h119
    python bench/pick_fresh_ar.py --fourth                # the `fresh4` split: 100 more, ids ar-k00..ar-k99
    python bench/pick_fresh_ar.py --fifth                 # the `fresh5` split: 100 more, ids ar-m00..ar-m99

120 sentences of ../shared/corpus/articles_ar.jsonl that the tuned dev set (every pick but `fresh`) does not hold,
split as the dev set was (a sentence ends at a newline, or at . ! ? ؟ plus an optional closing quote or bracket
before white space), trimmed, 30-320 characters long: 84 (70%) drawn with `random.Random(20261205).sample` from the
sentences with a digit or a number or month word (like claim-bearing news), 36 from all the other sentences (plain
news, to measure false positives). The text is printed for annotation only; bench/devset/ar.jsonl keeps references
and offsets, never corpus text. Annotated by hand by GUIDELINES.md before the extractor's output was looked at.
`--second` draws the `fresh2` check, annotated after the fixes made on `fresh` (a blind figure for them):
`random.Random(20261206).sample` of 200 sentences with a figure, the first 40 not in `fresh`.
`--third` draws `fresh3` (ids ar-h00..ar-h119) as the first split was drawn (84 + 36), with `random.Random(20261207)`,
from the sentences that no pick holds yet (dev set, `fresh`, `fresh2`).
`--fourth` draws `fresh4` (ids ar-k00..ar-k99): 70 + 30 (the same 70% claim-bearing share), `random.Random(20261208)`,
from the sentences that no pick holds yet (dev set, `fresh`, `fresh2`, `fresh3`).
`--fifth` draws `fresh5` (ids ar-m00..ar-m99) as `--fourth` (70 + 30), `random.Random(20261209)`, from the sentences
that no pick holds yet (dev set, `fresh` .. `fresh4`). Each split skips only the picks made before it, so every
older split still reproduces exactly.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.score_extract import corpus_dir, sentence_hash  # noqa: E402

SEED, NUMERIC, OTHER = 20261205, 84, 36
SECOND_SEED, SECOND_DRAW, SECOND = 20261206, 200, 40
THIRD_SEED = 20261207
FOURTH_SEED, FOURTH_NUMERIC, FOURTH_OTHER = 20261208, 70, 30
FIFTH_SEED = 20261209  # drawn 70 + 30 as the fourth
# the fresh splits in the order they were drawn: a split skips the ones before it, never itself or a later one
FRESH_ORDER = ("fresh3", "fresh4", "fresh5")
SENTENCE_END = re.compile(r'[.!?؟]["\'»”)\]]?(?=\s)|\n')
NUMBER_WORDS = (
    "واحد|اثنين|اثنان|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين|"
    "مئة|مائة|مئات|ألف|الف|آلاف|مليون|ملايين|مليار|مليارات|نصف|ثلث|ربع|عامين|يومين|شهرين|"
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين")
NUMERIC_TEXT = re.compile(r"[0-9٠-٩]|(?<![\w])(?:[وبلف]|ال)?(?:" + NUMBER_WORDS + r")\w{0,3}(?!\w)")


def sentences(body: str):
    start = 0
    for m in SENTENCE_END.finditer(body):
        yield start, m.end()
        start = m.end()
    yield start, len(body)


def main() -> int:
    lines = (ROOT / "bench/devset/ar.jsonl").read_text(encoding="utf-8").splitlines()
    fifth = "--fifth" in sys.argv[1:]
    fourth = "--fourth" in sys.argv[1:]
    third = "--third" in sys.argv[1:] or fourth or fifth
    # the third and later splits skip every sentence already held; the first two skip the dev set only
    this = "fresh5" if fifth else "fresh4" if fourth else "fresh3"
    later = set(FRESH_ORDER[FRESH_ORDER.index(this):])  # a split never skips itself or a later one
    tuned = [e for e in map(json.loads, filter(None, lines))
             if (third and e["pick"] not in later) or not e["pick"].startswith("fresh")]
    used, used_sha = {(e["article"], e["start"]) for e in tuned}, {e["sha"] for e in tuned}
    numeric, plain = [], []
    with (corpus_dir() / "articles_ar.jsonl").open(encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            body = art["body"]
            for s, e in sentences(body):
                while s < e and body[s].isspace():
                    s += 1
                while e > s and body[e - 1].isspace():
                    e -= 1
                text = body[s:e]
                if not 30 <= len(text) <= 320 or (art["id"], s) in used or sentence_hash(text) in used_sha:
                    continue
                (numeric if NUMERIC_TEXT.search(text) else plain).append((art["id"], s, e, text))
    if fourth or fifth:
        rng = random.Random(FIFTH_SEED if fifth else FOURTH_SEED)
        picked = rng.sample(numeric, FOURTH_NUMERIC) + rng.sample(plain, FOURTH_OTHER)
    else:
        rng = random.Random(THIRD_SEED if third else SEED)
        picked = rng.sample(numeric, NUMERIC) + rng.sample(plain, OTHER)
    prefix, pick = "ar-f", "fresh"
    if "--second" in sys.argv[1:]:
        first = {(art, s) for art, s, _, _ in picked}
        drawn = random.Random(SECOND_SEED).sample(numeric, SECOND_DRAW)
        picked = [x for x in drawn if (x[0], x[1]) not in first][:SECOND]
        prefix, pick = "ar-g", "fresh2"
    elif fifth:
        prefix, pick = "ar-m", "fresh5"
    elif fourth:
        prefix, pick = "ar-k", "fresh4"
    elif third:
        prefix, pick = "ar-h", "fresh3"
    for n, (art, s, e, text) in enumerate(picked):
        print(json.dumps({"id": f"{prefix}{n:02d}", "article": art, "start": s, "end": e,
                          "sha": sentence_hash(text), "pick": pick}))
        print("   | " + text.replace("\n", " "))
    print(f"# {len(numeric)} sentences with a figure, {len(plain)} without", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
