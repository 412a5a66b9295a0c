"""Word roles of the later rules (session 8 on), kept apart from model.py, which is at the module size cap:
`Language` inherits them. Each is a `rule_words` role of the language data (claims/languages/<lang>.yaml), read
by the loader as every other; a role a language does not use stays empty."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, kw_only=True)
class LaterRoles:
    tolerance_words: frozenset[str] = frozenset()  # "plus" before a minus word: "plus (or) minus 1%", no sign (en)
    # A currency word that also weighs ("pound"), read as a weight in lb before a rate per area ("1,392 pounds per
    # acre") or a metric weight in brackets ("700 pounds (320kg)"), unless a price word stands before the figure
    # ("sold for 9,000 pounds per acre"): rules/quantity.py _weighs (en).
    weight_currency_words: frozenset[str] = frozenset()
    weight_rate_links: frozenset[str] = frozenset()
    weight_rate_units: frozenset[str] = frozenset()
    weight_area_units: frozenset[str] = frozenset()  # "per acre": a weight only with a crop or yield word near
    weight_yield_words: frozenset[str] = frozenset()
    # Derived by the loader, no YAML role: the codes of whole-unit currency words several countries use
    # (rules/money_fx_ar.py: a rate's local currency), and those of such words with no usual reading, sterling left out
    # (rules/money_ar.py _odd_thousandth_ar: "ريال", "دينار", "جنيه")
    several_country_codes: frozenset[str] = frozenset()
    local_codes_no_usual: frozenset[str] = frozenset()
    metric_weight_units: frozenset[str] = frozenset()
    weight_price_words: frozenset[str] = frozenset()
    # "a vote percentage of 27.9", "the pass percentage stood at 81.5": the bare figure is a percent (en)
    percentage_nouns: frozenset[str] = frozenset()
    percentage_links: frozenset[str] = frozenset()
    # 'مدير تحرير في «أخبار اليوم»', 'لـ«اليوم السابع»': a short quoted name holding "اليوم" after one of these (or
    # an outlet noun) names an outlet, not today (ar; rules/dates/relative_ar.py _outlet_name)
    outlet_name_prepositions: frozenset[str] = frozenset()
    # A month of every year, no date (rules/dates/recurring_month_en.py; en): the nouns of a record or a mean after
    # it ("the October average"), the day parts and measures between ("December afternoon records"), the weather
    # superlatives before it that make a day part enough ("the hottest October day"), the words before it ("every
    # October") and the present-tense verbs of a year that runs every year ("The financial year runs from October 1").
    month_category_nouns: frozenset[str] = frozenset()
    month_category_modifiers: frozenset[str] = frozenset()
    month_category_superlatives: frozenset[str] = frozenset()
    recurring_month_openers: frozenset[str] = frozenset()
    recurring_span_verbs: frozenset[str] = frozenset()
    clause_contrast_words: frozenset[str] = frozenset()  # "usually in April, but this year in March": a new clause
    frame_each_words: frozenset[str] = frozenset()  # "in each of the past 13 years": a count, no frame (en)
    # A bare "1.5m" with no noun after is millions in a sentence that counts people or things and measures no
    # length (rules/numbers/digits.py _millions_in_sentence; en); the words that may follow it there
    million_context_nouns: frozenset[str] = frozenset()
    metre_context_words: frozenset[str] = frozenset()
    million_links: frozenset[str] = frozenset()
    # Barrels a day (rules/counts_en.py barrels_a_day_en; en): "mbpd", the stems before "/d" ("mb/d", "b/d"), and
    # those written in millions ("40.46 mb/d" is 40,460,000 barrels a day)
    barrel_day_words: frozenset[str] = frozenset()
    barrel_day_stems: frozenset[str] = frozenset()
    million_unit_words: frozenset[str] = frozenset()
    # "cost a quarter the price of": a fraction of a price after these is a multiple; "pay half the cost" a share;
    # "the other half" after the same share in the sentence is a share (rules/shares.py; en)
    multiple_price_nouns: frozenset[str] = frozenset()
    price_multiple_links: frozenset[str] = frozenset()
    share_complement_words: frozenset[str] = frozenset()
    # Arabic counts (session 8, OOD ar10): a part after "ضمنها" of the count before (counts_implied_ar), "عدد"
    # without a pronoun needs its noun ("بلغ عددهم 957987" does not), a term of years after a sentence's word
    # ("بالسجن المؤبد (25 عاما)": counts._age_end)
    part_pronouns_before: frozenset[str] = frozenset()
    count_of_nouns_bare: frozenset[str] = frozenset()
    sentence_term_words: frozenset[str] = frozenset()
    grade_bracket_cues: frozenset[str] = frozenset()  # "وقود السيارات الممتاز (95)": an octane in brackets (ar)
    # "مرتين" counts two when a frequency or a period follows (ar; rules/counts_dual_ar.py _twice_framed): the words
    # right after it, and after "في" the periods (or a number)
    twice_frames: frozenset[str] = frozenset()
    twice_period_links: frozenset[str] = frozenset()
    twice_periods: frozenset[str] = frozenset()
    tally_links: frozenset[str] = frozenset()  # "by five tries to one": the other side's count (counts_implied_en)
    tally_by_words: frozenset[str] = frozenset()
    digit_compound_nouns: frozenset[str] = frozenset()  # "the 13-time champion": in digits only (rules/counts.py; en)
    # Durations that frame (not_claims/framing_durations.py; en): "in the 20-day period" (a period noun after a
    # compound, "the" and a frame preposition); minutes or seconds "left", "to go" in a game (its clock)
    frame_period_nouns: frozenset[str] = frozenset()
    clock_left_words: frozenset[str] = frozenset()
    clock_left_links: frozenset[str] = frozenset()
    clock_left_verbs: frozenset[str] = frozenset()
    # "Presenting the annual budget ... on Tuesday, the minister said": an opening phrase of presenting dates the
    # report (rules/dates/report_time_en.py _participle_opens; en)
    report_opening_participles: frozenset[str] = frozenset()
    rate_base_links: frozenset[str] = frozenset()  # "per 100,000 people": the base of a rate (not_claims/idioms_en)
    # Cricket figures (rules/numbers/cricket_en.py; en): "took four for 51", "23 for six", "64 for the third wicket"
    cricket_cues: frozenset[str] = frozenset()  # a word of these in the sentence makes it a cricket report
    cricket_cue_phrases: frozenset[str] = frozenset()  # ... or a phrase ("all out"), found in the lower-case text
    cricket_links: frozenset[str] = frozenset()  # "for" between the figures
    cricket_wicket_nouns: frozenset[str] = frozenset()
    report_after_day_verbs: frozenset[str] = frozenset()  # "The bank today declared the rate": report time (en)
    report_audience_verbs: frozenset[str] = frozenset()  # "Speaking to journalists on Thursday": "to" is no break (en)
    unit_name_cues: frozenset[str] = frozenset()  # "اللواء 444": a military unit's name (ar; not_claims/identifiers)
    star_class_words: frozenset[str] = frozenset()  # "المنتجعات ذات الـ 4 والـ 5 نجوم": a hotel's class (ar)
    star_class_places: frozenset[str] = frozenset()
    same_month_phrases: frozenset[str] = frozenset()  # "لنفس الشهر من عام 2021": that year's month named before (ar)
    edition_nouns: frozenset[str] = frozenset()  # "الدورة 33 لمعرض الكتاب": an edition's number (ar; not_claims/ranks)
