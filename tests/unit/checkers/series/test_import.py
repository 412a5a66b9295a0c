"""`factstream reference import` on tiny upstream-format files the tests write."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest

from checkers.series import SeriesCatalog
from factstream_cli import cli

from .packmaker import write


def run_import(*argv: str) -> int:
    return cli.main(["reference", "import", *argv])


def test_eia_daily_files_become_an_oil_pack(tmp_path, capsys):
    brent = write(tmp_path / "up" / "brent-daily.csv", "Date,Price\n2018-03-08,63.61\n2018-03-09,65.49\n"
                                                         "2018-03-12,64.95\n")
    wti = write(tmp_path / "up" / "wti-daily.csv", "Date,Price\n2020-04-17,18.31\n2020-04-20,-36.98\n"
                                                     "2020-04-21,8.91\n")
    out = tmp_path / "oil"
    assert run_import("eia", str(brent), str(wti), "--out", str(out)) == 0
    assert "read back with no problem" in capsys.readouterr().out
    catalog = SeriesCatalog.load([out])
    weekend = catalog.get("brent").value_on(date(2018, 3, 11))
    assert (weekend.value, weekend.reason) == (65.49, "weekend")  # our made-up close of Friday 9 March
    assert catalog.get("wti").value_on(date(2020, 4, 20)).value == -36.98  # listed in allow_non_positive
    info = catalog.info("brent")
    assert info.unit == "USD per barrel" and "برنت" in info.cues["ar"] and info.observation == "close"


def test_a_bad_upstream_row_writes_nothing_and_names_its_line(tmp_path, capsys):
    brent = write(tmp_path / "brent-daily.csv", "Date,Price\n2018-03-08,63.61\n2018-03-09,n/a\n")
    out = tmp_path / "oil"
    assert run_import("eia", str(brent), "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "brent-daily.csv:3: value 'n/a' is not a number" in err and "nothing written" in err
    assert not out.exists()


def test_ecb_history_is_sorted_forward_and_named(tmp_path):
    hist = write(tmp_path / "eurofxref-hist.csv", "Date,USD,GBP,SAR_LIKE,\n2018-01-03,1.2039,0.88953,N/A,\n"
                                                    "2018-01-02,1.2065,0.88720,N/A,\n")
    out = tmp_path / "ecb"
    assert run_import("ecb", str(hist), "--out", str(out), "--gzip") == 0
    assert (out / "eurofxref-hist.csv.gz").is_file()
    catalog = SeriesCatalog.load([out])
    usd = catalog.get("ecb_eur", "USD")
    assert [p.label for p in usd.points()] == ["2018-01-02", "2018-01-03"]
    assert catalog.get("ecb_eur", "SAR_LIKE") is None  # no quote at all: no series
    assert "الجنيه الإسترليني" in catalog.entity("GBP").names["ar"]


def test_the_ecb_zip_is_read_as_published(tmp_path):
    archive = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("eurofxref-hist.csv", "Date,USD,\n2018-01-03,1.2039,\n2018-01-02,1.2065,\n")
    out = tmp_path / "ecb"
    assert run_import("ecb", str(archive), "--out", str(out)) == 0
    assert SeriesCatalog.load([out]).get("ecb_eur", "USD").value_on(date(2018, 1, 3)).value == 1.2039


def test_gold_monthly_keeps_rows_since_a_date(tmp_path):
    gold = write(tmp_path / "monthly.csv", "Date,Price\n1959-12,35.1\n1960-01,35.27\n1960-02,35.27\n")
    out = tmp_path / "gold"
    assert run_import("gold", str(gold), "--since", "1960-01", "--out", str(out)) == 0
    series = SeriesCatalog.load([out]).get("gold")
    assert series.first.label == "1960-01" and series.info.unit == "USD per troy ounce"


def wdi_upstream(root, code: str, title: str, rows: str):
    folder = root / "indicators" / code
    write(folder / "data.csv", "Country Name,Country Code,Year,Value\n" + rows)
    write(folder / "datapackage.json", json.dumps({"title": title, "licenses": [{"name": "CC-BY-4.0"}]}))


def test_wdi_indicators_become_annual_series_with_names(tmp_path):
    up = tmp_path / "wdi"
    wdi_upstream(up, "ny.gdp.mktp.kd.zg", "GDP growth (annual %)",
                 "Saudi Arabia,SAU,2016,1.7\nSaudi Arabia,SAU,2017,-0.7\nSaudi Arabia,SAU,2018,\n"
                 "Arab World,ARB,2017,1.1\n")
    wdi_upstream(up, "ag.lnd.frst.zs", "Forest area (% of land area)", '"Egypt, Arab Rep.",EGY,2017,0.045\n')
    out = tmp_path / "pack"
    assert run_import("wdi", str(up), "--indicators", "all", "--out", str(out)) == 0
    catalog = SeriesCatalog.load([out])
    growth = catalog.get("gdp_growth", "SAU")
    assert growth.value_on(date(2017, 9, 1)).value == -0.7
    assert growth.value_on(date(2018, 9, 1)).reason == "after_end"  # an empty value is no row
    assert catalog.info("gdp_growth").label["ar"].startswith("نمو الناتج المحلي")
    assert catalog.info("gdp_growth").measure == "change"
    forest = catalog.info("ag_lnd_frst_zs")  # not curated: upstream title, unit guessed
    assert forest.label == {"en": "Forest area (% of land area)"} and forest.unit == "percent"
    assert catalog.entity("ARB").group == "aggregate" and catalog.entity("ARB").display("ar") == "العالم العربي"
    assert catalog.entity("SAU").group == "country" and "السعودية" in catalog.entity("SAU").display("ar")


def test_an_old_wdi_vintage_gets_its_own_ids(tmp_path):
    up = tmp_path / "vintage"
    wdi_upstream(up, "fp.cpi.totl.zg", "Inflation, consumer prices (annual %)", "Jordan,JOR,2015,-0.9\n")
    out = tmp_path / "pack"
    assert run_import("wdi", str(up), "--vintage", "2018-08-01", "--out", str(out)) == 0
    catalog = SeriesCatalog.load([out])
    assert catalog.packs[0].name == "wdi-2018-08-01"
    assert catalog.get("inflation_cpi@2018-08-01", "JOR").value_on(date(2015, 12, 31)).value == -0.9
    assert catalog.info("inflation_cpi@2018-08-01").vintage == "2018-08-01"


def test_wdi_import_of_an_absent_indicator_fails_clearly(tmp_path, capsys):
    up = tmp_path / "wdi"
    wdi_upstream(up, "sp.pop.totl", "Population, total", "Qatar,QAT,2017,2724724\n")
    assert run_import("wdi", str(up), "--indicators", "sp.pop.totl,xx.none", "--out", str(tmp_path / "o")) == 1
    assert "xx.none" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["wdi"], ["nonsense", "x", "--out", "o"], ["eia", "x.csv"]])
def test_import_usage_errors(argv, capsys):
    assert run_import(*argv) == 2
    assert "reference import" in capsys.readouterr().err
