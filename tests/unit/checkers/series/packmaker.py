"""Tiny series packs and upstream files written by the tests (our own figures, not the shipped data)."""

from __future__ import annotations

import textwrap
from pathlib import Path

INDEX_MANIFEST = """\
name: gulf-index
description: An operator's daily closes of a made-up Gulf stock index.
license: ours
series:
  gulf_index:
    file: closes.csv
    layout: dated
    columns: {date: date, value: close}
    frequency: daily
    observation: close
    calendar: trading_days
    unit: points
    positive: true
    label: {en: Gulf index close, ar: إغلاق مؤشر الخليج}
    cues: {en: [Gulf index, the index], ar: [مؤشر الخليج, المؤشر]}
"""

# Thursday 1 March 2018 .. Wednesday 7 March 2018, with the weekend (3-4 March) and Tuesday 6 March missing.
INDEX_ROWS = [
    ("2018-03-01", "100.0"),
    ("2018-03-02", "102.0"),
    ("2018-03-05", "99.0"),
    ("2018-03-07", "104.5"),
]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def index_pack(root: Path, rows: list[tuple[str, str]] | None = None, manifest: str = INDEX_MANIFEST) -> Path:
    pack = root / "gulf-index"
    write(pack / "manifest.yaml", manifest)
    lines = ["date,close"] + [f"{d},{v}" for d, v in (rows if rows is not None else INDEX_ROWS)]
    write(pack / "closes.csv", "\n".join(lines) + "\n")
    return pack


FX_MANIFEST = """\
name: mini-fx
license: ours
series:
  ecb_eur:
    file: rates.csv
    layout: wide
    columns: {date: Date}
    missing: [N/A, ""]
    frequency: daily
    observation: fixing
    unit: "{entity} per EUR"
    positive: true
    label: {en: euro reference rate, ar: السعر المرجعي لليورو}
  usd_peg:
    file: pegs.csv
    layout: indicator
    columns: {entity: currency, name: name, date: since, value: per_usd}
    frequency: daily
    calendar: step
    valid_to: 2030-12-31
    unit: "{entity} per USD"
    positive: true
    label: {en: peg, ar: ربط}
  official_exchange_rate:
    file: official.csv
    layout: indicator
    frequency: annual
    calendar: exact
    unit: LCU per USD
    label: {en: official rate, ar: السعر الرسمي}
"""


def fx_pack(root: Path) -> Path:
    pack = root / "mini-fx"
    write(pack / "manifest.yaml", FX_MANIFEST)
    # Friday 2 and Monday 5 March 2018; GBP has no quote on the 5th.
    write(pack / "rates.csv", "Date,USD,GBP,JPY,\n2018-03-02,1.25,0.90,130.0,\n2018-03-05,1.20,N/A,128.0,\n")
    write(pack / "pegs.csv", "currency,name,since,per_usd\nSAR,riyal,1990-01-01,3.75\nAED,dirham,1998-01-01,3.6725\n")
    write(pack / "official.csv", 'Country Name,Country Code,Year,Value\n"Egypt, Arab Rep.",EGY,2017,17.5\n'
                                 '"Egypt, Arab Rep.",EGY,2018,17.8\n')
    return pack
