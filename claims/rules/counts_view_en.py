"""English counts, a cursor over the whole sentence: a window of tokens is cut around its anchors
(claims/engine/extractor.py) and may start after the count a figure answers, so the rules that read a figure's
parallel or earlier count (counts_carried_en.py, counts_implied_en.py, counts_subject_en.py) ask for the sentence's
own tokens (`sentence_view`, tokenized once a window, never the text again), its figures read once each (`figures`)
and the counts among them (`counts_before`). CarriedCountRulesEn's base."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Self

from claims.engine.cursor import Cursor
from claims.engine.tiling import tokenize
from claims.engine.types import NUM, WORD, NumberExpr, Reading

VIEW_BEFORE = 400  # characters of a long sentence read before the window (a count a figure answers stands near it)
VIEW_AFTER = 200


class SentenceViewRulesEn(Cursor):
    """A cursor over the window's sentence, its figures and its counts."""

    # (a cursor over the sentence, this window's offset in it); the cursor is None when it is this window itself, so
    # that no window refers to itself (a reference cycle would leave every window to the cyclic collector: slow)
    _view: tuple[Cursor | None, int] | None = None

    def sentence_view(self) -> tuple[Cursor, int]:
        """A cursor over the sentence's tokens (up to VIEW_BEFORE/VIEW_AFTER characters around the window, cut at
        spaces: a run-on "sentence" of a table is not tokenized whole) and the index of this window's first token
        in it; this cursor itself when the window holds the sentence. Only text outside the window is tokenized:
        the window was cut at spaces, so its tokens are the sentence's (else the whole span is tokenized)."""
        if self._view is None:
            s, e = self.bounds
            text, lower = self.ex.text, not self.ar
            first, last = (self.toks[0].start, self.toks[-1].end) if self.toks else (s, e)
            if first - s > VIEW_BEFORE:
                s = text.find(" ", first - VIEW_BEFORE, first) + 1 or first
            if e - last > VIEW_AFTER:
                e = max(text.rfind(" ", last, last + VIEW_AFTER), last)
            if first <= s and last >= e:
                self._view = (None, 0)
            elif (first > s and not text[first - 1].isspace()) or (last < e and not text[last].isspace()):
                toks = tokenize(text, s, e, lower)  # (a window cut inside a word)
                offset = next((k for k, t in enumerate(toks) if t.start == first), None)
                self._view = (type(self)(self.ex, toks, self.index), offset) if offset is not None else (None, 0)
            else:
                before = tokenize(text, s, first, lower) if first > s else []
                toks = before + self.toks + (tokenize(text, last, e, lower) if last < e else [])
                self._view = (type(self)(self.ex, toks, self.index), len(before))
        view, offset = self._view
        return (self if view is None else view), offset

    def view_index(self, i: int) -> tuple[Self, int]:
        """The cursor over the sentence (sentence_view) and the index of this window's token i in it."""
        view, off = self.sentence_view()
        return view, i + off  # (the view is a window of this class: Self)

    def opens_sentence(self, k: int) -> bool:
        """Token k is the first of its sentence (a view may start later in a very long one)."""
        return k == 0 and self.n > 0 and self.toks[0].start <= self.bounds[0]

    _counts: list[tuple[int, int, int]] | None = None  # every count of the sentence (counts_before)

    def counts_before(self, a: int) -> list[tuple[int, int, int]]:
        """(figure start, figure end, noun end) of every figure before token a that counts a noun after it."""
        if self._counts is None:
            self._counts = self._sentence_counts()
        return [c for c in self._counts if c[2] <= a]

    def nearest_figure_counts(self, a: int) -> bool:
        """The figure nearest before token a is one of the sentence's counts: a threshold or a shortfall answers it
        ("three clinics, well below the required 12", "33 seats, five short of a majority"), not a measure or share
        between ("at 60 percent, below the required 85", "96 megawatts, 4 short of the target"; review19)."""
        data, nearest = self.language, None
        for _, expr in self.figures(scale_words=False):
            if expr.end_i > a:
                break
            if not (self.word_key(expr.start_i - 1) in data.share_articles and
                    self.word_key(expr.start_i - 2) in data.share_links):
                nearest = expr.start_i  # (not the whole of a part: "41 seats out of the 96 contested, eight short")
        return nearest is not None and any(start == nearest for start, _, _ in self.counts_before(a))

    def _sentence_counts(self) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        data = self.language
        for _, expr in self.figures(scale_words=False):
            # (a measure is no count: "35 degrees in Madrid, 33 in Seville")
            noun = self._counted_after(expr.end_i, expr) if self._measure_after(expr.end_i) is None else None
            if noun is None and self.word_key(expr.end_i) in data.share_links:  # "100 of the models"
                whole = self._partitive_noun(Reading(expr, None, None, expr.start_i, expr.end_i))
                noun = (whole, whole + 1) if whole is not None else None
            if noun is not None and self.word_key(expr.end_i) in data.age_nouns and \
                    self._age_end(expr.start_i, expr.end_i) is not None:
                noun = None  # an age counts nothing: "an expectancy of 78 years for women and 73"
            if noun is not None:
                found.append((expr.start_i, expr.end_i, noun[1]))
        return found

    def figures(self, scale_words: bool = True) -> Iterator[tuple[int, NumberExpr]]:
        """This cursor's figures (digits or number words) left to right, each read once: (the token it was read at,
        the figure; one read back from a later word, "one and a half", starts before that token). The tokens a
        figure took are not read again. scale_words=False: no figure opens at a scale word."""
        data = self.language
        m = 0
        while m < self.n:
            t = self.toks[m]
            expr = None
            if t.kind == NUM or (t.kind == WORD and t.key in data.number_words and
                                 (scale_words or t.key not in data.scales)):
                expr = self.number_expr(m)
            if expr is None:
                m += 1
            else:
                yield m, expr
                m = max(expr.end_i, m + 1)
