"""Arabic report time: what Arabic does its own way on the walk from a day word to its verb of saying
(the walk itself: rules/dates/report_time.py).

- A day opening the sentence right before its verb: "يوم أمس أعلنت دولة الإمارات", "وفي يوم الجمعة قالت الصحيفة".
- The reach: 7 words back, 16 when the reported words open right after the day ("قال الوزير في مؤتمر صحفي عقده مع
  نظيره في برلين اليوم إن") or when the day closes its sentence in agency style (then only back to another day word:
  "وأكد مسؤول اليوم اعتقال ثلاثة شباب أمس." keeps its أمس).
- Marks: commas, brackets and quotation marks are passed, but not into a quotation that holds the day (“...”,
  «...», a straight quote right after a verb of saying); no figure is passed; every word counts toward the reach.
- A statement issued on the day: its noun up to 5 words before the verb of issuing ("بيان صدر أمس", "التقرير الربعي
  حول البطالة الذي أصدرته اليوم").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from claims.engine.marks import COMMAS, DIRECTED_CLOSING_QUOTES, DIRECTED_OPENING_QUOTES
from claims.engine.types import DASHES, SYM, WORD, Draft, Skip
from claims.rules.dates.iso_parts import far_from_publication
from claims.rules.dates.report_time import STOPPED, Item, ReportTimeRules, Walked
from claims.rules.dates.year_like import year_like_digits

# How far back (tokens) a verb of saying may stand from the day word: "قال وزير الداخلية في المؤتمر الصحفي أمس".
REPORT_VERB_REACH_AR = 7
# ... and when "إن" opens the saying right after the day: "قال الوزير في مؤتمر صحفي عقده مع نظيره في برلين اليوم إن".
REPORT_VERB_REACH_BEFORE_SAYING_AR = 16
# How far before its verb of issuing a statement noun may stand: "المسح السنوي للأسعار الذي أصدرته اليوم".
STATEMENT_NOUN_REACH = 5
RELATIVE_NOUN_REACH = 7  # ... behind a relative pronoun, its antecedent and the antecedent's modifiers
# Words after "مع" naming whom an interview was given to, before its day: "مع إذاعة المدينة الثلاثاء".
INTERVIEW_PARTNER_WORDS = 4
TITLE_TOKENS = 8  # tokens of a statement's title between its noun and its verb of issuing, marks included
TITLE_MARKS = {'"': '"', "”": "“", "»": "«", ")": "("}  # a title's closing mark (read backwards) -> its opening
QUOTED_NAME_WORDS = 3  # a name in straight quotes the walk passes: 'ولفت "عماد"'
# A comma or a bracket may sit between the verb and the day ("قال، أمس،", "اليوم (الخميس)").
PASSABLE_MARKS = frozenset(",،()«»\"“”")
DATE_MARKS_AR = frozenset("/،,()-")  # marks inside a date restating a report's day ("30 مارس/آذار 2019،")
RESTATED_DATE_TOKENS = 8  # tokens of such a date ("30 مارس / آذار 2019 م ،")
# Words from a gathering's noun to its day: "خلال حفل نظمته هيئة الإحصاء المحلية أمس".
EVENT_DAY_REACH = 5
EVENT_NOUN_PROCLITICS = ("و", "ب", "ف", "وب")  # not "ل": "اللجنة المنظمة لحفل" names what the committee is for
# normalized keys of إن/أن and بأن: the reported words begin ("أعرب رئيس الهيئة ... اليوم بأن")
SAYING_OPENERS_AR = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})
SENTENCE_MARKS_AR = frozenset(".!?؟:")  # where a walk back over the whole sentence stops

COMPLEMENT_REACH = 5  # tokens after the day read for a hint's or a threat's complement (weekday, commas)


class ReportTimeRulesAr(ReportTimeRules):
    """Arabic hooks of the report-time walk."""

    def _verb_after_day_ar(self, start_i: int) -> bool:
        """"يوم أمس أعلنت دولة الإمارات أن ...", "يوم الجمعة، قالت صحيفة ...", "وفي يوم الجمعة قالت الصحيفة": a day
        word opening the sentence (after one word, or two of `report_day_openers`) and right before a verb of saying
        (a comma or a bracket between) dates the report; "وفي يوم الجمعة فاز الفريق" dates the win."""
        data = self.language
        if self._statement_before_day_ar(start_i) or self._held_press_event_ar(start_i - 1) or \
                self._quoted_source_after_ar(start_i) or self._statement_after_day_ar(start_i) or \
                self._issued_object_before_day_ar(start_i):
            return True
        if start_i > 3 or not self.toks or self.toks[0].start > self.bounds[0]:
            return False
        if any(t.kind != WORD for t in self.toks[:start_i]) or (
                start_i >= 2 and not all(self.in_set(k, data.report_day_openers) for k in range(start_i))):
            return False  # ("وفي وقت متأخر الأحد، أعلنت اللجنة": three openers)
        key = self.word_key(self._after_day(start_i))
        return key is not None and self._report_verb(key)

    def opening_report_date_ar(self, found: list[Draft] | Skip | None) -> list[Draft] | Skip | None:
        """"وفي 14 أغسطس، قال وزير الزراعة", "في 2 أغسطس أعلنت الهيئة": a date with its day opening the sentence (after
        at most two of `report_day_openers`) right before a verb of saying (a comma between or not) dates the report,
        as a day word there does (_verb_after_day_ar); "وفي 19 يونيو، قتل 5 أشخاص" dates the event. Not a date more than
        iso_parts.REPORT_DATE_MAX_DAYS from the publication day: an earlier statement's day, a claim."""
        if not isinstance(found, list) or len(found) != 1 or found[0].kind != "date" or found[0].precision != "day" \
                or found[0].report_time or not self.toks or self.toks[0].start > self.bounds[0]:
            return found
        d = found[0]
        if far_from_publication(d.value, self.published):
            return found  # an earlier statement's day ("وفي 2 أغسطس، قالت" in an article of 20 August): a claim
        first = self._index_after(d.start)
        if first > 2 or not all(self.in_set(k, self.language.report_day_openers) for k in range(first)):
            return found
        k = self._index_after(d.end)
        if self.tok(k) is not None and self.toks[k].text in COMMAS:
            k += 1
        key = self.word_key(k)
        if key is not None and self._report_verb(key):
            d.report_time = True
        return found

    def _statement_after_day_ar(self, start_i: int) -> bool:
        """The statement the day dates comes right after it: "الأربعاء في تصريح لشبكة" (in a statement, a press event
        or an interview: the statement's day, however long the subject before; "شارك الأربعاء في مؤتمر دولي" is an
        event: a conference needs its press adjective), or the object of a verb of issuing
        before the day ("أصدرت الهيئة الأربعاء، تقريرها", "صدر عن المصرف، اليوم الخميس، بيان"; not "أصدرت المحكمة
        أمس حكما": a ruling is an act); or the day stands between a verb of learning and the "أن" of what was learned
        ("علمت الصحيفة من مسؤول محلي، اليوم الأحد، أن")."""
        data = self.language
        after = self._after_day(start_i)
        key = self.word_key(after)
        if key is None:  # "نشر المعهد اليوم الأربعاء 12 مارس 2025، جدولا": past the full date restating the day
            after = self._past_date_ar(after)
            key = self.word_key(after)
            if key is None:
                return False
        if key in SAYING_OPENERS_AR:
            return self._verb_back_ar(start_i, data.report_learned_verbs) or self._saying_far_back_ar(start_i, after)
        if key in data.report_statement_links:
            noun = self.word_key(after + 1)
            return noun is not None and (self._statement_noun(noun) or noun in data.report_interview_nouns or (
                noun in data.report_press_nouns and self.in_set(after + 2, data.report_press_adjectives)))
        return self._statement_object_ar(key) and self._verb_back_ar(start_i, data.report_issue_object_verbs)

    def _saying_far_back_ar(self, start_i: int, after: int) -> bool:
        """"وأوضح مدير عام الهيئة بالمنطقة أمين المجلس ... الشهري أمس أن", "وذكرت في التنبيه الذي وزعته اليوم أنه": the
        day right before the "أن"/"إن" of the reported words at `after` (no comma between: "عقب وصول الطائرة أمس، أن"
        dates the arrival) dates the saying when a verb of saying stands anywhere before it in the sentence, past a
        long name and its titles, a relative clause or a figure, with no other opener of reported words between
        ("قال إن الوفد الذي وصل أمس أن" is no sentence; "بينما يرتقب اليوم أن يحسم" has no verb of saying: today's
        event). Not "إن شاء الله" (`report_opener_idioms`)."""
        data = self.language
        if any(self.toks[k].text in COMMAS for k in range(start_i + 1, after)) or \
                self.word_key(after + 1) in data.report_opener_idioms:
            return False
        window = [(t.kind, t.key if t.kind == WORD else t.text) for t in reversed(self.toks[:start_i])]
        for kind, key in window + [(kind, key) for kind, key, _ in self._before_window()]:  # (nearest first)
            if kind == SYM and key in SENTENCE_MARKS_AR:
                return False
            if kind != WORD:
                continue
            if key in SAYING_OPENERS_AR:
                return False
            if self._report_verb(key) or self._report_word(key, data.report_learned_verbs):
                return True
        return False

    def _issued_object_before_day_ar(self, start_i: int) -> bool:
        """The object of a verb of issuing right before the day, the verb and its subject before it ("نشر موقع
        المدينة أرقامها أمس", "أصدرت الهيئة تقريرها الأربعاء"): the statement's day, as with the object after the day
        (_statement_after_day_ar); not "أصدرت المحكمة حكمها أمس" (a ruling is an act)."""
        key = self.word_key(start_i - 1)
        return key is not None and self._statement_object_ar(key) and \
            self._verb_back_ar(start_i - 1, self.language.report_issue_object_verbs)

    def _statement_object_ar(self, key: str) -> bool:
        """A statement noun, maybe with its issuer's pronoun glued ("تقريرها", "بيانه", "نشرتها")."""
        return self._statement_noun(key) or self._owner_glued_ar(key, self._statement_noun)

    def _owner_glued_ar(self, key: str, noun: Callable[[str], bool]) -> bool:
        """key is a word `noun` accepts with its owner's pronoun glued (`report_event_enclitics`: "اجتماعها",
        "تقريرها"; ة is ت before it: "جلستها", "نشرتها")."""
        for enclitic in self.language.report_event_enclitics:
            if key.endswith(enclitic) and len(key) > len(enclitic) + 2:
                base = key[:-len(enclitic)]
                if noun(base) or (base.endswith("ت") and noun(base[:-1] + "ه")):
                    return True
        return False

    def _verb_back_ar(self, start_i: int, verbs: frozenset[str]) -> bool:
        """One of verbs (maybe after "و"/"ف") within REPORT_VERB_REACH_AR words before the day at start_i, only words,
        commas and brackets between, no clause break."""
        data = self.language
        words = 0
        for k in range(start_i - 1, -1, -1):
            t = self.toks[k]
            if t.kind == SYM and t.text in PASSABLE_MARKS:
                continue
            if t.kind != WORD or t.key in data.report_clause_breaks or words >= REPORT_VERB_REACH_AR:
                return False
            if self._report_word(t.key, verbs):
                return True
            words += 1
        return False

    def _statement_before_day_ar(self, start_i: int) -> bool:
        """A statement noun right before the day, in construct with it, maybe after a preposition: the bulletin's
        or statement's own day ("وقالت المراسلة لنشرة الأربعاء 5 نوفمبر إن", "في بيان الخميس"), or with its
        issuer's pronoun between ("في بيان لها اليوم الجمعة", "في بلاغ له أمس")."""
        data = self.language
        k = start_i - 1
        key = self.word_key(k)
        if key is not None and self.strip(key, data.relative_days, data.proclitics_relative_day) is not None:
            k -= 1  # a weekday before its full date, after the day word: "في بلاغ له اليوم الاثنين فاتح مارس"
        if self.in_set(k, data.report_press_adjectives) and self.in_set(k - 1, data.report_press_nouns):
            return True  # "في مؤتمر صحافي الجمعة", "في تصريح صحفي أمس": a press event's day
        if self._interview_before_ar(k):
            return True  # "في مقابلة مع قناة المدينة الأحد": an interview's day
        if self.word_key(k) in data.report_statement_owners:
            k -= 1
        return k >= 0 and self.in_set(k, data.report_statement_nouns)

    def _held_press_event_ar(self, k: int) -> bool:
        """A press event held on the day, the day word right after token k: "في المؤتمر الصحفي الذي نظمه مساء اليوم"
        (press noun and adjective, a relative pronoun, a verb of holding, a part of the day), the report's day."""
        data = self.language
        if self.tok(k) is not None and self.toks[k].text in COMMAS:
            k -= 1  # "المؤتمر الصحفي الذي نظمه، أمس الأحد،": the day set off by commas
        if self.in_set(k, data.report_day_openers):
            k -= 1  # "عصر", "مساء"
        if not self.in_set(k, data.report_press_held_verbs):
            return False
        k -= 1
        if self.word_key(k) in data.report_press_relatives:
            k -= 1
        return self.in_set(k, data.report_press_adjectives) and self.in_set(k - 1, data.report_press_nouns)

    def _event_day_ar(self, start_i: int) -> bool:
        """The day at start_i is a gathering's own: its noun (`report_event_nouns`) stands up to EVENT_DAY_REACH
        words before it, only its owner or a relative clause of holding it between ("نتائج اجتماع مجلس الوزراء
        مساء أمس", "في اجتماعها اليوم", "خلال حفل أقامه الجهاز أمس"), no press adjective after it, no verb of
        saying nor "إن"/"أن" between: an act with its own date, even where a verb of saying comes before."""
        data = self.language
        k = start_i - 1
        while self.word_key(k) in data.report_day_openers:
            k -= 1  # "مساء", "يوم"
        for m in range(k, max(-1, k - EVENT_DAY_REACH), -1):
            key = self.word_key(m)
            if key is None:
                return False  # a mark or a figure between
            if self._event_noun_ar(key):
                return not self.in_set(m + 1, data.report_press_adjectives)
            if self._report_verb(key) or (key in data.report_clause_breaks and key not in data.report_press_relatives):
                return False
        return False

    def _event_noun_ar(self, key: str) -> bool:
        """A gathering's noun, maybe after a proclitic ("وخلال", "بالاجتماع") or with its owner's pronoun glued
        ("اجتماعها", "جلستها": ة is ت before it)."""
        nouns = self.language.report_event_nouns
        return self.strip(key, nouns, EVENT_NOUN_PROCLITICS) is not None or \
            self._owner_glued_ar(key, nouns.__contains__)

    def _quoted_source_after_ar(self, start_i: int) -> bool:
        """A verb of carrying words right before the day, its source named right after it: "نقلت، اليوم الجمعة، عن
        المتحدث قوله" (the source "عن" may follow the day as well as stand before it)."""
        data = self.language
        k = start_i - 1
        while k >= 0 and self.toks[k].kind == SYM and self.toks[k].text in PASSABLE_MARKS:
            k -= 1
        key = self.word_key(k)
        return key is not None and self._report_word(key, data.report_quote_verbs) and \
            self.word_key(self._after_day(start_i)) in data.report_quote_links

    def _interview_before_ar(self, k: int) -> bool:
        """An interview ends at token k: an interview noun, maybe its press adjective, then "مع" and up to
        INTERVIEW_PARTNER_WORDS words naming whom it was given to ("في مداخلة هاتفية مع إذاعة المدينة")."""
        data = self.language
        for m in range(k, max(-1, k - INTERVIEW_PARTNER_WORDS), -1):
            if self.word_key(m) in data.report_interview_links:
                n = m - 2 if self.in_set(m - 1, data.report_press_adjectives) else m - 1
                return self.in_set(n, data.report_interview_nouns)
            if self.toks[m].kind != WORD:
                return False
        return False

    def _restated_report_day_ar(self, i: int) -> bool:
        """The weekday at i, before its full date, may date the report: after a day word ("أعلنت المؤسسة اليوم
        السبت 20 جويلية 2019"), a statement noun ("لنشرة الأربعاء 5 نوفمبر") or a comma that sets it off after the
        verb's subject as a report's day is ("كما أعلن الوزير، الأحد 3 مارس 2024"); not "بيانات أسعار الصرف ليوم
        الخميس 15 يناير" (the day the figures are of) nor "التقرير الصادر يوم الخميس 18 سبتمبر"."""
        data = self.language
        key = self.word_key(i - 1)
        before = self.tok(i - 1)
        return self._statement_before_day_ar(i) or (before is not None and before.text in COMMAS) or (
            key is not None and self.strip(key, data.relative_days, data.proclitics_relative_day) is not None) or \
            self._date_set_off_before_saying(i)  # "وصرح المتحدث محمد السبت 30 مارس 2019، بأن"

    def _date_set_off_before_saying(self, i: int) -> bool:
        """The weekday at i and its full date are set off by a comma right before the reported words ("وصرح المتحدث
        ... خالد العمري الأحد 12 مايو/أيار 2024، بأن"): the saying's day, as a day set off by commas after the
        subject is (not "ليوم الخميس 11 أبريل 2024 عن": no comma, the day the figures are of)."""
        k = self._past_date_ar(i + 1)
        comma = self.tok(k - 1)
        return k > i + 2 and comma is not None and comma.text in COMMAS and self.word_key(k) in SAYING_OPENERS_AR

    def _past_date_ar(self, k: int) -> int:
        """The token after a date written from token k (its day, month names, year, year marker, and the slashes,
        brackets and commas between: "30 مارس/آذار 2019،", "6 نوفمبر،"); k when no figure opens there."""
        t = self.tok(k)
        if t is None or t.kind == WORD:
            return k
        end = min(self.n, k + RESTATED_DATE_TOKENS)
        while k < end:
            t = self.toks[k]
            month = self._month_at(k) if t.kind == WORD else None
            if month is not None:
                k = month[1]
            elif t.kind != WORD and (t.kind != SYM or t.text in DATE_MARKS_AR):
                k += 1
            elif t.kind == WORD and self._year_marker(k)[1] is not None:
                k += 1  # "2019م"
            else:
                break
        return k

    def _saying_opens_after(self, k: int) -> bool:
        """The reported words open at token k ("إن", "بأن") or the object of a verb of announcing ("عن")."""
        key = self.word_key(k)
        return key in SAYING_OPENERS_AR or key in self.language.report_object_links

    def _after_day(self, start_i: int) -> int:
        """Index of the first token after the day phrase at start_i ("أمس الخميس", "اليوم (الخميس)") and the marks
        after it (",", ":", a dash glued to the day closing an aside: "يوم الجمعة- إن")."""
        data = self.language
        k = start_i + 1
        while k < min(self.n, start_i + 5):
            t = self.toks[k]
            if t.kind == SYM and (t.text in PASSABLE_MARKS or t.text == ":" or (t.text in DASHES and self.glued(k))):
                k += 1
            elif t.kind == WORD and self.strip(t.key, data.weekdays, data.proclitics_weekday_after_word) is not None:
                k += 1
            elif t.kind == WORD and t.key in data.weekday_past:
                k += 1  # "ويوم الأربعاء الماضي أعلنت"
            else:
                break
        return k

    def _report_reach_ar(self, start_i: int, items: list[Item]) -> tuple[int, list[Item]]:
        """How many words back the verb may stand, and the items to walk."""
        after = self._after_day(start_i)
        if self._saying_opens_after(after) or self._saying_opens_after(self._past_date_ar(after)):
            return REPORT_VERB_REACH_BEFORE_SAYING_AR, items  # "قالت المؤسسة ... في المملكة، أمس الخميس: إنها"
        if self._set_off_by_commas(start_i, after, items):
            # "أعلن رئيس الهيئة ...، سالم الكعبي، مساء أمس الأحد، عن النتائج", "أظهرت بيانات الجهاز ... في مصر،
            # اليوم الثلاثاء، ارتفاع": the day set off by commas after the subject is the verb's, however long
            return REPORT_VERB_REACH_BEFORE_SAYING_AR, self._until_day_word(items)  # ("وأفاد المرصد أمس، بمقتل
            # سبعة أشخاص، الاثنين،": a saying with its own day leaves the second to the event)
        if self._ends_sentence(after):
            # A day closing its sentence in agency style ("وفق تقديرات مجلس وزاري مصغر رأسه رئيس الوزراء التونسي
            # علي العريض اليوم."), unless the saying has its own day ("وأكد مسؤول اليوم اعتقال ثلاثة شباب أمس.")
            return REPORT_VERB_REACH_BEFORE_SAYING_AR, self._until_day_word(items)
        return REPORT_VERB_REACH_AR, items

    def _set_off_by_commas(self, start_i: int, after: int, items: list[Item]) -> bool:
        """The day phrase (tokens start_i..after) stands between commas, a part of the day word ("مساء") maybe
        before it inside them."""
        if not any(t.kind == SYM and t.text in COMMAS for t in self.toks[start_i + 1:after]):
            return False
        n = 1 if items and items[0][0] == WORD and items[0][1] in self.language.report_day_openers else 0
        return len(items) > n and items[n][0] == SYM and items[n][1] in COMMAS

    def _until_day_word(self, items: list[Item]) -> list[Item]:
        """The items before the first day word among them, closed by a mark no walk passes."""
        data = self.language
        for n, (kind, key, _) in enumerate(items):
            if kind == WORD and (self.strip(key, data.relative_days, data.proclitics_relative_day) is not None or
                                 self.strip(key, data.weekdays, data.proclitics_weekday) is not None):
                return [*items[:n], (SYM, "|", False)]
        return items

    def _ends_sentence(self, k: int) -> bool:
        """Token k is past the sentence's end, or a full stop closing it."""
        t = self.tok(k)
        if t is None or t.start >= self.bounds[1]:
            return True
        nxt = self.tok(k + 1)
        return t.kind == SYM and t.text == "." and (nxt is None or nxt.start >= self.bounds[1])

    def _walked_ar(self, items: list[Item]) -> Iterator[Walked]:
        """The words a walk back over items meets, each counting toward the reach, until a figure or a mark it
        does not pass (then STOPPED): the day inside a quotation is its event's."""
        closed = seen_word = False
        for n, (kind, key, _) in enumerate(items):
            if kind == SYM:
                if key not in PASSABLE_MARKS or (seen_word and self._opens_quotation(items, n, closed)):
                    yield STOPPED
                    return
                if key == '"' and seen_word and not closed and self._quoted_name_before(items, n):
                    closed = True  # 'ولفت "عماد"، خلال لقاء ...، اليوم': a name of a word or three in straight quotes
                    continue
                closed = key in DIRECTED_CLOSING_QUOTES or (  # «الشرق الأوسط» أمس
                    closed and key not in DIRECTED_OPENING_QUOTES and key != '"') or (
                    not seen_word and (key in DIRECTED_OPENING_QUOTES or key == '"'))  # 'لـ “صوت المدينة“، اليوم': “
                # closing too; 'أعلنت "الشركة الوطنية"، الثلاثاء،': a straight quote met before any word closes a name
            elif kind == WORD:
                seen_word = True
                yield n, True
            elif self._year_of_noun(items, n):
                yield n, False  # "في نشرة ... للربع الرابع لعام 2019 اليوم، أن": a year named with its noun
            else:
                yield STOPPED
                return

    @staticmethod
    def _quoted_name_before(items: list[Item], n: int) -> bool:
        """The straight quote items[n] closes a name of one to QUOTED_NAME_WORDS words, its opening quote right after
        them (walking back): 'قال "فلان"' names the speaker, no quotation holding the day."""
        for m in range(n + 1, min(len(items), n + 2 + QUOTED_NAME_WORDS)):
            kind, key, _ = items[m]
            if kind != WORD:
                return key == '"' and m > n + 1
        return False

    def _year_of_noun(self, items: list[Item], n: int) -> bool:
        """items[n] is a year of news (four digits) right after a year noun ("لعام 2018", "العام 2024"): part of a
        noun phrase the walk passes, not a figure of the reported act."""
        key = items[n][1]
        return year_like_digits(key) and n + 1 < len(items) and items[n + 1][1] in self.language.month_year_links

    def _opens_quotation(self, items: list[Item], n: int, closed: bool) -> bool:
        """The mark items[n] opens a quotation that holds the day: “ or « with no closing mark passed since
        (قوله “لقد تدربوا (الأربعاء)”; not «الشرق الأوسط» أمس), or a straight quote right after a verb of saying."""
        key = items[n][1]
        if key in DIRECTED_OPENING_QUOTES:
            return not closed
        return key == '"' and not closed and n + 1 < len(items) and items[n + 1][1] in self.language.report_verbs

    def _complement_verb_first_ar(self, items: list[Item]) -> bool:
        """The first verb of saying on the walk back from the day is one that says only with its complement
        (`report_complement_verbs`: "لمح" also glimpses, "هدد" also endangers)."""
        data = self.language
        for kind, key, _ in items:
            if kind == WORD and self._report_verb(key):
                return self._report_word(key, data.report_complement_verbs)
        return False

    def _complement_after_day_ar(self, start_i: int) -> bool:
        """The first word after the day at start_i, past its weekday and commas, opens the complement of a hint or
        a threat: "إلى", "أن", or a word with "ب" ("لمحت السلطات، أمس، إلى تورط", "هدد الجيش، اليوم الاثنين،
        بالرد")."""
        data = self.language
        for k in range(start_i + 1, min(self.n, start_i + COMPLEMENT_REACH)):
            t = self.toks[k]
            if t.kind != WORD or self.strip(t.key, data.weekdays, data.proclitics_weekday) is not None or \
                    t.key in data.relative_days or t.key in data.report_complement_day_links:
                continue  # (the rest of "أول من أمس", its weekday)
            return t.key in data.report_complement_openers or (
                t.key.startswith(data.report_complement_prefix) and len(t.key) > len(data.report_complement_prefix) + 2)
        return False

    def _issued_ar(self, items: list[Item], n: int) -> bool | None:
        """True when the verb of issuing items[n] follows its statement noun ("بيان صدر أمس", "الإحصاءات الصادرة
        من القيادة ... الجمعة"): the noun a few words on behind a relative pronoun or adjectives ("النتائج غير
        النهائية التي أعلنتها أمس"), words only between."""
        reach = STATEMENT_NOUN_REACH
        if items[n][1] in self.language.report_issue_resumptive_verbs and n + 1 < len(items) and \
                items[n + 1][1] in self.language.report_press_relatives:
            reach = RELATIVE_NOUN_REACH  # "الأرقام الأولية لمسح الأسر السنوي التي نشرها": the pronoun
            # points back to the antecedent, however many modifiers it has (not "التي تصدر يوم الجمعة": to come)
        span = reach + TITLE_TOKENS
        behind = items[n + 1:n + 1 + span]
        if len(behind) < span and self.toks and self.toks[0].start > self.bounds[0]:
            before = self._before_window()  # the window was cut: read on before it, unless the walk already did
            if not (before and items[-1] is before[-1]):
                behind += before[:span - len(behind)]
        words = 0
        title = None  # the opening mark of a title being passed (read backwards)
        for kind, key, _ in behind:
            if title is not None:
                if key == title:
                    title = None
                continue  # 'التقرير "آفاق الاقتصاد" الصادر': the statement's title, in quotes or brackets
            if kind == SYM and key in TITLE_MARKS:
                title = TITLE_MARKS[key]
                continue
            if kind != WORD or words == reach:
                return None
            if self._statement_object_ar(key) or self.strip(key, self.language.report_issued_nouns) is not None:
                return True  # ("بيانها الصادر أمس": its issuer's pronoun glued; "الصحف المصرية الصادرة اليوم")
            words += 1
        return None
