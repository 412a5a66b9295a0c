"""Money, the Arabic parts: currency adjectives with their article and case endings, and amounts continued after
the currency ("27 مليون ريال و 243 ألفا")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, NumberExpr
from claims.languages import Currency


class MoneyRulesAr(Cursor):
    """Arabic money rules."""

    def _adjective_code_ar(self, cur: Currency, adj: str) -> str | None:
        """The code an adjective names, tried without the article, then without a case ending, then without
        both: "السعودي", "سعوديا", "سعوديه", "السعوديه"."""
        data = self.language
        article = data.definite_article
        definite = adj.startswith(article)
        if definite:
            code = cur.adjectives.get(adj[len(article):])
            if code is not None:
                return code
        for ending in data.adjective_endings:
            if adj.endswith(ending):
                code = cur.adjectives.get(adj[:-len(ending)])
                if code is not None:
                    return code
        if definite:
            for ending in data.definite_adjective_endings:
                if adj.endswith(ending):
                    code = cur.adjectives.get(adj[len(article):-len(ending)])
                    if code is not None:
                        return code
        return None

    def _money_tail(self, n1: NumberExpr, j: int, cur: Currency) -> int:
        """Arabic: "27 مليون ريال و 243 ألفا (ريال)": a smaller part joined by و after the currency adds to the amount;
        returns the new end index (j when nothing joins). A part that counts or measures something
        ("و300 ألف لاجئ") or names another currency stays a figure of its own."""
        t, nxt = self.tok(j), self.tok(j + 1)
        if t is None or t.kind != WORD or t.key not in self.language.and_words or nxt is None or nxt.kind != NUM:
            return j
        part = self.number_expr(j + 1)
        if part is None or not part.scale:
            return j
        self._join_scaled_parts(part)
        if not 0 < part.value < n1.scale:
            return j
        k = part.end_i
        after = self._currency_after(k)
        if after is not None:
            if after[0] is not cur:
                return j
            k = after[1]
        elif self._percent_after(k) is not None or self._measure_after(k) is not None or \
                self._counted_after(k, part) is not None:
            return j
        n1.value += part.value
        return k
