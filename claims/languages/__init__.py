"""Language data for claims/: one YAML file per language (ar.yaml, en.yaml) and the loader that turns it into a
`Language`, the lookup tables the rules read (word lists by role, plus tables derived from them once, at load)."""

from claims.languages.loader import SUPPORTED_LANGS, get_language, language_from_data, load_language_data
from claims.languages.model import Currency, Language, PhraseTable

__all__ = [
    "SUPPORTED_LANGS",
    "Currency",
    "Language",
    "PhraseTable",
    "get_language",
    "language_from_data",
    "load_language_data",
]
