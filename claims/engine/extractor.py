"""One extraction run over one text: normalize, mask, split sentences, find anchors, then parse a window of
tokens around each anchor (claims/engine/parse.py) and give each claim its sentence and time reference.

Every pattern run over the text is linear (possessive runs, lookbehinds that only let a run start once, named
lists), so none gets regex's `timeout=` (which makes matching about 3x slower); the wall-clock deadline is checked
before each sentence instead, and running out of time raises ValueError.
"""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from datetime import date

from claims.engine.cursor import by_first_letter
from claims.engine.limits import (
    EXTRACT_DEADLINE_BASE_S,
    EXTRACT_SECONDS_PER_MB,
    MAX_ANCHORS,
    MAX_CLAIMS,
    WINDOW_AFTER,
    WINDOW_BEFORE,
)
from claims.engine.marks import SENTENCE_END_MARKS
from claims.engine.parse import Window
from claims.engine.scanning import anchor_positions, find_masks, reversed_decimal_starts, split_sentences
from claims.engine.tiling import tokenize
from claims.engine.types import Draft
from claims.languages import Currency, Language
from claims.normalize import Normalized, normalize
from claims.rules.counted_elsewhere_ar import TextWordsAr
from claims.rules.counts_sentence_en import carry_count_kind_en
from claims.rules.dates.dateline_en import mark_dateline_en
from claims.rules.dates.fiscal_year_ar import carry_fiscal_year_ar
from claims.rules.dates.fiscal_year_en import carry_fiscal_year_en
from claims.rules.dates.report_time import mark_dateline
from claims.rules.dates.same_month_ar import same_month_day_ar, same_month_year_ar
from claims.rules.dates.same_month_year_en import carry_same_month_year_en
from claims.rules.dates.weekday_year_en import weekday_year_en
from claims.rules.dates.writing_day_ar import shift_day_words_ar, writing_lags_ar
from claims.rules.dates.year_carried import carry_day_year_en, carry_sentence_year
from claims.rules.dates.year_clause_en import clause_year_en
from claims.rules.dates.year_compared_en import compared_period_year_en
from claims.rules.dates.year_dated_end_en import dated_end_year_en
from claims.rules.dates.year_pair_ar import share_pair_year_dated_ar
from claims.rules.dates.year_pair_month import month_pair_year
from claims.rules.dates.year_report_day_en import report_day_year_en
from claims.rules.dates.year_restated_ar import carry_restated_year_ar
from claims.rules.dates.yearly_day_ar import drop_yearly_days_ar
from claims.rules.money_context import CurrencyResolver


class Deadline:
    """A wall-clock budget shared by every regex call of one extraction."""

    __slots__ = ("end",)

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        remaining = self.end - time.monotonic()
        if remaining <= 0:
            raise ValueError("extraction took too long: input refused (time budget exhausted)")
        return remaining


class Extractor:
    """One extraction run over one text."""

    def __init__(self, language: Language, text: str, published: date | None, country: str | None = None,
                 headline: str = "") -> None:
        self.language = language
        self.ar = language.lang == "ar"
        self.published = published
        self.deadline = Deadline(EXTRACT_DEADLINE_BASE_S + EXTRACT_SECONDS_PER_MB * len(text) / 1_000_000)
        self.norm: Normalized = normalize(text, timeout=self.deadline.left())
        self.text = self.norm.text
        self.currency = CurrencyResolver(language, self.text, country, published,  # country: the outlet's (ISO alpha-2)
                                         normalize(headline).text if headline else "")
        self.country = country  # also orders numeric dates: month first in a US outlet (rules/dates/numeric.py)
        # Cursor.in_set's proclitics by first letter: grouped once a text, not looked up at each of its many calls
        self.membership_groups = by_first_letter(language.proclitics_membership)
        self.masks = find_masks(self.text)
        self._mask_starts = [s for s, _ in self.masks]
        self.sentences = split_sentences(self.text, language.sentence_abbreviations, language.figure_closers,
                                         language.sentence_abbreviations_continued, language.sentence_continuing_words)
        self.reversed_decimals = {self.norm.from_original(k) for k in reversed_decimal_starts(text)}
        self.text_words_ar: TextWordsAr | None = None  # the words indexed once, on first use (counted_elsewhere_ar)
        self.dot_thousands = False  # the text groups thousands with dots, as an amount showed (rules/money_ar.py)
        self.list_item_divisors: dict[int, int] = {}  # a price list's item's end -> its list's subunit divisor
        self._scaled_before: tuple[int, Draft] | None = None  # (sentence, its last amount in millions): wrapped_scaled
        self.scaled_money: Draft | None = None  # the last amount in thousands or more, any sentence (rules/money.py)
        self.scaled_last: Draft | None = None  # the last amount or count in thousands or more (rules/money_en.py)
        self.timed_count: Draft | None = None  # the last time in decimal seconds, any sentence (rules/counts.py)
        self.cricket_text: bool | None = None  # the text is a cricket report, read on first use (numbers/cricket_en)
        self.tatweel_typed: bool | None = None  # the original has a tatweel, read on first use (tatweel_ar.py)
        self._holds_any: dict[frozenset[str], bool] = {}  # holds_any's answers, one a word set
        self._lowered: str | None = None  # the text lower-cased (English), made by run (holds_any: on first use)

    def holds_any(self, words: frozenset[str]) -> bool:
        """Some word of `words` stands in the text (English: lower-cased), maybe inside a longer word. When none
        does, no token of the text is one of them, nor one after a proclitic (a token's key is its text, English
        lower-cased): a gate asked once a text before a rule that would look for such a word at every figure.
        (Language data are in the keys' case; no word holds a Greek sigma, whose lower case depends on context.)"""
        found = self._holds_any.get(words)
        if found is None:
            if self.ar:
                text = self.text
            else:
                if self._lowered is None:
                    self._lowered = self.text.lower()
                text = self._lowered
            found = self._holds_any[words] = any(word in text for word in words)
        return found

    def masked(self, start: int, end: int) -> bool:
        k = bisect_right(self._mask_starts, start) - 1
        if k >= 0 and self.masks[k][1] > start:
            return True
        k2 = bisect_right(self._mask_starts, end - 1) - 1
        return k2 >= 0 and self.masks[k2][0] < end and self.masks[k2][1] > start

    def run(self) -> list[Draft]:
        """Claims of the text: only windows of context around anchors are tokenized and parsed."""
        drafts: list[Draft] = []
        if not self.ar:
            self._lowered = self.text.lower()  # (made once: the anchors' scan and holds_any read it)
        positions = anchor_positions(self.text, self.language, self._lowered)
        if not positions:
            return drafts
        if len(positions) > MAX_ANCHORS:
            raise ValueError(f"input refused: {len(positions)} number-like tokens (limit {MAX_ANCHORS})")
        sent_starts = [s for s, _ in self.sentences]
        by_sentence: dict[int, list[int]] = {}
        for a in positions:
            si = bisect_right(sent_starts, a) - 1
            if si >= 0 and a < self.sentences[si][1]:
                by_sentence.setdefault(si, []).append(a)
        text = self.text
        lower = not self.ar
        # the month last named, for "ذات الشهر من 2017" in a later sentence ("09"), and with its year for "بين 8 و11 من
        # الشهر نفسه" ("2025-12")
        last_month: tuple[str | None, str | None] = (None, None)
        report_days: set[str] = set()
        lags: set[int] = set()  # days from each writing day the text shows to its publication date
        for si, anchor_list in by_sentence.items():
            self.deadline.left()
            found: list[Draft] = []
            for w0, w1 in self._windows(si, anchor_list):
                inside = anchor_list[bisect_left(anchor_list, w0):bisect_left(anchor_list, w1)]
                found.extend(Window(self, tokenize(text, w0, w1, lower), si).parse(inside))
            if any(d.kind == "date" for d in found):  # (only dates are read and marked here, and date the report)
                last_month = self._sentence_dates(found, si, last_month)
                if self.ar and self.published is not None:  # "أمس (الاثنين)": the day the text was written
                    lags |= writing_lags_ar(found, text, self.language, self.published)
                drafts.extend(d for d in found if not d.report_time)
                report_days.update(str(d.value) for d in found if d.report_time and isinstance(d.value, str) and
                                   len(d.value) == 10 and d.value[:4].isdigit())  # (the text's own date, if written)
            else:  # (most sentences)
                drafts.extend(found)
            if len(drafts) > MAX_CLAIMS:
                raise ValueError(f"input refused: more than {MAX_CLAIMS} numeric expressions")
        if not self.ar:
            carry_day_year_en(drafts)  # "on 7 March 2003 ... On 10 March": that March (year_carried.py)
            carry_count_kind_en(drafts, text, self.sentences, self.language)  # "412 cases ... compared to 150"
            if self.published is None:  # "from February to July this year, set against the same period of 2021"
                compared_period_year_en(drafts, text, self.sentences, self.language)
                carry_same_month_year_en(drafts, text, self.language)  # "December 2017 ... December's"
        elif self.published is None:  # "أكتوبر الماضي" ... "أكتوبر 2024"; the text's own date
            carry_restated_year_ar(drafts, text, self.sentences, self.language, frozenset(report_days))
        else:
            share_pair_year_dated_ar(drafts, text, self.language)  # "من 5 يونيو إلى 15 سبتمبر 2018"
            if len(lags) == 1 and (lag := min(lags)) > 0:  # (one writing day, before the publication date)
                shift_day_words_ar(drafts, text, self.language, self.published, lag)
        return drafts

    def _sentence_dates(self, found: list[Draft], si: int,
                        last_month: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
        """Sentence si's dates against each other: datelines, years a sentence carries, time references. Returns the
        month last named, alone and with its year (same_month_ar.py), `last_month` when the sentence names none."""
        text = self.text
        mark_dateline(found, text, self.sentences[si], self.language, self.published)
        if not self.ar:
            mark_dateline_en(found, text, self.sentences[si], self.language)  # "NAIROBI, June 21 (Reuters) -"
            # "in April 2016, ... in June": the sentence's year (year_carried.py)
            carry_sentence_year(found, text, self.language.range_from_words,
                                (self.language.month_compared_links, self.language.month_range_to_links))
            carry_fiscal_year_en(found, text, self.sentences[si], self.language, self.country)  # "FY24", "2016/17"
            clause_year_en(found, text, self.sentences[si], self.language, self.published)  # "Last year, ... in May"
            dated_end_year_en(found, text, self.language)  # "on October 1 ... by February 3, 2022"
            if self.published is None:
                weekday_year_en(found, text, self.language)  # "Budget 2022 ... on Thursday, April 7"
                report_day_year_en(found)  # "released on November 21, 2025, show that from August to October"
        else:
            last_month = (same_month_year_ar(found, text, self.language, last_month[0]),  # "لنفس الشهر من عام 2021"
                          same_month_day_ar(found, last_month[1]))  # "2 فبراير 2023 ... حتى الـ20 من نفس الشهر"
            drop_yearly_days_ar(found, text, self.sentences[si], self.language)  # "في 17 نيسان سنويا"
            carry_fiscal_year_ar(found, text, self.sentences[si], self.language, self.country)  # "2020 - 2021"
        month_pair_year(found, text, self.language)  # "between January 2015 and 2016": January of both
        time_refs(found)
        return last_month

    def _windows(self, si: int, anchor_list: list[int]) -> list[list[int]]:
        """Windows of context around the sentence's anchors, cut at spaces, overlapping ones merged."""
        text = self.text
        s, e = self.sentences[si]
        windows: list[list[int]] = []
        for a in anchor_list:
            w0, w1 = max(s, a - WINDOW_BEFORE), min(e, a + WINDOW_AFTER)
            if w0 > s:
                sp = text.find(" ", w0, a)
                w0 = sp + 1 if sp >= 0 else w0
            if w1 < e:
                sp = text.rfind(" ", a, w1)
                w1 = sp if sp > a else w1
            if windows and w0 <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], w1)
            else:
                windows.append([w0, w1])
        return windows

    def note_scaled(self, si: int, draft: Draft) -> None:
        """Sentence si's last amount or count in millions (claims/rules/lists.py continued), for wrapped_scaled."""
        self._scaled_before = (si, draft)

    def wrapped_scaled(self, si: int) -> Draft | None:
        """The last amount in millions of the sentence before si when only a line wrap parts them: the one before
        ends with no end mark and a single line break follows it ("من (12.4) مليار جنيه إلى" / "(19.8) مليار"),
        as text copied from a page in lines holds. Asked by a sentence's first window only (taken once)."""
        carried, self._scaled_before = self._scaled_before, None
        if carried is None or carried[0] != si - 1:
            return None
        return carried[1] if self._wrapped(si) else None

    def wrapped_start(self, si: int) -> int:
        """The start of sentence si, or of the sentence before it when only a line wrap parts them (as in
        wrapped_scaled): "عدد الزوار في المتاحف" / "بلغ 48 ألفا" is one clause (counts_number_of_ar)."""
        return self.sentences[si - 1][0] if si > 0 and self._wrapped(si) else self.sentences[si][0]

    def _wrapped(self, si: int) -> bool:
        """Sentence si goes on from the one before it across a single line break, with no end mark before it."""
        end, start = self.sentences[si - 1][1], self.sentences[si][0]
        gap, last = self.text[end:start], self.text[end - 1:end]
        return gap.count("\n") == 1 and not gap.strip() and last not in SENTENCE_END_MARKS

    def resolve_currency(self, cur: Currency, sentence: tuple[int, int],
                         at: int | None = None) -> tuple[str | None, list[str], str]:
        """(code, candidates, currency_source) of a currency word, the amount at `at`: claims/rules/money_context.py."""
        return self.currency.resolve(cur, sentence, at)


def time_refs(drafts: list[Draft]) -> None:
    """time_ref: the value of the nearest other date claim of the same sentence; without one, the report's time
    ("قال أمس", "said on Monday": a report-time reference, dropped afterwards)."""
    named = [d for d in drafts if d.kind == "date" and d.value is not None and not d.dates_a_name]
    dates = [d for d in named if not d.report_time] or named  # (report time only when nothing else dates them)
    if not dates:
        return
    for d in drafts:
        best = None
        best_gap = None
        for other in dates:
            if other is d:
                continue
            gap = other.start - d.end if other.start >= d.end else d.start - other.end
            if best_gap is None or gap < best_gap:
                best, best_gap = other, gap
        if best is not None:
            d.time_ref = str(best.value)
