"""Not claims, Arabic: a number word that is no number here. "ألف" before a noun of a hyperbole ("يحسبون له ألف
حساب", "أسهل ألف مرة", "فكّر ألف مرة": `hyperbole_thousand_nouns`) says "very much", and a number word right after a
particle that only a verb may follow ("لم تسع الساحات": `verb_only_particles`) is that verb ("تسع", it held), and a
spelled class of stars after a hotel word ("فندق خمس نجوم") is a grade, as its digits are (model_designations)."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Skip
from claims.rules.not_claims.model_designations import STAR_CLASS_MAX

LIMIT_VERB_REACH = 6  # words before "ألف كلمة" read for a verb of a limit ("ألا يتجاوز النص المشارك في المسابقة")


class IdiomRulesAr(Cursor):
    """Arabic number words read as something else."""

    def _not_a_number_word_ar(self, i: int) -> Skip | None:
        """A Skip past the number word at i when it is a hyperbole's thousand or a verb after a verb-only particle."""
        t = self.toks[i]
        if t.kind != WORD:
            return None  # (digits are numbers: only a spelled word may be an idiom or a verb)
        data = self.language
        if self.in_set(i - 1, data.verb_only_particles):
            return Skip(i + 1)  # "لم تسع": a verb
        if self.in_set(i, data.hyperbole_thousands) and self.in_set(i + 1, data.hyperbole_thousand_nouns) and \
                self.number_expr(i - 1) is None and not self._measured_thousand(i):
            return Skip(i + 2)  # "ألف حساب", "ألف مرة": a hyperbole, no count (not "لا يتجاوز ألف كلمة": a length)
        if self.in_set(i + 1, data.star_class_words) and 1 <= data.units.get(t.key, 0) <= STAR_CLASS_MAX and \
                self.hotel_word_before(i):
            return Skip(i + 2)  # "فندق خمس نجوم", "فنادق خمس نجوم": a hotel's class, as "فندق 5 نجوم"
        return None

    def _measured_thousand(self, i: int) -> bool:
        """"ألف كلمة" after a limit or an estimate is a length: "من ألف كلمة", "عن ألف كلمة" right before it, or a
        verb of a limit up to LIMIT_VERB_REACH words before ("ألا يتجاوز النص المشارك ألف كلمة")."""
        data = self.language
        if not self.in_set(i + 1, data.hyperbole_measured_nouns):
            return False
        return self.in_set(i - 1, data.hyperbole_measure_frames) or any(
            self.in_set(k, data.hyperbole_limit_verbs) for k in range(max(0, i - LIMIT_VERB_REACH), i))
