"""Countries: ISO 3166-1 alpha-2 codes with the currency each uses, and the operator's outlet -> country map
(factstream/data/countries.yaml). Article.country is validated here; claims/ reads the currency of an outlet's
country to resolve a bare local currency word (issue 14, class 1)."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlsplit

import yaml


@cache
def _raw() -> dict:
    return yaml.safe_load(resources.files("factstream").joinpath("data/countries.yaml").read_text(encoding="utf-8"))


@cache
def _data() -> tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, float], dict[str, tuple[str, date]],
                    dict[str, tuple[float, float]]]:
    raw = _raw()
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


@cache
def _official_ranges() -> dict[str, tuple[tuple[float, float], ...]]:
    raw = _raw().get("usd_official_ranges") or {}
    ranges = {str(c): tuple((float(lo), float(hi)) for lo, hi in bands) for c, bands in raw.items()}
    if any(not 0 < lo < hi for bands in ranges.values() for lo, hi in bands):
        raise ValueError("countries.yaml: a usd_official_ranges band must be two positive rates, low then high")
    return ranges


def official_rate_holds(currency: str | None, rate: float) -> bool:
    """The official rate of the currency to the dollar has stood at `rate` (countries.yaml `usd_official_ranges`);
    True for a currency with no such table (its whole band is taken as official)."""
    bands = _official_ranges().get(currency) if currency else None
    return bands is None or any(lo <= rate <= hi for lo, hi in bands)


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


@cache
def _url_data() -> tuple[dict[str, str], tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]:
    raw, countries = _raw(), _data()[0]
    tlds = {str(k).lower(): str(v) for k, v in (raw.get("url_tlds") or {}).items()}
    names = tuple((str(k).lower(), str(v)) for k, v in (raw.get("url_names") or {}).items())
    for key, code in (*tlds.items(), *names):
        if code not in countries:
            raise ValueError(f"countries.yaml: URL word {key!r} has unknown country {code!r}")
    return (tlds, names, tuple(str(w).lower() for w in raw.get("url_names_not") or []),
            tuple(str(w).lower() for w in raw.get("url_name_openers") or []))


def url_country(url: str | None) -> str | None:
    """The outlet's country an article's URL shows (countries.yaml `url_tlds`, `url_names`): its country-code
    top-level domain ("ahram.org.eg": EG), else a country's name opening a word of the host ("sudaneseonline.com":
    SD), else a first path section named for one country ("/sudan/economy/...", not "/world/sudan/..."); None when it
    shows none or two."""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
        host = (parts.hostname or "").lower()
        path = unquote(parts.path).lower()
    except ValueError:
        return None  # a malformed URL shows no country
    tlds, names, not_names, openers = _url_data()
    labels = [label for label in host.split(".") if label]
    if len(labels) >= 2 and labels[-1] in tlds:
        return tlds[labels[-1]]
    words = [w for label in labels[:-1] for w in label.split("-") if w and w != "www"]
    found = {code for w in words if (code := _named_word(w, names, not_names, openers)) is not None}
    if not found:
        sections = [s.replace("-", "").replace("_", "") for s in path.split("/") if s][:-1]  # (the last: a slug)
        # only the first section: a country's edition ("/sudan/economy/..."); a section further in is a topic of a
        # site of any country ("/world/sudan/...", "/news/egypt/...": review 16)
        found = {code for name, code in names if sections[:1] == [name]}
    return found.pop() if len(found) == 1 else None


def _named_word(word: str, names: tuple[tuple[str, str], ...], not_names: tuple[str, ...],
                openers: tuple[str, ...]) -> str | None:
    """The country whose name opens `word`, or opens it after an opener ("alyemen...": al-)."""
    if word.startswith(not_names):
        return None
    starts = [word, *(word[len(o):] for o in openers if word.startswith(o) and len(word) > len(o))]
    for name, code in names:
        if any(s.startswith(name) for s in starts):
            return code
    return None


def article_country(country: str | None, source: str | None, url: str | None) -> str | None:
    """The outlet's country of an article: its own `country` field, else the operator's outlet map for its source,
    else what its URL shows (url_country). `extract --jsonl`, `check --jsonl`, claims.extract_article and the
    scorer (bench/score_extract.py) all take it from here. The field is returned as given (validated later)."""
    return country or outlet_country(source) or url_country(url)
