"""The loaded form of a language's data (claims/languages/<lang>.yaml): `Language`, its `Currency` entries and
`PhraseTable`, a phrase lookup that knows the first and last words of its phrases."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, TypeVar

import regex

from claims.languages.model_roles import LaterRoles

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
class Currency:
    code: str | None
    candidates: list[str] = field(default_factory=list)
    adjectives: dict[str, str] = field(default_factory=dict)  # word after (ar) -> code
    adjectives_before: dict[tuple[str, ...], str] = field(default_factory=dict)  # words before (en) -> code
    needs_number: bool = False
    needs_adjective: bool = False
    divisor: int = 1  # a subunit: 100 cents make one unit of the currency ("50 cents" -> 0.5)
    needs_country: bool = False  # money only where its country is in view: a glued "P277 million", "أوقية" (ouguiya)
    # A bare form ("$", "dollars") names the outlet's own currency when it is one of these (NZ: NZD), unless the
    # sentence matches `own_code_cues` (world markets priced in `code`: "a barrel", "on Wall Street") or the text
    # `own_code_text_cues` (a wire's "($1 = 1.52 New Zealand dollars)"): rules/money.py `outlet_reading`.
    outlet_codes: frozenset[str] = frozenset()
    own_code_cues: regex.Pattern | None = None
    own_code_text_cues: tuple[str, ...] = ()
    named_only: frozenset[str] = frozenset()  # candidates meant only where the text names them ("جنيه": GBP)


@dataclass(slots=True)
class Language(LaterRoles):
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
    # Ages ("75-year-old", "عمره 75 عاما"): a number with unit "years old", never a count of years.
    age_nouns: frozenset[str] = frozenset()
    age_cues_before: frozenset[str] = frozenset()
    age_cues_right_before: frozenset[str] = frozenset()
    age_after: tuple[tuple[str, ...], ...] = ()
    age_month_nouns: frozenset[str] = frozenset()  # "a 6-month-old": the age is in months
    units_before: frozenset[str] = frozenset()  # "a magnitude 6.6 quake": a measure named before its figure (en)
    measure_continue_links: frozenset[str] = frozenset()  # "... 39 million TEUs ... at 35.3 million" (en)
    unit_name_words: frozenset[str] = frozenset()  # "20-foot equivalent units": a measure naming a unit (en)
    # Indefinite dual nouns that count two ("دولتين", "عامين").
    dual_nouns: frozenset[str] = frozenset()
    dual_emphasis: frozenset[str] = frozenset()
    # "1 in 5": the words between the two numbers of a ratio.
    ratio_words: frozenset[str] = frozenset()
    not_numbers: frozenset[str] = frozenset()
    # Nouns that make "N-noun" a count ("a 25-member bloc", "a three-judge panel").
    compound_nouns: frozenset[str] = frozenset()
    # Identifier cues as written: English ones count only with the case the data gives ("Top 20", not "top 12").
    identifier_cues_exact: frozenset[str] = frozenset()
    # Words before a number that make it negative ("minus 5", "سالب 3").
    minus_words: frozenset[str] = frozenset()
    # A weekday right after a given name is a surname ("عبدالعزيز الخميس"): name prefixes, given names, and the
    # titles used with a first name alone, after which the weekday stays a date ("الملك عبدالله الخميس").
    surname_name_prefixes: frozenset[str] = frozenset()
    surname_given_names: frozenset[str] = frozenset()
    surname_not_after: frozenset[str] = frozenset()
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
    day_range_connectors: frozenset[str] = frozenset()
    day_list_connectors: frozenset[str] = frozenset()
    until_words: frozenset[str] = frozenset()
    range_openers: frozenset[str] = frozenset()
    between_words: frozenset[str] = frozenset()
    range_from_words: frozenset[str] = frozenset()  # "from 10 dollars to 20 dollars": an amount's range (lists.py)
    year_pair_openers: frozenset[str] = frozenset()
    and_words: frozenset[str] = frozenset()  # lists, ranges, compound number words ("one hundred and six")
    or_words: frozenset[str] = frozenset()
    year_range_connectors: frozenset[str] = frozenset()
    range_connectors: frozenset[str] = frozenset()
    percent_range_connectors: frozenset[str] = frozenset()
    change_connectors: frozenset[str] = frozenset()
    since_words: frozenset[str] = frozenset()
    month_nouns_after_day_link: frozenset[str] = frozenset()
    month_nouns: frozenset[str] = frozenset()
    hijri_year_nouns: frozenset[str] = frozenset()
    today_nouns: frozenset[str] = frozenset()
    today_noun_after: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()  # "وكالة فلسطين اليوم الإخبارية": a name, not today (ar)
    month_period_links: frozenset[str] = frozenset()  # "في شهر شباط": the month as a period (ar)
    past_verbs: frozenset[str] = frozenset()  # "ارتفع", "كانت": a month not yet begun is the last one (ar)
    weekday_before_last: frozenset[str] = frozenset()  # "الأربعاء قبل الماضي": the week before last (ar)
    weekday_needs_direction: frozenset[str] = frozenset()  # "الخمس الماضي" (ar): else a number word
    following_year_words: frozenset[str] = frozenset()  # "من العام التالي": a year counted from another (ar)
    relative_month_nouns: frozenset[str] = frozenset()  # "من الشهر المقبل": a month named by its place (ar)
    # A relative-day phrase opened by one of these ("هذه الليلة") anchors at its second word: the opener is too
    # common a word to be an anchor (claims/languages/loader.py); the phrase is no date after `this_day_not_after`.
    phrase_openers_not_anchors: frozenset[str] = frozenset()
    this_day_not_after: frozenset[str] = frozenset()
    feminine_endings: frozenset[str] = frozenset()  # last letters: "الدورة" is no adjective of "اليوم" (ar)
    partitive_words: frozenset[str] = frozenset()
    post_office_box: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()
    definite_adjective_endings: tuple[str, ...] = ()
    year_determiners: frozenset[str] = frozenset()
    count_modifiers: frozenset[str] = frozenset()
    million_nouns: frozenset[str] = frozenset()
    metre_suffixes: frozenset[str] = frozenset()
    fraction_links: frozenset[str] = frozenset()
    ratio_first_words: frozenset[str] = frozenset()
    ratio_round_bases: frozenset[str] = frozenset()  # "eight out of 10": a rate; "325 out of 360 seats": counts (en)
    ratio_every_words: frozenset[str] = frozenset()  # "one in every 200 people"
    ratio_times_words: frozenset[str] = frozenset()  # "nine times out of ten"
    percent_back_anchors: frozenset[str] = frozenset()  # "one per cent": the percent word is the anchor
    # Spelled-out numbers without a noun (claims/rules/numbers/words.py): "two point five", "point zero three",
    # and the linking words after which a lone small number ends its clause as the figure ("the toll rose to three.").
    decimal_point_words: frozenset[str] = frozenset()
    zero_words: frozenset[str] = frozenset()
    word_figure_links: frozenset[str] = frozenset()
    word_figure_not_after: frozenset[str] = frozenset()
    people_count_verbs: frozenset[str] = frozenset()  # "the blast killed five.": a count of people
    lowercase_month_cues: frozenset[str] = frozenset()  # "on march 6", "by 6 may": "may"/"march" read as months
    event_year_names: frozenset[str] = frozenset()  # "Euro 2004", "World Cup 2006": the year dates the event
    event_year_nouns: frozenset[str] = frozenset()  # "the Athens 2004 Olympics"
    year_comparison_words: frozenset[str] = frozenset()  # "مقارنة مع 2009": a year compared with
    year_comparison_links: frozenset[str] = frozenset()
    unit_thing_adjectives: frozenset[str] = frozenset()  # "28 برميلا متفجرا": the unit names things counted
    # A bare figure paired with one that has a unit takes it (claims/rules/lists.py): "4.2 مقابل 4.6 بالمائة",
    # "8ر4 بالمائة بعد أن بلغ 4ر14"
    pair_links: frozenset[str] = frozenset()
    previous_value_verbs: frozenset[str] = frozenset()
    previous_value_links: frozenset[str] = frozenset()
    previous_value_openers: frozenset[str] = frozenset()
    word_figure_not_before: frozenset[str] = frozenset()
    # "a quarter of a century", "half a decade": a fraction of a long time unit is a count of years (rules/shares.py).
    time_span_years: dict[str, int] = field(default_factory=dict)
    # Multiples (rules/counts_en.py): "twice the figure", "six times as much", "three times more": a number.
    multiple_adverbs: dict[str, int] = field(default_factory=dict)
    multiple_nouns: frozenset[str] = frozenset()
    multiple_cues: frozenset[str] = frozenset()
    multiple_as_words: frozenset[str] = frozenset()
    multiple_as_quantifiers: frozenset[str] = frozenset()
    multiple_adverb_cues: frozenset[str] = frozenset()
    comparative_links: frozenset[str] = frozenset()
    # "only one showed", "just one has survived": "one" standing for a group named before counts
    # (rules/numbers/words.py)
    lone_one_openers: frozenset[str] = frozenset()
    lone_one_verbs: frozenset[str] = frozenset()
    referring_back_nouns: frozenset[str] = frozenset()  # "the two men": no claim (rules/counts_en.py)
    referring_back_determiners: frozenset[str] = frozenset()  # "these two diseases": no claim (en)
    more_count_words: frozenset[str] = frozenset()  # "nominated for two more this year": a count
    share_figure_links: frozenset[str] = frozenset()
    per_words: frozenset[str] = frozenset()  # "قضية لكل 2133 أسرة": one per N
    # Identifier cues that a number before them counts ("تقرير من 300 صفحة", "12 رحلة"; "صفحة 12" stays a page).
    counted_cue_nouns: frozenset[str] = frozenset()
    # "العقود الثلاثة الماضية": a definite cardinal of time framing other figures (rules/counts_definite_ar.py).
    cardinal_frame_nouns: frozenset[str] = frozenset()
    cardinal_frame_after: frozenset[str] = frozenset()
    per_every_words: frozenset[str] = frozenset()  # "مقابل كل خمسة براميل": "every" after rate_basis_words
    # Shares of a whole (claims/rules/shares.py): plural fraction words taking a count before them ("ثلاثة أرباع",
    # "two-thirds"), links and the words around a fraction that make it a share or keep it from being one.
    plural_fractions: frozenset[str] = frozenset()
    share_proclitics: frozenset[str] = frozenset()
    share_comparison_links: frozenset[str] = frozenset()
    share_alone: frozenset[str] = frozenset()
    share_not_after: frozenset[str] = frozenset()
    share_not_before: frozenset[str] = frozenset()
    share_links: frozenset[str] = frozenset()
    share_articles: frozenset[str] = frozenset()
    # Counts whose noun is implied or stands elsewhere (bench/devset/GUIDELINES.md): "3 منهم", "12 of their 14".
    partitive_pronouns: frozenset[str] = frozenset()
    partitive_demonstratives: frozenset[str] = frozenset()  # "خمسة من هذه الأعمال": the noun after the demonstrative
    possessive_endings: frozenset[str] = frozenset()  # "أبنائه الثلاثة": a possessed noun before a definite cardinal
    victim_cues: frozenset[str] = frozenset()  # "بمقتل 13": a bare figure after these counts people
    percent_cues: frozenset[str] = frozenset()  # "بنسبة 0.38": a bare figure after these is a percent
    count_of_nouns: frozenset[str] = frozenset()  # "عدد القوائم ... 2.288 قائمة": a dotted figure counts thousands
    # Implied Arabic counts (claims/rules/counts_implied_ar.py): verbs of reaching before parallel figures, "العدد"
    # (the total of a count) and the owner words of an age ("ذي الـ23 عاما").
    parallel_count_verbs: frozenset[str] = frozenset()
    sequence_links: frozenset[str] = frozenset()  # "، ثم 4,9 في 2000": the next figure of a series (ar)
    total_count_nouns: frozenset[str] = frozenset()
    age_owner_words: frozenset[str] = frozenset()
    unscaled_units: frozenset[str] = frozenset()  # "30 عقدة" knots; "16 ألف عقدة" nodes (rules/quantity.py)
    total_count_adjectives: frozenset[str] = frozenset()  # "العدد الإجمالي": the total of a count
    toll_nouns: frozenset[str] = frozenset()  # "الحصيلة ارتفعت إلى 61": a toll counts alone (counts_implied_ar)
    value_words: frozenset[str] = frozenset()  # "بقيمة 97,039,330": the figure after them is a value, no count (ar)
    rank_set_nouns: frozenset[str] = frozenset()  # "المراكز الخمسة الأولى": the top five places (counts_definite_ar)
    average_words: frozenset[str] = frozenset()  # "متوسط عدد الأطفال": an average, a decimal may stand
    unit_price_nouns: frozenset[str] = frozenset()  # "سعر البرميل 77.536 دولارا": a price of one unit, decimals
    price_words: frozenset[str] = frozenset()
    plural_scales: frozenset[str] = frozenset()  # "ملايين": a scale word that follows three to ten only
    rate_nouns: frozenset[str] = frozenset()  # "بنقطتين في نسبة التضخم": points of a rate are percentage points
    rate_links: frozenset[str] = frozenset()
    rate_change_nouns: frozenset[str] = frozenset()  # "61 في المئة، بزيادة أربع نقاط": rate points (ar)
    percent_change_words: frozenset[str] = frozenset()  # "بنسبة 1.2%": a percent that is a change, no level (ar)
    index_nouns: frozenset[str] = frozenset()  # "المؤشر": points in its sentence are an index's (ar)
    clock_minute_nouns: frozenset[str] = frozenset()  # "الساعة التاسعة وخمس دقائق": minutes of a clock time
    clock_minus_words: frozenset[str] = frozenset()  # "الساعة العاشرة إلا عشر دقائق"
    first_day_words: frozenset[str] = frozenset()  # "غرة ذي القعدة", "أول أغسطس": the first day of the month
    single_period_openers: frozenset[str] = frozenset()  # "لمدة عام": a singular period after these counts one
    single_period_nouns: frozenset[str] = frozenset()
    single_period_extensions: frozenset[str] = frozenset()  # "لعام آخر": for another year
    ago_words: frozenset[str] = frozenset()  # "قبل عام.": a singular period ago, ending its clause, counts one
    ago_clause_words: frozenset[str] = frozenset()  # ... or before these ("قبل عام في نفس التاريخ")
    age_ordinal_links: frozenset[str] = frozenset()  # "في العشرين من عمرها": an ordinal age after these
    age_reach_verbs: frozenset[str] = frozenset()  # "طفلة تبلغ 5 سنوات": a person's years after it are an age
    age_reach_links: frozenset[str] = frozenset()  # "الشاب الذي يبلغ 19 عاما"
    age_person_nouns: frozenset[str] = frozenset()
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
    ranked_set_elatives: frozenset[str] = frozenset()  # "أعلى خمس جنسيات", "أكثر عامين": a ranked set (ar)
    score_lead_words: frozenset[str] = frozenset()  # "متقدما بهدفين": leading by two goals, a score (ar)
    count_of_copulas: frozenset[str] = frozenset()  # "367 ألفا هو عدد المترشحين": a count (ar)
    measure_dual_needs_figure: frozenset[str] = frozenset()  # "قدمين": feet measured, or two feet (ar)
    dual_pair_anchor_endings: tuple[str, ...] = ()  # derived: words so ending are anchors (engine/scanning.py)
    dual_pair_not_anchor_endings: tuple[str, ...] = ()  # derived: "باكستان" is no anchor
    construct_duals: frozenset[str] = frozenset()  # "حالتي وفاة": a dual in construct, before an indefinite noun
    out_of_words: frozenset[str] = frozenset()  # "164 مقعدا من أصل 596": the whole counts the same noun
    out_of_links: frozenset[str] = frozenset()
    restatement_links: frozenset[str] = frozenset()  # "ربع نقطة مئوية، أي 0.25 نقطة مئوية": the same figure again
    measure_dual_words: frozenset[str] = frozenset()  # "مترين": two of a measure unit (an anchor)
    money_dual_words: frozenset[str] = frozenset()  # "بدولارين": two of a currency (an anchor; ar)
    single_period_emphasis_openers: frozenset[str] = frozenset()  # "بعد شهر فقط": one, with واحد or an only-word
    only_words: frozenset[str] = frozenset()  # "فقط"
    one_adjectives: frozenset[str] = frozenset()  # "إصابة واحدة": "one" after its noun counts it after a victim cue
    partitive_determiners: frozenset[str] = frozenset()
    partitive_order_words: frozenset[str] = frozenset()  # "three of their next 10 games" (counts_en.py)
    age_of_words: frozenset[str] = frozenset()
    age_old_words: frozenset[str] = frozenset()
    ordinal_suffixes: frozenset[str] = frozenset()
    clock_suffixes: frozenset[str] = frozenset()
    time_zones: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()  # verbs of saying: a day word they own dates the report
    report_verb_proclitics: frozenset[str] = frozenset()
    report_time_links: frozenset[str] = frozenset()  # "said on Monday"
    report_clause_breaks: frozenset[str] = frozenset()  # "قال إن ...": what follows is the reported act
    bc_year_openers: frozenset[str] = frozenset()  # "قبل الميلاد", "ق.م": a year before Christ (dates/year.py)
    bc_year_words: frozenset[str] = frozenset()  # its word after the opener, or the whole marker ("BC")
    report_day_openers: frozenset[str] = frozenset()  # "وفي يوم الجمعة قالت": words before a day opening a report
    report_issue_verbs: frozenset[str] = frozenset()  # "بيان صدر أمس": issued, after a statement noun
    report_statement_nouns: frozenset[str] = frozenset()  # "الإحصاءات الصادرة ... الجمعة"
    report_attribution_words: frozenset[str] = frozenset()  # "وفق تقديرات ... اليوم": the statement's day (ar)
    day_part_words: frozenset[str] = frozenset()  # "عصر اليوم 21250": a time of today, not "day 21250" (ar)
    yearly_words: frozenset[str] = frozenset()  # "في 31 مارس سنويا": a day of every year, no year inferred
    per_period_links: frozenset[str] = frozenset()  # "300 ألف برميل في اليوم": per day, no date (ar)
    dateline_agencies: frozenset[str] = frozenset()
    dateline_links: frozenset[str] = frozenset()  # "الموافق" between a dateline's two dates
    # Dates (issue 14, class 3): claims/rules/dates/year_context.py and year.py.
    month_year_links: frozenset[str] = frozenset()  # "يناير عام 2009"
    relative_year_nouns: frozenset[str] = frozenset()  # "بمايو العام الماضي", "in March last year"
    current_year_words: frozenset[str] = frozenset()
    future_cues: frozenset[str] = frozenset()  # a sentence about the future keeps a later month in the future
    schedule_cues: frozenset[str] = frozenset()  # "will travel on Wednesday": the next Wednesday (en)
    schedule_cue_blockers: frozenset[str] = frozenset()  # "was due to meet on Wednesday": a past schedule (en)
    sequence_name_cues: frozenset[str] = frozenset()  # "Round two offers": a stage's name, not a count (en)
    year_part_words: frozenset[str] = frozenset()  # "mid-2005"
    old_year_cues: frozenset[str] = frozenset()  # "in 1337": a year before 1800 needs one of these
    hypothetical_cues: frozenset[str] = frozenset()  # "if forced to decide tomorrow": no date
    # Not claims (issue 14, class 5): claims/rules/not_claims/.
    sms_verbs: frozenset[str] = frozenset()
    sms_links: frozenset[str] = frozenset()
    telecom_operators: frozenset[str] = frozenset()
    service_number_nouns: frozenset[str] = frozenset()
    rank_nouns: frozenset[str] = frozenset()
    concept_number_nouns: frozenset[str] = frozenset()
    rank_scope_before: frozenset[str] = frozenset()  # "slipped to 64 in the world": a place in a ranking (en)
    rank_scope_prepositions: frozenset[str] = frozenset()
    rank_scopes: frozenset[str] = frozenset()
    ranked_set_words: frozenset[str] = frozenset()  # "the world's 500 largest companies": a set named by size (en)
    ranked_set_openers: frozenset[str] = frozenset()  # "the top three clay-courters" (en)
    edition_names: frozenset[str] = frozenset()
    edition_openers: frozenset[str] = frozenset()
    isotope_elements: frozenset[str] = frozenset()  # "اليورانيوم 235": a mass number names the isotope
    grade_cues: frozenset[str] = frozenset()  # "الذهب عيار 21", "بنزين 95": the number names a grade
    grade_names_after: frozenset[str] = frozenset()  # "95 أوكتان"
    grade_values: frozenset[str] = frozenset()  # the karats and octanes a grade cue names
    stage_nouns: frozenset[str] = frozenset()  # "دور الـ8 لكأس مصر": a round named by its number
    spelled_latin_letters: frozenset[str] = frozenset()
    list_links: frozenset[str] = frozenset()
    list_cues: frozenset[str] = frozenset()
    race_nouns: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    race_event_nouns: frozenset[str] = frozenset()
    race_holder_words: frozenset[str] = frozenset()
    race_event_modifiers: frozenset[str] = frozenset()  # "the 60m world indoor title" (en)
    race_gender_words: frozenset[str] = frozenset()  # "the men's 200m" names the event (en)
    race_event_before: frozenset[str] = frozenset()  # "silver in the 100m." (en)
    race_event_after: frozenset[str] = frozenset()  # "win the 60m at Leipzig" (en)
    frame_words: frozenset[str] = frozenset()
    frame_prepositions: frozenset[str] = frozenset()
    frame_modifiers: frozenset[str] = frozenset()
    frame_ends: frozenset[str] = frozenset()
    frame_prepositions_modified: frozenset[str] = frozenset()  # "of the last 25 years" (en)
    frame_prepositions_ended: frozenset[str] = frozenset()  # "for the final three months of 2004" (en)
    frame_plan_prepositions: frozenset[str] = frozenset()  # "over the next four years": a plan's length (en)
    frame_plan_modifiers: frozenset[str] = frozenset()
    frame_partitive_after: frozenset[str] = frozenset()  # "18 times out of the last 20 years": a part (en)
    fraction_point_words: frozenset[str] = frozenset()  # "a quarter point rise": a fraction of a point (en)
    report_nouns: frozenset[str] = frozenset()  # "in a statement on Thursday, X said": report time (en)
    report_revision_verbs: frozenset[str] = frozenset()  # "X on Monday raised its growth forecast": report time (en)
    report_forecast_nouns: frozenset[str] = frozenset()  # what such a verb revises ("forecast", "estimates")
    name_inner_words: frozenset[str] = frozenset()  # "Office of National Statistics": inside a name (en)
    report_relative_pronouns: frozenset[str] = frozenset()  # "the board, which announced ... yesterday" (en)
    implied_count_cues: frozenset[str] = frozenset()  # "The number of films ... rose to 310": bare figures count
    amount_nouns: frozenset[str] = frozenset()  # "... revenue of 23.6 billion": continues an amount (en, lists.py)
    breakdown_each_words: frozenset[str] = frozenset()  # "two each in Kano and Jos": a count's breakdown (en)
    breakdown_prepositions: frozenset[str] = frozenset()
    breakdown_copulas: frozenset[str] = frozenset()  # "9 وفيات هي 6 في تعز": a breakdown follows (ar)
    tally_openers: frozenset[str] = frozenset()  # "توزعت المقاعد: الشمال (14)": bracketed parts follow (ar)
    one_counted_nouns: frozenset[str] = frozenset()  # "one count of fraud": counts one (en)
    one_subject_nouns: frozenset[str] = frozenset()  # "one person remains missing": counts one before a verb (en)
    one_subject_verbs: frozenset[str] = frozenset()  # the verbs that make "one person" a subject (en)
    one_subject_not_after: frozenset[str] = frozenset()  # "the one person who", "No one person can" (en)
    subset_openers: frozenset[str] = frozenset()  # "five cities ..., including three in Texas" (en)
    holding_verbs: frozenset[str] = frozenset()  # "controls 57 seats while the PDP has 28" (en, counts_carried_en)
    carried_adverbs: frozenset[str] = frozenset()
    auxiliary_words: frozenset[str] = frozenset()  # "United have won 20 titles, Liverpool 19" (en)
    carried_prepositions: frozenset[str] = frozenset()  # "65 flights on Thursday, 180 on Friday" (en)
    comparison_links: frozenset[str] = frozenset()  # "compared with just ten": a count's noun carried (en)
    partitive_relatives: frozenset[str] = frozenset()  # "of which seven": a part of the count before (en)
    existential_words: frozenset[str] = frozenset()  # "of which there were nine" (en)
    change_after_words: frozenset[str] = frozenset()  # "14.6 weeks, up 0.6": the count's change (en)
    period_one_links: frozenset[str] = frozenset()  # "for one day.", "for over a year.": one period (en)
    period_one_nouns: frozenset[str] = frozenset()
    lone_count_openers: frozenset[str] = frozenset()  # "while two remain missing": people counted (en)
    lone_count_verbs: frozenset[str] = frozenset()
    plural_subject_verbs: frozenset[str] = frozenset()  # "and 968 were hospitalized": a figure as subject (en)
    one_measure_units: frozenset[str] = frozenset()  # "one ounce", "half an ounce": a measure of one unit (en)
    school_year_cues: frozenset[str] = frozenset()  # "Year 12 students": a school year names a stage (en)
    school_year_openers: frozenset[str] = frozenset()  # "in year 11": lower case after these only (en)
    year_pair_phrases: frozenset[str] = frozenset()  # "November as well as December 2018": one year (en)
    year_pair_prepositions: frozenset[str] = frozenset()  # "in November and in December 2018" (en)
    period_ago_anchors: frozenset[str] = frozenset()  # "a year ago", "a decade ago": how long ago (en)
    period_ago_not_after: frozenset[str] = frozenset()  # "higher than a year ago": a comparison's base (en)
    further_count_words: frozenset[str] = frozenset()  # "and another 700": counts the noun before (en)
    lone_unit_anchors: frozenset[str] = frozenset()  # "one" read where it counts ("one each in Jos") (en)
    glued_only_units: frozenset[str] = frozenset()  # "88.88F" a temperature, "16 F-35 jets" not (en)
    share_by_links: frozenset[str] = frozenset()  # "devalued by nearly half since March": a share (en)
    share_by_ends: frozenset[str] = frozenset()
    approx_tails: frozenset[str] = frozenset()  # "80-odd caps", "10 or so images" (en)
    more_tails: frozenset[str] = frozenset()  # "200-plus banks": more than 200 (en)
    plural_verb_nouns: frozenset[str] = frozenset()  # "50 shows," a count; "50 shows growth" a verb (en)
    plural_verb_noun_after: frozenset[str] = frozenset()
    frame_superlatives: frozenset[str] = frozenset()  # "the fastest rate in six years": framing (en)
    idiom_phrases: frozenset[str] = frozenset()  # "ten to one", "one in a million": no figure (en)
    score_nouns: frozenset[str] = frozenset()  # "two goals to nil": a score (en)
    score_links: frozenset[str] = frozenset()
    score_nil_words: frozenset[str] = frozenset()
    ago_words: frozenset[str] = frozenset()  # "45 years ago" after an identifier cue (en)
    report_auxiliaries: frozenset[str] = frozenset()  # "on Thursday Mr Blair is saying" (en)
    report_bare_verbs: frozenset[str] = frozenset()  # "said the attack on Monday": no object, a clause (en)
    report_clause_openers: frozenset[str] = frozenset()  # ... opened by a determiner (en)
    report_clause_verbs: frozenset[str] = frozenset()  # "said Mr Knight was stopped on Monday": the clause's day (en)
    base_period_links: frozenset[str] = frozenset()  # "in December 2023 from ... in November": its year (en)
    period_figure_nouns: frozenset[str] = frozenset()  # "the March figure", "the rate for May": a period's data (en)
    period_figure_links: frozenset[str] = frozenset()  # "the rate for May" (en)
    day_event_nouns: frozenset[str] = frozenset()  # "today's ruling": a day word's event (en)
    month_period_nouns: frozenset[str] = frozenset()  # "the April-June quarter of 2023" (en)
    past_cues: frozenset[str] = frozenset()  # a month long after publication is past only with one (en)
    habitual_words: frozenset[str] = frozenset()  # "September registrations typically": no date (en)
    topic_words: frozenset[str] = frozenset()  # "optimistic about 2005": "about" is no qualifier (en)
    frame_after: frozenset[str] = frozenset()
    multiple_size_nouns: frozenset[str] = frozenset()  # "half the size of Wales": a multiple, not a share (en)
    figure_level_nouns: frozenset[str] = frozenset()  # "the 1,500 level": a level, not a count (en)
    fold_multiples: frozenset[str] = frozenset()  # "tenfold": a multiple, unit times (en)
    share_closing_nouns: frozenset[str] = frozenset()  # "a two-thirds majority": a share (en)
    share_comparison_words: frozenset[str] = frozenset()  # "two-thirds below the peak": a share (en)
    frame_total_links: frozenset[str] = frozenset()  # "150mm of rain in 36 hours": a total's period frames (en)
    clock_day_parts: frozenset[str] = frozenset()  # "at 3 in the afternoon": a clock time (en)
    clock_hour_openers: frozenset[str] = frozenset()  # "at 3 in the afternoon" (en)
    frame_opening_adverbs: frozenset[str] = frozenset()  # "In only four years, N died": framing (en)
    frame_total_not_units: frozenset[str] = frozenset()  # ("in 9.58 seconds": a race's time is the figure)
    frame_comparison_ends: frozenset[str] = frozenset()  # "than three months earlier" frames (en)
    frame_units_long: frozenset[str] = frozenset()
    frame_units_short: frozenset[str] = frozenset()
    frame_compound_nouns: frozenset[str] = frozenset()  # "a 52-week high": a period compound that frames (en)
    both_cues: frozenset[str] = frozenset()  # "بين الاثنين": "the two", not Monday (ar)
    # What a rate is counted per: "مائة ألف مقابل دولار واحد" (the basis, no amount), "مقابل كل خمسة براميل" (ar)
    rate_basis_words: frozenset[str] = frozenset()
    currency_cue_holders: frozenset[str] = frozenset()  # "البنك المركزي التونسي": whose money it is (ar)
    usd_equivalence_words: frozenset[str] = frozenset()  # "5.9 مليار دينار، أي 19.4 مليار دولار" (ar)
    currency_partner_words: frozenset[str] = frozenset()  # "التونسي مع الجزائر": the partner's cue counts last (ar)
    nisba_endings: frozenset[str] = frozenset()  # a currency cue "الكويتي" also as "الكويتيون", "سودانيا" (ar)
    fx_quote_words: frozenset[str] = frozenset()  # "مقابل الجنيه المصري 48.5 جنيه": the currency quoted in (ar)
    fx_price_words: frozenset[str] = frozenset()  # "الشراء بسعر 3850": a bare figure priced (ar)
    fx_rate_words: frozenset[str] = frozenset()  # "سعر صرف": the sentence is about an exchange rate (ar)
    fx_trade_words: frozenset[str] = frozenset()  # "31 للبيع": a bare figure before these is priced (ar)
    fx_rate_phrases: frozenset[str] = frozenset()  # "سعر صرف ... 14,100،": the rate closing its clause (ar)
    topic_openers: frozenset[str] = frozenset()  # "أما الريال القطري، فقد سجل 612 ريالا": the topic (ar)
    share_price_cues: frozenset[str] = frozenset()  # "سعر سهم ... 0.716 درهم": a price to a thousandth (ar)
    rate_basis_proclitics: frozenset[str] = frozenset()  # "90 ألفا للدولار": the basis glued to its ل (ar)
    fx_level_links: frozenset[str] = frozenset()  # "closed at 83.12 against the dollar": the level (en)
    fx_basis_links: frozenset[str] = frozenset()  # "... 83.12 against the dollar": the other currency (en)
    dual_possessive_endings: frozenset[str] = frozenset()  # "ببلدينا الاثنين": "both" after a dual (ar)
    exceed_verbs: frozenset[str] = frozenset()  # "يفوق المليون": a definite scale after them is a count (ar)
    currency_compound_adjectives: dict[str, str] = field(default_factory=dict)
    # Symbols that name a currency only glued to the number ("KSh45", "R3.5bn": a lone "R" is a letter).
    currency_glued_symbols: dict[str, Currency] = field(default_factory=dict)
    # A scale suffix with a currency code glued after it ("2.5bnUSD"): suffix key -> (scale, currency).
    scale_currency_suffixes: dict[str, tuple[int, Currency]] = field(default_factory=dict)
    scale_currency_words: dict[str, tuple[int, Currency]] = field(default_factory=dict)  # "ملياردولار" (ar)
    # Derived once, at load (claims/languages/loader.py): what the engine looks up on every text.
    # Anchor words, every word that can start a claim (loader._anchor_words): for Arabic with each proclitic glued
    # in front; for case-sensitive data the month and weekday names are in case_anchors instead, and "one" (never a
    # claim alone) is out.
    full_anchors: frozenset[str] = frozenset()
    case_anchors: frozenset[str] = frozenset()  # anchor words matched with their case ("May", not "may")
    month_first_words: frozenset[str] = frozenset()  # every word that can open a month name (with proclitics)
    percent_first_words: frozenset[str] | None = None  # every word that can open a percent word (None: no test)
    cue_patterns: dict[str, regex.Pattern] = field(default_factory=dict)  # currency code -> its cue words
    number_words: frozenset[str] = frozenset()  # every key of units, tens, hundreds, scales, duals, fractions
