"""Arabic bare figures that are items of a ranking after a count: "حصلت قائمة الأمل على 4120 صوتا تليها قائمة الغد
بـ2310 ثم النهضة بـ1905": each name that follows the count, set after a word of sequence ("تليها", "ثم", "وبعدها"; a
comma) or with a glued "و"/"ف" and its article ("والنهضة", "فالنهضة"), takes its figure after "بـ" ("by" in a
ranking) as a count of the same noun. The items go on from one another: each new item looks at the count read just
before it (an item itself, maybe). Also when the figure looks like a year ("فالوفاق بـ2050": a tally item, no year).
"""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.engine.types import WORD, Reading

RANKED_REACH = 90  # characters from the count before to the ranked figure (an item is a name, a link and a figure)
RANKED_RATIO = 50  # the ranked figure is of the count's order ("4120 صوتا ... بـ2310"; not "... بـ3")
NAME_WORDS = 2  # words of an item's name between its opener and "بـ" ("تليها قائمة الغد بـ2310")


class RankedCountRulesAr(Cursor):
    """Arabic bare figures ranked after a count by "بـ"."""

    def ranked_item_ar(self, r: Reading) -> str | None:
        """The counted noun of the count before the bare figure r when r is a ranked item after it (see the module);
        None when it is not one."""
        n1 = r.n1
        if n1.parenthesized or n1.value != n1.value.to_integral_value() or r.n2 is not None:
            return None
        return self.ranked_count_noun_ar(n1.start_i, n1.value)

    def ranked_count_noun_ar(self, i: int, value: Decimal) -> str | None:
        """The counted noun the figure at token i (of `value`) goes on counting as a ranked item, else None."""
        data = self.language
        if not data.ranked_item_links or self.word_key(i - 1) not in data.ranked_item_links:
            return None  # (the cheap cue first: "بـ" right before the figure)
        prev = self.last_quantity
        if prev is None or prev.kind != "count" or not prev.counted or prev.value_high is not None or \
                not isinstance(prev.value, int | float) or prev.start < self.bounds[0] or \
                self.toks[i].start - prev.end > RANKED_REACH or \
                not prev.value / RANKED_RATIO <= value <= prev.value * RANKED_RATIO:
            return None
        for k in range(i - 2, i - 2 - NAME_WORDS, -1):  # the name, one or two words, then its opener
            t = self.tok(k)
            if t is None or t.kind != WORD or t.end > self.toks[i].start or t.start < prev.end or \
                    t.key in data.number_words or t.key in data.ranked_item_links:
                return None
            if any(t.key.startswith(p) for p in data.ranked_name_prefixes):
                return prev.counted  # "والنهضة بـ1905", "فالنهضة بـ1905"
            opener = self.tok(k - 1)
            if opener is not None and (opener.key in data.ranked_item_openers or opener.text in COMMAS):
                return prev.counted  # "تليها قائمة الغد بـ2310", "ثم النهضة بـ1905"
        return None

    def ranked_year_like_ar(self, i: int) -> bool:
        """The four digits at token i are a ranked item's count, no year ("فالوفاق بـ2050" after "... بـ2310")."""
        return self.word_key(i - 1) in self.language.ranked_item_links and \
            self.ranked_count_noun_ar(i, Decimal(self.toks[i].text)) is not None
