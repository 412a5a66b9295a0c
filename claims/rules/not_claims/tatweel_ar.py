"""Not claims, Arabic: a tatweel used as a dash ("25 ــ 18" a score, "8 ـ تعيين ..." a numbered item); the
tatweel is gone from the normalized text, so the original between the tokens is read."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Skip, Tok


class TatweelRulesAr(Cursor):
    """Tatweel dashes."""

    def _tatweel_dash_ar(self, i: int, nxt: Tok | None) -> Skip | None:
        if not self.ar:
            return None
        t = self.toks[i]
        if t.text.isdigit() and self._glued_tatweel_pair(t):
            return Skip(i + 1)  # "2ـ0": the tatweel joins the two sides into one token of the normalized text
        if nxt is not None and nxt.kind == NUM and t.text.isdigit() and nxt.text.isdigit() and \
                int(t.text) <= 200 and int(nxt.text) <= 200:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between and self._numeric_day_range(i) is None:  # ("2 ـ 4/6/1436هـ": days, dates/numeric.py)
                return Skip(i + 2)
        if nxt is not None and nxt.kind == WORD and t.text.isdigit() and len(t.text) <= 2:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between and not between.strip(" \u0640"):
                return Skip(i + 2)  # "8 ـ تعيين ...": a numbered item with a tatweel dash
        return None

    def _glued_tatweel_pair(self, t: Tok) -> bool:
        """Two small whole numbers glued by a tatweel ("هزم ضيفه 2ـ0", "تعادلا 1ــ1"): a score, as spaced."""
        norm = self.ex.norm
        original = norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]
        if "\u0640" not in original:
            return False
        sides = [side for side in original.split("\u0640") if side]
        return len(sides) == 2 and all(side.isdigit() and int(side) <= 200 for side in sides)
