"""Dates from words: weekdays, "today"/"أمس", ordinal days ("الحادي عشر من سبتمبر")."""

from __future__ import annotations

from datetime import date, timedelta

from claims.engine.marks import COMMAS
from claims.engine.types import NUM, SYM, WORD, Draft, Skip
from claims.rules.dates.weekday_en import WeekdayRulesEn

# Prepositions glued before an ordinal day's article ("بالثاني والعشرين", "كالخامس"); "لل" is handled apart.
_ORDINAL_PROCLITICS = ("وب", "ب", "ف", "ك")
# A weekday set apart after a day word, as one claim with it: its opening and closing marks.
HYPOTHETICAL_REACH_EN = 8  # tokens back from "tomorrow" to an "if" opening its clause
DAY_EVENT_REACH = 5  # tokens from "today's" to the event it dates, past quotes and two words ("General Election")
WEEKDAY_AHEAD_MAX = 3  # days a future weekday may lie after "غدا" + the page date before the one before it is taken
_DAY_BRACKETS = {"(": ")", '"': '"', "«": "»", "“": "”"}



def _weekday_wins(day: date, weekday: int, offset: int) -> date:
    """The day a day word names (published + offset) moved to the weekday named with it when they disagree. A page
    is dated when it was crawled, on or after the day it was written: "أمس الثلاثاء" in a page dated Friday is the
    Tuesday on or before the day. A word of the future is resolved to the nearer such weekday either side ("غدا
    السبت" in a page dated that Saturday is the Saturday; "غدا (الخميس)" in a page dated Tuesday is the Thursday)."""
    if day.weekday() == weekday:
        return day
    if offset > 0:
        ahead = (weekday - day.weekday()) % 7
        return day + timedelta(days=ahead if ahead <= WEEKDAY_AHEAD_MAX else ahead - 7)
    return day - timedelta(days=(day.weekday() - weekday) % 7)

class RelativeDateRules(WeekdayRulesEn):
    """Dates that start with a word."""

    def date_from_word(self, i: int) -> list[Draft] | Skip | None:
        data = self.language
        t = self.toks[i]
        month = self._month_at(i)
        if month is not None:
            return self.reported_full_date_en(self._date_from_month(i, month), i)  # "said on May 12."
        ordinal = self._ordinal_day_at(i)
        if ordinal is not None:
            return self._ordinal_day_date(i, *ordinal)
        if self.ar and t.key in data.number_words:
            spelled = self._spelled_day_date(i) or self.spelled_year_date(i)  # "سبعة نوفمبر" (day.py), "عام ألفين"
            if spelled is not None:
                return spelled
        rel = self.phrase_at(i, data.relative_day_phrases) or self._day_phrase_after_and_ar(i)
        if rel is None and self.word_key(i - 1) in data.phrase_openers_not_anchors:
            rel = self._opened_day_phrase(i - 1)  # "هذه الليلة": anchored at its noun
            if rel is not None:
                i -= 1
        if rel is not None:
            offset, j = rel
            named = self._weekday_in_brackets(i, offset, after=j) if self.ar else None
            return named or self._report_marked(self._relative_draft(i, j, offset), i)
        if (data.case_sensitive_months and (t.text in data.weekdays or t.text.removesuffix("'s") in data.weekdays)) or (
            not data.case_sensitive_months and self.strip(t.key, data.weekdays, data.proclitics_weekday) is not None
        ):
            if self.ar and self.word_key(i + 1) in data.teen_words:  # "الأحد عشر لاعبا": eleven, not Sunday
                return self.definite_cardinal(i) or Skip(i + 2)  # (rules/counts_definite_ar.py)
            if self.ar and self._both_not_weekday(i):
                return Skip(i + 1)
            return self._weekday(i)
        if self.strip(t.key, data.relative_days, data.proclitics_relative_day) is not None:
            return self._relative(i)
        self.no_day_word = -1 if data.case_sensitive_months else i  # (in neither table: parse.at_word, cursor.py)
        return None

    def _opened_day_phrase(self, k: int) -> tuple[int, int] | Skip | None:
        """(offset, end) of a day phrase opened at k by a demonstrative ("هذه الليلة", "هذا المساء"); None when it
        names another day: after a comparison, a span or a preposition ("في مثل هذا اليوم", "إلى هذا اليوم"), or
        before a relative pronoun or a definite adjective ("هذا اليوم الذي انتظرناه", "هذا اليوم السعيد")."""
        data = self.language
        found = self.phrase_at(k, data.relative_day_phrases)
        if found is None or self.in_set(k - 1, data.this_day_not_after):
            return None
        if not self.ar and not self.toks[k + 1].text.islower():
            return None  # "told ITV's This Morning": a programme's name
        after = self.word_key(found[1])
        if after is not None and (after in data.today_noun_after or (
                data.definite_article and after.startswith(data.definite_article) and after not in data.not_counted and
                self.strip(after, data.weekdays, data.proclitics_weekday_after_word) is None)):
            return None
        return found

    def _ordinal_day_date(self, i: int, day: int, j: int) -> list[Draft] | Skip | None:
        """An ordinal day (tokens i..j) before a month: "الحادي عشر من سبتمبر", "the first of May"."""
        data = self.language
        if self._fraction_or_place_before(i):
            return None  # "الربع الأول من شهر رمضان": a part of the month; "مدينة السادس من أكتوبر": a city
        if self.word_key(j) in data.day_of_month_links:
            if self.word_key(j + 1) in data.month_nouns:
                j += 1
            m = self._month_at(j + 1)
            if m is None:  # "الثامن من الشهر المقبل" (rules/dates/relative_month.py)
                return self._relative_month_days([(i, day)], [], j + 1)
            if m is not None:
                mo, j2, calendar = m
                j2 = self._alt_month(j2, mo)
                year = self._year_at(j2, calendar == "hijri")
                if year is not None:
                    return self._date_draft(i, year[1], year[0], mo, day, calendar)
                if calendar == "gregorian":
                    relative = self._relative_year(j2)  # "السادس والعشرين من فبراير من العام المقبل"
                    if relative is not None:
                        y, end = relative
                        after = self.tok(end)
                        if after is not None and after.text == str(y):
                            end = self._year_marker(end + 1)[0]  # "من العام المقبل 2016": the year said twice
                        return self._date_draft(i, end, y, mo, day, calendar, inferred=True)
                    y = self._infer_year(mo, day, j2)
                    return self._date_draft(i, j2, y, mo, day, calendar, inferred=y is not None)
                if self.word_key(j2) in data.hijri_year_nouns:
                    return Skip(j2)  # "سنة ثلاث من الهجرة", "في السنة الهجرية 1395": a year we do not read
                # "التاسع عشر من شوال": the Hijri year nearest the publication date, else no date (never guessed)
                y = self._infer_hijri_year(mo, day, self._direction_after(j2))
                return self._date_draft(i, j2, y, mo, day, calendar, inferred=True) if y is not None else Skip(j2)
        return None

    def _fraction_or_place_before(self, i: int) -> bool:
        """Arabic: a fraction before the ordinal ("النصف الثاني من شعبان", "الربع الأول من العام") or a place noun
        ("مدينة العاشر من رمضان")."""
        data = self.language
        key = self.word_key(i - 1)
        if not self.ar or key is None:
            return False
        return self.strip(key, data.fractions, tuple(data.share_proclitics)) is not None or \
            self.in_set(i - 1, data.street_cues)

    def _ordinal_day_at(self, i: int) -> tuple[int, int] | None:
        """(day, end index) of an ordinal day at token i; in Arabic also with a glued preposition or "و" before its
        article ("للسادس والعشرين من مارس", "بالثاني والعشرين من ديسمبر", "والخامس من يونيو")."""
        table = self.language.ordinal_days
        found = self.phrase_at(i, table)
        if found is not None or not self.ar:
            return found
        key = self.toks[i].key
        article = self.language.definite_article
        and_only = False
        if key.startswith("لل"):
            bare = article + key[2:]
        else:  # "و" alone only before "من" and a month: "والعشرين" is the second half of "السادس والعشرين"
            p = next((p for p in _ORDINAL_PROCLITICS if key.startswith(p + article)), None)
            and_only = p is None and key.startswith(self.language.and_prefix + article)
            if p is None and not and_only:
                return None
            bare = key[len(p or self.language.and_prefix):]
        if (bare,) not in table and not any(k[0] == bare for k in table if len(k) > 1):
            return None
        for length in range(min(self.language.max_phrase, self.n - i), 0, -1):
            rest = self.toks[i + 1:i + length]
            if all(r.kind == WORD for r in rest) and (phrase := (bare, *(r.key for r in rest))) in table:
                if and_only and self.word_key(i + length) not in self.language.day_of_month_links:
                    return None  # ("ما بين الثاني من أبريل والثاني عشر من أغسطس": the second end of a pair)
                return table[phrase], i + length
        return None

    def _resolve_weekday(self, weekday: int, direction: str | None) -> date | None:
        if self.published is None:
            return None
        delta = (weekday - self.published.weekday()) % 7
        if direction in ("past", "before_last"):
            if delta >= 0:
                delta -= 7
            if direction == "before_last":
                delta -= 7  # "الأربعاء قبل الماضي": the week before last
        elif direction == "future":
            if delta <= 0:
                delta += 7
        elif direction == "upcoming":
            pass  # a schedule ("will meet on Sunday"): that day or the next of its name
        elif direction == "past_tense":
            if delta > 0:
                delta -= 7  # "was held on Thursday": that day or the last of its name
        elif delta > 2:
            delta -= 7
        return self.published + timedelta(days=delta)

    def _weekday(self, i: int) -> list[Draft] | Skip | None:
        data = self.language
        t = self.toks[i]
        if self.in_set(i - 1, data.weekday_not_after) or (not self.ar and self.tok(i - 1) is not None and
                                                      self.toks[i - 1].text in data.weekday_not_after):
            return Skip(i + 1)
        name = t.text.removesuffix("'s") if data.case_sensitive_months else t.key  # "Tuesday's meeting"
        if self._weekday_not_own_day(i, name):
            return Skip(i + 1)  # "The Mail on Sunday's", "the station's Sunday Live phone-in": names; "October 18
            # (last Friday)": the date restated
        stripped = self.strip(name, data.weekdays, data.proclitics_weekday)
        if stripped is None:
            return None
        if not stripped[0] and data.surname_given_names and self._given_name_before(i):
            return Skip(i + 1)  # "الكاتب عبدالعزيز الخميس": a family name
        if stripped[1] in data.weekday_needs_direction and self.word_key(i + 1) not in data.weekday_past and \
                self.word_key(i + 1) not in data.weekday_future:
            return None  # "السنوات الخمس": a number; "الخمس الماضي": last Thursday
        weekday = data.weekdays[stripped[1]]
        if name == t.text and self._date_follows_weekday(i):  # (not "Sunday's seventh meeting": an ordinal after)
            return self._weekday_before_date(i)
        end = self._overnight_end(i, weekday) if self.ar else i + 1  # "ليل الثلاثاء الأربعاء": one night
        if self.ar and self._weekly_after(end):
            return Skip(end)  # "يومي الأحد والاثنين من كل أسبوع": a day of every week, no date
        direction = self._weekday_direction(i, end)
        if direction is None and self.ar and self._future_cue_before(i):
            direction = "future"  # "والمقرر إقامتها السبت", "ستنطلق الأحد" (rules/dates/relative_ar.py)
        before = self.word_key(i - 1)
        start_i = i
        offset = None
        rel = self.strip(before, data.relative_days, data.proclitics_relative_day) if before else None
        if rel is not None:
            offset = data.relative_days[rel[1]]
            start_i = i - 1
        elif (phrase := self.phrase_before(i, data.relative_day_phrases)) is not None:
            offset, start_i = phrase
        if offset is not None and self.published is not None:
            resolved: date | None = self.published + timedelta(days=offset)
            resolved = _weekday_wins(resolved, weekday, offset)
        elif end > i + 1 and self.published is not None:  # a night named by two days: the morning it ends, less one
            resolved = self._resolve_weekday((weekday + 1) % 7, direction)
            resolved = resolved - timedelta(days=1) if resolved is not None else None
        else:
            resolved = self._resolve_weekday(weekday, direction)
        if self.ar and (restated := self._bracketed_date_after(start_i, end)) is not None:
            return restated  # "اليوم الأربعاء (14 كانون الثاني/يناير 2026)" (rules/dates/relative_ar.py)
        return self._report_marked(self._inferred_day_draft(start_i, end, resolved), start_i)

    def _weekly_after(self, k: int) -> bool:
        """Arabic: a weekday (ending before token k, maybe "و" and a second weekday after it) recurs every week:
        "أسبوعيا", "كل أسبوع" or "من كل أسبوع" follows."""
        data = self.language
        if not data.weekly_words:
            return False
        if self._and_weekday(k):
            k += 1
        if self.word_key(k) in data.day_of_month_links:
            k += 1  # "من كل أسبوع"
        return self.word_key(k) in data.weekly_words or (
            self.word_key(k) in data.per_every_words and self.word_key(k + 1) in data.week_nouns)

    def _weekday_direction(self, i: int, end: int) -> str | None:
        """"past"/"future" from the word after the weekday (tokens i..end) or, in English, before it ("الأحد
        الماضي", "last Monday", "next Friday"); None when neither says."""
        data = self.language
        if self.word_key(end) in data.weekday_before_last and self.word_key(end + 1) in data.weekday_past:
            return "before_last"  # "الأربعاء قبل الماضي"
        if self.ar and self._and_weekday(end):
            end += 1  # "يومي الإثنين والثلاثاء المقبل(ين)": the word after the pair dates both days
        for key in (None if self.ar else self.word_key(i - 1), self.word_key(end)):  # English: the word before first
            if key in data.weekday_past:
                return "past"
            if key in data.weekday_future:
                return "future"
        if self.ar:
            return None
        return "upcoming" if self._schedule_cue_before_en(i) else self._past_tense_before_en(i)

    def _gregorian_date_at(self, j: int) -> bool:
        """A full Gregorian date starts at token j ("20 مايو 2025", "20/5/2025"). A weekday before "الموافق" and
        a Hijri date stays a claim of its own: the two calendars' dates are two claims (bench/devset/GUIDELINES.md,
        "اليوم الخميس الموافق 1436/10/14 هـ")."""
        nt = self.tok(j)
        if nt is None:
            return False
        if self._day_value(nt) is not None:
            month = self._month_at(j + 1) or self._month_at(j + 2)
            if month is not None:
                return month[2] == "gregorian"
        drafts = self._numeric_date(j) if nt.kind == NUM else None
        return isinstance(drafts, list) and bool(drafts) and all(d.calendar != "hijri" for d in drafts)

    def _bare_ordinal_day(self, i: int) -> tuple[int, int] | None:
        """(day, end index) of an ordinal day written without its article right before a month name, as the
        Maghreb dates a hearing ("يوم الثلاثاء ثامن أبريل 2025", "تاسع ماي"; "فاتح" is first_day_words'). Only
        right before the month: "ثاني أكبر منتج" and "خامس مرة" are ranks. One word: "ثاني عشر" is read at "عشر"."""
        data = self.language
        key = self.toks[i].key
        if key.startswith(data.definite_article) or i + 1 >= self.n:
            return None
        day = data.ordinal_days.get((data.definite_article + key,))
        return (day, i + 1) if day is not None and self._month_at(i + 1) is not None else None

    def _and_weekday(self, k: int) -> bool:
        """Token k is "و" + a weekday: the second day of a pair."""
        key, data = self.word_key(k), self.language
        return key is not None and key[:1] == data.and_prefix and key[1:] in data.weekdays

    def _weekday_before_date(self, i: int) -> list[Draft] | Skip:
        """A weekday before its full date adds nothing (the date is the claim), but one owned by a verb of saying
        ("At a presser on Friday, June 9, the police chief said", "أعلنت الشركة اليوم الأحد 14 جويلية 2019")
        is kept as the report's day, to be dropped: it marks the date after it as the report's too
        (dateline_en.mark_dateline_en, report_time.mark_dateline)."""
        if (self.ar and not self._restated_report_day_ar(i)) or not self._report_time(i):
            return Skip(i + 1)
        drafts = self._inferred_day_draft(i, i + 1, None)
        drafts[0].report_time = True
        return drafts

    def _date_follows_weekday(self, i: int) -> bool:
        """A weekday in front of a full date adds nothing: the date is the claim ("الثلاثاء 13 فبراير", "Monday,
        March 7", "يوم الأحد الثاني من أغسطس", "يوم الخميس 14/10/1436هـ")."""
        j = i + 1
        direction = self.word_key(j)
        if self.ar and (direction in self.language.weekday_past or direction in self.language.weekday_future):
            j += 1  # "يوم الخميس الماضي 3 مارس/آذار (2022)"
        if self.tok(j) is not None and self.toks[j].kind == SYM and (self.toks[j].text in ",،" or (
                not self.ar and self.toks[j].text in "([")):
            j += 1  # "Monday, March 7"; "on Tuesday (December 20)", "on Thursday [January 9]"
        if self.in_set(j, self.language.dateline_links):
            return self._gregorian_date_at(j + 1)  # "ليوم الأربعاء الموافق 14 مايو 2025": the date it falls on
        if self.in_set(j, self.language.weekday_falls_on):  # "نهار الأحد الواقع في 16 مايو 2021"
            j += 2 if self.in_set(j + 1, self.language.weekday_falls_on_preps) else 1
            return self._gregorian_date_at(j)
        if not self.ar and self.word_key(j) in self.language.share_articles and self.tok(j + 1) is not None and \
                self.toks[j + 1].kind == NUM:
            j += 1  # "Friday, the 9th of March 2018"
        nt = self.tok(j)
        if nt is None:
            return False
        reach = 3 if self.ar else 4  # English passes "th" and "of"; in Arabic a day range's end ("12-14 شوال") is
        # not the weekday's own date, so the weekday stays a claim the calendar checker can test
        if self._day_value(nt) is not None and any(self._month_at(m) is not None for m in range(j + 1, j + reach)):
            return True  # "13 فبراير", "3rd May", "14th of December"
        if not self.ar and self._month_at(j) is not None:
            return True
        if self.in_set(j, self.language.first_day_words) and (  # "الإثنين أول ذي الحجة"
                self._month_at(j + 1) is not None or self._month_at(j + 2) is not None):
            return True
        return self.phrase_at(j, self.language.ordinal_days) is not None or (
            self.ar and nt.kind == WORD and self._bare_ordinal_day(j) is not None) or (
            nt.kind == NUM and isinstance(self._numeric_date(j), list))

    def _relative(self, i: int) -> list[Draft] | Skip | None:
        data = self.language
        t = self.toks[i]
        stripped = self.strip(t.key, data.relative_days, data.proclitics_relative_day)
        if stripped is None:
            return None
        offset = data.relative_days[stripped[1]]
        nxt = self.tok(i + 1)
        # "أمس الثلاثاء": one day, named twice: the weekday rule takes both words.
        if nxt is not None and nxt.kind == WORD and \
                self.strip(nxt.key, data.weekdays, data.proclitics_weekday_after_word) is not None:
            return self._weekday(i + 1)
        if nxt is not None and nxt.kind == SYM and (
                nxt.text in _DAY_BRACKETS or (self.ar and nxt.text in COMMAS)):
            named = self._weekday_in_brackets(i, offset)
            if named is not None:
                return named
        if self.ar and nxt is not None and (restated := self._date_set_off_ar(i)) is not None:
            return restated  # "اليوم (20 فبراير 2026)", "اليوم – السبت 2 أغسطس 2025", "صباح اليوم،22/06/23"
        if not self.ar:
            if t.text[:1].isupper() and self._capitalized_inside(i):
                return None  # "the Today programme", "USA Today"
            if t.key.endswith("'s") and not self._day_event_after(i + 1):
                return None  # "today's ruling" is that day's; "today's consumers" are nowadays'
            if self.tok(i - 1) is not None and self.toks[i - 1].text in data.today_not_after:
                return None
        elif self._not_today_ar(i, stripped[1]):
            return None
        if offset > 0 and self._hypothetical_before(i):
            return Skip(i + 1)  # "if forced to decide tomorrow": no date is stated
        if not self.ar and (named := self._date_after_day_word_en(i)) is not None:
            return self._report_marked(named, i)  # "today, August, 17, 2022": one day, named twice
        resolved = self.published + timedelta(days=offset) if self.published is not None else None
        return self._report_marked(self._inferred_day_draft(i, i + 1, resolved), i)

    def _day_event_after(self, k: int) -> bool:
        """English: one of `day_event_nouns` at token k, or after up to two words and quote marks ("today's General
        Election", "today's "cooler" temperatures"), or a figure right at k ("yesterday's 50 percent"): what a
        possessive day word dates."""
        nouns = self.language.day_event_nouns
        if (first := self.tok(k)) is not None and first.kind == NUM:
            return True  # "up from yesterday's 50 percent", "Friday's 1,204 cases": that day's figure
        words = 0
        for n in range(k, k + DAY_EVENT_REACH):
            t = self.tok(n)
            if t is None or (t.kind == SYM and t.text not in "\"“”'‘’"):
                return False
            if t.kind == WORD:
                if t.key in nouns:
                    return True
                words += 1
                if words > 2:
                    return False
        return False

    def _hypothetical_before(self, i: int) -> bool:
        """A hypothetical cue ("if", "would", "لو") stands before the day word at i: within 5 tokens, in English
        within HYPOTHETICAL_REACH_EN and no mark between ("if the relief flight does not land tomorrow")."""
        reach = 5 if self.ar else HYPOTHETICAL_REACH_EN
        for k in range(i - 1, max(-1, i - 1 - reach), -1):
            t = self.toks[k]
            if not self.ar and t.kind == SYM and t.text in ",;:.!?":
                return False
            if self.in_set(k, self.language.hypothetical_cues):
                return True
        return False

    def _date_after_day_word_en(self, i: int) -> list[Draft] | None:
        """English: a day word (at i) and, after a comma or in brackets, the full date it is ("today, August 17,
        2022", "yesterday, August, 16, 2022", "today, 17 August 2022", "today, Monday, 27 July 2020", "today (Sept
        3)"): one claim over both, valued by the written date."""
        comma = self.tok(i + 1)
        if comma is None or comma.kind != SYM or comma.text not in ",(":
            return None
        bracket = comma.text == "("
        j = i + 2
        if not bracket and self.word_key(j) is not None and self.toks[j].text in self.language.weekdays and \
                self._sym_at(j + 1, ","):
            j += 2  # "today, Monday, 27 July 2020": the weekday named between
        month = self._month_at(j)
        if month is not None and month[2] == "gregorian":
            k = month[1] + 1 if self._sym_at(month[1], ",") else month[1]  # "August, 17, 2022"
            day_tok = self.tok(k)
            day = self._day_value(day_tok) if day_tok is not None else None
            k += 1
        elif (day_tok := self.tok(j)) is not None and (day := self._day_value(day_tok)) is not None:
            month = self._month_at(j + 1)
            k = month[1] if month is not None and month[2] == "gregorian" else -1
        else:
            return None
        if month is None or day is None or k < 0:
            return None
        year = self._year_at(k, False)
        end = year[1] if year is not None else k
        if bracket:
            if not self._sym_at(end, ")"):
                return None
            end += 1  # "today (Sept 3)": the bracket closes the restated day
        if year is None and (self.published is None or bracket):
            y = self._infer_year(month[0], day, k) if self.published is not None else None
            return self._date_draft(i, end, y, month[0], day, "gregorian", inferred=y is not None)
        if year is None or year[2] == "hijri":
            return None
        return self._date_draft(i, end, year[0], month[0], day, "gregorian")

    def _sym_at(self, k: int, mark: str) -> bool:
        t = self.tok(k)
        return t is not None and t.kind == SYM and t.text == mark

    def _report_marked(self, drafts: list[Draft], start_i: int) -> list[Draft]:
        """A day owned by a verb of saying ("قال أمس", "said on Monday") dates the report (rules/dates/report_time)."""
        if self._report_time(start_i):
            for d in drafts:
                d.report_time = True
        return drafts

    def _weekday_not_own_day(self, i: int, name: str) -> bool:
        """The weekday at i (`name` without its possessive) names a paper ("The Mail on Sunday's"), or, in English,
        a programme or restates the date before it."""
        if name != self.toks[i].text and self.word_key(i - 1) == "on" and self.tok(i - 2) is not None and \
                self.toks[i - 2].text[:1].isupper():
            return True  # "The Mail on Sunday's": a name
        return not self.ar and (self._titled_after_possessive(i) or self._weekday_restating_date_en(i) or
                                self._weekday_names_en(i))

    def _weekday_between_commas(self, i: int, j: int, offset: int) -> list[Draft] | Skip | None:
        """"اليوم، الأحد،", "أمس، السبت.": the day word's own weekday set off by commas, one claim with it (the
        weekday bare, and a comma, full stop or the end after it: "اليوم، الأحد المقبل" is no apposition)."""
        data = self.language
        day, close = self.tok(j + 1), self.tok(j + 2)
        if day is not None and day.kind == WORD and day.key in data.weekdays and self._date_follows_weekday(j + 1):
            return Skip(j + 2)  # "اليوم، الخميس الموافق 18-3-2021": the date that follows is the claim
        if day is None or day.kind != WORD or day.key not in data.weekdays or \
                (close is not None and close.text not in COMMAS and close.text not in ".؛;"):
            return None
        resolved = None
        if self.published is not None:
            resolved = _weekday_wins(self.published + timedelta(days=offset), data.weekdays[day.key], offset)
        return self._report_marked(self._inferred_day_draft(i, j + 2, resolved), i)

    def _weekday_in_brackets(self, i: int, offset: int, after: int | None = None) -> list[Draft] | Skip | None:
        """"اليوم (الخميس)": one day named twice, one claim over the four tokens; after a phrase ending before
        `after`, also without brackets ("أول من أمس (الخميس)", "أول أمس الخميس")."""
        data = self.language
        j = i + 1 if after is None else after
        opening = self.toks[j].text if self.tok(j) is not None else ""
        bracket = opening in _DAY_BRACKETS  # "اليوم (الخميس)", 'اليوم "الأربعاء"', "اليوم «الأربعاء»"
        day, close = self.tok(j + 1 if bracket else j), self.tok(j + 2) if bracket else None
        if day is None or day.kind != WORD or (bracket and (close is None or close.text != _DAY_BRACKETS[opening])):
            return self._weekday_between_commas(i, j, offset) if after is None and opening in COMMAS else None
        stripped = self.strip(day.text if data.case_sensitive_months else day.key, data.weekdays,
                              data.proclitics_weekday_after_word)  # (English weekdays only with their capital)
        if stripped is None:
            return None
        if self._date_follows_weekday(j + 2 if bracket else j):
            return Skip(j + 3 if bracket else j + 1)  # "أول أمس الخميس 5 مارس", "هذا اليوم السبت 9/10/1436هـ", 'اليوم
            # "الخميس" 22 فبراير': the date is the claim
        resolved = None
        if self.published is not None:
            resolved = _weekday_wins(self.published + timedelta(days=offset), data.weekdays[stripped[1]], offset)
        return self._report_marked(self._inferred_day_draft(i, j + 3 if bracket else j + 1, resolved), i)
