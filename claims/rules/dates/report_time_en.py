"""English report time (issue 14, class 6): the day a report was made, read as a reader reads it.

- A verb of saying or announcing before the day, with a short object between: "said on Monday", "told Reuters news
  agency on Friday", "announced on Monday", "warned on Monday".
- A release verb counts only with a report noun beside it ("data released Saturday", "the bureau released figures on
  Monday", "a flood warning issued on Monday"); "the hostages were released on Monday" dates the release.
- A day opening the sentence before a comma, then its subject and the verb of saying: "On Monday, the agency's
  spokesman said", "Yesterday, Col. Ana Cruz said"; "On Monday, the storm killed 12" dates the storm.
- A clock time between the verb and the day is passed over: "a report issued at 8 a.m. on Wednesday".
- A dateline's date: "NAIROBI, June 21 (Reuters) -" (mark_dateline_en, called by claims/engine/extractor.py).
Not: "said the attack on Monday killed 12" (after "said" a determiner opens the reported clause, whose day it is).
"""

from __future__ import annotations

import re

from claims.engine.cursor import Cursor
from claims.engine.tiling import tokenize
from claims.engine.types import NUM, SYM, WORD, Draft

REACH_EN = 4  # lower-case words between the verb and "on <day>" ("told the Reuters news agency on Friday")
REACH_AFTER_REPORT_NOUN_EN = 8  # "issued its first severe flood warning on Monday": a report noun before the day
OPENER_REACH_EN = 14  # words from "On Monday," to the verb of saying ("On Monday, the Central Agency for ... said")
OPENER_LOOKAHEAD_CHARS = 160
NOUN_NEAR_VERB = 3  # how far before a release verb its report noun may stand ("the data were released")
WALK_MARKS_EN = frozenset(",()\"“”'’")  # marks a verb may stand behind ("said, on Monday,")
OPENER_MARKS_EN = frozenset("()'’.")  # inside a subject: "Col. Ana Cruz", "the bureau (NBS)"

Item = tuple[int, str, bool]  # (kind, key, capitalized): a token read backwards or forwards


class ReportTimeRulesEn(Cursor):
    """English: is the day at start_i (after its link word, ending before token k + 1) the report's day?"""

    def _report_time_en(self, start_i: int, k: int) -> bool:
        if self._opens_report_en(start_i):
            return True
        items = [(t.kind, t.key if t.kind == WORD else t.text, t.text[:1].isupper())
                 for t in reversed(self.toks[:k + 1])]
        noun_before_day = bool(items) and items[0][0] == WORD and items[0][1] in self.language.report_nouns
        reach = REACH_AFTER_REPORT_NOUN_EN if noun_before_day else REACH_EN
        found = self._verb_owns_day_en(items, reach)
        if found is None:  # the window begins before the walk ended: read on in the sentence before it
            found = self._verb_owns_day_en(items + [(kind, key, False) for kind, key in self._before_window()], reach)
        return bool(found)

    def _verb_owns_day_en(self, items: list[Item], reach: int) -> bool | None:
        """Walking back from the day over items: a verb of saying within reach lower-case words (names and single
        letters are free), with no clause break, figure (but a clock time) or other mark between."""
        data = self.language
        words, clock = 0, False
        for n, (kind, key, capitalized) in enumerate(items):
            if words >= reach:
                return False
            if kind == NUM:
                clock = clock or self._clock_letters_after(items, n)
                if not clock:
                    return False
                continue
            if kind == SYM:
                if key in WALK_MARKS_EN or (clock and key in ".:"):
                    continue
                if key == "." and n + 1 < len(items) and len(items[n + 1][1]) == 1:
                    continue  # the dots of "a.m."
                return False
            clock = False
            if key in data.report_clause_breaks or key in data.report_clause_verbs:
                return False  # "said that prices fell on Monday", "said he was held on Monday": the reported act's
            verb = self._saying_verb_en(items, n, walked=items[:n])
            if verb is not None:
                return verb
            if not capitalized and len(key) > 1 and not (
                    key in data.name_inner_words and 0 < n < len(items) - 1 and items[n - 1][2] and items[n + 1][2]):
                words += 1  # (names are free, "of" inside one too: "by the Office of National Statistics on")
        return None if words < reach else False

    def _saying_verb_en(self, items: list[Item], n: int, walked: list[Item]) -> bool | None:
        """True/False when items[n] is a verb that decides the day; None when it is some other word."""
        data = self.language
        key = items[n][1]
        before = items[n + 1][1] if n + 1 < len(items) else None
        if key in data.report_verbs:
            if before in data.report_clause_breaks and before not in data.report_relative_pronouns:
                return False  # "will be announced on Monday": a future act is the event, not the report (but "the
                # board, which announced the results yesterday,": the relative's verb is the board's report)
            if key in data.report_bare_verbs and n > 0 and items[n - 1][1] in data.report_clause_openers and \
                    walked[0][1] not in data.report_nouns:
                return False  # "said the attack on Monday killed 12": the reported act's day
            return True
        if key in data.report_issue_verbs:
            near = [it[1] for it in items[n + 1:n + 1 + NOUN_NEAR_VERB] + walked if it[0] == WORD]
            if any(w in data.report_statement_nouns for w in near):
                return before not in data.report_clause_breaks
        return None

    def _clock_letters_after(self, items: list[Item], n: int) -> bool:
        """The figure at items[n] (read backwards) is a clock time: "a.m."/"p.m." or a clock word follows it."""
        after = items[n - 1] if n >= 1 else None
        return after is not None and after[0] == WORD and (
            len(after[1]) == 1 or after[1] in self.language.clock_suffixes or after[1] in self.language.time_zones)

    def _opens_report_en(self, start_i: int) -> bool:
        """"On Monday, the bureau's head said ...", "Yesterday, Col. Ana Cruz said ...": the day opens the sentence
        (after "On"), a comma follows, and the sentence's subject runs to a verb of saying."""
        data = self.language
        if not self.toks or self.toks[0].start > self.bounds[0] or start_i > 1:
            return False
        if start_i == 1 and self.word_key(0) not in data.report_time_links:
            return False
        comma = self.tok(start_i + 1)
        if comma is None or comma.kind != SYM or comma.text != ",":
            return False
        text = self.ex.norm.text
        ahead = tokenize(text, comma.end, min(self.bounds[1], comma.end + OPENER_LOOKAHEAD_CHARS), True)
        items: list[Item] = [(t.kind, t.key if t.kind == WORD else t.text, t.text[:1].isupper()) for t in ahead]
        for n, (kind, key, _) in enumerate(items[:OPENER_REACH_EN]):
            if kind == NUM or (kind == SYM and key not in OPENER_MARKS_EN):
                return False  # "On Monday, the storm killed 12", "On Monday, rebels attacked, the army said"
            if kind != WORD:
                continue
            if key in data.report_auxiliaries and n + 1 < len(items) and items[n + 1][1] in data.report_verbs:
                return True  # "On Monday, the minister also said"
            if key in data.report_verbs:
                return True
            if key in data.report_issue_verbs:  # "On Monday, the bureau released data showing"
                return any(it[1] in data.report_statement_nouns for it in items[n + 1:n + 1 + NOUN_NEAR_VERB])
        return False


# A dateline opening an English report: an upper-case place (maybe after the outlet in brackets), a comma, the date,
# then the agency in brackets and a dash: "NAIROBI, June 21 (Reuters) -", "CAIRO, Feb 2 (UPI) --".
_DATELINE_PLACE_EN = re.compile(r"(?:\([^()\n]{1,60}\)\s*)?[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,20})?,\s*")
_DATELINE_TAIL_EN = re.compile(r"\s*(?:,\s*\d{4}\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:--?|–|—)\s")


def mark_dateline_en(drafts: list[Draft], text: str, sentence: tuple[int, int]) -> None:
    """The date of a dateline at the start of the sentence dates the report (class 6), not a fact."""
    s = sentence[0]
    for d in drafts:
        if d.kind != "date" or d.start - s > 100:
            continue
        if _DATELINE_PLACE_EN.fullmatch(text, s, d.start) and _DATELINE_TAIL_EN.match(text, d.end, d.end + 60):
            d.report_time = True
        break  # only the sentence's first date can be its dateline
