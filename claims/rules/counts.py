"""Counts and measures: the noun a number counts, units, ages, Arabic dual nouns."""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr
from claims.rules.words import (
    COUNT_MODIFIERS,
)


class CountRules(Cursor):
    """Counts and measures."""

    def _measure_after(self, j: int) -> tuple[str, int] | None:
        data = self.language
        t = self.tok(j)
        if t is not None and t.kind == SYM and t.text == "-" and not self.ar and self.glued(j) and \
                self.tok(j + 1) is not None and self.glued(j + 1):
            found = self.phrase_at(j + 1, data.measure_units)  # type: ignore[arg-type]
            if found is not None:
                return str(found[0]), found[1]  # "102-inch", "10-mile"
            return None
        if t is None or t.kind != WORD:
            return None
        found = self.phrase_at(j, data.measure_units)  # type: ignore[arg-type]
        if found is not None:
            unit, k = found
            return str(unit), k
        return None

    def _counted_after(self, j: int, expr: NumberExpr) -> tuple[int, int] | None:
        """(token index of the counted noun, end index) after a number, or None."""
        data = self.language
        t = self.tok(j)
        if t is None or t.kind != WORD:
            # English compounds: "a 10-year deal", "three-day visit".
            if t is not None and not self.ar and t.kind == SYM and t.text == "-" and self.glued(j):
                w = self.tok(j + 1)
                if w is not None and w.kind == WORD and self.glued(j + 1) and (
                    w.key in data.time_nouns or w.key in data.count_nouns or w.key in data.compound_nouns
                ):
                    return j + 1, j + 2  # "25-member", "three-judge"
            return None
        if self.ar:
            key = t.key
            if key in data.not_counted or len(key) < 2:
                return None
            if key in data.scales or key in data.units or key in data.tens or key in data.hundreds:
                return None
            if self._month_at(j) is not None or self.strip(key, data.weekdays, ("و",)) is not None:
                return None
            if key in data.relative_days or key in data.identifier_cues or key in data.clock_cues:
                return None
            if key.startswith("ال"):
                return None
            if key.startswith("و") and key not in data.waw_nouns:
                return None
            if (key.startswith("بال") or key.startswith("لل") or key.startswith("فال") or key.startswith("كال")):
                return None
            return j, j + 1
        # English: skip up to two modifiers to the noun: "Ten former directors", "20 British soldiers".
        for k in range(j, min(j + 3, self.n)):
            w = self.toks[k]
            if w.kind != WORD or (k > j and not self.has_previous(k)):
                return None
            key = w.key
            if key in COUNT_MODIFIERS and k < j + 2:
                continue  # "10 more aircraft", "20 new stores"
            if key in data.not_counted or key in data.scales or key in data.units or key in data.tens:
                return None
            if (w.text,) in data.months or w.text in data.weekdays:
                return None
            if key in data.count_nouns or key in data.time_nouns:
                return k, k + 1
            if w.text[-1:] == "s" and len(w.text) >= 3 and w.text[:-1].isupper():
                return k, k + 1  # "32 Labour MPs", "200 NGOs"
            if key.endswith("s") and not key.endswith("ss") and len(key) > 3 and not key.endswith("'s") \
                    and not key.endswith("us") and not key.endswith("is"):
                if k > j and w.text[:1].isupper() and key.endswith(("ms", "as", "os")):
                    return None  # "8 Venus Williams", "16 Tommy Haas": a ranked name, not a count
                return k, k + 1
            if k == j and (key.endswith("ly") or key.endswith("ing")):
                return None
        return None

    def _dual(self, i: int, proclitic: int) -> list[Draft] | None:
        """"زار دولتين", "خلال عامين اثنين": an indefinite dual noun counts two."""
        t = self.toks[i]
        prev = self.tok(i - 1)
        if prev is not None and (prev.kind == NUM or (prev.kind == WORD and self.number_expr(i - 1) is not None)):
            return None
        qualifier, _ = self._qualifier(i)
        end_i = i + 1
        if self.in_set(end_i, self.language.dual_emphasis):
            end_i += 1
        norm = self.ex.norm
        start = t.start + proclitic
        counted = norm.original[norm.to_original(start):norm.to_original_end(t.end)]
        return [Draft("count", start, self.toks[end_i - 1].end, value=2, counted=counted, qualifier=qualifier)]

    def _age_end(self, start_i: int, j: int) -> int | None:
        """End index of an age after the number ending at j: "75-year-old", "75 years old", "aged 75",
        "عمره 75 عاما", "75 عاما من العمر"; None when the number is not an age."""
        data = self.language
        if not data.age_nouns:
            return None
        t = self.tok(j)
        if not self.ar and self.word_key(start_i - 1) == "of" and self.word_key(start_i - 2) in data.age_cues_before \
                and (t is None or t.kind == SYM or self.word_key(j) in data.not_counted):
            return j  # "at the age of 80"
        before, close = self.tok(start_i - 1), self.tok(j + 1)
        if self.word_key(j) in data.age_nouns and before is not None and before.text == "(" and close is not None \
                and close.text == ")":
            return j + 1  # "لانزيني (22 عاما)": an age in brackets after a name
        if t is not None and t.kind == SYM and t.text == "-" and self.glued(j) and not self.ar:
            if self.word_key(j + 1) in data.age_nouns and self.tok(j + 2) is not None and self.toks[j + 2].text == "-" \
                    and self.word_key(j + 3) == "old":
                return j + 4
            return None
        if self.word_key(j) in data.age_nouns:
            for phrase in data.age_after:
                if tuple(self.word_key(k) for k in range(j + 1, j + 1 + len(phrase))) == phrase:
                    return j + 1 + len(phrase)
            # An age cue among the three words before ("aged", "عمره"); looked at only here (it is not cheap).
            if any(self.in_set(k, data.age_cues_before) for k in range(max(0, start_i - 3), start_i)):
                return j + 1
            return None
        # (The cue test of the branch above holds here: the word right before is a cue.)
        if not self.ar and self.word_key(start_i - 1) in data.age_cues_before and (
            t is None or t.kind == SYM or self.word_key(j) in data.not_counted
        ):
            return j  # "aged 75"
        return None
