"""The conversion check's FX converter lives as long as its series catalog, and no longer."""

import gc
import weakref

from checkers.consistency.rates import fx_converter
from checkers.series import SeriesCatalog


def test_one_converter_per_catalog() -> None:
    catalog = SeriesCatalog([])
    assert fx_converter(catalog) is fx_converter(catalog)
    assert fx_converter(SeriesCatalog([])) is not fx_converter(catalog)


def test_a_replaced_catalog_is_freed_with_its_converter() -> None:
    catalog = SeriesCatalog([])
    converter = weakref.ref(fx_converter(catalog))
    gone = weakref.ref(catalog)
    del catalog
    gc.collect()
    assert gone() is None
    assert converter() is None
