"""Dates, English: what tells a weekday's week and whether it is a day of its own (rules/dates/relative.py calls
these): a schedule cue before it ("will meet on Sunday": that day or the next of its name), a clause told in the
past ("was held on Thursday": that day or the last of its name), a weekday in brackets that restates the date
before it ("on June 17 (Monday)": one claim), and weekdays inside names ("GMTV's Sunday Programme", "The Sunday
Times", "a Saturday morning show": no day)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import OPENING_QUOTES_EN
from claims.engine.types import NUM, SYM, WORD, Draft, Skip

SCHEDULE_REACH = 20  # tokens from "will" to its weekday ("will be enforced on Friday from 9pm until 6am on")
PLANNED_OBJECT_WORDS = 3  # words between a verb of planning and "for"/"until" + its weekday ("adjourned it until")
SLOT_WORDS = 2  # lower-case words from a weekday's day part to its slot noun ("Saturday morning teen quiz show")


def _in_ed(key: str) -> bool:
    """A word of five letters or more in -ed, not -eed: the form of a verb in the past ("started"; not "exceed")."""
    return len(key) > 4 and key[-2:] == "ed" and key[-3:] != "eed"


class WeekdayRulesEn(Cursor):
    """English weekdays: their direction from the clause, and weekdays that restate a date."""

    def _weekday_after_not_own(self, i: int) -> list[Draft] | Skip:
        """A weekday after a word that takes its day away (`weekday_not_after`: "on a Friday evening", "Good
        Friday") has none; but in English one whose date follows in brackets, owned by a report ("according to a
        Friday (Oct. 6) report"), is that report's day: kept as such, it marks the date as the report's too."""
        if not self.ar and self._date_follows_weekday(i) and self._report_time(i):
            return self._weekday_before_date(i)
        return Skip(i + 1)

    def _weekday_named_before_en(self, i: int) -> bool:
        """"on that Wednesday", "until that Friday": the weekday at i after a demonstrative (`weekday_back_determiners`)
        after a preposition (`weekday_back_links`) is a day named before, a copy (no claim); not "said that Monday's
        vote" (a conjunction)."""
        data = self.language
        return self.word_key(i - 1) in data.weekday_back_determiners and \
            self.word_key(i - 2) in data.weekday_back_links

    def _direction_in_clause_en(self, i: int) -> str | None:
        """English: the week of the weekday at i told by its clause, read over the sentence's tokens (a window is cut
        45 characters before its anchor: "is fit again for the third match of the tour, against the hosts in Perth on
        Saturday"): "upcoming" after a schedule cue, before the end of a state still running, or as the day a plan is
        set for ("issued for Friday"); "past_tense" after a since word or in a clause told in the past; else None."""
        view, off = self.sentence_view()
        j = i + off
        if view._schedule_cue_before_en(j) or view._until_to_come_en(j) or view._planned_for_en(j):
            return "upcoming"
        if view.word_key(j - 1) in self.language.since_words:
            return "past_tense"  # "Since Friday, the storm has brought 8 inches of rain"
        return view._past_tense_before_en(j) or view._future_sentence_en()

    def _planned_for_en(self, i: int) -> bool:
        """English: the weekday at i is the day something is set for: a verb of planning or putting off
        (`schedule_target_verbs`: issued, planned, postponed, adjourned ...) and a preposition of its target
        (`schedule_target_links`: for, to, until) right before it, up to PLANNED_OBJECT_WORDS words of an object
        between ("a heat watch has been issued for Friday", "adjourned the hearing until Monday")."""
        data = self.language
        if self.word_key(i - 1) not in data.schedule_target_links:
            return False
        for k in range(i - 2, max(-1, i - 3 - PLANNED_OBJECT_WORDS), -1):
            t = self.toks[k]
            if t.kind != WORD:
                return False
            if t.key in data.schedule_target_verbs:
                return True
        return False

    def _until_to_come_en(self, i: int) -> bool:
        """English: "until" right before the weekday at i (maybe with "on": `weekday_until_words`) in a sentence with
        a word of the future ("eased the cuts until Sunday morning, when they will ease further"): the end of a state
        still running, so that day or the next of its name; not in a sentence of the past alone ("rain received till
        Monday was 102% of the average")."""
        data = self.language
        k = i - 2 if self.word_key(i - 1) == "on" else i - 1
        return self.word_key(k) in data.weekday_until_words and \
            self._future_in_sentence(data.future_cues - data.weekday_until_words)  # ("until" is one itself)

    def _schedule_cue_before_en(self, i: int) -> bool:
        """English: a schedule cue ("will", "is due to") in the weekday's own clause, within SCHEDULE_REACH tokens
        before it and with no verb of saying between ("will be implemented on Tuesday until 5am on Wednesday";
        not "said on Wednesday", nor "was due to meet on Wednesday"), nor a relative word opening the weekday's own
        clause in the past ("will close due to a fire that started on Thursday"; not "a storm that is expected on
        Friday"); "due to" before a determiner is a cause."""
        data = self.language
        participle_between = False  # a verb in -ed nearer the weekday than the cue ("may never know what caused")
        for k in range(i - 1, max(-1, i - 1 - SCHEDULE_REACH), -1):
            t = self.toks[k]
            if t.kind == SYM and t.text in ",;:.!?\"“”":
                return False
            if t.kind != WORD:
                continue
            if t.key in data.report_verbs or (t.key in data.schedule_clause_openers and self._past_verb_at_en(k + 1)):
                return False  # "due to a fire that started on Thursday": the weekday's clause, told in the past
            if t.key in data.past_tense_auxiliaries or t.key in data.past_tense_verbs:
                return False  # "will be limited as she had already won a heat on Tuesday": the nearer verb
            if t.key in data.schedule_conditional_cues and self.word_key(k + 1) in data.perfect_auxiliaries:
                continue  # "would have ended by Saturday": a past expectation
            if self.word_key(k + 1) == "to" and self.word_key(k + 2) in data.schedule_cause_determiners:
                continue  # "cancelled due to a strike on Monday": a cause, no schedule
            if t.key in data.schedule_cues:
                return self.word_key(k - 1) not in data.schedule_cue_blockers  # ("the record set on Monday": no cue)
            if (t.key in data.schedule_to_cues and self.word_key(k + 1) == "to" and
                    self.word_key(k + 2) not in data.schedule_to_not_before) or \
                    t.text in data.schedule_modal_cues:  # (as written: "may", not the month "May")
                # "is to blame for the fire on Monday", "may never know what caused the fire on Monday": no schedule
                return not participle_between and self.word_key(k - 1) not in data.schedule_cue_blockers
            if self._past_verb_at_en(k) and self.word_key(k - 1) not in data.schedule_participle_auxiliaries:
                participle_between = True
        return False

    def _past_verb_at_en(self, k: int) -> bool:
        """English: the word at k is a past auxiliary, a simple past or a verb in -ed ("started", not "exceed")."""
        data = self.language
        key = self.word_key(k) or ""
        return key in data.past_tense_auxiliaries or key in data.past_tense_verbs or _in_ed(key)

    def _past_tense_before_en(self, i: int) -> str | None:
        """English: "past_tense" when the weekday's clause is told in the past ("the vote was held on Thursday",
        "were killed on Saturday", "opened on Monday", "the side fed off the crowd on Saturday"): a past auxiliary or
        a simple past (`past_tense_verbs`) in the clause before it, a verb in -ed right before "on" or in the clause
        (not with "to"/"for" right before the weekday, `weekday_ahead_links`: "called a strike for Thursday" sets the
        day), or a past right after a weekday opening its clause ("Monday saw 4,000 visitors"); not past
        "until"/"till"/"by" ("was put off until Friday": a day to come)."""
        data = self.language
        if self.word_key(i - 1) == "on" and (self.word_key(i - 2) or "").endswith("ed"):
            return "past_tense"
        if i == 0 or self.toks[i - 1].kind == SYM:  # "Monday saw 4,000 visitors": the weekday opens its clause
            after = self.word_key(i + 1)
            if after in data.past_tense_verbs or after in data.past_tense_auxiliaries:
                return "past_tense"
        if self.word_key(i - 1) in data.weekday_clause_openers and (i == 1 or self.toks[i - 2].kind == SYM) and \
                (tense := self._tense_after_comma_en(i)) is not None:
            return tense  # "On Wednesday, 17 homes were flooded", "By Monday, we could reach 108": the clause after
        # "called a strike for Thursday": an -ed verb sets the day (not "in the week to Friday", a span ending then)
        set_ahead = self.word_key(i - 1) in data.weekday_ahead_links and \
            self.word_key(i - 2) not in data.weekday_span_nouns
        for k in range(i - 1, max(-1, i - 1 - SCHEDULE_REACH), -1):
            t = self.toks[k]
            if t.start < self.bounds[0] or (t.kind == SYM and t.text in ",;:.!?\"“”"):
                return None
            if t.kind == WORD and t.key in data.until_words:
                return None
            if t.kind == WORD and (t.key in data.past_tense_auxiliaries or t.key in data.past_tense_verbs or
                                   (not set_ahead and self._past_in_ed_en(k))):
                return "past_tense"  # "the side fed off the crowd at the stadium on Saturday", "it arrested a man"
        return None

    def _past_in_ed_en(self, k: int) -> bool:
        """English: the word at k is a verb in -ed told in the past ("arrested", "crashed"; not "exceed"): not a word
        of the future or a plan ("expected", "scheduled"), nor a participle or an adjective after a form of "be" or a
        determiner (`past_form_blockers`: "is located", "a proposed strike"), nor one glued to a word before it by a
        hyphen ("snow-covered")."""
        t = self.toks[k]
        key, data = t.key, self.language
        if not _in_ed(key) or not key.isalpha():
            return False  # (the cheap test first)
        if key in data.future_cues or key in data.schedule_target_verbs or key in data.schedule_to_cues:
            return False
        before = self.tok(k - 1)
        return before is None or not (before.key in data.past_form_blockers or (before.text == "-" and self.glued(k)))

    def _future_sentence_en(self) -> str | None:
        """English: "upcoming" for a weekday whose clause says no tense when its sentence speaks only of what is to
        come: a schedule cue or a modal (`schedule_cues`, `schedule_modal_cues`, "looks to": `future_look_cues`) and no
        word of the past, a perfect or a report (`future_sentence_blockers`, a verb in -ed): "Tuesday night into
        Wednesday, showers look to return", "sleet may arrive Friday night, leaving bridges icy for the Saturday
        drive". (Read only once the clause has said nothing: the tense of a weekday's own clause comes first.)"""
        data = self.language
        future = False
        for k in range(self.n):
            t = self.toks[k]
            if t.kind != WORD or t.start < self.bounds[0] or t.end > self.bounds[1]:
                continue
            key = t.key
            if key in data.past_tense_auxiliaries or key in data.past_tense_verbs or key in data.report_verbs or \
                    key in data.future_sentence_blockers or self._past_in_ed_en(k):
                return None
            if key in data.schedule_cues or t.text in data.schedule_modal_cues or (
                    key in data.future_look_cues and self.word_key(k + 1) == "to"):
                future = True
        return "upcoming" if future else None

    def _tense_after_comma_en(self, i: int) -> str | None:
        """English: the weekday at i opens its sentence or clause with "On" or "By" (`weekday_clause_openers`) and a
        comma right after it; the first past auxiliary or simple past, or schedule cue or modal (not before "have"),
        of the clause after the comma (within SCHEDULE_REACH tokens, before any clause break) tells its week: "On
        Wednesday, 17 homes were flooded" ("past_tense"), "On Friday, the board will vote", "By Monday, we could
        reach 108 degrees" ("upcoming"); None when neither comes."""
        comma = self.tok(i + 1)
        if comma is None or comma.text != ",":
            return None
        data = self.language
        for k in range(i + 2, min(self.n, i + 2 + SCHEDULE_REACH)):
            t = self.toks[k]
            if t.start >= self.bounds[1] or (t.kind == SYM and t.text in ";:.!?"):
                return None
            if t.kind != WORD:
                continue
            if t.key in data.report_verbs:
                return None  # "On Monday, the governor said rates would rise": the verb after "said" is another's
            if (t.key in data.schedule_cues or t.text in data.schedule_modal_cues) and \
                    self.word_key(k + 1) not in data.perfect_auxiliaries:
                return "upcoming"
            if t.key in data.past_tense_auxiliaries or t.key in data.past_tense_verbs:
                return "past_tense"
        return None

    def _weekday_restating_date_en(self, i: int) -> bool:
        """English: a weekday alone in brackets right after a date with its day restates that date, one claim
        (GUIDELINES: a weekday next to its date is part of it): "on June 17 (Monday)", "October 18th (last Friday)"."""
        closing = self.tok(i + 1)
        if closing is None or closing.text != ")":
            return False  # (the cheap test first)
        k = i - 1
        if self.word_key(k) in self.language.weekday_past or self.word_key(k) == "this":
            k -= 1
        opening = self.tok(k)
        if opening is None or opening.text != "(" or k < 2:
            return False
        day = k - 1
        if self.word_key(day) in self.language.ordinal_suffixes and self.glued(day):
            day -= 1
        return self.toks[day].kind == NUM and (month := self._month_at(day - 1)) is not None and month[1] == day

    def _titled_after_possessive(self, i: int) -> bool:
        """A weekday between an owner's possessive and a capitalized word names something ("GMTV's Sunday
        Programme"); "On Sunday Mr Blair said" has no possessive before it."""
        prev, nxt = self.tok(i - 1), self.tok(i + 1)
        return prev is not None and prev.kind == WORD and prev.text.endswith("'s") and nxt is not None and \
            nxt.kind == WORD and nxt.text[:1].isupper() and (nxt.text,) not in self.language.months

    def _given_name_en(self, i: int) -> bool:
        """English: the weekday at i is a person's given name ("... 27; and Sunday Adebayo, 35, were detained"): a
        capitalized surname after it, then a comma and an age of two digits, and before it the sentence's start, a
        mark or a list link: no day."""
        prev, after = self.tok(i - 1), self.tok(i + 3)
        if not (prev is None or prev.start < self.bounds[0] or (prev.kind == SYM and prev.text != "(") or
                prev.key in self.language.list_links):
            return False
        return self._sym_at(i + 2, ",") and after is not None and after.kind == NUM and len(after.text) == 2 and \
            self._month_at(i + 1) is None

    def _quoted_title_en(self, i: int) -> bool:
        """English: the weekday at i opens a title in quotes, a capitalized word after it ('"Sunday Beauty Queen"',
        "'Friday Night Dinner'"): a film's, a book's or a show's name, no day."""
        before = self.tok(i - 1)
        return before is not None and before.kind == SYM and before.text in OPENING_QUOTES_EN and self.glued(i)

    def _weekday_names_en(self, i: int) -> bool:
        """English: the weekday at i before a capitalized word of `weekday_title_nouns` names a paper or a show ("The
        Sunday Times", "the Sunday Telegraph reported"); before a noun of a weekly slot (`weekday_slot_nouns`), past
        a day part and one word at most, it names the slot ("BBC One Saturday morning show", "the Sunday papers",
        "a Saturday night entertainment show"). "On Sunday Mr Blair said", "on Saturday night" and a possessive
        ("Thursday's show") stay days."""
        data = self.language
        if self._paper_title_before_en(i):
            return True  # "research done for the Mail on Sunday"
        nxt = self.tok(i + 1)
        if nxt is None or nxt.kind != WORD or self.toks[i].text.endswith(("'s", "’s")):
            return False  # ("Thursday's show", "Monday's Sun newspaper": that day's, a date)
        if nxt.text[:1].isupper():
            return nxt.key in data.weekday_title_nouns or self._given_name_en(i) or self._quoted_title_en(i)
        if nxt.key not in data.weekday_slot_day_parts:
            return nxt.key in data.weekday_slot_nouns
        for k in range(i + 2, i + 3 + SLOT_WORDS):  # "Saturday morning teen quiz show"
            t = self.tok(k)
            if t is None or t.kind != WORD:
                return False
            if t.key in data.weekday_slot_nouns:
                return True
            if not t.text.islower() or t.key in data.report_clause_openers:
                return False  # "on Saturday morning the show's host said": the day of a clause
        return False

    def _paper_title_before_en(self, i: int) -> bool:
        """"the Mail on Sunday", "the Independent on Sunday": "the", a capitalized word of `weekday_title_nouns` and
        a link (`weekday_title_links`) before the weekday at i name a paper (not "play Scotland on Sunday"); only the
        days such papers are named by (`weekday_title_days`): "the Express on Friday launched" is that day's."""
        data = self.language
        title = self.tok(i - 2)
        return self.word_key(i) in data.weekday_title_days and self.word_key(i - 1) in data.weekday_title_links and \
            title is not None and title.text[:1].isupper() and title.key in data.weekday_title_nouns and \
            self.word_key(i - 3) == "the"
