"""bench/corpus_sets.py: a set drawn from a corpus, filled from plain annotation lines, validated, then scored."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

# our own sentences, in the style of the corpus (one figure-free sentence between them is skipped by the draw)
BODIES = {
    "t-1": "The council approved 14 new bus routes on Tuesday. Residents welcomed the plan warmly.\n"
           "Fares will rise by 3% from March, the operator said.",
    "t-2": "A regional airline carried 2.4 million passengers last year. Nothing else was announced.",
    "t-3": "Officials met in the capital to discuss the harbour project for the coming season.",
}


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"{name}_for_test", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def drawn(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with (corpus / "articles_en.jsonl").open("w", encoding="utf-8") as fh:
        for aid, body in BODIES.items():
            fh.write(json.dumps({"id": aid, "lang": "en", "title": "t", "published_at": None, "body": body}) + "\n")
    devset = tmp_path / "repo-devset"
    devset.mkdir()
    (devset / "en.jsonl").write_text(json.dumps({"article": "t-3"}) + "\n", encoding="utf-8")
    sets = load("corpus_sets")
    assert sets.draw("en", 0, 10, "demo", tmp_path / "sets", corpus, devset) == 0
    set_dir = tmp_path / "sets" / "demo"
    (set_dir / "corpus").symlink_to(corpus)  # the set reads the same articles as a web set would its own
    return sets, set_dir


def test_draw_skips_the_dev_set_and_sentences_without_a_figure(drawn):
    sets, set_dir = drawn
    rows = sets.read_set(set_dir, "en")
    texts = {BODIES[r["article"]][r["start"]:r["end"]] for r in rows}
    assert texts == {"The council approved 14 new bus routes on Tuesday.",
                     "Fares will rise by 3% from March, the operator said.",
                     "A regional airline carried 2.4 million passengers last year."}
    assert {r["article"] for r in rows} == {"t-1", "t-2"}  # t-3 is the dev set's


def test_fill_computes_offsets_and_validate_accepts_the_result(drawn, tmp_path):
    sets, set_dir = drawn
    ids = {BODIES[r["article"]][r["start"]:r["end"]][:9]: r["id"] for r in sets.read_set(set_dir, "en")}
    annotation = tmp_path / "ann.txt"
    annotation.write_text("\n".join([
        f"{ids['The counc']} | 14 new bus routes | count | 14",
        f"{ids['The counc']} | Tuesday | date | null",
        f"{ids['Fares wil']} | 3% | percent | 3",
        f"{ids['Fares wil']} | March | date | --03",
        f"{ids['A regiona']} | 2.4 million passengers | count | 2400000",
    ]) + "\n", encoding="utf-8")
    assert sets.fill(set_dir, "en", annotation) == 0
    assert sets.validate(set_dir, "en") == 0
    row = next(r for r in sets.read_set(set_dir, "en") if r["id"] == ids["A regiona"])
    claim = row["claims"][0]
    text = BODIES[row["article"]][row["start"]:row["end"]]
    assert (text[claim["start"]:claim["end"]], claim["value"]) == ("2.4 million passengers", 2400000)


def test_fill_refuses_money_without_a_currency_and_text_not_in_the_sentence(drawn, tmp_path):
    sets, set_dir = drawn
    first = sets.read_set(set_dir, "en")[0]["id"]
    annotation = tmp_path / "ann.txt"
    annotation.write_text(f"{first} | 14 new bus routes | money | 14\n{first} | 99 ferries | count | 99\n",
                          encoding="utf-8")
    assert sets.fill(set_dir, "en", annotation) == 1


def test_validate_reports_a_date_that_is_not_iso(drawn):
    sets, set_dir = drawn
    rows = sets.read_set(set_dir, "en")
    rows[0]["claims"] = [{"kind": "date", "value": "Tuesday", "start": 0, "end": 3}]
    sets.write_set(set_dir, "en", rows)
    assert sets.validate(set_dir, "en") == 1
