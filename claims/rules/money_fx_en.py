"""English exchange rates: the figure of a currency priced against another is money in the priced currency
("The rupee closed at 83.12 against the dollar" → INR 83.12, "the shilling traded at 129.5 to the dollar", "the
naira weakened to 1,520 per dollar"), as Arabic "سعر صرف ... 3850 ليرة للدولار" (rules/money_fx_ar.py fx_price_ar).

The figure must stand between a level word ("at", "to", "of": where the rate closed or moved) and a basis link
("against", "to", "per", "versus") before the other currency, with the priced currency named as a word earlier in
the sentence; "the pound was down 0.4 against the dollar" (a move, no level word) stays as it was.
"""

from __future__ import annotations

from claims.engine.cursor import Cursor
from claims.engine.types import WORD, Reading
from claims.languages import Currency

FX_NAME_REACH = 12  # tokens back from the figure to the priced currency's name ("the Kenyan shilling closed at")
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
        if not data.fx_basis_links or r.n2 is not None or r.unit is not None or r.counted is not None or \
                r.n1.parenthesized:
            return
        level = r.start_i - 1
        if not self.in_set(level, data.fx_level_links):
            level = self._qualifier(r.start_i)[1] - 1  # "selling at over 16 to the dollar": past a qualifier
            if level == r.start_i - 1 or not self.in_set(level, data.fx_level_links):
                return
        k = r.end_i
        after_basis = not self.in_set(k, data.fx_basis_links)
        if not after_basis:
            basis, basis_at, subject_before = self._basis_currency(k + 1), k + 1, level
        else:  # "It rose 0.96% against the US dollar to 4.3713": the basis named before the level
            found = self._basis_before(level)
            if found is None:
                return
            basis, basis_at, subject_before = found
        if basis is None:
            return
        priced = self._currency_named_before(subject_before)
        if priced is not None and priced[0] is basis:
            return
        if priced is not None:
            code, _, _ = self.ex.resolve_currency(priced[0], self.bounds, priced[1])
        elif after_basis:  # "The local unit rose 1% against the dollar to 4.37": the outlet's own money, the
            code = self.ex.currency.outlet_currency  # subject of a move (not a quoted "rate of 8.28 to the dollar")
        else:
            return
        basis_code, _, _ = self.ex.resolve_currency(basis, self.bounds, self.toks[basis_at].start)
        if basis_code is None and "USD" in basis.candidates:
            basis_code = "USD"  # "against the dollar" in a rate: the US dollar
        if code is None or basis_code is None or code == basis_code:
            return
        r.kind, r.unit, r.candidates, r.currency_source = "money", None, [], "context"
        r.currency = basis_code if _quoted_in(basis_code, code) else code

    def _basis_before(self, level: int) -> tuple[Currency, int, int] | None:
        """A basis link and its currency right before the level word at `level` ("against the US dollar to"):
        the currency, its token and the link's token."""
        words = self.language.currency_words
        for j in range(level - 1, max(-1, level - 1 - BASIS_NAME_WORDS), -1):
            key = self.word_key(j)
            if key in words:
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
        """The nearest currency word before token i in the window, with its text offset ("the rupee")."""
        words = self.language.currency_words
        for j in range(i - 1, max(-1, i - 1 - FX_NAME_REACH), -1):
            t = self.toks[j]
            if t.kind == WORD and t.key in words and not words[t.key].needs_number and \
                    self._basis_link_before(j) is None:  # (not the basis of a rate before: "against the pound")
                return words[t.key], t.start
        return None
