"""English report time (issue 14, class 6): a verb of saying ahead of the day, the sentence's subject between:
"On Monday, the agency's spokesman said", "Yesterday, Col. Ana Cruz said", "On Tuesday, the Minister of Mines,
Peter Mwale, announced", "Presenting the annual budget on Tuesday, the minister said", "On Friday Ms Okafor said";
"On Monday, the storm killed 12" dates the storm. ReportTimeRulesEn's base (rules/dates/report_time_en.py)."""

from __future__ import annotations

import re

from claims.engine.tiling import tokenize
from claims.engine.types import NUM, SYM, WORD
from claims.rules.dates.report_time import Item, ReportTimeRules

TITLED_SUBJECT_WORDS = 9  # words of a name and its office before the verb ("Lib Dem ... committee chairman Alan Beith")
OPENER_REACH_EN = 14  # words from "On Monday," to the verb of saying ("On Monday, the National Office for ... said")
OPENER_LOOKAHEAD_CHARS = 160
DESCRIPTION_TOKENS = 24  # tokens of a name's description set off by commas ("the ministry's Permanent Secretary")
NOUN_NEAR_VERB = 4  # how far before a release verb its report noun may stand ("the figures of which were published")
SPEECH_NOUN_WORDS = 3  # words from the determiner to the speech ("In a keynote speech", "in his first major speech")
OPENER_MARKS_EN = frozenset("()'’.")  # inside a subject: "Col. Ana Cruz", "the bureau (NBS)"


class ReportOpenerRulesEn(ReportTimeRules):
    """English hooks of the report-time walk for a verb of saying after the day, its subject between."""

    def _named_subject_then_verb(self, k: int) -> bool:
        """A name of one to three capitalized words at k, or a determiner and up to three lower-case words ("on
        Friday the water board said"), then (an auxiliary and) a verb of saying."""
        data = self.language
        n = k
        while n < k + 3 and self.tok(n) is not None and self.toks[n].kind == WORD and self.toks[n].text[:1].isupper():
            n += 1
        if n == k and self.word_key(k) in data.report_pronoun_subjects and self._report_clause_opens_en(k - 3):
            n = k + 1  # "But on Friday he said": a pronoun subject at the clause's start
        elif n == k and self.word_key(k) in data.report_clause_openers and self._report_clause_opens_en(k - 3):
            n = k + 1  # "and on Friday the water board said"; not "the storm killed 12" (no verb of saying)
            while n < k + 4 and self.tok(n) is not None and self.toks[n].kind == WORD and \
                    self.toks[n].key not in data.report_verbs and self.toks[n].key not in data.report_auxiliaries:
                n += 1
        if n == k:
            return False
        if self.word_key(n) in data.report_auxiliaries:
            n += 1
        return self.word_key(n) in data.report_verbs or self._titled_subject_then_verb(k)

    def _titled_subject_then_verb(self, k: int) -> bool:
        """A name after its title or office from k ("On Tuesday Green Party transport spokesman Ann
        Lowe warned", "On Thursday Home Secretary Lee Grant told"): up to TITLED_SUBJECT_WORDS words, the first
        and the last capitalized, none a verb in -ed or -ing, then (an -ly adverb and) a verb of saying; not "On
        Monday the storm hit Lagos" (no verb of saying, a lower-case opener)."""
        data = self.language
        first = self.tok(k)
        if first is None or first.kind != WORD or not first.text[:1].isupper():
            return False
        n = k
        while n < k + TITLED_SUBJECT_WORDS and (t := self.tok(n)) is not None and t.kind == WORD and \
                t.key not in data.report_verbs and t.key not in data.report_auxiliaries and \
                not (t.text.islower() and t.key.endswith(("ed", "ing", "ly"))):
            n += 1
        if n - k < 2 or not self.toks[n - 1].text[:1].isupper():
            return False  # (the words before the verb end in a name)
        if self.word_key(n) is not None and self.word_key(n).endswith("ly"):
            n += 1  # "Mr Blair directly denied"
        if self.word_key(n) in data.report_auxiliaries:
            n += 1
        return self.word_key(n) in data.report_verbs

    def _report_clause_opens_en(self, k: int) -> bool:
        """A clause opens after token k: the sentence's start, a mark, a conjunction or a connective opening the
        sentence ("and on Wednesday the utility said", "But on Tuesday the firm said"; not "before she flew to Lima
        on Friday the minister told")."""
        t = self.tok(k)
        return t is None or t.start < self.bounds[0] or t.kind == SYM or t.key in self.language.list_links or (
            t.key in self.language.report_opener_connectives and self._connectives_open(k + 1))

    def _connectives_open(self, j: int) -> bool:
        """Tokens before j, if any, are connectives and commas only, from the sentence's start ("However, on",
        "But on", "Late on", "Also on"); False when the window was cut after the sentence's start."""
        if not self.toks or self.toks[0].start > self.bounds[0]:
            return False
        connectives = self.language.report_opener_connectives
        return all(self.toks[m].text == "," or self.toks[m].key in connectives for m in range(j)) and \
            (j == 0 or self.toks[0].text != ",")

    def _day_opens_clause(self, start_i: int) -> bool:
        """The day at start_i (after its link, "on") opens the sentence, maybe after connectives ("But on Thursday,",
        "However, on Monday,", "Late on Monday,"), or a clause after a conjunction ("Demand is rising and on Tuesday,
        the agency reported")."""
        data = self.language
        j = start_i - 1 if self.word_key(start_i - 1) in data.report_time_links else start_i
        return self._connectives_open(j) or (j > 1 and self.word_key(j - 1) in data.report_clause_conjunctions)

    def _opens_report_en(self, start_i: int, last: int | None = None) -> bool:
        """"On Monday, the bureau's head said ...", "Yesterday, Col. Ana Cruz said ...": the day (tokens start_i ..
        last) opens the sentence (after "On"), a comma follows, and the sentence's subject runs to a verb of
        saying."""
        data = self.language
        if not (self._participle_opens(start_i) or self._speech_opens(start_i)):  # (else "Presenting the annual
            # budget ... on Tuesday, X said", "In a speech in Leeds on Monday, X said")
            if not self._day_opens_clause(start_i):
                return False
        after = (start_i if last is None else last) + 1
        if self.word_key(after) in data.report_day_parts:
            after += 1  # "On Saturday morning, the utility urged", "On Friday night, the minister confirmed"
        elif self.word_key(after) == "this" and self.word_key(after + 1) in data.relative_year_nouns:
            after += 2  # "On November 8 this year, the chairwoman told"
        after = self._past_bracketed_note(after)  # "On Tuesday (May 2), the minister said": the day's date restated
        comma = self.tok(after)
        if comma is None or comma.kind != SYM or comma.text != ",":
            return False
        text = self.ex.norm.text
        ahead = tokenize(text, comma.end, min(self.bounds[1], comma.end + OPENER_LOOKAHEAD_CHARS), True)
        items: list[Item] = [(t.kind, t.key if t.kind == WORD else t.text, t.text[:1].isupper()) for t in ahead]
        for n, (kind, key, _) in enumerate(items[:OPENER_REACH_EN]):
            if key == "," and (closing := _appositive_name_end(items, n)) is not None and \
                    self._verb_of_saying_at(items, closing + 1):
                return True  # "On Tuesday, the Minister of Mines, Peter Mwale, announced": a name set off before
                # the verb, however far (not "On Monday, the storm hit Lagos, Nigeria, the agency said")
            if key == "," and self._described_name_then_verb(items, n):
                return True  # "On Tuesday, Dr. Ada Obi, the ministry's Permanent Secretary, announced"
            if kind == NUM or (kind == SYM and key not in OPENER_MARKS_EN):
                return False  # "On Monday, the storm killed 12", "On Monday, rebels attacked, the army said"
            if kind != WORD:
                continue
            if key in data.report_auxiliaries and n + 1 < len(items) and items[n + 1][1] in data.report_verbs:
                return True  # "On Monday, the minister also said"
            if key in data.report_verbs:
                return True
            if key in data.report_issue_verbs:  # "On Monday, the bureau released data showing"
                return any(it[1] in data.report_statement_nouns for it in items[n + 1:n + 1 + NOUN_NEAR_VERB]) or \
                    (n > 0 and items[n - 1][1] in data.report_news_nouns)  # "Yesterday, HSE data showed 523"
        return False

    def _described_name_then_verb(self, items: list[Item], n: int) -> bool:
        """The subject is a name (capitalized words and the marks of initials, items[:n]) and the comma at items[n]
        opens its description, a determiner first, that a comma closes right before a verb of saying ("On Tuesday,
        Dr. Ada Obi, the ministry's Permanent Secretary, announced"); inside it a comma may only go on with a
        capitalized word or "and" (a list of offices). Not "On Monday, police arrested Ali Musa, the group's
        leader, said a spokesman": no name alone before the comma."""
        data = self.language
        if n == 0 or not all((kind == WORD and cap) or (kind == SYM and key in OPENER_MARKS_EN)
                             for kind, key, cap in items[:n]):
            return False
        if n + 1 >= len(items) or items[n + 1][1] not in data.report_clause_openers:
            return False
        for m in range(n + 2, min(len(items), n + 2 + DESCRIPTION_TOKENS)):
            kind, key, _ = items[m]
            if key == ",":
                if self._verb_of_saying_at(items, m + 1):
                    return True
                if m + 1 >= len(items) or not (items[m + 1][2] or items[m + 1][1] in data.list_links):
                    return False
            elif kind == NUM or (kind == SYM and key not in OPENER_MARKS_EN):
                return False
        return False

    def _verb_of_saying_at(self, items: list[Item], m: int) -> bool:
        """items[m] is a verb of saying, maybe after an auxiliary ("also said")."""
        data = self.language
        if m < len(items) and items[m][1] in data.report_auxiliaries:
            m += 1
        return m < len(items) and items[m][1] in data.report_verbs

    def _participle_opens(self, start_i: int) -> bool:
        """"Presenting the annual budget ... on Tuesday, the minister said", "In delivering the budget yesterday,
        Imbert stated": a presenting participle (`report_opening_participles`) opens the sentence, and the day
        closes that phrase (no comma before it)."""
        data = self.language
        if not data.report_opening_participles or start_i < 2:
            return False
        found = _OPENING_PARTICIPLE_EN.match(self.ex.norm.text, self.bounds[0], self.toks[start_i].start)
        return found is not None and found.group(1).lower() in data.report_opening_participles

    def _speech_opens(self, start_i: int) -> bool:
        """"In a speech in Leeds on Monday, Mr Grant said", "Yet in a speech on Thursday, the chairman warned": "in" or
        "during", a determiner and a speech (`report_opening_speech_nouns`, up to SPEECH_NOUN_WORDS words in) open the
        sentence, and the day closes that phrase (no comma or figure before it): the speech is the saying."""
        data = self.language
        if not data.report_opening_speech_nouns or start_i < 3:
            return False
        found = _OPENING_SPEECH_EN.match(self.ex.norm.text, self.bounds[0], self.toks[start_i].start)
        return found is not None and any(word.lower() in data.report_opening_speech_nouns
                                         for word in found.group(1).split()[:SPEECH_NOUN_WORDS])


def _appositive_name_end(items: list[Item], n: int) -> int | None:
    """The index of the comma closing a name of one to four capitalized words set off after the comma at items[n]
    ("the Minister of Health, Jane Banda, announced"; "of" inside a name passes), else None."""
    words = 0
    for m in range(n + 1, min(len(items), n + 7)):
        kind, key, capitalized = items[m]
        if kind == SYM:
            return m if key == "," and words else None
        if kind != WORD or not (capitalized or key in ("of", "al", "bin", "de", "van", "von")) or words == 5:
            return None
        words += 1
    return None


# A sentence opening with a speech, its words running with no comma or figure to the day ("In a speech in Leeds ").
_OPENING_SPEECH_EN = re.compile(r"(?:(?:But|And|Yet) )?(?:[Ii]n|[Dd]uring) (?:a|an|his|her|their|its) ([^,;:.!?0-9]*)$")
# A sentence opening with a participle phrase that runs, with no comma, to the day ("In delivering the budget ").
_OPENING_PARTICIPLE_EN = re.compile(r"(?:In |On )?([A-Za-z]+ing) [^,;:.!?]*$")
