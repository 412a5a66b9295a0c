"""Places as cues of their country's currency: the gazetteer claims/languages/places.yaml read into one language's
lookup table (rules/money_places.py reads it). Each name is keyed by its first word as the text's words are
normalized; in Arabic also by that word with each proclitic glued on ("بأم", "وكوستي", "للخرطوم"), so a paragraph's
words are looked up once each, with no pattern run over the text."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from claims.normalize import normalize_word
from factstream.countries import country_currency

# first word -> ((the words after it, currency code, needs a place noun before it), ...), longest name first
PlaceTable = dict[str, tuple[tuple[tuple[str, ...], str, bool], ...]]


@cache
def _gazetteer() -> dict[str, Any]:
    data = yaml.safe_load(resources.files("claims.languages").joinpath("places.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("places"), dict):
        raise ValueError("claims/languages/places.yaml: expected a mapping with `places`")
    return data


def place_names(lang: str) -> dict[str, list[tuple[str, bool]]]:
    """Currency code -> (name as written, needs a place noun before it) of every place the language lists."""
    data = _gazetteer()
    names: dict[str, list[tuple[str, bool]]] = {}

    def add(country: object, words: list, needs_noun: bool) -> None:
        code = country_currency(str(country))
        if code is None:
            raise ValueError(f"claims/languages/places.yaml: unknown country {country!r}")
        if words:
            names.setdefault(code, []).extend((str(w), needs_noun) for w in words)

    for country, langs in data["places"].items():
        add(country, (langs or {}).get(lang) or [], False)
    for country, words in ((data.get("after_place_noun") or {}).get(lang) or {}).items():
        add(country, words or [], True)
    return names


def place_fields(lang: str, definite_article: str) -> dict[str, Any]:
    """The Language fields of the gazetteer: `place_first_words` (PlaceTable) and `place_nouns`."""
    data = _gazetteer()
    arabic = lang == "ar"
    proclitics = [str(p) for p in (data.get("proclitics") or {}).get(lang) or []]
    table: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for code, names in place_names(lang).items():
        for name, needs_noun in names:
            words = tuple(normalize_word(w) for w in name.split())  # (as the text is: English names are unchanged)
            for first in _first_forms(words[0], proclitics, definite_article if arabic else ""):
                table.setdefault(first, []).append((words[1:], code, needs_noun))
    nouns = [normalize_word(str(w)) for w in (data.get("place_nouns") or {}).get(lang) or []]
    return {
        "place_first_words": {first: tuple(sorted(entries, key=lambda e: -len(e[0])))
                              for first, entries in table.items()},
        "place_nouns": frozenset(p + n for n in nouns for p in ("", *proclitics)),
    }


def _first_forms(word: str, proclitics: list[str], article: str) -> list[str]:
    """A name's first word as it may stand in the text: alone, with a proclitic, and (a name with the article) after
    ل, which drops the article's alif ("للخرطوم", "وللخرطوم")."""
    forms = [word, *(p + word for p in proclitics)]
    if article and word.startswith(article) and len(word) > len(article):
        stem = word[len(article):]
        forms += [p + "ل" + article[1:] + stem for p in ("", "و", "ف")]
    return forms
