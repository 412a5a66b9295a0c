"""Dated series travel with the reference tables: the worker and `factstream check` load both together."""

from __future__ import annotations

from pathlib import Path

import checkers
from checkers.series import SERIES_PACKS


def test_default_tables_carry_the_shipped_series(tables) -> None:
    assert tables.series is not None
    assert tables.series.get("brent") is not None
    assert tables.series.get("ecb_eur", "USD") is not None
    assert {pack.name for pack in tables.series.packs} == set(SERIES_PACKS)


def test_rows_from_the_reference_topic_keep_the_series(tables) -> None:
    [(key, row)] = [(k, r) for k, r in tables.to_records() if k == "fact|worldbank_gdp|EGY|2018"]
    updated = tables.with_records([(key, {**row, "value": 1.0})])
    assert updated is not tables
    assert updated.series is tables.series
    assert [r.value for r in updated.facts("EGY", "gdp_usd") if r.year == 2018] == [1.0]


def test_tables_without_default_packs_have_no_series() -> None:
    assert checkers.ReferenceTables.load(include_default=False).series is None
    assert checkers.ReferenceTables.empty().series is None


def test_an_operator_series_pack_given_as_reference_loads_with_the_tables(tmp_path: Path) -> None:
    pack = tmp_path / "gulf-index"
    pack.mkdir()
    (pack / "closes.csv").write_text("date,close\n2015-07-20,9010.5\n2015-07-21,9034.1\n", encoding="utf-8")
    (pack / "manifest.yaml").write_text(
        "name: gulf-index\nseries:\n  gulf_index:\n    file: closes.csv\n    layout: dated\n"
        "    columns: {date: date, value: close}\n    frequency: daily\n    observation: close\n"
        "    unit: points\n    label: {en: Gulf index close}\n", encoding="utf-8")
    loaded = checkers.ReferenceTables.load([pack], include_default=False)
    assert loaded.series is not None
    assert loaded.series.get("gulf_index").last.value == 9034.1
    assert loaded.series.get("brent") is None
    with_defaults = checkers.ReferenceTables.load([pack])
    assert with_defaults.series.get("gulf_index") is not None and with_defaults.series.get("brent") is not None
