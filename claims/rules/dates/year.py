"""Dates: years, year ranges and calendar markers after a year. Years outside the common form (before Christ, Hijri,
old, short) are its base's, year_uncommon.py."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.marks import OPENING_QUOTES_EN
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Skip
from claims.rules.dates.year_like import (
    HIJRI_YEARS,
    MONTH_YEARS,
    NEWS_YEARS,
    UNMARKED_YEARS,
    year_like_digits,
)
from claims.rules.dates.year_uncommon import UncommonYearRules

YEAR_NOUN_ADJECTIVES = 2  # definite adjectives between a year noun and the year it names ("العام المالي الحالي 2020")
COUNT_SUBJECT_REACH = 24  # tokens looked back for "عدد"/"حصيلة" before a rise to a year-like figure
PERCENT_CHANGE_WORDS = 3  # lower-case words from a percent to the "over" of its base year ("12.1% rise in sales")


class YearRules(UncommonYearRules):
    """Years."""

    def _year_at(self, j: int, hijri: bool) -> tuple[int, int, str | None] | None:
        """(year, end index, marker calendar) for a year at token j (optionally after a comma)."""
        t = self.tok(j)
        if t is not None and t.kind == SYM and (
                t.text in ",،" or (self.ar and t.text == ")" and self._opened_before(j))):
            j += 1  # (or "(شهر مارس) عام 2019م": the month in brackets, its year after them)
            t = self.tok(j)
        if t is not None and t.text == "(" and (close := self.tok(j + 2)) is not None and close.text == ")":
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
        ("2300 عائلة مواطنة، و1600 عائلة مقيمة"; not "بين عامي 2010 و2014")."""
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
        marked = self._bc_year(i) or self._fiscal_year_en(i) or (None if self.ar else self._year_month_period_en(i))
        if marked is not None:
            return marked
        if t.text.isdigit() and len(t.text) in (2, 3):
            return self._short_year(i)
        if t.text.isdigit() and len(t.text) == 8:
            return self._glued_year_pair(i)
        if not (t.text.isdigit() and len(t.text) == 4) or self._figure_of_year(i) or \
                (self.ar and self.ranked_year_like_ar(i)):  # "فالوفاق بـ2050": a ranked count (counts_ranked_ar.py)
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
            possessive = self._possessive_year(i)  # "above 2004's average": a year after any word
            unit = self._unit_follows(i)  # (not_claims/identifiers.py)
            grammar = self._year_by_grammar_en(i, unit)  # "the projected 2030 population", "2004 reinforces the trend"
            period = grammar or self.word_key(i + 1) in data.period_figure_nouns  # "below 2008 levels"
            qualifier = self.phrase_before(i, data.qualifiers) or self._qualifier_before_bracket(i)
            until = self.word_key(i - 1) in data.until_words or (  # "until at least 2008": past its qualifier
                qualifier is not None and self.word_key(qualifier[1] - 1) in data.until_words)
            if qualifier is not None and (self.word_key(qualifier[1] - 1) in data.topic_words or
                                          self._percent_ends_at(qualifier[1])):
                qualifier = None  # "optimistic about 2005": what the feeling is about; "grew by 6.3% over 2019":
                # the year a change is measured against
            if (unit and not grammar) or (
                    qualifier is not None and not until and not possessive and not period):
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
                if not self._clause_after_year_ar(i + 1, year) and \
                        self._counted_after(i + 1, NumberExpr(Decimal(year), i, i + 1, plain_digits=t.text)):
                    return None
        return self._year_range(i, end, year, "gregorian") or self._date_draft(i, end, year, None, None,
                                                                                "gregorian")

    def _year_by_grammar_en(self, i: int, unit: bool) -> bool:
        """English: the year-like figure at i is a year by the grammar around it (below): a verb's subject whatever
        follows it, modified only with no unit after it (`unit`: _unit_follows)."""
        return not self.ar and ((self._year_modified_en(i) and not unit) or self._year_subject_en(i))

    def _year_modified_en(self, i: int) -> bool:
        """English: a year-like figure of news (NEWS_YEARS) between a determiner and a lower-case modifier before it
        and a singular noun after it ("the projected 2030 population", "the coming 2026 fiscal year") is a year
        used as an adjective: a figure over one would count a plural ("the remaining 2000 people", "an estimated
        2000 jobs" stay counts), except one no count is written as (_plural_of_year_en), also after a possessive."""
        before = self.tok(i - 1)
        if before is None or before.kind != WORD or not before.text.islower() or \
                int(self.toks[i].text) not in NEWS_YEARS:
            return False
        owner = self.tok(i - 2)
        if owner is not None and (owner.key.endswith(("'s", "\u2019s")) or (
                owner.text in ("'", "\u2019") and self.glued(i - 2) and (self.word_key(i - 3) or "").endswith("s"))):
            return self._plural_of_year_en(i)  # "Adams' original 1977 scripts": a possessive in the determiner's place
        if self.word_key(i - 2) not in self.language.year_determiners:
            return False
        return self._singular_noun_en(i + 1) or self._plural_of_year_en(i)

    def _plural_of_year_en(self, i: int) -> bool:
        """"the awesome 1967 tourists", "this famous 1979 series": after a determiner and a modifier, a figure that no
        count would be written as (four digits, no thousands comma, not a round ten: "the remaining 2000 people"
        stays a count) before a lower-case plural is the year of what the plural names."""
        t = self.tok(i + 1)
        return int(self.toks[i].text) % 10 != 0 and t is not None and t.kind == WORD and t.text.isalpha() and \
            t.text.islower() and t.key.endswith("s") and t.key not in self.language.time_nouns

    def _year_subject_en(self, i: int) -> bool:
        """English: a year-like figure of news opening its clause (the sentence's first token, after a quote or
        bracket, or after "of" ending the phrase before: "the first half of 2021 shows the sharpest fall") before a
        word in -s and a determiner: the word is the verb the year is the subject of ("2004 reinforces the trend"),
        not a plural the figure counts (a count's noun is not followed by "the")."""
        after, then = self.tok(i + 1), self.word_key(i + 2)
        if after is None or after.kind != WORD or then not in self.language.year_subject_objects or \
                not after.text.islower() or not after.key.endswith("s") or after.key.endswith("ss") or \
                after.key in self.language.count_nouns or int(self.toks[i].text) not in NEWS_YEARS:
            return False
        before = self.tok(i - 1)
        return before is None or before.start < self.bounds[0] or before.text in OPENING_QUOTES_EN or \
            before.text == "(" or before.key in self.language.year_subject_openers

    def _singular_noun_en(self, k: int) -> bool:
        """A lower-case word at k that is no plural, no count noun and no word that never follows a counted
        figure (`not_counted`): "population", "fiscal"."""
        t, data = self.tok(k), self.language
        return t is not None and t.kind == WORD and t.text.isalpha() and t.text.islower() and len(t.text) > 2 and \
            (not t.key.endswith("s") or t.key.endswith("ss")) and t.key not in data.count_nouns and \
            t.key not in data.not_counted and t.key not in data.time_nouns

    def _clause_after_year_ar(self, j: int, year: int) -> bool:
        """Arabic: the word at j after a year of news opens the next clause, no noun the figure counts: a verb of
        purpose ("المحلية 2023 لتتواصل", "ليصل"; `year_clause_verb_prefixes`) or a word of "instead" ("لتصبح 2018
        بدلا من 2010"; `instead_words`)."""
        key = self.word_key(j)
        if not self.ar or key is None or year not in NEWS_YEARS:
            return False
        data = self.language
        return key in data.instead_words or (len(key) > 4 and key.startswith(tuple(data.year_clause_verb_prefixes)))

    def _qualifier_before_bracket(self, i: int) -> tuple[str, int] | None:
        """Arabic: a qualifier before the bracket that holds the figure at i alone ("قرابة (1800) روبوت", the
        bracketed figures of Omani and Sudanese papers), as it would be right before it: an amount, no year."""
        before, after = self.tok(i - 1), self.tok(i + 1)
        if not self.ar or before is None or before.text != "(" or after is None or after.text != ")":
            return None
        return self.phrase_before(i - 1, self.language.qualifiers)

    def _year_month_period_en(self, i: int) -> list[Draft] | None:
        """English: a year right before a month and a quarter or half noun ("the 2023 June quarter", "the 2019
        December half"; `month_period_nouns`) dates that month, as "the June quarter 2023" does: one claim."""
        text = self.toks[i].text
        if self.ar or len(text) != 4 or not text.isdigit() or (month := self._month_at(i + 1)) is None or \
                self.word_key(month[1]) not in self.language.month_period_nouns or \
                (year := int(text)) not in MONTH_YEARS:
            return None
        return self._date_draft(i, month[1], year, month[0], None, "gregorian")

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
        accusative noun, or a noun the figure counts, after it and a count subject ("عدد", "حصيلة") earlier in the
        sentence ("ارتفع عدد الوفيات إلى 1895 شخصا", "وصل عدد الزوار إلى 2000 زائر"): the end of a rise, which the
        counted noun (read by the caller) says is a count. Not "حتى" (until), and not an adverb alone after the year
        ("تأجل الافتتاح إلى 2026 مجددا"), nor "من 2010 إلى 2015 تضاعف"."""
        data = self.language
        if not self.ar or not self.in_set(i - 1, data.change_connectors) or self.in_set(i - 1, data.until_words):
            return False
        after = self.word_key(i + 1) or ""
        if after.startswith(data.definite_article):
            return False
        if self.in_set(i + 1, data.victim_cues):
            return True
        return (after.endswith("ا") or self._counted_at(i + 1)) and self._count_subject_before(i - 1)

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

    def _possessive_year(self, i: int) -> bool:
        """English: the number at i carries a possessive ("2004's average", "1776's Wealth of Nations")."""
        apostrophe = self.tok(i + 1)
        return not self.ar and apostrophe is not None and apostrophe.text in "'’" and self.glued(i + 1) \
            and self.word_key(i + 2) == "s" and self.glued(i + 2)

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
        if self.ar and t.kind == SYM and len(second.text) == 4 and y2 == year - 1:
            year, y2 = y2, year  # "العام المالي 2020/2019": a season or fiscal year typed in reading order (bidi)
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
