"""Reference packs: loading, validation with file:line, the `reference` topic's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

import checkers
from checkers.reference.rows import FACTS_COLUMNS
from tests.unit.checkers.helpers import article, make_claim

MANIFEST = """\
name: dams
tables:
  - id: dams
    file: facts.csv
    layout: facts
metrics:
  reservoir_capacity:
    kinds: [number, count]
    unit: count
    cues: [capacity, سعة]
    time: snapshot
    label: {en: reservoir capacity in cubic metres, ar: سعة الخزان}
"""
HEADER = ",".join(FACTS_COLUMNS)
GOOD_ROW = ("mosul_dam,Mosul Dam,سد الموصل,reservoir_capacity,11100000000,count,2016-01-01,,,"
            "https://example.org/mosul,capacity of 11.1 billion cubic metres")


def write_pack(root: Path, rows: list[str], manifest: str = MANIFEST) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "manifest.yaml").write_text(manifest, encoding="utf-8")
    (root / "facts.csv").write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return root


def test_shipped_packs_validate_clean() -> None:
    assert checkers.validate_paths(checkers.default_pack_paths()) == []
    names = [p.name for p in checkers.default_pack_paths()]
    assert names == ["countries", "worldbank", "coalition", "organisations"]
    for path in checkers.default_pack_paths():
        assert (path / "SOURCES.md").exists() and (path / "manifest.yaml").exists()


def test_bad_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "dams", [
        GOOD_ROW,
        "mosul_dam,Mosul Dam,سد الموصل,reservoir_capacity,eleven,count,2016-01-01,,,https://example.org/m,q",
        "mosul_dam,Mosul Dam,سد الموصل,unknown_metric,5,count,2016-13-01,,,https://example.org/m,q",
        "mosul_dam,Mosul Dam,سد الموصل,reservoir_capacity,5,count,2016-01-01,2017-01-01,2016-01-01,ftp://x,q",
        "too,few,fields",
    ])
    problems = checkers.validate_paths([pack])
    text = [str(p) for p in problems]
    facts = str(pack / "facts.csv")
    assert any(t.startswith(f"{facts}:3:") and "not a plain number" in t for t in text)
    assert any(t.startswith(f"{facts}:4:") and "unknown_metric" in t for t in text)
    assert any(t.startswith(f"{facts}:4:") and "as_of" in t for t in text)
    assert any(t.startswith(f"{facts}:5:") and "valid_from" in t for t in text)
    assert any(t.startswith(f"{facts}:5:") and "source_url" in t for t in text)
    assert any(t.startswith(f"{facts}:6:") and "fields" in t for t in text)
    assert all(p.line != 2 for p in problems)


def test_bad_manifest_is_reported_with_its_line(tmp_path: Path) -> None:
    manifest = MANIFEST.replace("unit: count", "unit: furlongs")
    pack = write_pack(tmp_path / "dams", [GOOD_ROW], manifest)
    problems = checkers.validate_paths([pack])
    assert any(p.path.endswith("manifest.yaml") and p.line == 7 and "furlongs" in p.message for p in problems)
    broken = write_pack(tmp_path / "broken", [GOOD_ROW], "name: x\nmetrics: [unclosed\n")
    assert any("invalid YAML" in p.message for p in checkers.validate_paths([broken]))
    assert checkers.validate_paths([tmp_path / "missing"])[0].message == "no such file or directory"


def test_failed_load_raises_and_leaves_loaded_tables_intact(tmp_path: Path) -> None:
    good = write_pack(tmp_path / "good", [GOOD_ROW])
    tables = checkers.ReferenceTables.load([good], include_default=False)
    before = tables.to_records()
    bad = write_pack(tmp_path / "bad", [GOOD_ROW.replace("11100000000", "lots")])
    with pytest.raises(checkers.ReferenceError) as error:
        checkers.ReferenceTables.load([good, bad], include_default=False)
    assert isinstance(error.value, ValueError)
    assert f"{bad / 'facts.csv'}:2:" in str(error.value)
    assert tables.to_records() == before and tables.fact_count == 1


def test_custom_pack_answers_claims(tmp_path: Path) -> None:
    tables = checkers.ReferenceTables.load([write_pack(tmp_path / "dams", [GOOD_ROW])], include_default=False)
    sentence = "The capacity of the Mosul Dam is 11.1 billion cubic metres."
    claim = make_claim(sentence, "11.1 billion", "number", 11.1e9, lang="en")
    [verdict] = checkers.check_claims([claim], article(lang="en"), tables)
    assert verdict.verdict == "supported" and verdict.entity_id == "mosul_dam"


def test_records_round_trip_and_keys_are_stable(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "dams", [GOOD_ROW])
    records = checkers.records_from_paths([pack])
    assert records == checkers.records_from_paths([pack])
    tables = checkers.ReferenceTables.empty().with_records(records)
    assert sorted(tables.to_records()) == sorted(records)
    # A corrected figure keeps its key, so it replaces the old row.
    corrected = write_pack(tmp_path / "dams2", [GOOD_ROW.replace("11100000000", "12000000000")])
    new_records = checkers.records_from_paths([corrected])
    assert {k for k, _ in new_records} == {k for k, _ in records}


def test_with_records_replaces_deletes_and_never_mutates(tmp_path: Path) -> None:
    tables = checkers.ReferenceTables.load([write_pack(tmp_path / "dams", [GOOD_ROW])], include_default=False)
    [(key, row)] = [(k, r) for k, r in tables.to_records() if r["type"] == "fact"]
    updated = tables.with_records([(key, {**row, "value": 12_000_000_000})])
    assert updated is not tables
    assert tables.facts("mosul_dam", "reservoir_capacity")[0].value == 11_100_000_000
    assert updated.facts("mosul_dam", "reservoir_capacity")[0].value == 12_000_000_000
    deleted = updated.with_records([(key, None)])
    assert deleted.facts("mosul_dam", "reservoir_capacity") == []
    assert updated.fact_count == 1
    with pytest.raises(checkers.ReferenceError):
        tables.with_records([("fact|x", {"type": "fact", "table": "t"}), ("k", "not a row")])
    assert tables.fact_count == 1


def test_corrected_row_reaches_checks_without_reload(tables) -> None:
    sentence = "Egypt's GDP was $400 billion in 2018"
    claim = make_claim(sentence, "$400 billion", "money", 4e11, currency="USD", lang="en", time_ref="2018")
    ref = article(lang="en", published="2019-05-01T08:00:00+00:00")  # 2018 is over: a statistic, not a forecast
    assert checkers.check_claims([claim], ref, tables)[0].verdict == "contradicted"
    [(key, row)] = [(k, r) for k, r in tables.to_records() if k == "fact|worldbank_gdp|EGY|2018"]
    corrected = tables.with_records([(key, {**row, "value": 400e9})])
    assert checkers.check_claims([claim], ref, corrected)[0].verdict == "supported"
    assert checkers.check_claims([claim], ref, tables)[0].verdict == "contradicted"


def test_bare_csv_uses_metrics_of_the_shipped_packs(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text(HEADER + "\nglobal_coalition_against_daesh,Global Coalition,التحالف الدولي,member_count,91,"
                    "count,2026-06-01,2026-06-01,,https://example.org/c,91 members\n", encoding="utf-8")
    assert checkers.validate_paths([path]) == []
    tables = checkers.ReferenceTables.load([path])
    assert any(r.value == 91 for r in tables.facts("global_coalition_against_daesh", "member_count"))
    path.write_text(HEADER + "\nx,X,,no_such_metric,1,count,2020,,,https://e.org,q\n", encoding="utf-8")
    assert "no_such_metric" in str(checkers.validate_paths([path])[0])


def test_topic_metric_rows_meet_the_manifest_validator(tmp_path: Path) -> None:
    # One validator for metrics: what a manifest may not say, a `reference` row may not say either.
    tables = checkers.ReferenceTables.load([write_pack(tmp_path / "dams", [GOOD_ROW])], include_default=False)
    [(key, row)] = [(k, r) for k, r in tables.to_records() if r["type"] == "metric"]
    assert tables.with_records([(key, dict(row))]).metric("reservoir_capacity") is not None
    bad_manifest = write_pack(tmp_path / "bad", [GOOD_ROW], MANIFEST.replace("time: snapshot", "time: hourly"))
    [manifest_problem] = [p for p in checkers.validate_paths([bad_manifest]) if p.path.endswith(".yaml")]
    with pytest.raises(checkers.ReferenceError) as error:
        tables.with_records([(key, {**row, "time": "hourly"})])
    [topic_problem] = error.value.problems
    why = "time must be one of ['event', 'snapshot', 'yearly']"
    assert manifest_problem.message == f"metric 'reservoir_capacity': {why}"
    assert topic_problem.message == f"{key}: {why}"
    with pytest.raises(checkers.ReferenceError, match="label needs an English text"):
        tables.with_records([("metric|bare", {"type": "metric", "id": "bare", "unit": "count"})])
    assert tables.metric("bare") is None
