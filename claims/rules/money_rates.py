"""Money: what a rate to the dollar says about an ambiguous currency word (issue 14, class 1; CurrencyResolver's base,
rules/money_context.py): a wire's rate line ("(الدولار يساوي 3.64 ريال)"), a choice an amount's dollar figure made
(rules/money_ar.py), and the price of a pegged named currency ("الريال السعودي ... 140 ريالا": 525 a dollar)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import regex

from claims.engine.marks import WORD_MARKS
from claims.languages import Currency, Language
from claims.normalize import normalize_word
from claims.rules.numbers.digit_values import parse_digits
from factstream.countries import usd_peg, usd_rate_band

_FIGURE = regex.compile(r"\d+(?:[.,٫]\d+)*")
FIGURE_CHARS = 160  # how far after a priced currency its figure may stand (money_priced.PRICED_CHARS)


def pegged_code(rate: float, candidates: Iterable[str]) -> str | None:
    """The pegged candidate within 3% of a rate to the dollar, twice as near as any other peg (3.64: QAR, not SAR
    at 3.75; countries.yaml `usd_pegs`)."""
    near = sorted((abs(rate / peg - 1), code) for code in candidates if (peg := usd_peg(code)))
    if near and near[0][0] < 0.03 and (len(near) == 1 or near[1][0] > 2 * near[0][0]):
        return near[0][1]
    return None


def code_at_rate(rate: float, candidates: Iterable[str]) -> str | None:
    """The candidate a rate to the dollar shows: the pegged one (pegged_code), else, when every candidate has a
    known band and only one band holds the rate, that one (countries.yaml `usd_rate_ranges`)."""
    pegged = pegged_code(rate, candidates)
    if pegged is not None:
        return pegged
    bands = [(code, usd_rate_band(code)) for code in candidates]
    if any(band is None for _, band in bands):
        return None
    fits = [code for code, band in bands if band[0] <= rate <= band[1]]
    return fits[0] if len(fits) == 1 else None


class RateEvidence:
    """Rates to the dollar in a text, for CurrencyResolver (which holds the text, its language and the caches these
    methods fill, and reads a word's currency: money_priced.py `_currency_word`)."""

    __slots__ = ()
    language: Language
    text: str
    _priced_values: dict[int, Decimal | None]
    _rate_lines: dict[int, str | None]
    _rate_choices: dict[int, list[tuple[int, str]]]

    def note_rate_choice(self, cur: Currency, pos: int, code: str) -> None:
        """An amount of `cur` at `pos` shown to be in `code` by its dollar figure (rules/money_ar.py: "22 ألف ريال
        (15 دولارا)" is 1466 a dollar, Yemeni): the word's later bare amounts in its paragraph take that choice."""
        self._rate_choices.setdefault(id(cur), []).append((pos, code))

    def _rate_shown(self, cur: Currency, sentence: tuple[int, int], at: int) -> str | None:
        """The candidate a rate shows for an amount of `cur` at `at` whose own sentence names none: the text's rate
        line, else the last choice a dollar figure made before it in its paragraph."""
        line = self._rate_line(cur) if self.language.usd_rate_line_links else None
        return line if line is not None else self._rate_choice(cur, sentence, at)

    def _rate_choice(self, cur: Currency, sentence: tuple[int, int], at: int) -> str | None:
        """The last choice noted for `cur` before `at` in the paragraph of `sentence`, or None."""
        start, _ = self.paragraph(sentence)
        shown = [code for pos, code in self._rate_choices.get(id(cur), ()) if start <= pos < at]
        return shown[-1] if shown else None

    def _rate_line(self, cur: Currency) -> str | None:
        """The candidate of `cur` a rate line of the text shows: the dollar, a link (`usd_rate_line_links`: "=",
        "يساوي") and a figure in `cur`'s word ("(الدولار يساوي 3.64 ريال تقريبا)": 3.64 a dollar, QAR; "دولار واحد"
        or "1 دولار" before the link too). Found once per text and word, from the links' places (no scan of the
        text per amount)."""
        key = id(cur)
        if key not in self._rate_lines:
            found = None
            for link in self.language.usd_rate_line_links:
                at = self.text.find(link)
                while at >= 0 and found is None:
                    rate = self._line_rate(cur, at, at + len(link))
                    found = code_at_rate(rate, cur.candidates) if rate else None
                    at = self.text.find(link, at + 1)
            self._rate_lines[key] = found
        return self._rate_lines[key]

    def _line_rate(self, cur: Currency, start: int, end: int) -> float | None:
        """The units of `cur` a dollar is worth on a rate line whose link is text[start:end], or None when the dollar
        does not stand right before the link (after its figure, if any) or no figure in `cur`'s word right after."""
        before = self.text[max(0, start - 30):start].split()
        if not before or (word := self._currency_word(normalize_word(before[-1].strip(WORD_MARKS)))) is None or \
                word.code != "USD" or word.candidates:
            return None
        dollars = parse_digits(before[-2].strip(WORD_MARKS)) if len(before) > 1 and before[-2][-1].isdigit() else 1
        after = self.text[end:end + 40].split()
        if len(after) < 2 or not after[0][0].isdigit() or not dollars:
            return None
        value = parse_digits(after[0].strip(WORD_MARKS))
        if value is None or self._currency_word(normalize_word(after[1].strip(WORD_MARKS))) is not cur:
            return None
        return float(value / dollars)

    def _figure_after(self, pos: int) -> Decimal | None:
        """The value of the first figure after `pos` (the price of a named currency), within FIGURE_CHARS."""
        m = _FIGURE.search(self.text, pos, min(len(self.text), pos + FIGURE_CHARS))
        return parse_digits(m.group()) if m is not None else None

    def priced_rate_fits(self, start: int, code: str, others: list[str]) -> bool:
        """The price of the pegged currency `code` named at `start` is a rate of one of `others` to the dollar and
        none of its own (140 rials a Saudi riyal: 525 a dollar, Yemeni; 3.75 would be the riyal's own rate)."""
        peg, value = usd_peg(code), self._priced_values.get(start)
        if peg is None or not value:
            return False
        per_dollar = float(value) * peg
        own = usd_rate_band(code)
        return not (own is not None and own[0] <= float(value) <= own[1]) and any(
            (band := usd_rate_band(c)) is not None and band[0] <= per_dollar <= band[1] for c in others)

    def _priced_rates_fit(self, candidates: list[str], priced: set[tuple[int, str]]) -> list[str]:
        """The candidates whose rate to the dollar the price of a pegged named currency allows: "الريال السعودي
        ... 140 ريالا" is 525 of the local rial a dollar (140 x 3.75), a Yemeni rate (countries.yaml
        `usd_rate_ranges`), never a Qatari or an Omani one. A candidate with no known rate is kept; when no
        candidate fits, all are."""
        for start, code in sorted(priced):  # (in text order: a set has none)
            peg, value = usd_peg(code), self._priced_values.get(start)
            if peg is None or not value:
                continue
            per_dollar = float(value) * peg
            fits = [c for c in candidates if (band := usd_rate_band(c)) is None or band[0] <= per_dollar <= band[1]]
            candidates = fits or candidates
        return candidates
