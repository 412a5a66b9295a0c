"""Time words that only date the report (issue 14, class 6): "قال أمس", "أعلن اليوم الخميس", "said on Tuesday",
and datelines ("جيزان 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس").

They are not claims to check: the extractor drops them after they have set the `time_ref` of the sentence's other
claims (claims/engine/extractor.py). An event's own day ("انطلقت صباح الثلاثاء أعمال الاجتماع", "شن المسلحون أمس
هجوما", "Friday's summit") is not tied to a verb of saying and stays a claim.
"""

from __future__ import annotations

from claims.engine.tiling import tokenize
from claims.engine.types import NUM, SYM, WORD, Draft
from claims.languages import Language
from claims.rules.dates.report_time_en import ReportTimeRulesEn

# How far back (tokens) a verb of saying may stand from the day word: "قال ولي العهد الأمير محمد بن نايف أمس".
REPORT_VERB_REACH_AR = 7
# ... and when "إن" opens the saying right after the day: "قال الوزير في مؤتمر صحفي عقده مع نظيره في برلين اليوم إن".
REPORT_VERB_REACH_BEFORE_SAYING_AR = 16
# English: "said on Monday", "told reporters on Monday", "told the BBC on Monday".
REPORT_VERB_REACH_EN = 3
# "In a statement on Thursday, the chief executive of the firm said": how far on its verb of saying may stand.
REPORT_NOUN_REACH = 10
# How far before its verb of issuing a statement noun may stand: "التقرير الربعي حول البطالة الذي أصدرته اليوم".
STATEMENT_NOUN_REACH = 5
# A comma or a bracket may sit between the verb and the day ("قال، أمس،", "اليوم (الخميس)").
PASSABLE_MARKS = frozenset(",،()«»\"“”")
OPENING_QUOTES, CLOSING_QUOTES = frozenset("«“"), frozenset("»”")
SAYING_OPENERS_AR = frozenset({"ان", "انه", "انها"})  # normalized keys of إن/أن: the reported words begin
REPORT_LOOKBACK_CHARS = 120  # sentence text read before a window that was cut after the sentence's start
DATELINE_TAIL = 20  # characters at a sentence's end where a dateline's agency stands ("... 2015م (واس)")


class ReportTimeRules(ReportTimeRulesEn):
    """Marks a weekday or day word (tokens start_i..) as the report's time when a verb of saying owns it."""

    def _report_time(self, start_i: int) -> bool:
        data = self.language
        if not data.report_verbs:
            return False
        if self.toks[start_i].text.endswith("'s"):
            return False  # "said Monday's vote was close": the possessive names the event
        reach = REPORT_VERB_REACH_AR if self.ar else REPORT_VERB_REACH_EN
        k = start_i - 1
        if not self.ar and self.word_key(k) in data.report_time_links:
            if self.word_key(start_i + 1) in data.report_verbs:
                return True  # "The 52-year-old on Tuesday said ...": the verb of saying right after
            if self._named_subject_then_verb(start_i + 1):
                return True  # "On Thursday Mr Blair said", "And on Thursday Mr Blair is saying"
            if self.word_key(k - 1) in data.report_nouns and any(
                    self.word_key(n) in data.report_verbs for n in range(start_i + 1, start_i + 1 + REPORT_NOUN_REACH)):
                return True  # "In a statement on Thursday, the firm said ..."
            k -= 1  # "said on Monday"
        if not self.ar:
            return self._report_time_en(start_i, k)  # (rules/dates/report_time_en.py)
        if self.ar and self._opens_report_ar(start_i):
            return True
        items = [(t.kind, t.key if t.kind == WORD else t.text) for t in reversed(self.toks[:k + 1])]
        after = self._after_day(start_i)
        if self.ar and self.word_key(after) in SAYING_OPENERS_AR:
            reach = REPORT_VERB_REACH_BEFORE_SAYING_AR  # "قالت المؤسسة العامة لـ... في المملكة، أمس الخميس: إنها"
        elif self.ar and self._ends_sentence(after):
            # A day closing its sentence in agency style ("وفق تقديرات مجلس وزاري مصغر رأسه رئيس الوزراء التونسي
            # علي العريض اليوم."), unless the saying has its own day ("وأكد مسؤول اليوم اعتقال ثلاثة شباب أمس.")
            reach = REPORT_VERB_REACH_BEFORE_SAYING_AR
            items = self._until_day_word(items)
        found = self._verb_owns_day(items, reach)
        if found is None:  # the window begins before the walk ended: read on in the sentence before it
            found = self._verb_owns_day(items + self._before_window(), reach)
        return bool(found)

    def _opens_report_ar(self, start_i: int) -> bool:
        """"يوم أمس أعلنت دولة الإمارات أن ...", "يوم الجمعة، قالت صحيفة ...", "وفي يوم الجمعة قالت الصحيفة": a day
        word opening the sentence (after one word, or two of `report_day_openers`) and right before a verb of saying
        (a comma or a bracket between) dates the report; "وفي يوم الجمعة فاز الفريق" dates the win."""
        data = self.language
        if start_i > 2 or not self.toks or self.toks[0].start > self.bounds[0]:
            return False
        if any(t.kind != WORD for t in self.toks[:start_i]) or (
                start_i == 2 and not all(self.in_set(k, data.report_day_openers) for k in range(2))):
            return False
        key = self.word_key(self._after_day(start_i))
        return key is not None and (key in data.report_verbs or
                                    (key[:1] in data.report_verb_proclitics and key[1:] in data.report_verbs))

    def _after_day(self, start_i: int) -> int:
        """Index of the first token after the day phrase at start_i ("أمس الخميس", "اليوم (الخميس)") and the marks
        after it (",", ":")."""
        data = self.language
        k = start_i + 1
        while k < min(self.n, start_i + 5):
            t = self.toks[k]
            if t.kind == SYM and (t.text in PASSABLE_MARKS or t.text == ":"):
                k += 1
            elif t.kind == WORD and self.strip(t.key, data.weekdays, data.proclitics_weekday_after_word) is not None:
                k += 1
            else:
                break
        return k

    def _until_day_word(self, items: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The items before the first day word among them, closed by a mark no walk passes."""
        data = self.language
        for n, (kind, key) in enumerate(items):
            if kind == WORD and (self.strip(key, data.relative_days, data.proclitics_relative_day) is not None or
                                 self.strip(key, data.weekdays, data.proclitics_weekday) is not None):
                return [*items[:n], (SYM, "|")]
        return items

    def _ends_sentence(self, k: int) -> bool:
        """Token k is past the sentence's end, or a full stop closing it."""
        t = self.tok(k)
        if t is None or t.start >= self.bounds[1]:
            return True
        nxt = self.tok(k + 1)
        return t.kind == SYM and t.text == "." and (nxt is None or nxt.start >= self.bounds[1])

    def _named_subject_then_verb(self, k: int) -> bool:
        """English: a name of one to three capitalized words at k, then (an auxiliary and) a verb of saying."""
        data = self.language
        n = k
        while n < k + 3 and self.tok(n) is not None and self.toks[n].kind == WORD and self.toks[n].text[:1].isupper():
            n += 1
        if n == k:
            return False
        if self.word_key(n) in data.report_auxiliaries:
            n += 1
        return self.word_key(n) in data.report_verbs

    def _verb_owns_day(self, items: list[tuple[int, str]], reach: int) -> bool | None:
        """Walking back from the day word over (kind, key) items: a verb of saying within reach words, with only
        passable marks and no clause break between (None: the items ended first)."""
        data = self.language
        words, closed = 0, False
        for n, (kind, key) in enumerate(items):
            if words >= reach:
                return False
            if kind == SYM:
                if key not in PASSABLE_MARKS or (self.ar and words and self._opens_quotation(items, n, closed)):
                    return False  # the day inside a quotation is its event's
                closed = key in CLOSING_QUOTES or (closed and key not in OPENING_QUOTES)  # «الشرق الأوسط» أمس
            elif kind == NUM:
                return False
            else:
                if key in data.report_clause_breaks:
                    return False  # "قال إن المسلحين شنوا أمس هجوما": the day belongs to the reported act
                if self._statement_dates_day(items, n):
                    return True
                if key in data.report_verbs or (self.ar and key[:1] in data.report_verb_proclitics and
                                                key[1:] in data.report_verbs):
                    # "will be announced on Monday": a future act is the event, not the report.
                    before = items[n + 1] if n + 1 < len(items) else None
                    return before is None or before[1] not in data.report_clause_breaks
                words += 1
        return None if words < reach else False

    def _statement_dates_day(self, items: list[tuple[int, str]], n: int) -> bool:
        """The word items[n] ties the day to a statement: a verb of issuing after its statement noun ("بيان صدر
        أمس", "الإحصاءات الصادرة من القيادة ... الجمعة"), or a statement noun after an attribution ("وفق تقديرات
        مجلس وزاري ... اليوم", "بحسب بيان للوزارة أمس")."""
        data, key = self.language, items[n][1]
        if key in data.report_issue_verbs and self._statement_noun_before(items, n + 1):
            return True
        return self._statement_noun(key) and n + 1 < len(items) and items[n + 1][1] in data.report_attribution_words

    def _statement_noun_before(self, items: list[tuple[int, str]], n: int) -> bool:
        """A statement noun at items[n], or a few words on behind a relative pronoun or adjectives: "النتائج غير
        النهائية التي أعلنتها أمس", "التقرير الربعي حول البطالة الذي أصدرته اليوم"."""
        for kind, key in items[n:n + STATEMENT_NOUN_REACH]:
            if kind != WORD:
                return False
            if self._statement_noun(key):
                return True
        return False

    def _statement_noun(self, key: str) -> bool:
        nouns = self.language.report_statement_nouns
        return key in nouns or (self.ar and key[:1] in self.language.report_verb_proclitics and key[1:] in nouns)

    def _opens_quotation(self, items: list[tuple[int, str]], n: int, closed: bool) -> bool:
        """The mark items[n] opens a quotation that holds the day: “ or « with no closing mark passed since
        (قوله “لقد تدربوا (الأربعاء)”; not «الشرق الأوسط» أمس), or a straight quote right after a verb of saying."""
        key = items[n][1]
        if key in OPENING_QUOTES:
            return not closed
        return key == '"' and n + 1 < len(items) and items[n + 1][1] in self.language.report_verbs

    def _before_window(self) -> list[tuple[int, str]]:
        """(kind, key) of the sentence's words before this window, nearest first, when the window was cut after
        the sentence start ("قالت نائبة وزير الخارجية الإسرائيلي تسيبي حوتوفلي، أمس": the verb lies before it)."""
        first = self.toks[0].start if self.toks else self.bounds[0]
        if first <= self.bounds[0]:
            return []
        text = self.ex.norm.text[max(self.bounds[0], first - REPORT_LOOKBACK_CHARS):first]
        found = []
        for t in reversed(tokenize(text, 0, len(text), not self.ar)):
            found.append((t.kind, t.key if t.kind == WORD else t.text))
        return found


def mark_dateline(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language) -> None:
    """A sentence that is only a place, dates and a news agency ("جيزان 25 شوال 1436هـ الموافق 10 أغسطس 2015م
    واس", "الرياض - 3 أغسطس 2015 (واس)") is a dateline: its dates date the report."""
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

