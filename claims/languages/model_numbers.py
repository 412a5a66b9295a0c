"""Number and quantity words: spelled-out figures, signs, ratios, multiples, millions, rates, percents, weights
and measures (claims/rules/numbers/, quantity.py, lists.py).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class NumberRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    units_before: frozenset[str] = frozenset()  # "a magnitude 6.6 quake": a measure named before its figure (en)
    measure_continue_links: frozenset[str] = frozenset()  # "... 39 million TEUs ... at 35.3 million" (en)
    unit_name_words: frozenset[str] = frozenset()  # "20-foot equivalent units": a measure naming a unit (en)
    decimal_only_units: frozenset[str] = frozenset()  # "11.156 mills": a unit only after a decimal (en)
    # "100 م3", "500 م2": a length abbreviation with its power glued after it, an area or a volume (ar; the metre
    # "م" alone is no unit: "1991م" is a year)
    powered_units: frozenset[str] = frozenset()
    # derived at load: currency, scale, measure and percent words, which close a figure ("3. 2 جنيه": scanning)
    figure_closers: frozenset[str] = frozenset()
    # "1 in 5": the words between the two numbers of a ratio.
    ratio_words: frozenset[str] = frozenset()
    not_numbers: frozenset[str] = frozenset()
    # Words before a number that make it negative ("minus 5", "سالب 3").
    minus_words: frozenset[str] = frozenset()
    million_nouns: frozenset[str] = frozenset()
    metre_suffixes: frozenset[str] = frozenset()
    vague_scale_prefixes: frozenset[str] = frozenset()  # "multi-billion": no figure (en)
    spaced_scale_suffixes: frozenset[str] = frozenset()  # "QR 2.4 bn": a scale abbreviation after a space (en)
    spaced_capital_scales: frozenset[str] = frozenset()  # "Ksh 157 B": after a space, in capitals, after a sign (en)
    signed_scale_suffixes: frozenset[str] = frozenset()  # "EUR 40 mil": after a space, after a sign or code (en)
    fraction_links: frozenset[str] = frozenset()
    ratio_first_words: frozenset[str] = frozenset()
    ratio_round_bases: frozenset[str] = frozenset()  # "eight out of 10": a rate; "325 out of 360 seats": counts (en)
    ratio_event_nouns: frozenset[str] = frozenset()  # "10 in 12 appearances": a tally, no rate (en)
    ratio_every_words: frozenset[str] = frozenset()  # "one in every 200 people"
    ratio_times_words: frozenset[str] = frozenset()  # "nine times out of ten"
    percent_back_anchors: frozenset[str] = frozenset()  # "one per cent": the percent word is the anchor
    # Spelled-out numbers without a noun (claims/rules/numbers/words.py): "two point five", "point zero three",
    # and the linking words after which a lone small number ends its clause as the figure ("the toll rose to three.").
    decimal_point_words: frozenset[str] = frozenset()
    zero_words: frozenset[str] = frozenset()
    word_figure_links: frozenset[str] = frozenset()
    word_figure_not_after: frozenset[str] = frozenset()
    # A bare figure paired with one that has a unit takes it (claims/rules/lists.py): "4.2 مقابل 4.6 بالمائة",
    # "3ر6 بالمائة بعد أن بلغ 9ر11"
    pair_links: frozenset[str] = frozenset()
    previous_value_verbs: frozenset[str] = frozenset()
    previous_value_links: frozenset[str] = frozenset()
    previous_value_openers: frozenset[str] = frozenset()
    previous_value_fillers: frozenset[str] = frozenset()  # "بعد أن كان سعره مسجلا نحو 1870" (ar)
    word_figure_not_before: frozenset[str] = frozenset()
    # Multiples (rules/counts_en.py): "twice the figure", "six times as much", "three times more": a number.
    multiple_adverbs: dict[str, int] = field(default_factory=dict)
    multiple_verbs: dict[str, int] = field(default_factory=dict)  # "exports tripled", "تضاعفت أسعار الخبز"
    share_verbs: dict[str, int] = field(default_factory=dict)  # "prices have halved": a percent (en)
    multiple_verb_not_after: frozenset[str] = frozenset()  # "double down", "doubled as", "double digits" (en)
    multiple_verb_not_objects: frozenset[str] = frozenset()  # "doubled their lead", "ضاعف الضيوف تقدمهم": a second goal
    multiple_verb_bend_links: frozenset[str] = frozenset()  # "doubled over in pain": bent, no multiple (en)
    multiple_verb_bend_after: frozenset[str] = frozenset()
    multiple_verb_role_links: frozenset[str] = frozenset()  # "will double as a venue": serve as, no multiple (en)
    multiple_verb_role_articles: frozenset[str] = frozenset()
    multiple_verb_role_not: frozenset[str] = frozenset()  # "doubled as a result": a multiple (en)
    multiple_verb_stated_after: frozenset[str] = frozenset()  # "تضاعفت عدة مرات": the clause's own multiple (ar)
    multiple_verb_from_links: frozenset[str] = frozenset()  # "ضاعف من معاناة": heightened, no multiple (ar)
    multiple_verb_abstract_nouns: frozenset[str] = frozenset()  # "تضاعف الخطر": heightened, no multiple (ar)
    multiple_verb_noun_endings: frozenset[str] = frozenset()  # "همومنا": a pronoun ending stripped (ar)
    tally_words: dict[str, int] = field(default_factory=dict)  # "سجل هاتريك": goals a word counts (ar)
    group_nouns: dict[str, int] = field(default_factory=dict)  # "الثلاثي عبدالله وسالم وفهد": members named (ar)
    group_name_openers: frozenset[str] = frozenset()  # "الخماسي «...»": a mark opening the members' names (ar)
    group_not_name_words: frozenset[str] = frozenset()  # "الثلاثي هناك": no name after the group noun (ar)
    group_sport_adjectives: frozenset[str] = frozenset()  # "الخماسي الحديث": the pentathlon, no group (ar)
    tally_not_after: frozenset[str] = frozenset()  # "سوبر هاتريك": a title or another tally, no three (ar)
    multiple_nouns: frozenset[str] = frozenset()
    multiple_cues: frozenset[str] = frozenset()
    multiple_as_words: frozenset[str] = frozenset()
    multiple_growth_verbs: frozenset[str] = frozenset()  # "deliveries rose nearly four times to 31,200 bags" (en)
    multiple_growth_links: frozenset[str] = frozenset()  # the link after "times" there: "to", "from" (en)
    multiple_as_quantifiers: frozenset[str] = frozenset()
    multiple_as_adjectives: frozenset[str] = frozenset()  # "twice as likely to" (en)
    barrel_slip_units: frozenset[str] = frozenset()  # "1,482 million barrels per day": 1.482 million (en)
    barrel_day_links: frozenset[str] = frozenset()
    barrel_day_nouns: frozenset[str] = frozenset()
    multiple_adverb_cues: frozenset[str] = frozenset()
    occasion_time_nouns: frozenset[str] = frozenset()  # "five times that morning": occasions, no multiple (en)
    occasion_time_modifiers: frozenset[str] = frozenset()  # "12 times the following week" (en)
    glued_time_abbreviations: frozenset[str] = frozenset()  # "6.41secs": a time unit typed on its figure (en)
    occasion_adverbs: frozenset[str] = frozenset()  # "delayed twice": how often, a count when no multiple (en)
    occasion_adverb_idiom_verbs: frozenset[str] = frozenset()  # "think twice": an idiom, no count (en)
    multiple_verb_openers: frozenset[str] = frozenset()  # "to double the fund": a verb, no multiple (en)
    multiple_alone_cues: frozenset[str] = frozenset()  # "أي ضعف العام الماضي": "ضعف" is twice after these (ar)
    multiple_definite_links: frozenset[str] = frozenset()  # "إلى الضعف": "الضعف" closing a clause is double (ar)
    multiple_definite_verbs: frozenset[str] = frozenset()  # "تجاوزت ... الضعف" (ar)
    multiple_definite_not_after: frozenset[str] = frozenset()  # "أشار إلى الضعف": weakness, no multiple (ar)
    multiple_alone_comparatives: frozenset[str] = frozenset()  # "أكثر من ضعف" (ar)
    # "وهو ضعف الرقم المسجل", "ارتفعت إلى ضعف ما كانت عليه": "ضعف" before a figure's noun or "ما", after a
    # pronoun of the figure or after "إلى" with a verb of change before it, is twice (ar: counts_dual_ar)
    multiple_figure_after: frozenset[str] = frozenset()
    multiple_pronoun_cues: frozenset[str] = frozenset()
    multiple_change_verbs: frozenset[str] = frozenset()
    comparative_links: frozenset[str] = frozenset()
    unscaled_units: frozenset[str] = frozenset()  # "30 عقدة" knots; "16 ألف عقدة" nodes (rules/quantity.py)
    average_words: frozenset[str] = frozenset()  # "متوسط عدد الأطفال": an average, a decimal may stand
    plural_scales: frozenset[str] = frozenset()  # "ملايين": a scale word that follows three to ten only
    rate_nouns: frozenset[str] = frozenset()  # "بنقطتين في نسبة التضخم": points of a rate are percentage points
    rate_links: frozenset[str] = frozenset()
    rate_subject_words: frozenset[str] = frozenset()  # "ارتفع معدل التضخم 0ر07": a bare decimal is a percent (ar)
    rate_index_adjectives: frozenset[str] = frozenset()  # "الأرقام القياسية": a rate only after rate_index_nouns (ar)
    rate_index_nouns: frozenset[str] = frozenset()
    rate_change_not_before: frozenset[str] = frozenset()  # "3.4 لكل ألف": a rate per thousand, no percent (ar)
    rate_change_verbs: frozenset[str] = frozenset()
    rate_change_nouns: frozenset[str] = frozenset()  # "61 في المئة، بزيادة أربع نقاط": rate points (ar)
    percent_change_words: frozenset[str] = frozenset()  # "بنسبة 1.2%": a percent that is a change, no level (ar)
    index_nouns: frozenset[str] = frozenset()  # "المؤشر": points in its sentence are an index's (ar)
    restatement_links: frozenset[str] = frozenset()  # "ربع نقطة مئوية، أي 0.25 نقطة مئوية": the same figure again
    one_measure_units: frozenset[str] = frozenset()  # "one ounce", "half an ounce": a measure of one unit (en)
    unit_range_openers: frozenset[str] = frozenset()  # "من متر إلى متر ونصف": a lone unit as a range bound (ar)
    glued_only_units: frozenset[str] = frozenset()  # "88.88F" a temperature, "16 F-35 jets" not (en)
    glued_lower_units: frozenset[str] = frozenset()  # "7.7t/ha" tonnes in lower case only, not "the 3T fund" (en)
    multiple_size_nouns: frozenset[str] = frozenset()  # "half the size of Wales": a multiple, not a share (en)
    figure_level_nouns: frozenset[str] = frozenset()  # "the 1,500 level": a level, not a count (en)
    fold_multiples: frozenset[str] = frozenset()  # "tenfold": a multiple, unit times (en)
    tolerance_words: frozenset[str] = frozenset()  # "plus" before a minus word: "plus (or) minus 1%", no sign (en)
    # A currency word that also weighs ("pound"), read as a weight in lb before a rate per area ("1,392 pounds per
    # acre") or a metric weight in brackets ("700 pounds (320kg)"), unless a price word stands before the figure
    # ("sold for 9,000 pounds per acre"): rules/quantity.py _weighs (en).
    weight_currency_words: frozenset[str] = frozenset()
    amount_band_suffixes: frozenset[str] = frozenset()  # "in the $400,000s": a band of amounts, its round figure (en)
    weight_compound_money_nouns: frozenset[str] = frozenset()  # "a 50-pound fine": money after all (en)
    weight_compound_outlet_left_out: frozenset[str] = frozenset()  # outlets whose money is a pound (en)
    weight_rate_links: frozenset[str] = frozenset()
    weight_rate_units: frozenset[str] = frozenset()
    weight_area_units: frozenset[str] = frozenset()  # "per acre": a weight only with a crop or yield word near
    weight_yield_words: frozenset[str] = frozenset()
    metric_weight_units: frozenset[str] = frozenset()
    weight_price_words: frozenset[str] = frozenset()
    # "a vote percentage of 27.9", "the pass percentage stood at 81.5": the bare figure is a percent (en)
    percentage_nouns: frozenset[str] = frozenset()
    # "near-8% highs", "sub-2% growth": a word glued by a hyphen before a percent qualifies it, no model name (en)
    percent_prefix_words: frozenset[str] = frozenset()
    singular_point_words: frozenset[str] = frozenset()  # "by a percentage point": the article is one (en)
    percentage_links: frozenset[str] = frozenset()
    # "climbed to 6.1% from 5.7": a bare figure after these goes on from a percent level (after the second list) (en)
    percent_continue_links: frozenset[str] = frozenset()
    percent_parallel_links: frozenset[str] = frozenset()  # "2.1% on Monday and 1.4 on Tuesday" (en)
    percent_level_links: frozenset[str] = frozenset()
    # A bare "1.5m" with no noun after is millions in a sentence that counts people or things and measures no
    # length (rules/numbers/digit_scales.py _millions_in_sentence; en); the words that may follow it there
    million_context_nouns: frozenset[str] = frozenset()
    metre_context_words: frozenset[str] = frozenset()
    metre_sized_plurals: frozenset[str] = frozenset()  # "90m yachts": sized in metres (numbers/digit_scales.py; en)
    million_links: frozenset[str] = frozenset()
    # Barrels a day (rules/counts_en.py barrels_a_day_en; en): "mbpd", the stems before "/d" ("mb/d", "b/d"), and
    # those written in millions ("40.46 mb/d" is 40,460,000 barrels a day)
    barrel_day_words: frozenset[str] = frozenset()
    barrel_day_stems: frozenset[str] = frozenset()
    million_unit_words: frozenset[str] = frozenset()
    # Cricket figures (rules/numbers/cricket_en.py; en): "took four for 51", "23 for six", "64 for the third wicket"
    cricket_cues: frozenset[str] = frozenset()  # a word of these in the sentence makes it a cricket report
    cricket_cue_phrases: frozenset[str] = frozenset()  # ... or a phrase ("all out"), found in the lower-case text
    cricket_text_cues: frozenset[str] = frozenset()  # three of these in a text: its score lines are cricket's
    batting_line_verbs: frozenset[str] = frozenset()  # "went 1 for 15": baseball, no cricket figure
    baseball_cues: frozenset[str] = frozenset()  # ... and none of these in it
    cricket_links: frozenset[str] = frozenset()  # "for" between the figures
    cricket_wicket_nouns: frozenset[str] = frozenset()
