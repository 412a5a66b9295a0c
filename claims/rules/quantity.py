"""Quantities: a number with what follows it (percent, money, count, measure) and its qualifier."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, NumberExpr, Skip, number_value
from claims.rules.words import (
    ORDINAL_SUFFIXES,
)


class QuantityRules(Cursor):
    """Quantities."""

    def _qualifier(self, i: int) -> tuple[str | None, int]:
        found = self.phrase_before(i, self.language.qualifiers)  # type: ignore[arg-type]
        if found is None:
            # Trailing qualifier: "98% تقريبا" is rarer; "or so" ignored.
            return None, i
        return str(found[0]), found[1]

    def _is_change(self, i: int) -> bool:
        verbs = self.language.change_verbs
        for k in range(max(0, i - 6), i):
            t = self.toks[k]
            if t.kind != WORD:
                continue
            key = t.key
            for v in verbs:
                if key.startswith(v) or (self.ar and len(key) > len(v) and key[1:].startswith(v)):
                    return True
        return False

    def quantity(self, i: int) -> list[Draft] | Skip | None:
        data = self.language
        n1 = self.number_expr(i)
        if n1 is None:
            return None
        if self.ar:
            self._join_scaled_parts(n1)
        if data.ratio_words and self.word_key(i - 1) in data.ratio_words and self.word_key(i - 2) == "one" and \
                not n1.scale and 1 < n1.value <= 1000:
            # "One in five voters": "one" is not an anchor, so the share is read from its second number.
            value = (Decimal(100) / n1.value).quantize(Decimal("0.01")).normalize()
            return [Draft("percent", self.toks[i - 2].start, self.toks[n1.end_i - 1].end, value=number_value(value),
                          unit="ratio")]
        start_i = n1.start_i
        cur_before = self._currency_before(i)
        if cur_before is not None:
            start_i = cur_before[1]
        qualifier, _ = self._qualifier(start_i)
        j = n1.end_i
        after = self.tok(j)
        if after is not None and after.kind == WORD and self.glued(j) and after.key in ORDINAL_SUFFIXES and \
                not self.ar:
            return Skip(j + 1)  # "17th game": a rank, not a quantity
        n2: NumberExpr | None = None
        connector = None
        t = self.tok(j)
        if t is not None and t.text == "%" and self.tok(j + 1) is not None and \
                self.toks[j + 1].key in ("to", "and", "-", "الي", "و", "حتي") and self.tok(j + 2) is not None \
                and self.toks[j + 2].kind == NUM:
            second = self.number_expr(j + 2)
            if second is not None and self._percent_after(second.end_i) is not None:
                j += 1  # "2% and 2.5%": the sign repeats on both ends
            else:
                t = None  # "rose 46% to 420 million": a percent, then another figure
            t = self.tok(j)
        if t is not None and t.kind == SYM and t.text == "-":
            k = j + 1
            if self._currency_before(k + 1) is not None and self.tok(k) is not None and \
                    self.toks[k].text in data.currency_symbols:
                k += 1
            n2 = self.number_expr(k)
            connector = "-"
        elif t is not None and t.kind == WORD and t.key in ("to", "and", "الي", "حتي", "و", "او", "or"):
            k = j + 1
            if self.tok(k) is not None and self.toks[k].text in data.currency_symbols:
                k += 1
            n2 = self.number_expr(k)
            connector = t.key
            if n2 is not None:
                between = self.in_set(start_i - 1, frozenset({"between", "بين", "ما"})) or (
                    qualifier is None and self.word_key(start_i - 1) in ("between", "بين"))
                if connector in ("and", "و") and not between:
                    n2 = None
                if connector in ("او", "or"):
                    n2 = None
        if n2 is not None:
            if n2.scale and not n1.scale and n1.value < n2.raw * 1000 and n1.value <= n2.raw:
                n1.value, n1.scale = n1.value * n2.scale, n2.scale
            elif n2.scale and not n1.scale and n1.value < n2.raw:
                n1.value, n1.scale = n1.value * n2.scale, n2.scale
            if n2.value <= n1.value:
                if connector == "-" and n1.plain_digits and n2.plain_digits and not n1.scale:
                    return Skip(n2.end_i)  # a score: "2-1", "42-6"
                n2 = None
        if n2 is not None and connector == "-" and n1.plain_digits and n2.plain_digits and n2.value <= 7:
            k = n2.end_i + 1 if self.tok(n2.end_i) is not None and self.toks[n2.end_i].text == "(" else n2.end_i
            after = self.tok(k)
            if after is not None and after.kind == NUM and self.tok(k + 1) is not None and \
                    self.toks[k + 1].text == "-":
                return Skip(k + 3)  # a tennis score: "5-7 6-0 6-2", "6-7 (3-7)"
        if n2 is not None and connector == "-" and n1.plain_digits and n2.plain_digits and n2.value <= 10 and \
                self.tok(n1.start_i - 1) is not None and self.toks[n1.start_i - 1].text == "(" and \
                self.tok(n2.end_i) is not None and self.toks[n2.end_i].text == ")" and \
                self._percent_after(n2.end_i + 1) is None and self._measure_after(n2.end_i + 1) is None and \
                self._currency_after(n2.end_i + 1) is None:
            return Skip(n2.end_i + 1)  # "6-7 (3-7)": a tie-break score
        end_i = n2.end_i if n2 is not None else n1.end_i
        if n2 is None and n1.plain_digits is not None and n1.end_i == i + 1:
            # A score or pair of small numbers with nothing after: "2-1", "3-0".
            pass
        kind = "number"
        unit = None
        currency = None
        candidates: list[str] = []
        counted = None
        cur_after = None
        close = self.tok(end_i)
        if close is not None and close.text in ")]" and n1.start_i > 0 and self.toks[n1.start_i - 1].text in "([" \
                and not n1.parenthesized and (self._percent_after(end_i + 1) or self._currency_after(end_i + 1)
                                               or self._measure_after(end_i + 1)):
            # "(32-48) كلغ": the unit after the closing bracket applies to the bracketed figures.
            start_i = min(start_i, n1.start_i - 1)
            end_i += 1
        percent = self._percent_after(end_i)
        if percent is not None:
            kind, end_i, unit = "percent", percent[0], percent[1]
        else:
            cur_after = self._currency_after(end_i)
            if cur_before is not None or cur_after is not None:
                kind = "money"
                if cur_after is not None:
                    cur, end_i, code = cur_after
                    if cur.needs_number and n1.is_word and not n1.scale:
                        return None
                else:
                    cur, code = cur_before[0], None  # type: ignore[index]
                if code is None:
                    code, candidates = self.ex.resolve_currency(cur, self.bounds)
                currency = code
                if self.ar and n2 is None and n1.scale:
                    end_i = self._money_tail(n1, end_i, cur)
                if cur.divisor != 1:  # "50 cents", "50 سنتا": a subunit, the value is in the currency's units
                    n1.value /= cur.divisor
                    if n2 is not None:
                        n2.value /= cur.divisor
            else:
                measure = self._measure_after(end_i)
                age_end = self._age_end(start_i, end_i)
                ratio = self._ratio(n1, n2, end_i)
                if ratio is not None:
                    kind, unit, end_i = "percent", "ratio", ratio[1]
                    n1 = NumberExpr(ratio[0], n1.start_i, n1.end_i)
                    n2 = None
                elif age_end is not None:
                    unit, end_i = "years old", age_end
                elif measure is not None:
                    unit, end_i = measure
                else:
                    found = self._counted_after(end_i, n2 or n1)
                    if found is None and not self.ar:
                        # "20 Boeing 737 jets", "12 F-16 fighters": the noun after a model name is counted.
                        model_end = self._model_end(end_i)
                        if model_end is not None:
                            found = self._counted_after(model_end, n2 or n1)
                            if found is not None and found[0] != model_end:
                                found = None
                    if found is None and self.ar and self.word_key(end_i) == "من":
                        # "20 من الجنود": the counted noun after من, definite.
                        nt = self.tok(end_i + 1)
                        if nt is not None and nt.kind == WORD and nt.key.startswith("ال") and \
                                len(nt.key) > 4 and nt.key not in data.percent_words and \
                                self._percent_after(end_i) is None:
                            found = (end_i + 1, end_i + 2)
                    if found is not None:
                        kind = "count"
                        counted = self.ex.norm.original[
                            self.ex.norm.to_original(self.toks[found[0]].start):
                            self.ex.norm.to_original_end(self.toks[found[0]].end)
                        ]
                        end_i = found[1]
        if kind == "number" and n2 is None and connector == "-" and n1.plain_digits is not None:
            nxt2 = self.number_expr(n1.end_i + 1)
            if nxt2 is not None and nxt2.value <= 30 and n1.value <= 30:
                return Skip(n1.end_i + 2)  # a score
        prefix = self.tok(i - 1)
        if kind == "number" and n2 is None and prefix is not None and prefix.kind == WORD and self.ar and \
                prefix.key in ("ال", "وال", "بال", "لل") and (self.glued(i) or prefix.end == self.toks[i].start - 1):
            return Skip(n1.end_i)  # "الـ13", "الساعات الـ 24": a rank or a definite reference
        if kind == "number" and n1.parenthesized and n2 is None and n1.plain_digits and n1.value <= 50:
            return Skip(n1.end_i)  # "(2)": a numbered point
        opener = self.tok(n1.start_i - 1)
        if n1.parenthesized and n2 is None and n1.plain_digits and n1.value <= 50 and (
            self.toks[n1.start_i].start == self.bounds[0] or (opener is not None and opener.text in ":؛")
        ):
            return Skip(n1.end_i)  # "(5) تمويل ...": a numbered point opening its sentence
        if kind == "number" and self.ar and unit is None and n2 is None and not n1.scale:
            k = end_i + 1 if self.tok(end_i) is not None and self.toks[end_i].text == "-" else end_i
            latin = self.tok(k)
            if latin is not None and latin.kind == WORD and latin.text.isascii():
                return Skip(end_i)  # "88591 - Stc 635031": short codes next to operator names
        if kind == "number" and not self.ar and unit is None and n2 is None and not n1.scale:
            nt = self.tok(end_i)
            if nt is not None and nt.kind == WORD and nt.text[:1].isupper() and self.has_previous(end_i) and \
                    (nt.text,) not in data.months and nt.text not in data.weekdays:
                return Skip(end_i + 1)  # "50 Cent", "Police drama 36 Quai": part of a name
        if kind == "number" and n1.is_word and not n1.scale and n2 is None and unit is None:
            # Spelled-out numbers stand alone only with what they count or measure ("the three" is not a claim).
            return None
        if kind == "number" and unit is None and n2 is None and n1.end_i == i + 1 and self.toks[i].text.isdigit() \
                and len(self.toks[i].text) >= 7 and not n1.scale:
            return Skip(n1.end_i)  # "920001234": a bare run of 7+ digits is a phone or reference number
        sign = self._minus_before(start_i)
        if sign is not None and kind in ("number", "percent") and n2 is None:
            start_i = sign
            n1.value = -n1.value
        span_start = self.toks[start_i].start
        span_end = self.toks[end_i - 1].end
        high = number_value(n2.value) if n2 is not None else None
        draft = Draft(kind, span_start, span_end, value=number_value(n1.value), value_high=high,
                      currency=currency, currency_candidates=candidates, counted=counted, unit=unit,
                      qualifier=qualifier)
        if n2 is not None and connector in ("to", "الي", "حتي") and self._is_change(start_i):
            # "rose from 10 to 15%": two figures, not a range.
            first_end = n1.end_i
            if self.tok(first_end) is not None and self.toks[first_end].text == "%":
                first_end += 1  # "up 0.1% to 4.7%"
            first = Draft(kind, span_start, self.toks[first_end - 1].end, value=number_value(n1.value),
                          currency=currency, currency_candidates=list(candidates), counted=counted, unit=unit,
                          qualifier=qualifier)
            k2 = n2.start_i
            if k2 > 0 and self.toks[k2 - 1].text in data.currency_symbols:
                k2 -= 1
            second_start = self.toks[k2].start
            second = Draft(kind, second_start, span_end, value=number_value(n2.value), currency=currency,
                           currency_candidates=list(candidates), counted=counted, unit=unit)
            return [first, second]
        return [draft]
