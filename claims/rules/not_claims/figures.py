"""Not claims once the number is read: ranks ("الـ13"), numbered points ("(2)"), short codes, names ("50 Cent"),
spelled-out numbers standing alone, and bare runs of 7+ digits."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import NAME_CLOSING_QUOTES, OPENING_QUOTES
from claims.engine.types import NOTHING, NUM, WORD, NumberExpr, Reading, Skip

# How many words of a quoted name ("«شاهين 2»", "“تيانهي 2″", "\"ماري كوين 2\"") may stand between the opening
# quote and the number (engine/marks.py: OPENING_QUOTES, NAME_CLOSING_QUOTES).
QUOTED_NAME_WORDS = 3
MAX_AGE = 110  # a bracketed figure after a name above this is no age
AGE_LIST_MARKS = frozenset("(),;:.–—-")  # what may stand between the items of a list of names and ages


class FigureRules(Cursor):
    """Checks on a quantity's reading."""

    def _not_a_figure(self, i: int, r: Reading) -> Skip | None:
        """A Skip when the reading is not a claim, NOTHING when there is no claim but nothing to skip, else None."""
        skip = self._score_pair(r) or self._numbered_or_ranked(i, r)
        if skip is not None:
            return skip
        n1, n2, end_i = r.n1, r.n2, r.end_i
        bare_number = r.kind == "number" and r.unit is None and n2 is None and not n1.scale
        if bare_number and self.ar and self._quoted_name(r):
            return Skip(end_i + 1)  # "«جنيف 2»", "الحاسوب “تيانهي 2″": the number ends a quoted name
        if bare_number and self.ar:
            k = end_i + 1 if self.tok(end_i) is not None and self.toks[end_i].text == "-" else end_i
            latin = self.tok(k)
            if latin is not None and latin.kind == WORD and latin.text.isascii():
                return Skip(end_i)  # "88591 - Stc 635031": short codes next to operator names
        if bare_number and not self.ar:
            data = self.language
            nt = self.tok(end_i)
            if nt is not None and nt.kind == WORD and nt.text[:1].isupper() and self.has_previous(end_i) and \
                    (nt.text,) not in data.months and nt.text not in data.weekdays:
                return Skip(end_i + 1)  # "50 Cent", "Police drama 36 Quai": part of a name
        if bare_number and self.ar and self.word_key(end_i) in self.language.sentenced_people_after:
            r.kind = "count"  # "وثلاثة بالسجن 15 سنة و17 بالسجن ثلاث سنوات": how many were so sentenced
            return None
        if bare_number and n1.is_word and not self._word_figure_stands(n1.start_i, n1.end_i):
            # Spelled-out numbers stand alone only with what they count or measure ("the three" is not a claim),
            # unless they read as a figure (claims/rules/numbers/words.py).
            return NOTHING
        if bare_number and self.word_key(n1.start_i - 1) in self.language.people_count_verbs:
            r.kind = "count"  # "the blast killed five.", "police arrested 12": people
        if bare_number and n1.end_i == i + 1 and self.toks[i].text.isdigit() and len(self.toks[i].text) >= 7 and \
                not (i and self.toks[i - 1].text == "." and self.toks[i - 1].end == self.toks[i].start):
            return Skip(n1.end_i)  # "920001234": a bare run of 7+ digits is a phone or reference number (".1097780",
            # its leading point glued, is a decimal: a tax rate)
        return None

    def _bracketed_age_en(self, n1: NumberExpr) -> bool:
        """English: a whole figure below MAX_AGE alone in brackets right after a capitalized name, or set off by a
        comma after it, closing a list item, in a sentence that names people by a cue before it (`bracketed_age_cues`:
        "The deceased were identified as Ravi (1), Sunil (42) and ...", "the accused, Tom (31) and Ali (28)", "four
        suspects: Tunde Bello, 19; Ade Musa, 21"): an age (not a tally by place, counts_implied_en.place_tally)."""
        if n1.plain_digits is None or not 0 < n1.value < MAX_AGE:
            return False
        if n1.parenthesized:
            name = self.tok(n1.start_i - 1)
        else:  # "four suspects: Tunde Bello, 19; Ade Musa, 21; and ...": set off by a comma
            comma, name = self.tok(n1.start_i - 1), self.tok(n1.start_i - 2)
            if comma is None or comma.text != "," or name is None or name.text in self.language.weekdays or \
                    (name.text,) in self.language.months:
                return False
        close = self.tok(n1.end_i)
        if name is None or name.kind != WORD or not name.text[:1].isupper() or \
                not (close is None or close.text in ",.;" or close.key in self.language.and_words):
            return False
        return self._age_list_cued(n1.start_i)

    def _age_list_cued(self, start: int) -> bool:
        """A cue that names people (`bracketed_age_cues`) heads the list the figure at `start` is in: walking back,
        only capitalized names, earlier items' figures, brackets, list marks and `bracketed_age_links` ("were
        identified as", "the accused, Tom (31)") stand between. "The victims were taken to Kano (12)" is none."""
        data = self.language
        for k in range(start - 1, -1, -1):
            t = self.toks[k]
            if t.start < self.bounds[0]:
                return False
            if t.kind == WORD and t.key in data.bracketed_age_cues:
                return True
            if not (t.kind == NUM or t.text in AGE_LIST_MARKS or (t.kind == WORD and (
                    t.text[:1].isupper() or t.key in data.bracketed_age_links))):
                return False
        return False

    def _numbered_or_ranked(self, i: int, r: Reading) -> Skip | None:
        """"الـ13", "الساعات الـ 24" (a rank or a definite reference), "(2)" and "(5) تمويل ..." (numbered points)."""
        n1 = r.n1
        prefix = self.tok(i - 1)
        if r.kind == "number" and r.n2 is None and not n1.scale and prefix is not None and prefix.kind == WORD and \
                self.ar and prefix.key in self.language.proclitics_definite_number and \
                (self.glued(i) or prefix.end == self.toks[i].start - 1) and r.unit is None and \
                not self._metre_letter_after_ar(i, n1.end_i):
            return Skip(n1.end_i)  # "الـ13", "الساعات الـ 24": a rank or a definite reference ("ذي الـ23 عاما": an
            # age, "فوق الـ 40 درجة": a measure)
        if r.kind == "number" and n1.parenthesized and r.n2 is None and n1.plain_digits and n1.value <= 50 and \
                r.unit is None and not self._batter_score_en(n1.start_i):
            return Skip(n1.end_i)  # "(2)": a numbered point
        opener = self.tok(n1.start_i - 1)
        if n1.parenthesized and r.n2 is None and n1.plain_digits and n1.value <= 50 and (
            self.toks[n1.start_i].start == self.bounds[0] or (opener is not None and opener.text in ":؛")
        ):
            return Skip(n1.end_i)  # "(5) تمويل ...": a numbered point opening its sentence
        return None

    def _metre_letter_after_ar(self, i: int, k: int) -> bool:
        """"لحدود الـ 900م": the metre letter glued to the figure (at i, ending before token k) measures it, no rank
        (three digits or more); not after a race noun ("سباق الـ800م" names the race: race_distances)."""
        return self.word_key(k) == "م" and self.glued(k) and len(self.toks[k - 1].text) >= 3 and \
            not self.in_set(i - 2, self.language.race_nouns)

    def _batter_score_en(self, bracket: int) -> bool:
        """English: "the opener Dan Pryce (37) put on 81": a figure in brackets right after a player's given name and
        surname in a sentence about cricket is his score in runs (GUIDELINES: runs are numbers), no numbered point;
        not after an identifier ("Section (2)"), and football's goal minutes ("Salah (31)") have no cricket word."""
        name, given = self.tok(bracket - 1), self.tok(bracket - 2)
        return not self.ar and name is not None and given is not None and name.kind == WORD and \
            given.kind == WORD and name.text[:1].isupper() and given.text[:1].isupper() and \
            not self.in_set(bracket - 1, self.language.identifier_cues) and self._cricket_sentence()

    def _quoted_name(self, r: Reading) -> bool:
        """A bare whole number that closes a quoted name of one to three words ("«جنيف 2»", "“شاهين 2″",
        "«الفرقة 30»", "«بي - 29»"); a quoted figure alone ("“1550” بلاغا") or after a list ("و\"346\"") is read."""
        n1 = r.n1
        close = self.tok(n1.end_i)
        if close is None or close.text not in NAME_CLOSING_QUOTES or not n1.plain_digits or \
                n1.value != n1.value.to_integral_value():
            return False
        words = 0
        for k in range(n1.start_i - 1, max(-1, n1.start_i - 2 - QUOTED_NAME_WORDS * 2), -1):
            t = self.toks[k]
            if t.text in OPENING_QUOTES:
                return words > 0
            if t.kind == WORD:
                words += 1
            elif t.text != "-":
                return False
            if words > QUOTED_NAME_WORDS:
                return False
        return False
