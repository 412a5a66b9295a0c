"""Framing words: a period that frames other figures ("in the past five years") is no claim
(claims/rules/not_claims/framing*.py, counts_definite_ar.py).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class FrameRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    # "العقود الثلاثة الماضية": a definite cardinal of time framing other figures (rules/counts_definite_ar.py).
    cardinal_frame_nouns: frozenset[str] = frozenset()
    cardinal_frame_long_nouns: frozenset[str] = frozenset()  # "في الأشهر الأربعة": months and longer frame (ar)
    cardinal_frame_after: frozenset[str] = frozenset()
    # "على مدى السنوات الأربع المقبلة": a plan's length over the coming years counts (ar; counts_definite_ar)
    cardinal_span_words: frozenset[str] = frozenset()
    cardinal_future_after: frozenset[str] = frozenset()
    cardinal_span_proclitics: frozenset[str] = frozenset()  # "للسنوات الثلاث المقبلة": for the coming years (ar)
    frame_words: frozenset[str] = frozenset()
    frame_throughout_words: frozenset[str] = frozenset()  # "طيلة السنوات السبع" alone: how long (ar)
    frame_span_words: frozenset[str] = frozenset()  # "على مدى 54 عاما": a two-word frame word, its second word (ar)
    frame_span_links: frozenset[str] = frozenset()  # ... and the word before it ("على")
    frame_span_units: frozenset[str] = frozenset()  # years and longer, which such a span frames (ar)
    frame_last_words: frozenset[str] = frozenset()  # "خلال آخر 10 سنوات": "the last" before its period (ar)
    deadline_verbs: frozenset[str] = frozenset()  # "أن ينجز خلال ثلاثة أعوام": the period is a deadline (ar)
    frame_period_nouns: frozenset[str] = frozenset()  # "خلال فترة الـ7 أشهر": the period named before its length (ar)
    frame_prepositions: frozenset[str] = frozenset()
    frame_modifiers: frozenset[str] = frozenset()
    frame_same_modifiers: frozenset[str] = frozenset()  # "the same five weeks last year": a base (en)
    frame_owner_articles: frozenset[str] = frozenset()  # "over its seven days": as "the" after a frame word (en)
    frame_lookback_modifiers: frozenset[str] = frozenset()  # "compared to the previous nine weeks": a base (en)
    frame_base_links: frozenset[str] = frozenset()  # "than", "against", "from" before such a look back (en)
    frame_comparison_links: frozenset[str] = frozenset()  # "to", "with" after "compared" (en)
    frame_comparison_words: frozenset[str] = frozenset()  # "compared", "relative" before "to"/"with" (en)
    frame_spent_verbs: frozenset[str] = frozenset()  # "أمضى الـ15 عاما الماضية في المنفى": how long, no frame (ar)
    frame_ends: frozenset[str] = frozenset()
    frame_prepositions_modified: frozenset[str] = frozenset()  # "of the last 25 years" (en)
    frame_prepositions_ended: frozenset[str] = frozenset()  # "for the final two weeks of 2019" (en)
    frame_plan_prepositions: frozenset[str] = frozenset()  # "over the next four years": a plan's length (en)
    frame_plan_modifiers: frozenset[str] = frozenset()
    frame_occasion_words: frozenset[str] = frozenset()  # "three times the last two seasons": a look back (en)
    frame_partitive_after: frozenset[str] = frozenset()  # "9 times out of the last 12 seasons": a part (en)
    frame_superlatives: frozenset[str] = frozenset()  # "the fastest rate in six years": framing (en)
    frame_definite_superlatives: frozenset[str] = frozenset()  # "الزيادة الأكبر خلال 3 أيام": a record (ar)
    age_category_nouns: frozenset[str] = frozenset()  # "منتخب ... تحت 20 عاما": a team's age category (ar)
    age_category_links: frozenset[str] = frozenset()  # "تحت", "دون", "أقل (من)" before the age limit (ar)
    frame_after: frozenset[str] = frozenset()
    minute_mark_links: frozenset[str] = frozenset()  # "scored on nine minutes": the minute of play (en)
    minute_mark_units: frozenset[str] = frozenset()
    minute_mark_after: frozenset[str] = frozenset()  # "scored three minutes into the second half" (en)
    minute_mark_later: frozenset[str] = frozenset()  # "ten minutes later" in a match: the minute of play (en)
    minute_mark_context: frozenset[str] = frozenset()  # "scored", "lead", "goal": a sentence of a match (en)
    minute_mark_clock_links: frozenset[str] = frozenset()  # "four minutes from time": when in the match (en)
    minute_mark_clock_ends: frozenset[str] = frozenset()
    minute_mark_clock_halves: frozenset[str] = frozenset()  # "half-time", "full time"
    minute_mark_clock_modifiers: frozenset[str] = frozenset()  # "the final whistle"
    frame_total_links: frozenset[str] = frozenset()  # "150mm of rain in 36 hours": a total's period frames (en)
    frame_opening_adverbs: frozenset[str] = frozenset()  # "In only four years, N died": framing (en)
    frame_total_not_units: frozenset[str] = frozenset()  # ("in 9.58 seconds": a race's time is the figure)
    frame_comparison_ends: frozenset[str] = frozenset()  # "than three months earlier" frames (en)
    frame_units_long: frozenset[str] = frozenset()
    frame_units_short: frozenset[str] = frozenset()
    frame_compound_nouns: frozenset[str] = frozenset()  # "a 52-week high": a period compound that frames (en)
    frame_span_compound_nouns: frozenset[str] = frozenset()  # "in its 20-year history": ... only after these (en)
    frame_span_prepositions: frozenset[str] = frozenset()  # "in", "during": a span something happened in (en)
    frame_each_words: frozenset[str] = frozenset()  # "in each of the past 13 years": a count, no frame (en)
    # Durations that frame (not_claims/framing_durations.py; en): "in the 20-day period" (a period noun after a
    # compound, "the" and a frame preposition); minutes or seconds "left", "to go" in a game (its clock)
    frame_period_nouns: frozenset[str] = frozenset()
    frame_period_modifiers: frozenset[str] = frozenset()  # "across the same 7-month period" (en)
    frame_indefinite_articles: frozenset[str] = frozenset()  # "over a two-year period" (en)
    # "prices we haven't seen in four years": a negated verb of these frames the period after it like a record (en)
    frame_negated_verbs: frozenset[str] = frozenset()
    negation_words: frozenset[str] = frozenset()
    clock_left_words: frozenset[str] = frozenset()
    clock_left_links: frozenset[str] = frozenset()
    clock_left_verbs: frozenset[str] = frozenset()
    clock_game_periods: frozenset[str] = frozenset()  # "three minutes of normal time left" (en)
    clock_on_links: frozenset[str] = frozenset()  # "with 10 minutes on the clock" (en)
    clock_nouns: frozenset[str] = frozenset()
    frame_bare_modifiers: frozenset[str] = frozenset()  # "in last 12 days": "the" left out, a look back (en)
    criterion_wait_verbs: frozenset[str] = frozenset()  # "patients waiting over six months": a class of waits (en)
    criterion_thresholds: frozenset[str] = frozenset()
    frame_course_nouns: frozenset[str] = frozenset()  # "over the course of the 3-month period" (en)
