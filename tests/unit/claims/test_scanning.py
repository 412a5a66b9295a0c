"""Whole-text scans written for speed (claims/engine/scanning.py) against plain spellings of what they find."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.engine.scanning import _EDGE_PUNCT, _SENTENCE_END_RE, _SPLIT_MARKS, anchor_positions
from claims.languages import get_language

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


def _plain_anchor_positions(text: str, language) -> list[int]:
    """anchor_positions spelled the plain way: every word of the text lower-cased for the case-insensitive anchors."""
    positions = [m.start() for m in regex.finditer(r"[0-9]+", text)]
    spaced = text
    for mark in _SPLIT_MARKS:
        spaced = spaced.replace(mark, " ")
    words = set(spaced.split())
    odd = {w.strip(_EDGE_PUNCT) for w in words if not w.isalpha()}
    words |= odd
    if "'s" in text:
        words |= {w[:-2] for w in odd if w.endswith("'s")}
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text
    for haystack, present in ((lowered, {w.lower() for w in words} & language.full_anchors),
                              (text, words & language.case_anchors)):
        for word in present:
            k = haystack.find(word)
            while k >= 0:
                before = haystack[k - 1] if k else " "
                after = haystack[k + len(word)] if k + len(word) < len(haystack) else " "
                if not before.isalpha() and not after.isalpha():
                    positions.append(k)
                k = haystack.find(word, k + len(word))
    return sorted(positions)


_EN_WORDS = ["May", "may", "MAY", "March", "march", "Monday", "monday's", "Sunday's", "SUNDAY'S", "two", "Two", "TWO",
             "tWo", "million", "Million", "today's", "Today's", "TODAY'S", "one", "someone", "only", "half", "xMay",
             "Mayor", "İstanbul", "ΟΔΟΣ", "Σ", "K", "2005", "3.5"]
_EN_GLUE = [" ", "  ", ", ", ". ", "-", "/", "(", ")", "'", "'s ", "“", "”", "—", "\n", "\xa0", "", ":", '"']


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_EN_WORDS), st.sampled_from(_EN_GLUE)), max_size=14))
def test_english_anchor_positions_match_the_plain_spelling(parts):
    text = "".join(w + g for w, g in parts)
    english = get_language("en")
    assert anchor_positions(text, english) == _plain_anchor_positions(text, english)


def test_lower_casing_a_character_to_one_keeps_its_class():
    # The English anchor scan lower-cases the whole text and splits that, which gives the lower-cased words of the
    # text only if a character that lower-cases to one character keeps its class (letter, space, edge mark).
    marks = set(_EDGE_PUNCT) | set("".join(_SPLIT_MARKS))
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if len(low) != 1:
            continue
        assert low.isalpha() == c.isalpha() and low.isspace() == c.isspace(), hex(code)
        assert (low in marks) == (c in marks) and (c not in marks or low == c), hex(code)


def test_a_month_name_repeated_inside_one_long_piece():
    # Each piece of the text is read once however often the name repeats in it (the scan stays linear).
    english = get_language("en")
    for text in ("may " + "May" * 5000, "may, " + "(May)" * 5000 + " May 3"):
        assert anchor_positions(text, english) == _plain_anchor_positions(text, english)


def test_clock_abbreviation_ends_no_sentence_before_lower_case_or_a_weekday() -> None:
    """ "a.m."/"p.m." (en `sentence_abbreviations_continued`) end no sentence before a word in lower case or a
    weekday ("until 10 a.m. Monday, according to"); before another capitalized word they may ("10 p.m. Police")."""
    from claims.engine.scanning import split_sentences

    en = get_language("en")

    def split(text: str) -> list[str]:
        bounds = split_sentences(text, en.sentence_abbreviations, en.figure_closers,
                                 en.sentence_abbreviations_continued, en.sentence_continuing_words)
        return [text[s:e] for s, e in bounds]

    assert len(split("The warning runs until 10 a.m. Monday, forecasters said.")) == 1
    assert len(split("Doors open at 9 a.m. and close at noon.")) == 1
    assert split("The blast came at 10 p.m. Police sealed the road.") == [
        "The blast came at 10 p.m.", "Police sealed the road."]
