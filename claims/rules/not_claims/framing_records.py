"""Not claims: a period in which a record or an order was set ("the sharpest fall in five years", "its seventh coach
in six years", "its highest for five months", "a price we haven't seen in six years", "أدنى مستوى في خمس سنوات")
only frames it, as "the best album of the last 15 years" does. A base of FramingDurationRules
(framing_durations.py, which asks `_after_superlative` in both languages); `_owned` is asked by counts_one_en too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft
from claims.rules.not_claims.framing_durations_ar import SUPERLATIVE_REACH_AR

# How many words before "in"/"for" a superlative may stand ("its sharpest monthly jump in 9 months", "the
# worst flood in the valley in 40 years", "the most difficult conditions the sector has faced in 17 years")
SUPERLATIVE_REACH = 9  # (Arabic: framing_durations_ar.SUPERLATIVE_REACH_AR)
NEGATION_CHARS = 16  # text read before a verb for its negation ("haven't", "has not")
_TEXT_WORDS = re.compile(r"[\w'’]+|[^\w\s]")  # the words and marks of a sentence's text before a window


class FramingRecordRules(Cursor):
    """A period framed by a record or an order set within it."""

    def _after_superlative(self, i: int, d: Draft) -> bool:
        """ "the sharpest fall in (more than) five years", "its seventh coach in six years": a record or an order
        set within a period, which frames it (as "the best album of the last 15 years")."""
        data = self.language
        found = self.phrase_before(i, data.qualifiers)
        k = found[1] if found is not None else i
        if not self.ar and self.word_key(k - 1) in data.one_limiting_words:
            k -= 1  # "the third fatal crash in just two weeks"
        by_for = self.word_key(k - 1) in data.frame_prepositions_ended  # "its highest for five months"
        if self.word_key(k - 1) not in data.frame_prepositions and not by_for:
            return False
        first = self.toks[i]  # a time run: Arabic digits with a decimal point, English a non-whole short unit
        run = (first.kind == NUM and not first.text.isdigit()) if self.ar else \
            (d.counted or "").lower() not in data.frame_units_long
        if d.value is None or (d.value != int(d.value) and run):
            return False  # "came fourth in 6.95 seconds" (not "in the last 14 quarters or 3½ years", "أدنى مستوى في
            # خمس سنوات ونصف")
        walk = ((m, self.toks[m].key, False) for m in self.words_back(k - 1, SUPERLATIVE_REACH_AR)) if self.ar else \
            self._record_words_back(k - 1, SUPERLATIVE_REACH)
        for m, key, extended in walk:
            if key in data.clause_contrast_words:
                return False  # "over the last lap, finishing in nine minutes"; "off her best form but won
                # twice in two days"
            if m is not None and key in data.frame_negated_verbs and not by_for and self._negated(m):
                return True  # "a price we haven't seen in six years": a record by what did not happen in a period
                # (not "had not seen her brother for 28 years": how long)
            if m is not None and key in data.first_frame_words and self.in_set(m + 1, data.first_not_frame_before):
                continue  # "أول أمس": the day before yesterday; "أول من وصل": the first who came (review 20)
            if key in data.frame_superlatives and not (extended and (key,) in data.ordinal_days):
                # "for" after an ordinal wants it owned ("their first win for three years", "Japan's first award
                # for 50 years"), not an adverb ("she first moved to Oslo for eight months": how long); an ordinal
                # past a compound or the window is the thing's order ("his first game at the year-end
                # finals in 48 minutes": how long it took), only a superlative reaches that far
                return not by_for or (key,) not in data.ordinal_days or self._owned(m)
        return False

    def _record_words_back(self, p: int, reach: int) -> Iterator[tuple[int | None, str, bool]]:
        """English: the words before token p that `_after_superlative` reads, nearest first, at most `reach`, as
        (token index or None, key, extended): as words_back, but on past a hyphen inside a compound ("its sharpest
        one-day drop in seven months") and, when the walk reaches the window's first token, into the sentence's text
        before the window ("the most striking shift in the rankings for 15 years": a window opens
        WINDOW_BEFORE characters before its anchor); `extended` marks the words read past either."""
        m, extended = p - 1, False
        while reach > 0 and m >= 0:
            t = self.toks[m]
            if t.start < self.bounds[0]:
                return
            if t.kind == SYM and t.text == "-" and self.glued(m) and self.glued(m + 1) and m > 0:
                m, extended = m - 1, True  # "one-day", "year-on-year": inside one compound
                continue
            if t.kind != WORD:
                return
            yield m, t.key, extended
            reach, m = reach - 1, m - 1
        if reach <= 0 or m >= 0 or not self.toks or self.toks[0].start <= self.bounds[0]:
            return
        for word in reversed(_TEXT_WORDS.findall(self.ex.norm.text[self.bounds[0]:self.toks[0].start].lower())):
            if word == "-":
                continue  # (a hyphen of a compound, as above)
            if reach <= 0 or not word[0].isalnum():
                return
            yield None, word, True
            reach -= 1

    def _negated(self, m: int) -> bool:
        """The verb at token m is negated ("haven't seen", "has not been", "never had")."""
        before = self.ex.norm.text[max(self.bounds[0], self.toks[m].start - NEGATION_CHARS):self.toks[m].start]
        words = before.lower().replace("’", "'").split()
        return any(w.endswith("n't") or w in self.language.negation_words for w in words[-2:])

    def _owned(self, m: int) -> bool:
        """Token m follows a determiner or a possessive ("the first", "their first", "Japan's first")."""
        key = self.word_key(m - 1)
        return key is not None and (key in self.language.partitive_determiners or key.endswith("'s"))
