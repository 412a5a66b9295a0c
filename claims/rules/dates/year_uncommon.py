"""Dates: years outside the common form (four digits, no marker, a news year), which YearRules._year (year.py)
hands over: years before Christ ("عام 1320 قبل الميلاد", "44 BC", "1550 B.C."), Hijri years (passed over, or kept
beside the Gregorian year restating them), old years after their cue ("founded in 1337"), years below 1000 with
their marker ("بين 610 و632 ميلادي"; "NNNم" after a measure noun is metres) and "class of '83". A base of
YearRules; the readers of a year's marker and range (`_year_marker`, `_year_range`, `_date_draft`) are called through
self."""

from __future__ import annotations

import re
from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Skip
from claims.normalize import normalize_word
from claims.rules.dates.year_like import CALENDAR_YEARS, HIJRI_YEARS, UNMARKED_YEARS

MAX_BC_YEAR = 9999  # the largest year before Christ read as one ("10 آلاف عام قبل الميلاد" is a count)
_HIJRI_YEAR_RE = re.compile(r"[0-9٠-٩]\s?(?:هـ|ه(?!\w)|هجري|للهجرة)")  # "204هـ" anywhere in a sentence
EDGE_MARKS = "\"'()[]«»،,.؛:"  # marks glued to a word of a sentence split on spaces


_BC_SPELLINGS: dict[frozenset[str], frozenset[str]] = {}


def _bc_spellings(words: frozenset[str]) -> frozenset[str]:
    """The before-Christ marker words as a text may write them where the marker is one word (English): whole ("bc")
    and in dotted letters ("b.c", as "B.C." begins): _bc_marker_end reads no other (Extractor.holds_any's gate)."""
    found = _BC_SPELLINGS.get(words)
    if found is None:
        found = _BC_SPELLINGS[words] = frozenset(words) | frozenset(".".join(w) for w in words)
    return found


def _iso_year(astronomical: int) -> str:
    """ISO 8601 text of an astronomical year: 0 -> "0000", -1319 -> "-1319", -43 -> "-0043"."""
    return f"-{-astronomical:04d}" if astronomical < 0 else f"{astronomical:04d}"


class UncommonYearRules(Cursor):
    """Years before Christ, Hijri years, old years and short years."""

    def _bc_year(self, i: int) -> list[Draft] | None:
        """A year before Christ ("عام 1320 قبل الميلاد", "500 ق.م", "44 BC"), or a range of two marked once after the
        second ("بين عامي 1250 و1248 قبل الميلاد"): an ISO 8601 astronomical year (1 BC is 0000, 1320 BC is
        -1319; bench/devset/GUIDELINES.md), the earlier year as the value."""
        t = self.toks[i]
        if not self.language.bc_year_words or not t.text.isdigit() or not 1 <= int(t.text) <= MAX_BC_YEAR:
            return None
        if not self.language.bc_year_openers and not self.ex.holds_any(_bc_spellings(self.language.bc_year_words)):
            return None  # (most texts hold no marker, a word or its dotted letters: no figure asks further)
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
                not self.ar and (self.word_key(i - 1) in data.old_year_cues or self._possessive_year(i) or
                                 self._old_year_en(i)))):
            # "founded in 1337", "منذ عام 1500": an old year after its cue, unless it counts or measures
            if not self._counted_after(i + 1, NumberExpr(Decimal(year), i, i + 1, plain_digits=t.text)) and \
                    self._measure_after(i + 1) is None and not self._unit_follows(i):
                return self._date_draft(i, end, year, None, None, "gregorian")
        return None

    def _old_year_en(self, i: int) -> bool:
        """English: an old year (below UNMARKED_YEARS) after "from", or after "to" right after "back", closing its
        phrase ("bylaws dating from 1702", "the telescope from 1742 (61st position)", "ledgers dating back to 1653"; not
        "from 1500 to 1700": a change), or after a determiner before a singular noun or a name ("the 1744 charter", "the
        1715 Act of Union"), in a sentence with no clock word (a time: "from 1130 to 1215 GMT", "the 1200 GMT
        deadline")."""
        data = self.language
        before = self.word_key(i - 1)
        after = self.tok(i + 1)
        ranged = after is not None and (after.kind == NUM or after.key in data.year_range_connectors or (
            after.text in "-–" and self.glued(i + 1)))
        if before == "to" and self.word_key(i - 2) in data.old_year_back_links:
            if ranged or self.word_key(i - 3) not in data.old_year_back_verbs:
                return False  # "the index fell back to 1050": a level; a year only after a verb of dating
        elif before in data.old_year_from_cues:
            if ranged or (after is not None and after.kind == WORD and after.key not in data.old_year_closing_words):
                return False  # ("from 1500 to 1700", "from 1130 to 1215 GMT", "went from 1500 in May")
            level = self.word_key(i - 2)
            if level in data.subject_change_verbs or level in data.old_year_level_words:
                return False  # "shares have risen from 1450, which": a level changed from (review 20)
        elif before in data.year_determiners:
            if after is None or after.kind != WORD or not (
                    self._singular_noun_en(i + 1) or (after.text[:1].isupper() and after.text[1:].islower())) or \
                    after.key in data.old_year_time_nouns:
                return False  # ("the 1530 kick-off", "the 1400 deadline": a clock time; review 20)
        else:
            return False
        s, e = self.bounds
        return not any(t.key in data.clock_after or (t.key in data.clock_local_words and self.word_key(k + 1) in
                                                      data.clock_local_nouns)
                       for k, t in enumerate(self.toks) if s <= t.start < e)

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
