"""Count words: counts whose noun is named, implied or carried from a parallel figure (claims/rules/counts*.py,
numbers/words.py).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class CountRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    # Nouns that make "N-noun" a count ("a 25-member bloc", "a three-judge panel").
    compound_nouns: frozenset[str] = frozenset()
    score_mark_nouns: frozenset[str] = frozenset()  # "علامة 299 من أصل 300": an exam mark, no count (ar)
    period_fractions: frozenset[str] = frozenset()  # "grew for six quarters": quarters of a year counted (en)
    period_run_modifiers: frozenset[str] = frozenset()  # "two consecutive quarters" (en)
    period_fraction_openers: frozenset[str] = frozenset()  # "for six quarters", "the last 10 quarters" (en)
    count_modifiers: frozenset[str] = frozenset()
    adjectival_ing_modifiers: frozenset[str] = frozenset()  # "four leading US chip design firms" (en)
    people_count_verbs: frozenset[str] = frozenset()  # "the blast killed five.": a count of people
    unit_thing_adjectives: frozenset[str] = frozenset()  # "28 برميلا متفجرا": the unit names things counted
    # "only one showed", "just one has survived": "one" standing for a group named before counts
    # (rules/numbers/words.py)
    lone_one_openers: frozenset[str] = frozenset()
    lone_one_verbs: frozenset[str] = frozenset()
    referring_back_nouns: frozenset[str] = frozenset()  # "the two men": no claim (rules/counts_en.py)
    referring_back_determiners: frozenset[str] = frozenset()  # "these two diseases": no claim (en)
    known_group_determiners: frozenset[str] = frozenset()  # "the two plants" after "their plants" (en)
    subset_clause_openers: frozenset[str] = frozenset()  # "the three hospitals that stayed open" (en)
    more_count_words: frozenset[str] = frozenset()  # "signed three more this season": a count
    or_more_words: frozenset[str] = frozenset()  # "30 or more sales": the noun after counts the figure (en)
    multiple_magnitude_nouns: frozenset[str] = frozenset()  # "..., five times the number forecast": a multiple (en)
    multiple_valuation_nouns: frozenset[str] = frozenset()  # "trades at 15 times earnings": a multiple (en)
    multiple_valuation_modifiers: frozenset[str] = frozenset()  # "20 times forward earnings" (en)
    tally_word_verbs: frozenset[str] = frozenset()  # "scored a brace": a tally word after these counts (en)
    single_count_words: frozenset[str] = frozenset()  # "in a single year": one period (counts_words_en)
    single_count_nouns: frozenset[str] = frozenset()
    single_count_cues: frozenset[str] = frozenset()  # "the vote is held in a single phase": how long, one (en)
    sentence_carry_links: frozenset[str] = frozenset()  # "... 412 cases. This is compared to 150": a count (en)
    scorer_list_nouns: frozenset[str] = frozenset()  # "Tries from Smith (2), Jones": a player's tally (en)
    sentence_carry_measure_nouns: frozenset[str] = frozenset()  # "The average wait fell from 90": no carry (en)
    measure_modifiers: frozenset[str] = frozenset()  # "three crucial points": a measure past its adjective (en)
    partitive_group_after: frozenset[str] = frozenset()  # "three of the eleven are": the group named before (en)
    subject_group_modifiers: frozenset[str] = frozenset()  # "The remaining eight have been": the rest of a group (en)
    fewer_count_words: frozenset[str] = frozenset()  # "57 fewer than last year": a count (counts_kind_en)
    short_count_words: frozenset[str] = frozenset()  # "40 seats, six short of a majority": a count (en)
    compared_count_words: frozenset[str] = frozenset()  # "154 died, 11 higher than last year": a count (en)
    difference_change_nouns: frozenset[str] = frozenset()  # "... 412 cases. It was a rise of 40": a count (en)
    difference_subject_words: frozenset[str] = frozenset()  # "The figure was 40 more than": pointing back (en)
    margin_count_nouns: frozenset[str] = frozenset()  # "a margin of 31": a count (en)
    margin_not_after: frozenset[str] = frozenset()  # "a profit margin of 12": no tally (en)
    thousand_count_words: frozenset[str] = frozenset()  # "rose to 101 thousand": a bare count (counts_kind_en)
    spaced_group_links: frozenset[str] = frozenset()  # "from 4 512 000 in March": link words after a spaced count
    per_words: frozenset[str] = frozenset()  # "قضية لكل 2133 أسرة": one per N
    # Identifier cues that a number before them counts ("تقرير من 300 صفحة", "12 رحلة"; "صفحة 12" stays a page).
    counted_cue_nouns: frozenset[str] = frozenset()
    # Counts whose noun is implied or stands elsewhere (bench/devset/GUIDELINES.md): "3 منهم", "12 of their 14".
    partitive_pronouns: frozenset[str] = frozenset()
    other_count_adjectives: frozenset[str] = frozenset()  # "و4 أخرى": more of the noun last counted (ar)
    dual_agreement_verbs: frozenset[str] = frozenset()  # "قاربين كانا يقلان": a dual verb after the pair (ar)
    dual_pronoun_endings: frozenset[str] = frozenset()  # "عنهما": words so ending are anchors (ar)
    sole_adjectives: frozenset[str] = frozenset()  # "بنقطة وحيدة": one of a measure unit, as "واحدة" (ar)
    partitive_demonstratives: frozenset[str] = frozenset()  # "خمسة من هذه الأعمال": the noun after the demonstrative
    possessive_endings: frozenset[str] = frozenset()  # "أبنائه الثلاثة": a possessed noun before a definite cardinal
    victim_cues: frozenset[str] = frozenset()  # "بمقتل 13": a bare figure after these counts people
    percent_cues: frozenset[str] = frozenset()  # "بنسبة 0.38": a bare figure after these is a percent
    count_of_nouns: frozenset[str] = frozenset()  # "عدد القوائم ... 2.288 قائمة": a dotted figure counts thousands
    # Implied Arabic counts (claims/rules/counts_implied_ar.py): verbs of reaching before parallel figures, "العدد"
    # (the total of a count) and the owner words of an age ("ذي الـ23 عاما").
    parallel_count_verbs: frozenset[str] = frozenset()
    sequence_links: frozenset[str] = frozenset()  # "، ثم 4,9 في 2000": the next figure of a series (ar)
    ranked_item_links: frozenset[str] = frozenset()  # "تليها قائمة الغد بـ2310": a ranked item's "بـ" (ar)
    ranked_item_openers: frozenset[str] = frozenset()  # ... the word of sequence before its name (ar)
    ranked_name_prefixes: frozenset[str] = frozenset()  # ... or its name's glued "و"/"ف" and article (ar)
    total_count_nouns: frozenset[str] = frozenset()
    total_count_adjectives: frozenset[str] = frozenset()  # "العدد الإجمالي": the total of a count
    toll_nouns: frozenset[str] = frozenset()  # "الحصيلة ارتفعت إلى 61": a toll counts alone (counts_number_of_ar)
    rank_set_nouns: frozenset[str] = frozenset()  # "المراكز الخمسة الأولى": the top five places (counts_definite_ar)
    size_named_groups: frozenset[str] = frozenset()  # "مجموعة الدول السبع": a group named by its size (ar)
    refer_back_demonstratives: frozenset[str] = frozenset()  # "هذه المحافظات الخمس": referred back to (ar)
    single_period_openers: frozenset[str] = frozenset()  # "لمدة عام": a singular period after these counts one
    single_period_nouns: frozenset[str] = frozenset()
    single_period_extensions: frozenset[str] = frozenset()  # "لعام آخر": for another year
    # "45 years ago" after an identifier cue (en); "قبل عام.": a singular period ago, ending its clause, counts
    # one (ar)
    ago_words: frozenset[str] = frozenset()
    ago_clause_words: frozenset[str] = frozenset()  # ... or before these ("قبل عام في نفس التاريخ")
    ago_comparison_words: frozenset[str] = frozenset()  # "مقارنة بمستوياتها قبل عام": a comparison's base (ar)
    ago_base_links: frozenset[str] = frozenset()  # "انخفاضا من 2,6 مليار قبل عام": with a figure before (ar)
    count_of_copulas: frozenset[str] = frozenset()  # "367 ألفا هو عدد المترشحين": a count (ar)
    out_of_words: frozenset[str] = frozenset()  # "164 مقعدا من أصل 596": the whole counts the same noun
    out_of_links: frozenset[str] = frozenset()
    single_period_emphasis_openers: frozenset[str] = frozenset()  # "بعد شهر فقط": one, with واحد or an only-word
    single_period_distance_links: frozenset[str] = frozenset()  # "على بعد ساعة": a distance, no opener (ar)
    single_period_passing_words: frozenset[str] = frozenset()  # "بعد مضي عام على": the period's passing (ar)
    single_period_passing_links: frozenset[str] = frozenset()  # ("على": the event it passed since)
    single_period_passing_pronouns: frozenset[str] = frozenset()  # ("عليه", "عليها")
    single_period_interval_links: frozenset[str] = frozenset()  # "بعد عام من الافتتاح": time between two events (ar)
    single_period_interval_openers: frozenset[str] = frozenset()  # "في غضون عام من تأسيسه": only with such a link (ar)
    margin_words: frozenset[str] = frozenset()  # "بفارق نقطة": a singular unit after it is one (ar; counts_one_ar)
    margin_count_nouns: frozenset[str] = frozenset()  # "بفارق هدف": ... and these nouns count one
    only_words: frozenset[str] = frozenset()  # "فقط"
    below_zero_words: frozenset[str] = frozenset()  # "5 درجات تحت الصفر": degrees below zero, negative (ar)
    numbering_words: frozenset[str] = frozenset()  # "العائلات الكاملة، بعدد 29,924": a bare figure after it counts (ar)
    one_exception_particles: frozenset[str] = frozenset()  # "سوى تسديدة واحدة": only one, a count (ar)
    sentenced_people_after: frozenset[str] = frozenset()  # "وثلاثة بالسجن": those so sentenced (ar)
    multiple_rate_nouns: frozenset[str] = frozenset()  # "بنسبة تصل إلى 7 مرات": a rate of times, a multiple (ar)
    one_idiom_nouns: frozenset[str] = frozenset()  # "صفا واحدا": unity, no count (ar)
    one_governing_words: frozenset[str] = frozenset()  # "من عائلة واحدة": one of a kind, a frame, a basis (ar)
    one_predicate_openers: frozenset[str] = frozenset()  # "أن الخليج أسرة واحدة": a predicate of unity (ar)
    one_copulas: frozenset[str] = frozenset()  # "أصبح العالم قرية واحدة": a predicate of unity (ar)
    whole_period_words: frozenset[str] = frozenset()  # "قبل يوم كامل": a whole period, stressed as by "فقط" (ar)
    short_counted_nouns: frozenset[str] = frozenset()  # "47.98 ث": a one-letter abbreviation counted (ar)
    race_second_nouns: frozenset[str] = frozenset()  # "20:72 ثانية": seconds and hundredths (ar)
    not_counted_prepositions: frozenset[str] = frozenset()  # "225.37 لشهر": a preposition on a period noun (ar)
    phrase_connector_nouns: frozenset[str] = frozenset()  # "عبارة": no counted noun only before its link (ar)
    phrase_connector_links: frozenset[str] = frozenset()  # "عبارة عن": "consisting of" (ar)
    one_adjectives: frozenset[str] = frozenset()  # "إصابة واحدة": "one" after its noun counts it after a victim cue
    sole_one_adjectives: frozenset[str] = frozenset()  # "تعادل وحيد": "sole" read as "one" after a noun (ar)
    partitive_determiners: frozenset[str] = frozenset()
    partitive_order_words: frozenset[str] = frozenset()  # "two of their next 8 matches" (counts_en.py)
    implied_count_cues: frozenset[str] = frozenset()  # "The number of films ... rose to 310": bare figures count
    whole_total_words: frozenset[str] = frozenset()  # "77 seats out of a total of 117": the whole (en)
    opening_group_pronouns: frozenset[str] = frozenset()  # "Of those, 587 waited": a group named before (en)
    breakdown_each_words: frozenset[str] = frozenset()  # "two each in Kano and Jos": a count's breakdown (en)
    breakdown_prepositions: frozenset[str] = frozenset()
    breakdown_each_prepositions: frozenset[str] = frozenset()  # "one each for Ormoc": after each only (en)
    breakdown_cause_prepositions: frozenset[str] = frozenset()  # "two from snake bites" after a count (en)
    one_compound_units: frozenset[str] = frozenset()  # "a one-point defeat": a measure of one (en)
    one_compound_periods: frozenset[str] = frozenset()  # "a one-year ban": a period of one (en)
    one_compound_event_periods: frozenset[str] = frozenset()  # "a one-day strike": after "a" only (en)
    one_day_format_nouns: frozenset[str] = frozenset()  # "a one-day international": a format, no claim (en)
    cued_count_verbs: frozenset[str] = frozenset()  # "the toll has now reached nine" (en)
    clock_words_after: frozenset[str] = frozenset()  # "at nine tonight": a clock time, no level (en)
    breakdown_copulas: frozenset[str] = frozenset()  # "9 وفيات هي 6 في تعز": a breakdown follows (ar)
    tally_openers: frozenset[str] = frozenset()  # "توزعت المقاعد: الشمال (14)": bracketed parts follow (ar)
    ranking_follow_verbs: frozenset[str] = frozenset()  # "35 deaths, followed by Tamil Nadu 12" (en)
    ranking_follow_links: frozenset[str] = frozenset()
    pool_links: frozenset[str] = frozenset()  # "six judges from among 40": the pool counted (en)
    pool_from_words: frozenset[str] = frozenset()
    bracketed_age_cues: frozenset[str] = frozenset()  # "identified as Ravi (1), Sunil (42)": ages (en)
    bracketed_age_links: frozenset[str] = frozenset()  # "were identified as": between the cue and the names (en)
    one_counted_nouns: frozenset[str] = frozenset()  # "one count of fraud": counts one (en)
    one_subject_nouns: frozenset[str] = frozenset()  # "one person remains missing": counts one before a verb (en)
    one_subject_verbs: frozenset[str] = frozenset()  # the verbs that make "one person" a subject (en)
    one_subject_not_after: frozenset[str] = frozenset()  # "the one person who", "No one person can" (en)
    one_subject_auxiliaries: frozenset[str] = frozenset()  # "one man was ...": a toll word must follow (en)
    one_toll_links: frozenset[str] = frozenset()  # "one woman has been reported missing" (en)
    one_toll_words: frozenset[str] = frozenset()  # "one man was killed" (en)
    one_limiting_words: frozenset[str] = frozenset()  # "only one case", "just one seat" (en)
    one_of_pronouns: frozenset[str] = frozenset()  # "at least one of them", "only one of us": a count (en)
    one_limited_not_nouns: frozenset[str] = frozenset()  # "only one way", "one more time": no count (en)
    one_near_words: frozenset[str] = frozenset()  # "just one click away": how near, no count (en)
    one_more_predicate_links: frozenset[str] = frozenset()  # "is one more sign that": another, no count (en)
    one_part_openers: frozenset[str] = frozenset()  # "five men, including one foreign national" (en)
    one_result_phrases: frozenset[str] = frozenset()  # "a lead in one constituency" (en)
    one_rate_links: frozenset[str] = frozenset()  # "one flight per day" (en)
    bare_whole_followers: frozenset[str] = frozenset()  # "One of the 9 later recovered": no noun after 9 (en)
    subset_openers: frozenset[str] = frozenset()  # "five cities ..., including three in Texas" (en)
    holding_verbs: frozenset[str] = frozenset()  # "controls 57 seats while the PDP has 28" (en, counts_carried_en)
    carried_adverbs: frozenset[str] = frozenset()
    auxiliary_words: frozenset[str] = frozenset()  # "United have won 20 titles, Liverpool 19" (en)
    carried_prepositions: frozenset[str] = frozenset()  # "40 trains on Monday, 95 on Tuesday" (en)
    verb_particles: frozenset[str] = frozenset()  # "accounted for six ..., another accounted for three" (en)
    head_count_nouns: frozenset[str] = frozenset()  # "400 head of cattle": animals counted by the head (en)
    coordinated_verb_links: frozenset[str] = frozenset()  # "gained 12 seats and lost two": a second verb (en)
    coordinated_not_counting: frozenset[str] = frozenset()  # "... and turned 50": an age or a price (en)
    vote_tally_verbs: frozenset[str] = frozenset()  # "the council voted 8-1": the votes for and against (en)
    vote_tally_nouns: frozenset[str] = frozenset()  # "by a 5-4 vote" (en)
    comparison_links: frozenset[str] = frozenset()  # "compared with just ten": a count's noun carried (en)
    change_time_words: frozenset[str] = frozenset()  # "from 418 complaints in 2018 to 405": the time between (en)
    partitive_relatives: frozenset[str] = frozenset()  # "of which seven": a part of the count before (en)
    existential_words: frozenset[str] = frozenset()  # "of which there were nine" (en)
    change_after_words: frozenset[str] = frozenset()  # "11.2 weeks, up 0.4": the count's change (en)
    # "burglaries stood at 412", "arrests doubled from 4 to 9": a bare figure counts the plural subject of its
    # clause (en, rules/counts_subject_en.py)
    subject_level_links: frozenset[str] = frozenset()
    subject_level_verbs: frozenset[str] = frozenset()
    subject_change_links: frozenset[str] = frozenset()
    subject_change_verbs: frozenset[str] = frozenset()
    subject_postmodifier_links: frozenset[str] = frozenset()  # "deaths in the county fell to 9" (en)
    subject_reach_verbs: frozenset[str] = frozenset()
    # "a 3X-weekly service", "flies 4x daily": a whole glued to one of these letters before a word of how often counts
    # the times (en; counts_en.times_glued_en)
    times_glued_letters: frozenset[str] = frozenset()
    frequency_words: frozenset[str] = frozenset()
    frequency_links: frozenset[str] = frozenset()  # "2x a week"
    subject_copulas: frozenset[str] = frozenset()
    subject_copula_heads: frozenset[str] = frozenset()  # "the daily rate of road crashes is 37"
    subject_singular_counted: frozenset[str] = frozenset()  # "the majority was cut to 14" (en)
    period_length_links: frozenset[str] = frozenset()  # "affected for an hour": one period, how long (en)
    period_object_links: frozenset[str] = frozenset()  # "called for a day of action": the object (en)
    period_object_tails: frozenset[str] = frozenset()  # ... "of"/"off" after the period (en)
    index_level_links: frozenset[str] = frozenset()  # "the Dow fell to 10,312": a level, no count (en)
    stock_index_names: frozenset[str] = frozenset()
    index_modifier_heads: frozenset[str] = frozenset()  # "the FTSE 100 firm": a firm, no index level (en)
    subject_phrase_prepositions: frozenset[str] = frozenset()
    subject_not_counted: frozenset[str] = frozenset()
    singular_not_counted: frozenset[str] = frozenset()  # "won 3 nil.": no noun the figure counts (en)
    singular_noun_closers: frozenset[str] = frozenset()  # "24 sack as": the noun's phrase ends (en)
    group_member_nouns: frozenset[str] = frozenset()  # "a family of five": a bare figure counts members (en)
    tally_people_nouns: frozenset[str] = frozenset()  # "50 people, including Ali (45)": ages, no tally (en)
    ranking_cues: frozenset[str] = frozenset()  # "led with 30, followed by Kenya (28)": a ranking's tally (en)
    period_one_links: frozenset[str] = frozenset()  # "for one day.", "for over a year.": one period (en)
    period_one_nouns: frozenset[str] = frozenset()
    lone_count_openers: frozenset[str] = frozenset()  # "while two remain missing": people counted (en)
    existential_openers: frozenset[str] = frozenset()  # "there are 14 in ...": a bare figure after these counts (en)
    existential_verbs: frozenset[str] = frozenset()
    timed_nouns: frozenset[str] = frozenset()  # "in 9.95 seconds ... (9.97 to 9.98)": times that go on (en)
    timed_result_links: frozenset[str] = frozenset()  # "second in 10.91": a bare time after these goes on (en)
    lone_count_verbs: frozenset[str] = frozenset()
    subject_auxiliaries: frozenset[str] = frozenset()  # "and five did not turn up": a bare subject's verb (en)
    plural_subject_verbs: frozenset[str] = frozenset()  # "and 968 were hospitalized": a figure as subject (en)
    people_state_words: frozenset[str] = frozenset()  # "left 101 injured": a figure before one counts people (en)
    scored_count_verbs: frozenset[str] = frozenset()  # "scored two while": a spelled figure counts goals (en)
    scored_count_adverbs: frozenset[str] = frozenset()  # "conceded merely seven" (en)
    people_state_links: frozenset[str] = frozenset()  # "with 107 being hospitalized": between figure and state (en)
    definite_count_adjectives: frozenset[str] = frozenset()  # "for the remaining 90": a count goes on (en)
    result_tally_verbs: frozenset[str] = frozenset()  # "won seven, lost two, drew three of 12" (en)
    definite_count_participles: frozenset[str] = frozenset()  # "short of the 41 needed": a count goes on (en)
    threshold_count_adjectives: frozenset[str] = frozenset()  # "below the required 12": after a count only (en)
    shortfall_words: frozenset[str] = frozenset()  # "five short of the 41 needed": a threshold of a count (en)
    people_relatives: frozenset[str] = frozenset()  # "the 20 766 who sat": a figure before one counts people (en)
    bare_group_relatives: frozenset[str] = frozenset()  # "the 12 whose ...": no noun after a bare figure (en)
    period_ago_anchors: frozenset[str] = frozenset()  # "a year ago", "a decade ago": how long ago (en)
    one_distributive_words: frozenset[str] = frozenset()  # "each one of its 40 rivals": no count of one (en)
    one_member_openers: frozenset[str] = frozenset()  # "X is one of six banks": "one of N", no determiner (en)
    period_one_idiom_nouns: frozenset[str] = frozenset()  # "not for one minute": no period counted (en)
    period_one_when_links: frozenset[str] = frozenset()  # "for one day in May": left unread (en)
    period_between_words: frozenset[str] = frozenset()  # "a day after", "a week later": no anchors alone (en)
    period_one_adjectives: frozenset[str] = frozenset()  # "a mere day after": between the article and the noun (en)
    # "in less than an hour", "a full week of", "a week's worth", "an hour or so": one period counted without "one"
    # (en; rules/counts_period_one_en.py, anchored by engine/scanning._qualified_period_anchors)
    period_qualified_openers: frozenset[str] = frozenset()  # the last word of a qualifier before the article
    period_whole_adjectives: frozenset[str] = frozenset()  # "a full week", "a whole month"
    period_possessive_tails: frozenset[str] = frozenset()  # "a week's worth", "a month's time"
    period_approximate_tails: frozenset[str] = frozenset()  # "an hour or so"
    period_base_words: frozenset[str] = frozenset()  # "more than a year earlier": a comparison's base
    period_preposition_qualifiers: frozenset[str] = frozenset()  # "complained about a week of": a topic (en)
    period_qualifier_links: frozenset[str] = frozenset()  # "for about a year": a length after all (en)
    period_position_words: frozenset[str] = frozenset()  # "over a minute behind": the period closes (en)
    period_ago_not_after: frozenset[str] = frozenset()  # "higher than a year ago": a comparison's base (en)
    further_count_words: frozenset[str] = frozenset()  # "and another 700": counts the noun before (en)
    lone_unit_anchors: frozenset[str] = frozenset()  # "one" read where it counts ("one each in Jos") (en)
    # "more than an inch of hail", "up to a mile": a qualified "a"/"an" + one of these measure units is 1 of it (en;
    # anchors; counts_one_en.qualified_lone_measure_en)
    lone_measure_anchors: frozenset[str] = frozenset()
    one_or_few_after: frozenset[str] = frozenset()  # "she kept one or two whose ...": the pair goes on with its group
    approx_tails: frozenset[str] = frozenset()  # "80-odd caps", "10 or so images" (en)
    more_tails: frozenset[str] = frozenset()  # "200-plus banks": more than 200 (en)
    plural_verb_nouns: frozenset[str] = frozenset()  # "50 shows," a count; "50 shows growth" a verb (en)
    plural_verb_noun_after: frozenset[str] = frozenset()
    exceed_verbs: frozenset[str] = frozenset()  # "يفوق المليون": a definite scale after them is a count (ar)
    # Arabic counts (session 8, OOD ar10): a part after "ضمنها" of the count before (counts_implied_ar), "عدد"
    # without a pronoun needs its noun ("بلغ عددهم 957987" does not), a term of years after a sentence's word
    # ("بالسجن المؤبد (25 عاما)": counts._age_end)
    part_pronouns_before: frozenset[str] = frozenset()
    single_period_verbs: frozenset[str] = frozenset()  # "واستمر موسم التوريد": a subject in construct, no length (ar)
    counted_not_verbs: frozenset[str] = frozenset()  # "172 ارتفعت منها 38": a verb, never the counted noun (ar)
    people_pronouns_after: frozenset[str] = frozenset()  # "4 ملايين -60% منهم": the figure counts people (ar)
    count_of_nouns_bare: frozenset[str] = frozenset()
    count_of_proclitics: frozenset[str] = frozenset()  # "وعدد", "بعدد": one letter glued before "عدد" (ar)
    count_of_totals: frozenset[str] = frozenset()  # "إجمالي الإصابات 52 ألفا": a total of a plural counts it (ar)
    # Broken plurals of counted people ("إجمالي الشهداء 416", "عدد حجاج دول أوروبا ... 36521"): a total or number of
    # them counts as of a sound plural (ar; the rule cannot tell other broken plurals from mass nouns)
    counted_plurals: frozenset[str] = frozenset()
    count_of_relatives: frozenset[str] = frozenset()  # "بلغ عدد من شاركوا 12400": those who (ar)
    count_total_copulas: frozenset[str] = frozenset()  # "وبذلك يكون المجموع الكلي ... 500": as a verb of reaching
    definite_scale_people: frozenset[str] = frozenset()  # "مدينة المليون نسمة": a definite scale counts them (ar)
    count_estimate_verbs: frozenset[str] = frozenset()  # "وقدر عدد السياح ... بـ52 مليونا": as a verb of reaching (ar)
    sentence_term_words: frozenset[str] = frozenset()
    tally_links: frozenset[str] = frozenset()  # "by five tries to one": the other side's count (counts_implied_en)
    tally_by_words: frozenset[str] = frozenset()
    hyphen_compound_nouns: frozenset[str] = frozenset()  # "the 13-time champion", "two-time" (counts.py; en)
    grade_names: frozenset[str] = frozenset()  # "483 Form 7 students": a school year inside the counted noun (en)
