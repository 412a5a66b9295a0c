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
An article with no date is not checked (the rate of which day?); a currency the text leaves ambiguous ("ريال"
with no country) is supported when one of its candidates fits, and never contradicted.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from checkers.consistency import figures
from checkers.consistency.build import CONVERSION_METRIC, explanation, figure, langs_of, make_verdict, per_lang
from checkers.consistency.rates import fx_converter
from checkers.wording.format import CURRENCY_NAMES
from factstream.models import ArticleRef, Claim, Fact, Verdict

if TYPE_CHECKING:
    from checkers.series import Conversion, SeriesCatalog

SUPPORT_MARGIN = 0.03
ABOUT_MARGIN = 0.05
CONTRADICT_MARGIN = 0.10
PLAUSIBLE_FACTOR = 2.5

_APPROX = (r"about|around|roughly|some|nearly|almost|approximately|an estimated|"
           r"نحو|حوالي|حوالى|زهاء|قرابة|ما يقارب|ما يناهز|تقريبا")
_EQUIV = r"ما\s+(?:يعادل|يوازي|يساوي)|equivalent to|the equivalent of"
# The text between an amount and its equivalent.
EQUIVALENT_GAP = re.compile(
    rf"^\s*(?:\(\s*(?:(?:أي|or|i\.e\.)\s+)?(?:(?:{_EQUIV})\s+)?(?:(?:{_APPROX})\s+)?"
    rf"|[،,]?\s*(?:أي\s+|وهو\s+)?(?:{_EQUIV})\s+(?:(?:{_APPROX})\s+)?)$")
# Between two equivalents inside one parenthesis: "($5.6bn; 4.3bn euros)".
NEXT_EQUIVALENT_GAP = re.compile(rf"^\s*[;؛,،]\s*(?:(?:or|أو)\s+)?(?:(?:{_APPROX})\s+)?$")
_APPROX_WORD = re.compile(rf"(?:{_APPROX})")
_MARKS = re.compile("[\u0640\u064b-\u0652]")
_SUBUNIT = re.compile(r"سنت|cent|pence|penny|\dp\b", re.IGNORECASE)


def _clean(text: str) -> str:
    return _MARKS.sub("", text).lower()


def currency_name(code: str, lang: str) -> str:
    return CURRENCY_NAMES.get(lang, {}).get(code, code) if lang == "ar" else code


def conversion_pairs(money: list[Claim]) -> list[tuple[Claim, Claim, bool]]:
    """(amount, equivalent, approximate) for each equivalent among a sentence's money claims (in text order)."""
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


def _currencies(claim: Claim) -> tuple[list[str], bool]:
    """The claim's currency, or its candidates; and whether the text states it unambiguously."""
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


def _best(amount: Claim, equivalent: Claim, day: date,
          series: SeriesCatalog | None) -> tuple[Conversion, float, bool] | None:
    """The conversion that fits best over the candidate currencies: (conversion, distance, both stated)."""
    converter = fx_converter(series)
    sources, source_stated = _currencies(amount)
    targets, target_stated = _currencies(equivalent)
    a_value, e_value = figures.numeric(amount), figures.numeric(equivalent)
    if a_value is None or e_value is None:
        return None
    _, low, high = _implied_bounds(a_value, e_value)
    best: tuple[Conversion, float, bool] | None = None
    for source in sources:
        for target in targets:
            if source == target:
                continue
            conversion = converter.convert(a_value, source, target, day)
            if conversion is None:
                continue
            distance = _distance(conversion.rate, low, high)
            if best is None or distance < best[1]:
                best = (conversion, distance, source_stated and target_stated)
    return best


def check_conversion(amount: Claim, equivalent: Claim, approximate: bool, article: ArticleRef,
                     series: SeriesCatalog | None = None) -> Verdict | None:
    """The verdict on `equivalent` as a conversion of `amount`, or None when the pair cannot be judged."""
    if _SUBUNIT.search(amount.text) or _SUBUNIT.search(equivalent.text):
        return None
    if article.published_at is None:
        return None  # which day's rate? (an undated article keeps its other verdict)
    day = article.published_at.date() if hasattr(article.published_at, "date") else article.published_at
    found = _best(amount, equivalent, day, series)
    if found is None:
        return None
    conversion, distance, stated = found
    a_value, e_value = float(amount.value), float(equivalent.value)  # type checked by _best
    implied = e_value / a_value
    approximate = approximate or equivalent.qualifier is not None or amount.qualifier is not None
    margin = ABOUT_MARGIN if approximate else SUPPORT_MARGIN
    ratio = implied / conversion.rate
    if distance <= margin:
        status, reason = "supported", "conversion_supported"
    elif distance > CONTRADICT_MARGIN and stated and 1 / PLAUSIBLE_FACTOR < ratio < PLAUSIBLE_FACTOR:
        status, reason = "contradicted", "conversion_contradicted"
    else:
        status, reason = "unverifiable", "conversion_unsure"
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


def conversion_verdicts(money: list[Claim], article: ArticleRef,
                        series: SeriesCatalog | None = None) -> dict[str, Verdict]:
    """claim_id -> verdict for each equivalent amount of one sentence that can be judged, at the rates of
    `series` (the tables' series; None: the shipped ones)."""
    found: dict[str, Verdict] = {}
    for amount, equivalent, approximate in conversion_pairs(money):
        if equivalent.claim_id in found:
            continue
        verdict = check_conversion(amount, equivalent, approximate, article, series)
        if verdict is not None:
            found[equivalent.claim_id] = verdict
    return found
