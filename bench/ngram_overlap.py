"""Find runs of 6+ words that repository files share with news corpora kept outside the repository.

    python bench/ngram_overlap.py                       # files changed since 523bcf2 vs every OOD set + shared corpus
    python bench/ngram_overlap.py --base 523bcf2 --n 6 --show   # --show prints the repository words of each hit
    python bench/ngram_overlap.py --blind ar30,ar31,en30,en31    # the OOD sets labelled 'blind' (default: BLIND_SETS)

Words: NFKC, case-folded, Arabic diacritics, tatweel and zero-width/bidi marks removed, Arabic-Indic digits as ASCII,
split on whitespace, punctuation and symbols stripped at each word's edges (words of punctuation alone dropped).
A hit is a run of repository words every 6 consecutive of which also stand in a corpus text (title, body, any
string field). The output names the repository side only (file:line, run length and the corpus set); corpus text
is never printed, so the final blind sets may be scanned by this script.
Corpora: /work/ood-work/*/corpus/articles_*.jsonl and /work/shared/corpus/articles_*.jsonl unless --corpus is given.
Exit status 1 when any hit is found.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ["/work/ood-work/*/corpus/articles_*.jsonl", "/work/shared/corpus/articles_*.jsonl"]
BLIND_SETS = {"ar26", "ar27", "en26", "en27"}  # default of --blind: session 12's blind sets
_ARABIC_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_MARKS = re.compile(f"[{_ARABIC_MARKS}{_INVISIBLE}]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _edge(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def normalize_word(raw: str) -> str:
    word = _MARKS.sub("", unicodedata.normalize("NFKC", raw)).casefold().translate(_DIGITS)
    start, end = 0, len(word)
    while start < end and _edge(word[start]):
        start += 1
    while end > start and _edge(word[end - 1]):
        end -= 1
    return word[start:end]


def words_with_lines(text: str) -> list[tuple[str, int]]:
    out = []
    for line_no, line in enumerate(text.splitlines(), 1):
        for raw in line.split():
            word = normalize_word(raw)
            if word:
                out.append((word, line_no))
    return out


def ngrams(words: list[str], n: int):
    for i in range(len(words) - n + 1):
        yield i, " ".join(words[i : i + n])


def corpus_label(path: str, blind_sets: set[str] = BLIND_SETS) -> str:
    parts = Path(path).parts
    if "ood-work" in parts:
        name = parts[parts.index("ood-work") + 1]
        return "blind" if name in blind_sets else name
    return "shared"


def strings_of(record) -> list[str]:
    if isinstance(record, str):
        return [record]
    if isinstance(record, dict):
        return [s for v in record.values() for s in strings_of(v)]
    if isinstance(record, list):
        return [s for v in record for s in strings_of(v)]
    return []


def changed_files(base: str) -> list[Path]:
    out = subprocess.run(
        ["git", "-C", str(ROOT), "diff", "--name-only", "--diff-filter=AMR", f"{base}..HEAD"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return [ROOT / name for name in out if (ROOT / name).is_file()]


def scan(files: list[Path], corpora: list[str], n: int, blind_sets: set[str] = BLIND_SETS):
    tokens = {}
    wanted: dict[str, set] = {}
    for path in files:
        try:
            tokens[path] = words_with_lines(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
        for _, gram in ngrams([w for w, _ in tokens[path]], n):
            wanted[gram] = set()
    for pattern in corpora:
        for cpath in sorted(glob.glob(pattern)):
            label = corpus_label(cpath, blind_sets)
            with open(cpath, encoding="utf-8") as fh:
                for line in fh:
                    for text in strings_of(json.loads(line)):
                        words = [w for w, _ in words_with_lines(text)]
                        for _, gram in ngrams(words, n):
                            if gram in wanted:
                                wanted[gram].add(label)
    return tokens, wanted


def runs_of(toks: list[tuple[str, int]], wanted: dict[str, set], n: int):
    """Merge matched n-gram windows into maximal runs: (first index, last index, corpus labels)."""
    runs: list[list] = []
    for i, gram in ngrams([w for w, _ in toks], n):
        labels = wanted.get(gram)
        if not labels:
            continue
        if runs and i <= runs[-1][1] + 1:
            runs[-1][1] = i + n - 1
            runs[-1][2] |= labels
        else:
            runs.append([i, i + n - 1, set(labels)])
    return runs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="523bcf2")
    ap.add_argument("--n", type=int, default=6)
    ap.add_argument("--corpus", action="append", help="JSONL glob (repeatable); default: OOD sets + shared corpus")
    ap.add_argument("--show", action="store_true", help="print the repository words of each hit")
    ap.add_argument("--blind", default=",".join(sorted(BLIND_SETS)),
                    help="comma-separated OOD set names labelled 'blind' in the output (default: %(default)s)")
    ap.add_argument("files", nargs="*", help="repository files (default: files changed since --base)")
    args = ap.parse_args()
    files = [Path(f).resolve() for f in args.files] or changed_files(args.base)
    blind_sets = {name.strip() for name in args.blind.split(",") if name.strip()}
    tokens, wanted = scan(files, args.corpus or DEFAULT_CORPORA, args.n, blind_sets)
    hits = 0
    for path in files:
        toks = tokens.get(path, [])
        for first, last, labels in runs_of(toks, wanted, args.n):
            hits += 1
            rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            span = f"{toks[first][1]}" + (f"-{toks[last][1]}" if toks[last][1] != toks[first][1] else "")
            line = f"{rel}:{span}\t{last - first + 1} words\t{','.join(sorted(labels))}"
            if args.show:
                line += "\t" + " ".join(w for w, _ in toks[first : last + 1])
            print(line)
    print(f"{hits} hit(s) in {len(files)} file(s)", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
