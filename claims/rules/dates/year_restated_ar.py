"""Dates, Arabic text without a publication date: a month placed by a word of direction but not by a year ("في
أكتوبر الماضي", "حتى يوم 10 يوليو الجاري") takes the year the text itself gives it.

- "الماضي" (and the other words of the past): the same month is written with a year elsewhere in the text, always
  the same one ("بلغ التضخم ... في أكتوبر الماضي" and later "لشهر أكتوبر 2024"; "حتى نهاية شهر نوفمبر الماضي" after
  "بنهاية شهر نوفمبر 2022م"). A month restated with two different years keeps no year, and so does one restated
  as a day ("من أول مارس 2021 وحتى الآن": a starting point).
- "الجاري"/"الحالي" (this month): its sentence names exactly one year ("معرض الربيع 2017 منذ افتتاحه وحتى يوم 12
  أبريل الجاري").
- no word of direction (session 9, OOD ar11/ar6): as "الماضي", the same month restated with one year ("خلال تشرين
  الثاني" beside "في تشرين الثاني 2022"; "27 نوفمبر" beside "انتخابات نوفمبر 2021").
- any but a word of the future: the current year the text names outright, "العام الحالي 2022" / "السنة الجارية
  2023" (a year noun, a word of this year, then the year): "حتى نهاية آب الماضي" in such a text is 2022-08; or the
  year after a comparison's base, the same period or month of a year ("بالشهر ذاته من عام 2023": 2024).
Either way the year must be the latest the text names: a past month is recent ("آب وأيلول الماضيين" beside
"شهري تموز وآب من سنة 2017", the base year of a comparison, and "2021": no year).
Other yearless months stay "--MM": the text says nothing of their year (bench/devset/GUIDELINES.md, dates). First,
a yearless day or month whose pair or range is written with its year at the other end shares it (year_pair_ar.py).
"""

from __future__ import annotations

from claims.engine.scanning import clause_words
from claims.engine.types import Draft
from claims.languages import Language
from claims.normalize import normalize_word
from claims.rules.dates.iso_parts import day_of, month_of
from claims.rules.dates.year_pair_ar import share_pair_year
from claims.rules.dates.year_report_day_ar import told_in_past_ar

DIRECTION_REACH = 12  # characters after a month where its word of direction stands ("أكتوبر الماضي")
SAME_PERIOD_REACH = 40  # characters before a year read for the phrase that names it ("الفترة ذاتها من عام")
CHANGE_WORDS = 4  # words before each month of a change read for "من" and "إلى" ("من 7.4% في أكتوبر 2021")
_YEAR_OF_NOUNS = ("للعام", "لعام", "للسنة", "لسنة")  # "نتيجة الشهادة للعام 2024": the year a thing is of
PAIR_BASE_WORDS = 8  # words between "مقابل" and a base month ("مقابل 2.9 ألف حالة طلاق في شهر مارس عام 2022")
BASE_YEAR_WORDS = 10  # words before a year read for a word of a starting point or a comparison ("مقارنة ... لعام 2010")
BASE_WORDS = 2  # words between a comparison word and the month of its base ("مقارنة بمبيعات أبريل 2023")


def _month_of(value: object) -> str | None:
    """"2024-10" -> "10": a month with its year; None for a day ("أول يناير 2022" is a starting point, not the
    month's restatement), a year alone or a yearless value."""
    return month_of(value, days=False, yearless=False)


def _sentence_of(d: Draft, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The bounds of the sentence d stands in (the parse wrote its index to `d.sentence`)."""
    return sentences[d.sentence]


def _years(d: Draft, ends: bool = True) -> set[str]:
    """The years a date draft names (both bounds of a range; only the first of a year range when not `ends`: a fiscal
    or school year "2019-2020" is named by its first year, and its months mostly fall in it)."""
    return {str(v)[:4] for v in (d.value, d.value_high if ends else None) if isinstance(v, str) and v[:4].isdigit()}


def carry_restated_year_ar(drafts: list[Draft], text: str, sentences: list[tuple[int, int]],
                           language: Language, report_days: frozenset[str] = frozenset()) -> None:
    """Give yearless months with a word of direction the year the undated text gives them (module docstring);
    `report_days`: the days the text dates itself by (report time, not claims: "في مداخلة الثلاثاء 19 سبتمبر 2023")."""
    yearless = [d for d in drafts if d.kind == "date" and isinstance(d.value, str) and d.value.startswith("--") and
                d.value_high is None]
    if not yearless:
        return  # (most texts)
    share_pair_year(drafts, text, language, yearless)
    _carry_year_forward(drafts, text, sentences, language, yearless)
    _place_future_months(yearless, drafts, sentences, text, language)
    yearless = [d for d in yearless if str(d.value).startswith("--")]
    years_of_month: dict[str, set[str]] = {}
    years_of_days: dict[str, set[str]] = {}  # the years of the days written with one, by month
    for d in drafts:
        month = _month_of(d.value) if d.kind == "date" else None
        if month is not None and not _same_month_base(d, text, language, yearless):  # (a base: the year before)
            years_of_month.setdefault(month, set()).add(str(d.value)[:4])
        elif d.kind == "date":
            for day in (d.value, d.value_high):  # (both ends of a range of days)
                if day_of(day) is not None and (month := month_of(day, yearless=False)) is not None:
                    years_of_days.setdefault(month, set()).add(str(day)[:4])
    latest = max((y for d in drafts if d.kind == "date" for y in _years(d, ends=d.precision != "year")), default=None)
    current, future = language.current_year_words, language.weekday_future
    named = {y for d in drafts if d.kind == "date" for y in _years(d)}  # every year the text names
    report_day = next(iter(report_days)) if len(report_days) == 1 else None
    named_current = _named_current_year(drafts, text, language, yearless)
    dated = _dated_latest(drafts, text, language, latest, sentences)
    bases = {id(d) for d in drafts if _start_or_base_year(d, text, sentences, language)}
    base_years = {str(d.value) for d in drafts if id(d) in bases}
    for d in yearless:
        value = str(d.value)
        after = text[d.end:d.end + DIRECTION_REACH].split()[:1]
        word = normalize_word(after[0].strip("،,.؛:)")) if after else ""
        if word in future or _recurring(text, d.end, language):
            continue  # "فبراير المقبل": placed above or not at all; "2 ديسمبر من كل عام": none
        phrase = _year_phrase(text, d.end, language)
        if phrase == "same" or (phrase is not None and named_current is not None):
            # ("من العام الماضي" with no year of its own named: as a month restated, below)
            _phrase_year(d, phrase, named_current, drafts, sentences, text, language)
            continue
        this_year = word in current
        year = None
        if this_year:  # (the sentence's year, unless older than the text's own: "8 مارس الجاري، مقابل ... من سنة 2025")
            year = _sentence_year(d, [o for o in drafts if id(o) not in bases], sentences)
            year = None if year is not None and named_current is not None and year < named_current else year
        else:  # a past month, or one with no word of direction
            year = _restated_year(value, word, years_of_month, years_of_days, named_current, language)
        if year is None and named_current is not None and (latest is None or named_current >= latest):
            year = latest = named_current  # (a comparison's base year names the one before: the current is later)
        if report_day is not None and (this_year or word in language.weekday_past or (  # (year_report_day_ar.py)
                word not in current and told_in_past_ar(d, text, _sentence_of(d, sentences), language))):
            # the text's own date ("الثلاثاء 19 سبتمبر 2023") dates "10 سبتمبر الحالي"; a past month after it is of
            # the year before
            late = not this_year and value[2:] > report_day[5:len(value) + 3]
            d.value, d.inferred = f"{int(report_day[:4]) - late:04d}" + value[1:], True
            continue
        elif year is None and not (latest in base_years and (this_year or word in language.weekday_past)):
            year = _text_year(d, this_year, word in language.weekday_past, named, latest, dated, drafts, sentences)
        if year is not None and year == latest:  # (a month of the last year the text names, not of a year compared)
            d.value = year + value[1:]
            d.inferred = True
    share_pair_year(drafts, text, language, [d for d in yearless if str(d.value).startswith("--")])  # ("يومي 1 و2
    # نوفمبر": the second took its year above)


def _year_phrase(text: str, end: int, language: Language) -> str | None:
    """The year named in words right after a month of an undated text: "past" ("من العام الماضي", "السنة الماضية"),
    "current" ("من العام الحالي", "من هذا العام") or "same" ("من نفس العام", "من العام ذاته": the year of the date
    before it); else None."""
    words = [normalize_word(w.strip("،,.؛:()")) for w in text[end:end + 2 * DIRECTION_REACH].split()[:3]]
    if words and words[0] in language.day_of_month_links:
        words = words[1:]  # "من"
    if len(words) < 2:
        return None
    first, second = words[0], words[1].removesuffix("ه")  # ("السنة الماضية", normalized)
    if first in language.relative_year_nouns:
        return "past" if second in language.weekday_past else "current" if second in language.current_year_words \
            else "same" if second in language.same_month_words else None
    if words[1] in language.relative_year_nouns:
        return "current" if first in language.this_words else "same" if first in language.same_month_words else None
    return None


def _phrase_year(d: Draft, phrase: str, named_current: str | None, drafts: list[Draft],
                 sentences: list[tuple[int, int]], text: str, language: Language) -> None:
    """A month "من العام الحالي" is of the year the text calls its own, one "من العام الماضي" of the year before
    (or of the year after the same period's base its sentence compares it with: "حتى أبريل من العام الماضي، قياسا
    إلى المدة نفسها من عام 2021" is 2022-04); one "من نفس العام" is of the year of the last date before it in its
    sentence."""
    year = named_current
    if phrase == "past" and (base := _sentence_period_base(d, drafts, sentences, text, language)) is not None:
        year = f"{int(base) + 1:04d}"
    elif phrase == "past" and named_current is not None:
        year = f"{int(named_current) - 1:04d}"
    elif phrase == "same":
        s = _sentence_of(d, sentences)[0]
        before = [str(o.value) for o in drafts if o.kind == "date" and s <= o.start < d.start and
                  isinstance(o.value, str) and o.value[:4].isdigit()]
        year = before[-1][:4] if before else None
    if year is not None:
        d.value, d.inferred = year + str(d.value)[1:], True


def _sentence_period_base(d: Draft, drafts: list[Draft], sentences: list[tuple[int, int]], text: str,
                          language: Language) -> str | None:
    """The one year after d in its sentence named as the same period's a year before ("مقارنة بالفترة نفسها من عام
    2021"), or None."""
    s, e = _sentence_of(d, sentences)
    years = set()
    for o in drafts:
        if o.kind != "date" or not (d.end <= o.start < e) or not isinstance(o.value, str) or \
                len(o.value) != 4 or not o.value.isdigit():
            continue
        words = text[max(s, o.start - SAME_PERIOD_REACH):o.start].split()
        if words and words[-1] in language.month_year_links:
            words = words[:-1]  # "من عام 2021"
        if any(_definite(" ".join(words[-3:]), language).endswith(p) for p in language.same_period_phrases):
            years.add(o.value)
    return next(iter(years)) if len(years) == 1 else None


def _start_or_base_year(d: Draft, text: str, sentences: list[tuple[int, int]], language: Language) -> bool:
    """d is a year written alone after a word of a starting point or a comparison within BASE_YEAR_WORDS words
    before it in its sentence ("ومنذ تعداد عام 2010", "مقارنة بمستواها في التعداد العام ... لعام 2010"): a past
    year other figures start from or are measured against, never the year of "this month" ("سبتمبر الجاري") or of
    the month just gone ("سبتمبر الماضي") of the text."""
    if d.kind != "date" or d.precision != "year":
        return False
    s = _sentence_of(d, sentences)[0]
    cues, conj = language.since_words | language.year_comparison_words, language.and_prefix
    for w in text[max(s, d.start - 4 * SAME_PERIOD_REACH):d.start].split()[-BASE_YEAR_WORDS:]:
        w = normalize_word(w.strip("،,.؛:()"))
        if w in cues or (w[:1] == conj and w[1:] in cues):
            return True
    return False


def _recurring(text: str, end: int, language: Language) -> bool:
    """The date ending at `end` recurs: "من كل عام", "كل سنة", "سنويا" right after it (no year to give it)."""
    words = [normalize_word(w.strip("،,.()")) for w in text[end:end + DIRECTION_REACH * 2].split()[:3]]
    return any(w in language.yearly_words or (w in language.per_every_words and n + 1 < len(words) and
                                              words[n + 1] in language.relative_year_nouns)
               for n, w in enumerate(words))


def _carry_year_forward(drafts: list[Draft], text: str, sentences: list[tuple[int, int]], language: Language,
                        yearless: list[Draft]) -> None:
    """A yearless month (or day) takes the year of the date right before it when it explains or continues it:
    - in brackets right after a year or a fiscal year ("العام المالي 2019-2020 (أبريل – أكتوبر)": 2019-04);
    - as the second end of a range or pair whose first end has its year ("من أبريل 2019 إلى أكتوبر": 2019-10);
    - as the month a change went to from a month of a year ("ارتفع من 10% في ديسمبر 2022، إلى 11% في يناير": 2023-01).
    The year after when it falls earlier in the year than the date it follows."""
    open_ids = {id(d) for d in yearless}
    known = sorted((d for d in drafts if d.kind == "date" and isinstance(d.value, str) and (
        d.value[:4].isdigit() or id(d) in open_ids)), key=lambda d: d.start)
    for n, d in enumerate(known):
        value = str(d.value)
        if n == 0 or not value.startswith("--"):
            continue
        prev = known[n - 1]
        before = str(prev.value)
        if not before[:4].isdigit():
            continue
        between = text[prev.end:d.start].strip()
        if len(before) == 4 and between == "(":
            d.value, d.inferred = before + value[1:], True  # "2019-2020 (أبريل": the fiscal year's first
        elif len(before) == len(value) + 3 and prev.value_high is None and (
                _range_link(between, language) or (not between and text.startswith(language.and_prefix, d.start)) or
                _change_months(prev, d, text, sentences, language)):  # ("وفبراير": the link glued to the month)
            year = int(before[:4]) + (1 if value[2:] <= before[5:] else 0)
            d.value, d.inferred = f"{year:04d}" + value[1:], True


def _range_link(between: str, language: Language) -> bool:
    """The text between two dates is one link of a range or pair ("–", "إلى", "و")."""
    return between in ("-", "–") or normalize_word(between) in language.pair_year_links


def _change_months(prev: Draft, d: Draft, text: str, sentences: list[tuple[int, int]], language: Language) -> bool:
    """prev and d are months of one sentence, prev after "من" and d after a change connector ("إلى"), each within
    CHANGE_WORDS words before it: a change from one month to the next one named."""
    if len(str(d.value)) != 4 or not any(s <= prev.start and d.end <= e for s, e in sentences):
        return False
    words_d = [normalize_word(w.strip("،,")) for w in text[max(0, d.start - 40):d.start].split()[-CHANGE_WORDS:]]
    words_p = [normalize_word(w) for w in text[max(0, prev.start - 40):prev.start].split()[-CHANGE_WORDS:]]
    return any(w in language.change_connectors for w in words_d) and any(
        w in language.range_from_words for w in words_p)


def _place_future_months(yearless: list[Draft], drafts: list[Draft], sentences: list[tuple[int, int]], text: str,
                         language: Language) -> None:
    """Each yearless month of the future placed by its sentence's date ("جلسة ثامن أبريل 2025 ... إلى 13 ماي
    المقبل")."""
    for d in yearless:
        _next_after_sentence_date(d, drafts, sentences, text, language)


def _next_after_sentence_date(d: Draft, drafts: list[Draft], sentences: list[tuple[int, int]], text: str,
                              language: Language) -> None:
    """A month of the future ("13 ماي المقبل") is the next one after the date its sentence is set by: the one year
    the sentence names (a year alone, "سيلا 2024 ... 9 نوفمبر المقبل", "في بداية 2018"), or the last full date
    before it ("جلستها ليوم ثامن أبريل 2025، تأجيل ... إلى 13 ماي المقبل": 2025; after "20 ديسمبر 2024", "يناير
    المقبل" is of 2025). Else the text does not say which year is next: "--MM" stays."""
    after = text[d.end:d.end + DIRECTION_REACH].split()[:1]
    word = normalize_word(after[0].strip("،,.؛:)")) if after else ""
    if not str(d.value).startswith("--") or word not in language.weekday_future or _recurring(text, d.end, language):
        return
    s, e = _sentence_of(d, sentences)
    dated = [o for o in drafts if o.kind == "date" and s <= o.start < e and _years(o) and not o.inferred]
    years = {y for o in dated for y in _years(o)}  # (written years only: not another month's inferred one)
    if len(years) != 1:
        return
    year, value = next(iter(years)), str(d.value)
    before = [str(o.value_high or o.value) for o in dated if o.end <= d.start and len(str(o.value)) > 4]
    if before:
        if before[-1][5:7] == value[2:4]:
            return  # "افتتح في 1 مايو 2012، ويختتم في 2 مايو المقبل": next May, or the day after? (not said)
        year = str(int(year) + (value[2:] <= before[-1][5:5 + len(value) - 2]))  # (not after it: the next year's)
    elif any(len(str(o.value)) > 4 or _named_current(o, text, language) for o in dated):
        return  # (a full date after it: the month may come before it; "العام الحالي 2024": next year's, maybe)
    d.value, d.inferred = year + value[1:], True


def _named_current(d: Draft, text: str, language: Language) -> bool:
    """The year d is named as the current one ("دورة العام الحالي 2024", "السنة الجارية 2023") or as the year a
    thing is of ("نتيجة الشهادة للعام 2024م": an exam, a season or a budget of a year, whose events may fall in
    the next): a future month is not placed by it."""
    words = text[max(0, d.start - SAME_PERIOD_REACH):d.start].split()
    if words and normalize_word(words[-1]) in _YEAR_OF_NOUNS:
        return True
    if words and words[-1] in language.month_year_links:
        words = words[:-1]
    return bool(words) and normalize_word(words[-1].removesuffix("ة")) in language.current_year_words


def _sentence_year(d: Draft, drafts: list[Draft], sentences: list[tuple[int, int]], bare: bool = False) -> str | None:
    """The one year the dates of d's sentence name (only years written alone when `bare`: "لموسم 2025", not the
    day a period started, "من أول يناير 2022"), or None."""
    s, e = _sentence_of(d, sentences)
    years = {y for o in drafts if o.kind == "date" and s <= o.start < e and (not bare or o.precision == "year")
             for y in _years(o)}
    return next(iter(years)) if len(years) == 1 else None


def _named_current_year(drafts: list[Draft], text: str, language: Language, yearless: list[Draft]) -> str | None:
    """The year a text names as its own: a year claim right after a year noun and a word of this year ("العام
    الحالي 2022", "السنة الجارية 2023"), or the year after one named as the same period's a year before ("مقارنة
    بالفترة ذاتها من عام 2015": 2016; `same_period_phrases`); None when it names none, or two."""
    nouns, current = language.relative_year_nouns, language.current_year_words
    found = set()
    for d in drafts:
        if d.kind != "date" or not isinstance(d.value, str) or len(d.value) != 4 or not d.value.isdigit():
            continue
        before = text[max(0, d.start - SAME_PERIOD_REACH):d.start]
        words = before.split()
        if words and words[-1] in language.month_year_links:
            words = words[:-1]  # "من عام 2015"
        if len(words) >= 2 and normalize_word(words[-2]) in nouns and \
                normalize_word(words[-1].removesuffix("ة")) in current:
            found.add(d.value)
        elif any(_definite(" ".join(words[-3:]), language).endswith(p) for p in language.same_period_phrases):
            found.add(str(int(d.value) + 1))
    found.update(str(int(str(d.value)[:4]) + 1) for d in drafts if d.kind == "date" and
                 _month_of(d.value) is not None and _same_month_base(d, text, language, yearless))
    return next(iter(found)) if len(found) == 1 else None


def _restated_year(value: str, word: str, years_of_month: dict[str, set[str]], years_of_days: dict[str, set[str]],
                   named_current: str | None, language: Language) -> str | None:
    """The one year the text restates a past month with (or a day: "2 مايو" beside "1 مايو 2012"); none when it is
    older than the year the text calls its own: a comparison's ("كانون الثاني الماضي" beside "كانون الثاني من عام
    2019" in a text of 2023)."""
    month = month_of(value) or ""
    years = years_of_month.get(month, set())
    if day_of(value) is not None and word not in language.weekday_past:  # a day another of its month restates
        years = years | years_of_days.get(month, set())
    year = next(iter(years)) if len(years) == 1 else None
    return None if year is not None and named_current is not None and year < named_current else year


def _text_year(d: Draft, this_year: bool, past: bool, named: set[str], latest: str | None,
               dated: tuple[str | None, bool], drafts: list[Draft], sentences: list[tuple[int, int]]) -> str | None:
    """The year of a month no restatement placed: the text's one year for "حزيران الجاري" ("لموسم 2025"), and for
    "حزيران الماضي" when its sentence writes it, unless that year is after "منذ" ("أعلى رقم منذ عام 2018": the text
    is later); for a past month also the latest year when the text writes it with a month or a day ("أغسطس الماضي"
    beside "صدرت في يناير 2016"; `dated`: `_dated_latest`)."""
    dated_latest, since_latest = dated
    if len(named) == 1 and not since_latest and (
            this_year or (past and _sentence_year(d, drafts, sentences, bare=True) == latest)):
        return latest
    month_only = len(str(d.value)) == 4  # ("6 مايو الماضي" beside "20 مايو 2023": which May is not said)
    return latest if past and month_only and dated_latest is not None and dated_latest == latest else None


def _dated_latest(drafts: list[Draft], text: str, language: Language, latest: str | None,
                  sentences: list[tuple[int, int]]) -> tuple[str | None, bool]:
    """The latest year the text writes with a month or a day ("في يناير 2016", "قرار يعود إلى 14 أغسطس 2018"), not
    after "منذ" or "من" (a starting point may lie long before the text: "منذ انتفاضة يناير 2011", "من مطلع يوليو 2020
    حتى اليوم") nor after "مقارنة" (a comparison's base) nor in a clause of the future (a plan's date says nothing of
    when a past month was: "وتعتزم الشركة طرح الجهاز في يونيو 2031"); and whether the `latest` year of the text is
    written after "منذ"."""
    starts = language.since_words | language.range_from_words | language.year_comparison_words
    future = language.future_cues | language.plan_cues  # (once a text, not once a date)
    years, since_latest = [], False
    for d in drafts:
        if d.kind != "date" or d.inferred or not isinstance(d.value, str) or not d.value[:4].isdigit():
            continue
        before = {normalize_word(w) for w in text[max(0, d.start - 30):d.start].split()[-3:]}
        since_latest = since_latest or (d.value[:4] == latest and bool(before & language.since_words))
        if len(d.value) >= 7 and not before & starts and not _future_clause(d, text, sentences, language, future):
            years.append(d.value[:4])
    return max(years, default=None), since_latest


def _future_clause(d: Draft, text: str, sentences: list[tuple[int, int]], language: Language,
                   cues: frozenset[str]) -> bool:
    """d's clause holds a word of `cues` (the future or a plan: `future_cues` | `plan_cues`), also after و/ف:
    "وتتوقع", "سيتم", "المقبل", "بحلول", "وتخطط"."""
    conj = language.report_verb_proclitics
    words = [normalize_word(w) for w in clause_words(text, _sentence_of(d, sentences), d.start, d.end)]
    return any(w in cues or (w[:1] in conj and w[1:] in cues) for w in words)


def _definite(phrase: str, language: Language) -> str:
    """"للفترة نفسها من" -> "الفترة نفسها من": "ل" before the article drops its alif; the phrase as listed."""
    article = language.definite_article
    return article + phrase[2:] if article and phrase.startswith("ل" + article[1:]) else phrase


def _same_month_base(d: Draft, text: str, language: Language, yearless: list[Draft]) -> bool:
    """d is the same month of an earlier year, a comparison's base ("قياسا إلى الشهر نفسه من عام 2021", read as a month
    by same_month_ar.py; "مقارنة بمبيعات أبريل 2023" after "أبريل الماضي"): the text's own month is of the year
    after."""
    if any(text.startswith(p, d.start) for p in language.same_month_phrases):
        return True
    if not any(month_of(y.value) == _month_of(d.value) for y in yearless):
        return False  # (a base of another month compares months: "في مارس مقارنة بفبراير 2023")
    before = text[max(0, d.start - SAME_PERIOD_REACH):d.start].split()[-BASE_WORDS:]
    if any(normalize_word(w) in language.year_comparison_words for w in before):
        return True
    # "64 ألف عقد في ديسمبر الماضي، مقابل 59 ألف عقد في شهر ديسمبر عام 2020": the figure paired with the month's
    # own is of the base month (a pair link, the base's figure and noun between, no clause break)
    before = text[max(0, d.start - 4 * SAME_PERIOD_REACH):d.start].split()[-PAIR_BASE_WORDS:]
    at = max((n for n, w in enumerate(before) if normalize_word(w) in language.pair_links), default=None)
    return at is not None and not any(w[-1:] in "،,.؛:" for w in before[at:])
