from __future__ import annotations

import pytest

import checkers


@pytest.fixture(scope="session")
def tables() -> checkers.ReferenceTables:
    """The shipped packs, loaded once for the whole session."""
    return checkers.load_default_tables()
