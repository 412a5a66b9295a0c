"""Money, English: an amount's value in another currency set beside it in brackets. A scale the amount left out
that its bracketed conversion shows ("revenues of 3.14 riyals ($8.1 billion)": 3.14 billion), and the currency of
a word of several currencies chosen by the rate to its bracketed US-dollar figure ("$52 million (Shs190 billion)":
3,654 a dollar, Ugandan shillings). A base of MoneyRulesEn (rules/money_en.py); `_currency_before` and
`number_expr` are called through self."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.types import NUM, WORD, Reading
from claims.languages import Currency
from factstream.countries import usd_rate_band

CONVERSION_SCALE_MIN = 1_000_000  # a bracketed conversion's scale, and how far off its value is, for a missing scale
CONVERSION_RATE_SPAN = 100  # the rate between an amount and its conversion, once scaled alike, within a hundredfold


class ConversionRulesEn(Cursor):
    """English amounts read with the value in another currency beside them."""

    def conversion_scale_en(self, r: Reading) -> None:
        """English: the figure the writer meant, cross-checked in the sentence (GUIDELINES): an amount with no scale
        whose value in another currency, in brackets right after it, has a scale of a million or more ("revenues of
        3.14 riyals ($8.1 billion)") left that scale out when no rate could join the two as written (the bracket
        a million times the amount or more) and one can with it (within a hundredfold): 3.14 billion."""
        n1, k = r.n1, r.end_i
        if self.ar or r.kind != "money" or r.n2 is not None or self.tok(k) is None or \
                self.toks[k].text != "(" or n1.value <= 0:
            return
        m = k + 1
        while m < min(self.n, k + 4) and self.toks[m].kind != NUM:
            m += 1  # past the sign: "($", "(US$"
        sign = self._currency_before(m) if m < self.n and self.toks[m].kind == NUM else None
        conv = self.number_expr(m) if sign is not None and sign[1] == k + 1 else None
        if conv is None or conv.scale < CONVERSION_SCALE_MIN or self.tok(conv.end_i) is None or \
                self.toks[conv.end_i].text != ")" or sign[0].code == r.currency:
            return
        if n1.scale:
            self._smaller_scale_en(r, conv.value, conv.scale, sign[0])
            return
        if conv.value >= n1.value * CONVERSION_SCALE_MIN and \
                1 / CONVERSION_RATE_SPAN <= conv.value / (n1.value * conv.scale) <= CONVERSION_RATE_SPAN:
            n1.value, n1.scale = n1.value * conv.scale, conv.scale

    def _smaller_scale_en(self, r: Reading, usd: Decimal, usd_scale: int, sign: Currency) -> None:
        """An amount written in a smaller scale than its bracketed US-dollar value ("Rs233 million (US$1.5
        billion)") whose rate to the dollar only fits its currency's band in the dollar figure's scale (countries.yaml
        usd_rate_ranges: 0.16 rupees a dollar as written, 155 in billions) took the wrong scale word: it is read in
        the dollar figure's (233 billion), as a scale left out is above."""
        n1 = r.n1
        band = usd_rate_band(r.currency) if self._us_dollar(sign) and n1.scale < usd_scale else None
        if band is None or usd <= 0:
            return
        written = float(n1.value / usd)
        scaled = written * usd_scale / n1.scale
        if not band[0] <= written <= band[1] and band[0] <= scaled <= band[1]:
            n1.value, n1.scale = n1.value / n1.scale * usd_scale, usd_scale

    def rate_band_currency_en(self, r: Reading, cur: Currency) -> None:
        """An amount in a word of several currencies, read from the context or the outlet, with its US-dollar value
        set beside it in brackets ("$52 million (Shs190 billion)", "Sh45 billion ($30 million)"): when the rate the
        two figures show lies outside the band of the currency read (countries.yaml `usd_rate_ranges`) and inside
        the band of exactly one other candidate, that one is the amount's money (3,654 a dollar: Ugandan, not
        Kenyan, shillings), and the word's later bare amounts in its paragraph follow. A candidate with no known
        band counts only where the text names its country."""
        if r.n2 is not None or not cur.candidates or r.currency_source == "explicit" or r.n1.value <= 0:
            return
        chosen = usd_rate_band(r.currency) if r.currency is not None else None
        if r.currency is not None and chosen is None:
            return  # (the reading cannot be judged)
        usd = self._usd_beside(r)
        if usd is None:
            return
        ratio = float(r.n1.value / usd)
        if chosen is not None and chosen[0] <= ratio <= chosen[1]:
            return
        whole = len(self.ex.text)
        fits = [code for code in cur.candidates if ((band := usd_rate_band(code)) is not None and
                                                      band[0] <= ratio <= band[1]) or
                (band is None and self.ex.currency.local_currency([code], 0, whole) == code)]
        if len(fits) == 1:
            r.currency, r.candidates, r.currency_source = fits[0], [], "context"
            self.ex.currency.note_rate_choice(cur, self.toks[r.n1.start_i].start, fits[0])

    def _usd_beside(self, r: Reading) -> Decimal | None:
        """The US-dollar figure in brackets right after the amount ("Sh45 billion ($30 million)"), or the one right
        before the bracket the amount opens ("$52 million (Shs190 billion)"); None if neither."""
        k = r.end_i
        if self.tok(k) is not None and self.toks[k].text == "(":
            m = k + 1
            while m < min(self.n, k + 4) and self.toks[m].kind != NUM:
                m += 1  # past the sign: "($", "(US$"
            sign = self._currency_before(m) if m < self.n and self.toks[m].kind == NUM else None
            return self._usd_value(m) if sign is not None and sign[1] == k + 1 and self._us_dollar(sign[0]) else None
        k = r.start_i - 1
        if self.tok(k) is None or self.toks[k].text != "(":
            return None
        m = k - 1
        if self.tok(m) is not None and self.toks[m].kind == WORD and self.toks[m].key in self.language.scales:
            m -= 1  # "52 million ("
        if self.tok(m) is None or self.toks[m].kind != NUM:
            return None
        sign = self._currency_before(m)
        value = self._usd_value(m) if sign is not None and self._us_dollar(sign[0]) else None
        return value if value is not None and self.number_expr(m).end_i == k else None

    def _usd_value(self, m: int) -> Decimal | None:
        expr = self.number_expr(m)
        return expr.value if expr is not None and expr.value > 0 else None

    @staticmethod
    def _us_dollar(sign: Currency) -> bool:
        """A sign a dollar figure set beside another currency's amount is written in: "US$", or a bare "$" (read
        as US dollars there whatever dollar the outlet uses: money.conversion_dollar_en)."""
        return sign.code == "USD" or (sign.code is None and "USD" in (*sign.candidates, *sign.outlet_codes))
