"""Not claims, Arabic: a tatweel used as a dash ("25 ــ 18" a score, "8 ـ تعيين ..." a numbered item); the
tatweel is gone from the normalized text, so the original between the tokens is read. Two figures joined by a
tatweel before a unit or a counted noun, or after "بين"/"من" (`tatweel_range_openers`), are a range instead
("بين 10ـ15 بالمئة", "من 3ـ5 أيام", "100ـ150 مقعدا"): ranges._second_number reads it through
tatweel_range_second_ar."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, NumberExpr, Skip, Tok

SCORE_MAX = 200  # the largest side of a score (a glued year pair, "2005ـ2007", is left alone)


class TatweelRulesAr(Cursor):
    """Tatweel dashes."""

    def _tatweel_dash_ar(self, i: int, nxt: Tok | None) -> Skip | None:
        if not self.ar or not self._tatweel_typed():
            return None  # (each reading below needs a tatweel in the original: most texts have none)
        t = self.toks[i]
        if t.text.isdigit() and self._glued_tatweel_sides(t) is not None:
            if self._tatweel_range_context(i, i + 1):
                return None  # "من 3ـ5 أيام": a range (tatweel_range_second_ar)
            return Skip(i + 1)  # "2ـ0": the tatweel joins the two sides into one token of the normalized text
        if self._spaced_tatweel_pair(i, nxt):
            if self._tatweel_range_context(i, i + 2):
                return None  # "بين 10 ـ 15 بالمئة": a range
            return Skip(i + 2)
        if nxt is not None and nxt.kind == WORD and t.text.isdigit() and len(t.text) <= 2:
            norm = self.ex.norm
            between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
            if "\u0640" in between and not between.strip(" \u0640"):
                return Skip(i + 2)  # "8 ـ تعيين ...": a numbered item with a tatweel dash
        return None

    def _tatweel_typed(self) -> bool:
        """The original text holds a tatweel: read once a text."""
        typed = self.ex.tatweel_typed
        if typed is None:
            typed = self.ex.tatweel_typed = "\u0640" in self.ex.norm.original
        return typed

    def _spaced_tatweel_pair(self, i: int, nxt: Tok | None) -> bool:
        """"25 ــ 18": two small whole numbers with a tatweel between (not "2 ـ 4/6/1436هـ": days, dates/numeric.py)."""
        t = self.toks[i]
        if nxt is None or nxt.kind != NUM or not t.text.isdigit() or not nxt.text.isdigit() or \
                int(t.text) > SCORE_MAX or int(nxt.text) > SCORE_MAX:
            return False
        norm = self.ex.norm
        between = norm.original[norm.to_original_end(t.end):norm.to_original(nxt.start)]
        return "\u0640" in between and self._numeric_day_range(i) is None

    def _glued_tatweel_sides(self, t: Tok) -> tuple[str, str] | None:
        """Two small whole numbers glued by a tatweel ("هزم ضيفه 2ـ0", "تعادلا 1ــ1"): their digits, else None."""
        norm = self.ex.norm
        original = norm.original[norm.to_original(t.start):norm.to_original_end(t.end)]
        if "\u0640" not in original:
            return None
        sides = [side for side in original.split("\u0640") if side]
        if len(sides) != 2 or not all(side.isdigit() and int(side) <= SCORE_MAX for side in sides):
            return None
        return sides[0], sides[1]

    def _tatweel_range_context(self, i: int, end_i: int) -> bool:
        """A tatweel pair from token i to end_i is a range: "بين"/"من" before it, or a unit, a percent word or a
        counted noun after it (a score stands bare: "فاز 3ـ1 على ضيفه")."""
        return self.in_set(i - 1, self.language.tatweel_range_openers) or self._unit_follows(end_i - 1) or \
            self._counted_at(end_i)

    def tatweel_range_second_ar(self, n1: NumberExpr, j: int) -> NumberExpr | None:
        """The upper bound of a range written with a tatweel ("10ـ15 بالمئة" glued, "10 ـ 15" spaced), n1 cut down
        to the lower bound when the two were one token; None when n1 is no such range."""
        if not self.ar or self.toks[n1.start_i].kind != NUM:
            return None
        t = self.toks[n1.start_i]
        sides = self._glued_tatweel_sides(t) if n1.end_i == n1.start_i + 1 and t.text.isdigit() else None
        if sides is not None and self._tatweel_range_context(n1.start_i, n1.end_i):
            low, high = Decimal(sides[0]), Decimal(sides[1])
            n1.value, n1.raw, n1.plain_digits = low, low, sides[0]
            return NumberExpr(high, n1.start_i, n1.end_i, raw=high, plain_digits=sides[1])
        nxt = self.tok(j)
        if j == n1.start_i + 1 and self._spaced_tatweel_pair(n1.start_i, nxt) and \
                self._tatweel_range_context(n1.start_i, j + 1):
            return self.number_expr(j)
        return None
