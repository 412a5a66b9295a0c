"""Dated reference series (prices, exchange rates, annual statistics) as data. Pure Python, no faust or kafka.

    catalog = SeriesCatalog.load()                  # the shipped series packs (see SERIES_PACKS)
    brent = catalog.get("brent")
    brent.value_on(date(2018, 3, 10))               # Lookup: the 9 March close, reason "weekend"
    catalog.get("gdp_growth", "SAU").value_on(date(2017, 6, 1))
    FxConverter(catalog).convert(4.7e9, "AED", "USD", date(2018, 3, 1))

A series pack is a directory with a manifest.yaml holding a `series:` section and its CSV (or .csv.gz) files;
see checkers/series/README.md. Loading checks every row and loads nothing when any row is bad.
"""

from checkers.series.catalog import (
    SERIES_PACKS,
    SeriesCatalog,
    load_default_series,
    series_pack_paths,
    validate_paths,
)
from checkers.series.fx import Conversion, DollarRate, FxConverter, currency_countries
from checkers.series.manifest import EntityNames, SeriesPack, is_series_manifest, read_series_pack
from checkers.series.model import Change, Lookup, Point, Series, SeriesInfo

__all__ = [
    "SERIES_PACKS",
    "Change",
    "Conversion",
    "DollarRate",
    "EntityNames",
    "FxConverter",
    "Lookup",
    "Point",
    "Series",
    "SeriesCatalog",
    "SeriesInfo",
    "SeriesPack",
    "currency_countries",
    "is_series_manifest",
    "load_default_series",
    "read_series_pack",
    "series_pack_paths",
    "validate_paths",
]
