"""An amount and its equivalent in another currency in one sentence: "4.7 مليار درهم (1.3 مليار دولار)",
"£3bn ($5.6bn; 4.3bn euros)", "30 مليار ريال، أي ما يعادل 8 مليارات دولار".

The equivalent (the second amount) is checked against the first converted at the rate of the article's day:
the ECB reference rate, else a peg, else the World Bank's annual official rate (the explanation names it).
Tolerance (news rounds both figures and may use the previous day's rate):
- the implied rate may lie anywhere the rounding of the two printed figures allows (each figure taken as rounded
  at its second significant digit at least: "$200m" is 195-205m), and then up to SUPPORT_MARGIN (3%, 5% with
  "about"/"نحو") from the day's rate: supported;
- more than CONTRADICT_MARGIN (10%) beyond the rounding, and less than PLAUSIBLE_FACTOR off: contradicted;
- between the two, or further off than PLAUSIBLE_FACTOR (most likely a misread figure or another amount):
  unverifiable, with the implied rate given.
A currency the text leaves ambiguous ("ريال" with no country) is supported when one of its candidates fits, and
never contradicted.
An article with no date is not checked (the rate of which day?), unless it has a published_window (an archive of
a known period whose dates were lost): then the conversion is held to the RANGE of the day's rates over the
window (window_rates.py): supported when the rounding of the figures reaches within SUPPORT_MARGIN of the range,
contradicted only beyond CONTRADICT_MARGIN outside the whole range (a wrong figure on every day of the window),
never supported when the range itself is wider than WIDE_SPREAD (a check almost any figure would pass).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from checkers.consistency import figures
from checkers.consistency.build import CONVERSION_METRIC, explanation, figure, langs_of, make_verdict, per_lang
from checkers.consistency.conversion_ranges import check_range_conversion
from checkers.consistency.rates import fx_converter
from checkers.consistency.window_rates import RateRange, window_rates
from checkers.timing import article_window
from checkers.wording.explain import render
from checkers.wording.format import CURRENCY_NAMES
from factstream.models import ArticleRef, Claim, Fact, Verdict

if TYPE_CHECKING:
    from checkers.series import Conversion, SeriesCatalog

_Found = TypeVar("_Found")  # what a rate lookup gives: a Conversion (a day) or a RateRange (a window)

SUPPORT_MARGIN = 0.03
ABOUT_MARGIN = 0.05
CONTRADICT_MARGIN = 0.10
PLAUSIBLE_FACTOR = 2.5
# The widest range of rates (high / low - 1) over an undated article's window that can still support a figure.
WIDE_SPREAD = 0.15

_APPROX = (r"about|around|roughly|some|nearly|almost|approximately|an estimated|"
           r"نحو|حوالي|حوالى|زهاء|قرابة|ما يقارب|ما يناهز|تقريبا")
_EQUIV = r"ما\s+(?:يعادل|يوازي|يساوي)|equivalent to|the equivalent of"
# The text between an amount and its equivalent.
_PER = r"(?:a|per|each)\s+(?:year|annum|month|week|day)"  # "$10bn a year (£5.5bn)": the rate applies to both
EQUIVALENT_GAP = re.compile(
    rf"^\s*(?:(?:{_PER})\s*)?(?:\(\s*(?:(?:أي|or|i\.e\.)\s+)?(?:(?:{_EQUIV})\s+)?(?:(?:{_APPROX})\s+)?"
    rf"|[،,]?\s*(?:أي\s+|وهو\s+)?(?:{_EQUIV})\s+(?:(?:{_APPROX})\s+)?)$")
# Between two equivalents inside one parenthesis: "($5.6bn; 4.3bn euros)".
NEXT_EQUIVALENT_GAP = re.compile(rf"^\s*[;؛,،:]\s*(?:(?:or|أو)\s+)?(?:(?:{_APPROX})\s+)?$")
_APPROX_WORD = re.compile(rf"(?:{_APPROX})")
_MARKS = re.compile("[\u0640\u064b-\u0652]")
_SUBUNIT = re.compile(r"سنت|cent|pence|penny|\dp\b", re.IGNORECASE)
# An amount in brackets followed by a place is a local price, not a conversion ("$129 (£99 in Britain)"): the
# sentence's other bracketed amounts are then local prices too ("$179 (£129)").
_LOCAL_PRICE = re.compile(r"^\s*(?:in|for)\s+(?:the\s+)?[A-Z]|^\s*(?:في|ب)\s*\S")
# Currency names several countries share. A bare one ("25bn rupees", "Rs 500") names no country, so the amount
# may be in any of them (a Sri Lankan bank's rupees are LKR): it can support a conversion, never contradict one.
_SHARED_NAMES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"rupees?|rs\.?"), ("INR", "PKR", "LKR", "NPR", "MUR", "SCR")),
    (re.compile(r"pesos?"), ("MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP")),
    (re.compile(r"francs?"), ("CHF", "XOF", "XAF")),
    (re.compile(r"kron(?:a|or|er|e)|crowns?"), ("SEK", "NOK", "DKK", "ISK", "CZK")),
)
_FIGURE_WORDS = re.compile(r"[\d.,\s\u066b\u066c]+|(?<![a-z])(?:bn|m|k|billion|million|trillion|thousand|crore|lakh)"
                           r"(?![a-z])")


def _clean(text: str) -> str:
    return _MARKS.sub("", text).lower()


def currency_name(code: str, lang: str) -> str:
    return CURRENCY_NAMES.get(lang, {}).get(code, code) if lang == "ar" else code


def conversion_pairs(money: list[Claim]) -> list[tuple[Claim, Claim, bool]]:
    """(amount, equivalent, approximate) for each equivalent among a sentence's money claims (in text order);
    none in a sentence of local prices."""
    pairs = _pairs(money)
    if any(_LOCAL_PRICE.match(figures.after(equivalent, 30)) for _, equivalent, _ in pairs):
        return []
    return pairs


def _pairs(money: list[Claim]) -> list[tuple[Claim, Claim, bool]]:
    pairs: list[tuple[Claim, Claim, bool]] = []
    for index, amount in enumerate(money):
        if index + 1 >= len(money):
            break
        equivalent = money[index + 1]
        gap = _clean(figures.between(amount, equivalent))
        if not EQUIVALENT_GAP.match(gap):
            continue
        pairs.append((amount, equivalent, bool(_APPROX_WORD.search(gap))))
        if "(" not in gap:
            continue
        for follower in money[index + 2:]:
            gap = _clean(figures.between(equivalent, follower))
            if not NEXT_EQUIVALENT_GAP.match(gap):
                break
            pairs.append((amount, follower, bool(_APPROX_WORD.search(gap))))
            equivalent = follower
    return pairs


def _shared_name(claim: Claim) -> tuple[str, ...]:
    """The currencies a bare shared name in the claim's text may mean ("25bn rupees"); () when it names one."""
    if claim.currency_source != "explicit":
        return ()  # the extractor read the country from the context: one currency
    name = _FIGURE_WORDS.sub(" ", claim.text.lower()).strip()
    for pattern, family in _SHARED_NAMES:
        if pattern.fullmatch(name):
            return family
    return ()


def _currencies(claim: Claim) -> tuple[list[str], bool]:
    """The claim's currency, or its candidates; and whether the text states it unambiguously."""
    family = _shared_name(claim)
    if family:
        return list(dict.fromkeys([*(c.upper() for c in [claim.currency] if c), *family])), False
    if claim.currency:
        # A currency the extractor inferred (issue 14: context, the outlet's country) counts as stated; "none"
        # (or no currency) leaves the candidates, which can support but never contradict.
        return [claim.currency.upper()], getattr(claim, "currency_source", None) != "none"
    return [c.upper() for c in claim.currency_candidates], False


def _implied_bounds(amount: float, equivalent: float) -> tuple[float, float, float]:
    """The rate the printed figures state (units of the equivalent's currency per unit of the amount's), and
    the range their rounding allows."""
    a_half, e_half = figures.half_unit(amount), figures.half_unit(equivalent)
    low = (equivalent - e_half) / (amount + a_half)
    high = (equivalent + e_half) / max(amount - a_half, amount * 1e-9)
    return equivalent / amount, low, high


def _distance(rate: float, low: float, high: float) -> float:
    """How far (relative to the rate) the day's rate lies outside the range the printed figures allow."""
    if low <= rate <= high:
        return 0.0
    return (low - rate) / rate if rate < low else (rate - high) / rate


def _margin(approximate: bool, amount: Claim, equivalent: Claim) -> float:
    approximate = approximate or equivalent.qualifier is not None or amount.qualifier is not None
    return ABOUT_MARGIN if approximate else SUPPORT_MARGIN


def _best_fit(amount: Claim, equivalent: Claim, lookup: Callable[[str, str, float], _Found | None],
              distance: Callable[[_Found, float, float], float]) -> tuple[_Found, float, bool] | None:
    """Over the candidate currencies of both figures, the rate `lookup(source, target, amount)` gives that lies
    nearest (by `distance`) the rates the printed figures allow: (found, distance, both currencies stated)."""
    sources, source_stated = _currencies(amount)
    targets, target_stated = _currencies(equivalent)
    a_value, e_value = figures.numeric(amount), figures.numeric(equivalent)
    if a_value is None or e_value is None:
        return None
    _, low, high = _implied_bounds(a_value, e_value)
    best: tuple[_Found, float, bool] | None = None
    for source in sources:
        for target in targets:
            if source == target:
                continue
            found = lookup(source, target, a_value)
            if found is None:
                continue
            gap = distance(found, low, high)
            if best is None or gap < best[1]:
                best = (found, gap, source_stated and target_stated)
    return best


def _best(amount: Claim, equivalent: Claim, day: date,
          series: SeriesCatalog | None) -> tuple[Conversion, float, bool] | None:
    """The conversion at the day's rate that fits best over the candidate currencies."""
    converter = fx_converter(series)
    return _best_fit(amount, equivalent, lambda source, target, value: converter.convert(value, source, target, day),
                     lambda conversion, low, high: _distance(conversion.rate, low, high))


def _judged(distance: float, margin: float, stated: bool, ratio: float) -> str:
    """"supported" within the margin; "contradicted" clearly beyond it, both currencies stated and the figure not
    so far off that it is more likely another amount; else "unsure"."""
    if distance <= margin:
        return "supported"
    if distance > CONTRADICT_MARGIN and stated and 1 / PLAUSIBLE_FACTOR < ratio < PLAUSIBLE_FACTOR:
        return "contradicted"
    return "unsure"


def check_conversion(amount: Claim, equivalent: Claim, approximate: bool, article: ArticleRef,
                     series: SeriesCatalog | None = None) -> Verdict | None:
    """The verdict on `equivalent` as a conversion of `amount`, or None when the pair cannot be judged."""
    if _SUBUNIT.search(amount.text) or _SUBUNIT.search(equivalent.text):
        return None
    if article.published_at is None:
        window = article_window(article)
        if window is None:
            return None  # which day's rate? (an undated article keeps its other verdict)
        return check_in_window(amount, equivalent, approximate, article, window, series)
    day = article.published_at.date() if hasattr(article.published_at, "date") else article.published_at
    found = _best(amount, equivalent, day, series)
    if found is None:
        return None
    conversion, distance, stated = found
    a_value, e_value = float(amount.value), float(equivalent.value)  # type checked by _best
    implied = e_value / a_value
    ratio = implied / conversion.rate
    judged = _judged(distance, _margin(approximate, amount, equivalent), stated, ratio)
    status, reason = ("unverifiable" if judged == "unsure" else judged), f"conversion_{judged}"
    langs = langs_of(equivalent, article)
    source_leg = next(leg for leg in conversion.legs if leg.source != "usd") if conversion.sources else None
    fields = {
        "amount": per_lang(amount.text, langs),
        "claimed": per_lang(equivalent.text, langs),
        "expected": {lang: f"{figure(conversion.result, (lang,))[lang]} {currency_name(conversion.to_currency, lang)}"
                     for lang in langs},
        "rate": {lang: conversion.describe(lang) for lang in langs},
        "implied": {lang: f"1 {conversion.from_currency} = {implied:.4g} {conversion.to_currency}" for lang in langs},
        "off": per_lang(f"{(ratio - 1) * 100:+.1f}%", langs),
        "day": per_lang(day.isoformat(), langs),
    }
    fact = Fact(table=f"fx:{'+'.join(conversion.sources) or 'usd'}", entity_id=f"{conversion.from_currency}/"
                f"{conversion.to_currency}", metric=CONVERSION_METRIC, value=conversion.rate,
                unit=f"{conversion.to_currency} per {conversion.from_currency}",
                as_of=source_leg.period if source_leg else day.isoformat(),
                source_quote=conversion.describe("en"))
    return make_verdict(equivalent, article, status, CONVERSION_METRIC, explanation(reason, langs, fields),
                        fact=fact, relative=ratio - 1, period=day.isoformat())


# -------------------------------------------------------------------------------- undated, known window
def _range_distance(found: RateRange, low: float, high: float) -> float:
    """How far (relative) the window's range of rates lies outside the rates the printed figures allow."""
    if high < found.low:
        return (found.low - high) / found.low
    if low > found.high:
        return (low - found.high) / found.high
    return 0.0


def _best_range(amount: Claim, equivalent: Claim, window: tuple[date, date],
                series: SeriesCatalog | None) -> tuple[RateRange, float, bool] | None:
    """The candidate pair whose range over the window fits best: (range, distance, both currencies stated)."""
    ranges = window_rates(fx_converter(series))
    return _best_fit(amount, equivalent, lambda source, target, _value: ranges.range(source, target, *window),
                     _range_distance)


def _where(implied: float, found: RateRange) -> dict[str, str]:
    """Where the implied rate lies against the window's range, in each language's words."""
    if implied > found.high:
        key, off = "window_above", implied / found.high - 1
    elif implied < found.low:
        key, off = "window_below", 1 - implied / found.low
    else:
        key, off = "window_within", 0.0
    return {lang: render(key, lang, off=f"{off * 100:.1f}%") for lang in ("en", "ar")}


def _range_text(found: RateRange, lang: str) -> str:
    from checkers.series.fx import SOURCE_LABELS

    labels = "; ".join(SOURCE_LABELS[s]["ar" if lang == "ar" else "en"] for s in found.sources if s != "usd")
    joiner = " إلى " if lang == "ar" else " to "
    return (f"1 {found.from_currency} = {found.low:.4g} {found.to_currency} ({found.low_day.isoformat()}){joiner}"
            f"{found.high:.4g} {found.to_currency} ({found.high_day.isoformat()})" + (f", {labels}" if labels else ""))


def check_in_window(amount: Claim, equivalent: Claim, approximate: bool, article: ArticleRef,
                    window: tuple[date, date], series: SeriesCatalog | None = None) -> Verdict | None:
    """The verdict on `equivalent` as a conversion of `amount` in an undated article of a known window."""
    best = _best_range(amount, equivalent, window, series)
    if best is None:
        return None
    found, distance, stated = best
    a_value, e_value = float(amount.value), float(equivalent.value)  # type checked by _best_range
    implied = e_value / a_value
    nearest = found.nearest(implied)
    ratio = implied / nearest
    judged = _judged(distance, _margin(approximate, amount, equivalent), stated, ratio)
    if judged == "supported" and found.spread > WIDE_SPREAD:
        judged = "wide"  # a range almost any figure falls in supports nothing
    status = judged if judged in ("supported", "contradicted") else "unverifiable"
    reason = f"conversion_window_{judged}"
    langs = langs_of(equivalent, article)
    low, high = (figure(a_value * rate, langs) for rate in (found.low, found.high))
    where = _where(implied, found)
    fields = {
        "amount": per_lang(amount.text, langs),
        "claimed": per_lang(equivalent.text, langs),
        "start": per_lang(window[0].isoformat(), langs),
        "end": per_lang(window[1].isoformat(), langs),
        "expected": {lang: f"{low[lang]}–{high[lang]} {currency_name(found.to_currency, lang)}" for lang in langs},
        "range": {lang: _range_text(found, lang) for lang in langs},
        "spread": per_lang(f"{found.spread * 100:.1f}%", langs),
        "limit": per_lang(f"{WIDE_SPREAD * 100:.0f}%", langs),
        "implied": {lang: f"1 {found.from_currency} = {implied:.4g} {found.to_currency}" for lang in langs},
        "where": {lang: where["ar" if lang == "ar" else "en"] for lang in langs},
    }
    period = f"{window[0].isoformat()}/{window[1].isoformat()}"
    fact = Fact(table=f"fx:{'+'.join(s for s in found.sources if s != 'usd') or 'usd'}",
                entity_id=f"{found.from_currency}/{found.to_currency}", metric=CONVERSION_METRIC, value=nearest,
                unit=f"{found.to_currency} per {found.from_currency}", as_of=period,
                valid_from=window[0].isoformat(), valid_to=window[1].isoformat(),
                source_quote=_range_text(found, "en"))
    return make_verdict(equivalent, article, status, CONVERSION_METRIC, explanation(reason, langs, fields),
                        fact=fact, relative=ratio - 1, period=period)


def conversion_verdicts(money: list[Claim], article: ArticleRef,
                        series: SeriesCatalog | None = None) -> dict[str, Verdict]:
    """claim_id -> verdict for each equivalent amount of one sentence that can be judged, at the rates of
    `series` (the tables' series; None: the shipped ones)."""
    found: dict[str, Verdict] = {}
    for amount, equivalent, approximate in conversion_pairs(money):
        if equivalent.claim_id in found:
            continue
        if amount.value_high is not None or equivalent.value_high is not None:
            verdict = check_range_conversion(check_conversion, amount, equivalent, approximate, article, series)
        else:
            verdict = check_conversion(amount, equivalent, approximate, article, series)
        if verdict is not None:
            found[equivalent.claim_id] = verdict
    return found
