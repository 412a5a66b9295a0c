"""English report time (issue 14, class 6): the occasion a statement was given at, read back from its day: "at a
news conference today", "in a statement on Thursday, the firm said", "at a media briefing in Lagos yesterday" (a
statement, interview or press conference before the day, past its place phrases, dates the report whatever verb the
sentence has), and "the minister said at a media event held in the capital on Monday." (a verb of saying right before
the occasion whose phrase runs to the day closing the clause). Not "said the storm hit the coast on Monday" (no
occasion after the verb), nor "will be announced at a dinner on 30 November" (an act to come: the event's day).
ReportTimeRulesEn's base (rules/dates/report_time_en.py), which asks these from its walks."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from claims.engine.cursor import Cursor
from claims.engine.tiling import tokenize
from claims.engine.types import NUM, SYM, WORD, Tok
from claims.rules.dates.report_time import REPORT_LOOKBACK_CHARS
from claims.rules.dates.year_like import year_like_digits

OBJECT_WORDS = 4  # lower-case words of a statement's object between its verb and the occasion ("the pass rate")
EVENT_PHRASE_REACH = 12  # tokens of an occasion phrase after a verb of saying ("said at a media event held in ...")
PLACE_PHRASES = 2  # place phrases between a press event and its day ("at the town hall in Accra on Monday")
PLACE_LOWER_WORDS = 2  # lower-case words in one ("at the ministry headquarters")
EVENT_BACK_TOKENS = 24  # tokens read back from a day to its press event's preposition, past place phrases
EVENT_LOOKBACK_CHARS = 120  # characters before a day searched for a report noun first (the cheap test)


class ReportOccasionRulesEn(Cursor):
    """English: the occasion a statement was given at, read back from the day that dates it."""

    def _said_at_event_en(self, k: int) -> bool:
        """"the minister said at a media event held in the capital on Monday.", "He was speaking at a farmers' rally
        here on Monday.": a verb of saying right before "at"/"in"/"during" (the occasion it was said at), its
        phrase running to the day that closes the clause (k: the last token before the day and its link,
        _before_closing_day), no figure, mark or clause word between: the report's day, however long the phrase (not
        "said the storm hit the coast on Monday": no occasion after the verb)."""
        data = self.language
        back = _occasion_tokens(self._tokens_back(k))  # (lazy: most walks stop at the first mark or clause word)
        t = next(back, None)
        obj = None  # after an occasion's preposition: the lower-case words of the verb's object read back, -1 past
        # its determiner ("announced the national results at a rally in Kano on Monday")
        for _ in range(EVENT_PHRASE_REACH + 1):
            if t is None or (t.kind != WORD and t.text not in "'’") or t.key in data.report_clause_breaks or \
                    t.key in data.report_clause_verbs:
                return False
            if obj == -1 and t.key not in data.report_event_prepositions:  # (else the determiner was the occasion's)
                return t.key in data.report_verbs and t.key not in data.report_bare_verbs and not self._scheduled(back)
            if obj == 1 and t.key in data.report_verbs and t.key not in data.report_bare_verbs:
                return not self._scheduled(back)  # "told reporters at the assembly hall on Monday": an object of
                # one word with no determiner (more words may be a clause: "told police gunmen shot at a crowd")
            before = next(back, None)
            if (t.key.endswith("ed") or (t.text.islower() and (
                    t.key in data.report_clause_act_verbs or t.key in data.past_tense_verbs))) and \
                    before is not None and before.key not in data.report_clause_openers:
                return False  # "said in a statement rebels attacked a base on Monday", "told the police gunmen shot
                # at a car on Sunday" (a simple past of no -ed): the reported act's day; a capitalized one is a
                # name ("told the Hit radio show on Sunday", "the Beat magazine"; review 20)
            if t.key in data.report_event_prepositions:
                if before is not None and before.key in data.report_verbs:
                    return not self._scheduled(back)
                obj = 0
            elif obj is not None:
                obj = -1 if t.key in data.report_clause_openers else obj + 1
                if obj > OBJECT_WORDS or not t.text.islower():
                    obj = None  # (a name or a longer phrase: no object of the verb; the walk goes on)
            t = before
        return False

    def _scheduled(self, back: Iterator[Tok]) -> bool:
        """The token before a verb of saying (next in `back`) makes it an act to come, the event's day: "the shortlist
        will be announced at a dinner on 30 November", "is due to be heard at a tribunal on Monday" (not a
        relative pronoun: "the board, which announced at a rally on Monday")."""
        data = self.language
        t = next(back, None)
        return t is not None and t.key in data.report_clause_breaks and t.key not in data.report_relative_pronouns

    def _tokens_back(self, k: int) -> Iterator[Tok]:
        """The sentence's tokens from k back to its start, nearest first; read on in the text before the window when
        the window was cut after the sentence's start (the window holds only so many characters before its day),
        only when a caller walks that far."""
        for t in reversed(self.toks[:k + 1]):
            if t.start < self.bounds[0]:
                return
            yield t
        if self.toks and self.toks[0].start > self.bounds[0]:
            first = self.toks[0].start
            text = self.ex.norm.text
            yield from reversed(tokenize(text, max(self.bounds[0], first - REPORT_LOOKBACK_CHARS), first, True))

    def _report_event_before(self, k: int) -> bool:
        """A statement, interview or press conference ending at token k, maybe past up to PLACE_PHRASES place
        phrases ("at the town hall in Accra"), after "in"/"at"/"during" (a determiner and up to two
        lower-case modifiers between): the day it was given on dates the report, whatever verb the sentence has.
        A noun that also names an event of its own ("conference") needs a press word before it ("a news
        conference"; not "at a conference on Monday, delegates agreed"). Read before the window when it was cut."""
        data = self.language
        if self.word_key(k) not in data.report_nouns and not self._report_noun_near(k):
            return False  # (the cheap test first: most days have no report noun in the words before them)
        back = list(islice(self._tokens_back(k), EVENT_BACK_TOKENS))  # nearest first
        p = self._past_place_phrases(back)
        if p is None or p >= len(back) or back[p].key not in data.report_nouns:
            return False
        n = p + 1
        if back[p].key in data.report_press_nouns:
            if n >= len(back) or back[n].key not in data.report_press_words:
                return False
            n += 1
        for _ in range(2):
            if n >= len(back) or back[n].kind != WORD or back[n].key in data.report_event_prepositions or \
                    back[n].key in data.report_clause_openers or not back[n].text.islower():
                break
            n += 1
        if n < len(back) and back[n].key in data.report_clause_openers:
            n += 1
        return n < len(back) and back[n].key in data.report_event_prepositions

    def _report_noun_near(self, k: int) -> bool:
        """A report noun in the EVENT_LOOKBACK_CHARS characters of the sentence before the end of token k."""
        end = self.toks[k].end if self.tok(k) is not None else self.bounds[0]
        text = self.ex.norm.text[max(self.bounds[0], end - EVENT_LOOKBACK_CHARS):end].lower()
        return any(noun in text for noun in self.language.report_nouns)

    def _past_place_phrases(self, back: list[Tok]) -> int | None:
        """The index in `back` (tokens nearest first) of the word before up to PLACE_PHRASES place phrases at its
        start ("at the town hall", "in Accra", "at the Ministry of Health"): a preposition of place
        (`report_place_links`), then names (small words inside a name pass) or up to PLACE_LOWER_WORDS lower-case
        words, determiners passed; 0 when a report noun stands first, None when the words before no report noun are
        no place phrase."""
        data = self.language
        p = 0
        for _ in range(PLACE_PHRASES + 1):
            if p < len(back) and back[p].key in data.report_nouns:
                return p
            m, lower, names = p, 0, 0
            while m < len(back) and back[m].kind == WORD and back[m].key not in data.report_place_links:
                t = back[m]
                if t.text[:1].isupper() or (names and t.key in data.name_inner_words):
                    names += 1
                elif t.key not in data.report_clause_openers:
                    if names or lower == PLACE_LOWER_WORDS:
                        return None
                    lower += 1
                m += 1
            if m >= len(back) or back[m].kind != WORD or m == p:
                return None  # (no preposition of place, or nothing after it)
            p = m + 1
        return None


def _occasion_tokens(back: Iterator[Tok]) -> Iterator[Tok]:
    """Tokens read back from a day (nearest first), the parts of an occasion's name that are no clause of their own
    dropped: an acronym in brackets ("the Committee of Supply (COS) debates"), a year right before a capitalized word
    ("the 2024 Palm Oil Awards"), and the hyphen and second part of a compound ("an e-mailed statement": "e" stands
    for it, no verb in "-ed")."""
    ahead: list[Tok] = []  # tokens read but not yet yielded, nearest first
    nearer: Tok | None = None  # the last token yielded (the one after the current in the text)
    while True:
        t = ahead.pop(0) if ahead else next(back, None)
        if t is None:
            return
        if t.kind == SYM and t.text == ")":
            ahead += list(islice(back, 2 - len(ahead)))
            if len(ahead) == 2 and ahead[0].kind == WORD and ahead[0].text.isupper() and ahead[1].text == "(":
                ahead.clear()
                continue
        elif t.kind == NUM and nearer is not None and nearer.kind == WORD and nearer.text[:1].isupper() and \
                year_like_digits(t.text):
            continue
        elif t.kind == WORD:
            ahead += list(islice(back, 2 - len(ahead)))
            if len(ahead) == 2 and ahead[0].text == "-" and ahead[0].end == t.start and \
                    ahead[1].kind == WORD and ahead[1].end == ahead[0].start:
                t = ahead[1]
                del ahead[:2]
        nearer = t
        yield t
