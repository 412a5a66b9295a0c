"""What a sentence names: its tokens, metric words, entity names and clause marks, scanned once per sentence.

The scan is kept per tables object for the last `SENTENCE_MEMORY` sentences (and `TITLE_MEMORY` titles): an
article's claims reach the checkers as one batch per kind, close together, and one sentence often holds claims of
several kinds.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from checkers.reference.tables import ReferenceTables
from checkers.text import Mention, Tokens, tokenize
from factstream.limits import SENTENCE_MEMORY, TITLE_MEMORY
from factstream.models import ArticleRef, Claim

CLAUSE_MARKS = (",", "،", ";", "؛", ":", "(", ")", "—", " - ", " – ", "«", "»")


def _claim_offsets(claim: Claim) -> tuple[int, int]:
    """The claim's character span in its sentence (found by its text when the offsets do not point at it)."""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    if not (0 <= start < end <= len(claim.sentence)) or claim.sentence[start:end] != claim.text:
        found = claim.sentence.find(claim.text)
        if found >= 0:
            start, end = found, found + len(claim.text)
    return start, end


def _token_span(offsets: tuple[int, int], starts: Sequence[int], ends: Sequence[int]) -> tuple[int, int]:
    """Token indexes [first, last] of the tokens the characters [start, end) touch; with none, the place the
    figure stands at as an empty span. Tokens do not overlap and come in order, so both ends are bisections."""
    start, end = offsets
    first = bisect_right(ends, start)  # the first token ending after start (every earlier one ends before)
    last = bisect_left(starts, end) - 1  # the last token starting before end
    if first <= last:
        return first, last
    return first, first - 1 if first > 0 else first


def _longest(mentions: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """Drop a name inside a longer name of another entity (Kuwait in 'the Kuwait conference for Iraq')."""
    kept = []
    for mention, entity in mentions:
        inside = any(
            other_entity != entity
            and other.first <= mention.first
            and mention.last <= other.last
            and (other.last - other.first) > (mention.last - mention.first)
            for other, other_entity in mentions
        )
        if not inside:
            kept.append((mention, entity))
    return kept


@dataclass
class SentenceWords:
    """What a sentence names, found once for all the claims in it (and kept for the other kinds' batches of the
    article): its tokens, metric words and entity names, and where its clause marks stand."""

    sentence: str
    tokens: Tokens
    words: dict[str, list[tuple[Mention, str, int]]]  # metric id -> (mention, cue|exclude|stop, cue group)
    tables: ReferenceTables
    _entities: tuple[list[tuple[Mention, str]], list[tuple[Mention, str]]] | None = None
    # Mark length -> sorted start offsets of every clause mark of that length in the sentence.
    _marks: dict[int, list[int]] | None = field(default=None, init=False, repr=False)

    @property
    def starts(self) -> list[int]:
        """Token start offsets, in order."""
        return self.tokens.starts

    @property
    def ends(self) -> list[int]:
        return self.tokens.ends

    @classmethod
    def of(cls, sentence: str, tables: ReferenceTables) -> SentenceWords:
        tokens = tokenize(sentence)
        return cls(sentence, tokens, tables.metric_words(tokens), tables)

    def _mark_positions(self) -> dict[int, list[int]]:
        if self._marks is None:
            by_length: dict[int, set[int]] = {}
            sentence = self.sentence
            for mark in CLAUSE_MARKS:
                at = sentence.find(mark)
                while at >= 0:
                    by_length.setdefault(len(mark), set()).add(at)
                    at = sentence.find(mark, at + 1)
            self._marks = {length: sorted(found) for length, found in by_length.items()}
        return self._marks

    def token_span(self, claim: Claim) -> tuple[int, int]:
        return _token_span(_claim_offsets(claim), self.starts, self.ends)

    def clause_range(self, claim: Claim) -> tuple[int, int]:
        """Token indexes [first, last] of the claim's clause (between punctuation marks around it)."""
        sentence = claim.sentence
        start = max(0, min(claim.start - claim.sentence_start, len(sentence)))
        end = max(start, min(claim.end - claim.sentence_start, len(sentence)))
        before, stop = -1, len(sentence)
        for length, positions in self._mark_positions().items():
            # The last mark that ends by start, the first that begins at end or later.
            i = bisect_right(positions, start - length)
            if i:
                before = max(before, positions[i - 1])
            j = bisect_left(positions, end)
            if j < len(positions):
                stop = min(stop, positions[j])
        first = bisect_right(self.starts, before)  # the first token starting after the mark before
        last = bisect_right(self.ends, stop) - 1  # the last token ending by the mark after
        if first > last:
            return 0, len(self.tokens) - 1
        return first, last

    def _names(self) -> tuple[list[tuple[Mention, str]], list[tuple[Mention, str]]]:
        # Looked for only when some metric matched: most figures stop before that.
        if self._entities is None:
            self._entities = (_longest(self.tables.entity_mentions(self.tokens)),
                              self.tables.generic_mentions(self.tokens))
        return self._entities

    @property
    def entities(self) -> list[tuple[Mention, str]]:
        return self._names()[0]

    @property
    def generic(self) -> list[tuple[Mention, str]]:
        return self._names()[1]


class _Memory:
    """The scans kept for one tables object (bounded: a worker reads an endless stream of new sentences)."""

    def __init__(self) -> None:
        self.sentences: OrderedDict[str, SentenceWords] = OrderedDict()
        self.titles: OrderedDict[str, tuple[str, ...]] = OrderedDict()


_memories: weakref.WeakKeyDictionary[ReferenceTables, _Memory] = weakref.WeakKeyDictionary()


def _memory(tables: ReferenceTables) -> _Memory:
    memory = _memories.get(tables)
    if memory is None:
        memory = _memories[tables] = _Memory()
    return memory


def sentence_words_of(sentence: str, tables: ReferenceTables) -> SentenceWords:
    """The sentence's scan against these tables: made once, kept for the next claims (and batches) in it."""
    kept = _memory(tables).sentences
    words = kept.get(sentence)
    if words is None:
        words = kept[sentence] = SentenceWords.of(sentence, tables)
        if len(kept) > SENTENCE_MEMORY:
            kept.popitem(last=False)
    else:
        kept.move_to_end(sentence)
    return words


def forget_texts() -> None:
    """Drop every kept sentence and title scan (benchmarks measure first sight; tests start clean)."""
    _memories.clear()
    tokenize.cache_clear()
    from checkers.markets.links import forget_scans  # the market words' scans (imported here: no cycle)

    forget_scans()


def in_range(mention: Mention, first: int, last: int) -> bool:
    return first <= mention.first and mention.last <= last


def clause_start(found: SentenceWords, index: int) -> int:
    """The first token of the clause holding token `index`."""
    starts, ends, sentence = found.starts, found.ends, found.sentence
    while index > 0:
        gap = sentence[ends[index - 1]:starts[index]]
        if any(mark in gap for mark in CLAUSE_MARKS):
            break
        index -= 1
    return index


def title_entities(article: ArticleRef, tables: ReferenceTables) -> list[str]:
    if not article.title:
        return []
    kept = _memory(tables).titles
    found = kept.get(article.title)
    if found is None:
        names: list[str] = []
        # Every name counts here, nested ones too: "the ministerial meeting of the coalition" names both.
        for _, entity in tables.entity_mentions(tokenize(article.title)):
            if entity not in names:
                names.append(entity)
        found = kept[article.title] = tuple(names)
        if len(kept) > TITLE_MEMORY:
            kept.popitem(last=False)
    else:
        kept.move_to_end(article.title)
    return list(found)

