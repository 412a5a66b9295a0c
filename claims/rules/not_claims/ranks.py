"""Not claims: ranks and editions written with digits ("احتل المركز 45 عالميا", "خليجي 23", "كأس الخليج 24"), and
numbers named as a concept ("العدد ثلاثة")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Skip

FIRST_YEAR = 1000  # "كأس العالم 2006" names the event by its year: a date, not an edition


class RankRules(Cursor):
    """Ranks, tournament editions and numbers named as a concept."""

    def _rank_or_edition(self, i: int, end_i: int) -> Skip | None:
        data = self.language
        prev = self.tok(i - 1)
        if not data.rank_nouns or prev is None or prev.kind != WORD:
            return None
        t = self.toks[i]
        named = self.in_set(i - 1, data.rank_nouns) or self.in_set(i - 1, data.edition_names) or (
            # "كأس الخليج 24", "دورة الألعاب 17" (a year there names the event by its date: no edition)
            t.text.isdigit() and int(t.text) < FIRST_YEAR and self.in_set(i - 2, data.edition_openers))
        if named and not self._unit_follows(end_i - 1):
            return Skip(end_i)  # "احتل المركز 45 عالميا", "خليجي 23"
        return None

    def _named_concept(self, i: int) -> Skip | None:
        """A number word after the noun that names it ("العدد ثلاثة", "الرقم سبعة") is the number as a concept."""
        data = self.language
        if data.concept_number_nouns and self.toks[i].key in data.number_words and \
                self.in_set(i - 1, data.concept_number_nouns):
            return Skip(i + 1)
        return None
