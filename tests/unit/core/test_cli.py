"""The offline command line: `check` and `extract` run the same functions as the stream, with no broker."""

from __future__ import annotations

import io
import os
import re
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
    # The table wraps the explanation inside its cell: read the cells' words without the borders and breaks.
    words = " ".join(re.sub("[│┃]", " ", out).split())
    assert "counted 74" in words and "February 2018" in words and "11 September" in words


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


# --- finding 3 of issue 15: one line of invalid UTF-8 is that line's error, not the run's ----------------
MIXED_UTF8 = (
    b'{"id": "before", "text": "Inflation in Tunisia was 7.3% in 2018"}\n'
    b'{"id": "broken", "text": "Exports rose \xff\xfe 12% last year"}\n'
    b'{"id": "after", "text": "Turnout reached 61% in the capital."}\n'
)


@pytest.mark.parametrize("command", [["check", "--jsonl"], ["extract", "--jsonl"]])
def test_jsonl_commands_turn_an_invalid_utf8_line_into_an_error_record_and_go_on(monkeypatch, capsys, command):
    code, out, _ = run(monkeypatch, capsys, command, MIXED_UTF8)
    results = [orjson.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r.get("id") for r in results] == ["before", None, "after"]
    assert results[1]["line"] == 2 and "not valid UTF-8" in results[1]["error"] and "0xff" in results[1]["error"]
    assert "error" not in results[0] and "error" not in results[2]


def test_extract_of_invalid_utf8_text_is_one_clear_error_line(monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, ["extract"], "السكان 10 مليون\n".encode() + b"bad \xc3( byte\n")
    assert code != 0 and out == ""
    assert err.strip().splitlines() == [err.strip()]
    assert "line 2" in err and "not valid UTF-8" in err and "Traceback" not in err


# --- finding 12: a newcomer's mistakes get one clear line and a non-zero exit -----------------------------
def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "stdin", "expected"),
    [
        (["check", "/missing/article.txt"], b"", "no such file: /missing/article.txt"),
        (["check", "--json"], b"", "stdin is empty"),
        (["check", "--jsonl"], b"\n  \n", "stdin holds only blank space"),
        (["check", "--json", "-"], b"", "stdin is empty"),
        (["extract"], b"", "stdin is empty"),
        (["extract", "--jsonl"], b"", "stdin is empty"),
    ],
)
def test_missing_or_empty_input_is_one_line_naming_it(monkeypatch, capsys, argv, stdin, expected):
    code, out, err = run(monkeypatch, capsys, argv, stdin)
    assert code != 0 and out == ""
    assert expected in _one_error_line(err)


def test_an_unreadable_file_or_a_directory_is_one_line(monkeypatch, capsys, tmp_path):
    code, _, err = run(monkeypatch, capsys, ["check", str(tmp_path)])
    assert code != 0 and "is a directory" in _one_error_line(err)
    locked = tmp_path / "locked.txt"
    locked.write_text("Exports rose 12% in 2017.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: a mode-0 file is still readable")
        code, _, err = run(monkeypatch, capsys, ["check", str(locked)])
        assert code != 0 and "permission denied" in _one_error_line(err)
    finally:
        locked.chmod(0o600)


@pytest.mark.parametrize("argv", [["check", "--bogus"], ["extract", "--lang", "fr"], ["nonsense"], ["feed"]])
def test_a_wrong_flag_is_one_line_and_exit_2(monkeypatch, capsys, argv):
    with pytest.raises(SystemExit) as exited:
        run(monkeypatch, capsys, argv)
    assert exited.value.code == 2
    line = _one_error_line(capsys.readouterr().err)
    assert line.startswith("factstream") and "--help" in line


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(monkeypatch, capsys):
    import factstream_cli.pipeline as pipeline

    def broken(article, tables):
        raise RuntimeError("reference tables went away\nsecond line of detail")

    monkeypatch.setattr(pipeline, "check_article", broken)
    stdin = b'{"id": "a", "text": "Exports rose 12% in 2017."}\n'
    code, _, err = run(monkeypatch, capsys, ["check", "--json"], stdin)
    line = _one_error_line(err)
    assert code == 1 and "RuntimeError: reference tables went away" in line and "--debug" in line
    with pytest.raises(RuntimeError, match="went away"):
        run(monkeypatch, capsys, ["check", "--debug", "--json"], stdin)
    with pytest.raises(RuntimeError, match="went away"):
        run(monkeypatch, capsys, ["--debug", "check", "--json"], stdin)


def test_a_bad_setting_is_one_line_naming_the_field(monkeypatch, capsys):
    monkeypatch.setenv("FACTSTREAM_PARTITIONS", "0")
    code, _, err = run(monkeypatch, capsys, ["check", "--json"], b'{"id": "a", "text": "Exports rose 12%."}\n')
    assert code == 1 and "partitions" in _one_error_line(err)


def test_the_fact_column_shows_values_as_the_explanation_does(monkeypatch, capsys):
    # The World Bank's CPI inflation for Egypt in 2017 is 29.5066...%: the table shows 29.51%, as the sentence.
    stdin = b'{"id": "eg", "lang": "en", "body": "Inflation in Egypt was 21% in 2017, the statistics agency said."}'
    code, out, _ = run(monkeypatch, capsys, ["check", "-"], stdin)
    assert code == 0
    assert "29.51% as of 2017" in out
    assert "29.506" not in out and "percent as of" not in out


def test_the_fact_column_formats_money_and_dates(monkeypatch, capsys):
    code, out, _ = run(monkeypatch, capsys, ["check", str(SEED_DIR / "kuwait-coalition-2018.ar.txt")])
    assert code == 0
    assert "US$200 million as of 2018-02-13" in out
    assert "200000000.0" not in out and "USD as of" not in out


def test_a_missing_reference_pack_is_one_line_naming_it(monkeypatch, capsys):
    stdin = b'{"id": "a", "text": "Exports rose 12% in 2017."}\n'
    code, out, err = run(monkeypatch, capsys, ["check", "--jsonl", "--reference", "/missing/pack"], stdin)
    assert code != 0 and out == ""
    assert "/missing/pack" in _one_error_line(err)


def test_a_line_separator_inside_a_jsonl_string_does_not_split_the_record(monkeypatch, capsys):
    # U+2028 is valid unescaped inside a JSON string; lines are split on \n and \r only, as JSON lines define them.
    stdin = '{"id": "ls", "text": "Exports rose 12% in 2017.\u2028Imports fell 3%."}\n'.encode()
    code, out, _ = run(monkeypatch, capsys, ["check", "--jsonl"], stdin)
    results = [orjson.loads(line) for line in out.split("\n") if line]  # the output holds the raw U+2028 too
    assert code == 0 and [r["id"] for r in results] == ["ls"]
    assert {v["claim"]["text"] for v in results[0]["verdicts"]} >= {"12%", "3%"}
