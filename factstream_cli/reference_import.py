"""`factstream reference import KIND SOURCE... --out DIR`: upstream files -> a series pack (checkers.series).

    wdi   DIR (the datasets/world-development-indicators layout: indicators/<code>/data.csv + datapackage.json)
    eia   FILE... (EIA spot prices, Date,Price: brent-daily.csv, wti-daily.csv; the file name gives the series)
    gold  FILE (gold prices, Date,Price, monthly averages)
    ecb   FILE (the ECB's eurofxref-hist.csv or .zip: Date then one column per currency, newest first)

The pack is written to a staging directory beside --out, read back with the same checks as a worker's load
(checkers.series.read_series_pack), and moved into --out only when it has no problem. Files already in --out
that the import does not write (SOURCES.md, README.md, licences) are kept. Labels, cue words, units and names
come from checkers/series/import_defaults.yaml.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

import yaml

DEFAULTS_NAME = "import_defaults.yaml"  # beside checkers/series/__init__.py
COUNTRY_CODES_PARTS = ("countries", "country-codes.csv")  # under the checkers' packs folder
KINDS = ("wdi", "eia", "gold", "ecb")
LICENSES = {
    "eia": "public domain (U.S. Energy Information Administration; attribution requested); packaging ODC-PDDL-1.0",
    "gold": "ODC-PDDL-1.0 (datasets/gold-prices; World Bank Pink Sheet)",
    "ecb": "ECB euro reference rates, reuse free of charge with the source named (ECB)",
}


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """Options of `factstream reference import` (added to the `reference` command's parser)."""
    group = parser.add_argument_group("import (factstream reference import wdi|eia|gold|ecb SOURCE... --out DIR)")
    group.add_argument("--out", help="pack directory to write (import)")
    group.add_argument("--indicators", help="wdi: comma-separated indicator codes, or 'all' (default: the "
                                            "indicators described in import_defaults.yaml)")
    group.add_argument("--since", help="keep rows from this date on (e.g. 1960-01 for gold)")
    group.add_argument("--gzip", action="store_true", help="write data files as .csv.gz")
    group.add_argument("--currency-names", help="ecb: folder with en/currency.csv and ar/currency.csv "
                                                "(names/currency-names) for currencies import_defaults.yaml lacks")
    group.add_argument("--countries", help="wdi: country-codes.csv for entity names (default: the countries pack)")
    group.add_argument("--vintage", help="wdi: the upstream files are the World Bank's figures as published on this "
                                         "date: series ids get @DATE, the pack is named wdi-DATE")


def run(args: argparse.Namespace) -> int:
    """Entry point from cli.cmd_reference: args.paths = [KIND, SOURCE...]."""
    if not args.paths or args.paths[0] not in KINDS or len(args.paths) < 2:
        print(f"usage: factstream reference import {{{','.join(KINDS)}}} SOURCE... --out DIR", file=sys.stderr)
        return 2
    if not args.out:
        print("reference import needs --out DIR", file=sys.stderr)
        return 2
    kind, sources = args.paths[0], [Path(p) for p in args.paths[1:]]
    out = Path(args.out)
    staging = out.with_name(out.name + ".importing")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        builder = {"wdi": _import_wdi, "eia": _import_eia, "gold": _import_gold, "ecb": _import_ecb}[kind]
        manifest = builder(sources, staging, args, _defaults())
        _write_manifest(staging, manifest)
        return _publish(staging, out)
    except ImportProblem as exc:
        print(f"{exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(staging, ignore_errors=True)


class ImportProblem(Exception):
    """An upstream file cannot be converted (the message says which and why)."""


def defaults_file() -> Path:
    """checkers/series/import_defaults.yaml, found where the checkers package is (a checkout or site-packages).
    Imported here, not at module level: the command-line parser stays light."""
    import checkers.series

    return Path(checkers.series.__file__).resolve().parent / DEFAULTS_NAME


def country_codes_file() -> Path:
    """The countries pack's country-codes.csv, from the checkers package's own packs folder."""
    from checkers.series.catalog import PACKS_DIR

    return PACKS_DIR.joinpath(*COUNTRY_CODES_PARTS)


def _defaults() -> dict[str, Any]:
    return yaml.safe_load(defaults_file().read_text(encoding="utf-8"))


def _publish(staging: Path, out: Path) -> int:
    from checkers.series.manifest import read_series_pack  # not at import: the parser stays light

    pack, problems = read_series_pack(staging)
    if pack is None:
        for problem in problems:
            print(str(problem), file=sys.stderr)
        print(f"nothing written to {out}: fix the problems above first", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(staging.rglob("*")):
        if path.is_file():
            target = out / path.relative_to(staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
            written += path.stat().st_size
    values = sum(len(s) for s in pack.series.values())
    print(f"wrote {out}: {len(pack.infos)} series entries, {len(pack.series)} series, {values:,} values, "
          f"{written / 1e6:.2f} MB; read back with no problem")
    return 0


# ------------------------------------------------------------------------------------------------ writing
def _open_out(path: Path, compress: bool) -> tuple[Path, io.TextIOBase]:
    if compress:
        path = path.with_name(path.name + ".gz")
        # mtime=0: the same input gives the same bytes.
        raw = gzip.GzipFile(filename="", mode="wb", fileobj=path.open("wb"), mtime=0)
        return path, io.TextIOWrapper(raw, encoding="utf-8", newline="")
    return path, path.open("w", encoding="utf-8", newline="")


def _write_rows(path: Path, header: list[str], rows: list[list[str]], compress: bool) -> str:
    """Write a CSV; returns its file name (with .gz when compressed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    final, handle = _open_out(path, compress)
    with handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return final.name


def _write_manifest(staging: Path, manifest: dict[str, Any]) -> None:
    head = (f"# Written by `factstream reference import` from {manifest.pop('_from')}; see README-series.md in\n"
            "# checkers/packs for the command. Labels and cue words: checkers/series/import_defaults.yaml.\n")
    body = yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    (staging / "manifest.yaml").write_text(head + body, encoding="utf-8")


def _read_csv(path: Path) -> list[list[str]]:
    try:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                name = next(n for n in archive.namelist() if n.endswith(".csv"))
                text = archive.read(name).decode("utf-8-sig")
        else:
            text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile, StopIteration) as exc:
        raise ImportProblem(f"{path}:1: cannot read: {exc}") from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ImportProblem(f"{path}:1: empty file")
    return rows


def _series_entry(meta: dict[str, Any], file_name: str, layout: str, **extra: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"file": file_name, "layout": layout}
    entry.update(extra)
    for key in ("label", "unit", "measure", "kinds", "cues", "tolerance", "source", "allow_non_positive"):
        if key in meta:
            entry[key] = meta[key]
    return entry


# ------------------------------------------------------------------------------------------------ dated series
def _dated_rows(path: Path, since: str | None) -> list[list[str]]:
    rows = _read_csv(path)
    header = [h.strip() for h in rows[0]]
    if header[:2] != ["Date", "Price"]:
        raise ImportProblem(f"{path}:1: expected the columns Date,Price, found {','.join(header)}")
    return [row[:2] for row in rows[1:] if row and (since is None or row[0] >= since)]


def _import_eia(sources: list[Path], staging: Path, args: argparse.Namespace, defaults: dict) -> dict[str, Any]:
    series: dict[str, Any] = {}
    for path in sources:
        series_id = path.name.split("-")[0].lower()
        meta = defaults["markets"].get(series_id)
        if meta is None:
            raise ImportProblem(f"{path}: the file name must start with brent- or wti- (the series it holds)")
        file_name = _write_rows(staging / f"{series_id}-daily.csv", ["Date", "Price"],
                                _dated_rows(path, args.since), args.gzip)
        series[series_id] = _series_entry(meta, file_name, "dated", columns={"date": "Date", "value": "Price"},
                                          frequency="daily", observation="close", calendar="trading_days",
                                          positive=True, source_code=meta.get("code"))
    return {"_from": ", ".join(p.name for p in sources), "name": "oil-prices",
            "description": "Brent and WTI crude oil spot prices, daily closes, USD per barrel (EIA).",
            "license": LICENSES["eia"], "sources": "SOURCES.md", "series": series}


def _import_gold(sources: list[Path], staging: Path, args: argparse.Namespace, defaults: dict) -> dict[str, Any]:
    meta = defaults["markets"]["gold"]
    file_name = _write_rows(staging / "gold-monthly.csv", ["Date", "Price"], _dated_rows(sources[0], args.since),
                            args.gzip)
    entry = _series_entry(meta, file_name, "dated", columns={"date": "Date", "value": "Price"},
                          frequency="monthly", observation="average", calendar="exact", positive=True)
    return {"_from": sources[0].name, "name": "gold-prices",
            "description": "Gold price, monthly averages, USD per troy ounce (World Bank Pink Sheet).",
            "license": LICENSES["gold"], "sources": "SOURCES.md", "series": {"gold": entry}}


# ------------------------------------------------------------------------------------------------ ECB
def _currency_names(folder: str | None) -> dict[str, dict[str, str]]:
    """code -> {en: name, ar: name} from names/currency-names (umpirsky/currency-list), when given."""
    found: dict[str, dict[str, str]] = {}
    if not folder:
        return found
    for lang in ("en", "ar"):
        path = Path(folder) / lang / "currency.csv"
        for row in _read_csv(path)[1:]:
            if len(row) >= 2:
                found.setdefault(row[0].strip(), {})[lang] = row[1].strip()
    return found


def _import_ecb(sources: list[Path], staging: Path, args: argparse.Namespace, defaults: dict) -> dict[str, Any]:
    rows = _read_csv(sources[0])
    header = [h.strip() for h in rows[0]]
    while header and not header[-1]:
        header.pop()
    if not header or header[0] != "Date" or len(header) < 2:
        raise ImportProblem(f"{sources[0]}:1: expected Date then currency codes, found {','.join(header)}")
    width = len(header)
    body = [[v.strip() for v in row[:width]] for row in rows[1:] if any(v.strip() for v in row)]
    body.sort(key=lambda row: row[0])  # upstream is newest first; a pack goes forward in time
    if args.since:
        body = [row for row in body if row[0] >= args.since]
    file_name = _write_rows(staging / "eurofxref-hist.csv", header, body, args.gzip)
    meta = defaults["markets"]["ecb_eur"]
    entry = _series_entry(meta, file_name, "wide", columns={"date": "Date"}, missing=["N/A", ""],
                          frequency="daily", observation="fixing", calendar="trading_days", positive=True)
    names = _currency_names(args.currency_names)
    aliases: dict[str, Any] = {}
    for code in ["EUR", *header[1:]]:
        known = defaults["currencies"].get(code)
        fallback = names.get(code, {})
        en = list(known["en"]) if known else [fallback["en"]] if fallback.get("en") else []
        ar = list(known["ar"]) if known else [fallback["ar"]] if fallback.get("ar") else []
        if en or ar:
            aliases[code] = {"en": en, "ar": ar}
    return {"_from": sources[0].name, "name": "ecb-fx",
            "description": "ECB euro reference rates, units of each currency per 1 EUR, daily (all currencies).",
            "license": LICENSES["ecb"], "sources": "SOURCES.md", "series": {"ecb_eur": entry}, "aliases": aliases}


# ------------------------------------------------------------------------------------------------ WDI
def _indicator_meta(code: str, folder: Path, defaults: dict) -> dict[str, Any]:
    """The manifest entry's description of one indicator: curated, else from its datapackage.json."""
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        package = {}
    meta = dict(defaults["wdi"].get(code) or {})
    title = str(package.get("title") or (meta.get("label") or {}).get("en") or code)
    licence = ", ".join(str(lic.get("name")) for lic in package.get("licenses") or [] if lic.get("name"))
    if not meta:
        meta = {"id": code.replace(".", "_"), "label": {"en": title}}
        meta["unit"] = "percent" if "%" in title else "USD" if "current US$" in title else (
            title.rsplit("(", 1)[1].rstrip(")") if "(" in title else "value")
        meta["measure"] = "change" if "annual %" in title else "ratio" if "% of" in title else "level"
    meta["source"] = {"name": f"World Bank WDI {code.upper()}: {title}" + (f" ({licence})" if licence else ""),
                      "url": f"https://data.worldbank.org/indicator/{code.upper()}"}
    return meta


def _wdi_codes(source: Path, wanted: str | None, defaults: dict, vintage: str | None) -> list[str]:
    folder = source / "indicators"
    if not folder.is_dir():
        raise ImportProblem(f"{source}: no indicators/ folder (the datasets/world-development-indicators layout)")
    available = sorted(p.name for p in folder.iterdir() if (p / "data.csv").is_file())
    if wanted == "all":
        return available
    if not wanted and vintage:
        # An old vintage holds fewer indicators: the described ones it has.
        return [c for c in defaults["wdi"] if c in available]
    codes = [c.strip().lower() for c in wanted.split(",") if c.strip()] if wanted else list(defaults["wdi"])
    absent = [c for c in codes if c not in available]
    if absent:
        raise ImportProblem(f"{source}: no indicators/<code>/data.csv for {', '.join(absent)}")
    return codes


def _import_wdi(sources: list[Path], staging: Path, args: argparse.Namespace, defaults: dict) -> dict[str, Any]:
    source = sources[0]
    series: dict[str, Any] = {}
    names: dict[str, str] = {}
    vintage = args.vintage
    for code in _wdi_codes(source, args.indicators, defaults, vintage):
        rows = _read_csv(source / "indicators" / code / "data.csv")
        header = [h.strip() for h in rows[0]]
        if header != ["Country Name", "Country Code", "Year", "Value"]:
            raise ImportProblem(f"{source}/indicators/{code}/data.csv:1: expected Country Name,Country Code,Year,"
                                f"Value, found {','.join(header)}")
        body = [row for row in rows[1:] if any(v.strip() for v in row)]
        for row in body:
            if len(row) == 4 and row[1].strip():
                names.setdefault(row[1].strip(), row[0].strip())
        meta = _indicator_meta(code, source / "indicators" / code, defaults)
        file_name = _write_rows(staging / "indicators" / f"{code}.csv", header, body, args.gzip)
        entry = _series_entry(meta, f"indicators/{file_name}", "indicator", frequency="annual",
                              observation="average", calendar="exact", source_code=code)
        if vintage:
            entry["vintage"] = vintage
        series[f"{meta['id']}@{vintage}" if vintage else meta["id"]] = entry
    _write_rows(staging / "entities.csv", ["id", "group", "names_en", "names_ar"],
                _wdi_entities(names, Path(args.countries) if args.countries else country_codes_file(), defaults), False)
    as_of = f", as published on {vintage}" if vintage else ""
    return {"_from": f"{source} ({len(series)} indicators)", "name": f"wdi-{vintage}" if vintage else "wdi",
            "description": f"World Development Indicators by country and aggregate, annual (World Bank){as_of}.",
            "license": "CC-BY-4.0 (World Bank World Development Indicators)", "sources": "SOURCES.md",
            "series": series, "names_file": "entities.csv"}


def _wdi_entities(names: dict[str, str], country_codes: Path, defaults: dict) -> list[list[str]]:
    """One row per entity of the data: id, group, English names, Arabic names (| between names)."""
    countries: dict[str, dict[str, str]] = {}
    if country_codes.is_file():
        table = _read_csv(country_codes)
        header = table[0]
        for row in table[1:]:
            record = dict(zip(header, row, strict=False))
            code = record.get("ISO3166-1-Alpha-3", "").strip()
            if code:
                countries[code] = record
    extra = defaults.get("wdi_entities") or {}
    rows = []
    for code, wb_name in sorted(names.items()):
        record, curated = countries.get(code, {}), extra.get(code, {})
        en = [wb_name, record.get("CLDR display name", ""), record.get("official_name_en", ""),
              *curated.get("en_more", [])]
        ar = [curated.get("ar", ""), record.get("UNTERM Arabic Short", ""), record.get("official_name_ar", ""),
              *curated.get("ar_more", [])]
        group = curated.get("group") or ("country" if record else "aggregate")
        rows.append([code, group, _join(en), _join(ar)])
    return rows


def _join(names: list[str]) -> str:
    cleaned = [n.replace("*", "").replace("|", "/").strip() for n in names]
    return "|".join(dict.fromkeys(n for n in cleaned if n))
