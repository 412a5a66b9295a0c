"""Not claims: race distances that name an event ("the 800m and 1500m champion", "an Olympic 1,500m finalist",
"record holder at 5km and 10km", "the mass participation 10km race", "won the men's 200m", "silver in the 100m.").
A distance run or measured stays a figure ("he ran 10km", "the first 3km", "with 500m to go", "a throw of 15.27m")."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Skip, Tok

MAX_LISTED = 6  # distances listed before the event noun: "3km, 5km and 10km"
MAX_EVENT_MODIFIERS = 2  # "the 60m world indoor title", "his 100m personal best"
RACE_CUE_REACH = 3  # words before an Arabic distance read for a race noun or a medal ("بذهبية 20 كم مشي")


class RaceDistanceRules(Cursor):
    """Distances that name a race."""

    def _race_distance(self, i: int, nxt: Tok | None) -> Skip | None:
        data = self.language
        if self.ar:
            return self._race_distance_ar(i)
        if not data.race_event_nouns or not self._distance_at(i):
            return None
        prev = self.tok(i - 1)
        if prev is not None and prev.kind == SYM and self.glued(i) and prev.text in data.currency_symbols:
            return None  # "$100m final payment": "m" is a million there
        j, listed = i + 2, 1
        while listed < MAX_LISTED:  # the rest of a list: ", 5km", "and 10km"
            link = self.tok(j)
            if link is None or not ((link.kind == SYM and link.text == ",") or link.key in data.list_links) or \
                    not self._distance_at(j + 1):
                break
            j, listed = j + 3, listed + 1
        holder = self.word_key(i - 1) == "at" and self.word_key(i - 2) in data.race_holder_words
        if holder or self._event_noun_after(j) or self.in_set(i - 1, data.race_gender_words):
            return Skip(j)  # "the Olympic 400m champion", "won the men's 200m", "record holder at 3km and 5km"
        if self._over_distance(i):
            return Skip(j)  # "her world titles over 800m and 10,000m", "7.12 seconds over 60m"
        # The event alone after the article, closing its clause: "silver in the 100m.", "win the 60m at Leipzig"
        # (never before a noun: "the 912km pipeline", "the first 3km and then").
        after = self.tok(j)
        if self.in_set(i - 1, data.race_event_before) and (
                after is None or (after.kind == SYM and after.text in ".,;:)!?") or after.key in data.race_event_after):
            return Skip(j)
        return None

    def _race_distance_ar(self, i: int) -> Skip | None:
        """Arabic: a distance names the event right after a race noun or a title ("في سباق 400 متر حواجز", "فاز
        بسباق 100 متر في 9.8 ثانية", "لقب 110 أمتار"; `race_nouns`), after a race noun and its one definite
        modifier ("سباق التتابع 400 متر"), or before an event word ("400 متر حواجز", "3000 متر موانع", "20 كم
        مشي" after a race noun; `race_event_words`, _event_word_ar); the distances listed after it name events
        too ("سباقات 400 متر و800 متر"). "قطع العداء 400 متر" stays a measure."""
        data = self.language
        if not data.race_nouns or not self.in_set(i + 1, data.distance_units):
            return None
        event_after = self._event_word_ar(i + 2, i)
        if not (event_after or self.in_set(i - 1, data.race_nouns) or (
                self.in_set(i - 2, data.race_nouns) and (self.word_key(i - 1) or "").startswith("ال"))):
            return None
        j = i + 3 if event_after else i + 2
        for _ in range(MAX_LISTED):  # the rest of a list: "و800 متر و1500 متر"
            link, figure = self.tok(j), self.tok(j + 1)
            if link is None or link.key not in data.list_links or figure is None or figure.kind != NUM or \
                    not self.in_set(j + 2, data.distance_units):
                break
            j = j + 4 if self._event_word_ar(j + 3, i) else j + 3
        return Skip(j)

    def _event_word_ar(self, k: int, i: int) -> bool:
        """An event word at k after a distance (`race_event_words`: "حواجز"), or one that names an event only with a
        race noun or a medal within RACE_CUE_REACH words before the first distance at i (`race_event_words_cued`:
        "بذهبية 20 كم مشي"; not "قطعوا 20 كم مشي على الأقدام")."""
        data = self.language
        if self.in_set(k, data.race_event_words):
            return True
        if not self.in_set(k, data.race_event_words_cued):
            return False
        for m in range(max(0, i - RACE_CUE_REACH), i):
            key = self.word_key(m)
            if key is not None and any(noun in key for noun in data.race_nouns):
                return True  # (the noun with its proclitics: "بذهبية", "وسباق")
        return False

    def _event_noun_after(self, j: int) -> bool:
        """The event noun at j, perhaps after its modifiers: "1500m final", "60m world indoor title", "5,000m
        world record", "10km race"."""
        data = self.language
        k = j
        while k < j + MAX_EVENT_MODIFIERS and self.word_key(k) in data.race_event_modifiers:
            k += 1
        key = self.word_key(k)
        if key is not None and key.endswith("'s"):
            key = key[:-2]  # "the 1500m champion's time"
        return key in data.race_event_nouns or key in data.race_nouns

    def _distance_at(self, k: int) -> bool:
        """A number with a distance unit glued to it ("800m", "10km"), or metres written apart ("800 metres")."""
        if not 0 <= k < self.n - 1:  # (tok() inline)
            return False
        t, unit = self.toks[k], self.toks[k + 1]
        data = self.language
        return t.kind == NUM and unit.kind == WORD and unit.key in data.distance_units and (
            unit.start == t.end or unit.key in data.race_spaced_units)

    def _over_distance(self, i: int) -> bool:
        """"titles over 1500m", "compete over 3000m in a three-way contest", "silver medallist over 5000m": "over" right
        before a standard track distance in metres (`race_standard_distances`) in a sentence of the track (a word of
        `race_over_cues`) is the event run; "over the final 400m" (a determiner between) and "a tower over 100m
        tall" (no word of the track) stay measures, and so does a length "of" something ("for 400m of track")."""
        data = self.language
        if not data.race_over_links or not self.in_set(i - 1, data.race_over_links) or \
                self.toks[i].text not in data.race_standard_distances or self.word_key(i + 1) == "km" or \
                self.word_key(i + 2) in data.race_measure_links:
            return False  # ("paid for 100m of cable": a length of something, `race_measure_links`)
        return any(t.key in data.race_over_cues for t in self.toks if self.bounds[0] <= t.start < self.bounds[1])

    def _match_format_en(self, i: int) -> Skip | None:
        """A limited-overs format names a kind of match, as "a one-day international" does: "a 20-over match", "the
        50-over World Cup", "a 20 overs match" (a figure, maybe a hyphen, a unit of `match_format_units`, then a noun
        of `match_format_nouns`); "bowled 10 overs" and "after 10 overs" stay as they are."""
        data = self.language
        k = i + 2 if self.tok(i + 1) is not None and self.toks[i + 1].text == "-" and self.glued(i + 1) else i + 1
        if self.toks[i].kind != NUM or self.word_key(k) not in data.match_format_units or \
                (k == i + 1 and not self.toks[k].key.endswith("s")):
            return None  # (spaced, only the plural: "led 3 over the world number one" is no format)
        return Skip(k + 1) if self.word_key(k + 1) in data.match_format_nouns else None
