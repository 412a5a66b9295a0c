"""Window: the one parse loop over a window's tokens, and the order in which the rules are tried.

At a number: not-claim rules first (claims/rules/not_claims/), then dates (claims/rules/dates/), then
quantities (claims/rules/quantity.py: percent, money, count, number). At an anchor word: dates, then Arabic dual
nouns, then quantities. The first rule that answers wins: a list of drafts (claims), a Skip (a span that is not a
claim, consumed) or None (try the next token).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.engine.cursor import Cursor
from claims.engine.marks import DASHES
from claims.engine.types import NUM, SYM, Draft, Skip, Tok
from claims.rules.counts import CountRules
from claims.rules.counts_ar import CountRulesAr
from claims.rules.counts_compound_ar import CompoundTallyRulesAr
from claims.rules.counts_definite_ar import DefiniteCountRulesAr
from claims.rules.counts_dual_agree_ar import DualAgreementRulesAr
from claims.rules.counts_dual_ar import DualCountRulesAr
from claims.rules.counts_en import CountRulesEn
from claims.rules.counts_group_ar import GroupNounRulesAr
from claims.rules.counts_implied_ar import ImpliedCountRulesAr
from claims.rules.counts_one_ar import OneCountRulesAr
from claims.rules.counts_other_ar import OtherCountRulesAr
from claims.rules.counts_parts_ar import PartCountRulesAr
from claims.rules.counts_period_one_en import QualifiedPeriodRulesEn
from claims.rules.counts_ranked_ar import RankedCountRulesAr
from claims.rules.dates.calendar import CalendarRules
from claims.rules.dates.day import DayRules
from claims.rules.dates.month import MonthRules
from claims.rules.dates.numeric import NumericDateRules
from claims.rules.dates.relative import RelativeDateRules
from claims.rules.dates.relative_ar import RelativeDateRulesAr
from claims.rules.dates.relative_month import RelativeMonthRules
from claims.rules.dates.report_time_ar import ReportTimeRulesAr
from claims.rules.dates.report_time_en import ReportTimeRulesEn
from claims.rules.dates.year import YearRules
from claims.rules.dates.year_context import YearContextRules
from claims.rules.dates.year_spelled_ar import SpelledYearRulesAr
from claims.rules.lists import ListRules
from claims.rules.lists_words_ar import WordListRulesAr
from claims.rules.lists_words_en import WordListRulesEn
from claims.rules.money import MoneyRules
from claims.rules.money_ar import MoneyRulesAr
from claims.rules.money_bare_ar import BareAmountRulesAr
from claims.rules.money_fx_en import FxPriceRulesEn
from claims.rules.multiple_verbs_ar import MultipleVerbRulesAr
from claims.rules.not_claims.clock_times import ClockTimeRules
from claims.rules.not_claims.figures import FigureRules
from claims.rules.not_claims.framing_criteria_en import CriterionDurationRulesEn
from claims.rules.not_claims.framing_durations import FramingDurationRules
from claims.rules.not_claims.framing_how_long_en import HowLongRulesEn
from claims.rules.not_claims.identifiers import IdentifierRules
from claims.rules.not_claims.idioms_ar import IdiomRulesAr
from claims.rules.not_claims.idioms_en import IdiomRulesEn
from claims.rules.not_claims.labels_ar import LabelRulesAr
from claims.rules.not_claims.list_numbering import ListNumberingRules
from claims.rules.not_claims.model_designations import ModelDesignationRules
from claims.rules.not_claims.model_years_en import ModelYearRulesEn
from claims.rules.not_claims.names_en import NameRulesEn
from claims.rules.not_claims.numbers import NotClaimRules
from claims.rules.not_claims.phone_numbers import PhoneNumberRules
from claims.rules.not_claims.race_distances import RaceDistanceRules
from claims.rules.not_claims.ranks import RankRules
from claims.rules.not_claims.scores import ScoreRules
from claims.rules.not_claims.scores_ar import ScoreRulesAr
from claims.rules.not_claims.sms_codes import SmsCodeRules
from claims.rules.not_claims.spec_percent_en import SpecPercentRulesEn
from claims.rules.not_claims.tatweel_ar import TatweelRulesAr
from claims.rules.numbers.compound_ar import CompoundNumberRulesAr
from claims.rules.numbers.compound_en import CompoundNumberRulesEn
from claims.rules.numbers.digits import DigitRules
from claims.rules.numbers.millions_before_en import MillionsBeforeRulesEn
from claims.rules.numbers.words import WordNumberRules
from claims.rules.package_basis_en import PackageBasisRulesEn
from claims.rules.percent import PercentRules
from claims.rules.quantity import QuantityRules
from claims.rules.race_times_en import RaceTimeRulesEn
from claims.rules.shares import ShareRules

if TYPE_CHECKING:
    from claims.engine.extractor import Extractor


class Rules(
    NotClaimRules,
    ListNumberingRules,
    ClockTimeRules,
    PhoneNumberRules,
    IdentifierRules,
    LabelRulesAr,
    ModelDesignationRules,
    ScoreRules,
    ScoreRulesAr,
    NameRulesEn,
    ModelYearRulesEn,
    SpecPercentRulesEn,
    IdiomRulesEn,
    IdiomRulesAr,
    TatweelRulesAr,
    FigureRules,
    SmsCodeRules,
    RankRules,
    RaceDistanceRules,
    FramingDurationRules,
    CriterionDurationRulesEn,
    HowLongRulesEn,
    DayRules,
    MonthRules,
    NumericDateRules,
    YearRules,
    YearContextRules,
    SpelledYearRulesAr,
    RelativeDateRules,
    RelativeDateRulesAr,
    RelativeMonthRules,
    ReportTimeRulesAr,
    ReportTimeRulesEn,
    CalendarRules,
    QuantityRules,
    PackageBasisRulesEn,
    QualifiedPeriodRulesEn,
    ListRules,
    ShareRules,
    MoneyRules,
    MoneyRulesAr,
    FxPriceRulesEn,
    RaceTimeRulesEn,
    PercentRules,
    MultipleVerbRulesAr,
    BareAmountRulesAr,
    CountRules,
    CountRulesAr,
    DualCountRulesAr,
    GroupNounRulesAr,
    DualAgreementRulesAr,
    OneCountRulesAr,
    OtherCountRulesAr,
    WordListRulesAr,
    WordListRulesEn,
    CompoundTallyRulesAr,
    DefiniteCountRulesAr,
    CountRulesEn,
    ImpliedCountRulesAr,
    PartCountRulesAr,
    RankedCountRulesAr,
    WordNumberRules,
    DigitRules,
    MillionsBeforeRulesEn,
    CompoundNumberRulesAr,
    CompoundNumberRulesEn,
):
    """Every rule module's mixin, joined (a method is defined in one of them only: tests/unit/claims)."""


class Window(Rules):
    """Every rule over one window's tokens; parse() walks the tokens and tries them in order."""

    # The caches rules fill lazily, once a window, live in slots too (Cursor's own attributes do: engine/cursor.py):
    # in the instance dict, a key first set after many windows were made is one the dict shared by every window no
    # longer takes (CPython 3.11), and each such window's dict becomes a plain one, on which the interpreter's
    # specialized attribute and method reads fail (slotting them made English extraction about 15% faster). A rule
    # that adds a cache adds it here, with the default its mixin declares (tests/unit/claims/test_window_mixins.py).
    __slots__ = ("_bracketed_from", "_breakdown_tallies", "_counts", "_full_months", "_gapped_links", "_habitual_ends",
                 "_parallel_ends", "_ranking_cue", "_view", "_window_before", "dot_count_bare", "dot_count_from",
                 "no_day_word")

    def __init__(self, ex: Extractor, toks: list[Tok], index: int) -> None:
        # (Cursor's, called by name: super() looks for __init__ class by class through the hundred mixins before it,
        # which cost more than the rest of making a window)
        Cursor.__init__(self, ex, toks, index)
        # (a slot hides the class attribute its mixin gives as the default: set each here, as the mixin declares it)
        self._bracketed_from = self._breakdown_tallies = self._counts = self._full_months = self._gapped_links = None
        self._habitual_ends = self._parallel_ends = self._ranking_cue = self._view = self._window_before = None
        self.dot_count_from = None
        self.dot_count_bare: frozenset[int] = frozenset()
        self.no_day_word = -1

    def parse(self, anchors: list[int]) -> list[Draft]:
        """The claims of the window, whose anchors (the offsets where a claim may start, in order) are `anchors`."""
        drafts: list[Draft] = []
        masked = self.ex.masked if self.ex.masks else None
        toks, n = self.toks, self.n
        # Only a number or an anchor word can start a claim (any other token moves the walk on by one): the walk
        # visits those alone, in order, less the ones inside what a rule consumed. Every number starts an anchor
        # (a digit run: no tiling starts a number after a digit), so the tokens are those that start at an anchor
        # and are no symbol: each found by bisection (a window holds one or two anchors and dozens of tokens).
        starts: list[int] = []
        for a in anchors:
            k = self._index_after(a)
            if k < n and toks[k].start == a and toks[k].kind != SYM and (not starts or starts[-1] != k):
                starts.append(k)  # (an offset may be listed twice: by a word and by a phrase of time)
        if self.ar:
            self.last_scaled = self.ex.wrapped_scaled(self.index)  # a sentence a line wrap cut (engine/extractor.py)
        i = 0
        for k in starts:
            if k < i:
                continue
            t = toks[k]
            if masked is not None and masked(t.start, t.end):
                continue  # in a URL, an e-mail address or a hashtag
            result: list[Draft] | Skip | None = self.at_number(k) if t.kind == NUM else self.at_word(k)
            if result is None:
                continue
            if isinstance(result, Skip):
                i = max(result.next_i, k + 1)
            else:
                for d in result:
                    d.sentence = self.index
                # A duration that only frames other figures is no claim (rules/not_claims/framing_durations.py),
                # nor a threshold wait a figure counts (framing_criteria_en.py), nor are the goals of a score in words
                # (scores_ar.py).
                drafts.extend(d for d in result if not self._framing_duration(k, d) and
                              not (self._word_score(d) if self.ar else self._criterion_duration_en(k, d)))
                i = max(self._index_after(result[-1].end), k + 1)
        if self.last_scaled is not None and self.ar:
            self.ex.note_scaled(self.index, self.last_scaled)
        return drafts

    def at_number(self, i: int) -> list[Draft] | Skip | None:
        nxt = self.tok(i + 1)
        if self.ar and nxt is not None and nxt.text == ":" and (race := self.race_time_ar(i)) is not None:
            return race  # rules/counts_ar.py: "في زمن 2:11:47 ساعة" (before clock times are skipped)
        if not self.ar and nxt is not None and nxt.text == ":" and (race := self.race_time_en(i)) is not None:
            return race  # rules/race_times_en.py: "a time of 14:02.57" (before clock times are skipped)
        if not self.ar and nxt is not None and (nxt.text in DASHES or nxt.key in self.language.tally_links) and \
                (votes := self.vote_tally_en(i)) is not None:
            return votes  # rules/counts_en.py: "voted 8-1", "by a 5-4 vote", "voted 22 to 3" (before a score is
            # skipped)
        if not self.ar and nxt is not None and nxt.key in self.language.times_glued_letters and \
                (times := self.times_glued_en(i)) is not None:
            return times  # rules/counts_en.py: "a 3X-weekly service", "flies 4x daily"
        if not self.ar and nxt is not None and (nxt.kind == NUM or nxt.text == "/"):
            found = (self._month_day_en(i) if nxt.text == "/" else None) or \
                self.slash_fraction(i)  # rules/dates/numeric.py: "on 5/14"; rules/shares.py: "3/4 of", "2 1/2 miles"
            if found is not None:
                return found
        skip = self.negative_number(i)
        if skip is not None:
            return skip
        if self.list_follows(i):  # "15 و30 و45 و200 باوند", "بين 2000 و3000 ريال": before a year is read
            found = self.unit_list(i)
            if found is not None:
                return found
        found = self.date_from_number(i)
        if found is not None:
            return found
        return self.quantity(i)

    def at_word(self, i: int) -> list[Draft] | Skip | None:
        key = self.toks[i].key
        data = self.language
        if key in data.lone_one_only_anchors and data.units.get(self.word_key(i + 1) or "") != 1:
            return None  # "only", "just" with no "one" after them (rules/numbers/words.py _lone_one_en)
        found = self.date_from_word(i)
        if found is not None:
            return found
        if key in data.dual_emphasis and (emphasized := self.emphasized_dual_ar(i)):
            return emphasized  # "إصابة مقاتلين اثنين" (rules/counts_dual_ar.py)
        if self.no_day_word != i:  # (else date_from_word found the key in neither table: rules/dates/relative.py)
            weekday = self.strip(key, data.weekdays, data.proclitics_weekday)
            if (weekday and weekday[1] not in data.weekday_needs_direction) or \
                    self.strip(key, data.relative_days, data.proclitics_relative_day):
                return None  # ("الخمس" without a word of direction is a number, not Thursday)
        if data.dual_nouns:
            dual = self.strip(key, data.dual_nouns, data.proclitics_dual_noun)
            if dual is not None:
                return self._dual(i, len(dual[0]))
        if data.tally_words and (tally := self.tally_word_ar(i) if self.ar else self.word_count_en(i)):
            return tally  # "سجل هاتريك": three goals (counts_dual_ar.py); "a brace", "a single year" (counts_words_en)
        if data.group_nouns and (group := self.group_noun_ar(i)):
            return group  # "واصل الثلاثي سالم وفهد وماجد": the members named (rules/counts_group_ar.py)
        if data.dual_pair_anchor_endings and (pair := self.dual_pair_ar(i)):
            return pair  # "هزتين أرضيتين", "مواطنان فلسطينيان" (rules/counts_dual_ar.py)
        if data.dual_agreement_verbs and (pair := self.dual_agreement_ar(i)):
            return pair  # "قاربين كانا", "مواطنَين ... عنهما", "بينهم مصريان" (rules/counts_dual_agree_ar.py)
        if data.single_period_openers and (single := self._single_period_ar(i) or self.ordinal_age_ar(i) or
                                           self.year_of_life_age_ar(i) or
                                           self.measure_dual_ar(i) or self.margin_one_ar(i) or
                                           self.unit_range_bound_ar(i) or
                                           self.whole_period_ar(i)):
            return single  # "لمدة عام": one year; "في العشرين من عمرها": an age; "مترين"; "بفارق نقطة"; "عام كامل"
        if self.ar or not self._capitalized_inside(i) or self.titled_amount_en(i):  # (rules/money.py)
            # not_claims/ranks.py: "العدد ثلاثة"; not_claims/idioms_en.py: "ten to one"; idioms_ar.py: "ألف حساب"
            found = self._named_concept(i) or (
                self._not_a_number_word_ar(i) or self.one_and_fraction_ar(i) or self.word_pair_ar(i) if self.ar else
                self._idiom_en(i) or self._priced_type_en(i) or self.word_pair_en(i)) or self.quantity(i)
            # ("for a two-bedroom": not_claims; "لست وسبع سنوات": lists_words_ar.py, "three or four years":
            # lists_words_en.py; each language's own only)
            if found is None:  # "ثلث الكلفة", "two-thirds of voters" (rules/shares.py); "التلال السبعة"
                return self.share(i) or self.percent_read_back(i) or (  # "عضوا واحدا فقط" (rules/counts_one_ar.py)
                    self.definite_cardinal(i) or self.definite_amount(i) or self.one_only_ar(i) if self.ar else None)
            return found
        return None

