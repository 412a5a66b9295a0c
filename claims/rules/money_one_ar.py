"""Money, Arabic word order: one of a currency named after its unit ("بريال واحد", "دولار واحد فقط", "دينار ونصف"),
and whether a figure ends at a token (also read by money_ar.py for a rate's basis). A mixin below QuantityRules
(quantity.py), which reads the amount (_read_money)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.types import NUM, ONE, WORD, Draft, NumberExpr, Reading, number_value
from claims.rules.numbers.cricket_en import CricketFigureRulesEn


class OneCurrencyRulesAr(CricketFigureRulesEn):
    """One of a currency after its unit, and the end of a figure."""

    def _one_after_currency(self, i: int) -> list[Draft] | None:
        """"بـ ريال واحد", "دولار واحد فقط": one of a currency, the number after its unit (Arabic word order); "دينار
        ونصف": one and a half of it."""
        data = self.language
        t = self.toks[i]
        value = ONE if data.units.get(t.key) == 1 else self._and_half(t.key)
        if not self.ar or value is None or i == 0 or self.toks[i - 1].kind != WORD:
            return None
        found = self.strip(self.toks[i - 1].key, data.currency_words, data.proclitics_number_word)  # "بدولار"
        before = self.tok(i - 2)
        if found is None or (before is not None and (before.kind == NUM or self.number_expr(i - 2) is not None)) or \
                data.currency_words[found[1]].needs_number:
            return None  # (not "بين واحد و1.5": ب + ين, the yen, needs a figure)
        if self.word_key(i - 2) in data.rate_basis_words and self._amount_ends_at(i - 3):
            return None  # "مائة ألف مقابل دولار واحد": the rate's basis, not an amount paid
        if value != ONE and self._amount_ends_at(i - 1):
            return None  # "4 ملايين دولار ونصف": the half of the amount before (not read), no second amount
        r = Reading(NumberExpr(value, i, i + 1, is_word=True), None, None, i - 1, i + 1)
        self._read_money(r, data.currency_words[found[1]], None)
        start = self.toks[i - 1].start + len(found[0])
        return [Draft("money", start, t.end, value=number_value(r.n1.value), currency=r.currency,
                      currency_candidates=r.candidates, currency_source=r.currency_source)]

    def _and_half(self, key: str) -> Decimal | None:
        """1.5 for "ونصف" (after a currency word: "دينار ونصف"), else None."""
        data = self.language
        if not self.ar or not key.startswith(data.and_prefix) or data.fractions.get(key[1:]) != 0.5:
            return None
        return ONE + Decimal("0.5")

    def _amount_ends_at(self, k: int) -> bool:
        """Token k ends a figure: digits, a number word or a scale, or a currency word after one ("15 ألف ليرة")."""
        data = self.language
        cur, adj = data.currency_words.get(self.word_key(k - 1) or ""), self.word_key(k) or ""
        if self.ar and cur is not None and (adj in cur.adjectives or self._adjective_code_ar(cur, adj) is not None):
            k -= 1  # "1620 ريالا يمنيا": the currency's adjective after it
        if self.word_key(k) in data.currency_words:
            k -= 1
        t = self.tok(k)
        if t is None:
            return False
        key = t.key
        return t.kind == NUM or (t.kind == WORD and (
            key in data.scales or key in data.units or key in data.tens or key in data.hundreds))
