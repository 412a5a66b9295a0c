"""Numbers, the English parts: scaled figures written in a row with no "and", as South Asian papers write budgets
("Rs 5 billion 40 crore" -> 5.4 billion; "14 thousand 500 billion rupees" -> 14,500 billion)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, NumberExpr

THOUSAND = 1000
MAX_PARTS = 3  # parts after the first: "7 billion 215 million 380 thousand"
# the least hundreds part after thousands: "14 thousand 500 billion"; a lone digit there is a range's end whose dash
# was lost ("from 900 thousand 1 million rupees": two figures, not 900,001 million)
MIN_PART_AFTER_THOUSANDS = 10


class CompoundNumberRulesEn(Cursor):
    """English scaled figures in a row."""

    def join_scaled_parts_en(self, n1: NumberExpr) -> None:
        """A scaled figure in digits followed, one space on, by another in digits with its own scale word is one
        figure: a smaller part adds to it when the part is below the first's scale ("Rs 5 billion 40 crore": 5.4
        billion, "2 million 300 thousand"), and thousands before a figure below a thousand with a larger scale are
        thousands of that scale ("14 thousand 500 billion": 14,500 billion, as the words are said). Never past
        "and", a comma or any other word between (a list: "100 million and 118 million"), nor a part that is no
        whole figure under the first's scale ("1 billion 2 billion" stays two)."""
        for _ in range(MAX_PARTS):
            if not n1.scale or n1.is_word:
                return
            t = self.tok(n1.end_i)
            if t is None or t.kind != NUM or t.start != self.toks[n1.end_i - 1].end + 1:
                return
            part = self.number_expr(n1.end_i)
            if part is None or part.is_word or not part.scale or part.parenthesized:
                return
            if part.scale < n1.scale and 0 < part.value < n1.scale:
                n1.value += part.value  # "5 billion 40 crore"
            elif n1.scale == THOUSAND and part.scale > THOUSAND and part.raw == part.raw.to_integral_value() and \
                    MIN_PART_AFTER_THOUSANDS <= part.raw < THOUSAND and n1.raw == n1.raw.to_integral_value():
                n1.value = (n1.value + part.raw) * part.scale  # "14 thousand 500 billion"
                n1.raw = n1.value / part.scale
            else:
                return
            n1.end_i, n1.scale, n1.plain_digits = part.end_i, part.scale, None
