"""English report time (issue 14, class 6): what English does its own way on the walk from a day to its verb of
saying (the walk itself: rules/dates/report_time.py).

- The verb after the day: "The 61-year-old on Monday said", "On Friday Ms Okafor said", "In a statement on
  Thursday, the firm said", and a day opening the sentence before a comma, then its subject and the verb of saying:
  "On Monday, the agency's spokesman said", "Yesterday, Col. Ana Cruz said"; "On Monday, the storm killed 12" dates
  the storm.
- The reach: 4 lower-case words between the verb and the day ("told Reuters news agency on Friday": names, initials
  and "of" inside a name are free), 8 after a report noun ("issued its first flood warning on Monday").
- Marks: commas, brackets, quotes and the dots of initials are passed, and a clock time: "a report issued at 8 a.m.
  on Wednesday".
- A release verb counts only with a report noun beside it ("data released Saturday", "the bureau released figures on
  Monday", "a flood warning issued on Monday"); "the hostages were released on Monday" dates the release.
- The day opening the sentence before its subject and verb of saying: rules/dates/report_opener_en.py (a base).
- The occasion a statement was given at, read back from its day ("at a news conference today", "said at a media
  event held in the capital on Monday."): rules/dates/report_occasion_en.py (a base).
- A dateline's date: "NAIROBI, June 21 (Reuters) -": rules/dates/dateline_en.py.
Not: "said the attack on Monday killed 12" (after "said" a determiner opens the reported clause, whose day it is).
"""

from __future__ import annotations

from collections.abc import Iterator

from claims.engine.types import NUM, SYM, WORD, Draft, Skip
from claims.rules.dates.iso_parts import far_from_publication
from claims.rules.dates.report_occasion_en import ReportOccasionRulesEn
from claims.rules.dates.report_opener_en import NOUN_NEAR_VERB, ReportOpenerRulesEn
from claims.rules.dates.report_time import STOPPED, Item, Walked

REACH_EN = 4  # lower-case words between the verb and "on <day>" ("told the Reuters news agency on Friday")
REACH_AFTER_REPORT_NOUN_EN = 8  # "issued its first severe flood warning on Monday": a report noun before the day
# "In a statement on Thursday, the chief executive of the firm said": how far on its verb of saying may stand.
REPORT_NOUN_REACH = 10
INVERTED_LOWER_WORDS = 4  # lower-case words of a speaker after "said the" (", said the state's flood agency on Monday")
BRACKETED_NOTE_TOKENS = 4  # a date restating the day in brackets after it ("on Tuesday (Jul 2)", "(June 2, 2024)")
PRESENTED_REACH = 10  # tokens from a presenting verb to its noun ("presented the FY-2022 state budget")
STATION_DIGITS = 2  # digits of a station's name the walk passes ("Radio 4's Today")
WHEN_CLAUSE_WORDS = 8  # words from "when" to its verb of saying ("when the club's new owner, in an interview")
WALK_MARKS_EN = frozenset(",()\"“”'’")  # marks a verb may stand behind ("said, on Monday,")


class ReportTimeRulesEn(ReportOccasionRulesEn, ReportOpenerRulesEn):
    """English hooks of the report-time walk."""

    def _verb_after_day_en(self, start_i: int) -> bool:
        """A verb of saying after the day at start_i ("on <day>" in a link, or the day opening the sentence)."""
        data = self.language
        k = start_i - 1
        note_end = self._past_bracketed_note(start_i + 1)  # "today (Friday, May 31) announced": the day restated
        after = self.word_key(note_end)
        if start_i > 0 and self._saying_right_after(note_end):
            return True  # "The 61-year-old on Monday said ...", "Officials today announced", "The ministry
            # yesterday also said": the verb of saying right after the day
        if note_end > start_i + 1 and after in data.report_nouns and self.word_key(k) in data.report_clause_openers:
            return True  # "according to a Friday (Oct. 6) report": the report's own day, its date restated
        if self.word_key(k) in data.report_news_nouns and (after in data.report_that_links or
                                                           after in data.report_news_links or
                                                           after in data.report_issue_verbs):
            return True  # "news today that ...", "evidence yesterday of ...", "data yesterday showed ..."
        if after in data.report_that_links and (self.word_key(k) in data.report_that_verbs or (
                self.word_key(k) in data.report_time_links and self.word_key(k - 1) in data.report_that_verbs)):
            return True  # "The council expected Tuesday that exports would rise": a forecast issued that day
        adverb = after is not None and after.endswith("ly") and after not in data.report_verbs
        verb = note_end + 1 if adverb else note_end
        if start_i > 0 and self.word_key(verb) in data.report_revision_verbs and self._forecast_revised(verb + 1):
            return True  # "The ministry on Wednesday raised its growth forecast": revising a forecast issues it;
            # (an adverb may stand between: "on Friday sharply cut its forecast", "extensively revised the number")
        if start_i > 0 and after in data.report_presenting_verbs and self._presented(start_i + 2):
            return True  # "The minister on Friday unveiled the 2020 budget": presenting a statement issues it
        if self.word_key(k) in data.report_nouns and self.word_key(k - 1) in data.report_noun_determiners and any(
                self.word_key(n) in data.report_verbs for n in range(start_i + 1, start_i + 1 + REPORT_NOUN_REACH)):
            return True  # "In a statement today, the minister added that": the statement's day, no "on" before it
        if self.word_key(k) in data.report_time_links:
            if self._named_subject_then_verb(start_i + 1):
                return True  # "On Friday Ms Okafor said", "And on Friday Ms Okafor is saying"
            if self.word_key(k - 1) in data.report_nouns and any(
                    self.word_key(n) in data.report_verbs for n in range(start_i + 1, start_i + 1 + REPORT_NOUN_REACH)):
                return True  # "In a statement on Thursday, the firm said ..."
            if self._report_event_before(k - 1):
                return True  # "set out in a media statement on Thursday that", "in press conference on Monday.",
                # "at a news conference at the town hall in Accra on Monday"
            noun = k - 2 if self.word_key(k - 1) in data.report_time_links else k - 1  # "a report earlier on Friday"
            if self.word_key(noun) in data.report_nouns and self._that_after_day(start_i + 1):
                return True  # "with a warning earlier on Monday (today) that shops are": what it said
        elif self._report_event_before(k):
            return True  # "at a news conference today", "at a media briefing in Lagos yesterday"
        if self._opens_report_en(start_i):
            return True
        k = self._before_closing_day(start_i)
        return k is not None and (self._inverted_attribution_en(k) or self._said_at_event_en(k))

    def _saying_right_after(self, k: int) -> bool:
        """A verb of saying at token k, right after the day: one of `report_verbs`, one of `report_after_day_verbs`
        without a particle that makes it an act ("on Monday called off the vote") nor, for a verb of naming, an article
        after it ("on Monday called a strike": convening, an act; `report_naming_verbs`), an auxiliary and a verb of
        saying ("yesterday also said"), or "when" opening a clause of saying ("came on Saturday when X said")."""
        data = self.language
        after = self.word_key(k)
        return after in data.report_verbs or (
            after in data.report_after_day_verbs and self.word_key(k + 1) not in data.report_verb_particles and not (
                after in data.report_naming_verbs and self.word_key(k + 1) in data.report_naming_not_before)) or (
            after in data.report_auxiliaries and self.word_key(k + 1) in data.report_verbs) or (
            after in data.report_when_links and self._saying_in_when_clause(k + 1))

    def _saying_in_when_clause(self, k: int) -> bool:
        """A "when" clause opening at token k whose verb is one of saying, within WHEN_CLAUSE_WORDS words and past
        commas only: "on Saturday when the coach said", "when the coach, in an interview with a paper, ..." (a
        report noun after "in"); not "on Friday when four callers asked to bet" (an act), nor "when the case
        would be heard" (a passive: the hearing's day)."""
        data = self.language
        words = 0
        for m in range(k, self.n):
            t = self.toks[m]
            if t.kind != WORD:
                if t.text != ",":
                    return False  # a full stop, a figure: the clause ended with no verb of saying
                continue
            if (t.key in data.report_verbs and self.word_key(m - 1) not in data.report_when_passive_auxiliaries) or (
                    t.key in data.report_nouns and (
                    self.word_key(m - 1) in data.report_when_noun_links or
                    self.word_key(m - 2) in data.report_when_noun_links)):
                return True
            words += 1
            if words > WHEN_CLAUSE_WORDS:
                return False
        return False

    def _possessive_report_en(self, start_i: int) -> bool:
        """"In today's announcement,", "at Monday's press conference": a possessive day after "in"/"at"/"during"
        owning a report noun (a press word may stand before it) dates the report that carries the figures."""
        data = self.language
        if self.word_key(start_i - 1) not in data.report_event_prepositions:
            return False
        noun = start_i + 2 if self.word_key(start_i + 1) in data.report_press_words else start_i + 1
        return self.word_key(noun) in data.report_nouns

    def _that_after_day(self, k: int) -> bool:
        """"that" at token k, or after a word in brackets restating the day ("on Friday (today) that")."""
        if self.tok(k) is not None and self.toks[k].text == "(" and self.word_key(k + 2) is None:
            k += 3  # (the word and its closing bracket)
        return self.word_key(k) in self.language.report_that_links

    def _before_closing_day(self, start_i: int) -> int | None:
        """The last token before the day at start_i and its link ("on"), when the day (with a day part after it:
        "yesterday morning", "on Monday morning") closes its clause; None when the clause goes on after it."""
        end = start_i + 1
        if self.word_key(end) in self.language.weekday_slot_day_parts:
            end += 1
        end = self._past_bracketed_note(end)  # "on Tuesday (Jul 2).": the date restating the day
        after = self.tok(end)
        if after is not None and not (after.kind == SYM and after.text in ".,;"):
            return None
        k = start_i - 1
        k = k - 1 if self.word_key(k) in self.language.report_time_links else k
        return self._past_dateline_place(k)

    def _past_dateline_place(self, k: int) -> int:
        """The token before "here" and the commas around it at k ("at the assembly hall here, yesterday.", "the
        awards ceremony, here today."): the dateline's place, no part of the occasion; k when none stands there."""
        m = k - 1 if self.tok(k) is not None and self.toks[k].text == "," else k
        if self.word_key(m) not in self.language.report_dateline_places:
            return k
        m -= 1
        return m - 1 if self.tok(m) is not None and self.toks[m].text == "," else m

    def _past_bracketed_note(self, k: int) -> int:
        """The token after a bracket of at most BRACKETED_NOTE_TOKENS tokens opening at k, else k."""
        t = self.tok(k)
        if t is None or t.text != "(":
            return k
        for m in range(k + 1, min(self.n, k + 2 + BRACKETED_NOTE_TOKENS)):
            if self.toks[m].text == ")":
                return m + 1
        return k

    def reported_full_date_en(self, found: list[Draft] | Skip | None, i: int) -> list[Draft] | Skip | None:
        """A date with its day after "on", closing its clause, that a verb of saying owns as it would a weekday
        ("Dr Banda said on May 12.", "In a paper issued on 17 October, the bureau", "data published by the
        Office of Statistics on 3 June."): the report's day (class 6). Not "said on May 12 at noon, gunmen
        attacked" (the reported act's), nor a month alone."""
        if self.ar or not isinstance(found, list) or len(found) != 1:
            return found
        d = found[0]
        if d.kind != "date" or d.precision != "day" or d.report_time or far_from_publication(d.value, self.published):
            return found  # (a date over a week from the publication: an earlier statement's day, a claim)
        start_i = i
        while start_i > 0 and self.toks[start_i].start > d.start:
            start_i -= 1
        if (before := self.tok(start_i - 1)) is not None and before.text in self.language.weekdays:
            start_i -= 1  # "on Tuesday 12th September": the weekday restates the date
        elif before is not None and before.text == "," and self.tok(start_i - 2) is not None and \
                self.toks[start_i - 2].text in self.language.weekdays:
            start_i -= 2  # "On Tuesday, 3 May, the court said": the same, after a comma
        if self.published is not None and self.word_key(start_i - 1) in self.language.report_noun_determiners and \
                self._report_noun_after(i, d.end):
            d.report_time = True  # "the insurer said in a Nov. 4 statement": the statement's own day, near the
            return found  # publication (as "In a Monday report" is)
        if self.word_key(start_i - 1) not in self.language.report_time_links:
            return found  # (the cheap test first: most dates have no "on" before them)
        last = i
        while last + 1 < len(self.toks) and self.toks[last + 1].end <= d.end:
            last += 1
        if start_i == 1 and self._opens_report_en(start_i, last):
            d.report_time = True  # "On 3 October this year, the director told a press conference that"
            return found
        comma = self.tok(last + 1)
        verb = last + 2 if comma is not None and comma.text == "," else last + 1
        subject = self.tok(start_i - 2)  # (before "on": the subject's name or a comma, not a verb: "which opens on
        # 3 March, said the firm" dates the event)
        if subject is not None and (subject.text in ",)" or subject.text[:1].isupper()) and \
                self.word_key(verb) in self.language.report_verbs:
            d.report_time = True  # "The agency on May 9 reported that", "The board, on Tuesday 12th May, announced"
            return found
        after = self.tok(last + 1)
        that = after is not None and after.key in self.language.report_that_links  # "announced on 20 August that"
        if (after is not None and not (after.kind == SYM and after.text in ".,;)") and not that) or (
                that and self.published is None):
            return found
        # ... or closing the sentence after its occasion ("it was said during the budget debates on 2 March."); both
        # only near a known publication day: without one, an earlier statement's day cannot be told from the report's
        if self._verb_before_owns_day(start_i) or (self.published is not None and after is not None and
                                                   after.text == "." and
                                                   self._said_at_event_en(self._past_dateline_place(start_i - 2))):
            d.report_time = True
        return found

    def _report_noun_after(self, i: int, end: int) -> bool:
        """The word right after the date ending at `end` (its tokens from i) is a report noun ("a Nov. 4
        statement")."""
        k = i
        while k < self.n and self.toks[k].end <= end:
            k += 1
        return self.word_key(k) in self.language.report_nouns

    def _inverted_attribution_en(self, k: int) -> bool:
        """", said the Ministry of Planning and Statistics yesterday.": a verb of saying, "the" and a name of
        capitalized words (small words inside it pass), then the day closing the clause (k: the last token before
        the day and its link, _before_closing_day): the speaker's day (not "said the attack on Monday killed 12": a
        lower-case noun and a verb after the day)."""
        data = self.language
        back = self._tokens_back(k)
        names = lower = 0
        for t in back:
            if (t.kind == WORD and (t.text[:1].isupper() or (t.key in data.name_inner_words and names))) or (
                    t.text == "&" and names):
                names += 1
            elif t.key in data.report_bare_verbs and names and not lower:
                return True  # ", said Minister for Energy Ama Boateng on Tuesday.": a title and name, no "the"
            elif lower < INVERTED_LOWER_WORDS and t.kind == WORD and t.text[:1].islower() and \
                    t.key not in data.report_clause_verbs and t.key not in data.report_clause_openers and \
                    t.key not in data.report_clause_act_verbs:  # ("said the toll rose sharply on Friday.": an act)
                names += 1  # ", said the state's flood agency on Monday.": a speaker's description
                lower += 1
            else:
                break
            if names == 9:
                t = next(back, None)
                break
        else:
            return False
        after_name = next(back, None)  # t: the token that ended the name; then the verb before it
        return names > 0 and t is not None and t.key in data.report_clause_openers and \
            after_name is not None and after_name.key in data.report_bare_verbs

    def _forecast_revised(self, k: int) -> bool:
        """A determiner at k, then a forecast or estimate noun within a few words ("its 2021 economic growth
        forecast", "the estimates"): what a verb of change right after the day acted on is a statement."""
        data = self.language
        if self.word_key(k) not in data.report_clause_openers:
            return False
        if self.word_key(k - 1) in data.report_count_revision_verbs and self.word_key(k + 1) in data.report_count_nouns:
            return True  # "Target on Friday revised the number of customers hit": a count restated is a statement
        return any(self.word_key(n) in data.report_forecast_nouns for n in range(k + 1, k + 1 + NOUN_NEAR_VERB + 1))

    def _presented(self, k: int) -> bool:
        """What a presenting verb acted on (tokens from k, within PRESENTED_REACH, up to a mark other than brackets,
        quotes and hyphens) is a budget, results, a report ...: "the FY-2020 government budget", "the 2019 school
        certificate (UCE) results"."""
        nouns = self.language.report_presented_nouns
        for n in range(k, k + PRESENTED_REACH):
            t = self.tok(n)
            if t is None or (t.kind == SYM and t.text not in "()'’-"):
                return False
            if t.key in nouns or t.key in self.language.report_statement_nouns:
                return True  # (any statement: "X yesterday released the numbers")
        return False

    def _report_reach_en(self, items: list[Item]) -> tuple[int, list[Item]]:
        """How many lower-case words back the verb may stand (more after a report noun), and the items to walk."""
        data = self.language
        noun_before_day = bool(items) and items[0][0] == WORD and (
            items[0][1] in data.report_nouns or items[0][1] in data.report_statement_nouns)  # "announced the release
        # of the results yesterday"
        return (REACH_AFTER_REPORT_NOUN_EN if noun_before_day else REACH_EN), items

    def _walked_en(self, items: list[Item]) -> Iterator[Walked]:
        """The words a walk back over items meets until a figure or mark it does not pass (then STOPPED); a clock
        time and its marks are passed ("issued at 8 a.m. on Wednesday"). Names and single letters do not count
        toward the reach, nor a small word inside a name ("by the Bureau of Labour Statistics on")."""
        data = self.language
        clock = False
        for n, (kind, key, capitalized) in enumerate(items):
            if kind == NUM:
                clock = clock or self._clock_letters_after(items, n)
                if not (clock or _station_digits(items, n)):
                    yield STOPPED
                    return
            elif kind == SYM:
                if not (key in WALK_MARKS_EN or (clock and key in ".:") or (
                        key == "." and n + 1 < len(items) and len(items[n + 1][1]) == 1)):  # the dots of "a.m."
                    yield STOPPED
                    return
            else:
                clock = False
                yield n, not capitalized and len(key) > 1 and not (
                    key in data.name_inner_words and 0 < n < len(items) - 1 and items[n - 1][2] and items[n + 1][2])

    def _clock_letters_after(self, items: list[Item], n: int) -> bool:
        """The figure at items[n] (read backwards) is a clock time: "a.m."/"p.m." or a clock word follows it."""
        after = items[n - 1] if n >= 1 else None
        return after is not None and after[0] == WORD and (
            len(after[1]) == 1 or after[1] in self.language.clock_suffixes or after[1] in self.language.time_zones)

    def _issued_en(self, items: list[Item], n: int) -> bool | None:
        """A release verb at items[n] with a report noun beside it (up to 3 words before, or between it and the
        day: "the data were released", "released figures on Monday") dates the report, unless a clause break
        stands before it ("will be released on Monday"); None without a report noun."""
        near = [it[1] for it in self._words_before_verb(items, n) + items[:n] if it[0] == WORD]
        if any(self._statement_noun(w) for w in near):
            before = items[n + 1][1] if n + 1 < len(items) else None
            return before not in self.language.report_clause_breaks or (
                items[n][1].endswith("ing") and before != "be")  # "when releasing the results today"
        return None


    def _words_before_verb(self, items: list[Item], n: int) -> list[Item]:
        """The items before the verb at items[n] up to NOUN_NEAR_VERB lower-case words; a name, its small words and
        its hyphened words are free ("figures from the Federal Statistics Office", "the State-run Tea Board")."""
        inner, taken, counted, last = self.language.name_inner_words, [], 0, False
        for it in items[n + 1:]:
            taken.append(it)
            if it[0] == SYM and it[1] == "-":  # "the State-run Tea Board": a hyphened word, one with its head
                counted, last = counted - last, False
                continue
            last = not it[2] and it[1] not in inner
            counted += last
            if last and counted == NOUN_NEAR_VERB:
                return taken
        if self.toks and self.toks[0].start > self.bounds[0]:  # the window was cut: read on before it
            taken += self._before_window()[:NOUN_NEAR_VERB - counted]
        return taken


def _station_digits(items: list[Item], n: int) -> bool:
    """The figure at items[n] (read backwards) is a name's digits: one or two after a capitalized word and before
    "'s" or another capitalized word ("told Radio 2's Drive programme on Tuesday", "Radio 5 Live"); not "told
    Reuters 12 people" (a lower-case word after it)."""
    if len(items[n][1]) > STATION_DIGITS or n < 1 or n + 1 >= len(items):
        return False
    before, after = items[n + 1], items[n - 1]
    return before[0] == WORD and before[2] and (
        (after[0] == SYM and after[1] in "'’") or (after[0] == WORD and after[2]))
