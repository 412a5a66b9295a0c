"""The joints inside a number written in words: a hyphen between a ten and its unit ("twenty-five"), a fraction
joined by hyphens ("two-and-a-half"), a decimal point spelled out ("two point five", "seven-point one")."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import WORD


class WordRun:
    """The state of one run of number words: the sum so far (total: scaled parts, current: the part being
    built), what the last word was ("unit", "ten", "hundred", "scale", "fraction") and the position."""

    __slots__ = ("current", "j", "last", "scale_seen", "total", "used_any")

    def __init__(self, i: int) -> None:
        self.total = Decimal(0)
        self.current = Decimal(0)
        self.last: str | None = None
        self.j = i
        self.used_any = False
        self.scale_seen = 0


class WordJointRules(Cursor):
    """The joints of a spelled number; WordNumberRules' base."""

    def _hyphened_fraction(self, run: WordRun, j: int) -> bool:
        """English: "two-and-a-half", "three-and-a-quarter": a fraction joined by hyphens at token j (a hyphen) to
        a whole below a hundred is added to it, as "two and a half" is; all glued."""
        data = self.language
        if self.ar or run.scale_seen or run.last not in ("unit", "ten") or self.toks[j].text != "-" or \
                self.word_key(j + 1) not in data.and_words:
            return False
        k = j + 2
        if self.tok(k) is not None and self.toks[k].text == "-" and self.word_key(k + 1) in data.article_words:
            k += 2  # "-a"
        fraction = self.word_key(k + 1)
        if self.tok(k) is None or self.toks[k].text != "-" or fraction not in data.fractions or \
                not all(self.glued(m) for m in range(j, k + 2)):
            return False
        run.current += data.fractions[fraction]
        run.j = k + 2
        run.last = "unit"
        return True

    def _tens_hyphen(self, j: int) -> bool:
        """The "-" at j joins a tens word to its unit: "twenty-five"; spaced on both sides ("fifty - two") only
        before a unit word below ten (English: a dash between two figures is otherwise a range or a score)."""
        value = self.language.units.get(self.word_key(j + 1) or "")
        if self.glued(j) and self.glued(j + 1):
            return self.ar or (value is not None and value < 10)  # not "fifty-fifty"
        if self.ar or self.glued(j) or self.glued(j + 1):
            return False
        return value is not None and value < 10

    def _decimal_part(self, run: WordRun) -> bool:
        """"two point five", "two hundred point zero three", "one point two billion": the digits spelled after
        the decimal point word at run.j, added to the run (False: no decimal part here, the number ends)."""
        if run.last not in ("unit", "ten", "hundred") or run.scale_seen:
            return False
        data = self.language
        k = run.j + 1
        digits = ""
        while True:
            key = self.word_key(k) or ""
            unit = data.units.get(key)
            if key in data.zero_words or (unit is not None and unit < 10):
                digits += "0" if unit is None else str(unit)
                k += 1
                if self._digit_hyphen(k):
                    k += 1  # "point six-two": the spelled digits joined by a hyphen
                continue
            break
        if not digits and (data.units.get(self.word_key(k) or "") or data.tens.get(self.word_key(k) or "")):
            key = self.word_key(k) or ""
            two = data.units.get(key) or data.tens[key]  # "point seventy-one": two digits read as one number
            k += 1
            tail = data.units.get(self.word_key(k + 1) or "")
            if key in data.tens and self.tok(k) is not None and self.toks[k].text == "-" and self.glued(k) and \
                    self.glued(k + 1) and tail is not None and tail < 10:
                two, k = two + tail, k + 2
            digits = str(two)
        if not digits:
            return False
        run.current += Decimal("0." + digits)
        run.j = k
        run.last = "decimal"
        return True

    def _digit_hyphen(self, k: int) -> bool:
        """Token k is a hyphen glued between two spelled digits ("six-two" after a decimal point word)."""
        if self.tok(k) is None or self.toks[k].text != "-" or not self.glued(k) or not self.glued(k + 1):
            return False
        key = self.word_key(k + 1) or ""
        return key in self.language.zero_words or self.language.units.get(key, 10) < 10

    def _hyphen_joint(self, run: WordRun, j: int) -> bool | None:
        """The hyphen at token j inside a spelled number: the run moved past it, and True when it joins the next word
        as a conjunction would ("twenty-five"), False when as a space ("two-hundred"; "two-and-a-half", whose
        fraction's hyphens moved the run on); None when it ends the number."""
        if self._hyphened_fraction(run, j) or (run.last == "ten" and self._tens_hyphen(j)) or \
                self._hyphen_point(run, j) or self._hyphen_fraction_of_scale(run, j):
            hyphen = run.j == j
            run.j += hyphen
            return hyphen
        if self._scale_hyphen(run, j):
            run.j += 1
            return False
        return None

    def _scale_hyphen(self, run: WordRun, j: int) -> bool:
        """English: the "-" at token j, glued on both sides, joins a spelled unit or ten to the hundred or scale word
        it multiplies ("two-hundred and sixty", "five-thousand people", "the one-million lira note"), as a space
        would."""
        key = self.word_key(j + 1) or ""
        return not self.ar and run.last in ("unit", "ten") and self.glued(j) and self.glued(j + 1) and (
            key in self.language.hundreds or key in self.language.scales)

    def _hyphen_point(self, run: WordRun, j: int) -> bool:
        """English: a hyphen at token j glued between a spelled whole and the decimal point word with a spelled
        digit after it ("seven-point one percent", "four-point four"): the run goes on to the point (not "a
        seven-point plan", nor "a three-point one-off bonus", a compound after the digit)."""
        data = self.language
        if self.ar or run.last not in ("unit", "ten", "hundred") or run.scale_seen or not self.glued(j) or \
                not self.glued(j + 1) or self.word_key(j + 1) not in data.decimal_point_words:
            return False
        key = self.word_key(j + 2) or ""
        if key not in data.zero_words and key not in data.units and key not in data.tens:
            return False
        after = self.tok(j + 3)
        if after is not None and after.text == "-" and self.glued(j + 3) and self.word_key(j + 4) is not None \
                and self.word_key(j + 4) not in data.number_words:
            return False
        run.j = j + 1
        return True

    def _scale_after_fraction(self, j: int) -> int | None:
        """The scale word a fraction word at token j takes, past articles, "of" and (English) glued hyphens:
        "half a billion", "a quarter of a million", "half-a-million"; None when none follows."""
        data = self.language
        k = j + 1
        for _ in range(6):
            t = self.tok(k)
            if t is None or not ((t.kind == WORD and (t.key in data.article_words or t.key in data.fraction_links))
                                 or (t.text == "-" and not self.ar and self.glued(k) and self.glued(k + 1))):
                break
            k += 1
        return k if self.word_key(k) in data.scales else None

    def _wholes_of_fraction(self, run: WordRun, key: str, at: int) -> bool:
        """English: a whole from two to nine before a plural fraction (`key`, at token `at`) of a scale ("three
        quarters of a million", "two-thirds of a billion") multiplies it; the run's whole so far is that multiplier."""
        return not self.ar and run.last == "unit" and not run.scale_seen and key in self.language.plural_fractions \
            and 1 < run.current < 10 and self._scale_after_fraction(at) is not None

    def _hyphen_fraction_of_scale(self, run: WordRun, j: int) -> bool:
        """English: the glued hyphen of "three-quarters of a million" (token j) joins the whole to its plural
        fraction when a scale follows; "two-thirds of voters" is a share (claims/rules/shares.py)."""
        key = self.word_key(j + 1) or ""
        if self.ar or not self.glued(j) or not self.glued(j + 1) or key not in self.language.plural_fractions:
            return False
        if not self._wholes_of_fraction(run, key, j + 1):
            return False
        run.j = j + 1
        return True
