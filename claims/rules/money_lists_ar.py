"""Money, Arabic figures that go on in the money of an amount beside them: the items of a price list ("الطماطم 30
قرشا، الخيار 45"), figures shared by "على التوالي", and a bare figure set against an amount by "مقابل" or "instead of"
("37600 عوضا من 37900 ليرة"). A mixin below MoneyRulesAr (money_ar.py)."""

from __future__ import annotations

from claims.engine.marks import COMMAS, LIST_ITEM_ENDS_AR
from claims.engine.types import NUM, WORD, Reading
from claims.rules.money_fx_ar import FxPriceRulesAr

# A price list's item: at most this many characters from the amount before it to the bare figure ("، الخيار 65،").
LIST_ITEM_REACH = 60
# The tokens an item's clause may hold before its figure when a price word stands right before it ("بلغ سعره 4200")
PRICED_ITEM_TOKENS = 7


class MoneyListRulesAr(FxPriceRulesAr):
    """Arabic price lists and paired prices."""

    def amount_paired_after_ar(self, r: Reading) -> None:
        """A bare figure set against an amount right after it, by "مقابل" or "instead of" ("عوضا عن", "بدلا من",
        "بدل": `instead_words`), is in that amount's money, when of its order (within tenfold): "احتسب 37600 عوضا من
        37900 ليرة", "أغلق على 45 مقابل 43 ريالا" (the two prices of one thing)."""
        data = self.language
        k = r.end_i - 1 if r.kind == "count" else r.end_i  # ("37600 عوضا" was read as a count of the word)
        if r.n1.scale or (self.word_key(k) not in data.pair_links and self.word_key(k) not in data.instead_words) or \
                (r.kind == "count" and (k != r.n1.end_i or self.word_key(k) not in data.instead_words)):
            return
        k += 1 if self.word_key(k + 1) in data.instead_links else 0
        t = self.tok(k + 1)
        if t is not None and t.text == "(" and (n := self.tok(k + 2)) is not None and n.kind == NUM:
            t, k = n, k + 1  # "(130) بدلا من (105) جنيهات": the figure in brackets (its reading takes them in)
        second = self.number_expr(k + 1) if t is not None and t.kind == NUM else None
        after = self._currency_after(second.end_i) if second is not None else None
        if after is None or second.scale or not second.value / 10 <= r.n1.value <= second.value * 10:
            return  # (both as written: "45 مقابل 43 قرشا")
        cur, code = after[0], after[2] or after[0].code
        source = "explicit"
        if code is None:
            code, r.candidates, source = self.ex.resolve_currency(cur, self.bounds, self.toks[second.start_i].start)
        r.kind, r.currency, r.currency_source, r.counted = "money", code, source, None
        r.end_i = r.n1.end_i if r.n2 is None else r.n2.end_i
        r.divide_bounds(cur.divisor)

    def price_list_item_ar(self, r: Reading) -> None:
        """A bare figure (or range) that is an item of a price list goes on in the list's money: "الطماطم 30 قرشا،
        الخيار 45، والبطاطا 25 قرشا", "البنزين 14000 ليرة والمازوت 13000،". The item opens after a comma or with a
        word joined by و, names its goods in a word or three, and its figure closes it (a comma, the sentence's end,
        or the next item joined by و); the amount before it is in the same sentence, within LIST_ITEM_REACH, and of
        its order (within tenfold, in the figures as written: "30 قرشا" is 30; an item after an item in a subunit is
        in it too: "بين 10 و20 قرشا، البصل 25- 45، البطاطا 25- 40"). Also "125 ريالا و98 على التوالي"."""
        prev = self.last_quantity
        if prev is None or prev.kind != "money" or not isinstance(prev.value, int | float) \
                or prev.start < self.bounds[0] or self.toks[r.start_i].start - prev.end > LIST_ITEM_REACH:
            return
        end = self.tok(r.end_i)
        respectively = end is not None and self._respectively_at(r.end_i)
        if not respectively and not (end is None or end.text in LIST_ITEM_ENDS_AR or (
                end.kind == WORD and end.key[:1] in self.language.and_words and len(end.key) > 2)):
            return
        if not respectively and not self._item_opens_ar(r.start_i, prev.end):
            return
        divisor = self._divisor_at(prev.end)
        if divisor == 1:
            divisor = self.ex.list_item_divisors.get(prev.end, 1)  # "بين 10 و20 قرشا، البصل 25- 45، البطاطا 25- 40"
        shown = [float(prev.value) * divisor] + ([float(prev.value_high) * divisor] if prev.value_high else [])
        figures = [r.n1] if r.n2 is None else [r.n1, r.n2]
        if not all(min(shown) / 10 <= n.value <= max(shown) * 10 for n in figures):
            return
        for n in figures:
            n.value /= divisor
        r.kind, r.currency, r.candidates = "money", prev.currency, list(prev.currency_candidates)
        r.currency_source = prev.currency_source
        if divisor > 1:
            self.ex.list_item_divisors[self.toks[r.end_i - 1].end] = divisor  # the next item goes on in subunits

    def _item_opens_ar(self, start_i: int, prev_end: int) -> bool:
        """Before the figure at start_i (past "من" or a one-letter proclitic: "سعر الأرز لـ160"), one to four tokens
        after a comma, or from a word joined by و, all after the amount that ended at prev_end; the first a word, a
        grade among them ("وصفيحة البنزين 98 أوكتان 13000،"). A price word right before the figure names the item
        a price however long its clause: up to PRICED_ITEM_TOKENS ("، والنوع الآخر من الخبز بلغ سعره 4200.")."""
        data = self.language
        k = start_i - 1
        if self.word_key(k) in data.range_from_words:
            k -= 1
        t = self.tok(k)
        if t is not None and t.kind == WORD and len(t.key) == 1 and self.glued(k + 1):
            k -= 1  # "لـ175": a one-letter proclitic glued to the figure (its tatweel normalized away)
        reach = PRICED_ITEM_TOKENS if self.in_set(k, data.fx_price_words) else 4
        for n in range(reach):
            t = self.tok(k)
            if t is None or t.kind not in (WORD, NUM) or (n == 0 and t.kind != WORD) or t.start < prev_end:
                return False
            before = self.tok(k - 1)
            if t.key[:1] in self.language.and_words and len(t.key) > 2:
                return True
            if before is not None and before.text in COMMAS:
                return before.start >= prev_end
            k -= 1
        return False

    def _respectively_at(self, k: int) -> bool:
        """"على التوالي" (respectively) at token k: the figures before it share a unit."""
        words = self.language.respectively_words
        return bool(words) and all(self.word_key(k + n) == w for n, w in enumerate(words))

    def _divisor_at(self, end: int) -> int:
        """The divisor of the currency word that ends at `end` (a subunit's: "قرشا" 100), else 1."""
        for t in self.toks:
            if t.end == end and t.kind == WORD:
                found = self.strip(t.key, self.language.currency_words, self.language.proclitics_currency_cue)
                return self.language.currency_words[found[1]].divisor if found is not None else 1
        return 1
