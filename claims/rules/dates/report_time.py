"""Time words that only date the report (issue 14, class 6): "قال أمس", "أعلن اليوم الخميس", "said on Tuesday",
and datelines ("جيزان 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس").

They are not claims to check: the extractor drops them after they have set the `time_ref` of the sentence's other
claims (claims/engine/extractor.py). An event's own day ("انطلقت صباح الثلاثاء أعمال الاجتماع", "شن المسلحون أمس
هجوما", "Friday's summit") is not tied to a verb of saying and stays a claim.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, Draft
from claims.languages import Language

# How far back (tokens) a verb of saying may stand from the day word: "قال ولي العهد الأمير محمد بن نايف أمس".
REPORT_VERB_REACH_AR = 7
# English: "said on Monday", "told reporters on Monday", "told the BBC on Monday".
REPORT_VERB_REACH_EN = 3
# A comma or a bracket may sit between the verb and the day ("قال، أمس،", "اليوم (الخميس)").
PASSABLE_MARKS = frozenset(",،()")
DATELINE_TAIL = 20  # characters at a sentence's end where a dateline's agency stands ("... 2015م (واس)")


class ReportTimeRules(Cursor):
    """Marks a weekday or day word (tokens start_i..) as the report's time when a verb of saying owns it."""

    def _report_time(self, start_i: int) -> bool:
        data = self.language
        if not data.report_verbs:
            return False
        if self.toks[start_i].text.endswith("'s"):
            return False  # "said Monday's vote was close": the possessive names the event
        reach = REPORT_VERB_REACH_AR if self.ar else REPORT_VERB_REACH_EN
        k = start_i - 1
        if not self.ar and self.word_key(k) in data.report_time_links:
            k -= 1  # "said on Monday"
        words = 0
        while k >= 0 and words < reach:
            t = self.toks[k]
            if t.kind == SYM:
                if t.text not in PASSABLE_MARKS:
                    return False
            elif t.kind == NUM:
                return False
            else:
                key = t.key
                if key in data.report_clause_breaks:
                    return False  # "قال إن المسلحين شنوا أمس هجوما": the day belongs to the reported act
                if key in data.report_verbs or (self.ar and key[:1] in data.report_verb_proclitics and
                                                key[1:] in data.report_verbs):
                    # "will be announced on Monday": a future act is the event, not the report.
                    return self.word_key(k - 1) not in data.report_clause_breaks
                words += 1
            k -= 1
        return False


def mark_dateline(drafts: list[Draft], text: str, sentence: tuple[int, int], language: Language) -> None:
    """A sentence that is only a place, dates and a news agency ("جيزان 25 شوال 1436هـ الموافق 10 أغسطس 2015م
    واس", "الرياض - 3 أغسطس 2015 (واس)") is a dateline: its dates date the report."""
    if not language.dateline_agencies or not drafts or any(d.kind != "date" for d in drafts):
        return
    s, e = sentence
    tail = text[max(s, e - DATELINE_TAIL):e]
    if not any(agency in tail for agency in language.dateline_agencies):
        return  # (the agency closes a dateline: most sentences of dates alone stop here)
    rest: list[str] = []
    pos = s
    for d in sorted(drafts, key=lambda x: x.start):
        rest.append(text[pos:d.start])
        pos = d.end
    rest.append(text[pos:e])
    words = [w.strip("()[]-–—:،,.«»\"") for w in " ".join(rest).split()]
    words = [w for w in words if w and w not in language.dateline_links]
    if not words or len(words) > 4:
        return
    joined = " " + " ".join(words)
    if any(joined.endswith(" " + agency) for agency in language.dateline_agencies):
        for d in drafts:
            d.report_time = True

