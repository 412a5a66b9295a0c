"""Bad rows and bad manifests: every problem as file:line, nothing loaded; the CLI prints the same lines."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

import checkers
from checkers.series import SeriesCatalog, read_series_pack, validate_paths
from factstream_cli import cli

from .packmaker import INDEX_MANIFEST, fx_pack, index_pack, write

BAD_ROWS = [
    ("2018-03-01", "100.0"),   # line 2
    ("2018-02-30", "101.0"),   # line 3: no such day
    ("2018-03-02", "abc"),     # line 4: not a number
    ("2018-03-05", "102.0"),   # line 5: fine
    ("2018-03-05", "103.0"),   # line 6: duplicate of line 5
    ("2018-03-06", "-4"),      # line 7: a price below zero
    ("2018-03-04", "99.0"),    # line 8: goes back in time
    ("05/03/2018", "99.0"),    # line 9: not ISO
]


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_loaded(tmp_path):
    pack = index_pack(tmp_path, BAD_ROWS)
    loaded, problems = read_series_pack(pack)
    assert loaded is None
    by_line = {p.line: p.message for p in problems}
    assert all(p.path == str(pack / "closes.csv") for p in problems)
    assert sorted(by_line) == [3, 4, 6, 7, 8, 9]
    assert "2018-02-30" in by_line[3]
    assert "not a number" in by_line[4]
    assert "duplicate date (first at line 5)" in by_line[6]
    assert "not positive" in by_line[7]
    assert "out of date order" in by_line[8]
    assert "YYYY-MM-DD" in by_line[9]
    with pytest.raises(checkers.ReferenceError) as raised:
        SeriesCatalog.load([pack])
    assert f"{pack / 'closes.csv'}:6: " in str(raised.value)


def test_a_row_with_too_many_fields_is_a_problem_at_its_line(tmp_path):
    pack = index_pack(tmp_path)
    with (pack / "closes.csv").open("a", encoding="utf-8") as handle:
        handle.write("2018-03-08,105.0,extra\n")
    _, problems = read_series_pack(pack)
    assert [(p.line, p.message) for p in problems] == [(6, "3 fields where the header has 2")]


def test_an_allowed_non_positive_price_loads(tmp_path):
    manifest = INDEX_MANIFEST.replace("positive: true", "positive: true\n    allow_non_positive: [2018-03-05]")
    pack = index_pack(tmp_path, [("2018-03-02", "10"), ("2018-03-05", "-1.5")], manifest)
    loaded, problems = read_series_pack(pack)
    assert problems == [] and loaded.series[("gulf_index", None)].value_on(date(2018, 3, 5)).value == -1.5


def test_manifest_mistakes_point_at_the_manifest_line(tmp_path):
    manifest = INDEX_MANIFEST.replace("frequency: daily", "frequency: hourly").replace("unit: points", "")
    pack = index_pack(tmp_path, manifest=manifest + "  other: {}\ncolour: blue\n")
    _, problems = read_series_pack(pack)
    text = "\n".join(str(p) for p in problems)
    assert f"{pack / 'manifest.yaml'}:5: series 'gulf_index': frequency must be one of" in text
    assert "needs a `unit`" in text
    assert "series 'other': unknown key" not in text and "series 'other'" in text
    assert f"{pack / 'manifest.yaml'}:17: unknown manifest key 'colour'" in text


def test_a_missing_column_is_reported_on_line_one(tmp_path):
    pack = index_pack(tmp_path, manifest=INDEX_MANIFEST.replace("value: close", "value: last"))
    _, problems = read_series_pack(pack)
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [(1, "missing column(s) ['last']")]


def test_gzip_files_are_read_transparently(tmp_path):
    pack = index_pack(tmp_path)
    raw = (pack / "closes.csv").read_bytes()
    (pack / "closes.csv").unlink()
    (pack / "closes.csv.gz").write_bytes(gzip.compress(raw))
    manifest = (pack / "manifest.yaml").read_text(encoding="utf-8").replace("closes.csv", "closes.csv.gz")
    write(pack / "manifest.yaml", manifest)
    series = SeriesCatalog.load([pack]).get("gulf_index")
    assert len(series) == 4 and series.value_on(date(2018, 3, 7)).value == 104.5


def test_wide_and_long_layouts_load_one_series_per_entity(tmp_path):
    catalog = SeriesCatalog.load([fx_pack(tmp_path)])
    assert sorted(catalog.entities_of("ecb_eur")) == ["GBP", "JPY", "USD"]
    assert len(catalog.get("ecb_eur", "GBP")) == 1  # N/A is no row
    assert catalog.get("official_exchange_rate", "EGY").value_on(date(2018, 7, 1)).value == 17.8
    assert catalog.entity("EGY").display("en") == "Egypt, Arab Rep."


def test_two_packs_defining_one_series_is_a_problem(tmp_path):
    first = index_pack(tmp_path / "a")
    second = index_pack(tmp_path / "b")
    problems = validate_paths([first, second])
    assert len(problems) == 1 and "already defined" in problems[0].message


def test_the_cli_validates_series_packs_in_the_usual_style(tmp_path, capsys):
    good, bad = index_pack(tmp_path / "good"), index_pack(tmp_path / "bad", BAD_ROWS)
    assert cli.main(["reference", "validate", str(good)]) == 0
    assert "ok: 1 path(s), no problems" in capsys.readouterr().out
    assert cli.main(["reference", "validate", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 6 and err[0].startswith(f"{bad / 'closes.csv'}:3: ")


def test_the_cli_still_validates_classic_packs(capsys):
    assert cli.main(["reference", "validate", str(checkers.default_pack_paths()[0])]) == 0
    assert "no problems" in capsys.readouterr().out


def test_the_cli_does_not_publish_series_packs_to_the_reference_topic(tmp_path, capsys):
    # Refused before any broker is contacted: the problem is printed like any other.
    assert cli.main(["reference", "load", str(index_pack(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert "the reference topic does not carry series" in err and "nothing loaded" in err


def test_numbers_python_would_accept_but_a_data_file_never_means(tmp_path):
    pack = index_pack(tmp_path, [("2018-03-01", "1_000"), ("2018-03-02", "nan"), ("2018-03-05", "inf")])
    _, problems = read_series_pack(pack)
    assert [(p.line, p.message.split(" is ")[1]) for p in problems] == [
        (2, "not a number"), (3, "not finite"), (4, "not finite")]
