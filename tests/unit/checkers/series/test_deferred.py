"""The shipped catalog reads its World Bank files on their first lookup (worker start-up, docs/benchmarks.md):
the same series, values and names as reading every file at load, and a bad row still reported as file:line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import checkers.series.manifest as manifest
from checkers import ReferenceError
from checkers.series import SeriesCatalog, load_default_series

from .packmaker import write

STATS_MANIFEST = """\
name: mini-stats
license: ours
names_file: entities.csv
series:
  growth:
    file: growth.csv
    layout: indicator
    frequency: annual
    unit: percent
    label: {en: growth, ar: النمو}
"""


def stats_pack(root: Path, rows: str) -> Path:
    pack = root / "mini-stats"
    write(pack / "manifest.yaml", STATS_MANIFEST)
    write(pack / "entities.csv", "id,group,names_en,names_ar\nEGY,country,Egypt,مصر\n")
    write(pack / "growth.csv", "Country Name,Country Code,Year,Value\n" + rows)
    return pack


def test_the_deferred_catalog_holds_what_the_eager_one_holds() -> None:
    eager, deferred = SeriesCatalog.load(), SeriesCatalog.load(defer=True)
    assert any(pack.deferred for pack in deferred.packs)
    assert deferred.infos == eager.infos
    assert set(deferred.entity_codes) == set(eager.entity_codes)
    for code in eager.entity_codes:
        assert deferred.entity(code) == eager.entity(code), code
    for series_id in eager.infos:
        assert deferred.entities_of(series_id) == eager.entities_of(series_id), series_id
        for entity in eager.entities_of(series_id):
            old, new = eager.get(series_id, entity), deferred.get(series_id, entity)
            assert old.points() == new.points(), (series_id, entity)
    assert len(deferred) == len(eager)


def test_only_the_file_looked_up_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read = []
    real = manifest.read_file
    monkeypatch.setattr(manifest, "read_file", lambda path, *args: read.append(path.name) or real(path, *args))
    catalog = SeriesCatalog.load(defer=True)
    assert not [name for name in read if name.startswith(("ny.", "pa.", "sp."))]
    rate = catalog.get("official_exchange_rate", "EGY").value_on(date(2018, 6, 1))
    assert 17 < rate.value < 18.5
    assert [name for name in read if name.startswith(("ny.", "pa.", "sp."))] == ["pa.nus.fcrf.csv"]


def test_the_default_series_are_deferred() -> None:
    assert load_default_series().info("gdp_growth") is not None
    assert load_default_series().get("brent") is not None


def test_a_bad_row_in_a_deferred_file_is_reported_when_read(tmp_path: Path) -> None:
    pack = stats_pack(tmp_path, "Egypt,EGY,2017,4.2\nEgypt,EGY,2018,four\n")
    with pytest.raises(ReferenceError, match=r"growth\.csv:3"):
        SeriesCatalog.load([pack])  # read in full: refused at load
    catalog = SeriesCatalog.load([pack], defer=True)
    with pytest.raises(ReferenceError, match=r"growth\.csv:3: EGY: value 'four' is not a number"):
        catalog.get("growth", "EGY")


def test_a_deferred_file_that_is_missing_is_refused_at_load(tmp_path: Path) -> None:
    pack = stats_pack(tmp_path, "Egypt,EGY,2017,4.2\n")
    (pack / "growth.csv").unlink()
    with pytest.raises(ReferenceError, match=r"no file growth\.csv"):
        SeriesCatalog.load([pack], defer=True)


def test_a_good_deferred_file_reads_as_the_eager_one(tmp_path: Path) -> None:
    pack = stats_pack(tmp_path, "Egypt,EGY,2017,4.2\nEgypt,EGY,2018,5.3\n")
    catalog = SeriesCatalog.load([pack], defer=True)
    assert catalog.entities_of("growth") == ["EGY"]
    assert catalog.get("growth", "EGY").value_on(date(2018, 1, 1)).value == 5.3
    assert catalog.entity("EGY").display("ar") == "مصر"
