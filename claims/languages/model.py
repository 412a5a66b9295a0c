"""The loaded form of a language's data (claims/languages/<lang>.yaml): `Language`, its `Currency` entries
(model_money.py) and `PhraseTable`, a phrase lookup that knows the first and last words of its phrases.

`Language` holds the core tables, the proclitics by rule, a few general words and the tables derived at load; it
inherits the word roles of the rules, one class per job, each in its own module: model_money (amounts, prices,
exchange rates), model_dates, model_report_time, model_counts, model_ages_duals, model_numbers (figures, rates,
measures), model_shares, model_ranges, model_frames (framing durations) and model_not_claims. A new role goes
in the module of the rule that reads it, with a default (a role a language does not use stays empty)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, TypeVar

import regex

from claims.languages.model_ages_duals import AgeDualRoles
from claims.languages.model_counts import CountRoles
from claims.languages.model_dates import DateRoles
from claims.languages.model_frames import FrameRoles
from claims.languages.model_money import Currency, MoneyRoles
from claims.languages.model_not_claims import NotClaimRoles
from claims.languages.model_numbers import NumberRoles
from claims.languages.model_ranges import RangeRoles
from claims.languages.model_report_time import ReportTimeRoles
from claims.languages.model_shares import ShareRoles

V = TypeVar("V")


class PhraseTable(dict[tuple[str, ...], V], Generic[V]):
    """Phrases (tuples of word keys) to values, with the first and last words of its phrases: a cheap test
    before building token tuples."""

    __slots__ = ("first_words", "last_words")

    def __init__(self, items: dict[tuple[str, ...], V]) -> None:
        super().__init__(items)
        self.first_words = frozenset(k[0] for k in self)
        self.last_words = frozenset(k[-1] for k in self)


@dataclass(slots=True)
class Language(RangeRoles, NumberRoles, ShareRoles, MoneyRoles, CountRoles, AgeDualRoles, DateRoles,
               ReportTimeRoles, FrameRoles, NotClaimRoles):
    lang: str
    case_sensitive_months: bool
    proclitics: tuple[str, ...]
    units: dict[str, int]
    teen_words: frozenset[str]
    tens: dict[str, int]
    hundreds: dict[str, int]
    scales: dict[str, int]
    vague_alone: frozenset[str]
    duals: dict[str, int]
    fractions: dict[str, Decimal]
    min_standalone: int
    article_words: frozenset[str]
    scale_suffixes: dict[str, int]
    percent_words: frozenset[str]
    percent_phrases: list[tuple[str, ...]]
    point_phrases: list[tuple[str, ...]]
    basis_phrases: list[tuple[str, ...]]
    currency_words: dict[str, Currency]
    currency_adjective_words: dict[str, Currency]  # words that name a currency only with its adjective ("بات")
    currency_symbols: dict[str, Currency]
    currency_abbreviations: dict[tuple[str, ...], Currency]
    currency_cues: dict[str, list[str]]
    months: dict[tuple[str, ...], int]
    month_needs_context: frozenset[str]
    month_exact: dict[tuple[str, ...], frozenset[str]]
    month_cues_before: frozenset[str]
    month_not_after: frozenset[str]
    hijri_months: dict[tuple[str, ...], int]
    gregorian_year_markers: frozenset[str]
    hijri_year_markers: frozenset[str]
    ordinal_days: PhraseTable[int]
    day_of_month_links: frozenset[str]
    weekdays: dict[str, int]
    weekday_not_after: frozenset[str]
    weekday_past: frozenset[str]
    weekday_future: frozenset[str]
    relative_days: dict[str, int]
    relative_day_phrases: PhraseTable[int]
    # Fixed-date holidays ("Christmas Day" -> (12, 25)) and their anchors, the word before each name's last (derived)
    holiday_days: PhraseTable[tuple[int, int]]
    holiday_anchors: frozenset[str]
    # Feasts by their days ("ثالث أيام عيد الفطر" -> 3 Shawwal): name -> (Hijri month, first day; (0, 0): the nearer
    # of the others), and the ordinals that count the days
    feast_days: PhraseTable[tuple[int, int]]
    feast_day_ordinals: dict[str, int]
    today_not_after: frozenset[str]
    qualifiers: PhraseTable[str]
    identifier_cues: frozenset[str]
    name_cues: frozenset[str]
    street_cues: frozenset[str]
    clock_cues: frozenset[str]
    clock_after: frozenset[str]
    phone_cues: frozenset[str]
    year_cues: frozenset[str]
    measure_units: PhraseTable[str]
    not_counted: frozenset[str]
    waw_nouns: frozenset[str]
    count_nouns: frozenset[str]
    time_nouns: frozenset[str]
    change_verbs: tuple[str, ...]
    sentence_abbreviations: frozenset[str]
    # "a.m", "p.m": a dot after these ends no sentence before a word in lower case or a weekday ("10 a.m. Monday,")
    sentence_abbreviations_continued: frozenset[str] = frozenset()
    sentence_continuing_words: frozenset[str] = frozenset()  # derived: the weekdays as written, capitalized (en)
    # Identifier cues as written: English ones count only with the case the data gives ("Top 20", not "top 12").
    identifier_cues_exact: frozenset[str] = frozenset()
    max_phrase: int = 4
    # Proclitics each rule strips, in the order tried (`proclitics_by_rule` in the data; empty for English).
    proclitics_membership: tuple[str, ...] = ()
    membership_first_letters: str = ""  # first letters of proclitics_membership: a cheap test first
    proclitics_weekday: tuple[str, ...] = ()
    proclitics_relative_day: tuple[str, ...] = ()
    proclitics_weekday_after_word: tuple[str, ...] = ()
    proclitics_dual_noun: tuple[str, ...] = ()
    proclitics_month: tuple[str, ...] = ()
    proclitics_month_two_words: tuple[str, ...] = ()
    proclitics_year_glued: frozenset[str] = frozenset()
    proclitics_number_word: tuple[str, ...] = ()
    proclitics_currency_cue: tuple[str, ...] = ()
    proclitics_phrase_before: frozenset[str] = frozenset()
    proclitics_definite_number: frozenset[str] = frozenset()
    proclitics_definite_preposition: tuple[str, ...] = ()
    # Words the rules look for, by role (`rule_words` in the data; see the comments there).
    definite_article: str = ""
    and_prefix: str = ""
    and_words: frozenset[str] = frozenset()  # lists, ranges, compound number words ("one hundred and six")
    or_words: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()
    definite_adjective_endings: tuple[str, ...] = ()
    dual_adjective_endings: tuple[str, ...] = ()  # "ريالين سعوديين", "ليرتين تركيتين": a dual's adjective (ar)
    # Derived once, at load (claims/languages/loader.py): what the engine looks up on every text.
    # Anchor words, every word that can start a claim (loader._anchor_words): for Arabic with each proclitic glued
    # in front; for case-sensitive data the month and weekday names are in case_anchors instead, and "one" (never a
    # claim alone) is out.
    full_anchors: frozenset[str] = frozenset()
    case_anchors: frozenset[str] = frozenset()  # anchor words matched with their case ("May", not "may")
    # lone_one_openers that are an anchor for no other reason ("only", "just"): no claim starts at one unless "one"
    # follows it (parse.at_word asks no rule at the others)
    lone_one_only_anchors: frozenset[str] = frozenset()
    month_first_words: frozenset[str] = frozenset()  # every word that can open a month name (with proclitics)
    percent_first_words: frozenset[str] | None = None  # every word that can open a percent word (None: no test)
    cue_patterns: dict[str, regex.Pattern] = field(default_factory=dict)  # currency code -> its cue words
    number_words: frozenset[str] = frozenset()  # every key of units, tens, hundreds, scales, duals, fractions
