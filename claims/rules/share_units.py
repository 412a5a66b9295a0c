"""Shares, a fraction of a unit: no share of a whole but a quantity of that unit, read by ShareRules.share before the
fraction is taken as a share (bench/devset/GUIDELINES.md, Shares). A fraction of a long time unit or a period is a
duration ("a quarter of a century" 25 years, "ربع قرن", "نصف ساعة" 30 minutes, "نصف يوم" 0.5 days), of a measure unit
a number in it ("half an ounce", "a quarter of a mile"), of one percent that percent ("a third of a percent" 0.333).
ShareRules' base (shares.py)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, Draft, number_value

THOUSANDTH = Decimal("0.001")


class FractionUnitRules(Cursor):
    """Fractions of a time unit, a period, a measure unit or one percent."""

    def _percent_fraction(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """English "a third of a percent", "half of one per cent", "half a percent" (no "of" after "half"): a
        fraction of one percent is that percent (0.333), as the OOD round annotates it; "a third of a percentage
        point" keeps its unit."""
        data = self.language
        k = i + 2 if self.word_key(i + 1) in data.fraction_links else i + 1
        if self.ar or (k == i + 1 and self.word_key(i + 1) not in data.article_words) or \
                (self.word_key(k) not in data.article_words and self.word_key(k) not in data.ratio_first_words):
            return None
        found = self._percent_after(k + 1)
        if found is None:
            return None
        first = i - 1 if self.word_key(i - 1) in data.article_words or self.word_key(i - 1) in \
            data.ratio_first_words else i
        value = fraction.quantize(THOUSANDTH).normalize()
        qualifier, _ = self._qualifier(first)
        return [Draft("percent", self.toks[first].start, self.toks[found[0] - 1].end, value=number_value(value),
                      unit=found[1], qualifier=qualifier)]

    def _time_span(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """English: "a quarter of a century" (25), "half a decade" (5), "nearly half a century": a fraction of a
        long time unit is a count of years (bench/devset/GUIDELINES.md, Shares)."""
        data = self.language
        if not data.time_span_years:
            return None
        if self.ar:
            return self._time_span_ar(i, fraction)
        k = i + 1
        if self.word_key(k) in data.fraction_links:
            k += 1
        if self.word_key(k) not in data.article_words:
            return None
        years = data.time_span_years.get(self.word_key(k + 1) or "")
        if years is None:
            return None
        first = i - 1 if self.word_key(i - 1) in data.article_words else i
        value = (fraction * years).quantize(THOUSANDTH).normalize()
        return [Draft("count", self.toks[first].start, self.toks[k + 1].end, value=number_value(value),
                      counted="years")]

    def _time_span_ar(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """Arabic: "ربع قرن" (25 years), "نصف ساعة" (30 minutes), "وربع ساعة للكتلة": a fraction right before a time
        unit is a duration; not after "بعد" (past a qualifier: "بعد حوالي نصف ساعة" frames what follows) or "آخر"
        ("في آخر ربع ساعة من اللقاء"), nor with a proclitic on the fraction other than "و"."""
        data = self.language
        t, unit = self.toks[i], self.word_key(i + 1) or ""
        years, minutes = data.time_span_years.get(unit), data.time_span_minutes.get(unit)
        if years is None and minutes is None:
            return self._period_fraction_ar(i, fraction)
        if t.key not in data.fractions and t.key[1:] not in data.fractions:
            return None
        if t.key not in data.fractions and t.key[:1] not in data.and_words:
            return None
        if unit in data.time_span_construct_units and (self.word_key(i + 2) or "").startswith(data.definite_article):
            return None  # "نصف عقد الإيجار": the word in construct names another thing (a contract)
        before = self._qualifier(i)[1] - 1
        if self.in_set(before, data.frame_after) or self.in_set(before, data.frame_last_words):
            return None  # ("في آخر ربع ساعة من اللقاء": a part of the match, framing)
        value = (fraction * (years or minutes)).quantize(THOUSANDTH).normalize()
        start = t.start + (0 if t.key in data.fractions else 1)
        return [Draft("count", start, self.toks[i + 1].end, value=number_value(value), counted=self.toks[i + 1].text)]

    def _period_fraction_ar(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """Arabic: "نصف يوم", "ربع شهر", "نصف موسم": a bare fraction right before a singular period noun
        (`fraction_period_nouns`) is a count of that period (0.5 days; bench/devset/GUIDELINES.md, Shares: a fraction
        of a time unit is a duration), not a share; not after "بعد"/"آخر" (framing, as _time_span_ar) or "كل" (a
        frequency: "كل نصف عام"), nor before a figure or a definite word ("نصف عام 2020", "نصف شهر رمضان": a part of
        a named period)."""
        data = self.language
        t, unit = self.toks[i], self.word_key(i + 1) or ""
        if unit not in data.fraction_period_nouns or t.key not in data.fractions:
            return None
        after = self.tok(i + 2)
        if after is not None and (after.kind == NUM or after.key.startswith(data.definite_article)):
            return None
        before = self._qualifier(i)[1] - 1
        if self.in_set(before, data.frame_after) or self.in_set(before, data.frame_last_words) or \
                self.in_set(before, data.per_every_words):
            return None  # (also "تصدر كل نصف عام": how often, no length)
        end = i + 2 if self.in_set(i + 2, data.whole_period_words) else i + 1  # "نصف يوم كامل": one claim
        return [Draft("count", t.start, self.toks[end].end, value=number_value(fraction.normalize()),
                      counted=self.toks[i + 1].text)]

    def _measure_fraction(self, i: int, fraction: Decimal) -> list[Draft] | None:
        """English: "half an ounce", "a quarter ounce", "a quarter-ounce", "a quarter of a mile": a fraction of a
        measure unit (`one_measure_units`) is a number in that unit (GUIDELINES: shares of a unit are numbers)."""
        data = self.language
        if not data.one_measure_units:
            return None
        k = i + 1
        hyphen = self.tok(k)
        if hyphen is not None and hyphen.text == "-" and self.glued(k) and self.glued(k + 1):
            k += 1  # "a quarter-ounce"
        else:
            k += 1 if self.word_key(k) in data.fraction_links else 0
            k += 1 if self.word_key(k) in data.article_words else 0
        if self.word_key(k) not in data.one_measure_units:
            return None
        unit = self.phrase_at(k, data.measure_units)
        if unit is None:
            return None
        first = i - 1 if self.word_key(i - 1) in data.article_words else i
        return [Draft("number", self.toks[first].start, self.toks[unit[1] - 1].end,
                      value=number_value(fraction.normalize()), unit=unit[0])]
