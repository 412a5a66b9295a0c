"""Not claims: phone numbers ("+966 11 4567890", a leading zero, a phone cue word)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Skip, Tok

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_PAIR_DASHES = frozenset({"-", "–"})  # a range's dash between two padded figures ("08 – 30")
PLUS_PHONE_MIN_DIGITS = 7  # "+" and one run of digits: a phone number from this length ("+97150123456")
PHONE_AT_MIN_DIGITS = 3  # "call Customer Care at 611": a short code after "at" and a verb of calling
PHONE_AT_REACH = 5  # words from "at" back to its verb of calling ("call the council's hotline at")
PHONE_CUE_CHARS = 80  # from a phone cue to digit groups ("the helpline number operated by X is 1800 265 165")


class PhoneNumberRules(Cursor):
    """Phone numbers."""

    def _phone_number(self, i: int, prev: Tok | None, nxt: Tok | None, end_i: int) -> Skip | None:
        t = self.toks[i]
        data = self.language
        if prev is not None and prev.kind == SYM and prev.text == "+" and self.glued(i):
            joined = i >= 2 and self.toks[i - 2].kind == NUM and self.glued(i - 1)  # "5+1", "(45+3)", "2+2": no sign
            if joined or (t.text.isdigit() and (len(t.text) >= PLUS_PHONE_MIN_DIGITS or self._phone_end(i) > i + 1)):
                return Skip(self._phone_end(i))  # "+966 11 4567890", "+97150123456"; not "+35 deaths", "+1,200 cases"
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit() and t.start not in self.ex.reversed_decimals \
                and "ر" not in t.text and not (  # ("000ر22", "03ر20": 22,000 and 20.03 typed right to left, digits.py)
            nxt is not None and nxt.text in "/-." and isinstance(self._numeric_date(i), list)
        ) and not self._zero_padded_day(i) and not self._zero_padded_pair(i) and not self._apostrophe_year(i):
            return Skip(self._phone_end(i))  # a leading zero: a phone number, unless a date "06/10/1436هـ"
        if (self.in_set(i - 1, data.phone_cues) or (self.in_set(i - 2, data.phone_cues) and self._identifier(i - 1))) \
                and not self._scaled_amount_follows(end_i - 1) and self._measure_after(end_i) is None and \
                not self._unit_follows(end_i - 1):
            # ("بلغ الرقم 2ر8 مليون مسافر", "بتسجيله الرقم 15160 ميغاواط": a figure; "سعر الجوال 1300 جنيه": a price,
            # the sack's or the phone's)
            return Skip(max(end_i, self._phone_end(i)))  # "للاستفسار 920 0 12345": the digit groups too
        if nxt is not None and nxt.kind == NUM and self._spaced_groups_after(i) >= 2 and \
                self._phone_cue_shortly_before(t.start):  # (a digit group right after first: no call at most figures)
            return Skip(self._phone_end(i))  # "the helpline number, run by the council, is 1800 265 165"
        if t.text.isdigit() and len(t.text) >= PHONE_AT_MIN_DIGITS and self.in_set(i - 1, data.phone_at_links) and \
                (nxt is None or (nxt.kind == SYM and nxt.text in ".,;)") or nxt.key in data.phone_at_after) and \
                self._call_verb_before(i - 1):
            return Skip(self._phone_end(i))  # "call Customer Care at 611", "call the hotline at 311 for help"
        if t.text in data.emergency_numbers and nxt is not None and nxt.key in data.emergency_number_after:
            return Skip(end_i)  # "a 911 call", "999 operators": the emergency line named (GUIDELINES class 5)
        return None

    def _call_verb_before(self, k: int) -> bool:
        """A verb of calling (`phone_at_verbs`: "call", "dial") among the PHONE_AT_REACH words of the sentence before
        token k, a line called between: a name or a phone noun ("asked to ring Client Services at", "call the
        hotline at"; not "the phone maker's shares closed at", "analysts call the index fair at")."""
        data = self.language
        line = False
        for m in range(k - 1, max(-1, k - 1 - PHONE_AT_REACH), -1):
            t = self.toks[m]
            if t.start < self.bounds[0]:
                return False
            if t.kind == WORD and t.key in data.phone_at_verbs:
                return line
            line = line or (t.kind == WORD and (t.text[:1].isupper() or t.key in data.phone_cues or
                                                t.key in data.phone_at_lines))
        return False

    def _phone_cue_shortly_before(self, start: int) -> bool:
        """A phone cue among the few words of the sentence before offset start (read in the text: the window may
        begin after it)."""
        text = self.ex.norm.text[max(self.bounds[0], start - PHONE_CUE_CHARS):start]
        return any(w.strip(".,:;()'\"’") in self.language.phone_cues for w in text.lower().split())

    def _spaced_groups_after(self, i: int) -> int:
        """How many digit groups of two to four digits follow the one at i, each after a single space ("1800 265
        165" → 2); a phone number's groups, when a phone cue stands a few words before."""
        n, j = 0, i + 1
        while j < self.n and n < 4:
            t, prev = self.toks[j], self.toks[j - 1]
            if t.kind != NUM or not t.text.isdigit() or not 2 <= len(t.text) <= 4 or t.start != prev.end + 1:
                break
            n, j = n + 1, j + 1
        return n

    def _apostrophe_year(self, i: int) -> bool:
        """English: two digits right after a glued apostrophe ("the class of '07", "the summer of ’08") are a year
        with its century left off (dates/year_uncommon._short_year), not a phone number's first group."""
        prev = self.tok(i - 1)
        return not self.ar and len(self.toks[i].text) == 2 and prev is not None and prev.text in "'’" and \
            self.glued(i)

    def _zero_padded_day(self, i: int) -> bool:
        """"01 March 2019", "04th Jan", "05 يناير": a two-digit day before a month name is a date, not a phone; so is
        the first of a run of days before one ("يومي 09 و10 أوت 2024")."""
        text = self.toks[i].text
        if len(text) != 2 or text == "00":
            return False
        j = i + 1
        if self.glued(j) and self.word_key(j) in _ORDINAL_SUFFIXES:
            j += 1  # "04th"
        if self._month_at(j) is not None:
            return True
        day = self._day_value(self.toks[i])
        return self.ar and day is not None and self._month_at(self._day_run(i, day)[2]) is not None

    def _zero_padded_pair(self, i: int) -> bool:
        """"ما بين 00 و06 درجات", "بين 06 و12 درجة": a weather bulletin pads figures of a pair with a measure
        after it to two digits; two short figures joined by و before a unit are no phone number."""
        def short(k: int) -> bool:
            t = self.tok(k)
            return t is not None and t.kind == NUM and t.text.isdigit() and len(t.text) <= 2

        if len(self.toks[i].text) != 2:
            return False
        if not self.ar:  # "stay 07-09°C above normal", "07°C": a padded figure, or pair, right before its unit
            k = i + 3 if self.tok(i + 1) is not None and self.toks[i + 1].text == "-" and short(i + 2) else i + 1
            after = self.tok(k)
            return after is not None and self.glued(k) and (after.text in ("°", "%") or
                                                             self._measure_after(k) is not None)
        if self.word_key(i + 1) == self.language.and_prefix and short(i + 2):
            return self._measure_after(i + 3) is not None
        if self.tok(i + 1) is not None and self.toks[i + 1].text in _PAIR_DASHES and short(i + 2):
            return self._measure_after(i + 3) is not None  # "08 – 30 كم/ساعة": a padded range before its unit
        if self.word_key(i - 1) == self.language.and_prefix and short(i - 2) and \
                self._measure_after(i + 1) is not None:
            return True
        return self._padded_figure_ar(i)

    def _padded_figure_ar(self, i: int) -> bool:
        """"منذ 03 سنوات", "اعتقال 05 أشخاص": a two-digit figure padded with a zero right before its unit or the
        noun it counts is the figure (no phone number has two digits)."""
        after = self.tok(i + 1)
        if after is None or after.kind != WORD:
            return False
        return self._measure_after(i + 1) is not None or self._counted_noun_ar(i + 1, after) is not None

    def _phone_end(self, i: int) -> int:
        """End of a phone number's digit groups: "+966 11 4567890", "0800 123 4567", "(020) 7946-0000"."""
        j = i + 1
        while j < self.n:
            t = self.toks[j]
            if t.kind == NUM and t.text.isdigit():
                j += 1
            elif t.kind == SYM and t.text in "-()" and j + 1 < self.n and self.toks[j + 1].kind == NUM:
                j += 1
            else:
                break
        return j
