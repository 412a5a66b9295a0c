"""English datelines (issue 14, class 6): the date of "NAIROBI, June 21 (Reuters) -" opening a report dates the
report, not a fact; so does a date restating a day of the report in brackets ("confirmed on Friday (June 6) that")
or a bracketed date after a verb of saying (rules/dates/bracketed_report_en.py). Called by claims/engine/extractor.py
once a sentence's drafts are read; the walk from a day to its verb of saying is report_time_en.py's."""

from __future__ import annotations

import re

from claims.engine.types import Draft
from claims.languages import Language
from claims.rules.dates.bracketed_report_en import mark_date_bracketed_after_verb_en

# A dateline opening an English report: an upper-case place (maybe after the outlet in brackets), a comma, the date,
# then the agency in brackets and a dash: "NAIROBI, June 21 (Reuters) -", "CAIRO, Feb 2 (UPI) --". The place may
# be in title case and carry its region in brackets ("Kisumu (Nyanza, Kenya), May 3 (XYZ) —"); the outlet's
# bracket may open before the date and close after it ("QUETTA, (Daily Wire - 4th Jun, 2021 ) :"), or hold the
# date first and the outlet after a dash ("PERTH, Australia (Jan. 4, 2003 – Radio Kiwi)---"); the outlet's name
# may come first, unbracketed, before an upper-case place ("Caribbean Wire, KINGSTON, Jamaica, May 2, 2019:"), and
# a news agency's initials may follow the date after a comma ("Tamale, June 5, GNA – ").
_DATELINE_PLACE_EN = re.compile(r"(?:\([^()\n]{1,60}\)\s*|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s*(?=[A-Z][A-Z]))?"
                                r"(?:[A-Z][A-Z.'’ -]{1,40}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?: ?\([^()\n]{1,40}\))?"
                                r"(?:,\s*[A-Z][A-Za-z.]{1,20})?(?:,\s*(?:\([^()\n]{1,60}[-–]\s*)?|\s*\(\s*)"
                                r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} ?\([A-Z][A-Za-z]{0,11}\),\s*"
                                r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} \([A-Z][A-Za-z/]{0,11}\)\s+"
                                r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} [-–—] (?:[A-Z][a-z]+day,? )?")
# (the last forms: a title-case place, its agency in brackets or a dash: "Siem Reap (KT), May 4 —", "Suva - May 5:";
# its region's initials in brackets and no comma: "Bole (N/R) June 5, GNA –")
# After the date: the agency in brackets and a dash, a colon ("MARDAN, May 12: Police said"), the outlet's bracket
# closing, or (only where the text opens: _DATELINE_BARE_TAIL_EN) no mark before the report's first word ("Kisumu,
# Mar 3 The county ..."; the copy lost its dash); mid-text, "Meanwhile, March 3 Officials said" is no dateline.
_DATELINE_TAIL_EN = re.compile(r"\s*(?:,\s*\d{4}\s*)?(?:(?:,?\s*\([^()\n]{1,40}\)\s*|,\s*[A-Z]{2,6}\s*)?(?:--?|–|—)\s"
                               r"|(?:,?\s*\([^()\n]{1,40}\)\s*)?:\s*[A-Z]|(?:\s*[-–—]\s*[A-Z][^()\n]{1,40})?\)\s*(?:--?|–|—|:)"
                               r"|\s*\([A-Z](?:[A-Z]{1,5}|[a-z]{2,15})\)\s+(?=[A-Z][a-z]))")
# (the last form: an agency's initials or word in brackets, the dash lost: "New Delhi, Jun 8 (PTI) The board")
_DATELINE_BARE_TAIL_EN = re.compile(r"\s*(?:,\s*\d{4}\s*)?\s(?=[A-Z][a-z])")
# (a comma may stand before the agency's bracket, and the bracket before a colon: "KUWAIT, May 4, (KUNA): The")
# With no place, the date opens the report and the agency in brackets is required: "Aug 23, 2010 (LBO) –", one to
# three capitalized words ("(Lanka Business Online)"); not a remark ("March 5, 2020 (the day lockdown began) -").
_DATELINE_AGENCY_TAIL_EN = re.compile(
    r"\s*(?:,\s*\d{4}\s*)?\(\s*[A-Z][\w.&'’-]{0,24}(?: [A-Z][\w.&'’-]{0,24}){0,2}\s*\)\s*(?:--?|–|—)\s")

# A time stamp: a full date with its year opening a line, maybe after its weekday, then its clock time in brackets
# closing the line ("Thursday, 14 March 2019 (09:15 IST)"), or, opening the text, a colon and the report's first
# word ("28 December 2012: Six films ..."; not a timeline's later entry).
_STAMP_WEEKDAY_EN = re.compile(r"(?:[A-Z][a-z]+day,? )?")
_STAMP_CLOCK_TAIL_EN = re.compile(r" ?\(\d{1,2}[:.]\d\d(?: ?[A-Za-z.]{1,6}){0,2}\) *(?:\n|$)")
_STAMP_COLON_TAIL_EN = re.compile(r": (?=[A-Z])")


def _opens_line(text: str, s: int) -> bool:
    return s == 0 or text[s - 1] == "\n"


# "on Monday (August 13)", "published Thursday night, Nov. 5, by": the day of the report restated by its date.
_OPEN_BRACKET_EN = re.compile(r"(?: (?:morning|afternoon|evening|night))?(?: ?\( ?|, ?| )(?:[A-Z][a-z]+day, )?")
# ("today March 20"; a weekday may open the bracket: "today (Friday, May 31)")
_CLOSE_BRACKET_EN = re.compile(r" ?(?:[),]|\.(?:\s|$)|$)")  # (or the sentence's end: "on Thursday, January 19.")


def mark_dateline_en(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language) -> None:
    """The date of a dateline at the start of the sentence dates the report (class 6), not a fact; so does a date
    in brackets right after a day of the report ("confirmed on Friday (June 6) that": one span, GUIDELINES) or right
    after a verb of saying ("ACI reported (28-Feb-2018) that passengers rose": the report's date)."""
    _mark_bracketed_report_date_en(drafts, text)
    mark_date_bracketed_after_verb_en(drafts, text, language)
    s = sentence[0]
    for d in drafts:
        if d.kind != "date" or d.start - s > 100:
            continue
        if _DATELINE_PLACE_EN.fullmatch(text, s, d.start) and (
                _DATELINE_TAIL_EN.match(text, d.end, d.end + 60) or
                (s == 0 and _DATELINE_BARE_TAIL_EN.match(text, d.end, d.end + 60))):
            d.report_time = True
        elif d.start == s and _DATELINE_AGENCY_TAIL_EN.match(text, d.end, d.end + 60):
            d.report_time = True  # "Aug 23, 2010 (LBO) – An IMF mission said"
        elif d.precision == "day" and str(d.value)[:1].isdigit() and _opens_line(text, s) and \
                _STAMP_WEEKDAY_EN.fullmatch(text, s, d.start) and (
                    _STAMP_CLOCK_TAIL_EN.match(text, d.end) or (s == 0 and _STAMP_COLON_TAIL_EN.match(text, d.end))):
            d.report_time = True  # "Thursday, 14 March 2019 (09:15 IST)"; the text opening "28 December 2012: Six"
        break  # only the sentence's first date can be its dateline


def _mark_bracketed_report_date_en(drafts: list[Draft], text: str) -> None:
    """A date alone in brackets or between commas right after a day word that dates the report (maybe with its part
    of the day) restates that day: the report's too."""
    days = [d for d in drafts if d.kind == "date" and d.report_time]
    if not days:
        return
    for d in drafts:
        if d.kind != "date" or d.report_time:
            continue
        if any(_OPEN_BRACKET_EN.fullmatch(text, day.end, d.start) for day in days) and \
                _CLOSE_BRACKET_EN.match(text, d.end, d.end + 2):
            d.report_time = True
