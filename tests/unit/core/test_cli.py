"""The offline command line: `check` and `extract` run the same functions as the stream, with no broker."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import orjson
import pytest

from factstream_cli.cli import main

SEED_DIR = Path(__file__).resolve().parents[3] / "factstream" / "data" / "seed"


def run(monkeypatch, capsys, argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_jsonl_returns_the_issue_examples_in_order(monkeypatch, capsys):
    lines = [
        {"id": "jo", "text": "بلغ عدد سكان الأردن 10.5 مليون نسمة في عام 2018", "lang": "ar"},
        {"id": "eg", "body": "Egypt's GDP was $263 billion in 2018", "lang": "en"},
        {"id": "tn", "text": "Inflation in Tunisia was 9.3% in 2018"},
        {"id": "club", "text": "the club paid $85 million for the striker", "published_at": "2019-07-01"},
    ]
    stdin = b"\n".join(orjson.dumps(line) for line in lines) + b"\n"
    code, out, _ = run(monkeypatch, capsys, ["check", "--jsonl"], stdin)
    assert code == 0
    results = [orjson.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["jo", "eg", "tn", "club"]

    def main_verdict(result: dict, kind: str) -> dict:
        return next(v for v in result["verdicts"] if v["claim"]["kind"] == kind)

    jordan = main_verdict(results[0], "count")
    assert jordan["verdict"] == "supported" and jordan["claim"]["value"] == 10_500_000
    assert jordan["fact"]["source_url"]
    egypt = main_verdict(results[1], "money")
    assert egypt["verdict"] == "supported"
    assert (egypt["claim"]["value"], egypt["claim"]["currency"]) == (263_000_000_000, "USD")
    tunisia = main_verdict(results[2], "percent")
    assert tunisia["verdict"] == "contradicted"  # the World Bank's CPI inflation for Tunisia in 2018 is 7.3%
    assert tunisia["claim"]["value"] == 9.3
    club = main_verdict(results[3], "money")
    assert club["verdict"] == "unverifiable" and club["fact"] is None


def test_check_jsonl_reports_a_bad_line_in_place_and_goes_on(monkeypatch, capsys):
    stdin = b'{"id": "ok", "text": "Inflation in Tunisia was 7.3% in 2018"}\n{oops\n{"id": "no-text"}\n'
    code, out, _ = run(monkeypatch, capsys, ["check", "--jsonl"], stdin)
    results = [orjson.loads(line) for line in out.splitlines()]
    assert code == 1
    assert results[0]["id"] == "ok" and results[0]["verdicts"]
    assert results[1]["line"] == 2 and "not JSON" in results[1]["error"]
    assert results[2]["line"] == 3 and "body" in results[2]["error"]


def test_check_of_the_seed_text_prints_its_verdicts(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["check", str(SEED_DIR / "kuwait-coalition-2018.ar.txt")])
    assert code == 0
    assert "metadata from kuwait-coalition-2018.jsonl" in err
    assert "74 دولة" in out and "contradicted" in out
    # The table wraps the explanation inside its cell: look for its parts.
    assert "counted 74" in out and "February 2018" in out and "11 September" in out


def test_check_json_is_one_document(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["check", "--json", str(SEED_DIR / "kuwait-coalition-2018.jsonl")])
    document = orjson.loads(out)
    verdicts = document["articles"][0]["verdicts"]
    statuses = {v["claim"]["text"]: v["verdict"] for v in verdicts}
    assert code == 0
    assert statuses["74 دولة"] == "contradicted"
    assert statuses["98%"] == "supported"
    assert statuses["200 مليون دولار"] == "supported"


def test_extract_jsonl_writes_one_line_per_input_in_order(monkeypatch, capsys):
    sentences = [{"id": i, "text": f"Turnout reached {50 + i % 40}% in district {i}."} for i in range(2000)]
    stdin = b"\n".join(orjson.dumps(s) for s in sentences)
    code, out, _ = run(monkeypatch, capsys, ["extract", "--jsonl", "--lang", "en"], stdin)
    results = [orjson.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [r["id"] for r in results] == list(range(2000))
    first = results[7]["claims"][0]
    assert (first["kind"], first["value"], first["text"]) == ("percent", 57, "57%")
    assert {"claim_id", "start", "end", "sentence", "lang"} <= set(first)


def test_extract_reads_text_and_resolves_weekdays_against_published_at(monkeypatch, capsys):
    text = "انطلقت في الكويت، صباح الثلاثاء، أعمال الاجتماع الوزاري".encode()
    code, out, _ = run(monkeypatch, capsys, ["extract", "--published-at", "2018-02-13"], text)
    claims = orjson.loads(out)
    assert code == 0
    assert [(c["kind"], c["value"], c["inferred"]) for c in claims] == [("date", "2018-02-13", True)]


def test_a_bad_date_option_is_a_clear_error(monkeypatch, capsys):
    seed_text = str(SEED_DIR / "kuwait-coalition-2018.ar.txt")
    with pytest.raises(SystemExit, match="not an ISO 8601 date"):
        run(monkeypatch, capsys, ["check", "--published-at", "yesterday", seed_text])
