"""The currency data of a language (claims/languages/<lang>.yaml `currencies`, `currency_cues`) read into lookup
tables: each entry's words, symbols and abbreviations as one Currency; the cue words that name a currency outright;
glued symbols ("KSh") and scale suffixes with a code ("bnUSD"); Arabic scale words glued to a currency word
("ملياردولار"); and, once the Language is built, each code's cue pattern and the abbreviations grouped by their first
token. Called by claims/languages/loader.py."""

from __future__ import annotations

from typing import Any

import regex

from claims.languages.keys import keyed_by_word, phrase_key, word_key
from claims.languages.model import Currency, Language
from claims.normalize import normalize_word


def currencies(data: dict[str, Any], lang: str) -> tuple[dict, dict, dict, dict, dict]:
    words: dict[str, Currency] = {}
    with_adjective: dict[str, Currency] = {}  # words that name it only with an adjective after: "بات تايلندي"
    symbols: dict[str, Currency] = {}
    abbreviations: dict[tuple[str, ...], Currency] = {}
    spelled: dict[str, Currency] = {}  # abbreviations normalizing hides apart: "د.إ" AED, "د.أ" JOD
    for entry in data["currencies"]:
        if not isinstance(entry, dict) or "code" not in entry:
            raise ValueError(f"language data {lang}: currency entry without code: {entry!r}")
        adjectives = entry.get("adjectives") or {}
        cur = Currency(
            code=entry["code"],
            candidates=list(entry.get("candidates") or []),
            adjectives=keyed_by_word({k: v for k, v in adjectives.items() if isinstance(v, str)}, lang),
            adjective_currencies=_adjective_families(adjectives, lang),
            adjectives_before={phrase_key(k, lang): v for k, v in (entry.get("adjectives_before") or {}).items()},
            needs_number=bool(entry.get("needs_number")),
            needs_adjective=bool(entry.get("needs_adjective")),
            common_word=bool(entry.get("common_word")),
            divisor=int(entry.get("divisor") or 1),
            below_one_in_whole_unit=bool(entry.get("below_one_in_whole_unit")),
            default_reading_code=entry.get("default_reading_code"),
            outlet_codes=frozenset(str(c) for c in entry.get("outlet_codes") or []),
            own_code_cues=_cue_pattern(entry.get("own_code_cues")),
            own_code_text_cues=tuple(str(c) for c in entry.get("own_code_text_cues") or []),
            named_only=frozenset(str(c) for c in entry.get("named_only") or []),
            bare_sum_codes=frozenset(str(c) for c in entry.get("bare_sum_codes") or []),
            needs_country=bool(entry.get("needs_country")),
            scaled_out_of_view=bool(entry.get("scaled_out_of_view")),
            sign_before_code=entry.get("sign_before_code"),
        )
        if cur.divisor < 1:
            raise ValueError(f"language data {lang}: currency divisor must be a positive integer: {entry!r}")
        if cur.code is None and not cur.candidates:
            raise ValueError(f"language data {lang}: ambiguous currency {entry!r} needs candidates")
        for w in entry.get("words") or []:
            words[word_key(w, lang)] = cur
        for w in entry.get("words_with_adjective") or []:
            if not cur.adjectives:
                raise ValueError(f"language data {lang}: words_with_adjective need adjectives: {entry!r}")
            with_adjective[word_key(w, lang)] = cur
        for s in entry.get("symbols") or []:
            symbols[str(s)] = cur
        for a in entry.get("abbreviations") or []:
            abbreviations[tuple(word_key(ch, lang) for ch in str(a).replace(" ", ""))] = cur
            if word_key(a, lang) != str(a):
                spelled[str(a).replace(" ", "")] = cur
    return words, symbols, abbreviations, spelled, with_adjective


def _adjective_families(adjectives: dict[str, Any], lang: str) -> dict[str, Currency]:
    """Adjectives given a list of codes ("أفريقي: [XOF, XAF]"): each names a currency of those candidates, the first
    its usual reading, that the text's cues and the outlet decide between as for any word of several countries."""
    families = {}
    for adjective, codes in adjectives.items():
        if isinstance(codes, list):
            if not codes or not all(isinstance(c, str) for c in codes):
                raise ValueError(f"language data {lang}: adjective {adjective!r} needs codes, not {codes!r}")
            families[word_key(adjective, lang)] = Currency(code=codes[0], candidates=list(codes))
    return families


def _cue_pattern(phrases: list[str] | None) -> regex.Pattern | None:
    """Whole words or phrases, any case, any run of spaces between their words ("a barrel", "Wall Street")."""
    if not phrases:
        return None
    alternatives = sorted((r"\s+".join(regex.escape(w) for w in str(p).split()) for p in phrases), key=len,
                          reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", regex.IGNORECASE)


def scale_currency_words(nums: dict[str, Any], currency_words: dict[str, Currency],
                          lang: str) -> dict[str, tuple[int, Currency]]:
    """Arabic scale words typed without the space before their currency word ("33.5 ملياردولار"): the glued pair
    -> (scale, currency). Only the scales of millions and up: a thousand glued to a currency is not seen written."""
    if lang != "ar":
        return {}
    all_scales = keyed_by_word(nums.get("scales"), lang)
    words = set(all_scales) | set(keyed_by_word(nums.get("duals"), lang))
    scales = {k: v for k, v in all_scales.items() if int(v) >= 1_000_000}
    # Not a short word that also ends a number word: "مليونين" is two million, not million + "ين" (the yen).
    return {s + w: (int(v), cur) for s, v in scales.items() for w, cur in currency_words.items()
            if not cur.needs_adjective and not cur.needs_number and cur.divisor == 1 and s + w not in words}


def currency_cues(data: dict[str, Any]) -> dict[str, list[str]]:
    """`currency_cues`, plus what names a currency outright: its adjectives ("مصري", "Egyptian") and, for a code
    some ambiguous word may mean, its own words ("إسترليني"): "25 مليون جنيه إسترليني ... 21 مليون جنيه" is GBP
    twice."""
    cues: dict[str, list[str]] = {code: list(words) for code, words in (data.get("currency_cues") or {}).items()}
    ambiguous = {code for entry in data["currencies"] for code in entry.get("candidates") or []}
    for entry in data["currencies"]:
        # (an adjective of several codes, "فرنك أفريقي", names none of them)
        named = [(code, adj) for adj, code in (entry.get("adjectives") or {}).items() if isinstance(code, str)]
        named += [(code, adj) for adj, code in (entry.get("adjectives_before") or {}).items()]
        if entry.get("code") in ambiguous and not entry.get("candidates"):  # "rupees" (INR unless ...) names none
            named += [(entry["code"], word) for word in entry.get("words") or []]
        for code, word in named:
            if code in ambiguous and str(word) not in cues.setdefault(code, []):
                cues[code].append(str(word))
    return {code: list(dict.fromkeys(normalize_word(w) for w in words)) for code, words in cues.items()}


def glued_currency_fields(data: dict[str, Any], nums: dict[str, Any], symbols: dict[str, Currency],
                           lang: str) -> dict[str, Any]:
    """`glued_symbols` of the currency entries ("KSh": KES), and every scale suffix followed by a three-letter
    currency code ("bnusd" for "2.5bnUSD")."""
    glued: dict[str, Currency] = {}
    for entry in data["currencies"]:
        local = {str(s) for s in entry.get("local_glued_symbols") or []}  # "P": the peso only in its country's text
        for symbol, code in (entry.get("glued_symbols") or {}).items():
            if not (isinstance(code, str) and len(code) == 3 and code.isupper()):
                raise ValueError(f"language data {lang}: glued symbol {symbol!r} needs an ISO 4217 code, not {code!r}")
            known = glued.get(str(symbol))
            if known is not None and known.needs_country and str(symbol) in local:  # "K": PGK, ZMW or MWK by country
                glued[str(symbol)] = Currency(code=None, candidates=[*(known.candidates or [known.code]), code],
                                              needs_country=True)
            else:
                glued[str(symbol)] = Currency(code=code, needs_country=str(symbol) in local)
    codes = {s: cur for s, cur in symbols.items() if len(s) == 3 and s.isascii() and s.isalpha() and s.isupper()
             and cur.code}
    suffixes = {str(k).lower(): int(v) for k, v in (nums.get("scale_suffixes") or {}).items()}
    return {
        "currency_glued_symbols": glued,
        "scale_currency_suffixes": {suffix + code.lower(): (scale, cur) for suffix, scale in suffixes.items()
                                    for code, cur in codes.items()},
    }


def currency_cue_pattern(lg: Language, cues: list[str], prefix: str, suffix: str) -> regex.Pattern:
    """Whole cue words with their proclitics; in Arabic also a cue with the article after ل, which drops the alif
    ("للكويت", "وللمغرب" hold "الكويت", "المغرب")."""
    arabic, article = lg.lang == "ar", lg.definite_article
    stems = [c[len(article):] for c in cues if arabic and article and c.startswith(article)]
    merged = r"|(?:" + regex.escape(lg.and_prefix) + ")?" + regex.escape("ل" + article[1:]) + r"\L<s>" if stems else ""
    return regex.compile(r"(?<![^\W\d_])(?:" + prefix + r"\L<w>" + merged + ")" + suffix + r"(?![^\W\d_])",
                         flags=0 if arabic else regex.I, w=list(cues), **({"s": stems} if stems else {}))


def by_first_token(table: dict[tuple[str, ...], Currency]) -> dict[str, tuple[tuple[tuple[str, ...], Currency], ...]]:
    """The entries of a table keyed by token texts, grouped by their first text (each group in the table's order),
    so a lookup compares only those that can match; an empty key would match anywhere and is refused."""
    groups: dict[str, list[tuple[tuple[str, ...], Currency]]] = {}
    for key, value in table.items():
        if not key:
            raise ValueError("an empty currency abbreviation in the language data")
        groups.setdefault(key[0], []).append((key, value))
    return {first: tuple(group) for first, group in groups.items()}
