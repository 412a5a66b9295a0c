"""Limits of one extraction (values and reasons in factstream/limits.py) and the size of the context parsed
around an anchor."""

from factstream.limits import (
    EXTRACT_DEADLINE_BASE_S,
    EXTRACT_SECONDS_PER_MB,
    MAX_ANCHORS,
    MAX_CHARS,
    MAX_CLAIMS,
    MAX_DIGITS,
    MAX_SENTENCE_CHARS,
)

WINDOW_BEFORE = 45  # characters of context parsed around an anchor (a tuning choice, not a limit)
WINDOW_AFTER = 80

__all__ = [
    "EXTRACT_DEADLINE_BASE_S",
    "EXTRACT_SECONDS_PER_MB",
    "MAX_ANCHORS",
    "MAX_CHARS",
    "MAX_CLAIMS",
    "MAX_DIGITS",
    "MAX_SENTENCE_CHARS",
    "WINDOW_AFTER",
    "WINDOW_BEFORE",
]
