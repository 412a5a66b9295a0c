"""Dates: the year of a month that is written without one — shared with the next month ("سبتمبر وديسمبر 2014",
"from March to June 2011"), said in words ("بمايو العام الماضي", "in March last year"), or inferred from the
publication date without pushing a past event into the future. Years carried between the dates a text has read,
after its windows, are year_carried.py's."""

from __future__ import annotations

from datetime import date

from claims.engine.cursor import Cursor
from claims.engine.scanning import clause_words
from claims.engine.types import NUM, SYM, WORD
from claims.normalize import normalize_word
from claims.rules.dates.year_like import NEWS_YEARS

# A month placed this far after the publication date, with no word of the future in its sentence, is the past one:
# "رفع البنك الفائدة في ديسمبر" in a July article is last December.
FUTURE_WITHOUT_CUE_DAYS = 90
# A day this far before the publication date, with a verb of a schedule in its clause, is the next one ("تنتهي
# السنة المالية في 31 مارس" in a June article; a few days back may be a late report of a day just gone)
PAST_BEFORE_FUTURE_DAYS = 14
# A deadline month that began this long before the publication date, in a clause of the future, is the next one ("must
# finish by the end of October" in April; not "by the end of June" on 22 June: the month in progress)
DEADLINE_GONE_DAYS = 45
SCHEDULE_REACH = 40  # characters before a day's end read for its verb of a schedule ("التي تنتهي في 30 أبريل/نيسان")
BASE_FIGURE_TOKENS = 4  # tokens of the figure between "from" and "in <month>" ("from $1.2 million in April")
SPAN_TO_FOLLOWING_YEAR = 12  # tokens from a yearless month to "من العام التالي" after the month closing its span


class YearContextRules(Cursor):
    """Years that a month takes from its neighbours or its sentence."""

    def _shared_year(self, j: int) -> int | None:
        """The year written after the next month of a pair or range: "سبتمبر وديسمبر 2014", "بين أبريل ويونيو
        2013", "من مارس/آذار إلى يونيو/حزيران 2011", "between March and June 2011"; or said in words after it, from
        the publication date ("من فبراير إلى سبتمبر من هذا العام", "from April to August this year")."""
        data = self.language
        t = self.tok(j)
        if t is None:
            return None
        k = j
        if (t.kind == WORD and (t.key in data.year_range_connectors or t.key in data.or_words)) or \
                (t.kind == SYM and t.text in "-–"):
            k = j + 1
        elif data.year_pair_phrases and f"{t.key} {self.word_key(j + 1)} {self.word_key(j + 2)}" in \
                data.year_pair_phrases:
            k = j + 3  # "in May as well as in June 2017"
        elif not (self.ar and t.kind == WORD and (t.key[:1] == data.and_prefix or t.key[:1] in data.year_pair_glued)):
            return None  # Arabic glues "و" to the second month: "وديسمبر"; or "ل" to a range's end: "ليوليو"
        if k > j and self.word_key(k) in data.year_pair_prepositions:
            k += 1  # "in November and in December 2018"
        if k > j and not self.ar:
            k = self._past_month_part(k)  # "from March to the end of May 2019", "to mid-June 2018"
        second = self._month_at(k)
        if second is None or second[2] != "gregorian":
            return None
        end = self._alt_month(second[1], second[0])
        year = self._year_at(end, False)
        if year is None:
            relative = self._relative_year(end)  # "من فبراير إلى سبتمبر من هذا العام", "from July to May last year"
            return relative[0] if relative is not None else None
        if year[2] == "hijri":
            return None
        return year[0]

    def _past_month_part(self, k: int) -> int:
        """English: past a part of the month that opens a range's second end ("the end of", "the middle of":
        `month_part_nouns`; "mid-", "early", "late": `year_part_words`), to the month's token."""
        data = self.language
        if self.word_key(k) == "the" and self.word_key(k + 1) in data.month_part_nouns and self.word_key(k + 2) == "of":
            return k + 3
        if self.word_key(k) in data.year_part_words:
            dash = self.tok(k + 1) is not None and self.toks[k + 1].text == "-" and self.glued(k + 1)
            return k + 2 if dash else k + 1
        return k

    def _relative_year(self, j: int) -> tuple[int, int] | None:
        """(year, end index) for "العام الماضي" / "هذا العام" / "last year" / "next year" / "this year" after a
        month; a year written right after the phrase is the month's year, with or without a publication date ("يوليو
        من العام الحالي 2024", "مارس من العام الماضي 2023م": one date, the year in its span)."""
        data = self.language
        if self.published is None and not self.ar:
            return None
        if self.word_key(j) in data.day_of_month_links and (
                self.ar or self.word_key(j + 2) in data.relative_year_nouns):
            j += 1  # "ديسمبر من العام الماضي", "September of last year"
        a, b = self.word_key(j), self.word_key(j + 1)
        if a is None or b is None:
            return None
        this = self.ar and a in data.this_words  # "من هذا العام": this year, the noun after its demonstrative
        if self.ar and not this:
            noun, when = a, b  # "العام الماضي"
        else:
            when, noun = a, b  # "last year", "هذا العام"
        if noun not in data.relative_year_nouns:
            return None
        written = self.tok(j + 2)
        if written is not None and written.kind == NUM and written.text.isdigit() and len(written.text) == 4 and \
                int(written.text) in NEWS_YEARS and (this or when in data.weekday_past or
                                                     when in data.current_year_words):
            end, marker = self._year_marker(j + 3)
            if marker != "hijri":
                return int(written.text), end
        if self.published is None:
            return None
        if when in data.weekday_past:
            return self.published.year - 1, j + 2
        if when in data.weekday_future:
            return self.published.year + 1, j + 2
        if when in data.current_year_words or this:
            return self.published.year, j + 2
        return None

    def _month_of_no_year(self, j: int) -> int | None:
        """Arabic: a month (ending before token j) that recurs every year ("نوفمبر من كل عام", "يونيو سنويا"; not
        annotated, bench/devset/GUIDELINES.md) or lies in a year counted from another ("أبريل من العام التالي"):
        no year to give it. The index to pass over to, else None."""
        data = self.language
        k = j + 1 if self.word_key(j) in data.day_of_month_links else j
        if self.word_key(k + 1) in data.relative_year_nouns and (
                self.in_set(k, data.per_every_words) or self.word_key(k + 2) in data.following_year_words):
            return k + 2 if self.in_set(k, data.per_every_words) else k + 3
        if self.word_key(k) in data.relative_year_nouns and self.word_key(k + 1) in data.following_year_words:
            return k + 2
        if self.word_key(j) in data.yearly_words:
            return j + 1  # "في يونيو سنويا" (right after only)
        return j if self._span_to_following_year(j) else None

    def _span_to_following_year(self, j: int) -> bool:
        """Arabic: the month ending before token j opens a span that closes on a month "من العام التالي" further in
        its sentence ("تبدأ السنة المالية مطلع أبريل، وتنتهي في مارس من العام التالي"): a year defined, no date.
        No figure between (a year or a day would place the span); not a month placed by a word of direction ("بدأت
        الأشغال في أكتوبر الماضي") or in a clause of a start gone by ("انطلق الموسم في سبتمبر"): one span, its date."""
        data = self.language
        direction = self.word_key(j)
        if direction in data.weekday_past or direction in data.weekday_future or direction in data.current_year_words:
            return False
        t = self.toks[j - 1]
        conj = data.report_verb_proclitics
        if any(w in data.past_start_verbs or (w[:1] in conj and w[1:] in data.past_start_verbs)
               for w in map(normalize_word, clause_words(self.ex.text, self.bounds, t.start, t.end))):
            return False
        month_seen = False
        for k in range(j, min(self.n, j + SPAN_TO_FOLLOWING_YEAR)):
            t = self.toks[k]
            if t.kind == NUM:
                return False
            if self._month_at(k) is not None:
                month_seen = True
            elif month_seen and t.key in data.relative_year_nouns and self.word_key(k + 1) in data.following_year_words:
                return True
        return False

    def _past_unless_future(self, best_year: int, month: int, day: int | None, i_end: int = -1) -> int:
        """The inferred year of a month (and day) without a direction word: a date well after the publication
        date is taken as the past one unless the sentence speaks of the future ("المقبل", "سوف", "will"); in Arabic
        a month not yet begun is the past one when its clause tells of a change in the past tense ("ارتفع عدد
        الوافدين من شهر كانون الثاني" in a 31 December article: the January just gone)."""
        pub = self.published
        if pub is None or not self.language.future_cues:
            return best_year  # (a language without future cues keeps the nearest year: English, dated by the BBC)
        try:
            gap = (date(best_year, month, day or 1) - pub).days
            date(best_year - 1, month, day or 1)
        except ValueError:
            return best_year
        if day is not None and gap < -PAST_BEFORE_FUTURE_DAYS and i_end > 0 and self._schedule_clause(i_end):
            return best_year + 1  # "التي تنتهي في 31 مارس" in a June article: the next 31 March
        if day is None and gap > 0 and i_end > 0 and self._month_as_period(self._first_before_date) and \
                self._past_clause(i_end):
            return best_year - 1
        if not self.ar and gap < -DEADLINE_GONE_DAYS and i_end > 0 and self._deadline_to_come(i_end):
            return best_year + 1  # "every firm must finish by the end of October" in April: the next October
        if not self.ar and gap > 0 and self._comparison_base_month() and not self._future_in_sentence():
            return best_year - 1  # "down from 1,750 in April" in a January article: the April gone by
        if gap <= FUTURE_WITHOUT_CUE_DAYS or self._future_in_sentence():
            return best_year
        if self.language.past_cues and not self._past_in_sentence(i_end):
            return best_year  # English: only a sentence in the past tense pushes it back ("the deadline is July")
        return best_year - 1

    def _comparison_base_month(self) -> bool:
        """English: the month is the time of a change's starting figure: "from" (`range_from_words`), the figure,
        then "in" right before the month ("that is down from 2,300 in March", "rose from $5 in March"); the base of
        a change lies in the past (not "from April", the start of something to come)."""
        data = self.language
        k = self._first_before_date
        if self.word_key(k) not in data.month_in_links:
            return False
        figure = False
        for m in range(k - 1, max(-1, k - BASE_FIGURE_TOKENS - 1), -1):
            t = self.toks[m]
            if t.kind == WORD and t.key in data.range_from_words:
                return figure
            if t.kind == NUM:
                figure = True
            elif t.kind == WORD and t.key not in data.scales and t.key not in data.percent_words:
                return False
        return False

    def _deadline_to_come(self, i_end: int) -> bool:
        """English: a deadline word right before the month (ending before token i_end), or before "the end of" it
        ("by November", "by the end of November": `month_deadline_words`, `month_part_nouns`), in a clause with a
        word of the future ("will"; not "the plan, which ended by November, will be reviewed")."""
        data = self.language
        k = self._first_before_date
        if self.word_key(k) == "of" and self.word_key(k - 1) in data.month_part_nouns and self.word_key(k - 2) == "the":
            k -= 3
        if self.word_key(k) not in data.month_deadline_words:
            return False
        t = self.toks[i_end - 1]
        return any(w.lower() in data.future_cues for w in clause_words(self.ex.text, self.bounds, t.start, t.end))

    def _month_as_period(self, k: int) -> bool:
        """Arabic: "شهر" at token k, after a link of time ("في شهر شباط", "من شهر كانون الثاني"): the month as a
        period in which something happened (a delivery month, "عقود سبتمبر", is none)."""
        data = self.language
        return self.word_key(k) in data.month_nouns and self.in_set(k - 1, data.month_period_links)

    def _past_clause(self, i_end: int) -> bool:
        """Arabic: the clause of the month ending before token i_end has a verb of the past (`past_verbs`: "ارتفع",
        "كانت", also after و/ف) and no word of the future."""
        data = self.language
        if not data.past_verbs:
            return False
        t = self.toks[i_end - 1]
        conj = data.report_verb_proclitics
        words = [w if w in data.past_verbs or w in data.future_cues or w[:1] not in conj else w[1:]
                 for w in clause_words(self.ex.text, self.bounds, t.start, t.end)]
        return any(w in data.past_verbs for w in words) and not any(w in data.future_cues for w in words)

    def _schedule_clause(self, i_end: int) -> bool:
        """Arabic: a verb of a schedule in the present (`schedule_verbs`: "تنتهي", "تبدأ"; also after و/ف) shortly
        before the day ending before token i_end, and no verb of a change in the past (`past_verbs`) between: a start
        or an end to come. (Words of the future alone are too loose here: "أضعف من المتوقع في تموز".)"""
        data = self.language
        if not data.schedule_verbs:
            return False
        t = self.toks[i_end - 1]
        conj = data.report_verb_proclitics
        before = self.ex.text[max(self.bounds[0], t.end - SCHEDULE_REACH):t.end].split()  # (the verb, then the day)
        words = [w[1:] if w[:1] in conj and w not in data.schedule_verbs else w for w in before]
        return any(w in data.schedule_verbs for w in words) and not any(w in data.past_verbs for w in words)

    def _past_in_sentence(self, i_end: int) -> bool:
        """English: a word of the past (`past_cues`) in the sentence, not after "to" or a modal ("expect prices to hit
        a record in February": `past_cue_blockers`); `past_clause_cues` count only in the clause of the month that
        ends before token i_end ("the rules, which have been debated, take effect in February": not past)."""
        data = self.language
        s, e = self.bounds
        words = [w.strip(".,،؛:\"'()") for w in self.ex.text[s:e].lower().split()]
        clause: list[str] | None = None
        for n, w in enumerate(words):
            if w not in data.past_cues and not self._simple_past_en(words, n):
                continue
            if n > 0 and words[n - 1] in data.past_cue_blockers:
                continue
            if w in data.past_clause_cues:
                if i_end <= 0:
                    continue
                if clause is None:
                    t = self.toks[i_end - 1]
                    clause = [c.lower() for c in clause_words(self.ex.text, self.bounds, t.start, t.end)]
                if w not in clause:
                    continue
            return True
        return False

    def _simple_past_en(self, words: list[str], n: int) -> bool:
        """English: words[n] is a transitive verb in the simple past ("passed the 50,000 mark"): a word of at least
        five letters in -ed, no word of the future, right before its object (a determiner or a figure:
        `past_object_openers`), not after a form of "be" or a determiner (`past_form_blockers`: "is located", "the
        proposed rule"); a participle is followed by its agent or a place ("hampered by", "released on")."""
        w, data = words[n], self.language
        if len(w) < 5 or not w.endswith("ed") or not w.isalpha() or w in data.future_cues or n == 0 or \
                n + 1 >= len(words) or words[n - 1] in data.past_form_blockers:
            return False
        after = words[n + 1]
        return after in data.past_object_openers or after[:1].isdigit()

    def _future_in_sentence(self, cues: frozenset[str] | None = None) -> bool:
        """A word of the future (or of `cues`) in the sentence."""
        s, e = self.bounds
        cues = self.language.future_cues if cues is None else cues
        conj = self.language.report_verb_proclitics  # "وستنطلق"
        for w in self.ex.text[s:e].lower().split():
            w = w.strip(".,،؛:\"'()")
            if w in cues or (w[:1] in conj and w[1:] in cues):
                return True
        return False
