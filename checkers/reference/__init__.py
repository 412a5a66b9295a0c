"""Reference packs and the tables built from them.

    problems.py  Problem, ReferenceError (file:line: why), the Collector a pack is read into
    rows.py      the rows' vocabulary, value parsers, and one validator per row type (manifest and topic alike)
    yamlfile.py  manifests' YAML with line numbers
    manifest.py  a manifest: metrics, entity names (country-codes files, aliases), tables
    csvfiles.py  the facts and indicator CSV layouts
    load.py      packs -> keyed rows (records_from_paths, validate_paths, default_pack_paths)
    tables.py    ReferenceTables: the rows indexed for matching claims (immutable; with_records builds anew)
"""

from checkers.reference.load import default_pack_paths, records_from_paths, validate_paths
from checkers.reference.problems import Problem, Record, ReferenceError
from checkers.reference.tables import EntityDef, FactRow, MetricDef, ReferenceTables, load_default_tables

__all__ = [
    "EntityDef",
    "FactRow",
    "MetricDef",
    "Problem",
    "Record",
    "ReferenceError",
    "ReferenceTables",
    "default_pack_paths",
    "load_default_tables",
    "records_from_paths",
    "validate_paths",
]
