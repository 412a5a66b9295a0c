"""English bare figures that go on from the counts of the sentence before (bench/devset/GUIDELINES.md, Kinds: "a bare
figure takes the kind of the one it answers"): "Police logged 212 burglaries this spring. That compares to 340 a year
earlier."; "Eastfield saw arrests fall from 48 to 31. Westfield also reported a drop, from 27 to 22.". A pass over the
text's drafts once its sentences are read (engine/extractor.py): a bare whole figure (a number with no unit, no range:
"the pension age from 60 to 65", "from 0-2 down") right after a link of change or comparison (`sentence_carry_links`),
in a sentence with no count of its own, becomes a count when the sentence before it in the same paragraph holds a count
of things (no period of time) and no bare number of its own.
Not when the figure's own sentence holds a measure it answers instead: a figure with a unit or an amount ("54 points,
against 61", "peaked at 5 metres, higher than 4"), or a measure's noun before the link (`sentence_carry_measure_nouns`:
"The average wait fell from 90 to 45", "Its rating rose to 8 from 6")."""

from __future__ import annotations

import re
from decimal import Decimal

from claims.engine.types import Draft
from claims.languages import Language

LINK_CHARS = 16  # text read before a bare figure for its link word ("compared to 150", "from 19")
UP = "up"  # "up to 200": a qualifier, no link
PER = "per"  # "200 per week": a rate
THAN = "than"  # "686 more than": a difference (_difference)
OF = "of"  # "an increase of 686": a difference (_difference)
_WORD = re.compile(r"[a-z]+")


def carry_count_kind_en(drafts: list[Draft], text: str, sentences: list[tuple[int, int]], language: Language) -> None:
    """Bare figures of a sentence that answer the counts of the sentence before become counts (module doc)."""
    links = language.sentence_carry_links
    if not links:
        return
    bare_at: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.kind == "number" and d.unit is None and d.value_high is None and _whole(d.value):
            bare_at.setdefault(d.sentence, []).append(d)
    if not bare_at:
        return  # (most texts: the cheap test first)
    counts_at: dict[int, list[Draft]] = {}
    measured: set[int] = set()  # sentences with a figure of a unit or an amount: their bare figures answer those
    for d in drafts:
        if d.kind == "count":
            counts_at.setdefault(d.sentence, []).append(d)
        elif d.kind == "money" or (d.kind == "number" and d.unit is not None):
            measured.add(d.sentence)
    periods = language.frame_units_long | language.frame_units_short
    for si, bare in bare_at.items():
        if si < 1 or si in measured or si - 1 not in counts_at or si - 1 in bare_at:
            continue
        own = min((c.start for c in counts_at.get(si, ())), default=len(text))  # the sentence's first count
        if "\n" in text[sentences[si - 1][1]:sentences[si][0]]:
            continue  # (a new paragraph)
        if any((d.counted or "").lower() in periods for d in counts_at[si - 1]):
            continue  # ("for 20 years. ... from 19 to 13"): a period is no group counted
        verbs = {_word_before(text, sentences[si - 1][0], c.start) for c in counts_at[si - 1]} & language.holding_verbs
        for d in bare:
            before, rest = text[sentences[si][0]:d.start], text[d.end:sentences[si][1]]
            words = before[-LINK_CHARS:].lower().split()
            after = text[d.end:d.end + LINK_CHARS].lower().split()
            if (_linked(words, links) or _difference(before, rest, language)) and after[:1] != [PER] and \
                    si not in counts_at and not _measure_named(before, language):
                d.kind = "count"  # (not "up to 200 per week": a rate's bound)
            elif words and words[-1] in verbs and after[:1] != [PER] and d.start < own:
                _carry_tally(d, bare, text)  # (no count of its own before it)


def _linked(words: list[str], links: frozenset[str]) -> bool:
    """The words before a figure end on a link of change or comparison ("compares to 340"; not "up to 200")."""
    return bool(words) and words[-1] in links and words[-2:-1] != [UP]


def _difference(before: str, rest: str, language: Language) -> bool:
    """The figure is a difference of what the sentence before counted: a comparison word and "than" after it ("The
    total was 212 fewer than in 2022", `compared_count_words`), or a change's noun and "of" before it ("It was a
    rise of 450 on the season before", `difference_change_nouns`; session 19, OOD en42), the sentence's words before
    it only pointing back (`difference_subject_words`: "the figure", "this", "it was"). Another subject names what
    differs ("The benchmark ended 42 lower than", "Its accounts show a surplus of 300": no count; review19), and so
    does a measure's noun after it ("a rise of 15 in the housing score")."""
    words, after = _WORD.findall(before.lower()), _WORD.findall(rest[:LINK_CHARS].lower())
    if len(after) > 1 and after[0] in language.compared_count_words and after[1] == THAN:
        subject = words
    elif len(words) > 1 and words[-1] == OF and words[-2] in language.difference_change_nouns:
        subject = words[:-2]
    else:
        return False
    return all(w in language.difference_subject_words for w in subject) and not _measure_named(rest, language)


def _carry_tally(first: Draft, bare: list[Draft], text: str) -> None:
    """"X has won 41 seats. Y has won 17, Z 10.": a bare figure right after the verb of holding or winning
    (`holding_verbs`) that came right before a count in the sentence before counts what it counted, and so do the
    bare figures after it in its sentence that follow a name or its bracket, closing their item ("Z 10,"): a tally
    whose noun the first sentence gave."""
    first.kind = "count"
    for d in bare:
        if d.start <= first.start:
            continue
        before, after = text[max(0, d.start - LINK_CHARS):d.start].split(), text[d.end:d.end + 1]
        if text[d.start - 1:d.start] == " " and before and (before[-1][:1].isupper() or before[-1][-1:] == ")") and \
                after in ("", ",", ";", ".", " "):
            d.kind = "count"


def _word_before(text: str, start: int, end: int) -> str:
    """The last word of text[start:end], lower-case ("" when none)."""
    words = _WORD.findall(text[max(start, end - LINK_CHARS):end].lower())
    return words[-1] if words else ""


def _measure_named(before: str, language: Language) -> bool:
    """The sentence names a measure before the figure ("The average wait fell from 90"): the figure is its value."""
    return any(w in language.sentence_carry_measure_nouns for w in _WORD.findall(before.lower()))


def _whole(value: object) -> bool:
    """A whole figure."""
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool) and float(value).is_integer()
