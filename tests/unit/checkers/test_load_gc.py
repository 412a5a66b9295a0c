"""Loading packs pauses the cyclic garbage collector (a start-up cost, docs/benchmarks.md) and always gives it back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import checkers
from checkers.reference.load import gc_paused


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_disabled_stays_disabled() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failed_load_gives_the_collector_back(tmp_path: Path) -> None:
    with pytest.raises(checkers.ReferenceError):
        checkers.ReferenceTables.load([tmp_path / "missing-pack"], include_default=False)
    assert gc.isenabled()
