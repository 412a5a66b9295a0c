"""English exchange rates: the figure of a currency priced against another is money in the priced currency
("The rupee closed at 83.12 against the dollar" → INR 83.12, "the shilling traded at 129.5 to the dollar", "the
naira weakened to 1,520 per dollar"), as Arabic "سعر صرف ... 3850 ليرة للدولار" (rules/money_fx_ar.py fx_price_ar).

The figure must stand between a level word ("at", "to", "of": where the rate closed or moved) and a basis link
("against", "to", "per", "versus") before the other currency, with the priced currency named as a word earlier in
the sentence; "the pound was down 0.4 against the dollar" (a move, no level word) stays as it was. Both bounds of
a range are rates ("a rate of 31 to 32 per dollar"); a bare figure after a comparison link goes on from the rate
before it ("at 21.44 against the dollar, compared with 19.10 a year before"); and a currency that is no base of
the market's pairs, named right before the level word, is priced without a basis ("pushed the rupiah to 15,900").
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Reading
from claims.languages import Currency

OF = "of"  # "from a close of 31.07": the link between a level's noun and its figure
FX_NAME_REACH = 18  # tokens back from the figure to the priced currency's name ("the Kenyan shilling closed at")
BASIS_NAME_WORDS = 3  # tokens between a basis link, the currency's name and the level word ("against the US dollar")


# Market convention for which currency of a pair is the base (one unit of it is priced): the euro, then sterling,
# the Australian and New Zealand dollars, then the US dollar, then every other. "The euro rose to 1.0850 against the
# dollar" is in dollars, "the dollar rose to 150.2 against the yen" in yen, "the rupee at 83.12 against the dollar"
# in rupees.
FX_BASE_ORDER = ("EUR", "GBP", "AUD", "NZD", "USD")


def _quoted_in(basis: str, priced: str) -> bool:
    """Whether the rate of `priced` against `basis` is written in units of `basis` (priced is the base)."""
    rank = {code: n for n, code in enumerate(FX_BASE_ORDER)}
    return rank.get(priced, len(rank)) < rank.get(basis, len(rank))


class FxPriceRulesEn(Cursor):
    """A bare English figure quoted as one currency's price of another."""

    def fx_price_en(self, r: Reading) -> None:
        data = self.language
        if not data.fx_basis_links or r.unit is not None or r.counted is not None or r.n1.parenthesized:
            return
        code = self._fx_code(r.start_i, r.end_i)
        if code is None and r.n2 is None:
            code = self._fx_continued(r.start_i)
        if code is not None:
            r.kind, r.unit, r.candidates, r.currency_source, r.currency = "money", None, [], "context", code

    def _fx_continued(self, i: int) -> str | None:
        """The currency of a rate a bare figure at i goes on from: after a comparison link ("compared with") or
        "from", the nearest figure before it in the window is a rate (`_fx_code`)."""
        data = self.language
        k = self._qualifier(i)[1]
        if self.word_key(k - 1) == OF and self.word_key(k - 2) in data.fx_level_nouns and \
                self.word_key(k - 3) in data.article_words:
            k -= 3  # "up from a close of 31.07": the level named between the link and the figure
        pair = f"{self.word_key(k - 2)} {self.word_key(k - 1)}"
        if not (pair in data.comparison_links or self.word_key(k - 1) in data.fx_continue_links or
                self.word_key(k - 1) in data.comparison_links):
            return None
        for m in range(k - 2, max(-1, k - 2 - FX_NAME_REACH), -1):
            if self.toks[m].kind == NUM and (m == 0 or self.toks[m - 1].kind != NUM):
                first = self.number_expr(m)
                if first is None or first.end_i > k or self._measure_after(first.end_i) is not None:
                    return None  # (not "333.9 million kg ... from 348.15 million": a measure)
                return self._fx_code(m, first.end_i)
        return None

    def _fx_code(self, start_i: int, end_i: int) -> str | None:
        """The currency a figure (tokens start_i..end_i) is a rate in, or None (module docstring)."""
        data = self.language
        level = start_i - 1
        if not self.in_set(level, data.fx_level_links):
            level = self._qualifier(start_i)[1] - 1  # "selling at over 16 to the dollar": past a qualifier
            if level == start_i - 1 or not self.in_set(level, data.fx_level_links):
                return None
        k = end_i
        after_basis = not self.in_set(k, data.fx_basis_links)
        if not after_basis:
            basis, basis_at, subject_before = self._basis_currency(k + 1), k + 1, level
        else:  # "It gained 0.4% against the US dollar to 3.8120": the basis named before the level
            found = self._basis_before(level)
            if found is None:
                return self._priced_alone(level)
            basis, basis_at, subject_before = found
        if basis is None:
            return self._priced_alone(level)
        priced = self._currency_named_before(subject_before)
        if priced is not None and priced[0] is basis:
            return None
        if priced is not None:
            code, _, _ = self.ex.resolve_currency(priced[0], self.bounds, priced[1])
        elif after_basis:  # "The local unit rose 1% against the dollar to 4.37": the outlet's own money, the
            code = self.ex.currency.outlet_currency  # subject of a move (not a quoted "rate of 7.91 to the dollar")
        else:
            return None
        basis_code, _, _ = self.ex.resolve_currency(basis, self.bounds, self.toks[basis_at].start)
        if basis_code is None and "USD" in basis.candidates:
            basis_code = "USD"  # "against the dollar" in a rate: the US dollar
        if code is None or basis_code is None or code == basis_code:
            return None
        return basis_code if _quoted_in(basis_code, code) else code

    def _priced_alone(self, level: int) -> str | None:
        """"pushed the rupiah to around 15,900": a currency named right before the level word, with no basis
        named, is priced in itself when it is none of the market's bases (the euro's or the dollar's level is in
        the other currency of a pair the text leaves out)."""
        key = self.word_key(level - 1)
        if not self.in_set(level, self.language.fx_alone_level_links):
            return None  # (not "reached the halfway mark of 73")
        cur = self.language.currency_words.get(key) if key is not None else None
        if cur is None or cur.needs_number or cur.divisor != 1:
            return None
        code, _, _ = self.ex.resolve_currency(cur, self.bounds, self.toks[level - 1].start)
        return code if code is not None and code not in FX_BASE_ORDER else None

    def _basis_before(self, level: int) -> tuple[Currency, int, int] | None:
        """A basis link and its currency right before the level word at `level` ("against the US dollar to"):
        the currency, its token and the link's token."""
        words = self.language.currency_words
        for j in range(level - 1, max(-1, level - 1 - BASIS_NAME_WORDS), -1):
            key = self.word_key(j)
            if key in words and words[key].divisor == 1:  # (not "fell 2 per cent to 333.9": cents are no basis)
                link = self._basis_link_before(j)
                return (words[key], j, link) if link is not None else None
        return None

    def _basis_link_before(self, j: int) -> int | None:
        """The token of a basis link up to three tokens before the currency name at j ("against the pound")."""
        for m in range(j - 1, max(-1, j - 1 - BASIS_NAME_WORDS), -1):
            if self.in_set(m, self.language.fx_basis_links):
                return m
        return None

    def _basis_currency(self, k: int) -> Currency | None:
        """The currency a rate is counted against, its name at k or after "the" and an adjective ("the US
        dollar")."""
        words = self.language.currency_words
        for j in (k, k + 1, k + 2):
            key = self.word_key(j)
            if key in words:
                return words[key]
        return None

    def _currency_named_before(self, i: int) -> tuple[Currency, int] | None:
        """The nearest currency word before token i in the sentence (the window is cut 45 characters before its
        anchor: "The birr was set by Ethiopia's central bank, after a busy auction, at"), with its text offset."""
        words = self.language.currency_words
        view, a = self.view_index(i)
        for j in range(a - 1, max(-1, a - 1 - FX_NAME_REACH), -1):
            t = view.toks[j]
            if t.kind == WORD and t.key in words and not words[t.key].needs_number and \
                    view._basis_link_before(j) is None:  # (not the basis of a rate before: "against the pound")
                return words[t.key], t.start
        return None
