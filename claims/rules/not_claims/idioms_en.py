"""Not claims, English: idioms read as numbers ("ten to one", "one in a million", "a million miles away"), a
score in words ("two goals to nil") and a title that is a number and a capitalized time noun ("60 Minutes")."""

from __future__ import annotations

from functools import lru_cache

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Skip

# The round bases a rate is given per ("per 100,000 people", "per 1,000 live births").
_RATE_BASES = frozenset({"100", "1,000", "1000", "10,000", "10000", "100,000", "100000", "1,000,000"})


_KNOCKOUT_SIZES = frozenset({"8", "16", "32", "64", "128"})  # "the round of 16", "the Round of 32"
_BASE_CURRENCY_SIGNS = frozenset("$£€")  # a tax rate per money base ("$3.75 per $1,000 of taxable value")


@lru_cache(maxsize=4)
def _idiom_words(phrases: frozenset[str]) -> frozenset[str]:
    """Every word of the idiom phrases: a token outside them cannot be inside an idiom (a cheap test first)."""
    return frozenset(w for p in phrases for w in p.split())


class IdiomRulesEn(Cursor):
    """English idioms, word scores and titled time spans."""

    def _idiom_en(self, i: int) -> Skip | None:
        """A Skip past an idiom or a word score that holds the number at token i (English only)."""
        if self.ar:
            return None
        nxt = self.tok(i + 1)  # (cheap tests first: this runs at every number and number word)
        links = self.language.rate_base_links
        if self.toks[i].text in _RATE_BASES and i > 0 and (self.word_key(i - 1) in links or (
                self.toks[i - 1].text in _BASE_CURRENCY_SIGNS and self.word_key(i - 2) in links)):
            return Skip(i + 1)  # "4.9 deaths per 100,000 people", "$3.75 per $1,000 of taxable value": the rate's
            # base, no figure of its own
        if self.toks[i].text in _KNOCKOUT_SIZES and self.word_key(i - 1) == "of" and \
                self.word_key(i - 2) in self.language.stage_of_nouns and (
                    nxt is None or nxt.kind != WORD or not nxt.text.islower() or
                    nxt.key in self.language.stage_of_after_nouns):
            return Skip(i + 1)  # "the round of 16", "a round of 16 tie": a knockout stage named by its number of
            # sides (not "a round of 16 job cuts")
        # (an idiom phrase holds a number word only: digits ask no further)
        return (self.toks[i].kind == WORD and self._idiom_phrase(i)) or (nxt is not None and nxt.kind == WORD and (
            ((nxt.key in self.language.score_nouns or nxt.key in self.language.score_unit_nouns) and
             self._score_in_words(i)) or
            (nxt.key in self.language.time_nouns and self._titled_time_name(i)))) or None

    def _idiom_phrase(self, i: int) -> Skip | None:
        """"ten to one", "nineteen to the dozen", "one in a million": a phrase of the language data that covers
        token i (matched on whole words, in the text a few tokens either side)."""
        phrases = self.language.idiom_phrases
        t = self.toks[i]
        if not phrases or t.kind != WORD or t.key not in _idiom_words(phrases):
            return None
        lo = self.toks[max(0, i - 3)].start
        text = self.ex.norm.text[lo:self.toks[min(self.n - 1, i + 4)].end].lower()
        at = self.toks[i].start - lo
        for phrase in phrases:
            k = text.find(phrase)
            while k != -1:
                end = k + len(phrase)
                if k <= at < end and (k == 0 or not text[k - 1].isalnum()) and \
                        (end == len(text) or not text[end].isalnum()):
                    return Skip(self._index_after(lo + end))
                k = text.find(phrase, k + 1)
        return None

    def _score_in_words(self, i: int) -> Skip | None:
        """"won by two goals to nil", "three goals to one", "the two tries to one victory": a score, not a count."""
        data = self.language
        expr = self.number_expr(i)
        noun = self.word_key(expr.end_i) if expr is not None else None
        if noun is None or self.word_key(expr.end_i + 1) not in data.score_links or \
                self.word_key(i - 1) in data.range_from_words:
            return None  # ("rose from 12 goals to 15": a change)
        if noun not in data.score_nouns and (noun not in data.score_unit_nouns or
                                             self.word_key(i - 1) in data.tally_by_words):
            return None  # ("won by four tries to two": a tally, counts_implied_en._tally_count)
        k = expr.end_i + 2
        t = self.tok(k)
        if t is not None and t.kind == WORD and (t.key in data.score_nil_words or t.key in data.zero_words or
                                                 data.units.get(t.key) == 1):
            return Skip(k + 1)  # ("two tries to one": "one" alone is no figure number_expr reads)
        second = self.number_expr(k) if t is not None else None
        return Skip(second.end_i) if second is not None else None

    def _titled_time_name(self, i: int) -> Skip | None:
        """"the TV show 60 Minutes", "28 Days Later": digits and a capitalized time noun inside a lower-case
        sentence are a title ("60 minutes" stays a duration)."""
        t, nxt, prev = self.toks[i], self.tok(i + 1), self.tok(i - 1)
        if t.kind != NUM or nxt is None or nxt.kind != WORD or not nxt.text[:1].isupper() or \
                nxt.key not in self.language.time_nouns:
            return None
        if prev is None or prev.kind != WORD or not prev.text[:1].islower():
            return None  # a headline or a sentence start ("20 Years On"), or after a name
        return Skip(i + 2)

    def _ago_after(self, end_i: int) -> bool:
        """A time noun and "ago" after the number ("the League Cup 38 years ago"): how long ago, never an identifier."""
        return not self.ar and self.word_key(end_i) in self.language.time_nouns and \
            self.word_key(end_i + 1) in self.language.ago_words
