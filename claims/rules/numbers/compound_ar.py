"""Numbers, the Arabic parts: compound figures joined by و ("498 ألفا و543 سهما" -> 498,543)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, NumberExpr, Tok


class CompoundNumberRulesAr(Cursor):
    """Arabic compound figures."""

    def _join_scaled_parts(self, n1: NumberExpr) -> None:
        """"498 ألفا و543 سهما", "مليونين و624 ألفا و966 دولارا": parts joined by و, each below the last scale; or
        scaled parts in a row without it ("7 مليارات 215 مليونا 380 ألف دينار", as Jordanian budgets write them), or
        each part in brackets ("(12) مليونا و(480) ألفا و(75) برميلا", as some ministries print figures)."""
        self._half_of_scale_ar(n1)
        for _ in range(4):
            if not n1.scale:
                return
            t = self.tok(n1.end_i)
            bare = t is not None and t.kind == NUM  # no و: the part must carry its own, smaller scale
            if self._glued_and_words_part(n1, t):
                continue  # "21 مليونا وستمائة ألف"
            if t is None or not (bare or (t.kind == WORD and t.key in self.language.and_words)):
                return
            k = n1.end_i if bare else n1.end_i + 1
            nxt = self.tok(k)
            if nxt is not None and nxt.text == "(" and self.tok(k + 2) is not None and \
                    self.toks[k + 1].kind == NUM and self.toks[k + 2].text == ")":
                k, nxt = k + 1, self.toks[k + 1]  # "(12) مليونا و(480) ألفا": each part in its own brackets
            if nxt is None or nxt.kind != NUM:
                return  # "و543" or "و 243"
            part = self.number_expr(k)
            if part is None or not 0 < part.value < n1.scale or (bare and not 0 < part.scale < n1.scale):
                return
            n1.value += part.value
            n1.end_i, n1.scale, n1.plain_digits = part.end_i, part.scale, None
            n1.is_word = n1.is_word and part.is_word  # "مليون و847 ألفا و145": digits make it a figure that stands

    def _glued_and_words_part(self, n1: NumberExpr, t: Tok | None) -> bool:
        """"21 مليونا وستمائة ألف", "3 مليارات وخمسمائة مليون": a part in words with و glued to it, carrying its own
        smaller scale, adds to the scaled figure before it (as "مليون وستمائة ألف" reads in words); joined when so."""
        if t is None or t.kind != WORD or not t.key.startswith(self.language.and_prefix) or n1.is_word:
            return False
        part = self.number_expr(n1.end_i)
        if part is None or not part.is_word or not 0 < part.scale < n1.scale or not 0 < part.value < n1.scale:
            return False
        n1.value += part.value
        n1.end_i, n1.scale, n1.plain_digits = part.end_i, part.scale, None
        return True

    def _half_of_scale_ar(self, n1: NumberExpr) -> None:
        """"6 مليارات ونصف (المليار)", "3 ملايين و نصف": a half of the figure's scale after it adds to it (6.5e9),
        as "مليارين ونصف المليار" does in words; the scale after the half, if any, must be the figure's own."""
        data = self.language
        t = self.tok(n1.end_i)
        if not n1.scale or n1.is_word or t is None or t.kind != WORD or n1.raw != n1.raw.to_integral_value():
            return
        key, k = t.key, n1.end_i + 1
        if key in data.and_words:  # "و نصف"
            key, k = self.word_key(k) or "", k + 1
        elif key.startswith(data.and_prefix):
            key = key[len(data.and_prefix):]
        else:
            return
        if data.fractions.get(key) != 0.5:
            return
        after = self.word_key(k) or ""
        article = data.definite_article
        if article and after.startswith(article):
            if data.scales.get(after[len(article):]) != n1.scale:
                return  # "3 ملايين ونصف الكمية": half of something else
            k += 1  # "ونصف المليار"
        elif after in data.scales:
            return  # "ونصف مليون" after billions: another figure
        n1.value += Decimal(n1.scale) / 2
        n1.end_i = k
