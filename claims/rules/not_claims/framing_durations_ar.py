"""Not claims, Arabic: what only Arabic does in durations that frame the period of other figures
(rules/not_claims/framing_durations.py, FramingDurationRules, is the rest and this module's user). "خلال"/"غضون"
past a qualifier or "آخر" ("خلال أكثر من عامين"); how long a thing takes, which stays a claim ("على أن يكتمل بناء
الجسر خلال 20 شهرا") unless its clause holds a figure, a change, an ordinal or a record the period frames; a total
over a period ("سجلت 5320 إصابة خلال 3 أيام"); an age category ("المنتخب السعودي (أقل من 23 سنة)"). A base of
FramingDurationRules; `_past_modifier_after`, `_after_superlative` ... are called through self."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import SET_OFF_OPENERS
from claims.engine.scanning import clause_words
from claims.engine.types import NUM, WORD, Draft
from claims.normalize import normalize_word
from claims.rules.dates.year_like import CALENDAR_YEARS, year_like_digits

FRAMED_REACH_AR = 4  # tokens from a figure to "خلال"/"في" before the period it was totalled in ("5320 إصابة جديدة")
FRAMED_PASSED_MARKS = frozenset("()%٪")  # "(كوفيد 19) خلال 3 أيام", "25% في عامين"
DEADLINE_VERB_REACH = 3  # words before "خلال" read for a verb of completing a work ("أن ينجز المشروع خلال")
WORD_EDGES = "\"'()[]«».,،;؛:!?؟…"  # stripped from a sentence's words before they are read as cues
FRONTED_OPENERS = frozenset({"و", "وكان", "كان", "ف"})  # before a fronted "خلال" ("وكان، خلال ثلاثين عاما")
# How many words before "في"/"منذ"/"خلال" a superlative may stand ("أدنى مستوى له في خمس سنوات", "أكبر زيادة يومية في
# الأسعار خلال"; English: framing_records.SUPERLATIVE_REACH)
SUPERLATIVE_REACH_AR = 6
AGE_CATEGORY_REACH = 8  # words from a team or tournament to its age limit ("بطولة غرب آسيا لكرة القدم تحت 19 عاما")
LASTING_VERB_REACH = 3  # words before "على مدى" read for a verb of lasting ("استمرت الحرب على مدى عامين": how long)


class FramingDurationRulesAr(Cursor):
    """Arabic durations that frame, or say how long a thing takes."""

    def _frame_word_ar(self, k: int) -> bool:
        """Token k is a frame word ("خلال", "طوال"), or the second word of a frame of two ("على مدى", "على مدار":
        `frame_span_words` after `frame_span_links`; "بمدى 300 كلم" is a range, no frame)."""
        data = self.language
        return self.in_set(k, data.frame_words) or (
            self.word_key(k) in data.frame_span_words and self.word_key(k - 1) in data.frame_span_links)

    def _frame_word_past_qualifier_ar(self, i: int) -> bool:
        """Arabic: "خلال"/"غضون" before the duration at i with a qualifier or "the last" between ("خلال أكثر من
        عامين", "خلال آخر 10 سنوات", "في غضون أقل من شهرين"): the period still frames."""
        data = self.language
        k = i
        qualified = self.phrase_before(k, data.qualifiers)
        if qualified is not None:
            k = qualified[1]
        if self.in_set(k - 1, data.frame_last_words):
            k -= 1
        return k < i and self._frame_word_ar(k - 1)

    def _how_long_ar(self, i: int, d: Draft) -> bool:
        """Arabic: a period after "خلال"/"غضون" (not a past one, "الماضية", "مضت", nor one with the article) that
        frames nothing in its clause is how long a thing takes: a deadline or a trip's time ("على أن يكتمل بناء
        الجسر خلال 20 شهرا", "ومن المنتظر أن ينجز خلال أربعة أعوام"), or how fast it went when "فقط" stresses it
        ("مسافة 450 كلم خلال ساعتين فقط"). It frames when its clause holds another figure (digits, a number word), a
        change ("وتضاعفت الأسعار خلال أقل من ثلاثة أشهر"), an ordinal ("المسجد الخامس خلال أربعة أشهر") or a record
        ("أسوأ جلساتها خلال أربعة أشهر"), or when it is set before its clause ("وخلال سنتين، انضم ...")."""
        data = self.language
        qualified = self.phrase_before(i, data.qualifiers)  # ("خلال أقل من أسبوعين": no record)
        first = qualified[1] if qualified is not None else i
        if self._frame_word_ar(first - 1) and not self.in_set(first - 1, data.frame_words):
            return not self._span_framed_ar(first - 2, d)  # "على مدى 30 عاما"
        if self.word_key(i) == data.definite_article or self._past_modifier_after(d) or self._after_superlative(i, d):
            return False  # ("خلال الـ20 عاما المقبلة": the period named with its article, i at the article)
        if self.word_key(self._index_after(d.end)) in data.only_words:
            return True
        if any(self.in_set(k, data.deadline_verbs) and all(self.toks[m].kind == WORD for m in range(k, first))
               for k in range(max(0, first - DEADLINE_VERB_REACH), first - 1)):
            return True  # "ومن المنتظر أن ينجز خلال أربعة أعوام": the time a work is to be done in (no mark between:
            # "في بنائه، وخلال سنتين، انضم" frames)
        text = self.ex.text
        words = clause_words(text, self.bounds, d.start, d.end)
        if self._fronted_frame_ar(i, words):
            return False  # "وخلال سنتين، انضم أكثر من 70 متطوعا": set before its clause, the period frames it
        rest = text[d.end:self.bounds[1]]
        if rest.lstrip()[:1] in ("،", ","):  # (the clause after a comma is read too: "خلال يومين، وارتفع 5%")
            after = d.end + len(rest) - len(rest.lstrip()) + 1
            if after < self.bounds[1]:
                words = words + clause_words(text, self.bounds, after, after)
        own = {normalize_word(w) for w in text[self.toks[first].start:d.end].split()}
        return not any(self._framed_cue_ar(key) for key in map(normalize_word, words) if key not in own)

    def _framed_cue_ar(self, key: str) -> bool:
        """A word of a clause that a period there would frame: a figure (digits, a number word), an ordinal, a record
        or a change."""
        data = self.language
        bare = key[1:] if key[:1] == "و" else key
        return self._figure_or_change_ar(key) or (key,) in data.ordinal_days or (bare,) in data.ordinal_days or \
            key in data.frame_superlatives

    def _figure_or_change_ar(self, key: str) -> bool:
        """A word that is a figure (digits, a number word) or a verb of change."""
        data = self.language
        bare = key[1:] if key[:1] == "و" else key
        return any(c.isdigit() for c in key) or key in data.number_words or bare in data.number_words or \
            any(key.startswith(v) or (len(key) > len(v) and key[1:].startswith(v)) for v in data.change_verbs)

    def _span_framed_ar(self, span: int, d: Draft) -> bool:
        """"استقبلت أكثر من 40 مليون زائر على مدى 30 عاما", "رشى قيمتها 75 مليون دولار على مدار 12 عاما": years or
        longer (`frame_span_units`) over the course of which ("على مدى", its first word at token span) a figure told
        before them in the sentence (digits that are no calendar year, a number word) came about frame it; alone, after
        a verb of lasting ("استمرت على مدى عامين"), or in days, weeks and months ("تتنافس الفرق على مدار أسبوعين": an
        event's length) the period is how long a thing went on, a claim."""
        data = self.language
        if normalize_word(d.counted or "") not in data.frame_span_units or any(
                self.in_set(k, data.single_period_verbs) for k in range(max(0, span - LASTING_VERB_REACH), span)):
            return False
        words = (w.strip(WORD_EDGES) for w in self.ex.text[self.bounds[0]:self.toks[span].start].split())
        return any(any(c.isdigit() for c in w) or (normalize_word(w) in data.number_words and
                                                   data.units.get(normalize_word(w)) != 1)
                   for w in words if w and not year_like_digits(w, CALENDAR_YEARS))  # (not "أحد الطرق": one of)

    def _sentence_framed_ar(self, start: int, end: int) -> bool:
        """Arabic: the sentence holds, outside text[start:end] (a period and its frame words), another figure (digits
        that are not a calendar year, a number word) or a change ("a slide over the last six years"), which a period
        there frames (not an ordinal, which may be a month: "تشرين الثاني"; a record is _after_superlative's)."""
        s, e = self.bounds
        words = (w.strip(WORD_EDGES) for w in self.ex.text[s:start].split() + self.ex.text[end:e].split())
        return any(self._figure_or_change_ar(normalize_word(w)) for w in words
                   if w and not year_like_digits(w, CALENDAR_YEARS))

    def _fronted_frame_ar(self, i: int, words: list[str]) -> bool:
        """The frame word before the period at i (past a qualifier) is the first word of its clause but for "و" or a
        copula ("وخلال سنتين", "وكان، خلال ثلاثين عاما"): a fronted frame."""
        k = i - 1
        while k >= 0 and not self.in_set(k, self.language.frame_words):
            k -= 1
        first = normalize_word(words[0]) if words else ""
        frame = self.toks[k].key if k >= 0 else ""
        return first in (frame, "و" + frame) or (len(words) > 1 and normalize_word(words[1]) in (frame, "و" + frame)
                                                  and first in FRONTED_OPENERS)

    def _record_within_ar(self, i: int) -> bool:
        """Arabic: "تعد الزيادة الأكبر خلال 3 أيام منذ مارس", "أعلى مستوى خلال خمسة أيام": a record set within a period
        after "خلال"/"غضون" (a superlative, `frame_superlatives` or its definite form, up to SUPERLATIVE_REACH_AR words
        before it, no mark between) frames it, as after "في"/"منذ" (framing_records._after_superlative)."""
        data = self.language
        found = self.phrase_before(i, data.qualifiers)
        k = (found[1] if found is not None else i) - 1
        if not self._frame_word_ar(k):
            return False
        return any(self.toks[m].key in data.frame_superlatives or self.toks[m].key in data.frame_definite_superlatives
                   for m in self.words_back(k, SUPERLATIVE_REACH_AR))

    def _frame_start_ar(self, i: int) -> int:
        """Arabic: where the words before a duration at i end that may frame it, past a bracket and the article
        ("خلال الـ(24) ساعة الماضية", "خلال الـ20 عاما المقبلة") and a period noun before the article ("خلال فترة
        الـ7 أشهر": the period named, then its length)."""
        if i > 0 and self.toks[i - 1].text == "(":
            i -= 1
        if self.word_key(i - 1) == self.language.definite_article:
            i -= 1
            if self.in_set(i - 1, self.language.frame_period_nouns):
                i -= 1
        return i

    def _total_framed_ar(self, i: int, d: Draft) -> bool:
        """Arabic: "سجلت 5320 إصابة خلال 3 أيام", "ارتفعت الإيجارات 25% في عامين", "70 حادثا في أقل من أسبوعين": a
        duration after "خلال"/"في" (maybe with a qualifier) right after a figure and its noun (a figure in digits
        within FRAMED_REACH_AR tokens before, brackets passed) is the period the figure was totalled in. A deadline
        or a duration with no figure before it ("خلال 30 يوما من التبليغ", "في 6 أشهر فقط بلغت") stays, and so does
        one stressed by "فقط" (`only_words`: "12 جسرا في عامين فقط": how fast is the point, GUIDELINES Durations)."""
        data = self.language
        if self.word_key(self._index_after(d.end)) in data.only_words:
            return False
        found = self.phrase_before(i, data.qualifiers)
        k = (found[1] if found is not None else i) - 1
        if not (self._frame_word_ar(k) or self.in_set(k, data.frame_total_links)):
            return False
        for m in range(k - 1, max(-1, k - 1 - FRAMED_REACH_AR), -1):
            t = self.toks[m]
            if t.start < self.bounds[0]:
                return False
            if t.kind == NUM:
                return True
            if t.kind != WORD and t.text not in FRAMED_PASSED_MARKS:
                return False
        return False

    def _age_category_ar(self, i: int, d: Draft) -> bool:
        """Arabic: "المنتخب السعودي (أقل من 23 سنة)", "منتخب الأردن لأقل من 17 سنة", "بطولة غرب آسيا تحت 19 عاما":
        years under a limit (`age_category_links`) after a team or a tournament (`age_category_nouns`, up to
        AGE_CATEGORY_REACH words before, no figure between) name its age category, no claim; "70% منهم تحت 30
        عاما" is an age."""
        data = self.language
        if not data.age_category_nouns or normalize_word(d.counted or "") not in data.age_nouns:
            return False
        k = i - 1
        if k >= 0 and self.toks[k].text in SET_OFF_OPENERS:  # a category set off before its limit
            k -= 1  # 'تحت "19 عاما"'
        if self.word_key(k) in data.partitive_words and self.in_set(k - 1, data.age_category_links):
            k -= 1  # "أقل من", "لأقل من"
        elif not self.in_set(k, data.age_category_links):
            return False
        for m in range(k - 1, max(-1, k - 1 - AGE_CATEGORY_REACH), -1):
            t = self.toks[m]
            if t.kind == NUM or t.start < self.bounds[0]:
                return False
            if t.kind == WORD and self.in_set(m, data.age_category_nouns):
                return True
        return False
