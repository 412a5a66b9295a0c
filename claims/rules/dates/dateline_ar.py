"""Report time, Arabic: a dateline that opens a story's sentence ("عمان 9 مارس آذار (رويترز) - قال ...",
"دبي 5 مارس (رويترز) –", "صفاقس 4 مارس 2019 (وات) شهدت"): a place of one to three words, the date, the agency in
brackets (a dash after it or not). Its date dates the report (bench/devset/GUIDELINES.md, class 6), as English
"NAIROBI, June 21 (Reuters) -" (dateline_en.py); a dateline that is its own sentence is read by
report_time.mark_dateline."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from claims.engine.types import Draft
from claims.languages import Language
from claims.rules.dates.iso_parts import REPORT_DATE_MAX_DAYS, days_from_publication, far_from_publication, full_day

# One to three words of letters (and an optional dash) before the date: the place, its words maybe set apart by a
# comma or a dash ("الدوحة، قطر- 16 سبتمبر 2025:", a press release's source and place: "سولارابيك- الدوحة، قطر-"),
# a dash or a comma after it ("الداخلة، 3 مارس 2024 (صحراء بريس) -").
_PLACE_AR = re.compile(r"[^\W\d_]+(?:(?:\s*[،,–—-]\s*|\s+)[^\W\d_]+){0,2}\s*[-–—،,]?\s*")
HEAD_REACH = 40  # characters from the sentence start to the date
_WORD_AR = re.compile(r"[^\W\d_]+")
# "2016 / قدر", "2025: أبرمت": a slash, a dash or a colon, then the story's first word
_SEPARATOR_TAIL = re.compile(r"\s*[/–—:-]\s*[^\W\d_]")
# "(صحراء بريس) -": a source of one to three words in brackets and a dash after a dateline's date, any agency
_SOURCE_TAIL_AR = re.compile(r"\s*\(\s*[^\W\d_]{2,12}(?:\s+[^\W\d_]{1,12}){0,2}\s*\)\s*[-–—]")
# KUNA's numeric dateline: a place, the day and the month as figures between dashes ("الكويت - 22 - 10 (كونا) --")
_NUMERIC_HEAD_AR = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[-–—]\s*(\d{1,2})\s*[-–—]\s*(\d{1,2})")
# "(شبكة الأخبار / سبوتنيك - 3 مايو 2021ء)": an agency copy's head in brackets, the date after a dash
_BRACKET_HEAD_AR = re.compile(r"\(\s*[^\W\d_][^()\d]{0,60}[-–—]\s*")
_BRACKET_TAIL_AR = re.compile(r"\s*[ءم]?\s*\)")
# "الأربعاء، 14 مايو 2025 09:40 ص": a page's time stamp, the date and a clock time opening the text
_STAMP_LEAD_AR = re.compile(r"[^\W\d_]+\s*[،,]\s*")
_STAMP_CLOCK_AR = re.compile(r"\s*\d{1,2}:\d{2}")
# a byline's stamp: the date, a clock time, maybe "مساءً", then a dash ("سالم حسن - عمّان في الأربعاء 4 مارس 2026
# 10:15 مساءً - تراجعت ...")
_STAMP_BYLINE_AR = re.compile(r"\s*\d{1,2}:\d{2}(?:\s*[^\W\d_]+)?\s*[-–—]")


@cache
def _agency_tail(agencies: frozenset[str]) -> re.Pattern[str]:
    """The agency in brackets, then a dash or not: "(رويترز) -", "صفاقس 4 مارس 2019 (وات) شهدت"."""
    names = "|".join(sorted((re.escape(a) for a in agencies), key=len, reverse=True))
    return re.compile(rf"\s*\(\s*(?:{names})\s*\)")


@cache
def _slashed_agency(agencies: frozenset[str]) -> re.Pattern[str]:
    """The agency between slashes, as WAM's copy heads every story: "العين في 3 مارس / وام / أعلنت"."""
    names = "|".join(sorted((re.escape(a) for a in agencies), key=len, reverse=True))
    return re.compile(rf"\s*/\s*(?:{names})\s*/")


def mark_head_dateline_ar(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language,
                          published: date | None = None) -> None:
    """The sentence's first date, right after a place at its start and before "(agency) -", dates the report."""
    if not language.dateline_agencies or not drafts:
        return
    s = sentence[0]
    first = min((d for d in drafts if d.kind == "date"), key=lambda d: d.start, default=None)
    if first is None or first.start - s > HEAD_REACH or any(d.start < first.start for d in drafts):
        return
    if not _PLACE_AR.fullmatch(text, s, first.start):
        if first.start == s and published is not None and _separated_full_date(first, text, s, published, language):
            first.report_time = True  # "10 أكتوبر 2025 – قضت المحكمة": the date alone heads the paragraph
        return
    place = text[s:first.start]
    slashed = _slashed_agency(language.dateline_agencies).match(text, first.end, first.end + 30) is not None
    if (slashed or _agency_tail(language.dateline_agencies).match(text, first.end, first.end + 30) or
            _separated_full_date(first, text, s, published, language) or
            _bracketed_source_dateline(first, text, published)) and \
            not _particle_in(_without_in(place, language) if slashed else place, language):
        first.report_time = True
        _days_from_dateline(drafts, first, text, language, published)


def _days_from_dateline(drafts: list[Draft], head: Draft, text: str, language: Language,
                        published: date | None) -> None:
    """A dateline's day a little before the publication date (a story filed on the 15th, put online on the 16th:
    "القاهرة في 15 أكتوبر / وام / ... اعتبارا من اليوم") is the day its sentence's "اليوم", "أمس", "غدا" count from."""
    shift = days_from_publication(head.value, published)
    if published is None or shift is None or not -REPORT_DATE_MAX_DAYS <= shift < 0:
        return
    for d in drafts:
        word = text[d.start:d.end].split()[0] if d.kind == "date" and d is not head else ""
        offset = language.relative_days.get(word)
        if offset is not None and isinstance(d.value, str) and not d.report_time and d.value_high is None and \
                d.value == (published + timedelta(days=offset)).isoformat():
            d.value = (published + timedelta(days=offset + shift)).isoformat()


def _without_in(place: str, language: Language) -> str:
    """The place of a slashed dateline without the "في" before its date ("أبوظبي في 5 مايو / وام /")."""
    words = place.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in language.dateline_in_words else place


def _separated_full_date(first: Draft, text: str, start: int, published: date | None, language: Language) -> bool:
    """A paragraph (the sentence at `start`) opens with a place and a full date (day, month and year) set off by a
    slash or a dash before the story's first word, no agency named: "نابلس 4 مارس 2019 / أفاد بيان", "الخرطوم –
    18 يوليو 2025 – سجلت" (not a range: "2016 - 2017"). The place is no weekday ("الأحد 3 مارس 2024 / أجرت": the
    story's own day), and with a publication date the dateline's is within a week of it (a history piece opens "city
    - a day of 1952 -" on the event it tells). The date alone may head the paragraph ("10 أكتوبر 2025 – قضت"), only
    in a dated text (a chronology's entries open so too)."""
    value = first.value  # (written, not inferred: "قتل -الخميس- شخصان" is a weekday)
    if not (full_day(value) is not None and not first.inferred and
            text[:start].rstrip(" \t")[-1:] in ("", "\n") and _SEPARATOR_TAIL.match(text, first.end) is not None):
        return False
    place = _WORD_AR.match(text, start)
    if (place is not None and place.group() in language.weekdays) or (place is None and published is None):
        return False  # (no place, the date opening the paragraph: only within a week of a known publication day)
    return not far_from_publication(value, published)  # (the value is a full day: only a publication day can fail)


def _bracketed_source_dateline(first: Draft, text: str, published: date | None) -> bool:
    """A full date (day, month and year, as written) after the place, then a source of one to three words in brackets
    and a dash: "الداخلة، 3 مارس 2024 (صحراء بريس) - أعلنت": an agency's dateline, whichever agency (`dateline_agencies`
    lists those read without the dash); with a publication date, only within a week of it (a history piece may open
    on the day it tells)."""
    if full_day(first.value) is None or first.inferred or not _SOURCE_TAIL_AR.match(text, first.end, first.end + 40):
        return False
    return not far_from_publication(first.value, published)


def _particle_in(place: str, language: Language) -> bool:
    """A word of the place is a particle or preposition, bare or after a conjunction ("وفي 5 مارس (سانا) أعلنت": no
    place; `not_counted` holds them, `report_verb_proclitics` the conjunctions): the sentence opens with no
    dateline."""
    words, conj = language.not_counted, language.report_verb_proclitics
    return any(w in words or (w[:1] in conj and w[1:] in words) for w in _WORD_AR.findall(place))


def mark_stamp_dateline_ar(drafts: list[Draft], text: str, sentence: tuple[int, int]) -> None:
    """A date opening the sentence as an agency copy's bracketed head ("(... / سبوتنيك - 11 يوليو 2020ء)") or as a
    page's time stamp (a weekday, a comma, the date and a clock time: "الأربعاء، 14 مايو 2025 09:40 ص"; after a
    byline, the date, a clock time and a dash) dates the report, as a dateline does."""
    dates = sorted((d for d in drafts if d.kind == "date"), key=lambda d: d.start)
    if not dates:
        return
    s, first = sentence[0], dates[0]
    if first.start - s <= HEAD_REACH and not any(d.start < first.start for d in drafts):
        bracketed = _BRACKET_HEAD_AR.fullmatch(text, s, first.start) and _BRACKET_TAIL_AR.match(text, first.end)
        stamp = ((first.start == s or _STAMP_LEAD_AR.fullmatch(text, s, first.start)) and
                 _STAMP_CLOCK_AR.match(text, first.end)) or _STAMP_BYLINE_AR.match(text, first.end)
        if bracketed or stamp:
            first.report_time = True


def date_today_by_numeric_dateline_ar(drafts: list[Draft], text: str, sentence: tuple[int, int],
                                      language: Language) -> None:
    """"الكويت - 22 - 10 (كونا) -- أغلقت البورصة اليوم الأحد": with no publication date, the dateline's day and month
    date the sentence's "today" ("--10-22"); the dateline itself dates the report and is no claim."""
    today = [d for d in drafts if d.kind == "date" and d.value is None and not d.report_time and
             language.relative_days.get(text[d.start:d.end].split()[0]) == 0]
    if not today or not language.dateline_agencies:
        return
    m = _NUMERIC_HEAD_AR.match(text, sentence[0])
    if m is None or not _agency_tail(language.dateline_agencies).match(text, m.end(), m.end() + 30):
        return
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return
    for d in today:
        d.value, d.precision, d.inferred = f"--{month:02d}-{day:02d}", "day", True
