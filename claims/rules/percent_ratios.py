"""Percent: a share stated as a ratio, read as a percent with unit "ratio" (GUIDELINES: "one in five" is 20): "1 in 5",
"nine out of ten", "a one-in-five chance", "one in every 200 people", "واحد من كل خمسة أطفال", "قضية لكل 2133 أسرة";
not two counts ("325 out of 360 seats", "10 in 12 appearances"). PercentRules' base."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Draft, NumberExpr, number_value


class RatioRules(Cursor):
    """Ratios read as shares: after their first figure (`_ratio`, asked by count_or_measure.py) or before their
    second (`_ratio_before`, asked by quantity.py)."""

    def _one_in_n(self, i: int, n1: NumberExpr) -> list[Draft] | None:
        """"One in five voters": "one" is not an anchor, so the share is read from its second number (at i)."""
        data = self.language
        k = i - 1
        if self.word_key(k) in data.ratio_every_words:
            k -= 1  # "one in every 200 people"
        if self._hyphened_ratio_before(i, n1):
            k -= 1  # "a one-in-five chance": the ratio's words joined by hyphens (k at "in", one hyphen on)
            return [Draft("percent", self.toks[k - 2].start, self.toks[n1.end_i - 1].end,
                          value=number_value((Decimal(100) / n1.value).quantize(Decimal("0.01")).normalize()),
                          unit="ratio")]
        if data.ratio_words and self.word_key(k) in data.ratio_words and \
                self.word_key(k - 1) in data.ratio_first_words and not n1.scale and 1 < n1.value <= 1000:
            value = (Decimal(100) / n1.value).quantize(Decimal("0.01")).normalize()
            return [Draft("percent", self.toks[k - 1].start, self.toks[n1.end_i - 1].end, value=number_value(value),
                          unit="ratio")]
        return None

    def _ratio_hyphens(self, j: int) -> bool:
        """Tokens j..j+3 are a hyphen, a ratio word, a hyphen and the second figure, each glued to the one before
        ("1-in-4", "one-in-five": the ratio written as one word)."""
        return self.tok(j + 3) is not None and self.toks[j].text == "-" and self.toks[j + 2].text == "-" and \
            all(self.glued(m) for m in (j, j + 1, j + 2, j + 3)) and self.word_key(j + 1) in self.language.ratio_words

    def _glued_hyphen(self, k: int) -> bool:
        """A hyphen at token k glued to the token before it ("one-in-100-year": the ratio names what follows)."""
        t = self.tok(k)
        return t is not None and t.text == "-" and self.glued(k)

    def _hyphened_ratio_at(self, j: int) -> bool:
        """English: a ratio written as one word after its first figure ("1-in-4"): _ratio_hyphens from j, not
        hyphened to a word after it."""
        return not self.ar and self._ratio_hyphens(j) and not self._glued_hyphen(j + 4)

    def _hyphened_ratio_before(self, i: int, n1: NumberExpr) -> bool:
        """English: "a one-in-five chance", "one-in-10 households": "one", a ratio word and the figure at i joined by
        glued hyphens, a whole figure from 2 to 1000 not hyphened to a word after it ("a one-in-100-year flood" names
        a flood's rarity)."""
        if self.ar or i < 4 or n1.scale or not 1 < n1.value <= 1000 or n1.value != n1.value.to_integral_value():
            return False
        return not self._glued_hyphen(n1.end_i) and self._ratio_hyphens(i - 3) and \
            self.word_key(i - 4) in self.language.ratio_first_words

    def _ratio_before(self, i: int, n1: NumberExpr) -> list[Draft] | None:
        """A share stated by the words before the number at i: "one in (every) five", "حالة لكل 1500 أسرة"."""
        data = self.language
        before = self.word_key(i - 1)
        if before is None:
            return self._one_in_n(i, n1) if self._hyphened_ratio_before(i, n1) else None
        if before in data.ratio_words or before in data.ratio_every_words:
            return self._one_in_n(i, n1)
        if before in data.per_every_words and (one := self._one_of_every_ar(i, n1)) is not None:
            return one
        if before in data.per_words or before in data.per_every_words:
            return self._one_per_n(i, n1)
        return None

    def _one_of_every_ar(self, i: int, n1: NumberExpr) -> list[Draft] | None:
        """Arabic "one in N": "واحد من كل خمسة أطفال", "طفل من كل عشرة", "امرأة من بين كل ثلاث نساء": "واحد"/"واحدة" or
        a noun of one person or household (`ratio_one_nouns`) before "من (بين) كل" and N (at i) is the share 100/N
        (GUIDELINES: "one in five" → 20), not two counts."""
        data = self.language
        if not data.ratio_one_nouns or n1.scale or not 1 < n1.value <= 1000:
            return None
        k = i - 2
        if self.word_key(k) in data.ratio_among_words:
            k -= 1  # "من بين كل"
        if self.word_key(k) not in data.partitive_words:
            return None
        first = k - 1
        one = self._one_word_ar(first, data.ratio_one_nouns | data.one_adjectives)
        if one is None:
            return None
        if one[1] in data.one_adjectives and (noun := self._one_word_ar(first - 1, data.ratio_one_nouns)):
            first, one = first - 1, noun  # "شخص واحد من كل أربعة"
        end_i = n1.end_i
        counted = self._counted_after(end_i, n1)
        if counted is not None:
            end_i = counted[1]
        start = self.toks[first].start + len(one[0])
        value = (Decimal(100) / n1.value).quantize(Decimal("0.001")).normalize()
        return [Draft("percent", start, self.toks[end_i - 1].end, value=number_value(value), unit="ratio")]

    def _one_word_ar(self, k: int, words: frozenset[str]) -> tuple[str, str] | None:
        """(proclitic "و" or "", word) when token k is one of `words`, maybe after "و"."""
        return self.strip(self.word_key(k) or "", words, (self.language.and_prefix,))

    def _one_per_n(self, i: int, n1: NumberExpr) -> list[Draft] | None:
        """"قضية لكل 2133 أسرة", "طنا من الفحم مقابل كل أربعة أطنان": one thing per N others, the share 100/N
        (a percent with unit "ratio"). The noun before the per word must not follow a number ("10 ريالات لكل 100
        كيلو" is a price)."""
        data = self.language
        k = i - 1
        if self.word_key(k) in data.per_every_words:
            k -= 1
            if self.word_key(k) not in data.rate_basis_words:
                return None
        elif self.word_key(k) not in data.per_words:
            return None
        if n1.scale or not 1 < n1.value <= 100_000:
            return None
        first = k - 1
        if self.word_key(first) is None:
            return None
        if self.word_key(first - 1) is not None and self.word_key(first - 1) in data.partitive_words:
            first -= 2  # "برميلا من النفط مقابل كل": the one thing stands before من
        for back in (first - 1, first - 2):
            t = self.tok(back)
            if t is not None and (t.kind == NUM or (t.kind == WORD and t.key in data.number_words)):
                return None
        if self.word_key(first) is None:
            return None
        end_i = n1.end_i
        counted = self._counted_after(end_i, n1)
        if counted is not None:
            end_i = counted[1]
        value = (Decimal(100) / n1.value).quantize(Decimal("0.000001")).normalize()
        return [Draft("percent", self.toks[first].start, self.toks[end_i - 1].end, value=number_value(value),
                      unit="ratio")]

    def _ratio(self, n1: NumberExpr, n2: NumberExpr | None, j: int) -> tuple[Decimal, int] | None:
        """"1 in 5" (children): a share, as a percent with unit "ratio"."""
        data = self.language
        if n2 is not None or not data.ratio_words or n1.scale:
            return None
        if self.word_key(j) in data.ratio_times_words and f"{self.word_key(j + 1)} {self.word_key(j + 2)}" in \
                data.ratio_words:
            j += 1  # "nine times out of ten"
        key = self.word_key(j)
        hyphened = key is None and self._hyphened_ratio_at(j)
        if hyphened:
            key, j = self.word_key(j + 1), j + 1  # "a 1-in-4 chance": the words joined by hyphens
        if key in data.ratio_words:
            k = j + 2 if hyphened else j + 1  # (past the hyphen before the second figure)
        elif key is not None and f"{key} {self.word_key(j + 1)}" in data.ratio_words:
            k = j + 2  # "eight out of 10"
        else:
            return None
        if not (n1.plain_digits or n1.is_word):
            return None
        if self.word_key(k) in data.ratio_every_words:
            k += 1  # "seven out of every 10 buses": a rate, whatever follows (k is past j + 2)
        second = self.number_expr(k) if self.tok(k) is not None else None
        if second is None or second.scale or not (second.plain_digits or second.is_word):
            return None  # "1 in 5", "nine out of ten"; not "1 in 5 million"
        low, high = n1.value, second.value
        if not 0 < low < high or high > 1000:
            return None
        if k == j + 2 and high > 5 and str(int(high)) not in data.ratio_round_bases and \
                self._counted_after(second.end_i, second) is not None:
            return None  # "325 out of 360 seats": two counts of a concrete group, not a rate ("eight out of 10")
        if k == j + 1 and low != 1 and data.ratio_event_nouns and \
                (noun := self._counted_after(second.end_i, second)) is not None and \
                self.word_key(noun[0]) in data.ratio_event_nouns:
            return None  # "10 in 12 appearances": a tally over games, two counts ("one in 12 adults", "1 in 4 games"
            # are rates: one of every few)
        if k == j + 1 and low != 1 and not self.ar and self.word_key(second.end_i) in data.time_nouns:
            return None  # "scored three in six minutes": a tally and the time it took, two counts (not 50%)
        return (low * 100 / high).quantize(Decimal("0.01")).normalize(), second.end_i
