"""English race times: "a time of 14:02.57", "clocked 2:05:40" (a count of seconds; GUIDELINES: a race time is a
count). Arabic ones are counts_ar.race_time_ar."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, Draft, number_value
from claims.rules.numbers.digit_values import colon_seconds


class RaceTimeRulesEn(Cursor):
    """Race times in minutes and seconds, or hours, minutes and seconds."""

    def race_time_en(self, i: int) -> list[Draft] | None:
        """Token i opens glued "m:ss.xx" or "h:mm:ss(.x)": a race time, the count of its seconds, when the seconds
        carry a decimal part (no clock shows hundredths: "13:50.83" is 830.83; but not after `clock_time_prepositions`:
        "at 14:05.20") or a time cue stands before it (`race_time_cues`, also with "of" between: "a time of 2:05:40",
        "clocked 1:59:40", "a course record of 2:09:44"; "in" before h:mm:ss, or before m:ss in a sentence naming a
        race, `race_time_links`, `race_time_nouns`: "placed second in 2:09:57", "won the marathon in 2:03"); else a
        clock time."""
        parts = [i]
        k = i + 1
        while len(parts) < 3 and self.tok(k + 1) is not None and self.toks[k].text == ":" and self.glued(k) and \
                self.glued(k + 1) and self.toks[k + 1].kind == NUM:
            parts.append(k + 1)
            k += 2
        after = self.tok(k)
        if len(parts) < 2 or (after is not None and self.glued(k) and after.text in (":", ".") and
                              self.tok(k + 1) is not None and self.glued(k + 1) and self.toks[k + 1].kind == NUM):
            return None  # (a longer run of figures: a verse, a version, an address)
        texts = [self.toks[p].text for p in parts]
        seconds = colon_seconds(texts)
        if seconds is None:
            return None
        data = self.language
        before = self.word_key(i - 1)
        cued = self.in_set(i - 1, data.race_time_cues) or (
            before == "of" and self.in_set(i - 2, data.race_time_cues)) or (
            before in data.race_time_links and (len(parts) == 3 or self._race_sentence()))  # ("second in 2:09:57":
        # hours, minutes and seconds after "in" are a duration; no clock is read "in" a time to the second)
        if not cued and ("." not in texts[-1] or before in data.clock_time_prepositions):
            return None  # ("happened at 14:05.20": a clock read to the hundredth)
        end = self.toks[parts[-1]].end
        return [Draft("count", self.toks[i].start, end, value=number_value(seconds), unit="seconds")]

    def _race_sentence(self) -> bool:
        """A word of `race_time_nouns` stands in the sentence (read only for "in" before a time)."""
        lo, hi = self.bounds
        nouns = self.language.race_time_nouns
        return any(lo <= t.start < hi and t.key in nouns for t in self.toks)
