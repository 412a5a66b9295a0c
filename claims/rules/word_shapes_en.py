"""English word shapes several rules read: a plural's ending, a regular past's ending (no Cursor, no language data:
the spelling alone)."""

from __future__ import annotations

_SINGULAR_IS = ("sis", "xis", "itis", "nnis", "iris")  # "crisis", "axis", "hepatitis", "tennis", "iris"


def plural_suffix_en(key: str) -> bool:
    """An English word ending as a plural does ("stations", "safaris", "rabbis"), not as "class", "bonus", "crisis"
    or a short word."""
    return key.endswith("s") and not key.endswith(("ss", "us", *_SINGULAR_IS)) and len(key) > 3


def past_in_ed_en(key: str) -> bool:
    """An English word ending as a regular past or participle does ("increased", "signed"), not a short word ("red",
    "bed", "used")."""
    return key.endswith("ed") and len(key) > 4
