"""Numbers, the Arabic parts: compound figures joined by و ("498 ألفا و543 سهما" -> 498,543)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, NumberExpr


class CompoundNumberRulesAr(Cursor):
    """Arabic compound figures."""

    def _join_scaled_parts(self, n1: NumberExpr) -> None:
        """"498 ألفا و543 سهما", "مليونين و624 ألفا و966 دولارا": parts joined by و, each below the last scale; or
        scaled parts in a row without it ("11 مليار 431 مليونا 492 ألف دينار", as Jordanian budgets write them)."""
        for _ in range(4):
            if not n1.scale:
                return
            t = self.tok(n1.end_i)
            bare = t is not None and t.kind == NUM  # no و: the part must carry its own, smaller scale
            if t is None or not (bare or (t.kind == WORD and t.key in self.language.and_words)):
                return
            k = n1.end_i if bare else n1.end_i + 1
            nxt = self.tok(k)
            if nxt is None or nxt.kind != NUM:
                return  # "و543" or "و 243"
            part = self.number_expr(k)
            if part is None or not 0 < part.value < n1.scale or (bare and not 0 < part.scale < n1.scale):
                return
            n1.value += part.value
            n1.end_i, n1.scale, n1.plain_digits = part.end_i, part.scale, None
            n1.is_word = n1.is_word and part.is_word  # "مليون و847 ألفا و145": digits make it a figure that stands
