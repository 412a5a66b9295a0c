"""Converting an amount between two currencies on a day, saying which rate was used and where it came from.

Each currency is first priced in US dollars (units per 1 USD), from the first source that covers the day:
1. the ECB reference rates (units per 1 EUR; a rate against the dollar is X_per_EUR / USD_per_EUR, the cross
   rate through the euro, both read on the same ECB day);
2. a peg (the Gulf currencies and the Jordanian dinar: a step series, `fx-pegs` pack);
3. the World Bank's official exchange rate for a country using the currency (pa.nus.fcrf, LCU per USD, the
   average of the day's year).
The conversion is then amount * to_per_usd / from_per_usd. No source covering the day -> None, never a guess.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from checkers.series.catalog import PACKS_DIR, SeriesCatalog
from checkers.series.model import Lookup

COUNTRY_CODES = PACKS_DIR / "countries" / "country-codes.csv"
SOURCE_LABELS = {
    "ecb": {"en": "ECB euro reference rate", "ar": "السعر المرجعي لليورو من البنك المركزي الأوروبي"},
    "peg": {"en": "fixed peg to the US dollar", "ar": "سعر الربط الثابت بالدولار الأمريكي"},
    "wdi": {"en": "World Bank official exchange rate, annual average",
            "ar": "سعر الصرف الرسمي من البنك الدولي، متوسط سنوي"},
    "usd": {"en": "US dollar", "ar": "الدولار الأمريكي"},
}


@dataclass(frozen=True, slots=True)
class DollarRate:
    """Units of `currency` per 1 USD on a day, and where that figure came from."""

    currency: str
    per_usd: float
    source: str  # ecb | peg | wdi | usd
    period: str  # the ECB day, the peg's start date, or the World Bank year
    lookup: Lookup | None  # the lookup behind it (the fallback rule and its reason), None for USD

    def describe(self, lang: str = "en") -> str:
        label = SOURCE_LABELS[self.source]["ar" if lang == "ar" else "en"]
        if self.source == "usd":
            return label
        return f"{self.currency} {self.per_usd:.6g} / USD ({label}, {self.period})"


@dataclass(frozen=True, slots=True)
class Conversion:
    amount: float
    from_currency: str
    to_currency: str
    day: date
    result: float
    rate: float  # units of to_currency per 1 from_currency
    legs: tuple[DollarRate, DollarRate]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(leg.source for leg in self.legs if leg.source != "usd"))

    def describe(self, lang: str = "en") -> str:
        legs = "; ".join(leg.describe(lang) for leg in self.legs if leg.source != "usd")
        return f"1 {self.from_currency} = {self.rate:.6g} {self.to_currency} ({legs})"


def currency_countries(path: Path = COUNTRY_CODES) -> dict[str, list[str]]:
    """ISO 4217 code -> the ISO alpha-3 codes of the countries using it (from country-codes.csv)."""
    found: dict[str, list[str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            currency = (row.get("ISO4217-currency_alphabetic_code") or "").strip()
            country = (row.get("ISO3166-1-Alpha-3") or "").strip()
            if len(currency) == 3 and country:
                found.setdefault(currency, []).append(country)
    # The World Bank gives a euro-area member's rate in its old currency before it adopted the euro (Germany
    # 1998: 1.76 marks per dollar; Croatia 2022: 7.16 kuna): the euro's own annual rate is the Euro area's (EMU).
    found["EUR"] = ["EMU"]
    return found


class FxConverter:
    """Dollar rates and conversions from a loaded catalog (ECB, pegs and World Bank series)."""

    def __init__(self, catalog: SeriesCatalog, countries: dict[str, list[str]] | None = None, *,
                 ecb: str = "ecb_eur", pegs: str = "usd_peg", official: str = "official_exchange_rate") -> None:
        self.catalog = catalog
        self.countries = countries if countries is not None else currency_countries()
        self.ecb, self.pegs, self.official = ecb, pegs, official

    def per_usd(self, currency: str, day: date) -> DollarRate | None:
        """Units of `currency` per 1 USD on `day`, from the first source covering it."""
        currency = currency.upper()
        if currency == "USD":
            return DollarRate("USD", 1.0, "usd", day.isoformat(), None)
        return self._ecb(currency, day) or self._peg(currency, day) or self._official(currency, day)

    def _ecb(self, currency: str, day: date) -> DollarRate | None:
        usd_series = self.catalog.get(self.ecb, "USD")
        if usd_series is None:
            return None
        usd = usd_series.value_on(day)
        if usd.point is None:
            return None
        if currency == "EUR":
            return DollarRate("EUR", 1.0 / usd.point.value, "ecb", usd.point.label, usd)
        series = self.catalog.get(self.ecb, currency)
        if series is None:
            return None
        other = series.value_on(day)
        # Both rates must come from the same ECB day, or the cross rate mixes two days.
        if other.point is None or other.point.label != usd.point.label:
            return None
        return DollarRate(currency, other.point.value / usd.point.value, "ecb", usd.point.label, other)

    def _peg(self, currency: str, day: date) -> DollarRate | None:
        series = self.catalog.get(self.pegs, currency)
        if series is None:
            return None
        found = series.value_on(day)
        if found.point is None:
            return None
        return DollarRate(currency, found.point.value, "peg", found.point.label, found)

    def _official(self, currency: str, day: date) -> DollarRate | None:
        for country in self.countries.get(currency, []):
            series = self.catalog.get(self.official, country)
            if series is None:
                continue
            found = series.value_on(day)
            if found.point is not None:
                return DollarRate(currency, found.point.value, "wdi", f"{found.point.label} ({country})", found)
        return None

    def convert(self, amount: float, from_currency: str, to_currency: str, day: date) -> Conversion | None:
        """`amount` of one currency in another on `day`, or None when either currency has no rate that day."""
        source = self.per_usd(from_currency, day)
        target = self.per_usd(to_currency, day)
        if source is None or target is None:
            return None
        rate = target.per_usd / source.per_usd
        return Conversion(amount, source.currency, target.currency, day, amount * rate, rate, (source, target))
