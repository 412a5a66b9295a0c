"""English cricket figures (GUIDELINES: runs are a measure, a number with unit "run"; wickets are counted):
- bowling figures and a side's score, a figure "for" a figure: "took five for 78" (five wickets for 78 runs), "slumped
  to 23 for six", "151 for three at stumps" (runs for wickets). The wickets are the one of ten or less, the runs
  the other, above ten; both must be whole, and a cricket word must stand in the sentence (`cricket_cues`) or three
  in the text (`cricket_text_cues`, not the runs and batting baseball shares) and no baseball word (`baseball_cues`):
  a report's score line may name none, "the tail then helped the side reach 61 for four". Not after "went" (a
  baseball batting line, "went 1 for 15").
- a partnership: a figure "for the <ordinal> wicket" is runs ("put on 64 for the third wicket").
Not: "voted 12 for five years", "a 4-2 win for two sides" (no cricket word), "3 for 5" (both ten or less: which is
which cannot be told).
"""

from __future__ import annotations

from collections.abc import Iterator

from claims.engine.cursor import Cursor
from claims.engine.types import Draft, NumberExpr, number_value

MAX_WICKETS = 10
MAX_RUNS = 999
CRICKET_TEXT_WORDS = 3  # cricket words in a text that make it a cricket report (its score lines may name none)
_WORD_EDGES = ".,;:()'\"’”“"  # marks stripped from a word before it is looked up among the cues


class CricketFigureRulesEn(Cursor):
    """Cricket figures, English."""

    def cricket_figures_en(self, n1: NumberExpr) -> list[Draft] | None:
        """Drafts for a cricket figure starting with n1, or None."""
        data = self.language
        link = n1.end_i
        if self.ar or not data.cricket_cues or self.word_key(link) not in data.cricket_links or \
                n1.value != n1.value.to_integral_value():
            return None
        partnership = self._partnership_wicket(link + 1)
        if partnership:
            return [self._runs(n1)] if self._cricket_sentence() else None
        n2 = self.number_expr(link + 1)
        if n2 is None or n2.value != n2.value.to_integral_value() or n2.scale or n1.scale or \
                self._counted_after(n2.end_i, n2) is not None or self._measure_after(n2.end_i) is not None or \
                self.word_key(n1.start_i - 1) in data.batting_line_verbs:
            return None  # ("12 for five years": what the second figure counts; "went 1 for 15": hits for at-bats)
        low, high = sorted((n1.value, n2.value))
        if not (0 <= low <= MAX_WICKETS < high <= MAX_RUNS) or not self._cricket_report():
            return None
        if n1.value < n2.value:
            return [self._wickets(n1), self._runs(n2)]  # "took five for 78"
        return [self._runs(n1), self._wickets(n2)]  # "slumped to 23 for six"

    def _partnership_wicket(self, k: int) -> bool:
        """"the second wicket", "the 10th wicket" at token k."""
        if self.word_key(k) not in self.language.partitive_determiners:
            return False
        ordinal = self.phrase_at(k + 1, self.language.ordinal_days)
        end = ordinal[1] if ordinal is not None else None
        if end is None and self.tok(k + 1) is not None and self.glued(k + 2) and \
                self.word_key(k + 2) in self.language.ordinal_suffixes:
            end = k + 3  # "the 10th wicket"
        return end is not None and self.word_key(end) in self.language.cricket_wicket_nouns

    def _cricket_sentence(self) -> bool:
        """A cricket word stands in the sentence (the first found is enough)."""
        s0, s1 = self.bounds
        return any(self._cricket_hits(self.ex.text[s0:s1].lower(), self.language.cricket_cues))

    def _cricket_hits(self, text: str, cues: frozenset[str]) -> Iterator[bool]:
        """For each word of the lower-cased text, is it one of these cricket words; then for each cricket phrase, is
        it in the text (any: one stands there; sum: how many)."""
        yield from (w.strip(_WORD_EDGES) in cues for w in text.split())
        yield from (phrase in text for phrase in self.language.cricket_cue_phrases)

    def _cricket_report(self) -> bool:
        """The sentence holds a cricket word, or the text CRICKET_TEXT_WORDS of `cricket_text_cues` and no baseball
        word (a report whose score line names none: "the tail took the side to 61 for four"); the text is read
        once."""
        if self._cricket_sentence():
            return True
        if self.ex.cricket_text is None:
            text, data = self.ex.text.lower(), self.language
            words = sum(self._cricket_hits(text, data.cricket_text_cues))
            self.ex.cricket_text = words >= CRICKET_TEXT_WORDS and \
                not any(w.strip(_WORD_EDGES) in data.baseball_cues for w in text.split())
        return self.ex.cricket_text

    def _runs(self, n: NumberExpr) -> Draft:
        return Draft("number", self.toks[n.start_i].start, self.toks[n.end_i - 1].end, value=number_value(n.value),
                     unit="run")

    def _wickets(self, n: NumberExpr) -> Draft:
        return Draft("count", self.toks[n.start_i].start, self.toks[n.end_i - 1].end, value=number_value(n.value),
                     counted="wickets")
