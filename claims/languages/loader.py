"""Load and validate a language data (claims/languages/<lang>.yaml) into lookup tables for the engine.

Packs are data: number words, scales, currencies, months, weekdays, relative words, qualifiers and cue words.
Every word is normalized exactly as the text is, so the engine compares normalized forms only (keys.py). The
currency entries and cues are read by currency_data.py.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import regex
import yaml

from claims.languages.currency_data import (
    by_first_token,
    currencies,
    currency_cue_pattern,
    currency_cues,
    glued_currency_fields,
    scale_currency_words,
)
from claims.languages.keys import keyed_by_word, phrase_key, word_key, word_set
from claims.languages.model import Language, PhraseTable
from claims.languages.place_data import place_fields
from claims.normalize import normalize_word

SUPPORTED_LANGS = ("ar", "en")

_REQUIRED_KEYS = (
    "lang",
    "proclitics",
    "numbers",
    "percent",
    "currencies",
    "months",
    "weekdays",
    "relative_days",
    "qualifiers",
    "identifier_cues",
    "year_cues",
    "units",
    "not_counted",
)


def _dual_forms(duals: dict[str, Any], lang: str) -> frozenset[str]:
    """The indefinite dual forms of the countable singulars of `duals.singulars` (Arabic): a feminine noun in ة gives
    "-تين"/"-تان" (the feminine plural is "-ات"); a masculine one "-ان" (the sound plural is "-ون"), and "-ين" only
    when it has no sound masculine plural (`broken`: "سعر/أسعار" -> "سعرين"; "مواطنين" is a plural)."""
    singulars = duals.get("singulars") or {}
    forms: list[str] = []
    for word in singulars.get("feminine") or []:  # "-تا": the nominative in construct ("سيارتا إسعاف")
        forms += [str(word)[:-1] + "تين", str(word)[:-1] + "تان", str(word)[:-1] + "تا"]
    forms += [str(word) + "ان" for word in singulars.get("sound_plural") or []]
    forms += [str(word) + ending for word in singulars.get("broken") or [] for ending in ("ان", "ين")]
    return word_set(forms, lang)


def _feminine_cases(words: list[Any] | None, lang: str) -> frozenset[str]:
    """A listed feminine dual in either case: "-تين" (oblique) gives "-تان" (nominative) and back ("حالتين",
    "حالتان"); the feminine plural is "-ات", so neither form is a plural. (Masculine "-ين"/"-ان" are not paired:
    "بلدان" is also the plural of بلد.)"""
    forms: list[str] = []
    for word in words or []:
        w = str(word)
        if w.endswith("تين"):
            forms.append(w[:-3] + "تان")
        elif w.endswith("تان"):
            forms.append(w[:-3] + "تين")
    return word_set(forms, lang)


def _dual_singulars(duals: dict[str, Any], lang: str) -> frozenset[str]:
    """Every countable singular of `duals.singulars`, whatever its group ("feminine", "sound_plural", "broken")."""
    singulars = duals.get("singulars") or {}
    return word_set([w for group in singulars.values() for w in group or []], lang)


def _require(data: dict[str, Any], name: str) -> None:
    missing = [k for k in _REQUIRED_KEYS if k not in data]
    if missing:
        raise ValueError(f"language data {name}: missing keys {missing}")


def _check_words(node: Any, where: str) -> None:
    """Every word list holds only strings (or nested lists and mappings) and no mapping key is a boolean or null.
    YAML 1.1 reads a bare No, no, on, off, yes as booleans: a word written so would silently become "false"."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, bool) or k is None:
                raise ValueError(f"language data {where}: key {k!r} is not a word; quote it (YAML reads No/on/off/yes "
                                 "as booleans)")
            _check_words(v, f"{where}.{k}")
    elif isinstance(node, list):
        for n, item in enumerate(node):
            if isinstance(item, (dict, list)):
                _check_words(item, f"{where}[{n}]")
            elif not isinstance(item, str):
                raise ValueError(f"language data {where}[{n}]: {item!r} is not a word; quote it (YAML reads "
                                 "No/on/off/yes as booleans)")


def load_language_data(lang: str) -> dict[str, Any]:
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}: expected one of {', '.join(SUPPORTED_LANGS)}")
    source = resources.files("claims.languages").joinpath(f"{lang}.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"language data {lang}.yaml is not a mapping")
    _require(data, f"{lang}.yaml")
    if data["lang"] != lang:
        raise ValueError(f"language data {lang}.yaml declares lang {data['lang']!r}")
    return data


@cache
def get_language(lang: str) -> Language:
    """The language's data, loaded, validated and with its derived tables, once per process."""
    return language_from_data(load_language_data(lang), lang)


def language_from_data(data: dict[str, Any], lang: str) -> Language:
    """A Language from the parsed YAML of one language (ValueError on an unknown role or a bad entry)."""
    _require(data, f"{lang}.yaml")
    _check_words(data, f"{lang}.yaml")
    language = _build(data, lang)
    _derive(language)
    return language


def _build(data: dict[str, Any], lang: str) -> Language:
    fields: dict[str, Any] = {"lang": lang, **_roles(data, lang)}
    fields.update(_number_fields(data, lang))
    fields.update(_calendar_fields(data, lang))
    fields.update(_cue_fields(data, lang))
    fields.update(place_fields(lang, fields.get("definite_article") or ""))
    return Language(**fields)


def _anchor_words(lg: Language) -> frozenset[str]:
    """Every word (normalized, lower-cased for case-insensitive language data) that can start a claim, but the
    lone_one_openers ("only one showed"), which _derive adds: those that are an anchor for no other reason ask one
    rule only (`lone_one_only_anchors`)."""
    words = set(lg.units) | set(lg.tens) | set(lg.hundreds) | set(lg.scales)
    words |= set(lg.duals) | set(lg.fractions)
    words |= {f + e for f in lg.fractions for e in lg.share_pronoun_endings}  # "ربعهم" (rules/shares.py)
    words |= set(lg.relative_days)
    words |= lg.holiday_anchors  # "Christmas" of "Christmas Day", "Year's" of "New Year's Day" (dates/relative.py)
    words |= lg.feast_day_nouns  # "أيام" of "ثالث أيام عيد الفطر" (dates/relative.py _feast_day_ar)
    case_sensitive = lg.case_sensitive_months
    words |= {k[0].lower() if not case_sensitive else k[0] for k in lg.months}
    words |= {k[0] for k in lg.hijri_months}
    words |= set(lg.weekdays) | {w.lower() for w in lg.weekdays}
    words |= {k[0].lower() for k in lg.months}
    openers = lg.phrase_openers_not_anchors  # "هذه الليلة": a common first word; the anchor is "الليلة"
    words |= {k[1] if k[0] in openers and len(k) > 1 else k[0] for k in lg.relative_day_phrases}
    if not case_sensitive:  # English ordinals ("sixth") are common words: the month next to one is the anchor
        words |= {k[0] for k in lg.ordinal_days}
    words |= lg.dual_nouns
    words |= lg.single_period_openers  # "لمدة عام"
    words |= lg.single_period_emphasis_openers  # "بعد شهر فقط"
    words |= lg.whole_period_words  # "في عام كامل" (rules/counts_one_ar.py whole_period_ar)
    words |= lg.margin_words  # "بفارق نقطة"
    words |= lg.age_year_nouns | lg.single_period_interval_openers  # "دون سن الخامسة", "في غضون عام من تأسيسه"
    words |= lg.measure_dual_words  # "مترين"
    words |= lg.one_measure_units if lg.unit_range_openers else frozenset()  # "من متر إلى متر ونصف" (ar)
    words |= lg.dual_agreement_verbs  # "قاربين كانا" (rules/counts_dual_agree_ar.py)
    words |= lg.money_dual_words  # "بدولارين"
    words |= lg.percent_back_anchors  # "one per cent"
    words |= set(lg.multiple_adverbs)  # "twice the 169,000 figure"
    words |= set(lg.multiple_verbs)  # "exports tripled"
    words |= set(lg.share_verbs) | {k[:-1] for k in lg.share_verbs if k.endswith("ed")}  # "halved", "to halve"
    words |= set(lg.tally_words) | lg.single_count_words | lg.sole_adjectives  # "هاتريك", "a single year", "وحيدة"
    words |= set(lg.group_nouns)  # "الثلاثي" (rules/counts_group_ar.py)
    words |= lg.lone_unit_anchors  # "one each in Jos" (rules/counts_implied_en.py)
    words |= lg.lone_measure_anchors  # "more than an inch of hail" (rules/counts_one_en.py)
    words |= lg.period_ago_anchors  # "a decade ago", "a year ago" (rules/counts_implied_en.py)
    words |= lg.fold_multiples  # "a fivefold rise" (rules/quantity.py)
    return frozenset(words)


def _number_fields(data: dict[str, Any], lang: str) -> dict[str, Any]:
    """Number words, percent and currency words."""
    nums = data["numbers"]
    currency_words, currency_symbols, currency_abbr, currency_abbr_spelled, adjective_words = currencies(data, lang)
    return {
        "units": keyed_by_word(nums.get("units"), lang),
        "tens": keyed_by_word(nums.get("tens"), lang),
        "hundreds": keyed_by_word(nums.get("hundreds"), lang),
        "scales": keyed_by_word(nums.get("scales"), lang),
        "duals": keyed_by_word(nums.get("duals"), lang),
        "fractions": {word_key(k, lang): Decimal(str(v)) for k, v in (nums.get("fractions") or {}).items()},
        "proclitics": tuple(sorted((word_key(p, lang) for p in data["proclitics"]), key=len, reverse=True)),
        "teen_words": word_set(nums.get("teen_words"), lang),
        "vague_alone": word_set(nums.get("vague_alone"), lang),
        "time_span_years": {word_key(k, lang): int(v) for k, v in (nums.get("time_span_years") or {}).items()},
        "time_span_minutes": {word_key(k, lang): int(v) for k, v in (nums.get("time_span_minutes") or {}).items()},
        "multiple_adverbs": {word_key(k, lang): int(v) for k, v in (nums.get("multiple_adverbs") or {}).items()},
        "multiple_verbs": {word_key(k, lang): int(v) for k, v in (nums.get("multiple_verbs") or {}).items()},
        "share_verbs": {word_key(k, lang): int(v) for k, v in (nums.get("share_verbs") or {}).items()},
        "tally_words": {word_key(k, lang): int(v) for k, v in (nums.get("tally_words") or {}).items()},
        "group_nouns": {word_key(k, lang): int(v) for k, v in (nums.get("group_nouns") or {}).items()},
        "min_standalone": int(nums.get("min_standalone_word_value", 2)),
        "article_words": word_set(nums.get("article_words"), lang),
        "scale_suffixes": {str(k).lower(): int(v) for k, v in (nums.get("scale_suffixes") or {}).items()},
        "not_numbers": word_set(nums.get("not_numbers"), lang),
        "percent_words": word_set(data["percent"].get("words"), lang),
        "percent_phrases": [phrase_key(p, lang) for p in data["percent"].get("phrases") or []],
        "point_phrases": [phrase_key(p, lang) for p in data["percent"].get("points") or []],
        "basis_phrases": [phrase_key(p, lang) for p in data["percent"].get("basis_points") or []],
        "ratio_words": word_set(data.get("ratio_words"), lang),
        "minus_words": word_set(data.get("minus_words"), lang),
        "currency_words": currency_words,
        "currency_adjective_words": adjective_words,
        "currency_symbols": currency_symbols,
        "currency_abbreviations": currency_abbr,
        "currency_abbreviations_spelled": currency_abbr_spelled,
        "currency_cues": currency_cues(data),
        **glued_currency_fields(data, nums, currency_symbols, lang),
        "scale_currency_words": scale_currency_words(nums, currency_words, lang),
    }


def _calendar_fields(data: dict[str, Any], lang: str) -> dict[str, Any]:
    """Months (Gregorian and Hijri), weekdays, relative days and the words around them."""
    months = data["months"]
    case_sensitive = bool(months.get("case_sensitive"))

    def month_key(word: str) -> tuple[str, ...]:
        parts = str(word).split()
        if case_sensitive:
            return tuple(normalize_word(p) for p in parts)
        return tuple(word_key(p, lang) for p in parts)

    surname = data.get("weekday_surnames") or {}
    month_map = {month_key(k): int(v) for k, v in months["gregorian"].items()}
    hijri_map = {month_key(k): int(v) for k, v in (months.get("hijri") or {}).items()}
    weekdays = (
        {normalize_word(k): int(v) for k, v in data["weekdays"].items()}
        if case_sensitive
        else keyed_by_word(data["weekdays"], lang)
    )
    for table_name, table in (("months", month_map), ("hijri", hijri_map)):
        for k, v in table.items():
            if not 1 <= v <= 12:
                raise ValueError(f"language data {lang}: {table_name} {' '.join(k)!r} has month {v}")
    relative_days = keyed_by_word(data["relative_days"], lang)
    return {
        "case_sensitive_months": case_sensitive,
        "months": month_map,
        "month_needs_context": frozenset(
            normalize_word(w) if case_sensitive else word_key(w, lang) for w in months.get("needs_context") or []
        ),
        "month_cues_before": word_set(months.get("cues_before"), lang),
        "month_exact": _exact_forms(months.get("exact_forms"), lang),
        "month_not_after": word_set(months.get("not_after"), lang),
        "hijri_months": hijri_map,
        "gregorian_year_markers": word_set(months.get("gregorian_year_markers"), lang),
        "hijri_year_markers": word_set(months.get("hijri_year_markers"), lang),
        "ordinal_days": PhraseTable(_phrase_map(data.get("ordinal_days"), lang)),
        "day_of_month_links": word_set(data.get("day_of_month_links"), lang),
        "weekdays": weekdays,
        "weekday_not_after": word_set(data.get("weekday_not_after"), lang),
        "weekday_past": word_set(data.get("weekday_past"), lang),
        "weekday_future": word_set(data.get("weekday_future"), lang),
        "relative_days": relative_days,
        "relative_day_phrases": PhraseTable(_phrase_map(data.get("relative_day_phrases"), lang)),
        "holiday_days": PhraseTable(_month_day_map(data.get("holiday_days"), lang)),
        "holiday_anchors": frozenset(phrase_key(k, lang)[-2] for k in data.get("holiday_days") or {}),
        "feast_days": PhraseTable(_month_day_map(data.get("feast_days"), lang)),
        "feast_day_ordinals": {word_key(k, lang): int(v) for k, v in (data.get("feast_day_ordinals") or {}).items()},
        "today_not_after": word_set(data.get("today_not_after"), lang),
        "named_event_days": {(word_key(noun, lang), int(e.get("day", 0)), int(e["month"])): int(e["year"])
                             for e in data.get("named_event_days") or [] for noun in e["nouns"]},
        "named_event_nouns": frozenset(word_key(noun, lang) for e in data.get("named_event_days") or []
                                       for noun in e["nouns"]),
        "surname_name_prefixes": word_set(surname.get("name_prefixes"), lang),
        "surname_given_names": word_set(surname.get("given_names"), lang),
        "surname_not_after": word_set(surname.get("not_after"), lang),
    }


def _cue_fields(data: dict[str, Any], lang: str) -> dict[str, Any]:
    """Qualifiers, units, counted nouns, ages, duals and the cue words of the not-claim rules."""
    return {
        "qualifiers": PhraseTable({phrase_key(k, lang): str(v) for k, v in data["qualifiers"].items()}),
        "identifier_cues": word_set(data["identifier_cues"], lang),
        "name_cues": word_set(data.get("name_cues"), lang),
        "street_cues": word_set(data.get("street_cues"), lang),
        "clock_cues": word_set(data.get("clock_cues"), lang),
        "clock_after": word_set(data.get("clock_after"), lang),
        "phone_cues": word_set(data.get("phone_cues"), lang),
        "year_cues": word_set(data["year_cues"], lang),
        "measure_units": PhraseTable({phrase_key(k, lang): str(v) for k, v in data["units"].items()}),
        "not_counted": word_set(data["not_counted"], lang),
        "waw_nouns": word_set(data.get("waw_nouns"), lang),
        "count_nouns": word_set(data.get("count_nouns"), lang),
        "time_nouns": word_set(data.get("time_nouns"), lang),
        "change_verbs": tuple(word_key(w, lang) for w in data.get("change_verbs") or []),
        "sentence_abbreviations": frozenset(str(w) for w in data.get("sentence_abbreviations") or []),
        "sentence_abbreviations_continued": frozenset(str(w) for w in
                                                      data.get("sentence_abbreviations_continued") or []),
        "age_nouns": word_set((data.get("age") or {}).get("nouns"), lang),
        "age_cues_before": word_set((data.get("age") or {}).get("cues_before"), lang),
        "age_cues_right_before": word_set((data.get("age") or {}).get("right_before"), lang),
        "age_month_nouns": word_set((data.get("age") or {}).get("month_nouns"), lang),
        "age_month_cues_before": word_set((data.get("age") or {}).get("month_cues_before"), lang),
        "age_old_only_nouns": {word_key(k, lang): str(v) for k, v in
                               ((data.get("age") or {}).get("old_only_nouns") or {}).items()},
        "age_after": tuple(phrase_key(x, lang) for x in (data.get("age") or {}).get("after") or []),
        "dual_nouns": word_set((data.get("duals") or {}).get("nouns"), lang) |
            _feminine_cases((data.get("duals") or {}).get("nouns"), lang) | _dual_forms(data.get("duals") or {}, lang),
        "dual_emphasis": word_set((data.get("duals") or {}).get("emphasis"), lang),
        "countable_singulars": _dual_singulars(data.get("duals") or {}, lang),
        "compound_nouns": word_set(data.get("compound_nouns"), lang),
        "identifier_cues_exact": frozenset(normalize_word(str(w)) for w in data["identifier_cues"]),
    }


# Roles whose words are tried in order (tuples); every other role is a set.


_ORDERED_PROCLITICS = ("membership", "weekday", "relative_day", "weekday_after_word", "dual_noun", "month",
                       "month_two_words", "number_word", "currency_cue", "definite_preposition")


_SET_PROCLITICS = ("year_glued", "phrase_before", "definite_number")


_WORD_STRINGS = ("definite_article", "and_prefix", "fiscal_year_cue", "report_complement_prefix")


_ORDERED_WORDS = ("post_office_box", "adjective_endings", "definite_adjective_endings", "dual_adjective_endings",
                  "respectively_words")


def _roles(data: dict[str, Any], lang: str) -> dict[str, Any]:
    """Language fields from `proclitics_by_rule`, `rule_words` and `currency_compound_adjectives`."""
    procl = data.get("proclitics_by_rule") or {}
    words = dict(data.get("rule_words") or {})
    known = set(_ORDERED_PROCLITICS) | set(_SET_PROCLITICS)
    if set(procl) - known:
        raise ValueError(f"language data {lang}: unknown proclitics_by_rule {sorted(set(procl) - known)}")
    fields: dict[str, Any] = {f"proclitics_{r}": tuple(word_key(w, lang) for w in procl.get(r) or [])
                              for r in _ORDERED_PROCLITICS}
    fields.update({f"proclitics_{r}": word_set(procl.get(r), lang) for r in _SET_PROCLITICS})
    fields["membership_first_letters"] = "".join(sorted({p[0] for p in fields["proclitics_membership"]}))
    for name in _WORD_STRINGS:
        fields[name] = word_key(words.pop(name), lang) if name in words else ""
    for name in _ORDERED_WORDS:
        fields[name] = tuple(word_key(w, lang) for w in words.pop(name, None) or [])
    for name, values in words.items():
        if name not in Language.__dataclass_fields__:
            raise ValueError(f"language data {lang}: unknown rule_words role {name!r}")
        fields[name] = word_set(values, lang)
    fields["currency_compound_adjectives"] = keyed_by_word(data.get("currency_compound_adjectives"), lang)
    return fields


def _phrase_map(mapping: dict[Any, Any] | None, lang: str) -> dict[tuple[str, ...], int]:
    return {phrase_key(k, lang): int(v) for k, v in (mapping or {}).items()}


def _month_day_map(mapping: dict[str, str] | None, lang: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """Names of a day of every year to (month, day): "Christmas Day": "12-25"."""
    table: dict[tuple[str, ...], tuple[int, int]] = {}
    for name, month_day in (mapping or {}).items():
        month, day = str(month_day).split("-")
        table[phrase_key(name, lang)] = (int(month), int(day))
    return table


def _exact_forms(words: list[str] | None, lang: str) -> dict[tuple[str, ...], frozenset[str]]:
    """Month names that normalize onto an ordinary word: the original spelling must match ("آب", not "أب")."""
    table: dict[tuple[str, ...], set[str]] = {}
    for w in words or []:
        table.setdefault((word_key(w, lang),), set()).add(str(w))
    return {k: frozenset(v) for k, v in table.items()}


def _derive(lg: Language) -> None:
    """Tables computed from the data once, at load: anchor word sets, month and percent first words, the pattern
    of each currency's cue words, and the currencies whose cues name a people."""
    arabic = lg.lang == "ar"
    construct = frozenset(w for w in lg.dual_nouns if w.endswith("تا"))  # "سيارتا إسعاف": only before their noun
    lg.dual_nouns -= construct & lg.currency_words.keys()  # "50 سنتا" is cents, not "سنة" in construct
    lg.construct_duals |= construct
    other_anchors = _anchor_words(lg)
    anchor_words = other_anchors | lg.lone_one_openers  # "only one showed"
    lg.lone_one_only_anchors = lg.lone_one_openers - other_anchors
    words = set(anchor_words)
    if arabic:
        # Glued forms that are function words ("ال" + "ذي" of "ذي الحجة" is "الذي") would only waste work.
        words |= {p + w for p in lg.proclitics for w in anchor_words} - lg.not_counted
        words |= {"لل" + w[2:] for w in anchor_words if w.startswith("ال")}  # "للسادس": ل + ال
    else:
        cased = {k[0] for k in lg.months} | set(lg.weekdays)
        words -= {w.lower() for w in cased} | cased
        words -= {w for w, v in lg.units.items() if v < lg.min_standalone} - lg.lone_unit_anchors  # "one each in"
    lg.full_anchors = frozenset(words)
    lg.dual_pair_anchor_endings = tuple(sorted(lg.dual_pair_feminine_endings | lg.dual_pair_adjective_endings |
                                               lg.dual_pronoun_endings))  # "عنهما" (counts_dual_agree_ar)
    lg.dual_pair_not_anchor_endings = tuple(sorted(lg.dual_pair_not_endings))
    lg.number_words = frozenset(lg.units) | set(lg.tens) | set(lg.hundreds) | set(lg.scales) | set(lg.duals) | \
        set(lg.fractions)
    lg.case_anchors = frozenset({k[0] for k in lg.months} | set(lg.weekdays)) if lg.case_sensitive_months \
        else frozenset()
    first = {k[0] for k in lg.months} | {k[0] for k in lg.hijri_months}
    first |= {p + w for p in lg.proclitics_month for w in first}  # (none for English)
    lg.month_first_words = frozenset(first)
    phrases = [*lg.basis_phrases, *lg.point_phrases, *lg.percent_phrases]
    lg.percent_first_words = None if any(not ph for ph in phrases) else \
        frozenset(ph[0] for ph in phrases) | lg.percent_words
    procl = lg.proclitics_currency_cue
    prefix = "(?:" + "|".join(regex.escape(p) for p in procl) + ")?" if procl else ""
    endings = sorted(lg.nisba_endings, key=len, reverse=True)  # "الكويتيون", "سودانيا" after a cue "الكويتي"
    suffix = "(?:(?<=ي)(?:" + "|".join(regex.escape(e) for e in endings) + "))?" if endings else ""
    lg.cue_patterns = {code: currency_cue_pattern(lg, cues, prefix, suffix)
                       for code, cues in lg.currency_cues.items() if cues}
    whole = [cur for cur in lg.currency_words.values() if cur.divisor == 1]
    lg.several_country_codes = frozenset(c for cur in whole for c in cur.candidates)
    lg.figure_closers = frozenset(w.lower() for w in (*lg.currency_words, *lg.scales, *lg.percent_words,
                                                      *lg.measure_units.first_words))
    lg.currency_abbreviations_by_first = by_first_token(lg.currency_abbreviations)
    lg.sentence_continuing_words = frozenset(w for w in lg.weekdays if w[:1].isupper())  # "10 a.m. Monday"
    lg.local_codes_no_usual = frozenset(c for cur in whole if cur.code is None for c in cur.candidates
                                        if c not in cur.named_only)
    people = tuple(lg.currency_people_cues)
    lg.currency_people_codes = frozenset(code for code, words in lg.currency_cues.items()
                                         if any(normalize_word(w).endswith(people) for w in words))
