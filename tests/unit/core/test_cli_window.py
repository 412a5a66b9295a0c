"""The window of an undated article on the command line: a per-line `published_window` and `--undated-window`
for `check --jsonl` and `extract --jsonl`; a bad window is that line's error record, or one line for the flag."""

from __future__ import annotations

import io
import sys

import orjson
import pytest

from factstream.articles import parse_article
from factstream_cli.cli import main
from factstream_cli.feed import records_from_feed

SENTENCE = "The carrier agreed to buy its rival for £3bn ($4.2bn), the board said."


def run(monkeypatch, capsys, argv: list[str], lines: list[dict]) -> tuple[int, list[dict], str]:
    stdin = b"\n".join(orjson.dumps(line) for line in lines) + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    captured = capsys.readouterr()
    return code, [orjson.loads(line) for line in captured.out.splitlines()], captured.err


def conversion(result: dict) -> dict | None:
    return next((v for v in result.get("verdicts", []) if v["metric"] == "fx_conversion"), None)


def test_check_reads_a_window_per_line_and_the_flag_fills_the_rest(monkeypatch, capsys):
    lines = [
        {"id": "own", "text": SENTENCE, "published_window": {"start": "2004-01-01", "end": "2004-12-31"}},
        {"id": "flag", "text": SENTENCE},
        {"id": "dated", "text": SENTENCE, "published_at": "2015-07-22"},
    ]
    code, results, _ = run(monkeypatch, capsys, ["check", "--jsonl", "--undated-window", "2005-01-01/2005-12-31"],
                           lines)
    assert code == 0
    own, flag, dated = (conversion(r) for r in results)
    assert own is not None and own["verdict"] == "contradicted"
    assert own["article"]["published_window"] == {"start": "2004-01-01", "end": "2004-12-31"}  # its own, kept
    assert "2004-12-31" in own["explanation"]["en"]
    assert flag is not None and flag["article"]["published_window"] == {"start": "2005-01-01", "end": "2005-12-31"}
    assert dated is not None and dated["article"]["published_window"] is None  # a dated article takes no window
    assert "2015-07-22" in dated["explanation"]["en"]


def test_check_without_a_window_leaves_an_undated_article_undated(monkeypatch, capsys):
    code, results, _ = run(monkeypatch, capsys, ["check", "--jsonl"], [{"id": "a", "text": SENTENCE}])
    assert code == 0 and conversion(results[0]) is None


@pytest.mark.parametrize("window", ["2005-01-01/2004-01-01", "2004", "2004-01-01/2009-12-31", {"start": "x"}])
@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_bad_window_on_a_line_is_that_lines_error(monkeypatch, capsys, window, command):
    lines = [{"id": "bad", "text": SENTENCE, "published_window": window}, {"id": "good", "text": SENTENCE}]
    code, results, _ = run(monkeypatch, capsys, [command, "--jsonl"], lines)
    assert code == 1
    assert results[0]["line"] == 1 and "published_window" in results[0]["error"]
    assert "error" not in results[1]


@pytest.mark.parametrize("window", ["2005-01-01/2004-01-01", "2004-13-01/2005-01-01", "2004", "2001-01-01/2009-12-31"])
@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_bad_window_flag_is_one_line_and_exit_2(monkeypatch, capsys, window, command):
    with pytest.raises(SystemExit) as exited:
        run(monkeypatch, capsys, [command, "--jsonl", "--undated-window", window], [{"id": "a", "text": SENTENCE}])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert "--undated-window" in err and window in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_extract_carries_the_window_it_was_given(monkeypatch, capsys):
    lines = [{"id": "a", "text": SENTENCE}, {"id": "b", "text": SENTENCE, "published_at": "2015-07-22"}]
    code, results, _ = run(monkeypatch, capsys, ["extract", "--jsonl", "--undated-window", "2004-01-01/2005-12-31"],
                           lines)
    assert code == 0
    assert results[0]["published_window"] == "2004-01-01/2005-12-31" and results[0]["claims"]
    assert "published_window" not in results[1]


def test_feed_passes_the_window_through_and_dead_letters_a_bad_one():
    data = (orjson.dumps({"id": "a", "body": SENTENCE, "published_window": "2004-01-01/2005-12-31"}) + b"\n"
            + orjson.dumps({"id": "b", "body": SENTENCE, "published_window": "2005/2004"}) + b"\n")
    good, bad = records_from_feed(data, 1 << 20, "test")
    assert good.article is not None and str(good.article.published_window) == "2004-01-01/2005-12-31"
    streamed = parse_article(good.raw, 1 << 20)  # what the stream's extract agent decodes from the published line
    assert streamed.ref.published_window == good.article.published_window
    assert bad.article is None and bad.error is not None and "published_window" in bad.error
