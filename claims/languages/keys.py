"""The key of a word of the language data: normalized exactly as the text is (claims/normalize.py), lower-cased
for English, so the engine compares normalized forms only; phrases as tuples of keys, mappings and sets keyed so."""

from __future__ import annotations

from typing import Any

from claims.normalize import normalize_word


def word_key(word: str, lang: str) -> str:
    word = normalize_word(str(word)).strip()
    return word if lang == "ar" else word.lower()


def phrase_key(words: str | list[str], lang: str) -> tuple[str, ...]:
    if isinstance(words, list):
        parts = [p for w in words for p in str(w).split()]
    else:
        parts = str(words).split()
    return tuple(word_key(p, lang) for p in parts)


def keyed_by_word(mapping: dict[Any, Any] | None, lang: str) -> dict[str, Any]:
    return {word_key(k, lang): v for k, v in (mapping or {}).items()}


def word_set(words: list[Any] | None, lang: str) -> frozenset[str]:
    return frozenset(word_key(w, lang) for w in (words or []))
