"""checkers: reference tables, matching, comparison, verdicts. Pure Python (never imports faust or kafka).

    tables = checkers.load_default_tables()            # shipped packs, cached
    verdicts = checkers.check_claims(claims, article.ref, tables)
    key = checkers.observation_key(verdict, tables)    # conflicts: the tables the verdict was checked against

Reference packs (directories with manifest.yaml) live in checkers/packs/ and are read by checkers.reference;
see checkers/README.md.
"""

from checkers.check import check_claim, check_claims
from checkers.conflicts import Observation, detect_conflict, observation_from, observation_key
from checkers.matching import match_claim
from checkers.reference import (
    Problem,
    ReferenceError,
    ReferenceTables,
    default_pack_paths,
    load_default_tables,
    records_from_paths,
    validate_paths,
)
from checkers.sentence import forget_texts

__all__ = [
    "Observation",
    "Problem",
    "ReferenceError",
    "ReferenceTables",
    "check_claim",
    "check_claims",
    "default_pack_paths",
    "detect_conflict",
    "forget_texts",
    "load_default_tables",
    "match_claim",
    "observation_from",
    "observation_key",
    "records_from_paths",
    "validate_paths",
]
