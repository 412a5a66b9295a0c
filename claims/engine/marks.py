"""Punctuation marks several rules look for, kept in one place so the Latin and Arabic forms stay together."""

from __future__ import annotations

COMMAS = frozenset(",،")  # the Latin and the Arabic comma
# Quotation marks: a straight quote may open or close a quotation; guillemets and curly quotes say which they do.
OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')
DIRECTED_OPENING_QUOTES = frozenset("«“")
DIRECTED_CLOSING_QUOTES = frozenset("»”")
