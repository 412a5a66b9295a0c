#!/usr/bin/env bash
# Records what `factstream extract --jsonl` and `factstream check --jsonl` print over every article of the corpus,
# so a refactoring can show its behaviour is frozen: run it before and after, then `cmp` the two folders' files.
# The verdicts' `checked_at` is the wall clock and is masked; everything else (claim and verdict ids included)
# must be byte-identical.
#   usage: bench/frozen_outputs.sh OUT_DIR      (corpus: factstream.settings.corpus_dir(): $FACTSTREAM_CORPUS_DIR,
#                                                default ../shared/corpus)
set -euo pipefail
out="${1:?usage: bench/frozen_outputs.sh OUT_DIR}"
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$("$here/.venv/bin/python" -c 'from factstream.settings import corpus_dir; print(corpus_dir())')"
bin="${FSBENCH_BIN:-$here/.venv/bin/factstream}"
mkdir -p "$out"
cat "$corpus/articles_ar.jsonl" "$corpus/articles_en.jsonl" > "$out/corpus.jsonl"
"$bin" extract --jsonl < "$out/corpus.jsonl" > "$out/extract.jsonl"
"$bin" check --jsonl < "$out/corpus.jsonl" | sed -E 's/"checked_at":"[^"]*"/"checked_at":"-"/g' > "$out/check.jsonl"
rm "$out/corpus.jsonl"
wc -l "$out/extract.jsonl" "$out/check.jsonl"
md5sum "$out/extract.jsonl" "$out/check.jsonl"
