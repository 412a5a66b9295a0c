"""Counts, Arabic: an indefinite dual noun the lists miss, known by what agrees with it (GUIDELINES: an indefinite
dual counts two). The plural and the dual share "-ين" (and some broken plurals end in "-ان"), so the lists keep
such words out; the clause tells them apart. The rule runs at the agreeing word (an anchor) and counts the pair
before it: a dual verb of `dual_agreement_verbs` right after the pair ("قاربين كانا يقلان"), a word with the dual
pronoun "-هما" a few words on with no other pair word between ("مواطنين مع إسقاط الجنسية عنهما", "محافظين سابقين
إثر إدانتهما"); at the pair word itself, a nisba in "-يان" after "among them" ("بينهم مصريان": the plural nisba is
"-يون") and a quoted feminine dual before its dual adjective ("«بروفتان» استعداديتان").
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import CLOSING_QUOTES
from claims.engine.types import NUM, SYM, WORD, Draft

AGREEMENT_REACH = 6  # tokens back from a dual pronoun to the pair it refers to
MIN_NISBA_DUAL = 6  # letters of the shortest nisba dual ("مصريان"); "صبيان", "فتيان" are plurals
MIN_PAIR = 5  # letters of the shortest pair word read back ("قاربين"); shorter ones are particles ("بين", "حين")
_CLAUSE_MARKS = frozenset(".,،;؛:!؟?()\"«»“”")
_FATHA = "\u064e"  # the dual's "-َين" written with its vowel (a script fact)
_DUAL_PRONOUN = "هما"  # the dual pronoun, glued to a verb, noun or preposition (a script fact)
_NISBA_DUAL = "يان"
_PAIR_ENDINGS = ("ين", "ان")  # the dual's endings (script facts); the feminine "-تين/-تان" end so too


class DualAgreementRulesAr(Cursor):
    """Indefinite duals known by their agreement."""

    def dual_agreement_ar(self, i: int) -> list[Draft] | None:
        data = self.language
        if not self.ar or not data.dual_agreement_verbs:
            return None
        key = self.toks[i].key
        if key in data.dual_agreement_verbs:
            pair = self._pair_before(i, 1)
        elif key.endswith(_DUAL_PRONOUN) and len(key) > len(_DUAL_PRONOUN):
            pair = self._pair_before(i, AGREEMENT_REACH)
        elif key.endswith(_NISBA_DUAL) and len(key) >= MIN_NISBA_DUAL and \
                self.in_set(i - 1, data.part_pronouns_before) and self._bare_pair(i) and \
                not self._pair_after_figure(i - 2):
            pair = (i, i + 1)  # "بينهم مصريان" (not "اثنان منهم مصريان": the predicate of a count told before it)
        elif self._quoted_feminine_pair(i):
            pair = (i, i + 3)
        else:
            return None  # (most anchors: a set lookup and two ending tests)
        if pair is None:
            return None
        first, end = pair
        return [Draft("count", self.toks[first].start, self.toks[end - 1].end, value=2,
                      counted=self._original_word(first), qualifier=self._qualifier(first)[0])]

    def _pair_after_figure(self, k: int) -> bool:
        """Token k, before the part pronoun of a pair, is a figure in digits or words ("اثنان منهم", "3 منهم")."""
        t = self.tok(k)
        return t is not None and (t.kind == NUM or (t.kind == WORD and self.number_expr(k) is not None))

    def _pair_before(self, i: int, reach: int) -> tuple[int, int] | None:
        """(first, end) of the nearest pair word before token i within `reach` tokens, maybe a noun and its
        agreeing adjective ("محافظين سابقين"), when no number and no other pair word stands before it (else it is
        that word's adjective: "جسرين رئيسيين"); None at a clause mark, or when the nearest word in "-ين/-ان" is
        definite, listed or a number word (the agreement is that word's). A pronoun a few words on (reach > 1) may
        refer to a pair named earlier: it needs a noun and an adjective in the same ending, or the dual's written
        fatha ("مواطنَين"); names in "-ين/-ان" ("حسين", "إيران") have neither."""
        for k in range(i - 1, max(-1, i - 1 - reach), -1):
            t = self.toks[k]
            if t.kind == SYM and t.text in _CLAUSE_MARKS:
                return None
            if t.kind != WORD or not t.key.endswith(_PAIR_ENDINGS) or len(t.key) < MIN_PAIR:
                continue
            if not self._bare_pair(k):
                return None
            adjective = self._bare_pair(k - 1) and (self.word_key(k - 1) or "")[-2:] == t.key[-2:]
            first = k - 1 if adjective else k
            if self._pair_word_before(first):
                return None
            if reach > 1 and not adjective and not self._fatha_dual(k):
                return None
            return (first, k + 1)
        return None

    def _pair_word_before(self, k: int) -> bool:
        """A word in "-ين/-ان" (any: listed, definite or not) right before token k, whose adjective k would be."""
        key = self.word_key(k - 1)
        return key is not None and key.endswith(_PAIR_ENDINGS) and len(key) >= MIN_PAIR

    def _fatha_dual(self, k: int) -> bool:
        """The dual ending written with its vowel ("مواطنَين"): no plural."""
        norm, t = self.ex.norm, self.toks[k]
        return norm.original[norm.to_original(t.start):norm.to_original_end(t.end)].endswith(_FATHA + "ين")

    def _bare_pair(self, k: int, adjective: bool = False) -> bool:
        """Token k may be an indefinite dual the lists miss: a pair word, no number word, no number before it."""
        data = self.language
        t = self.tok(k)
        if t is None or t.kind != WORD or len(t.key) < MIN_PAIR or not t.key.endswith(_PAIR_ENDINGS) or \
                not self._pair_word(t.key) or t.key in data.number_words or t.key in data.dual_pair_not_nouns or \
                t.key[:1] in data.dual_pair_not_first or t.key in data.scales:
            return False
        prev = self.tok(k - 1)
        if adjective:
            return True
        return prev is None or not (prev.kind == NUM or (prev.kind == WORD and self.number_expr(k - 1) is not None))

    def _quoted_feminine_pair(self, i: int) -> bool:
        """"«بروفتان» استعداديتان": a feminine dual in quotes, then its feminine dual adjective."""
        close, adjective = self.tok(i + 1), self.word_key(i + 2)
        if close is None or close.kind != SYM or close.text not in CLOSING_QUOTES or adjective is None:
            return False  # (the cheap test first: this runs at every anchor word)
        feminine = tuple(self.language.dual_pair_feminine_endings)
        return self.toks[i].key.endswith(feminine) and adjective.endswith(feminine) and \
            self._pair_word(adjective) and self._bare_pair(i)
