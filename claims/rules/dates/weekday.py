"""Dates from weekdays ("الأحد الماضي", "last Monday", "on Friday", "أمس الثلاثاء"): the day a weekday names,
from its direction (the word after it, or in English before it, a schedule or a past tense: weekday_en.py), a day
word before it ("أمس الثلاثاء": one day, named twice; the weekday wins over the page date a crawl may have moved),
the weekday set apart after a day word ("اليوم (الخميس)", "اليوم، الأحد،"); a weekday before its full date adds
nothing ("الثلاثاء 13 فبراير", "Monday, March 7"), and a weekday of every week names no date. RelativeDateRules'
base (rules/dates/relative.py, which reads day words and calls these)."""

from __future__ import annotations

from datetime import date, timedelta

from claims.engine.marks import COMMAS
from claims.engine.types import NUM, SYM, WORD, Draft, Skip
from claims.rules.dates.weekday_en import WeekdayRulesEn
from claims.rules.dates.weekday_range import WeekdayRangeRules

WEEKDAY_AHEAD_MAX = 3  # days a future weekday may lie after "غدا" + the page date before the one before it is taken
# A weekday set apart after a day word, as one claim with it: its opening and closing marks.
DAY_BRACKETS = {"(": ")", '"': '"', "«": "»", "“": "”"}


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


class WeekdayRules(WeekdayRulesEn, WeekdayRangeRules):
    """Weekdays: the day each names, and when it names none of its own."""

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
        if self.in_set(i - 1, data.weekday_not_after) or (not self.ar and self.tok(i - 1) is not None and (
                self.toks[i - 1].text in data.weekday_not_after or self._weekday_named_before_en(i))):
            return self._weekday_after_not_own(i)  # "on a Friday evening", "Good Friday" (weekday_en.py)
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
        if self.ar and (self._weekly_after(end) or self._days_restated_after_ar(i, end)):
            return Skip(end)  # "يومي الأحد والاثنين من كل أسبوع": a day of every week, no date; "الأربعاء
            # والخميس، 9 و10 من أيار": the two days restate the weekdays, the dates
        # The week the clause tells places the day from the publication date: an undated text reads none (speed).
        direction = self._weekday_direction(i, end) if self.published is not None else None
        if direction is None and self.ar and self.published is not None:
            direction = self._direction_before_ar(i)  # "والمقرر إقامتها السبت", "يلتقي الفريقان السبت" (relative_ar.py)
        start_i, offset, end = self._day_word_beside(i, end)
        if offset is not None and self.published is not None:
            resolved: date | None = self.published + timedelta(days=offset)
            resolved = _weekday_wins(resolved, weekday, offset)
        elif end > i + 1 and self.published is not None:  # a night named by two days: the morning it ends, less one
            resolved = self._resolve_weekday((weekday + 1) % 7, direction)
            resolved = resolved - timedelta(days=1) if resolved is not None else None
        else:
            resolved = self._resolve_weekday(weekday, direction)
            if resolved is not None:
                resolved = self._weekday_in_range(i, weekday, direction, resolved)  # "from Friday through Tuesday"
        if self.ar and (own := self._hijri_date_after_ar(end)) is not None:
            resolved = next((own + timedelta(days=d) for d in (0, -1, 1) if (own + timedelta(days=d)).weekday() ==
                             weekday), own)  # "يوم الأحد الموافق 1436/10/17هـ": the day it falls on (the weekday
            # wins over a calendar a day apart)
        if self.ar and (restated := self._bracketed_date_after(start_i, end)) is not None:
            return restated  # "اليوم الأربعاء (14 كانون الثاني/يناير 2026)" (rules/dates/relative_ar.py)
        return self._report_marked(self._inferred_day_draft(start_i, end, resolved), start_i)

    def _day_word_beside(self, i: int, end: int) -> tuple[int, int | None, int]:
        """The day word naming the weekday at i (ending before `end`) again: before it ("اليوم الأحد", "this
        Sunday" as a phrase) or in brackets after it ("يوم الأحد (أمس)", "on Sunday (yesterday)": one day named twice,
        one claim). The claim's first token, the day word's offset from the publication day (None: none) and its end."""
        data = self.language
        before = self.word_key(i - 1)
        rel = self.strip(before, data.relative_days, data.proclitics_relative_day) if before else None
        if rel is not None:
            return i - 1, data.relative_days[rel[1]], end
        if (restating := self._day_word_in_brackets(end)) is not None:
            return i, restating[0], restating[1]
        if (phrase := self.phrase_before(i, data.relative_day_phrases)) is not None:
            return phrase[1], phrase[0], end
        return i, None, end

    def _day_word_in_brackets(self, k: int) -> tuple[int, int] | None:
        """A day word alone in brackets at token k, restating the weekday before it ("الأحد (أمس)", "Sunday
        (yesterday)"): its offset from the publication day and the token after the closing bracket."""
        opening, day, close = self.tok(k), self.tok(k + 1), self.tok(k + 2)
        if opening is None or opening.text not in DAY_BRACKETS or day is None or day.kind != WORD or \
                close is None or close.text != DAY_BRACKETS[opening.text]:
            return None
        rel = self.strip(day.key, self.language.relative_days, self.language.proclitics_relative_day)
        return None if rel is None else (self.language.relative_days[rel[1]], k + 3)

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
        return self._direction_in_clause_en(i)

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

    def _hijri_date_after_ar(self, k: int) -> date | None:
        """The Gregorian day of the full Hijri date after "الموافق" at token k ("الأحد الموافق 1436/10/17هـ", "الخميس
        الموافق 12 ذو القعدة المقبل"): the day the weekday before it falls on. The weekday stays a claim of its own
        beside that date (_gregorian_date_at), with this value, not the nearest day of its name."""
        if not self.in_set(k, self.language.dateline_links):
            return None
        nt = self.tok(k + 1)
        if nt is None or nt.kind != NUM:
            return None
        drafts = self._numeric_date(k + 1)
        if not isinstance(drafts, list) or not drafts:
            month = self._month_at(k + 2)
            day = self._day_value(nt)
            if month is None or month[2] != "hijri" or day is None:
                return None
            drafts = self._month_without_day_after(k + 2, k + 1, month[1], month, day, False)
            if not isinstance(drafts, list) or not drafts:
                return None
        first = drafts[0]
        if first.calendar != "hijri" or first.precision != "day" or not isinstance(first.value, str):
            return None
        return date.fromisoformat(first.value)

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

    def _days_restated_after_ar(self, i: int, k: int) -> bool:
        """Arabic: the weekday at i (ending before token k) is one of two joined by "و" that two days of a month
        restate right after, maybe past a comma ("الأربعاء والخميس، 9 و10 من أيار", "يومي الأحد والاثنين 10 و11
        نوفمبر"): the days are the dates, the weekdays add none (as one weekday before its date)."""
        if self._and_weekday(k):
            k += 1  # the first of the pair
        elif not self._and_weekday(i) or self.strip(self.word_key(i - 1) or "", self.language.weekdays) is None:
            return False  # (most weekdays: no second one before or after)
        if self._sym_at(k, "،") or self._sym_at(k, ","):
            k += 1
        first, link, second = self.tok(k), self.word_key(k + 1), self.tok(k + 2)
        if first is None or second is None or link != self.language.and_prefix or \
                self._day_value(first) is None or self._day_value(second) is None:
            return False
        k += 3
        if self.word_key(k) in self.language.day_of_month_links:
            k += 1  # "5 و6 من آب"
        return self._month_at(k) is not None

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
        return self._report_day_before_date(i, i + 1)

    def _report_day_before_date(self, i: int, end: int) -> list[Draft]:
        """The day named from token i to before `end`, in front of its full date, as the report's day (no value: the
        date says it): kept to be dropped, it marks the date after it as the report's too
        (report_time._mark_restated_report_date)."""
        drafts = self._inferred_day_draft(i, end, None)
        drafts[0].report_time = True
        return drafts

    def _date_follows_weekday(self, i: int) -> bool:
        """A weekday in front of a full date adds nothing: the date is the claim ("الثلاثاء 13 فبراير", "Monday,
        March 7", "يوم الأحد الثاني من أغسطس", "يوم الخميس 14/10/1436هـ")."""
        j = i + 1
        direction = self.word_key(j)
        if self.ar and (direction in self.language.weekday_past or direction in self.language.weekday_future):
            j += 1  # "يوم الخميس الماضي 3 مارس/آذار (2022)"
        if not self.ar and self.word_key(j) in self.language.weekday_slot_day_parts and \
                self.tok(j + 1) is not None and self.toks[j + 1].text in ",(":
            j += 1  # "on Saturday morning (July 27)": the day part, then the date restated
        if self.tok(j) is not None and self.toks[j].kind == SYM and (self.toks[j].text in ",،" or (
                not self.ar and self.toks[j].text in "([")):
            j += 1  # "Monday, March 7"; "on Tuesday (December 20)", "on Thursday [January 9]"
        if self.in_set(j, self.language.dateline_links):
            j += 1 if self.word_key(j + 1) in self.language.dateline_link_particles else 0  # "الموافق لـ 16 أبريل"
            return self._gregorian_date_at(j + 1)  # "ليوم الأربعاء الموافق 14 مايو 2025": the date it falls on
        if self.in_set(j, self.language.weekday_date_nouns):
            j += 1  # "يوم الثلاثاء بتاريخ 19/10/1436هـ": the weekday's own date, in either calendar, is the claim
        elif self.in_set(j, self.language.weekday_falls_on):  # "نهار الأحد الواقع في 16 مايو 2021"
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
        bracket = opening in DAY_BRACKETS  # "اليوم (الخميس)", 'اليوم "الأربعاء"', "اليوم «الأربعاء»"
        day, close = self.tok(j + 1 if bracket else j), self.tok(j + 2) if bracket else None
        if day is None or day.kind != WORD or (bracket and (close is None or close.text != DAY_BRACKETS[opening])):
            return self._weekday_between_commas(i, j, offset) if opening in COMMAS else None  # ("أمس الأول، الثلاثاء،")
        stripped = self.strip(day.text if data.case_sensitive_months else day.key, data.weekdays,
                              data.proclitics_weekday_after_word)  # (English weekdays only with their capital)
        if stripped is None:
            return None
        if self._date_follows_weekday(j + 2 if bracket else j):
            if self.ar and self._report_time(i):  # "أعلن البنك المركزي في عدن، اليوم الأحد 6 نوفمبر، عن": the report's
                return self._report_day_before_date(i, j + 3 if bracket else j + 1)  # day
            return Skip(j + 3 if bracket else j + 1)  # "أول أمس الخميس 5 مارس", "هذا اليوم السبت 9/10/1436هـ", 'اليوم
            # "الخميس" 22 فبراير': the date is the claim
        resolved = None
        if self.published is not None:
            resolved = _weekday_wins(self.published + timedelta(days=offset), data.weekdays[stripped[1]], offset)
        return self._report_marked(self._inferred_day_draft(i, j + 3 if bracket else j + 1, resolved), i)
