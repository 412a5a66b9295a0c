"""The FX converter the conversion check uses, loaded lazily on first need.

`fx_converter()` loads the shipped series packs once per process (about 1 s) the first time a sentence holds a
conversion. When the series are wired into the reference tables (issue 13, series loading), the worker can hand
its own converter in with `set_fx_converter`, and `fx_converter` returns that one instead.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # checkers.series imports the checkers package: read it only when first needed
    from checkers.series import FxConverter

_lock = threading.Lock()
_converter: list[FxConverter | None] = [None]


def fx_converter() -> FxConverter | None:
    """The converter: the shipped ECB rates, pegs and World Bank official rates, unless one was set."""
    if _converter[0] is None:
        with _lock:
            if _converter[0] is None:
                from checkers.series import FxConverter, load_default_series

                _converter[0] = FxConverter(load_default_series())
    return _converter[0]


def set_fx_converter(converter: FxConverter | None) -> None:
    """Use this converter from now on (None: load the shipped packs again on next need)."""
    _converter[0] = converter
