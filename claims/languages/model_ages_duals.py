"""Age and dual words: a person's years (a number with unit "years old", never a count of years) and the Arabic
dual that counts two ("دولتين", "مرتين"; claims/rules/counts_dual_ar.py).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class AgeDualRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    # Ages ("75-year-old", "عمره 75 عاما"): a number with unit "years old", never a count of years.
    age_nouns: frozenset[str] = frozenset()
    age_cues_before: frozenset[str] = frozenset()
    age_cues_right_before: frozenset[str] = frozenset()
    age_after: tuple[tuple[str, ...], ...] = ()
    age_month_nouns: frozenset[str] = frozenset()  # "a 6-month-old": the age is in months
    age_month_cues_before: frozenset[str] = frozenset()  # "رضيع عمره 3 أشهر": months an age with these (ar)
    # "40 days old", "a 10-day-old foal": an age in days or weeks, only before "old" (its unit) (en)
    age_old_only_nouns: dict[str, str] = field(default_factory=dict)
    # Indefinite dual nouns that count two ("دولتين", "عامين").
    dual_nouns: frozenset[str] = frozenset()
    dual_emphasis: frozenset[str] = frozenset()
    # derived: every countable singular of duals.singulars ("عائلة", "متهم"; "أخرجوا عائلة واحدة" counts one)
    countable_singulars: frozenset[str] = frozenset()
    age_owner_words: frozenset[str] = frozenset()  # "ذي الـ23 عاما": the owner of an age (counts_implied_ar)
    age_ordinal_links: frozenset[str] = frozenset()  # "في العشرين من عمرها": an ordinal age after these
    age_ordinal_owners: frozenset[str] = frozenset()  # "ابنة السادسة والعشرين": an ordinal age alone after these
    age_year_nouns: frozenset[str] = frozenset()  # "دون سن الخامسة", "سن الستين": the year of life after it (ar)
    age_reach_verbs: frozenset[str] = frozenset()  # "طفلة تبلغ 5 سنوات": a person's years after it are an age
    age_reach_links: frozenset[str] = frozenset()  # "الشاب الذي يبلغ 19 عاما"
    age_reach_not_owners: frozenset[str] = frozenset()  # "اتفاقية مع الشركة، تبلغ 10 سنوات": a length (ar)
    age_group_nouns: frozenset[str] = frozenset()  # "للشبان من 16 إلى 25 عاما": a group of the young, then its ages
    age_group_links: frozenset[str] = frozenset()  # the links between: "من", "بين" (ar)
    age_range_links: frozenset[str] = frozenset()  # "من ستة أشهر إلى غاية خمس سنوات": between two ages (ar)
    # "الأطفال دون الـ5 سنوات", "لمن هم فوق 60 عاما": a bound on the years after the group (ar; counts_ar)
    age_bound_articles: frozenset[str] = frozenset()  # the article set apart before the figure ("الـ 5")
    age_group_pronouns: frozenset[str] = frozenset()  # "هم" standing for the group ...
    age_group_pronoun_links: frozenset[str] = frozenset()  # ... after "من", "ممن", "لمن"
    age_group_not_after: frozenset[str] = frozenset()  # "3 years behind": a span, no age (en)
    age_person_nouns: frozenset[str] = frozenset()
    # "وزوجته منى 60 عاما،": an age after a person's name (ar; counts_ages_ar.named_age_ar): kin nouns, which may stand
    # for the name ("وابنه 12 عاما،"; other person nouns need a name after them), and the words that show no name
    # stands before the figure ("منذ 16 عاما،")
    age_kin_nouns: frozenset[str] = frozenset()
    # "في زمن 2:11:47 ساعة": a race time in hours, minutes and seconds, a count of seconds (ar; counts_ar.race_time_ar)
    race_time_cues: frozenset[str] = frozenset()
    clock_time_prepositions: frozenset[str] = frozenset()  # "at 14:05.20": a clock, no race time (en)
    race_time_links: frozenset[str] = frozenset()  # "in 2:03:45" ... with one of race_time_nouns in the sentence (en)
    race_time_nouns: frozenset[str] = frozenset()
    race_time_after: frozenset[str] = frozenset()
    age_name_breaks: frozenset[str] = frozenset()
    dual_adjectives: frozenset[str] = frozenset()  # "وآخران" counts two, "جنديان آخران" is the dual's adjective
    dual_endings: frozenset[str] = frozenset()
    # "هزتين أرضيتين", "مواطنان فلسطينيان": a dual noun and its dual adjective (ar; counts_dual_ar.dual_pair_ar)
    dual_pair_feminine_endings: frozenset[str] = frozenset()
    dual_pair_adjective_endings: frozenset[str] = frozenset()
    dual_pair_nominative_endings: frozenset[str] = frozenset()
    dual_pair_not_endings: frozenset[str] = frozenset()
    dual_pair_not_first: frozenset[str] = frozenset()
    dual_pair_not_nouns: frozenset[str] = frozenset()
    dual_participle_forms: frozenset[str] = frozenset()  # "مركزين على": a participle's plural, no dual (ar)
    dual_participle_links: frozenset[str] = frozenset()
    measure_dual_needs_figure: frozenset[str] = frozenset()  # "قدمين": feet measured, or two feet (ar)
    dual_pair_anchor_endings: tuple[str, ...] = ()  # derived: words so ending are anchors (engine/scanning.py)
    dual_pair_not_anchor_endings: tuple[str, ...] = ()  # derived: "باكستان" is no anchor
    construct_duals: frozenset[str] = frozenset()  # "حالتي وفاة": a dual in construct, before an indefinite noun
    construct_head_verb_endings: tuple[str, ...] = ()  # "طائرتي هبطت": a past verb after it, a possessive (ar)
    construct_head_plural_endings: tuple[str, ...] = ()  # "-ات": a plural noun, not a verb
    measure_dual_words: frozenset[str] = frozenset()  # "مترين": two of a measure unit (an anchor)
    money_dual_words: frozenset[str] = frozenset()  # "بدولارين": two of a currency (an anchor; ar)
    age_of_words: frozenset[str] = frozenset()
    age_of_heads: frozenset[str] = frozenset()  # "the age group of 65": a noun between the age cue and "of" (en)
    age_old_words: frozenset[str] = frozenset()
    age_part_units: frozenset[str] = frozenset()  # "98 years 324 days old": the years are the age (en)
    # "the 15-24 years age group", "the six months to five years age band": years (or a range of them) before these
    # two words are ages (en; counts._age_band_after)
    age_band_heads: frozenset[str] = frozenset()
    age_band_nouns: frozenset[str] = frozenset()
    # "the first dose is given at nine months": months or years after these links, a dose named before them, are the
    # child's age at the dose (en; counts._dose_age_en), not after a word of length ("for between 6 and 12 months")
    dose_nouns: frozenset[str] = frozenset()
    dose_age_links: frozenset[str] = frozenset()
    dose_age_not_before: frozenset[str] = frozenset()
    dual_possessive_endings: frozenset[str] = frozenset()  # "ببلدينا الاثنين": "both" after a dual (ar)
    # "مرتين" counts two unless a manner of speaking (ar; rules/counts_dual_ar.py _twice_framed): after "في" only a
    # period (or a number) may follow
    twice_period_links: frozenset[str] = frozenset()
    twice_multiple_after: frozenset[str] = frozenset()  # "مرتين ما سجلته": twice an amount, no occasions (ar)
    twice_periods: frozenset[str] = frozenset()
