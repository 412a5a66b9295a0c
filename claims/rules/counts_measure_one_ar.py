"""Counts, Arabic measures read by the words around a unit: one of a measure unit after it ("على بعد كيلومتر واحد",
"نقطة مئوية واحدة", "بفارق نقطة"), a unit and a fraction of it ("مترا وربع المتر", "لمدة عام ونصف", "7 سنوات ونصف
السنة"), degrees below zero ("5 درجات تحت الصفر": -5). OneCountRulesAr's base (counts_one_ar.py)."""

from __future__ import annotations

from collections.abc import Container
from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, SYM, WORD, Draft, Reading, number_value
from claims.languages import Language
from claims.rules.counted_elsewhere_ar import MIN_STEM

LONG_UNIT_WORD = 6  # "كيلومتر", "كيلوغرام": a unit word this long names nothing else
UNIT_BOUND_REACH = 3  # tokens between a lone unit bound and the other bound's unit ("من نصف متر إلى متر")
_ONE_WORD_UNITS: dict[str, frozenset[str]] = {}


def _one_word_units(data: Language) -> frozenset[str]:
    """The measure units written in one word, as keys (built once per language)."""
    found = _ONE_WORD_UNITS.get(data.lang)
    if found is None:
        found = _ONE_WORD_UNITS[data.lang] = frozenset(k[0] for k in data.measure_units if len(k) == 1)
    return found


class MeasureOneRulesAr(Cursor):
    """Arabic measure units with one or a fraction after them, and degrees below zero."""

    def one_and_fraction_ar(self, i: int) -> list[Draft] | None:
        """"مترا وربع المتر", "كيس ونصف الكيس", "ساعة ونصف الساعة": a singular noun, "و" + a fraction and the noun
        again with the article is one and that fraction of it (1.25 metres, a number with its unit; 1.5 sacks, a
        count), as "عامين ونصف العام" is 2.5 (counts_dual_ar). The token at i is the fraction with its "و"."""
        data = self.language
        key = self.toks[i].key
        if not self.ar or key[:1] != data.and_prefix or i < 1:
            return None
        fraction = data.fractions.get(key[1:])
        noun, again = self.word_key(i - 1), self.word_key(i + 1)
        if (fraction is None or again is None or not again.startswith(data.definite_article)) and \
                (period := self._period_and_fraction_ar(i) or self._length_and_fraction_ar(i)):
            return period  # "منذ عام ونصف", "شهرا ونصف", "متر ونصف": the noun not written again
        if fraction is None or fraction >= 1 or noun is None or again is None or \
                not again.startswith(data.definite_article) or noun in data.number_words or \
                (i >= 2 and (self.toks[i - 2].kind == NUM or self.number_expr(i - 2) is not None)):
            return None
        stem = noun[:-1] if noun.endswith("ا") and noun[:-1] == again[len(data.definite_article):] else noun
        if stem != again[len(data.definite_article):] or len(stem) < MIN_STEM:
            return None
        first, end = self.toks[i - 1], self.toks[i + 1]
        value = number_value(1 + fraction)
        unit = data.measure_units.get((stem,))
        if unit is None and noun in data.age_nouns and self._age_end(i - 1, i - 1) is not None:
            unit = self.age_unit(i - 1, i)  # "طفل عمره عام ونصف العام": an age
        if unit is not None:
            return [Draft("number", first.start, end.end, value=value, unit=unit)]
        return [Draft("count", first.start, end.end, value=value, counted=self._original_word(i - 1))]

    def _period_and_fraction_ar(self, i: int) -> list[Draft] | None:
        """"لمدة عام ونصف", "منذ شهر ونصف،", "استمرت عاما ونصف": a singular period (`fraction_period_nouns`, a
        proclitic allowed), then "و" + a fraction (at i) that no noun follows, is one and that fraction of the period
        (1.5), as "عام ونصف العام" is: the fraction must close the phrase (a mark, "و" opening the next, a word of
        `period_fraction_closers`). Not after a figure ("11 شهرا ونصف": read at the figure), nor after "بعد" unless
        "من" and an event follow ("بعد شهر ونصف من الحادث" counts; "بعد عام ونصف أعلن" frames what follows)."""
        data = self.language
        closing = self._closing_fraction(i, data.fraction_period_nouns)
        if closing is None:
            return None
        fraction, found = closing
        qualifier, first = self._qualifier(i - 1)
        if not found[0] and self.in_set(first - 1, data.frame_after) and not self._interval_from_event(i + 1):
            return None
        noun = self.toks[i - 1]
        start = noun.start + len(found[0])
        if found[1] in data.age_nouns and self._age_end(i - 1, i - 1) is not None:
            return [Draft("number", start, self.toks[i].end, value=number_value(1 + fraction),
                          unit=self.age_unit(i - 1, i))]  # "تبلغ من العمر سنة ونصف": an age
        return [Draft("count", start, self.toks[i].end, value=number_value(1 + fraction), qualifier=qualifier,
                      counted=self._original_word(i - 1))]

    def _closing_fraction(self, i: int, nouns: Container[str]) -> tuple[Decimal, tuple[str, str]] | None:
        """(fraction, (proclitic, noun)) when the token at i is "و" + a fraction below one after a word of `nouns`
        (a proclitic allowed) and the fraction closes the phrase (a mark, "و" opening the next, a word of
        `period_fraction_closers`: not "ساعة ونصف زملائه", "عام ونصف المليون", where it goes with what follows), with
        no figure before the word ("11 شهرا ونصف", "3 أمتار ونصف": read at the figure); else None."""
        data = self.language
        fraction = data.fractions.get(self.toks[i].key[1:])
        found = self.strip(self.word_key(i - 1) or "", nouns, data.proclitics_dual_noun)
        if fraction is None or fraction >= 1 or found is None:
            return None
        after = self.tok(i + 1)
        if after is not None and after.kind != SYM and not after.key.startswith(data.and_prefix) and \
                after.key not in data.period_fraction_closers:
            return None
        prev = self.tok(i - 2)
        if prev is not None and (prev.kind == NUM or self.number_expr(i - 2) is not None):
            return None
        return fraction, found

    def _length_and_fraction_ar(self, i: int) -> list[Draft] | None:
        """"بين نصف متر ومتر ونصف": a length unit written alone (`one_measure_units`, a proclitic allowed) and "و" +
        a fraction (at i) closing the phrase is one and that fraction of the unit (1.5 m), as "مترا ونصف المتر" is;
        not after a figure ("3 أمتار ونصف": read at the figure) nor before a noun the fraction opens."""
        data = self.language
        closing = self._closing_fraction(i, data.one_measure_units)
        if closing is None:
            return None
        fraction, found = closing
        unit = data.measure_units.get((found[1],))
        if unit is None:
            return None
        return [Draft("number", self.toks[i - 1].start + len(found[0]), self.toks[i].end,
                      value=number_value(1 + fraction), unit=unit)]

    def unit_and_fraction_ar(self, r: Reading) -> None:
        """"7 سنوات ونصف السنة", "3 ساعات ونصف", "4 أمتار ونصف": a figure of a time unit or a measure, then "و" and a
        fraction, maybe with the unit again in its definite singular, is that figure and the fraction (7.5), as
        "عامين ونصف العام" is 2.5 (counts_dual_ar); not before a scale or another definite noun ("3 سنوات ونصف
        مليون", "ونصف الأعضاء": a figure or a share of its own)."""
        data = self.language
        nxt = self.word_key(r.end_i)
        if r.n2 is not None or nxt is None or nxt[:1] != data.and_prefix or nxt[1:] not in data.fractions:
            return  # (the cheap test first: "و" and a fraction right after the quantity)
        fraction = data.fractions[nxt[1:]]
        noun = self.word_key(r.end_i - 1) or ""
        timed = r.kind == "count" and (noun in data.frame_units_long or noun in data.frame_units_short)
        if fraction >= 1 or not (timed or (r.kind == "number" and r.unit is not None and r.currency is None)):
            return
        again = self.word_key(r.end_i + 1) or ""
        end = r.end_i + 1
        if again.startswith(data.definite_article):
            bare = again[len(data.definite_article):]
            if bare not in data.single_period_nouns and (bare,) not in data.measure_units:
                return  # "7 سنوات ونصف الأعضاء"
            end += 1  # "ونصف السنة", "ونصف الساعة"
        elif again in data.scales:
            return
        r.n1.value += Decimal(str(fraction))
        r.end_i = end

    def below_zero_ar(self, r: Reading) -> None:
        """"5 درجات تحت الصفر", "3 درجات مئوية دون الصفر": degrees below zero are a negative temperature (-5), as
        "minus 12 degrees" keeps its sign; one unit word may stand between ("مئوية")."""
        data = self.language
        if r.unit != "degree" or not data.below_zero_words or r.n1.value <= 0:
            return
        k = r.end_i
        if self.word_key(k) not in data.below_zero_words and (self.word_key(k),) in data.measure_units:
            k += 1  # "درجات مئوية"
        zero = self.word_key(k + 1) or ""
        if self.word_key(k) in data.below_zero_words and zero.startswith(data.definite_article) and \
                zero[len(data.definite_article):] in data.zero_words:
            if r.n2 is not None:  # "بين 2 و4 درجات تحت الصفر": from -4 to -2
                r.n1.value, r.n2.value = -r.n2.value, -r.n1.value
            else:
                r.n1.value = -r.n1.value
            r.end_i = k + 2

    def one_after_measure_ar(self, i: int) -> list[Draft] | None:
        """"عند نقطة واحدة" after "6 نقاط", "على بعد كيلومتر واحد": one of a measure unit, the number word after it
        (Arabic word order; as "دولار واحد" is one dollar, quantity.py). A short unit word that is also a common noun
        ("نقطة" a spot, "درجة" a rank, "طن", "كم") needs a figure of the same unit before it in the sentence; the
        unit is written apart, not after another unit word ("نقطة مئوية واحدة" is a percentage point, percent 1:
        _one_percentage_point_ar)."""
        data = self.language
        if not self.ar or (data.units.get(self.toks[i].key) != 1 and self.toks[i].key not in data.sole_adjectives) or \
                i < 2 or self.toks[i - 1].kind != WORD:
            return None
        if (point := self._one_percentage_point_ar(i)) is not None:
            return point
        if self.toks[i - 2].kind == NUM or self.number_expr(i - 2) is not None or \
                (self.word_key(i - 2),) in data.measure_units:
            return None
        unit, glued = self._unit_word_ar(self.toks[i - 1].key)  # "بنقطة واحدة": a proclitic on the unit
        if unit is None:
            return None
        prev = self.last_quantity
        high = self.unit_first_high_ar(i - 1, i + 1, unit)  # "بين قدم واحدة و3 أقدام" (rules/lists.py)
        if high is None and len(self.toks[i - 1].key) < LONG_UNIT_WORD and (prev is None or prev.unit != unit) and \
                not self._unit_named_before(i - 1, unit):
            return None
        draft = Draft("number", self.toks[i - 1].start + glued, self.toks[i].end, value=1, unit=unit)
        if high is not None:
            draft.value_high, draft.end = high[0], self.toks[high[1] - 1].end
        return [draft]

    def _one_percentage_point_ar(self, i: int) -> list[Draft] | None:
        """"ارتفعت البطالة نقطة مئوية واحدة", "بنقطة مئوية واحدة": one before it closes a percentage point phrase
        (`point_phrases`: "نقطة مئوية"), a percent of one point, not one degree ("مئوية" alone is a degree); no figure
        before the phrase."""
        data = self.language
        found = self.strip(self.word_key(i - 2) or "", frozenset(p[0] for p in data.point_phrases),
                           data.proclitics_dual_noun)
        if found is None or (found[1], self.word_key(i - 1)) not in data.point_phrases:
            return None
        before = self.tok(i - 3)
        if before is not None and (before.kind == NUM or self.number_expr(i - 3) is not None):
            return None
        return [Draft("percent", self.toks[i - 2].start + len(found[0]), self.toks[i].end, value=1,
                      unit="percentage point")]

    def _unit_named_before(self, k: int, unit: str) -> bool:
        """A figure of the same measure unit stands before token k in its sentence ("بست نقط ... بنقطتين من
        تعادلين ... بنقطة واحدة": points measured before, though another count came last; not "نقاط متعددة")."""
        for j in range(k - 1, 0, -1):
            t = self.toks[j]
            if t.start < self.bounds[0]:
                return False
            if t.kind == WORD and self._unit_word_ar(t.key)[0] == unit and \
                    (self.toks[j - 1].kind == NUM or self.number_expr(j - 1) is not None):
                return True
        return False

    def _unit_word_ar(self, key: str) -> tuple[str | None, int]:
        """(unit, length of the proclitic glued before it) of a one-word measure unit, maybe after a proclitic
        ("بنقطة", "وكيلومتر"); (None, 0) for any other word."""
        data = self.language
        unit = data.measure_units.get((key,))
        if unit is not None:
            return unit, 0
        found = self.strip(key, _one_word_units(data), data.proclitics_dual_noun)
        return (data.measure_units[(found[1],)], len(found[0])) if found is not None else (None, 0)

    def unit_range_bound_ar(self, i: int) -> list[Draft] | None:
        """"عمق القناة من متر إلى متر ونصف", "من نصف متر إلى متر": a length unit written alone (`one_measure_units`)
        as one bound of a range whose other bound measures the same unit is one of it (a number, as "بطول كيلومتر";
        the other bound is read at its own words). The low bound after "من"/"بين", the high one after "إلى"/"حتى"
        with "من"/"بين" and the same unit up to UNIT_BOUND_REACH tokens before; not with "ونصف" or "واحد" after it
        (read there)."""
        data = self.language
        key = self.toks[i].key
        if key not in data.one_measure_units:
            return None  # (with a proclitic it is no bound: "بمتر")
        after = self.word_key(i + 1)
        if after is not None and (
                self.strip(after, data.fractions, (data.and_prefix,)) is not None or data.units.get(after) == 1):
            return None
        unit = data.measure_units.get((key,))
        if unit is None:
            return None
        before = self.word_key(i - 1)
        if before in data.unit_range_openers:
            other = range(i + 2, min(self.n, i + 2 + UNIT_BOUND_REACH)) if after in data.range_connectors else ()
        elif before in data.range_connectors:
            start = next((k for k in range(i - 2, max(-1, i - 2 - UNIT_BOUND_REACH), -1)
                          if self.word_key(k) in data.unit_range_openers), None)
            other = range(start + 1, i - 1) if start is not None else ()
        else:
            return None
        if not any(self._unit_word_ar(self.word_key(k) or "")[0] == unit or self.word_key(k) in data.measure_dual_words
                   for k in other if self.toks[k].start < self.bounds[1]):
            return None
        return [Draft("number", self.toks[i].start, self.toks[i].end, value=1, unit=unit)]

    def margin_one_ar(self, i: int) -> list[Draft] | None:
        """"متقدما بفارق نقطة عن منافسه", "فاز بفارق هدف", "بفارق صوت واحد": a singular unit or counted noun right
        after a word of margin (`margin_words`) is one of it (GUIDELINES: a singular unit that is the figure is one,
        "بطول كيلومتر"); a measure unit is a number ("نقطة": points), a noun of `margin_count_nouns` a count."""
        data = self.language
        noun = self.tok(i + 1)
        if not self.in_set(i, data.margin_words) or noun is None or noun.kind != WORD:
            return None
        end = i + 2
        if data.units.get(self.word_key(end) or "") == 1:
            end += 1  # "بفارق صوت واحد"
        after = self.tok(end)
        if after is not None and (after.kind == NUM or self.strip(after.key, data.fractions, (data.and_prefix,))):
            return None  # ("بفارق نقطة ونصف", a figure after: read there)
        unit = data.measure_units.get((noun.key,))
        if unit is not None:
            return [Draft("number", noun.start, self.toks[end - 1].end, value=1, unit=unit)]
        if noun.key in data.margin_count_nouns:
            return [Draft("count", noun.start, self.toks[end - 1].end, value=1, counted=noun.text)]
        return None
