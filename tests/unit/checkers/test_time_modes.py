"""A new kind of reference plugs in as one slicer: the time mode is accepted by the one metric validator and the
checker takes its facts from the slicer registered for it (checkers/README.md, 'Where a new kind of reference
plugs in')."""

from __future__ import annotations

from pathlib import Path

import pytest

import checkers
from checkers import timing
from checkers.reference import rows
from checkers.reference.tables import FactRow, MetricDef
from tests.unit.checkers.helpers import article, make_claim

MANIFEST = """\
name: crude
tables:
  - id: crude
    file: facts.csv
    layout: facts
metrics:
  brent_close:
    kinds: [money]
    unit: USD
    cues: [Brent, برنت]
    time: daily
    period: day
    label: {en: Brent close, ar: سعر إغلاق برنت}
"""
HEADER = ",".join(rows.FACTS_COLUMNS)
FACTS = [
    "brent,Brent crude,خام برنت,brent_close,62.59,USD,2018-02-09,,,https://example.org/eia,62.59 on 9 Feb",
    "brent,Brent crude,خام برنت,brent_close,62.48,USD,2018-02-12,,,https://example.org/eia,62.48 on 12 Feb",
]


def write_pack(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "manifest.yaml").write_text(MANIFEST, encoding="utf-8")
    (root / "facts.csv").write_text("\n".join([HEADER, *FACTS]) + "\n", encoding="utf-8")
    return root


def last_close(found: list[FactRow], metric: MetricDef, when: str, explicit: bool) -> list[list[FactRow]]:
    """Our own toy daily slicer: the latest close on or before the claim's day (a weekend reads Friday's)."""
    on_or_before = [row for row in found if row.as_of is not None and row.as_of <= when]
    if not on_or_before:
        return []
    latest = max(row.as_of or "" for row in on_or_before)
    return [[row for row in on_or_before if row.as_of == latest]]


def test_an_unknown_time_mode_is_refused_until_it_is_registered(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "crude")
    problems = [str(p) for p in checkers.validate_paths([pack])]
    assert problems[0] == (f"{pack / 'manifest.yaml'}:7: metric 'brent_close': "
                           "time must be one of ['event', 'snapshot', 'yearly']")
    # Without its metric, each fact row is refused too, at its own line.
    assert problems[1:] == [f"{pack / 'facts.csv'}:{line}: metric 'brent_close' is not described in the manifest"
                            for line in (2, 3)]


def test_a_registered_slicer_decides_which_facts_a_claim_meets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    monkeypatch.setattr(rows, "TIME_MODES", rows.TIME_MODES | {"daily"})
    monkeypatch.setitem(timing.SLICERS, "daily", last_close)
    tables = checkers.ReferenceTables.load([write_pack(tmp_path / "crude")], include_default=False)
    sentence = "Brent crude closed at $62.59 a barrel on Saturday, traders said."
    saturday = make_claim(sentence, "$62.59", "money", 62.59, currency="USD", lang="en", time_ref="2018-02-10")
    [verdict] = checkers.check_claims([saturday], article(lang="en"), tables)
    # Saturday has no close: the slicer answered with Friday's, which the claim matches.
    assert (verdict.verdict, verdict.fact.as_of, verdict.period) == ("supported", "2018-02-09", "2018-02-10")
    monday = make_claim(sentence.replace("Saturday", "Monday"), "$62.59", "money", 62.59, currency="USD",
                        lang="en", time_ref="2018-02-12")
    [verdict] = checkers.check_claims([monday], article(lang="en"), tables)
    assert (verdict.verdict, verdict.fact.as_of) == ("contradicted", "2018-02-12")
    assert verdict.explanation["en"].startswith("Brent crude's Brent close was US$62.48 on 12 February 2018")
