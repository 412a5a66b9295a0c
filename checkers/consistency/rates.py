"""The FX converter the conversion check uses: one per series catalog, made on first need.

The catalog is the one the reference tables carry (`tables.series`, the same series the market checks read),
so an operator's newer ECB file given with `--reference` serves conversions too. Tables without series (a bare
`ReferenceTables.empty()`) fall back to the shipped packs, loaded once per process (about 1 s).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # checkers.series imports the checkers package: read it only when first needed
    from checkers.series import FxConverter, SeriesCatalog

_lock = threading.Lock()
# The converter is kept on its catalog, so both go together when the tables that carry them are replaced (a map
# keyed weakly by the catalog would never free it: the converter, its value, holds the catalog).
_ATTRIBUTE = "_factstream_fx_converter"


def fx_converter(catalog: SeriesCatalog | None = None) -> FxConverter:
    """The converter over `catalog` (default: the shipped ECB rates, pegs and World Bank official rates)."""
    from checkers.series import FxConverter, load_default_series

    catalog = catalog if catalog is not None else load_default_series()
    converter: FxConverter | None = getattr(catalog, _ATTRIBUTE, None)
    if converter is None:
        with _lock:
            converter = getattr(catalog, _ATTRIBUTE, None)
            if converter is None:
                converter = FxConverter(catalog)
                setattr(catalog, _ATTRIBUTE, converter)
    return converter
