"""Dates written with digits only: 13/2/2018, 2018-02-13, 13.02.2018, 1436/10/5هـ."""

from __future__ import annotations

import regex

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, Draft, Skip

DOTTED_DATE_RE = regex.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")


class NumericDateRules(Cursor):
    """Numeric dates."""

    def _numeric_date(self, i: int) -> list[Draft] | Skip | None:
        """13/2/2018, 2018-02-13, 1436/10/5هـ: only when day and month cannot be swapped."""
        toks = self.toks
        dotted = DOTTED_DATE_RE.fullmatch(toks[i].text)
        if dotted is not None:
            # "13.02.2018": one token; read like "13/02/2018".
            d, m, y = (int(x) for x in dotted.groups())
            end, marker = self._year_marker(i + 1)
            if not 1 <= m <= 12 or (not self.ar and d <= 12 and d != m):
                return Skip(end)
            hijri = marker == "hijri" or 1300 <= y <= 1500
            drafts = self._date_draft(i, end, y, m, d, "hijri" if hijri else "gregorian")
            return drafts if drafts else Skip(end)
        if i + 4 >= self.n + 0 and i + 4 > self.n - 1:
            return None
        a, s1, b, s2, c = toks[i : i + 5]
        if not (s1.kind == SYM and s2.kind == SYM and s1.text == s2.text and s1.text in "/-."
                and a.kind == NUM and b.kind == NUM and c.kind == NUM
                and (s1.text == "/" or all(self.glued(k) for k in range(i + 1, i + 5))
                     or (self.ar and len(c.text) == 4))):
            return None
        if not (a.text.isdigit() and b.text.isdigit() and c.text.isdigit()):
            return Skip(i + 5)
        end, marker = self._year_marker(i + 5)
        if len(a.text) == 4:
            y, m, d = int(a.text), int(b.text), int(c.text)
        elif len(c.text) == 4:
            y, m, d = int(c.text), int(b.text), int(a.text)
            if d <= 12 and m <= 12 and d != m and not self.ar:
                # 05/07/2015 could be either order in English; Arabic writing is always day/month/year.
                return Skip(end)
        else:
            return Skip(i + 5)
        hijri = marker == "hijri" or 1300 <= y <= 1500
        if not 1 <= m <= 12:
            return Skip(end)
        drafts = self._date_draft(i, end, y, m, d, "hijri" if hijri else "gregorian")
        return drafts if drafts else Skip(end)
