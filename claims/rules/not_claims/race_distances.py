"""Not claims: race distances that name an event ("the 800m and 1500m champion", "record holder at 5km and
10km", "the mass participation 10km race"). A distance run or measured stays a figure ("he ran 10km")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Skip, Tok

MAX_LISTED = 6  # distances listed before the event noun: "3km, 5km and 10km"


class RaceDistanceRules(Cursor):
    """Distances that name a race."""

    def _race_distance(self, i: int, nxt: Tok | None) -> Skip | None:
        data = self.language
        if not data.race_event_nouns or not self._distance_at(i):
            return None
        j, listed = i + 2, 1
        while listed < MAX_LISTED:  # the rest of a list: ", 5km", "and 10km"
            link = self.tok(j)
            if link is None or not ((link.kind == SYM and link.text == ",") or link.key in data.list_links) or \
                    not self._distance_at(j + 1):
                break
            j, listed = j + 3, listed + 1
        holder = self.word_key(i - 1) == "at" and self.word_key(i - 2) in data.race_holder_words
        # One distance names an event only before a race noun ("the 10km race"); "the 1500m final" and "world
        # 5000m champion" stay figures (the corpus decision); a list of them does ("800m and 1500m champion").
        nouns = data.race_event_nouns if listed > 1 else data.race_nouns
        if holder or self._event_noun(j, nouns) or (
                self.word_key(j) in data.frame_modifiers and self._event_noun(j + 1, nouns)):
            return Skip(j)
        return None

    def _event_noun(self, k: int, nouns: frozenset[str]) -> bool:
        key = self.word_key(k)
        if key is not None and key.endswith("'s"):
            key = key[:-2]  # "the 1500m champion's time"
        return key in nouns

    def _distance_at(self, k: int) -> bool:
        """A number with a distance unit glued to it: "800m", "10km"."""
        t, unit = self.tok(k), self.tok(k + 1)
        return t is not None and t.kind == NUM and unit is not None and unit.kind == WORD and self.glued(k + 1) \
            and unit.key in self.language.distance_units
