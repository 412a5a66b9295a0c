"""Whole-text scans written for speed (claims/engine/scanning.py) against plain spellings of what they find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.engine.scanning import _SENTENCE_END_RE

# The sentence end as two alternatives, a line break run or a final mark, its closing quote and spaces.
_PLAIN_SENTENCE_END = regex.compile(r"[\r\n]+|[.!?؟…][\"'»”)]?[ ]+")

_ALPHABET = [*"ab .!?؟…\"'»”)\r\n\t", "\u00a0", "س"]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60))
def test_sentence_end_pattern_finds_what_the_two_alternatives_find(text):
    assert [m.span() for m in _SENTENCE_END_RE.finditer(text)] == \
        [m.span() for m in _PLAIN_SENTENCE_END.finditer(text)]


def test_sentence_end_pattern_on_news_endings():
    text = 'He said "no."  Then\r\n\nالعام؟ جاء… «قال» (end). x.y 3.5 ok!\n'
    assert [m.span() for m in _SENTENCE_END_RE.finditer(text)] == \
        [m.span() for m in _PLAIN_SENTENCE_END.finditer(text)]
