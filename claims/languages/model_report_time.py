"""Report-time words: what makes a day word date the report ("said on Monday") and not the event
(claims/rules/dates/report_time_ar.py, report_time_en.py).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class ReportTimeRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    report_verbs: frozenset[str] = frozenset()  # verbs of saying: a day word they own dates the report
    report_verb_proclitics: frozenset[str] = frozenset()
    report_verb_not_before: frozenset[str] = frozenset()  # "لفت الانتباه": no verb of saying before these (ar)
    report_opening_verbs: frozenset[str] = frozenset()  # "طالب الرئيس السبت ب": a verb only opening its sentence (ar)
    report_opening_noun_links: frozenset[str] = frozenset()  # "طالب في الثانوية": a noun before these (ar)
    report_complement_verbs: frozenset[str] = frozenset()  # "لمح", "هدد": a saying only with "إلى"/"ب" after (ar)
    report_complement_openers: frozenset[str] = frozenset()  # "إلى", "أن": a hint's complement (ar)
    report_complement_day_links: frozenset[str] = frozenset()  # "أول من أمس": within the day phrase (ar)
    report_complement_prefix: str = ""  # "بالرد": a threat's complement glued to "ب" (ar)
    report_time_links: frozenset[str] = frozenset()  # "said on Monday"
    report_clause_breaks: frozenset[str] = frozenset()  # "قال إن ...": what follows is the reported act
    report_day_openers: frozenset[str] = frozenset()  # "وفي يوم الجمعة قالت": words before a day opening a report
    report_issue_verbs: frozenset[str] = frozenset()  # "بيان صدر أمس": issued, after a statement noun
    report_issued_nouns: frozenset[str] = frozenset()  # "الصحف الصادرة اليوم": a publication's issue (ar)
    report_issue_resumptive_verbs: frozenset[str] = frozenset()  # "التي نشرها المعهد": a relative's verb (ar)
    report_issue_object_verbs: frozenset[str] = frozenset()  # "أصدرت الهيئة الأربعاء تقريرها": before the day (ar)
    report_statement_links: frozenset[str] = frozenset()  # "الأربعاء في تصريح": the statement after the day (ar)
    report_learned_verbs: frozenset[str] = frozenset()  # "علم لدى مصدر، اليوم، أن": it was learned (ar)
    report_opener_idioms: frozenset[str] = frozenset()  # "يومي الخميس والجمعة إن شاء الله": no saying (ar)
    report_statement_nouns: frozenset[str] = frozenset()  # "الإحصاءات الصادرة ... الجمعة"
    report_attribution_words: frozenset[str] = frozenset()  # "وفق تقديرات ... اليوم": the statement's day (ar)
    report_attribution_relatives: frozenset[str] = frozenset()  # "بحسب ما نقلت صحيفة ... اليوم" (ar)
    report_object_links: frozenset[str] = frozenset()  # "أعلنت اللجنة ... مساء أمس عن": what was announced (ar)
    report_attribution_relative_verbs: frozenset[str] = frozenset()  # "نقلت", "جاء" after "ما" (ar)
    report_attribution_source_prefixes: frozenset[str] = frozenset()  # "وفقا للمركز الإعلامي، اليوم" (ar)
    report_statement_owners: frozenset[str] = frozenset()  # "في بيان لها اليوم": the issuer after the noun (ar)
    report_press_nouns: frozenset[str] = frozenset()  # "في مؤتمر صحافي الجمعة": a press event (ar)
    report_press_adjectives: frozenset[str] = frozenset()  # ("صحفي", "هاتفية": what makes it one)
    report_interview_nouns: frozenset[str] = frozenset()  # "في مقابلة مع قناة X الأحد" (ar)
    report_interview_links: frozenset[str] = frozenset()  # ("مع": whom the interview was given to)
    report_press_held_verbs: frozenset[str] = frozenset()  # "المؤتمر الصحفي الذي عقد اليوم": held on the day (ar)
    report_press_relatives: frozenset[str] = frozenset()
    # "خلال اجتماع مجلس الوزراء مساء أمس", "في اجتماعها اليوم": a gathering's own day, not the report's (ar)
    report_event_nouns: frozenset[str] = frozenset()
    report_event_enclitics: frozenset[str] = frozenset()  # ("اجتماعها": the owner's pronoun glued to the noun)
    # "ونقلت الوكالة عن الوزارة، الأربعاء، إن": a verb of carrying is one of saying when its source follows (ar)
    report_quote_verbs: frozenset[str] = frozenset()
    report_quote_links: frozenset[str] = frozenset()
    report_quote_not_after: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()  # "in a statement on Thursday, X said": report time (en)
    report_revision_verbs: frozenset[str] = frozenset()  # "X on Monday raised its growth forecast": report time (en)
    report_forecast_nouns: frozenset[str] = frozenset()  # what such a verb revises ("forecast", "estimates")
    report_count_revision_verbs: frozenset[str] = frozenset()  # "revised the number": a count restated (en)
    report_count_nouns: frozenset[str] = frozenset()  # what they restate right after the determiner ("number", "toll")
    report_presenting_verbs: frozenset[str] = frozenset()  # "X on Friday unveiled the budget": report time (en)
    report_presented_nouns: frozenset[str] = frozenset()  # what such a verb presents ("budget", "results")
    name_inner_words: frozenset[str] = frozenset()  # "Office of National Statistics": inside a name (en)
    report_relative_pronouns: frozenset[str] = frozenset()  # "the board, which announced ... yesterday" (en)
    report_auxiliaries: frozenset[str] = frozenset()  # "on Friday Ms Okafor is saying" (en)
    report_bare_verbs: frozenset[str] = frozenset()  # "said the attack on Monday": no object, a clause (en)
    report_noun_determiners: frozenset[str] = frozenset()  # "In a statement today, the minister added" (en)
    report_passive_event_verbs: frozenset[str] = frozenset()  # "the first death was reported on 21 June" (en)
    report_passive_auxiliaries: frozenset[str] = frozenset()
    report_passive_dummy_subjects: frozenset[str] = frozenset()  # "it was reported on Monday that": the report
    report_passive_agent_links: frozenset[str] = frozenset()  # "was reported on Monday by local media" (en)
    report_clause_openers: frozenset[str] = frozenset()  # ... opened by a determiner (en)
    report_clause_verbs: frozenset[str] = frozenset()  # "said Ms Ferreira was held on Sunday": the clause's day (en)
    report_clause_act_verbs: frozenset[str] = frozenset()  # "said the toll rose on Friday": the act's day (en)
    # "Presenting the annual budget ... on Tuesday, the minister said": an opening phrase of presenting dates the
    # report (rules/dates/report_time_en.py _participle_opens; en)
    report_opening_participles: frozenset[str] = frozenset()
    report_opening_speech_nouns: frozenset[str] = frozenset()  # "In a speech in Leeds on Monday, X said" (en)
    report_after_day_verbs: frozenset[str] = frozenset()  # "The bank today declared the rate": report time (en)
    report_verb_particles: frozenset[str] = frozenset()  # "on Monday called off the match": an act, not a saying (en)
    report_naming_verbs: frozenset[str] = frozenset()  # "on Monday called him a liar": naming, a saying (en)
    report_naming_not_before: frozenset[str] = frozenset()  # "on Monday called a strike": convening, an act (en)
    report_pronoun_subjects: frozenset[str] = frozenset()  # "But on Friday he said": a subject (en)
    report_day_parts: frozenset[str] = frozenset()  # "On Friday night, X said": the day's part (en)
    report_opener_connectives: frozenset[str] = frozenset()  # "But on Thursday, it announced": an opener (en)
    report_clause_conjunctions: frozenset[str] = frozenset()  # "... and on Tuesday, AFP reported": (en)
    report_when_links: frozenset[str] = frozenset()  # "on Saturday when the coach said": the saying's day (en)
    report_when_noun_links: frozenset[str] = frozenset()  # "when the coach, in an interview, ...": (en)
    report_when_passive_auxiliaries: frozenset[str] = frozenset()  # "when the case would be heard": no saying (en)
    report_news_nouns: frozenset[str] = frozenset()  # "news today that", "data yesterday showed": report time (en)
    report_news_links: frozenset[str] = frozenset()  # "evidence yesterday of a slowdown" (en)
    report_audience_verbs: frozenset[str] = frozenset()  # "Speaking to journalists on Thursday": "to" is no break (en)
    # "set out in a media statement on Thursday that": a report noun after these dates the report (en); the nouns
    # that also name an event of their own need a press word before them ("a news conference", not "a conference")
    report_event_prepositions: frozenset[str] = frozenset()
    report_press_nouns: frozenset[str] = frozenset()
    report_press_words: frozenset[str] = frozenset()
    report_place_links: frozenset[str] = frozenset()  # "at the town hall in Accra on Monday" (en)
    report_time_addressee_links: frozenset[str] = frozenset()  # "confirmed to New Era yesterday": the addressee (en)
    report_as_of_links: frozenset[str] = frozenset()  # "as of Monday": the figure's day, never the report's (en)
    report_dateline_places: frozenset[str] = frozenset()  # "said at the hall here today": the dateline's place (en)
    report_that_verbs: frozenset[str] = frozenset()  # "expected Tuesday that": a forecast's day (en)
    # "made the announcement in Kumasi on Friday": a light verb whose object is an act of saying is one (en)
    report_light_verbs: frozenset[str] = frozenset()
    report_act_nouns: frozenset[str] = frozenset()
    report_that_links: frozenset[str] = frozenset()
