"""Not claims: phone numbers ("+966 11 4567890", a leading zero, a phone cue word)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, Skip, Tok

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


class PhoneNumberRules(Cursor):
    """Phone numbers."""

    def _phone_number(self, i: int, prev: Tok | None, nxt: Tok | None, end_i: int) -> Skip | None:
        t = self.toks[i]
        data = self.language
        if prev is not None and prev.kind == SYM and prev.text == "+" and self.glued(i):
            return Skip(self._phone_end(i))
        if len(t.text) > 1 and t.text[0] == "0" and t.text[1].isdigit() and t.start not in self.ex.reversed_decimals \
                and not t.text.startswith("000ر") and not (  # ("000ر22": 22,000 typed right to left, numbers/digits)
            nxt is not None and nxt.text in "/-." and isinstance(self._numeric_date(i), list)
        ) and not self._zero_padded_day(i):
            return Skip(self._phone_end(i))  # a leading zero: a phone number, unless a date "06/10/1436هـ"
        if self.in_set(i - 1, data.phone_cues) or (self.in_set(i - 2, data.phone_cues) and self._identifier(i - 1)):
            return Skip(max(end_i, self._phone_end(i)))  # "للاستفسار 920 0 12345": the digit groups too
        return None

    def _zero_padded_day(self, i: int) -> bool:
        """"01 March 2019", "04th Jan", "05 يناير": a two-digit day before a month name is a date, not a phone."""
        text = self.toks[i].text
        if len(text) != 2 or text == "00":
            return False
        j = i + 1
        if self.glued(j) and self.word_key(j) in _ORDINAL_SUFFIXES:
            j += 1  # "04th"
        return self._month_at(j) is not None

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
