"""Arabic bare figures that are parts of a count named before: after a pronoun of a part ("بلغ 6720 حالة منها 88
حالة حرجة، ضمنها 12 تحت التنفس", "نقل منهم إلى المستشفى 30"), counting people a pronoun after them names ("3 ملايين
-60% منهم"), and in tallies written as labels and colons ("الإصابات: 96 والوفيات: 7", "منها سريع: 610 و مخبري: 330").

Tallies:

A bulletin sets each figure off after its label and a colon. The figure is bare (its noun is the label), so the
word-before rules leave it a number; it counts when the tally is one of counts:
- a label of the tally is a counted plural (`counted_plurals`, with its article or a glued و, or heading a
  construct: "حالات التعافي"): every bare whole figure of the tally counts ("العينات: 2310 والإصابات: 96");
- the item before was read as a count (the tally goes on counting it);
- the first item follows a pronoun of a part ("منها", `part_pronouns_before`) right after a count, no bigger.
Not a lone "السعر: 45" or "درجة الحرارة: 35" (one item, no counted label), nor a clock time ("10:30").
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.marks import COMMAS
from claims.engine.types import NUM, WORD, Reading

LABEL_WORDS = 3  # words of a label before its colon ("العينات المفحوصة", "حالات التعافي")
TALLY_ITEMS = 8  # items looked at either side of a figure (bounded work on a hostile text)
PART_PRONOUN_REACH = 3  # words between "منهم" and its part's figure ("نقل منهم إلى المستشفى 30")
PEOPLE_PRONOUN_REACH = 5  # tokens from a figure to "منهم" with a share between ("3 ملايين -60% منهم")


class PartCountRulesAr(Cursor):
    """Bare Arabic figures that are parts of a count: after a part pronoun, in a tally of labels and colons."""

    def _part_after_pronoun_ar(self, r: Reading) -> str | None:
        """"بلغ 6720 حالة منها 88 حالة حرجة، ضمنها 12 تحت التنفس": a bare figure right after a pronoun of a part
        ("منها", "ضمنها"; `part_pronouns_before`) is a part of the count before it in the sentence, no bigger."""
        prev = self.last_quantity
        if not self._part_pronoun_before_ar(self._qualifier(r.n1.start_i)[1]) or prev is None or \
                prev.kind != "count" or prev.start < self.bounds[0] or prev.value_high is not None or \
                not isinstance(prev.value, int | float) or r.n1.value > prev.value:
            return None
        return prev.counted or ""

    def _part_pronoun_before_ar(self, q: int) -> bool:
        """A pronoun of a part right before token q, or PART_PRONOUN_REACH words before it with words alone between
        ("نقل منهم إلى المستشفى 30", "تراجعت منها فقط 22": the verb's part, its place or manner between)."""
        data = self.language
        for k in range(q - 1, max(-1, q - 2 - PART_PRONOUN_REACH), -1):
            if self.in_set(k, data.part_pronouns_before):
                return True
            t = self.toks[k] if k >= 0 else None
            if t is None or t.kind != WORD or t.key in data.number_words:
                return False
        return False

    def _people_after_ar(self, j: int) -> bool:
        """A people pronoun ("منهم") within PEOPLE_PRONOUN_REACH tokens from token j, only marks and figures between
        ("4 ملايين -60% منهم من العاصمة"; "أصيب 9 منهم"): the figure before counts those people."""
        for k in range(j, min(self.n, j + PEOPLE_PRONOUN_REACH)):
            t = self.toks[k]
            if t.kind == WORD:
                return t.key in self.language.people_pronouns_after
        return False

    def colon_tally_ar(self, r: Reading) -> str | None:
        """The noun a bare whole figure after "label:" counts ("" when the label is no counted plural), or None."""
        s = r.n1.start_i
        colon = self.tok(s - 1)
        if colon is None or colon.text != ":" or self._tally_clock_ar(s, r.end_i):
            return None
        own = self._tally_label_ar(s - 1)
        if own is None:
            return None
        before = self._tally_items_before_ar(own)
        after = self._tally_items_after_ar(r.end_i)
        labels = [*before, own, *after]
        counted = self._tally_counted_label_ar(s - 1)
        if len(labels) >= 2 and (counted is not None or any(self._tally_counted_label_ar(c) for _, c in labels)):
            return counted or self._tally_label_text_ar(own)  # "والتعافي: 98": its own label, not the item before
        prev = self.sentence_count()
        if prev is None:
            return None
        if before:  # "منها سريع: 610 و مخبري: 330": the item before was a count
            figure = self.toks[before[-1][1] + 1]
            return (prev.counted or "") if prev.start == figure.start else None
        if self.in_set(own[0] - 1, self.language.part_pronouns_before) and isinstance(prev.value, int | float) and \
                prev.value_high is None and r.n1.value <= prev.value:
            return prev.counted or ""
        return None

    def tally_goes_on_ar(self, i: int) -> bool:
        """The figure at token i ends an item after "label:" with an item of the same tally before it ("الإصابات:
        31 والوفيات: 4."): a figure, not list numbering (rules/not_claims/list_numbering.py)."""
        colon = self.tok(i - 1)
        own = self._tally_label_ar(i - 1) if colon is not None and colon.text == ":" else None
        return own is not None and bool(self._tally_items_before_ar(own))

    def _tally_clock_ar(self, s: int, end: int) -> bool:
        """"10:30": digits on both sides of the colon, or a colon right after the figure."""
        before, after = self.tok(s - 2), self.tok(end)
        return (before is not None and before.kind == NUM and self.glued(s - 1)) or \
            (after is not None and after.text == ":" and self.glued(end))

    def _tally_label_ar(self, colon: int) -> tuple[int, int] | None:
        """(first word of the label, index of its colon): one to LABEL_WORDS words right before the colon."""
        k = colon
        while k - 1 >= 0 and colon - (k - 1) <= LABEL_WORDS and self.toks[k - 1].kind == WORD and \
                not self.in_set(k - 1, self.language.part_pronouns_before):  # ("منها سريع:": the label opens after)
            k -= 1
            if self._tally_label_opens_ar(k):
                break
        return (k, colon) if k < colon else None

    def _tally_label_opens_ar(self, k: int) -> bool:
        """The label word at k opens its item: a glued و ("والوفيات") or a separate و / list mark before it."""
        key = self.toks[k].key
        before = self.tok(k - 1)
        return (key[:1] == self.language.and_prefix and len(key) > 3) or \
            (before is not None and (before.text in COMMAS or before.key in self.language.and_words))

    def _tally_items_before_ar(self, own: tuple[int, int]) -> list[tuple[int, int]]:
        """The items of the tally before the one at `own` (label start, colon), nearest last."""
        items: list[tuple[int, int]] = []
        start = own[0]
        while len(items) < TALLY_ITEMS:
            k = start - 1
            t = self.tok(k)
            if t is not None and (t.text in COMMAS or t.key in self.language.and_words):
                k -= 1
            figure, colon = self.tok(k), self.tok(k - 1)
            if figure is None or figure.kind != NUM or colon is None or colon.text != ":":
                break
            item = self._tally_label_ar(k - 1)
            if item is None:
                break
            items.append(item)
            start = item[0]
        return items[::-1]

    def _tally_items_after_ar(self, end: int) -> list[tuple[int, int]]:
        """The items of the tally after a figure that ends before token `end`."""
        items: list[tuple[int, int]] = []
        k = end
        while len(items) < TALLY_ITEMS:
            t = self.tok(k)
            if t is not None and (t.text in COMMAS or t.key in self.language.and_words):
                k += 1
            colon = next((c for c in range(k, min(self.n, k + LABEL_WORDS + 1)) if self.toks[c].kind != WORD), None)
            if colon is None or colon == k or self.toks[colon].text != ":":
                break
            figure = self.tok(colon + 1)
            if figure is None or figure.kind != NUM:
                break
            items.append((k, colon))
            k = colon + 2
        return items

    def _tally_label_text_ar(self, own: tuple[int, int]) -> str:
        """The label of an item as written, without a glued و ("والتعافي" -> "التعافي", "العينات المفحوصة")."""
        start, colon = own
        norm = self.ex.norm
        text = norm.original[norm.to_original(self.toks[start].start):norm.to_original_end(self.toks[colon - 1].end)]
        key = self.toks[start].key
        return text[1:] if key[:1] == self.language.and_prefix and len(key) > 3 else text

    def _tally_counted_label_ar(self, colon: int) -> str | None:
        """The label word before the colon that is a counted plural ("الوفيات", "والإصابات", "حالات التعافي")."""
        label = self._tally_label_ar(colon)
        if label is None:
            return None
        data = self.language
        for k in range(label[0], colon):
            key = self.toks[k].key
            glued_and = key[:1] == data.and_prefix and len(key) > 3
            key = key[glued_and:]
            if key.startswith(data.definite_article):
                key = key[len(data.definite_article):]
            if key in data.counted_plurals:
                return self._original_word(k)[glued_and:]  # (without the glued و)
        return None
