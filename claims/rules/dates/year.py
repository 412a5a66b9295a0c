"""Dates: years, year ranges and calendar markers after a year."""

from __future__ import annotations

import re
from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Skip
from claims.normalize import normalize_word
from claims.rules.dates.year_like import (
    CALENDAR_YEARS,
    HIJRI_YEARS,
    MONTH_YEARS,
    NEWS_YEARS,
    UNMARKED_YEARS,
    year_like_digits,
)

MAX_BC_YEAR = 9999  # the largest year before Christ read as one ("10 آلاف عام قبل الميلاد" is a count)
YEAR_NOUN_ADJECTIVES = 2  # definite adjectives between a year noun and the year it names ("العام المالي الحالي 2020")
COUNT_SUBJECT_REACH = 24  # tokens looked back for "عدد"/"حصيلة" before a rise to a year-like figure
PERCENT_CHANGE_WORDS = 3  # lower-case words from a percent to the "over" of its base year ("12.1% rise in sales")
_HIJRI_YEAR_RE = re.compile(r"[0-9٠-٩]\s?(?:هـ|ه(?!\w)|هجري|للهجرة)")  # "204هـ" anywhere in a sentence
EDGE_MARKS = "\"'()[]«»،,.؛:"  # marks glued to a word of a sentence split on spaces


def _iso_year(astronomical: int) -> str:
    """ISO 8601 text of an astronomical year: 0 -> "0000", -1319 -> "-1319", -43 -> "-0043"."""
    return f"-{-astronomical:04d}" if astronomical < 0 else f"{astronomical:04d}"


class YearRules(Cursor):
    """Years."""

    def _year_at(self, j: int, hijri: bool) -> tuple[int, int, str | None] | None:
        """(year, end index, marker calendar) for a year at token j (optionally after a comma)."""
        t = self.tok(j)
        if t is not None and t.kind == SYM and (
                t.text in ",،" or (self.ar and t.text == ")" and self._opened_before(j))):
            j += 1  # (or "(شهر مارس) عام 2019م": the month in brackets, its year after them)
            t = self.tok(j)
        if self.ar and t is not None and t.text == "(" and (close := self.tok(j + 2)) is not None and close.text == ")":
            found = self._year_at(j + 1, hijri)  # "12 سبتمبر/أيلول (2022)": the year in brackets
            return None if found is None or found[1] != j + 2 else (found[0], j + 3, found[2])
        data = self.language
        if t is not None and t.kind == WORD and t.key in data.day_of_month_links and \
                self.word_key(j + 1) in data.month_year_links:
            j += 1  # "ديسمبر من عام 2016"
            t = self.tok(j)
        if t is not None and t.kind == WORD and t.key in data.month_period_nouns and (
                self.word_key(j + 1) in data.month_year_links or (
                    (y := self.tok(j + 1)) is not None and y.kind == NUM and len(y.text) == 4 and y.text.isdigit())):
            j += 1  # "the April-June quarter of 2023", "the March quarter 2018": the year of the quarter's months
            t = self.tok(j)
        if t is not None and t.kind == WORD and t.key in data.month_year_links:
            j += 1  # "يناير عام 2009", "11 سبتمبر (أيلول) عام 2001"
            t = self.tok(j)
        if t is not None and t.kind == WORD and not hijri and (spelled := self.spelled_year_at(j)) is not None:
            return spelled[0], spelled[1], None  # "آذار ألفين وخمسة عشر" (year_spelled_ar.py)
        if t is None or t.kind != NUM:
            return None
        digits = t.text
        if not digits.isdigit() or len(digits) != 4:
            return None
        year = int(digits)
        end, marker = self._year_marker(j + 1)
        if marker == "hijri" or hijri:
            if year not in HIJRI_YEARS:
                return None
        elif year not in MONTH_YEARS:
            return None
        return year, end, marker

    def _opened_before(self, j: int) -> bool:
        """The bracket closing at token j opened at most three tokens before it (a month in brackets)."""
        return any(self.tok(k) is not None and self.toks[k].text == "(" for k in range(max(0, j - 3), j))

    def _year_cue_before(self, i: int) -> bool:
        data = self.language
        prev = self.tok(i - 1)
        if self.in_set(i - 1, data.year_cues):
            return not (prev.key in data.and_words and self._and_count_ar(i))
        # "بين عامي 2010 و2014": the و is glued to the second year.
        if prev is not None and prev.kind == WORD and self.glued(i) and prev.key in data.proclitics_year_glued:
            return not self._and_count_ar(i)
        if prev is not None and prev.kind == WORD and prev.key in data.or_words and self._is_year_token(i - 2):
            return True  # "في 2016 او 2017": the second year of an alternative
        if prev is not None and prev.kind == SYM and prev.text in "(-–,،/":
            return self.in_set(i - 2, data.year_cues) or (self.tok(i - 2) is not None and
                                                       self._month_at(i - 2) is not None)
        if self.ar and self.word_key(i - 1) in data.current_year_words and self.in_set(i - 2, data.year_cues):
            return True  # "الربع الثالث من العام الجاري 2019": the current year, then named
        return self.ar and (self._compared_year_ar(i) or self._event_year_ar(i) or self._glued_cue_ar(i) or
                            self._year_noun_phrase_ar(i))

    def _and_count_ar(self, i: int) -> bool:
        """Arabic: the figure at i, "و" before it, counts the noun after it when no year stands before the "و"
        ("2500 أسرة مواطنة، و1800 أسرة مقيمة"; not "بين عامي 2010 و2014")."""
        return self.ar and not self._is_year_token(i - 2) and self._counted_at(i + 1)

    def _year_noun_phrase_ar(self, i: int) -> bool:
        """Arabic: a year named after a year noun and its definite adjectives ("العام الماضي 2023", "للعام المالي
        الحالي 2020", "السنة الدراسية 2019") or after a budget noun of `year_phrase_nouns` and its definite complement
        ("ميزانية الدولة 2022-2023"): the phrase names the year the figure restates, not what it counts."""
        data = self.language
        k = i - 1
        while k >= i - YEAR_NOUN_ADJECTIVES and (key := self.word_key(k)) is not None and \
                key.startswith(data.definite_article) and key not in data.relative_year_nouns:
            k -= 1
        key = self.word_key(k) or ""
        if key.startswith("لل"):
            key = data.definite_article + key[2:]  # "للعام": ل before the article drops its alef
        return k < i - 1 and (key in data.relative_year_nouns or self.in_set(k, data.relative_year_nouns) or
                              self.in_set(k, data.year_phrase_nouns))  # "ميزانية الدولة 2022"

    def _compared_year_ar(self, i: int) -> bool:
        """Arabic: "مقارنة مع 2009", "بالمقارنة مع 2010": a year compared with (the glued "مقارنة بـ2009" is a
        glued proclitic above)."""
        data = self.language
        return self.word_key(i - 1) in data.year_comparison_links and self.in_set(i - 2, data.year_comparison_words)

    def _event_year_ar(self, i: int) -> bool:
        """Arabic: a year in an event's name dates the event ("مونديال 2026", "تصفيات كأس العالم قطر 2022",
        "لأولمبياد 2020"): an event word (`event_year_names`) among the three words right before, only words between."""
        data = self.language
        for k in range(i - 1, max(-1, i - 4), -1):
            if self.toks[k].kind != WORD:
                return False
            if self.in_set(k, data.event_year_names):
                return True
        return False

    def _glued_cue_ar(self, i: int) -> bool:
        """Arabic: a year cue typed without its space after a percent word ("4.6 في المائةسنة 2011")."""
        data = self.language
        key = self.word_key(i - 1) or ""
        for cue in data.month_year_links:
            stem = key[:-len(cue)]
            if key.endswith(cue) and len(stem) >= 4 and any(p.endswith(stem) for p in data.percent_words):
                return True  # ("المائه" is "بالمائه" without its proclitic)
        return False

    def _is_year_token(self, k: int) -> bool:
        t = self.tok(k)
        return t is not None and t.kind == NUM and year_like_digits(t.text, UNMARKED_YEARS)

    def _figure_of_year(self, i: int) -> bool:
        """"fell from 1640 in 2017 to 1195": a year-like figure before "in"/"during" (`year_period_links`) and a year
        is a figure of that year, no year itself; so is "NNNNم" right after a measure noun ("على ارتفاع 1600م",
        "بمساحة 1000م2": metres, as below 1000 in _short_year)."""
        if self.ar and self.in_set(i - 1, self.language.identifier_measure_heads) and \
                self._year_marker(i + 1)[1] == "gregorian" and len(self.toks[i + 1].key) == 1:
            return True
        return self.word_key(i + 1) in self.language.year_period_links and self._is_year_token(i + 2)

    def _year(self, i: int) -> list[Draft] | Skip | None:
        t = self.toks[i]
        marked = self._bc_year(i) or self._fiscal_year_en(i)
        if marked is not None:
            return marked
        if t.text.isdigit() and len(t.text) in (2, 3):
            return self._short_year(i)
        if t.text.isdigit() and len(t.text) == 8:
            return self._glued_year_pair(i)
        if not (t.text.isdigit() and len(t.text) == 4) or self._figure_of_year(i):
            return None
        year = int(t.text)
        data = self.language
        end, marker = self._year_marker(i + 1)
        glued_marker = marker is not None and self.glued(i + 1)
        cue = self._year_cue_before(i)
        if marker == "hijri" or (year in HIJRI_YEARS and cue and self.ar and
                                 self.in_set(i - 1, data.hijri_year_nouns)):
            if year not in HIJRI_YEARS:
                return None
            return self._hijri_year_skip(i, end, year)
        if year not in UNMARKED_YEARS and marker is None:
            return self._uncommon_year(i, end, year)
        if marker is None and not glued_marker:
            until = self.word_key(i - 1) in data.until_words
            possessive = self._possessive_year(i)  # "above 2004's average": a year after any word
            period = self.word_key(i + 1) in data.period_figure_nouns  # "above 2009 market", "below 2008 levels"
            qualifier = self.phrase_before(i, data.qualifiers)
            if qualifier is not None and (self.word_key(qualifier[1] - 1) in data.topic_words or
                                          self._percent_ends_at(qualifier[1])):
                qualifier = None  # "optimistic about 2005": what the feeling is about; "grew by 6.3% over 2019":
                # the year a change is measured against
            if self._unit_follows(i) or (qualifier is not None and not until and not possessive and not period):
                return None
            before = self.word_key(i - 1)
            if (not cue or before in data.share_links) and not period and self._measure_after(i + 1) is not None \
                    and self.word_key(i + 1) not in data.units_before:  # (not "the 1994 magnitude 6.6 quake")
                return None  # "the 2078 km corridor", "its 2000 MW plant", "a length of 1918 kilometres": a measure
            if not cue and not self.ar and (before in data.year_determiners or (before or "").endswith("'s") or
                                            self._event_year_en(i) or (
                    self.tok(i + 1) is not None and self.toks[i + 1].kind == WORD and
                    self.toks[i + 1].text[:1].isupper())):
                # "the 2008 Olympic Games", "its 2004 earnings": a year used as an adjective.
                return self._year_range(i, end, year, "gregorian") or self._date_draft(i, end, year, None, None,
                                                                                        "gregorian")
            if not period and (not cue or self._rise_to_count_ar(i)):
                # A year-like number followed by what it counts is a count ("2000 شخص", "2000 people").
                if self._counted_after(i + 1, NumberExpr(Decimal(year), i, i + 1, plain_digits=t.text)):
                    return None
        return self._year_range(i, end, year, "gregorian") or self._date_draft(i, end, year, None, None,
                                                                                "gregorian")

    def _glued_year_pair(self, i: int) -> list[Draft] | None:
        """"للسنة المالية 20152016": a fiscal or school year typed without its slash, two years in a row after a year
        cue (`year_cues`; an adjective such as "المالية" may stand between), is the year range it names."""
        text = self.toks[i].text
        first, second = int(text[:4]), int(text[4:])
        if second != first + 1 or first not in NEWS_YEARS:
            return None
        prev = self.tok(i - 1)
        if not self._year_cue_before(i) and not (prev is not None and prev.kind == WORD and
                                                 self.in_set(i - 2, self.language.year_cues)):
            return None
        draft = Draft("date", self.toks[i].start, self.toks[i].end, value=text[:4], value_high=text[4:],
                      precision="year")
        return [draft]

    def _fiscal_year_en(self, i: int) -> list[Draft] | Skip | None:
        """"in FY24", "FY2022-2023", "FY23-24": digits glued after a fiscal-year prefix (`fiscal_year_prefixes`)
        are the year as written, two digits in this century or the last ("FY99"), or the range they open; the claim
        spans the prefix. After a month ("July of FY24") the year is the month's: one claim, the month's."""
        text = self.toks[i].text
        if not self.glued(i) or self.word_key(i - 1) not in self.language.fiscal_year_prefixes or \
                not self.toks[i - 1].text.isupper() or not text.isdigit() or len(text) not in (2, 4):
            return None
        k = i - 3 if self.word_key(i - 2) == "of" else i - 2
        if self.tok(k) is not None and (self.toks[k].text,) in self.language.months:
            return Skip(i + 1)  # (the fiscal year's month: which calendar year depends on where the year starts)
        year = int(text) if len(text) == 4 else int(text) + (1900 if int(text) > 50 else 2000)
        drafts = self._year_range(i, i + 1, year, "gregorian") or self._date_draft(i, i + 1, year, None, None,
                                                                                    "gregorian")
        for d in drafts or []:
            d.start = self.toks[i - 1].start
        return drafts

    def _rise_to_count_ar(self, i: int) -> bool:
        """Arabic "إلى" before a year-like figure with a victim noun after it ("إلى 1985 إصابة"), or an indefinite
        accusative noun after it and a count subject ("عدد", "حصيلة") earlier in the sentence ("ارتفع عدد الوفيات
        إلى 1895 شخصا"): the end of a rise, which the counted noun (read by the caller) says is a count. Not "حتى"
        (until), and not an adverb alone after the year ("تأجل الافتتاح إلى 2026 مجددا"), nor
        "من 2010 إلى 2015 تضاعف"."""
        data = self.language
        if not self.ar or not self.in_set(i - 1, data.change_connectors) or self.in_set(i - 1, data.until_words):
            return False
        after = self.word_key(i + 1) or ""
        if after.startswith(data.definite_article):
            return False
        if self.in_set(i + 1, data.victim_cues):
            return True
        return after.endswith("ا") and self._count_subject_before(i - 1)

    def _count_subject_before(self, j: int) -> bool:
        """A count subject ("عدد", "حصيلة": `count_of_nouns`) among the sentence's last COUNT_SUBJECT_REACH tokens
        before token j."""
        start = self.bounds[0]
        for k in range(j - 1, max(j - 1 - COUNT_SUBJECT_REACH, -1), -1):
            if self.toks[k].start < start:
                break
            if self.in_set(k, self.language.count_of_nouns):
                return True
        return False

    def _bc_year(self, i: int) -> list[Draft] | None:
        """A year before Christ ("عام 1320 قبل الميلاد", "500 ق.م", "44 BC"), or a range of two marked once after the
        second ("بين عامي 1250 و1248 قبل الميلاد"): an ISO 8601 astronomical year (1 BC is 0000, 1320 BC is
        -1319; bench/devset/GUIDELINES.md), the earlier year as the value."""
        t = self.toks[i]
        if not self.language.bc_year_words or not t.text.isdigit() or not 1 <= int(t.text) <= MAX_BC_YEAR:
            return None
        end = self._bc_marker_end(i + 1)
        if end is None and self.in_set(i + 1, self.language.bc_year_units):
            end = self._bc_marker_end(i + 2)  # "300 عام قبل الميلاد": years back to Christ, the year 300 BC
        second: int | None = None
        if end is None:
            link, nxt, after = self.tok(i + 1), self.tok(i + 2), i + 3
            if link is not None and link.kind == NUM and self._tatweel_dash_before(i + 1):
                nxt, after = link, i + 2  # "(323 ـ 31 ق.م)": a tatweel as the dash (gone from the normalized text)
            elif link is None or not (
                    link.text in "-–" or (link.kind == WORD and link.key in self.language.year_range_connectors)):
                return None
            if nxt is None or nxt.kind != NUM or not nxt.text.isdigit():
                return None
            end = self._bc_marker_end(after)
            second = int(nxt.text)
            if end is None or not 1 <= second <= MAX_BC_YEAR or second == int(t.text):
                return None
        years = sorted({1 - int(t.text), 1 - (second if second is not None else int(t.text))})
        return [Draft("date", t.start, self.toks[end - 1].end, value=_iso_year(years[0]),
                      value_high=_iso_year(years[1]) if len(years) > 1 else None, precision="year",
                      calendar="gregorian")]

    def _bc_marker_end(self, j: int) -> int | None:
        """End index of a before-Christ marker at token j: an opener and its word ("قبل الميلاد", "ق.م", "ق م")
        where the language has openers, else one word ("BC", "BCE")."""
        data = self.language
        if data.bc_year_openers:
            if self.word_key(j) not in data.bc_year_openers:
                return None
            j += 1
            if self.tok(j) is not None and self.toks[j].text == "." and self.glued(j):
                j += 1  # "ق.م"
        elif self.word_key(j) is not None and self.word_key(j + 2) is not None and self.glued(j + 1):
            return self._dotted_bc_marker_end(j)  # "1550 B.C.", "30 B.C.E."
        return j + 1 if self.word_key(j) in data.bc_year_words else None

    def _dotted_bc_marker_end(self, j: int) -> int | None:
        """End index of a marker spelled in dotted letters ("B.C.", "B.C.E."): single letters glued to their dots,
        read together as one marker word."""
        letters, k = "", j
        while (key := self.word_key(k)) is not None and len(key) == 1 and (k == j or self.glued(k)) and \
                self.tok(k + 1) is not None and self.toks[k + 1].text == "." and self.glued(k + 1):
            letters, k = letters + key, k + 2
        return k if len(letters) > 1 and letters in self.language.bc_year_words else None

    def _percent_ends_at(self, k: int) -> bool:
        """English: a percent sign or word ends right before token k ("11.7%| over", "5 per cent| above"), or before
        up to PERCENT_CHANGE_WORDS lower-case words naming the change ("a 7.4% rise in bookings| over")."""
        if self.ar:
            return False
        for m in range(k, max(0, k - PERCENT_CHANGE_WORDS - 1), -1):
            if self._percent_right_before(m):
                return True
            w = self.tok(m - 1)
            if w is None or w.kind != WORD or not w.text.islower():
                return False
        return False

    def _percent_right_before(self, k: int) -> bool:
        before, data = self.tok(k - 1), self.language
        if before is None:
            return False
        return before.text == "%" or before.key in data.percent_words or any(
            tuple(self.word_key(k - len(ph) + m) for m in range(len(ph))) == ph for ph in data.percent_phrases)

    def _uncommon_year(self, i: int, end: int, year: int) -> list[Draft] | Skip | None:
        """An unmarked year outside UNMARKED_YEARS: a Hijri pair, or an old year after its cue."""
        data = self.language
        t = self.toks[i]
        if self.ar and year in HIJRI_YEARS:
            # "الموسم الزراعي 1436 /1437هـ": a Hijri year pair marked after its second year.
            sep, second = self.tok(i + 1), self.tok(i + 2)
            if sep is not None and sep.text in "/-" and second is not None and second.kind == NUM and \
                    second.text == str(year + 1) and self._year_marker(i + 3)[1] == "hijri":
                return self._hijri_year_skip(i, i + 1, year)
        if year in CALENDAR_YEARS and year < UNMARKED_YEARS.start and (self.in_set(i - 1, data.old_year_cues) or (
                not self.ar and (self.word_key(i - 1) in data.old_year_cues or self._possessive_year(i)))):
            # "founded in 1337", "منذ عام 1500": an old year after its cue, unless it counts or measures
            if not self._counted_after(i + 1, NumberExpr(Decimal(year), i, i + 1, plain_digits=t.text)) and \
                    self._measure_after(i + 1) is None and not self._unit_follows(i):
                return self._date_draft(i, end, year, None, None, "gregorian")
        return None

    def _hijri_year_skip(self, i: int, end: int, year: int) -> list[Draft] | Skip | None:
        """A Hijri year alone, or a pair of them ("عام 1437هـ", "موسم 1420هـ", "العام الدراسي 1436/1437هـ"), is no
        claim: it spans parts of two Gregorian years, so it has no single ISO value (bench/devset/GUIDELINES.md);
        the whole of it is passed over, so no bare number is read from it either. With a day or a month it is a date
        (rules/dates/month.py, numeric.py); restated by a Gregorian year right after it, it stays (a checkable pair)."""
        pair = self._year_range(i, end, year, "hijri")
        if pair is None and self._gregorian_twin_after(end):
            # "عام 1391هـ الموافق 1971م", "عام 1359هـ (1940م)": kept, so the pair can be checked against the calendar
            # (checkers/calendar); the annotation gives the Gregorian year, which stays a claim of its own.
            return self._date_draft(i, end, year, None, None, "hijri")
        return Skip(self._index_after(pair[0].end) if pair else end)

    def _gregorian_twin_after(self, j: int) -> bool:
        """A Gregorian year restating a Hijri one right after it (token j on): after "الموافق", in brackets, or after
        a comma when a marker says which is which ("1435هـ، 2014م", "1395 هجرية، 1975")."""
        t = self.tok(j)
        if t is None:
            return False
        comma = t.kind == SYM and t.text in ",،"
        if not (comma or self.in_set(j, self.language.dateline_links) or (t.kind == SYM and t.text == "(")):
            return False
        spelled = len(self.word_key(j - 1) or "") > 2  # "هجرية", not "هـ"
        j += 1
        if self.in_set(j, self.language.month_year_links):
            j += 1  # "الموافق عام 1971م"
        nxt = self.tok(j)
        if nxt is None or nxt.kind != NUM or len(nxt.text) != 4 or not nxt.text.isdigit():
            return False
        marker = self._year_marker(j + 1)[1]
        return marker != "hijri" and (not comma or marker == "gregorian" or spelled)

    def _possessive_year(self, i: int) -> bool:
        """English: the number at i carries a possessive ("2004's average", "1776's Wealth of Nations")."""
        apostrophe = self.tok(i + 1)
        return not self.ar and apostrophe is not None and apostrophe.text in "'’" and self.glued(i + 1) \
            and self.word_key(i + 2) == "s" and self.glued(i + 2)

    def _short_year(self, i: int) -> list[Draft] | None:
        """"class of '83" (an apostrophe before two digits) and marked years below 1000 ("بين 610 و632 ميلادي")."""
        t, prev = self.toks[i], self.tok(i - 1)
        if len(t.text) == 2:
            if self.ar or prev is None or prev.text not in "'’" or not self.glued(i) or self._unit_follows(i):
                return None
            nxt = self.tok(i + 1)
            if nxt is not None and nxt.kind == WORD and self.glued(i + 1):
                return None  # "'90s" is a decade
            yy = int(t.text)
            return self._date_draft(i - 1, i + 1, (1900 if yy > 30 else 2000) + yy, None, None, "gregorian")
        end, marker = self._year_marker(i + 1)
        year = int(t.text)
        if marker == "gregorian" and self.ar and len(self.toks[i + 1].key) == 1 and self._metres_not_year_ar(i):
            return None  # "برونزية 400م", "سباق 800م": "م" is metres too; a year below 1000 needs its cue ("عام 622م")
        if marker == "gregorian":
            return self._date_draft(i, end, year, None, None, "gregorian")
        link, second = self.tok(i + 1), self.tok(i + 2)
        if link is not None and link.kind == WORD and link.key in self.language.year_range_connectors and \
                second is not None and second.kind == NUM and second.text.isdigit() and \
                len(second.text) in (3, 4) and self._year_marker(i + 3)[1] == "gregorian":
            return self._year_range(i, i + 1, year, "gregorian")  # "بين 610 و632 ميلادي"
        return None

    def _metres_not_year_ar(self, i: int) -> bool:
        """Arabic "NNNم" below 1000: metres after a measure noun within three tokens ("بطول 500م", "مسافة 800م") or
        "على بعد"; else a year with a year cue, a Hijri year just before ("120هـ = 738م"), a verb of founding, birth or
        death within four tokens before (`history_year_verbs`: "وشيد المسجد 785م") or a century or a Hijri year in
        its sentence (`century_nouns`: "في القرن الثامن، وتحديدا 785م": history copy); else metres."""
        data = self.language
        if any(self.in_set(k, data.identifier_measure_heads) for k in range(max(0, i - 3), i)) or \
                (self.word_key(i - 1) == "بعد" and self.word_key(i - 2) == "علي"):
            return True
        if self._year_cue_before(i) or self._hijri_year_before(i) or \
                any(self.in_set(k, data.history_year_verbs) for k in range(max(0, i - 4), i)):
            return False
        sentence = self.ex.text[self.bounds[0]:self.bounds[1]]
        return _HIJRI_YEAR_RE.search(sentence) is None and \
            not any(normalize_word(w.strip(EDGE_MARKS)) in data.century_nouns for w in sentence.split())

    def _hijri_year_before(self, i: int) -> bool:
        """A Hijri year marked within the four tokens before token i: "120هـ = 738م" gives its Gregorian year."""
        return any(self._year_marker(k)[1] == "hijri" for k in range(max(0, i - 4), i))

    def _short_year_after(self, j: int) -> bool:
        """An apostrophe at j glued to the dash before it and to two digits after it ("-'09")."""
        mark, digits = self.tok(j), self.tok(j + 1)
        return mark is not None and mark.text in "'’" and self.glued(j) and digits is not None and \
            digits.kind == NUM and len(digits.text) == 2 and self.glued(j + 1)

    def _year_range(self, i: int, end: int, year: int, calendar: str) -> list[Draft] | None:
        """2010-2014, 2014/2015, 2014/15, "from 2010 to 2014", "بين عامي 2010 و2014"."""
        j = end
        t = self.tok(j)
        if t is None:
            return None
        if t.kind == SYM and t.text in "/-" and j + 1 < self.n and self.toks[j + 1].kind == NUM:
            second = self.toks[j + 1]
            k = j + 2
        elif t.kind == SYM and t.text == "-" and self._short_year_after(j + 1):
            second = self.toks[j + 2]  # "2008-'09": the second year's century left off with an apostrophe
            k = j + 3
        elif t.kind == WORD and t.key in self.language.year_range_connectors and j + 1 < self.n and \
                self.toks[j + 1].kind == NUM:
            second = self.toks[j + 1]
            k = j + 2
            if t.key in self.language.and_words and not self.in_set(i - 1, self.language.year_pair_openers):
                return None
        else:
            return None
        if not second.text.isdigit():
            return None
        if len(second.text) == 2 and t.kind == SYM:
            y2 = (year // 100) * 100 + int(second.text)
            if y2 == year - 99:
                y2 = year + 1  # "1899/00", "the 1999-00 season": the next year across a century
        elif len(second.text) == 1 and t.kind == SYM and self.glued(j) and self.glued(j + 1):
            y2 = (year // 10) * 10 + int(second.text)  # "2005-6"
        elif len(second.text) == 4 or (len(second.text) == 3 and self._year_marker(j + 2)[1] == "gregorian"):
            y2 = int(second.text)
        else:
            return None
        if not year < y2 <= year + 200:
            return None
        k, _ = self._year_marker(k)
        drafts = self._date_draft(i, k, year, None, None, calendar)
        if not drafts:
            return None
        high = self._date_draft(i, k, y2, None, None, calendar)
        if high:
            drafts[0].value_high = high[0].value
        return drafts
