"""Share words: fractions of a whole and the words around them (claims/rules/shares.py).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(kw_only=True)
class ShareRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    # "a quarter of a century", "half a decade": a fraction of a long time unit is a count of years (rules/shares.py).
    time_span_years: dict[str, int] = field(default_factory=dict)
    time_span_minutes: dict[str, int] = field(default_factory=dict)  # "ربع ساعة": a fraction of an hour (ar)
    time_span_construct_units: frozenset[str] = frozenset()  # "نصف عقد الإيجار": a contract, no decade (ar)
    # "نصف يوم", "شهر ونصف": a fraction of a singular period counts that period (0.5, 1.5; ar: rules/share_units.py
    # _period_fraction_ar, counts_measure_one_ar.one_and_fraction_ar)
    fraction_period_nouns: frozenset[str] = frozenset()
    period_fraction_closers: frozenset[str] = frozenset()  # "منذ عام ونصف في": the period ends (ar)
    # "واحد من كل خمسة أطفال", "امرأة من بين كل ثلاث": one of every N, a share
    # (ar: rules/percent_ratios._one_of_every_ar)
    ratio_one_nouns: frozenset[str] = frozenset()
    ratio_among_words: frozenset[str] = frozenset()
    share_figure_links: frozenset[str] = frozenset()
    share_in_links: frozenset[str] = frozenset()  # "cut the crop in half." (en)
    share_cut_verbs: frozenset[str] = frozenset()
    # Shares of a whole (claims/rules/shares.py): plural fraction words taking a count before them ("ثلاثة أرباع",
    # "two-thirds"), links and the words around a fraction that make it a share or keep it from being one.
    plural_fractions: frozenset[str] = frozenset()
    share_proclitics: frozenset[str] = frozenset()
    share_pronoun_endings: frozenset[str] = frozenset()  # "ربعهم", "نصفها": a fraction of a group named before (ar)
    share_comparison_links: frozenset[str] = frozenset()
    share_plus_words: frozenset[str] = frozenset()  # "النصف زائد واحد": a share before "plus" (ar)
    share_definite_duals: frozenset[str] = frozenset()  # "بأغلبية الثلثين": a share wherever it stands (ar)
    share_alone: frozenset[str] = frozenset()
    share_not_after: frozenset[str] = frozenset()
    share_verb_forms: frozenset[str] = frozenset()  # "أن نصف": a fraction that is also a verb after them (ar)
    ranked_group_nouns: frozenset[str] = frozenset()  # "the richest tenth of the population"
    share_not_before: frozenset[str] = frozenset()
    share_links: frozenset[str] = frozenset()
    share_articles: frozenset[str] = frozenset()
    period_whole_nouns: frozenset[str] = frozenset()  # "half of the current year": a period, no share (en)
    period_whole_modifiers: frozenset[str] = frozenset()
    enumeration_openers: frozenset[str] = frozenset()  # "another of theft and a third of fraud": a list (en)
    enumeration_links: frozenset[str] = frozenset()
    share_possessives: frozenset[str] = frozenset()  # "half its budget": a share as "half the budget" (en)
    fraction_point_words: frozenset[str] = frozenset()  # "a quarter point rise": a fraction of a point (en)
    share_by_links: frozenset[str] = frozenset()  # "devalued by nearly half since March": a share (en)
    share_by_change_links: frozenset[str] = frozenset()  # "fell by a third to 450 million": then the level (en)
    share_subject_verbs: frozenset[str] = frozenset()  # "around one-third are transit": a share as a subject (en)
    share_subject_act_verbs: frozenset[str] = frozenset()  # "Two-thirds said": a survey's answer (en)
    share_subject_conjunctions: frozenset[str] = frozenset()  # "while two-thirds backed it": a clause opens (en)
    share_subject_act_not_first: frozenset[str] = frozenset()  # "while a third said": an ordinal (en)
    share_by_ends: frozenset[str] = frozenset()
    share_closing_nouns: frozenset[str] = frozenset()  # "a two-thirds majority": a share (en)
    share_comparison_words: frozenset[str] = frozenset()  # "two-thirds below the peak": a share (en)
    # "cost a quarter the price of": a fraction of a price after these is a multiple; "pay half the cost" a share;
    # "the other half" after the same share in the sentence is a share (rules/shares.py; en)
    multiple_price_nouns: frozenset[str] = frozenset()
    price_multiple_links: frozenset[str] = frozenset()
    share_complement_words: frozenset[str] = frozenset()
    share_by_cut_after: frozenset[str] = frozenset()  # "cutting services by a third is": the clause goes on (en)
