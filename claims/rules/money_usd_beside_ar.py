"""Money, Arabic: the dollar figure set beside a local amount ("6 مليارات ريال (1.6 مليار دولار)", "2.3 مليار دينار،
أي 7.6 مليار دولار", "441.2 مليون دولار (312.8 مليون دينار)") and what the rate the two figures show says of the
amount's currency: the candidate pegged at that rate, the candidates whose rate band holds it, a redenominated
currency's old or new unit (countries.yaml `usd_pegs`, `usd_rate_ranges`). MoneyRulesAr's base (money_ar.py)."""

from __future__ import annotations

from decimal import Decimal

from claims.engine.cursor import Cursor
from claims.engine.marks import CLOSING_QUOTES, SET_OFF_OPENERS
from claims.engine.types import NUM, WORD, Reading
from claims.languages import Currency
from claims.rules.money_rates import pegged_code
from factstream.countries import former_currency, official_rate_holds, usd_rate_band

# A local amount and its dollar equivalent: at most this many marks and words between ("، أي ما يعادل").
EQUIVALENCE_GAP = 4
_EQUIVALENCE_MARKS = frozenset("()،,-–")


class UsdBesideRulesAr(Cursor):
    """An Arabic amount's dollar figure beside it, and the currency its rate shows."""

    def _redenominated_by_rate_ar(self, r: Reading, cur: Currency) -> None:
        """A redenominated currency's amount with its dollar figure beside it: the rate it shows tells the old
        currency from the new where only one band holds it (countries.yaml `usd_rate_ranges`: "518 مليار أوقية (1.48
        مليار دولار)" is 350 a dollar, old ouguiyas, MRO, whatever the date says). The choice is noted for the bare
        mentions after it in the text (money_context.note_choice: a budget's later figures in the same money)."""
        if r.n2 is not None:
            return
        codes = (str(cur.code), former_currency(cur.code)[0])
        t = self.tok(r.end_i)
        if t is not None and t.kind == WORD and self.ex.currency.cue_count(codes[0], t.start, t.end):
            r.end_i += 1  # "أوقية موريتانية (...)": the country's adjective is part of the amount
        usd = self._usd_figure_beside_ar(r)
        if usd is None:
            return
        ratio = self._usd_ratio(r, usd)
        fits = [c for c in codes if (band := usd_rate_band(c)) is not None and band[0] <= ratio <= band[1]]
        if len(fits) != 1:
            return
        if fits[0] != r.currency:
            r.currency, r.candidates, r.currency_source = fits[0], [], "context"
        self.ex.currency.note_choice(cur, self.toks[r.n1.start_i].start, fits[0])

    def _usd_ratio(self, r: Reading, usd: Decimal) -> float:
        """The amount's value per dollar, in its whole unit: a subunit's amount is its hundredths or thousandths
        ("825 فلساً (1.16 دولار)": 0.711)."""
        word = self._amount_word_ar(r)
        return float(r.n1.value / (word.divisor_for(r.n1.value) if word is not None else 1) / usd)

    def _usd_figure_beside_ar(self, r: Reading, before: bool = True) -> Decimal | None:
        """The dollar figure set beside a local amount: in brackets or quotes right after it, after an equivalence
        word or mark, or (`before`) right before it."""
        return self._bracketed_usd(r) or self._usd_equivalent_after(r) or (
            self._usd_equivalent_before(r) if before else None)

    def _bracketed_usd(self, r: Reading) -> Decimal | None:
        """The dollar figure in brackets right after a local amount ("6 مليارات ريال (1.6 مليار دولار)"), or in
        quotes, closed right after the dollar word ("22 ألف ريال «15 دولارا»")."""
        if r.currency == "USD" or self.tok(r.end_i) is None or self.toks[r.end_i].text not in SET_OFF_OPENERS:
            return None
        usd = self.number_expr(r.end_i + 1)
        after = self._currency_after(usd.end_i) if usd is not None else None
        if after is None or (after[2] or after[0].code) != "USD" or usd.value <= 0:
            return None
        if self.toks[r.end_i].text != "(" and ((close := self.tok(after[1])) is None or
                                                 close.text not in CLOSING_QUOTES):
            return None  # (a quotation opening after the amount: no figure set beside it)
        text = self.toks[usd.start_i + usd.parenthesized].text
        if self.ex.dot_thousands and usd.scale == 1_000_000 and text.count(".") == 1 and \
                len(text.partition(".")[2]) == 3:
            return usd.value * 1000  # (read as the dollar claim itself will be, below)
        return usd.value

    def _equivalence_gap(self, k: int, step: int) -> int:
        """From token k, past the marks and words that set a figure's equivalent beside it ("(", "،", "أي", "ما
        يعادل", `usd_equivalence_words`), at most EQUIVALENCE_GAP tokens, walking by `step` (1 or -1); k if none."""
        data = self.language
        j = k
        while abs(j - k) < EQUIVALENCE_GAP and (t := self.tok(j)) is not None and (
                t.text in _EQUIVALENCE_MARKS or (t.kind == WORD and t.key in data.usd_equivalence_words)):
            j += step
        return j

    def _usd_equivalent_after(self, r: Reading) -> Decimal | None:
        """The dollar figure after a local amount and an equivalence word or mark ("2.3 مليار دينار، أي 7.6 مليار
        دولار")."""
        k = self._equivalence_gap(r.end_i, 1)
        usd = self.number_expr(k) if k > r.end_i and self.tok(k) is not None and self.toks[k].kind == NUM else None
        after = self._currency_after(usd.end_i) if usd is not None else None
        if after is None or (after[2] or after[0].code) != "USD" or usd.value <= 0:
            return None
        return usd.value

    def _usd_equivalent_before(self, r: Reading) -> Decimal | None:
        """The dollar figure right before a local amount set beside it ("441.2 مليون دولار (312.8 مليون دينار)",
        "1.2 مليار دولار نحو 834.2 مليون دينار")."""
        end = self._equivalence_gap(r.n1.start_i - 1, -1) + 1  # the token after the dollar amount
        if end >= r.n1.start_i:
            return None
        for s in range(end - 1, max(end - 6, -1), -1):
            if self.toks[s].kind != NUM:
                continue
            usd = self.number_expr(s)
            after = self._currency_after(usd.end_i) if usd is not None else None
            if after is not None and after[1] == end and (after[2] or after[0].code) == "USD" and usd.value > 0:
                read = self.last_quantity  # the dollar claim as read ("16.500 دولار": 16500, a dot grouping thousands)
                if read is not None and read.start == self.toks[s].start and read.currency == "USD" and \
                        isinstance(read.value, int | Decimal) and read.value > 0:
                    return Decimal(read.value)
                return usd.value
            return None
        return None

    def _currency_by_peg_ar(self, r: Reading) -> None:
        """A bare local amount the text leaves open, with its dollar figure in brackets (before or after it, or
        after an equivalence word: "، أي 19.4 مليار دولار"): the candidate pegged to the dollar at the rate the two
        figures show (within 3%, and twice as near as any other) is its currency ("2.8 مليار درهم (762 مليون دولار)":
        3.67 a dollar, AED, not MAD; "441.2 مليون دولار (312.8 مليون دينار)": 0.709, JOD). A range's low bound
        with the first dollar figure after it ("بين 250-300 دينار (352.6 دولار إلى 423.1 دولار)": 0.709, JOD)."""
        if r.currency_source == "explicit" or (r.currency is None and not r.candidates):
            return
        usd = self._usd_figure_beside_ar(r, before=r.n2 is None)  # (a range's low bound: the dollar figure after it)
        converted = usd is not None  # (a conversion set beside the amount, not a market's price of the dollar)
        if usd is None and r.n2 is None:
            usd = self.dollar_price_ar(r)  # ("سعر صرف الدولار 570 ريالا", "89500 ليرة للدولار": one dollar's price)
        if usd is None:
            return
        ratio = self._usd_ratio(r, usd)
        if r.currency is None and (code := pegged_code(ratio, r.candidates)) is not None:
            r.currency, r.candidates, r.currency_source = code, [], "context"
            return
        self._currency_by_rate_band_ar(r, ratio, converted=converted)

    def _currency_by_rate_band_ar(self, r: Reading, ratio: float, *, converted: bool = False) -> None:
        """The rate the dollar figure shows rules out the candidates it cannot be (countries.yaml `usd_rate_ranges`:
        "1.820 مليار دينار (551.5 مليون دولار)" is 3.3 a dollar, a Tunisian rate, though the sentence names Algeria);
        when the currency chosen from the context does not fit (or none was chosen), it is the one candidate that
        fits, else the one of those the sentence, paragraph or text names most, else, for a conversion set beside
        the amount (`converted`), the one whose official rate has stood there (`usd_official_ranges`). A candidate
        with no known band is never ruled out."""
        family = r.candidates or self._word_candidates_ar(r)
        bands = {code: usd_rate_band(code) for code in family}
        fits = [c for c, band in bands.items() if band is None or band[0] <= ratio <= band[1]]
        chosen = bands.get(r.currency) if r.currency is not None else None
        if not fits or (r.currency is not None and (chosen is None or chosen[0] <= ratio <= chosen[1])):
            return  # (the choice the context made fits the rate, or cannot be judged)
        code = fits[0] if len(fits) == 1 else None
        resolver, whole = self.ex.currency, (0, len(self.ex.text))
        for start, end in (self.bounds, resolver.paragraph(self.bounds), whole):
            code = code or resolver.local_currency(fits, start, end)  # the country the text names among those left
        if code is None and converted and len(official := [c for c in fits if official_rate_holds(c, ratio)]) == 1:
            code = official[0]  # (a conversion is made at an official rate: 2.35 a dollar is TND, never LYD's; a
            # market's price of the dollar may be a street rate: "وسجل الدولار 3.1 دينار" stays open)
        if code is not None:
            r.currency, r.candidates, r.currency_source = code, [], "context"

    def _word_candidates_ar(self, r: Reading) -> list[str]:
        """The candidates of the currency word the amount was read with (its own word, after the figure)."""
        cur = self._amount_word_ar(r)
        return list(cur.candidates) if cur is not None else []

    def _amount_word_ar(self, r: Reading) -> Currency | None:
        """The currency word the amount was read with (its own word, after the figure), or None."""
        data = self.language
        for k in range(r.n1.end_i, r.end_i):
            found = self.strip(self.word_key(k) or "", data.currency_words, data.proclitics_currency_cue)
            if found is not None:
                return data.currency_words[found[1]]
        return None
