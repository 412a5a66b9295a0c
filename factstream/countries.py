"""Countries: ISO 3166-1 alpha-2 codes with the currency each uses, and the operator's outlet -> country map
(factstream/data/countries.yaml). Article.country is validated here; claims/ reads the currency of an outlet's
country to resolve a bare local currency word (issue 14, class 1)."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources

import yaml


@cache
def _data() -> tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, float], dict[str, tuple[str, date]],
                    dict[str, tuple[float, float]]]:
    raw = yaml.safe_load(resources.files("factstream").joinpath("data/countries.yaml").read_text(encoding="utf-8"))
    countries = {str(k): str(v) for k, v in raw["countries"].items()}
    for code, currency in countries.items():
        if len(code) != 2 or not code.isascii() or not code.isupper() or len(currency) != 3:
            raise ValueError(f"countries.yaml: bad entry {code!r}: {currency!r}")
    outlets = {}
    for source, code in (raw.get("outlets") or {}).items():
        if code not in countries:
            raise ValueError(f"countries.yaml: outlet {source!r} has unknown country {code!r}")
        outlets[str(source).casefold()] = code
    three = frozenset(str(c) for c in raw.get("three_decimal_currencies") or [])
    pegs = {str(c): float(v) for c, v in (raw.get("usd_pegs") or {}).items()}
    if any(v <= 0 for v in pegs.values()):
        raise ValueError("countries.yaml: a usd_pegs rate must be positive")
    renamed = {str(new): (str(old), since) for new, (old, since) in (raw.get("redenominations") or {}).items()}
    if any(not isinstance(since, date) for _, since in renamed.values()):
        raise ValueError("countries.yaml: a redenomination needs the day the new currency began (YYYY-MM-DD)")
    ranges = {str(c): (float(lo), float(hi)) for c, (lo, hi) in (raw.get("usd_rate_ranges") or {}).items()}
    if any(not 0 < lo < hi for lo, hi in ranges.values()):
        raise ValueError("countries.yaml: a usd_rate_ranges band must be two positive rates, low then high")
    return countries, outlets, three, pegs, renamed, ranges


def country_currency(country: str | None) -> str | None:
    """The ISO 4217 code of the country's currency ("TN" -> "TND"); None for None."""
    return _data()[0].get(country) if country else None


def has_three_decimals(currency: str | None) -> bool:
    """The currency's minor unit is a thousandth ("KWD", "OMR": 0.156 is a price), not a hundredth."""
    return currency in _data()[2]


def usd_peg(currency: str | None) -> float | None:
    """Units of a dollar-pegged currency per US dollar ("SAR" -> 3.75); None for a floating one."""
    return _data()[3].get(currency) if currency else None


def usd_rate_band(currency: str | None) -> tuple[float, float] | None:
    """Units of the currency per US dollar, lowest and highest: a fixed rate within 3%, else the floating band of
    countries.yaml (`usd_rate_ranges`); None when neither is known."""
    peg = usd_peg(currency)
    if peg is not None:
        return peg * 0.97, peg * 1.03
    return _data()[5].get(currency) if currency else None


def former_currency(currency: str | None) -> tuple[str, date] | None:
    """The currency a redenominated one replaced, and the day the new one began ("MRU" -> ("MRO", 2018-01-01))."""
    return _data()[4].get(currency) if currency else None


def normalize_country(value: object) -> str | None:
    """An ISO 3166-1 alpha-2 code, upper-cased ("sa" -> "SA"); None or "" -> None; anything else: ValueError."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"country must be an ISO 3166-1 alpha-2 code (a string such as \"SA\"), not "
                         f"{type(value).__name__}")
    code = value.strip().upper()
    if not code:
        return None
    if code not in _data()[0]:
        raise ValueError(f"country {value!r} is not an ISO 3166-1 alpha-2 code (such as \"SA\", \"TN\", \"GB\")")
    return code


def outlet_country(source: str | None) -> str | None:
    """The country of a known outlet (the operator's map in countries.yaml), else None."""
    if not source or not isinstance(source, str):
        return None
    return _data()[1].get(source.strip().casefold())
