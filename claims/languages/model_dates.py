"""Date words: months, weekdays, relative days and years, and what makes a month recur every year or a day word
name something else (claims/rules/dates/).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class DateRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    # A weekday right after a given name is a surname ("عبدالعزيز الخميس"): name prefixes, given names, and the
    # titles used with a first name alone, after which the weekday stays a date ("الملك عبدالله الخميس").
    surname_name_prefixes: frozenset[str] = frozenset()
    surname_given_names: frozenset[str] = frozenset()
    surname_not_after: frozenset[str] = frozenset()
    day_range_connectors: frozenset[str] = frozenset()
    day_list_connectors: frozenset[str] = frozenset()
    year_pair_openers: frozenset[str] = frozenset()
    year_range_connectors: frozenset[str] = frozenset()
    since_words: frozenset[str] = frozenset()
    # "since about September", "منذ مطلع سبتمبر": words between a since word and its date (dates/calendar.py)
    since_fillers: frozenset[str] = frozenset()
    month_compared_links: frozenset[str] = frozenset()  # "in May, compared to ... May 2021": the base after it (en)
    usual_month_words: frozenset[str] = frozenset()  # "the usual June 1": the month of every year (en)
    usual_month_links: frozenset[str] = frozenset()  # "usual for the March quarter": words passed before it (en)
    usual_comparison_words: frozenset[str] = frozenset()  # "than usual in March": this March (en)
    dated_start_links: frozenset[str] = frozenset()  # "on October 1 ... by February 3, 2022": its start (en)
    dated_end_links: frozenset[str] = frozenset()  # ... and the dated day closing the account (en)
    clause_year_openers: frozenset[str] = frozenset()  # "... and last year we started": a clause's opener (en)
    month_range_to_links: frozenset[str] = frozenset()  # "from ... May 2021 to ... in October": the end after it (en)
    month_nouns_after_day_link: frozenset[str] = frozenset()
    month_nouns: frozenset[str] = frozenset()
    hijri_year_nouns: frozenset[str] = frozenset()
    year_naming_nouns: frozenset[str] = frozenset()  # "20,1 سنة 2024": the noun names the year after it (ar)
    today_nouns: frozenset[str] = frozenset()
    tonight_nouns: frozenset[str] = frozenset()  # "الليلة": tonight, a noun before a definite word (ar)
    tonight_not_after: frozenset[str] = frozenset()
    overnight_nouns: frozenset[str] = frozenset()  # "ليلة": a night named by two weekdays, a word between (ar)
    overnight_links: frozenset[str] = frozenset()  # "ليلة الجمعة إلى السبت": the link of its two days (ar)
    until_now_links: frozenset[str] = frozenset()  # "حتى"/"لغاية" before it, after "منذ" (ar)
    until_now_bounds: frozenset[str] = frozenset()  # "إلى حدود اليوم", "لحد اليوم" (ar)
    until_today_deadline_words: frozenset[str] = frozenset()  # "تنتهي المهلة حتى اليوم": a deadline, the day (ar)
    today_noun_after: frozenset[str] = frozenset()
    writing_day_not_beside: frozenset[str] = frozenset()  # "أول من أمس": another day, no writing day (ar)
    yesterday_elative_after: frozenset[str] = frozenset()  # "في أمس الحاجة": the elative, no day (ar)
    # A day and month named by the event before them, of one known year: (the event noun's key, day, month) -> year
    # ("هجمات 11 سبتمبر" is 2001's, "حرب أكتوبر" 1973's: day 0 for a month alone; top-level `named_event_days`, read
    # by calendar._named_event_year)
    named_event_days: dict[tuple[str, int, int], int] = field(default_factory=dict)
    named_event_nouns: frozenset[str] = frozenset()  # the event nouns of named_event_days (derived)
    nowadays_before: frozenset[str] = frozenset()  # "وهو اليوم يتجه", "لدينا اليوم": nowadays, no day (ar)
    nowadays_openers_after: frozenset[str] = frozenset()  # "دورنا اليوم أن ندعم": nowadays, no day (ar)
    today_expected_before: frozenset[str] = frozenset()  # "يرتقب اليوم أن يحسم": the day an event is due (ar)
    today_act_verbs: frozenset[str] = frozenset()  # "قرر المجلس اليوم أن": the day of a decision (ar)
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
    year_determiners: frozenset[str] = frozenset()
    past_form_blockers: frozenset[str] = frozenset()  # "is located": no simple past after these (en)
    past_object_openers: frozenset[str] = frozenset()  # "topped the mark": a past verb's object opens (en)
    month_day_cues: frozenset[str] = frozenset()  # "on 5/14": a yearless month and day after these (en)
    month_day_time_nouns: frozenset[str] = frozenset()  # "the morning of 6/15" (en)
    year_subject_objects: frozenset[str] = frozenset()  # "2004 reinforces the trend": a verb's object opens (en)
    year_subject_openers: frozenset[str] = frozenset()  # "the half of 2018 marks the": before a year subject (en)
    # "the March export earnings": a month between these and a lower-case word (not one of the second list) (en)
    month_adjective_openers: frozenset[str] = frozenset()
    month_participle_links: frozenset[str] = frozenset()  # "predicted for May" (en; month_cues._participle_link_en)
    month_adjective_not_before: frozenset[str] = frozenset()
    season_words: frozenset[str] = frozenset()  # "the June-to-September monsoon": a season of every year (en)
    past_tense_auxiliaries: frozenset[str] = frozenset()  # "was held on Thursday": the last Thursday (en)
    past_tense_verbs: frozenset[str] = frozenset()  # "fed off the crowd on Saturday": simple pasts (en)
    month_deadline_words: frozenset[str] = frozenset()  # "will be done by the end of November": to come (en)
    schedule_conditional_cues: frozenset[str] = frozenset()  # "would": a cue, but "would have" looks back (en)
    perfect_auxiliaries: frozenset[str] = frozenset()
    lowercase_month_cues: frozenset[str] = frozenset()  # "on march 6", "by 6 may": "may"/"march" read as months
    event_year_names: frozenset[str] = frozenset()  # "Euro 2004", "World Cup 2006": the year dates the event
    event_year_nouns: frozenset[str] = frozenset()  # "the Athens 2004 Olympics"
    event_year_lower_nouns: frozenset[str] = frozenset()  # "the Motor Expo 2005 show", "Kenya 2005 trade fair"
    event_noun_not_before: frozenset[str] = frozenset()  # "Windows 2000 shows its age": a verb, no event (en)
    year_comparison_words: frozenset[str] = frozenset()  # "مقارنة مع 2009": a year compared with
    year_comparison_links: frozenset[str] = frozenset()
    feast_day_nouns: frozenset[str] = frozenset()  # "ثالث أيام عيد الفطر": the noun after the ordinal (ar)
    first_day_words: frozenset[str] = frozenset()  # "غرة ذي القعدة", "أول أغسطس": the first day of the month
    ordinal_suffixes: frozenset[str] = frozenset()
    bc_year_openers: frozenset[str] = frozenset()  # "قبل الميلاد", "ق.م": a year before Christ (dates/year.py)
    bc_year_words: frozenset[str] = frozenset()  # its word after the opener, or the whole marker ("BC")
    bc_year_units: frozenset[str] = frozenset()  # "300 عام قبل الميلاد": years counted back to Christ (ar)
    day_part_words: frozenset[str] = frozenset()  # "عصر اليوم 21250": a time of today, not "day 21250" (ar)
    yearly_words: frozenset[str] = frozenset()  # "في 31 مارس سنويا": a day of every year, no year inferred
    per_period_links: frozenset[str] = frozenset()  # "300 ألف برميل في اليوم": per day, no date (ar)
    dateline_agencies: frozenset[str] = frozenset()
    dateline_in_words: frozenset[str] = frozenset()  # "العين في 3 مارس / وام /": "في" ending a dateline's place
    dateline_links: frozenset[str] = frozenset()  # "الموافق" between a dateline's two dates
    dateline_link_particles: frozenset[str] = frozenset()  # "الموافق لـ 16 أبريل": the particle set apart (ar)
    # Dates (issue 14, class 3): claims/rules/dates/year_context.py and year.py.
    month_year_links: frozenset[str] = frozenset()  # "يناير عام 2009"
    spelled_year_heads: frozenset[str] = frozenset()  # "عام ألفين وستة عشر" (dates/year_spelled_ar.py)
    hijri_era_nouns: frozenset[str] = frozenset()  # "... من الهجرة" after a spelled year: Hijri (ar)
    relative_year_nouns: frozenset[str] = frozenset()  # "بمايو العام الماضي", "in March last year"
    current_year_words: frozenset[str] = frozenset()
    # "from February to July this year, set against ... the corresponding period of 2021": the period compared is the
    # year after the base, in an undated text (en; rules/dates/year_compared_en.py)
    compared_period_words: frozenset[str] = frozenset()
    compared_period_nouns: frozenset[str] = frozenset()
    compared_period_links: frozenset[str] = frozenset()
    future_cues: frozenset[str] = frozenset()  # a sentence about the future keeps a later month in the future
    schedule_cues: frozenset[str] = frozenset()  # "will travel on Wednesday": the next Wednesday (en)
    schedule_cue_blockers: frozenset[str] = frozenset()  # "was due to meet on Wednesday": a past schedule (en)
    schedule_to_cues: frozenset[str] = frozenset()  # "is set to peak on Thursday": a cue only before "to" (en)
    schedule_modal_cues: frozenset[str] = frozenset()  # "could reach 108 on Monday": a cue as written (en)
    # "showers look to return": a word of what is to come before "to", read over a sentence of no tense (en)
    future_look_cues: frozenset[str] = frozenset()
    # words of a time gone that keep such a sentence out of the future ("has fallen", "a week ago") (en)
    future_sentence_blockers: frozenset[str] = frozenset()
    # a link right before a weekday that points ahead: an -ed verb then sets the day, no past ('extended to') (en)
    weekday_ahead_links: frozenset[str] = frozenset()
    weekday_back_determiners: frozenset[str] = frozenset()  # "on that Wednesday": a day named before (en)
    weekday_back_links: frozenset[str] = frozenset()
    weekday_span_nouns: frozenset[str] = frozenset()  # 'the week to Friday': a span ending that day, no link (en)
    weekday_incident_nouns: frozenset[str] = frozenset()  # "في حادث الأحد": the incident's day, no schedule (ar)
    schedule_to_not_before: frozenset[str] = frozenset()  # "is to blame for the fire on Monday": no cue (en)
    schedule_participle_auxiliaries: frozenset[str] = frozenset()  # "could be delayed": the cue's own verb (en)
    schedule_target_verbs: frozenset[str] = frozenset()  # "issued for Friday": the day a plan is set for (en)
    schedule_target_links: frozenset[str] = frozenset()
    weekday_clause_openers: frozenset[str] = frozenset()  # "By Monday, we could": the clause after the comma (en)
    # "يلتقي الفريقان السبت": a present verb of a scheduled event before a weekday: that day or the next (ar)
    weekday_schedule_verbs: frozenset[str] = frozenset()
    future_prefixes: frozenset[str] = frozenset()  # "سيلتقي": the future's prefix on such a verb (ar)
    weekday_range_links: frozenset[str] = frozenset()  # "Friday through Tuesday": the end after the start
    weekday_range_openers: frozenset[str] = frozenset()  # "إلى يوم الخميس": a word between the link and the day
    weekday_range_after_start: frozenset[str] = frozenset()  # "Friday afternoon through", "الأحد المقبل إلى"
    schedule_clause_openers: frozenset[str] = frozenset()  # "a fire that started on Thursday": its own clause (en)
    schedule_cause_determiners: frozenset[str] = frozenset()  # "due to a strike on Monday": a cause, no schedule (en)
    year_part_words: frozenset[str] = frozenset()  # "mid-2005"
    month_part_nouns: frozenset[str] = frozenset()  # "to the end of May 2019": the range's end shares the year (en)
    fiscal_year_prefixes: frozenset[str] = frozenset()  # "FY24", "FY2022-2023": a fiscal year (en; as written)
    fiscal_year_nouns: frozenset[str] = frozenset()  # "fiscal year 2015-2016": its months by the outlet's start
    fiscal_year_cue: str = ""  # a letter run every fiscal word holds, the cheap test of a sentence ("مالي") (ar)
    fiscal_month_links: frozenset[str] = frozenset()  # "مارس من السنة المالية 2018 - 2019": month, link, year (ar)
    fiscal_start_verbs: frozenset[str] = frozenset()  # "which began on July 8": the first year's month (en)
    fiscal_end_verbs: frozenset[str] = frozenset()  # "which ends this June 30": the second year's month (en)
    fiscal_verb_links: frozenset[str] = frozenset()  # "began on", "ends this": words between verb and month (en)
    old_year_cues: frozenset[str] = frozenset()  # "in 1337": a year before 1800 needs one of these
    old_year_from_cues: frozenset[str] = frozenset()  # "bylaws dating from 1702": an old year after these (en)
    old_year_back_links: frozenset[str] = frozenset()  # "dating back to 1653": "to" after these (en)
    old_year_closing_words: frozenset[str] = frozenset()  # "dating from 1702 which": the phrase closed (en)
    old_year_back_verbs: frozenset[str] = frozenset()  # "dating back to 1653": "back to" after these (en)
    old_year_level_words: frozenset[str] = frozenset()  # "started from 1200": a level, no year after "from" (en)
    old_year_time_nouns: frozenset[str] = frozenset()  # "the 1530 kick-off": a clock time, no year (en)
    plan_cues: frozenset[str] = frozenset()  # "بحلول ديسمبر 2030", "تخطط": a plan's date dates no past month (ar)
    past_start_verbs: frozenset[str] = frozenset()  # "انطلق الموسم في سبتمبر": a span begun, dated (ar)
    history_year_verbs: frozenset[str] = frozenset()  # "شيد المسجد في 785م": founding, birth, death (ar)
    century_nouns: frozenset[str] = frozenset()  # "القرن الثامن" in the sentence: "785م" is a year (ar)
    hypothetical_cues: frozenset[str] = frozenset()  # "if forced to decide tomorrow": no date
    weekday_until_words: frozenset[str] = frozenset()  # "until Sunday" in a sentence of the future: to come (en)
    reported_future_modals: frozenset[str] = frozenset()  # "said it would ... tomorrow": a plan, no hypothesis (en)
    year_pair_phrases: frozenset[str] = frozenset()  # "November as well as December 2018": one year (en)
    year_pair_prepositions: frozenset[str] = frozenset()  # "in November and in December 2018" (en)
    month_in_links: frozenset[str] = frozenset()  # "down from 1,750 in April": the month of a change's base (en)
    year_pair_glued: frozenset[str] = frozenset()  # "من يناير ليوليو 2022": glued before the second month (ar)
    base_period_links: frozenset[str] = frozenset()  # "in December 2023 from ... in November": its year (en)
    year_period_links: frozenset[str] = frozenset()  # "from 1825 in 2018": a figure before these and a year is no year
    period_figure_nouns: frozenset[str] = frozenset()  # "the March figure", "the rate for May": a period's data (en)
    period_figure_links: frozenset[str] = frozenset()  # "the rate for May" (en)
    day_event_nouns: frozenset[str] = frozenset()  # "today's ruling": a day word's event (en)
    nowadays_today_before: frozenset[str] = frozenset()  # "the web of today": nowadays, no day (en)
    nowadays_today_states: frozenset[str] = frozenset()  # "if he were alive today": nowadays (en)
    nowadays_today_copulas: frozenset[str] = frozenset()  # "the giant it is today": nowadays (en)
    nowadays_today_subjects: frozenset[str] = frozenset()
    nowadays_today_groups: frozenset[str] = frozenset()  # "showed the fans of today a way": nowadays (en)
    nowadays_today_after: frozenset[str] = frozenset()  # "looks different today than": nowadays (en)
    month_period_nouns: frozenset[str] = frozenset()  # "the April-June quarter of 2023" (en)
    past_cues: frozenset[str] = frozenset()  # a month long after publication is past only with one (en)
    past_cue_blockers: frozenset[str] = frozenset()  # "to hit", "would hit": a past cue after these is none (en)
    past_clause_cues: frozenset[str] = frozenset()  # past cues only in the month's own clause ("been"; en)
    habitual_words: frozenset[str] = frozenset()  # "September registrations typically": no date (en)
    month_recurring_words: frozenset[str] = frozenset()  # "Each March, the March count": every year's (en)
    topic_words: frozenset[str] = frozenset()  # "optimistic about 2005": "about" is no qualifier (en)
    both_cues: frozenset[str] = frozenset()  # "بين الاثنين": "the two", not Monday (ar)
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
    month_category_links: frozenset[str] = frozenset()  # "the average rainfall for October": every year's (en)
    month_mean_nouns: frozenset[str] = frozenset()  # ... the nouns of a mean before that link (en)
    recurring_month_openers: frozenset[str] = frozenset()
    recurring_year_words: frozenset[str] = frozenset()  # "in June every year": after the month (en)
    recurring_span_verbs: frozenset[str] = frozenset()
    clause_contrast_words: frozenset[str] = frozenset()  # "usually in April, but this year in March": a new clause
    same_month_phrases: frozenset[str] = frozenset()  # "لنفس الشهر من عام 2021": that year's month named before (ar)
    same_period_phrases: frozenset[str] = frozenset()  # "مقارنة بالفترة ذاتها من عام 2015": the text is of 2016 (ar)
    pair_year_links: frozenset[str] = frozenset()  # "من 14 أكتوبر إلى 2 نوفمبر 2024": one year for both (ar)
    pair_year_edges: frozenset[str] = frozenset()  # "من مارس وحتى نهاية شهر أكتوبر 2023": passed after a link (ar)
    same_month_words: frozenset[str] = frozenset()  # "28 من الشهر نفسه": the month named before (ar)
    this_words: frozenset[str] = frozenset()  # "تشرين الثاني من هذا العام": the text's own year (ar)
    weekly_words: frozenset[str] = frozenset()  # "يومي الجمعة والسبت أسبوعيا": a weekday of every week, no date (ar)
    week_nouns: frozenset[str] = frozenset()  # "... من كل أسبوع" (after `per_every_words`)
    year_phrase_nouns: frozenset[str] = frozenset()  # "ميزانية الدولة 2022-2023": a year after its complement (ar)
    same_month_year_blockers: frozenset[str] = frozenset()  # "in December, up from December 2011": not one (en)
    year_clause_verb_prefixes: tuple[str, ...] = ()  # "المحلية 2023 لتتواصل": a verb after a year, no counted noun (ar)
    schedule_verbs: frozenset[str] = frozenset()  # "تنتهي في 31 مارس": a date to come (ar; year_context.py)
    weekday_falls_on: frozenset[str] = frozenset()  # "الأحد الواقع في 16 مايو": the date a weekday is (ar)
    weekday_falls_on_preps: frozenset[str] = frozenset()  # ("في" after it)
    weekday_date_nouns: frozenset[str] = frozenset()  # "الثلاثاء بتاريخ 19/10/1436هـ": the weekday's own date (ar)
