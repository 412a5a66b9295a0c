"""Not claims: list numbering ("1- ...", "2) ...", "منها: 1- ...")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, Skip, Tok


class ListNumberingRules(Cursor):
    """List numbering."""

    def _list_numbering(self, i: int, prev: Tok | None, nxt: Tok | None) -> Skip | None:
        t = self.toks[i]
        at_item = t.start == self.bounds[0] or (prev is not None and prev.kind == SYM and prev.text in ":؛")
        if at_item and nxt is not None and nxt.kind == SYM and nxt.text in "-).:/" and t.text.isdigit() \
                and len(t.text) <= 2 and not (nxt.text in "/-" and isinstance(self._numeric_date(i), list)) \
                and not (nxt.text == "-" and self.glued(i + 1) and self.glued(i + 2) and self.toks[i + 2].kind == NUM) \
                and not (nxt.text == "." and self.ar and self.tally_goes_on_ar(i)) \
                and not (not self.ar and nxt.text == "-" and self._hyphened_compound_en(i)):
            # (not "10-20 دولار" opening a sentence: a range; not "الإصابات: 31 والوفيات: 4." ending a tally; not
            # "38-year-old Irwin Rockwell was arrested": an English compound opening the sentence)
            return Skip(i + 2)  # "1- ...", "2) ...", "منها: 1- ...": list numbering ("التاريخ: 9/10/1436هـ": a date)
        return None

    def _hyphened_compound_en(self, i: int) -> bool:
        """English: the figure at i, a hyphen and a lower-case word glued on both sides ("38-year-old", "5-star",
        "2-1 win" aside): a compound, no list item ("1- text", "2-Text" number items)."""
        word = self.tok(i + 2)
        return self.glued(i + 1) and self.glued(i + 2) and word is not None and word.text[:1].islower()
