"""Not-claim words: numbers that name, rank, grade, score, list or tell the time, which are no claims
(claims/rules/not_claims/).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class NotClaimRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    partitive_words: frozenset[str] = frozenset()
    post_office_box: tuple[str, ...] = ()
    clock_minute_nouns: frozenset[str] = frozenset()  # "الساعة التاسعة وخمس دقائق": minutes of a clock time
    clock_minus_words: frozenset[str] = frozenset()  # "الساعة العاشرة إلا عشر دقائق"
    ranked_set_elatives: frozenset[str] = frozenset()  # "أعلى خمس جنسيات", "أكثر عامين": a ranked set (ar)
    ranked_set_elatives_not_digits: frozenset[str] = frozenset()  # "أكثر 5500 فرصة": no ranked set (ar)
    score_lead_words: frozenset[str] = frozenset()  # "متقدما بهدفين": leading by two goals, a score (ar)
    clock_suffixes: frozenset[str] = frozenset()
    weekday_title_nouns: frozenset[str] = frozenset()  # "The Sunday Times": a paper's name (en; capitalized)
    weekday_slot_nouns: frozenset[str] = frozenset()  # "the Saturday morning show": a weekly slot (en)
    weekday_slot_day_parts: frozenset[str] = frozenset()
    clock_local_words: frozenset[str] = frozenset()  # "at 2100 local time": a clock in four digits (en)
    clock_local_nouns: frozenset[str] = frozenset()
    time_zones: frozenset[str] = frozenset()
    sequence_name_cues: frozenset[str] = frozenset()  # "Round two offers": a stage's name, not a count (en)
    # Not claims (issue 14, class 5): claims/rules/not_claims/.
    sms_verbs: frozenset[str] = frozenset()
    sms_links: frozenset[str] = frozenset()
    telecom_operators: frozenset[str] = frozenset()
    service_number_nouns: frozenset[str] = frozenset()
    rank_nouns: frozenset[str] = frozenset()
    concept_number_nouns: frozenset[str] = frozenset()
    rank_scope_before: frozenset[str] = frozenset()  # "climbed to 38 in the world": a place in a ranking (en)
    rank_scope_prepositions: frozenset[str] = frozenset()
    rank_scopes: frozenset[str] = frozenset()
    ranked_set_words: frozenset[str] = frozenset()  # "the region's 100 largest banks": a set named by size (en)
    ranked_set_openers: frozenset[str] = frozenset()  # "the top three clay-courters" (en)
    tenor_period_nouns: frozenset[str] = frozenset()  # "the 10-year Treasury yield": a product's term (en)
    tenor_product_words: frozenset[str] = frozenset()
    index_member_nouns: frozenset[str] = frozenset()  # "the 100-share index" (en)
    index_words: frozenset[str] = frozenset()
    tenor_rate_words: frozenset[str] = frozenset()  # "fixed": a product only before "rate" (en)
    tenor_note_words: frozenset[str] = frozenset()  # "notes": a product only in a bond-market sentence (en)
    tenor_market_cues: frozenset[str] = frozenset()
    title_small_words: frozenset[str] = frozenset()  # "“Maps of the Coast, 1700-1850”": a title's small words (en)
    size_club_nouns: frozenset[str] = frozenset()  # "joined the 100 crore club": a group named by a figure (en)
    edition_names: frozenset[str] = frozenset()
    edition_openers: frozenset[str] = frozenset()
    isotope_elements: frozenset[str] = frozenset()  # "اليورانيوم 235": a mass number names the isotope
    grade_cues: frozenset[str] = frozenset()  # "الذهب عيار 21", "بنزين 95": the number names a grade
    grade_names_after: frozenset[str] = frozenset()  # "95 أوكتان"
    grade_values: frozenset[str] = frozenset()  # the karats and octanes a grade cue names
    stage_nouns: frozenset[str] = frozenset()  # "دور الـ8 لكأس مصر": a round named by its number
    stage_of_nouns: frozenset[str] = frozenset()  # "the round of 16": a knockout stage (en, not_claims/idioms_en.py)
    stage_of_after_nouns: frozenset[str] = frozenset()  # "a round of 16 tie": what such a stage is said of (en)
    spelled_latin_letters: frozenset[str] = frozenset()
    list_links: frozenset[str] = frozenset()
    list_cues: frozenset[str] = frozenset()
    identifier_range_links: frozenset[str] = frozenset()  # "Nos. 5 to 7": a range of identifiers (en)
    race_nouns: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    race_event_nouns: frozenset[str] = frozenset()
    race_holder_words: frozenset[str] = frozenset()
    race_event_modifiers: frozenset[str] = frozenset()  # "the 60m world indoor title" (en)
    race_gender_words: frozenset[str] = frozenset()  # "the men's 200m" names the event (en)
    race_event_before: frozenset[str] = frozenset()  # "silver in the 100m." (en)
    race_event_after: frozenset[str] = frozenset()  # "win the 60m at Leipzig" (en)
    school_year_cues: frozenset[str] = frozenset()  # "Year 12 students": a school year names a stage (en)
    school_year_openers: frozenset[str] = frozenset()  # "in year 11": lower case after these only (en)
    idiom_phrases: frozenset[str] = frozenset()  # "ten to one", "one in a million": no figure (en)
    score_nouns: frozenset[str] = frozenset()  # "two goals to nil": a score (en)
    score_links: frozenset[str] = frozenset()
    score_nil_words: frozenset[str] = frozenset()
    score_nothing_negations: frozenset[str] = frozenset()  # "بهدفين مقابل لا شيء": nil as "nothing" (ar)
    score_nothing_words: frozenset[str] = frozenset()
    karat_words: frozenset[str] = frozenset()  # "بدرجة نقاوة 23.5 قيراطا": a purity grade (ar)
    purity_cues: frozenset[str] = frozenset()
    match_result_words: frozenset[str] = frozenset()  # "فاز في 11 وتعادل في 6": results, counts of matches (ar)
    score_point_nouns: frozenset[str] = frozenset()  # "بـ 61 نقطة مقابل 44": points of a match result (ar)
    score_point_links: frozenset[str] = frozenset()  # "92 مقابل 77" (ar)
    score_match_cues: frozenset[str] = frozenset()  # a word of a match in the sentence before a points score (ar)
    plan_name_nouns: frozenset[str] = frozenset()  # "رؤية قطر الوطنية 2030": a plan's name holds its year (ar)
    score_glued_links: frozenset[str] = frozenset()  # "بثلاثة أهداف لصفر": a preposition glued to the other side
    clock_day_parts: frozenset[str] = frozenset()  # "at 3 in the afternoon": a clock time (en)
    clock_hour_openers: frozenset[str] = frozenset()  # "at 3 in the afternoon" (en)
    grade_bracket_cues: frozenset[str] = frozenset()  # "وقود السيارات الممتاز (95)": an octane in brackets (ar)
    rate_base_links: frozenset[str] = frozenset()  # "per 100,000 people": the base of a rate (not_claims/idioms_en)
    unit_name_cues: frozenset[str] = frozenset()  # "اللواء 444": a military unit's name (ar; not_claims/identifiers)
    identifier_measure_heads: frozenset[str] = frozenset()  # "ارتفاع البرج 828 مترا": a measure, no name (ar)
    identifier_measure_verbs: frozenset[str] = frozenset()  # "highs top 30 degrees": a verb, no cue, before a unit (en)
    identifier_bare_cues: frozenset[str] = frozenset()  # "on counts 4 and 9", not "counts 12,000 members" (en)
    # Labels (ar; not_claims/labels_ar): "القاعة 8", "محطة نور 1", "(كويت 15)", "بعنوان (...)", "5 جي"
    place_label_nouns: frozenset[str] = frozenset()
    facility_label_nouns: frozenset[str] = frozenset()
    label_words_excluded: frozenset[str] = frozenset()
    title_cues: frozenset[str] = frozenset()
    generation_words: frozenset[str] = frozenset()
    unit_arm_words: frozenset[str] = frozenset()  # "اللواء 444 قتال", "اللواء 15 مشاة": the unit's arm, no noun counted
    star_class_words: frozenset[str] = frozenset()  # "المنتجعات ذات الـ 4 والـ 5 نجوم": a hotel's class (ar)
    star_class_places: frozenset[str] = frozenset()
    star_class_places_after: frozenset[str] = frozenset()  # "4-star and 3-star lodges": the place after (en)
    emergency_numbers: frozenset[str] = frozenset()  # "911", "999", "112": an emergency line's number (en)
    emergency_number_after: frozenset[str] = frozenset()  # "a 911 call", "999 operators": the line named (en)
    priced_type_nouns: frozenset[str] = frozenset()  # "AED 68,000 for a one-bedroom flat": a type priced (en)
    priced_type_links: frozenset[str] = frozenset()  # "for", "per" between the price and the type (en)
    edition_nouns: frozenset[str] = frozenset()  # "الدورة 33 لمعرض الكتاب": an edition's number (ar; not_claims/ranks)
    edition_of_words: frozenset[str] = frozenset()  # "الدورة الـ24 من أيام قرطاج": "of" after an edition (ar)
    edition_of_not_names: frozenset[str] = frozenset()  # "من أصل": out of, no name after "of" (ar)
    package_nouns: frozenset[str] = frozenset()  # "كيس الأرز 10 كيلو بـ 7900 ريال": a package's size (ar)
    package_units: frozenset[str] = frozenset()  # the weight and volume words a package is sized in (ar)
    law_name_nouns: frozenset[str] = frozenset()  # "the Finance Act, 2019": a law's year after a comma (en)
    vehicle_makes: frozenset[str] = frozenset()  # "a 2013 Nissan Altima": a model year, no date (en)
    model_year_determiners: frozenset[str] = frozenset()  # the words before a model year ("a", "his") (en)
    band_name_cues: frozenset[str] = frozenset()  # "15 Ligue 2 games": a capitalized band before a noun (en)
    phone_at_links: frozenset[str] = frozenset()  # "call Customer Care at 611": the number to call (en)
    phone_at_after: frozenset[str] = frozenset()
    phone_at_verbs: frozenset[str] = frozenset()
    phone_at_lines: frozenset[str] = frozenset()
