"""Numbers written in words: "ثلاثة ملايين", "two and a half million", "مليون ونصف"."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, NumberExpr
from claims.languages import Language


class _NumberTables:
    """Membership view over every number-word table of a pack."""

    __slots__ = ("p",)

    def __init__(self, p: Language) -> None:
        self.p = p

    def __contains__(self, key: object) -> bool:
        p = self.p
        return key in p.units or key in p.tens or key in p.hundreds or key in p.scales or key in p.duals or \
            key in p.fractions



class WordNumberRules(Cursor):
    """Number words."""

    def number_expr(self, i: int) -> NumberExpr | None:
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == NUM:
            return self._digits_expr(i)
        if t.kind == WORD:
            data = self.language
            if not self.ar and t.key in data.fractions and self.word_key(i - 1) in data.article_words \
                    and self.word_key(i - 2) in data.conjunctions and self.word_key(i - 3) in data.units:
                back = self._words_expr(i - 3)  # "One and a half million": "one" is not an anchor by itself
                if back is not None and back.end_i > i:
                    return back
            if not self.ar and (t.key in data.scales or t.key in data.hundreds) and \
                    self.word_key(i - 1) in data.units and data.units[self.word_key(i - 1)] == 1:
                back = self._words_expr(i - 1)  # "one thousand two hundred": "one" is not an anchor
                if back is not None:
                    return back
            if not self.ar and (t.key in data.fractions or t.key in data.scales) and \
                    self.word_key(i - 1) in data.article_words:
                back = self._words_expr(i - 1)  # "A quarter of a million"
                if back is not None:
                    return back
            return self._words_expr(i)
        return None

    def _words_expr(self, i: int) -> NumberExpr | None:
        data = self.language
        total = Decimal(0)
        current = Decimal(0)
        last = None
        j = i
        used_any = False
        start_i = i
        scale_seen = 0
        hyphen = False
        while j < self.n:
            t = self.toks[j]
            if t.kind == SYM and t.text == "-" and used_any and last in ("ten",) and self.glued(j) and \
                    j + 1 < self.n and self.glued(j + 1):
                j += 1  # twenty-five
                hyphen = True
                continue
            if t.kind != WORD:
                break
            key = t.key
            conj = hyphen
            hyphen = False
            if j == i:
                if key in data.not_numbers and not (
                    self.word_key(i + 1) is not None and self.word_key(i + 1)[1:] in data.tens  # type: ignore[index]
                ):
                    return None  # "لست قلقا" (I am not), but "لست وثلاثين ساعة" (for 36 hours)
                if self.ar and key in data.teen_words and self.word_key(i - 1) is not None and \
                        self.word_key(i - 1).startswith("ال"):  # type: ignore[union-attr]
                    return None  # "بالمرتبة الرابعة عشرة": the second half of an ordinal
                found = self.strip(key, _NumberTables(data), ("و", "ب", "ل", "ك", "ف", "وب", "ول", "فب", "فل"))
                if found is None:
                    if key in data.article_words and j + 1 < self.n and self.toks[j + 1].key in data.fractions:
                        j += 1  # "a quarter of a million"
                        start_i = i
                        continue
                    if key in data.article_words and j + 1 < self.n and self.toks[j + 1].key in data.scales:
                        current = Decimal(1)
                        last = "unit"
                        j += 1
                        used_any = True
                        continue
                    return None
                key = found[1]
            else:
                if key in data.conjunctions and last in ("unit", "ten", "hundred") and not scale_seen:
                    # "one and a half million", "two and a half years"
                    k = j + 1
                    if self.word_key(k) in data.article_words:
                        k += 1
                    if self.word_key(k) in data.fractions and not self.ar:
                        current += data.fractions[self.word_key(k)]  # type: ignore[index]
                        j = k + 1
                        last = "unit"
                        continue
                if key in data.conjunctions and j + 1 < self.n and self.toks[j + 1].key in _NumberTables(data) and \
                        last in ("hundred", "scale"):
                    j += 1
                    continue
                if self.ar and key.startswith("و") and key[1:] in _NumberTables(data) and key[1:] not in data.scales:
                    key = key[1:]
                    conj = True
            if key in data.units:
                v = Decimal(data.units[key])
                nxt = self.tok(j + 1)
                if self.ar and nxt is not None and nxt.kind == WORD and nxt.key in data.teen_words and v < 10:
                    v += 10
                    j += 1
                if used_any and not conj and last in ("unit", "ten") and not (
                    last == "ten" and not self.ar and v < 10
                ):
                    break
                if used_any and conj and last == "ten" and self.ar:
                    break
                current += v
                last = "unit"
            elif key in data.tens:
                if used_any and not conj and last in ("ten", "unit"):
                    break
                current += data.tens[key]
                last = "ten"
            elif key in data.hundreds:
                h = data.hundreds[key]
                if h == 100 and last == "unit" and not conj and 0 < current < 10:
                    current *= 100
                elif used_any and not conj and last not in ("scale",):
                    break
                else:
                    current += h
                last = "hundred"
            elif key in data.scales:
                if not used_any and key in data.vague_alone:
                    return None
                scale = data.scales[key]
                if scale_seen and scale > scale_seen and current == 0 and total > 0:
                    total *= scale  # "ألفي مليون", "ألف مليون": a scale of a scale
                    scale_seen = scale
                    last = "scale"
                    used_any = True
                    j += 1
                    continue
                if scale_seen and scale >= scale_seen and current == 0:
                    break
                total += (current if current else Decimal(1)) * scale
                current = Decimal(0)
                scale_seen = scale
                last = "scale"
            elif key in data.duals:
                if used_any and not conj:
                    break
                total += data.duals[key]
                scale_seen = data.duals[key] // 2
                last = "scale"
            elif key in data.fractions:
                if used_any:
                    if conj and last == "scale" and scale_seen:
                        # "مليون ونصف", "مليونين ونصف المليون", "ثلاثة ملايين وربع": a fraction of the scale.
                        total += data.fractions[key] * scale_seen
                        nxt = self.tok(j + 1)
                        if nxt is not None and nxt.kind == WORD:
                            bare_scale = nxt.key[2:] if self.ar and nxt.key.startswith("ال") else nxt.key
                            if data.scales.get(bare_scale) == scale_seen:
                                j += 1
                        j += 1
                        last = "fraction"
                        continue
                    break
                nxt = self.tok(j + 1)
                # "half a billion", "a quarter of a million"
                for _ in range(2):
                    if nxt is not None and nxt.kind == WORD and (nxt.key in data.article_words or nxt.key == "of"):
                        j += 1
                        nxt = self.tok(j + 1)
                if nxt is None or nxt.kind != WORD or nxt.key not in data.scales:
                    return None
                total += data.fractions[key] * data.scales[nxt.key]
                scale_seen = data.scales[nxt.key]
                j += 2
                used_any = True
                last = "scale"
                continue
            else:
                break
            used_any = True
            j += 1
        if not used_any:
            return None
        value = total + current
        if value < data.min_standalone and not scale_seen:
            return None
        if value <= 0:
            return None
        expr = NumberExpr(value, start_i, j, is_word=True, scale=scale_seen, raw=value)
        return expr
