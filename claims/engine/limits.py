"""Limits of one extraction (values and reasons in factstream/limits.py) and the size of the context parsed
around an anchor."""

from factstream.limits import (
    EXTRACT_DEADLINE_BASE_S,
    EXTRACT_SECONDS_PER_MB,
    MAX_ANCHORS,
    MAX_CHARS,
    MAX_CLAIM_VALUE,
    MAX_CLAIMS,
    MAX_DIGITS,
    MAX_SENTENCE_CHARS,
)

WINDOW_BEFORE = 45  # characters of context parsed around an anchor (a tuning choice, not a limit)
WINDOW_AFTER = 80
# how far back a definite cardinal looks for the group it may refer back to ("the nine vendors" after "nine vendors
# were charged", "الأشخاص الخمسة" after "خمسة أشخاص"): a few paragraphs, bounded (a tuning choice)
REFER_BACK_CHARS = 3000

__all__ = [
    "EXTRACT_DEADLINE_BASE_S",
    "EXTRACT_SECONDS_PER_MB",
    "MAX_ANCHORS",
    "MAX_CHARS",
    "MAX_CLAIMS",
    "MAX_CLAIM_VALUE",
    "MAX_DIGITS",
    "MAX_SENTENCE_CHARS",
    "REFER_BACK_CHARS",
    "WINDOW_AFTER",
    "WINDOW_BEFORE",
    "within_bounds",
]


def within_bounds(value: float | str | None) -> bool:
    """A figure a claim can carry: None, text (dates), or a number of magnitude at most MAX_CLAIM_VALUE. Beyond it
    orjson, the checkers' tables and the stream cannot hold it, and no checkable figure is that large; NaN fails
    too (every comparison with it is False) and infinities are beyond the bound."""
    if value is None or isinstance(value, str):
        return True
    return -MAX_CLAIM_VALUE <= value <= MAX_CLAIM_VALUE
