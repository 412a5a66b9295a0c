"""Counts, English: the modifiers between a figure and the plural noun it counts ("289 heat-sealed plastic sachets",
"12 onshore wind and rooftop solar projects", "318 infected, isolated and vaccinated goats"); CountRulesEn's base
(counts_en.py walks the modifiers and asks these)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD
from claims.rules.word_shapes_en import plural_suffix_en


class ModifierRulesEn(Cursor):
    """English modifiers before a counted noun."""

    def _joined_modifiers(self, j: int, k: int) -> bool:
        """"and"/"or" at k between two lower-case modifiers of one plural noun: "12 onshore wind and rooftop solar
        projects", "15 romantic and comedy films" (up to two modifiers after it before the noun; the word before it
        no noun of its own: "five apples and pears" counts apples; no verb in -ed after it: "needed four star fuel
        and guzzled huge quantities", unless the plural noun follows it: "five new or upgraded stations")."""
        data = self.language
        t, prev = self.toks[k], self.toks[k - 1]
        if t.key not in data.and_words and t.key not in data.or_words:
            return False  # (most words: one look)
        nxt = self.word_key(k + 1) or ""
        return k - 1 >= j and prev.kind == WORD and prev.text.islower() and prev.key not in data.not_counted and \
            not self._plural_noun_at(k - 1) and (not nxt.endswith("ed") or self._plural_noun_at(k + 2)) and \
            self._modified_plural(k + 1)  # ("five new or upgraded stations": a participle right before the noun)

    def _joined_names(self, j: int, k: int) -> bool:
        """"and" at k between two capitalized words inside the modifiers, one to three capitalized words then a
        plural after it ("five Paris and Buenos Aires galleries", "12 Labour and Green councillors"): two names
        before one noun."""
        t, prev = self.toks[k], self.toks[k - 1]
        if t.key not in self.language.and_words or k - 1 < j or prev.kind != WORD or not prev.text[:1].isupper():
            return False  # (most words: one look)
        for m in range(k + 1, k + 4):
            w = self.tok(m)
            if w is None or w.kind != WORD or not w.text[:1].isupper():
                return m > k + 1 and self._plural_noun_at(m)
        return self._plural_noun_at(k + 4)

    def _name_part(self, j: int, k: int) -> bool:
        """Token k goes on a capitalized name between a figure and its plural (the walk from j): a capitalized word
        that alone is no noun before another capitalized one ("four All Blacks", "two Six Nations games"), "of"
        between capitalized words ("five Bank of America subsidiaries"), a capital letter closing a name before
        a plural ("20 Serie A appearances"), or a capitalized word right before a lower-case plural after another
        ("Nations" in "two Six Nations games") or after an inner "of" ("three Bank of Lagos branches")."""
        w, data = self.toks[k], self.language
        if w.kind != WORD or not self.has_previous(k):
            return False
        prev, nxt = self.toks[k - 1], self.tok(k + 1)
        prev_capital = k > j and prev.kind == WORD and prev.text[:1].isupper()
        if w.key in data.share_links:
            return prev_capital and nxt is not None and nxt.kind == WORD and nxt.text[:1].isupper()
        if not w.text[:1].isupper():
            return False
        if len(w.text) > 1 and (w.key in data.not_counted or w.key in data.units):
            return nxt is not None and nxt.kind == WORD and nxt.text[:1].isupper() and len(nxt.text) > 1
        inner_of = k > j + 1 and prev.key in data.share_links and self.toks[k - 2].text[:1].isupper()
        return (prev_capital or inner_of) and (len(w.text) == 1 or k == j + 1 or inner_of) and \
            self._plural_noun_at(k + 1)  # ("Lagos" in "three Bank of Lagos branches": no plural of its own)

    def _joined_participles(self, k: int) -> bool:
        """A comma or "and"/"or" at k between two lower-case participles ("suspected, presumed and confirmed")."""
        t, prev, nxt = self.toks[k], self.tok(k - 1), self.tok(k + 1)
        data = self.language
        return (t.text == "," or t.key in data.and_words or t.key in data.or_words) and prev is not None and \
            nxt is not None and prev.kind == WORD and nxt.kind == WORD and prev.text.islower() and \
            nxt.text.islower() and prev.key.endswith("ed") and nxt.key.endswith("ed")

    def _modified_plural(self, k: int) -> bool:
        """A plural noun after up to three lower-case modifiers from k ("lucrative oil exploration contracts"); an
        acronym may be one ("ABC-owned TV stations")."""
        data = self.language
        for m in range(k, k + 4):
            if self._plural_noun_at(m):
                return m > k
            t = self.tok(m)
            if t is None or t.kind != WORD or (t.text[:1].isupper() and not _acronym(t.text)) or \
                    t.key in data.not_counted:
                return False
        return False

    def _plural_noun_at(self, k: int) -> bool:
        """A lower-case plural or counted noun at k ("days", "stations", "people")."""
        t = self.tok(k)
        if t is None or t.kind != WORD or not self.has_previous(k) or t.text[:1].isupper():
            return False
        data = self.language
        key = t.key
        if key in data.not_counted or key in data.units or key in data.fractions:
            return False
        return key in data.count_nouns or key in data.time_nouns or (
            plural_suffix_en(key) and not key.endswith("'s"))

    def _hyphened_modifier(self, k: int) -> bool:
        """The word at k is joined by a glued hyphen to a lower-case word before a plural noun, maybe past up to
        three lower-case modifiers ("still-flooded areas", "well-paid jobs", "289 heat-sealed plastic sachets")."""
        dash, word = self.tok(k + 1), self.tok(k + 2)
        return dash is not None and dash.text == "-" and self.glued(k + 1) and self.glued(k + 2) and \
            word is not None and word.kind == WORD and word.text.islower() and (
                self._plural_noun_at(k + 3) or self._modified_compound(k))  # "heat-sealed plastic sachets"

    def _modified_compound(self, k: int) -> bool:
        """The hyphened word at k..k+2 heads more modifiers of a plural noun ("heat-sealed transparent plastic
        sachets"), when it is no figure or time of its own ("three quarter-point rate rises", "an eleven year-old
        girl")."""
        data = self.language
        key = self.toks[k].key
        return key not in data.number_words and key not in data.fractions and key not in data.time_nouns and \
            self._modified_plural(k + 3)


def _acronym(text: str) -> bool:
    """Two to four capitals ("TV", "BBC", "NHS"): a modifier inside a noun phrase, no name."""
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper()
