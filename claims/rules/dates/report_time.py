"""Time words that only date the report (issue 14, class 6): "قال أمس", "أعلن اليوم الخميس", "said on Tuesday",
and datelines ("تبوك 3 ذو القعدة 1436هـ الموافق 18 أغسطس 2015م واس").

They are not claims to check: the extractor drops them after they have set the `time_ref` of the sentence's other
claims (claims/engine/extractor.py). An event's own day ("انطلقت صباح الثلاثاء أعمال الاجتماع", "شن المسلحون أمس
هجوما", "Friday's summit") is not tied to a verb of saying and stays a claim.

One walk for both languages (ReportTimeRules._verb_owns_day): back from the day word to a verb of saying within
reach, with no clause break between; the verbs, clause breaks, statement nouns and their exceptions are language
data. What a language does its own way is a hook in report_time_ar.py / report_time_en.py, called by `self.ar`:
a verb of saying after the day (`_verb_after_day_*`), how far the walk reaches (`_report_reach_*`), which marks and
figures it passes and which words count toward its reach (`_walked_*`), a statement issued on the day (`_issued_*`).
"""

from __future__ import annotations

from datetime import date

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.engine.tiling import tokenize
from claims.engine.types import NUM, SYM, WORD, Draft
from claims.languages import Language
from claims.rules.dates.dateline_ar import (
    date_today_by_numeric_dateline_ar,
    mark_head_dateline_ar,
    mark_stamp_dateline_ar,
)

Item = tuple[int, str, bool]  # (kind, key, capitalized): a token, read backwards from the day
Walked = tuple[int, bool]  # (index of a word item the walk meets, whether the word counts toward the reach)
STOPPED: Walked = (-1, False)  # the walk met a mark or figure it does not pass
REPORT_LOOKBACK_CHARS = 120  # sentence text read before a window that was cut after the sentence's start
NAME_WORD_LETTERS = 3  # letters of a word whose glued digits name something ("عربي21")
NAME_DIGITS = 2
AS_OF_CLOCK_TOKENS = 6  # tokens of a clock time between "as of" and the day ("8 a . m .")
AS_OF_FIRST_WORD = "as"
ANTECEDENT_WORDS = 3  # words from an Arabic relative pronoun back to its statement noun ("الأرقام الأولية التي")
_OPENING_AFTER_MARKS = frozenset(".!?؟")  # what ends the sentence before a word that opens one
NISBA_ENDING = "ي"  # "جامعي", "سعودي": an adjective of origin after a noun (ar)
NISBA_MIN_LETTERS = 4  # not "في", "علي" (a name)
DATELINE_TAIL = 20  # characters at a sentence's end where a dateline's agency stands ("... 2015م (واس)")



class ReportTimeRules(Cursor):
    """Marks a weekday or day word (tokens start_i..) as the report's time when a verb of saying owns it."""

    def _report_time(self, start_i: int) -> bool:
        data = self.language
        if not data.report_verbs:
            return False
        if self.toks[start_i].text.endswith("'s"):
            return not self.ar and self._possessive_report_en(start_i)  # "said Monday's vote was close": the
            # possessive names the event; "In today's announcement, X leads": the report's
        if self.ar and self._day_to_come(start_i):
            return False  # "وحسب تقرير الأرصاد يطرأ غدا انخفاض": no report is dated tomorrow
        if data.report_as_of_links and self._as_of_before(start_i):
            return False  # "turnout counted as of 9.40 pm on Friday": the day the figure stood at (GUIDELINES)
        owned = (self._verb_after_day_ar(start_i) if self.ar else self._verb_after_day_en(start_i)) or \
            self._verb_before_owns_day(start_i)  # "يوم أمس أعلنت ...", "On Monday, the agency's head said"
        # "خلال اجتماع مجلس الوزراء مساء أمس": the gathering's own day (report_time_ar.py), even where a verb of
        # saying owns it; asked last, of an owned day only (no verb owns 5 of 6 Arabic days in the shared corpus).
        return owned and not (self.ar and self._event_day_ar(start_i))

    def _as_of_before(self, start_i: int) -> bool:
        """"as of" right before the day at start_i, maybe past its link and a clock time ("as of 9.40 pm on
        Friday")."""
        data = self.language
        k = start_i - 1
        if self.word_key(k) in data.report_time_links:
            k -= 1
        for _ in range(AS_OF_CLOCK_TOKENS):  # (a clock time: "9.40 pm", "8 a.m.")
            t = self.tok(k)
            if t is None or not (t.kind != WORD or len(t.key) == 1 or t.key in data.clock_suffixes):
                break
            k -= 1
        return self.word_key(k) in data.report_as_of_links and self.word_key(k - 1) == AS_OF_FIRST_WORD

    def _verb_before_owns_day(self, start_i: int) -> bool:
        """The walk back from the day at start_i (over its link, "on") to a verb of saying that owns it."""
        data = self.language
        k = start_i - 1
        if self.word_key(k) in data.report_time_links:
            k -= 1  # "said on Monday"
        items = [(t.kind, t.key if t.kind == WORD else t.text, t.text[:1].isupper())
                 for m, t in zip(range(k, -1, -1), reversed(self.toks[:k + 1]), strict=False)
                 if not (self.ar and t.kind == NUM and self._name_digits_ar(m))]
        reach, items = self._report_reach_ar(start_i, items) if self.ar else self._report_reach_en(items)
        agent = bool(data.report_passive_agent_links) and self._agent_after_day(start_i)
        found = self._verb_owns_day(items, reach, agent)
        if found is None:  # the window begins before the walk ended: read on in the sentence before it
            found = self._verb_owns_day(items + self._before_window(), reach, agent)
        if found and self.ar and data.report_complement_verbs and self._complement_verb_first_ar(items) and \
                not self._complement_after_day_ar(start_i):
            return False  # "لمحت الدورية أمس قاربا": glimpsed, "هددت السيول أمس المنازل": the event's day
        return bool(found)

    def _name_digits_ar(self, m: int) -> bool:
        """The figure at token m is glued to the word before it, a name's digits ("سودانية24", "عربي21": an outlet),
        no quantity the walk stops at (not after a tatweel or a short prefix: "الـ24", "بـ50")."""
        t, word = self.toks[m], self.tok(m - 1)
        return m > 0 and word is not None and word.kind == WORD and word.end == t.start and \
            len(word.text) >= NAME_WORD_LETTERS and not word.text.endswith("ـ") and len(t.text) <= NAME_DIGITS

    def _agent_after_day(self, start_i: int) -> bool:
        """A passive's agent link ("by") among the few tokens after the day word at start_i, before any mark: "was
        reported on Monday by local media", "on 21 June by the ministry"."""
        for k in range(start_i + 1, min(self.n, start_i + 4)):
            t = self.toks[k]
            if t.kind != WORD:
                return False
            if t.key in self.language.report_passive_agent_links:
                return True
        return False

    def _day_to_come(self, i: int) -> bool:
        """Token i is a day word of the future ("غدا", "بعد غد")."""
        data = self.language
        found = self.strip(self.toks[i].key, data.relative_days, data.proclitics_relative_day)
        return found is not None and data.relative_days[found[1]] > 0

    def _verb_owns_day(self, items: list[Item], reach: int, agent: bool = False) -> bool | None:
        """Walking back from the day word over items: a verb of saying within reach words, with no clause break,
        and only the marks and figures the language passes, between (None: the items ended first)."""
        data = self.language
        words = 0
        for n, counts in self._walked_ar(items) if self.ar else self._walked_en(items):
            if n < 0 or words >= reach:
                return False
            key = items[n][1]
            if self._breaks_clause(items, n) or key in data.report_clause_verbs or (
                    key in data.report_clause_act_verbs and not (items[n][2] and not self.ar)):
                return False  # "قال إن المسلحين شنوا أمس هجوما", "said that prices fell on Monday", "said he was
                # held on Monday": the day belongs to the reported act; capitalized, a name ("told the Hit radio
                # show on Sunday"; review 20)
            verb = self._saying_verb(items, n, agent)
            if verb is not None:
                return verb
            words += counts
        return None if words < reach else False

    def _breaks_clause(self, items: list[Item], n: int) -> bool:
        """items[n] opens another clause: not "to" after a verb of addressing ("Speaking to journalists on Thursday,":
        the audience)."""
        data = self.language
        if items[n][1] not in data.report_clause_breaks:
            return False
        if n + 1 < len(items) and items[n + 1][1] in data.report_audience_verbs:
            return False
        # "confirmed to the Daily Post yesterday": "to" and a name after a verb of saying names who was told (en)
        named = not self.ar and n > 0 and (items[n - 1][2] or (
            n > 1 and items[n - 1][1] in data.report_clause_openers and items[n - 2][2]))
        return not (named and items[n][1] in data.report_time_addressee_links and n + 1 < len(items) and
                    self._report_verb(items[n + 1][1]))

    def _saying_verb(self, items: list[Item], n: int, agent: bool = False) -> bool | None:
        """True/False when the word items[n] decides whose the day is (a verb of saying or issuing, a statement
        after an attribution); None when it is some other word. `agent`: a passive's agent follows the day."""
        data = self.language
        key = items[n][1]
        before = items[n + 1][1] if n + 1 < len(items) else None
        if self._report_verb(key) or (self._report_word(key, data.report_opening_verbs) and
                                      self._opens_sentence(items, n) and not self._noun_reading(items, n)):
            # "طالب الرئيس السبت بإنهاء": demanded
            if any(items[m][1] in data.report_verb_not_before for m in range(max(0, n - 2), n)):
                return None  # "ولفتت (الجمعية) الانتباه إلى إعلان ... أمس": drew attention, no saying
            if key in data.report_passive_event_verbs and before in data.report_passive_auxiliaries and \
                    n + 2 < len(items) and items[n + 2][1] not in data.report_passive_dummy_subjects and not agent:
                return False  # "the first death was reported on 21 June": the thing reported came that day
            if before in data.report_clause_openers:
                return None  # "joined the said meeting on Sunday": a determiner makes it an adjective
            if before in data.report_clause_breaks and not self._relative_report(items, n + 1):
                return False  # "will be announced on Monday": a future act is the event, not the report (but "the
                # board, which announced the results yesterday,": the relative's verb is the board's report)
            if key in data.report_bare_verbs and n > 0 and items[n - 1][1] in data.report_clause_openers and \
                    items[0][1] not in data.report_nouns:
                return False  # "said the attack on Monday killed 12": the reported act's day
            return True
        if key in data.report_light_verbs and any(items[m][1] in data.report_act_nouns for m in range(n)):
            return True  # "made the announcement in Kumasi on Friday": making a statement is stating
        if self._report_word(key, data.report_quote_verbs) and self._source_named(items, n):
            return True  # "ونقلت الوكالة عن الوزارة، الأربعاء، إن": carrying a source's words
        if key in data.report_issue_verbs:
            issued = self._issued_ar(items, n) if self.ar else self._issued_en(items, n)
            if issued is not None:
                return issued
        if key in data.report_attribution_relatives and n > 0 and \
                items[n - 1][1] in data.report_attribution_relative_verbs and before is not None and \
                self._report_word(before, data.report_attribution_words):
            return True  # "بحسب ما نقلت صحيفة محلية اليوم", "وحسب ما ورد، أمس الأحد، في": what a source carried
        if n > 0 and items[n - 1][1][:1] in data.report_attribution_source_prefixes and \
                self._report_word(key, data.report_attribution_words) and any(
                    items[m][1] in COMMAS for m in range(n)):
            return True  # "ووفقا للمركز الإعلامي للمجلس، اليوم الخميس": the source's statement
        if before in data.report_clause_openers and n + 2 < len(items):
            before = items[n + 2][1]  # "according to a statement by the ministry today" (en)
        if before is not None and self._report_word(before, data.report_attribution_words) and \
                self._statement_noun(key):  # (the set lookup first: stripping proclitics costs more)
            return True  # "بحسب بيان للوزارة أمس", "وفق تقديرات مجلس وزاري ... اليوم": the statement's day
        return None

    def _noun_reading(self, items: list[Item], n: int) -> bool:
        """The word after items[n] makes it a noun: an indefinite adjective of origin ("طالب جامعي", "طالب سعودي": a
        student) or a preposition (`report_opening_noun_links`: "طالب في الثانوية"); a verb's subject is definite, a
        title or a name ("طالب الرئيس", "طالب وزير الخارجية")."""
        if n < 1 or items[n - 1][0] != WORD:
            return False
        after = items[n - 1][1]
        nisba = after.endswith(NISBA_ENDING) and len(after) >= NISBA_MIN_LETTERS and \
            not after.startswith(self.language.definite_article)
        return nisba or after in self.language.report_opening_noun_links

    def _opens_sentence(self, items: list[Item], n: int) -> bool:
        """items[n] is the sentence's first word: a sentence mark before it, or nothing (the walk read back to the
        sentence's start: no words of it before the window, or those words already among the items)."""
        if n + 1 < len(items):
            return items[n + 1][0] == SYM and items[n + 1][1] in _OPENING_AFTER_MARKS
        before = self._before_window()
        return not before or items[-1] is before[-1]

    def _relative_report(self, items: list[Item], m: int) -> bool:
        """items[m] is a relative pronoun whose clause the verb of saying after it opens: "the board, which announced";
        in Arabic only after a statement noun (its antecedent, up to ANTECEDENT_WORDS words before: "النتائج التي
        أعلن عنها مساء اليوم"), not "الحزب الذي أعلن تبني الهجوم الأربعاء" (the day may be the act's)."""
        if items[m][1] not in self.language.report_relative_pronouns:
            return False
        if not self.ar:
            return True
        for kind, key, _ in items[m + 1:m + 1 + ANTECEDENT_WORDS]:
            if kind != WORD:
                return False
            if self._statement_noun(key):
                return True
        return False

    def _source_named(self, items: list[Item], n: int) -> bool:
        """A source link between the verb at items[n] and the day ("عن الوزارة"; not "عن طريق": by way of)."""
        data = self.language
        return any(items[m][1] in data.report_quote_links and (m == 0 or items[m - 1][1] not in
                                                               data.report_quote_not_after) for m in range(n))

    def _report_verb(self, key: str) -> bool:
        """A verb of saying, maybe after a proclitic ("وقال")."""
        return self._report_word(key, self.language.report_verbs)

    def _report_word(self, key: str, words: frozenset[str]) -> bool:
        """key is in words, maybe after a proclitic of verbs ("وقال", "ووفقا")."""
        return key in words or (key[:1] in self.language.report_verb_proclitics and key[1:] in words)

    def _statement_noun(self, key: str) -> bool:
        """A statement noun ("بيان", "figures"), maybe after a proclitic ("وبيان", "لإحصاء": "وفقا لإحصاء الوزارة
        اليوم")."""
        nouns = self.language.report_statement_nouns
        return self.strip(key, nouns) is not None or (
            self.ar and key.endswith("ا") and self.strip(key[:-1], nouns) is not None)  # "جدولا": indefinite object

    def _before_window(self) -> list[Item]:
        """Items of the sentence's words before this window, nearest first, when the window was cut after the
        sentence start ("قال مساعد وزير المالية البحريني سالم العوضي، أمس": the verb lies before it).
        A capitalized word there is a name, as in the window ("declared by the Board of Higher Education, Pune on")."""
        if self._window_before is not None:
            return self._window_before
        first = self.toks[0].start if self.toks else self.bounds[0]
        found: list[Item] = []
        if first > self.bounds[0]:
            text = self.ex.norm.text[max(self.bounds[0], first - REPORT_LOOKBACK_CHARS):first]
            for t in reversed(tokenize(text, 0, len(text), not self.ar)):
                found.append((t.kind, t.key if t.kind == WORD else t.text, t.text[:1].isupper()))
        self._window_before = found  # (read once per window: callers copy it, never change it)
        return found

    _window_before: list[Item] | None = None


def mark_dateline(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language,
                  published: date | None = None) -> None:
    """A sentence that is only a place, dates and a news agency ("الدمام 7 ذو القعدة 1436هـ الموافق 22 أغسطس 2015م
    واس", "الرياض - 3 أغسطس 2015 (واس)") is a dateline: its dates date the report."""
    if language.lang == "ar":
        mark_head_dateline_ar(drafts, text, sentence, language, published)  # "القاهرة 12 فبراير (رويترز) -"
        mark_stamp_dateline_ar(drafts, text, sentence)  # "(... / سبوتنيك - 11 يوليو 2020ء)", "الثلاثاء، 28 يناير"
        _mark_restated_report_date(drafts, text, language)
        date_today_by_numeric_dateline_ar(drafts, text, sentence, language)  # "الكويت - 22 - 10 (كونا) --"
    if not language.dateline_agencies or not drafts or any(d.kind != "date" for d in drafts):
        return
    s, e = sentence
    tail = text[max(s, e - DATELINE_TAIL):e]
    if not any(agency in tail for agency in language.dateline_agencies):
        return  # (the agency closes a dateline: most sentences of dates alone stop here)
    rest: list[str] = []
    pos = s
    for d in sorted(drafts, key=lambda x: x.start):
        rest.append(text[pos:d.start])
        pos = d.end
    rest.append(text[pos:e])
    words = [w.strip("()[]-–—:،,.«»\"") for w in " ".join(rest).split()]
    words = [w for w in words if w and w not in language.dateline_links]
    if not words or len(words) > 4:
        return
    joined = " " + " ".join(words)
    if any(joined.endswith(" " + agency) for agency in language.dateline_agencies):
        for d in drafts:
            d.report_time = True


def _mark_restated_report_date(drafts: list[Draft], text: str, language: Language) -> None:
    """A date right after a weekday that dates the report, with only commas, brackets or "الموافق" between,
    restates that day: the report's too ("أعلنت الشركة اليوم الأحد 14 جويلية 2019، عن", "لنشرة الأربعاء 5
    نوفمبر 2014 إن")."""
    days = [d for d in drafts if d.kind == "date" and d.report_time]
    if not days:
        return
    for d in drafts:
        if d.kind == "date" and not d.report_time and any(
                0 <= d.start - day.end <= DATELINE_TAIL and
                all(w in language.dateline_links for w in text[day.end:d.start].strip(" ،,()").split())
                for day in days):
            d.report_time = True
