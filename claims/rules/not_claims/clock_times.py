"""Not claims: clock times ("10:30", "الساعة 10", "10 am", "10 صباحا", "2200 GMT")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Skip, Tok


class ClockTimeRules(Cursor):
    """Clock times."""

    def _clock_time(self, i: int, prev: Tok | None, nxt: Tok | None, end_i: int) -> Skip | None:
        t = self.toks[i]
        data = self.language
        if nxt is not None and nxt.kind == SYM and nxt.text == ":" and self.glued(i + 1):
            after = self.tok(i + 2)
            if after is not None and after.kind == NUM and (self.glued(i + 2) or self._spaced_minutes(i + 2)):
                return Skip(self._numeric_run_end(i + 2))
        if prev is not None and prev.kind == SYM and prev.text == ":" and self.glued(i):
            before = self.tok(i - 2)
            if before is not None and before.kind == NUM and self.glued(i - 1):
                return Skip(end_i)
        if data.clock_cues and self.in_set(i - 1, data.clock_cues):  # (none in English: no call)
            return Skip(end_i)
        if self.ar and self._clock_minutes_digits(i):  # "الساعة الثامنة و10 دقائق": the minutes of a clock time
            return Skip(end_i + 1 if self.word_key(end_i) in data.clock_minute_nouns else end_i)
        if nxt is not None and nxt.kind == WORD and (nxt.key in data.clock_after or
                                                     (nxt.key in data.clock_suffixes and self.glued(i + 1))):
            if not (t.text.isdigit() and len(t.text) == 4 and not self.glued(i + 1)) or nxt.key in data.time_zones:
                return Skip(i + 2)
        if nxt is not None and nxt.key in data.clock_local_words and self.word_key(i + 2) in data.clock_local_nouns \
                and self._four_digit_clock(t.text):
            return Skip(i + 3)  # "at 2100 local time"
        # (the first tests of the readings below inline: this runs at every figure)
        dotted = self._dotted_clock_word(i + 1) if nxt is not None and len(nxt.text) == 1 else None
        if dotted is not None:
            return Skip(dotted)
        day_part = self._day_part_end(i + 1) if t.text.isdigit() and int(t.text) <= 12 and \
            self.word_key(i - 1) in data.clock_hour_openers else None
        if day_part is not None:
            return Skip(day_part)  # "reopen at 3 in the afternoon"
        return None if self.ar or nxt is None or len(t.text) > 2 else self._clock_range_en(i, nxt)

    @staticmethod
    def _four_digit_clock(text: str) -> bool:
        """Four digits that read as a 24-hour clock: hours 00-23, minutes 00-59 ("2100", "0630")."""
        return len(text) == 4 and text.isdigit() and int(text[:2]) <= 23 and int(text[2:]) <= 59

    def _spaced_minutes(self, k: int) -> bool:
        """English "at 5: 30pm": the minutes typed after a space, two digits with a clock suffix or word after them."""
        t, nxt, data = self.toks[k], self.tok(k + 1), self.language
        return not self.ar and len(t.text) == 2 and t.text.isdigit() and nxt is not None and nxt.kind == WORD and (
            nxt.key in data.clock_after or (self.glued(k + 1) and nxt.key in data.clock_suffixes))

    def _day_part_end(self, j: int) -> int | None:
        """English: the end of "in the morning/afternoon/evening" at token j (`clock_day_parts` after "in the"),
        which makes the hour before it a clock time."""
        data = self.language
        if self.ar or self.word_key(j) not in data.frame_total_links or self.word_key(j + 1) != "the" or \
                self.word_key(j + 2) not in data.clock_day_parts:
            return None
        after = self.tok(j + 3)  # ("between 2 and 4 in the evening class": a noun after, no clock time)
        if after is not None and after.kind == WORD and after.key not in data.clock_hour_openers and \
                after.key not in data.and_words and after.key != "on":
            return None
        return j + 3

    def _clock_range_en(self, i: int, nxt: Tok | None) -> Skip | None:
        """English: an hour whose clock word comes after the second bound ("between 4 and 5 am", "from 10 to 11
        p.m.", "4-5pm"): both bounds are clock times."""
        data = self.language
        if self.ar or nxt is None or not self.toks[i].text.isdigit() or len(self.toks[i].text) > 2 or \
                not (nxt.key in data.range_connectors or (nxt.text == "-" and self.glued(i + 1))):
            return None
        second = self.tok(i + 2)
        if second is None or second.kind != NUM or not second.text.isdigit() or len(second.text) > 2:
            return None
        day_part = self._day_part_end(i + 3)
        if day_part is not None and int(self.toks[i].text) <= 12 and self.word_key(i - 1) in data.clock_hour_openers:
            return Skip(day_part)  # "between 9 and 11 in the morning"
        after = self.tok(i + 3)
        if after is not None and after.kind == WORD and (
                after.key in data.clock_after or (self.glued(i + 3) and after.key in data.clock_suffixes)):
            return Skip(i + 4)
        dotted = self._dotted_clock_word(i + 3)
        return Skip(dotted) if dotted is not None else None

    def _dotted_clock_word(self, j: int) -> int | None:
        """English: the end of "a.m."/"p.m." written in glued letters and dots from token j ("8 a.m.", "4.30 p.m.");
        the word is in `clock_after`, read whole because the tokenizer splits it at its dots."""
        if not 0 <= j < self.n:  # (tok() inline: asked at every figure)
            return None
        first = self.toks[j]
        if first.kind != WORD or len(first.text) != 1:
            return None
        text, k = first.text, j + 1
        while k < j + 4 and self.tok(k) is not None and self.glued(k) and self.toks[k].kind in (WORD, SYM):
            text += self.toks[k].text
            k += 1
            if text.lower().rstrip(".") + "." in self.language.clock_after:
                return k
        return None

    def _clock_minutes_digits(self, i: int) -> bool:
        """Arabic: the figure at i follows "و" after an hour ("الثامنة", "8") right after a clock cue."""
        link = self.tok(i - 1)
        if link is None or link.key != self.language.and_prefix or not self.glued(i):
            return False
        hour = self.tok(i - 2)
        return hour is not None and hour.kind in (NUM, WORD) and self.in_set(i - 3, self.language.clock_cues)
