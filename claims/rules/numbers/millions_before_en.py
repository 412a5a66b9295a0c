"""Numbers, English: a bare figure with a glued "m" read as millions because its text already counted in millions
("profit was 64m euros, up from 41m"; "stocks fell 2m tonnes to 187.5m"): digits.py asks it before it reads metres."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD

# Characters from the end of an earlier sentence's amount or count in millions to a bare "m" figure going on from it
# ("the quiz drew 8.2m viewers. Its last episode peaked at 9.4m"): about a paragraph.
EARLIER_MILLIONS_CHARS = 300
MILLION = 1_000_000
PARTITIVE_REACH = 5  # tokens after "of" to the whole a part in millions is of ("of the UK's 1.6m")


class MillionsBeforeRulesEn(Cursor):
    """English: the "m" of a figure that goes on from an amount or a count in millions before it."""

    def millions_before_en(self, i: int, j: int) -> bool:
        """The figure at i, whose glued "m" is token j, has no noun after it (nothing, a mark or a link word such as
        "to", "in", "and": `million_links`), no length word in its sentence (`metre_context_words`: tall, deep,
        final ...), and goes on from a figure in millions: the text's last amount or count in millions ends close
        before it (`EARLIER_MILLIONS_CHARS`), or an earlier figure of its sentence is scaled in millions or more with
        a currency before it ("£3.5m") or a currency word or a noun counted in millions after its suffix ("1bn
        euros", "2m tonnes"). That figure settles what "m" means there ("sales of $12m took the total to 96.5m");
        a sports report's "cleared 2.05m and then 2.10m" has none before it."""
        data = self.language
        after = self.tok(j + 1)
        if after is not None and after.kind == WORD and after.key in data.share_links:
            return self._millions_whole_after(j + 2)  # "1.1m of the country's 1.6m voters"
        if after is not None and after.kind == WORD and after.key not in data.million_links:
            return False  # "a 1.5m fence": the noun after the figure decides (digit_scales._millions_follow)
        if self._sentence_measures_length():
            return False
        s0 = self.bounds[0]
        prev = self.ex.scaled_last  # (the text's last amount or count in thousands or more: continued_figures)
        if prev is not None and isinstance(prev.value, int | float) and prev.value >= MILLION and \
                0 <= self.toks[i].start - prev.end <= EARLIER_MILLIONS_CHARS and (
                prev.kind != "money" or prev.start >= s0):
            return True  # (an earlier sentence's amount says nothing of a bare "m": "a £4m signing. He scored from
            # 12m"; its counts do: "drew 8.2m viewers. The last episode peaked at 9.4m"; review of 5759f71e)
        for k in range(i - 2, -1, -1):
            t = self.toks[k]
            if t.start < s0:
                return False
            if t.kind == NUM and self._scaled_in_millions(k) and (
                    self._currency_before(k) is not None or self._millions_follow(k + 2)):
                return True
        return False

    def _millions_whole_after(self, k: int) -> bool:
        """A part before "of" ("1.1m of the country's 1.6m voters"): the whole after it, within PARTITIVE_REACH
        tokens from k, is a figure with a glued "m" or "bn" and a currency word or a noun counted in millions after
        it; the part is in millions too."""
        for m in range(k, min(k + PARTITIVE_REACH, self.n - 1)):
            if self.toks[m].kind == NUM:
                return self._scaled_in_millions(m) and self._millions_follow(m + 2)
        return False

    def _scaled_in_millions(self, k: int) -> bool:
        """The figure at k has a scale suffix of a million or more glued after it ("1.6m", "2bn")."""
        suffix = self.tok(k + 1)
        if suffix is None or suffix.kind != WORD or not self.glued(k + 1):
            return False
        scale = self.language.scale_suffixes.get(suffix.key)
        return scale is not None and scale >= MILLION
