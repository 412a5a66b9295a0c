"""Money words: amounts, prices, exchange rates and the currency cues of the money rules (claims/rules/money*.py,
lists.py). Also `Currency`, one currency entry of the language data.
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex


@dataclass(slots=True)
class Currency:
    code: str | None
    candidates: list[str] = field(default_factory=list)
    adjectives: dict[str, str] = field(default_factory=dict)  # word after (ar) -> code
    # An adjective naming a family of codes, not one: "فرنك أفريقي" is the CFA franc, West (XOF, its usual reading)
    # or Central (XAF) as the text or outlet says (ar) -> that narrower currency
    adjective_currencies: dict[str, Currency] = field(default_factory=dict)
    adjectives_before: dict[tuple[str, ...], str] = field(default_factory=dict)  # words before (en) -> code
    needs_number: bool = False
    needs_adjective: bool = False
    # An everyday word or verb as well ("Won 3 million votes", "Pound ..."): never a currency alone before a figure
    common_word: bool = False
    divisor: int = 1  # a subunit: 100 cents make one unit of the currency ("50 cents" -> 0.5)
    # A figure below one in this subunit is the whole unit under the subunit's name ("0.20 سنتيم" for 0.20 dirham:
    # no price is a fraction of a centime), so it is not divided.
    below_one_in_whole_unit: bool = False
    needs_country: bool = False  # money only where its country is in view: a glued "P277 million", "أوقية" (ouguiya)
    # ... or, out of view, after a scale word ("30 million crowns" names money of no country the text says; "three
    # crowns" won are titles): then left open between the candidates.
    scaled_out_of_view: bool = False
    # A subunit's sign that, BEFORE its figure, is a whole currency's sign where that currency's country is in view:
    # "¢10,560" in a Ghanaian story is 10,560 cedis (the cedi's old sign), "50¢" stays cents (rules/money.py).
    sign_before_code: str | None = None
    # A bare form ("$", "dollars") names the outlet's own currency when it is one of these (NZ: NZD), unless the
    # sentence matches `own_code_cues` (world markets priced in `code`: "a barrel", "on Wall Street") or the text
    # `own_code_text_cues` (a wire's "($1 = 1.52 New Zealand dollars)"): rules/money.py `outlet_reading`.
    outlet_codes: frozenset[str] = frozenset()
    own_code_cues: regex.Pattern | None = None
    own_code_text_cues: tuple[str, ...] = ()
    named_only: frozenset[str] = frozenset()  # candidates meant only where the text names them ("جنيه": GBP)
    # A subunit the press of these outlets' currencies writes bare sums in ("سنتيم": DZD, "بمبلغ 300 مليون" at an
    # Algerian outlet is 3 million dinars; rules/money_bare_ar.py).
    bare_sum_codes: frozenset[str] = frozenset()
    # The candidate meant when the text names no candidate's country ("جنيه": EGP).
    default_reading_code: str | None = None

    def divisor_for(self, value: Decimal) -> int:
        """What an amount of `value` in this word is divided by to be in the whole unit: `divisor`, but 1 for a
        figure below one in a subunit that names the whole unit so (`below_one_in_whole_unit`)."""
        return 1 if self.below_one_in_whole_unit and value < 1 else self.divisor


@dataclass(kw_only=True)
class MoneyRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    range_from_words: frozenset[str] = frozenset()  # "from 10 dollars to 20 dollars": an amount's range (lists.py)
    denomination_nouns: frozenset[str] = frozenset()  # "من فئة 50 دينارا": a banknote named by its value (ar)
    denomination_links: frozenset[str] = frozenset()  # "من" between the word of denomination and the value (ar)
    denomination_not_after: frozenset[str] = frozenset()  # "لكل فئة 200 دينار": a category, no banknote (ar)
    per_every_words: frozenset[str] = frozenset()  # "مقابل كل خمسة براميل": "every" after rate_basis_words
    value_words: frozenset[str] = frozenset()  # "بقيمة 97,039,330": the figure after them is a value, no count (ar)
    unit_price_nouns: frozenset[str] = frozenset()  # "سعر البرميل 77.536 دولارا": a price of one unit, decimals
    price_words: frozenset[str] = frozenset()
    amount_nouns: frozenset[str] = frozenset()  # "... revenue of 23.6 billion": continues an amount (en, lists.py)
    outlet_amount_nouns: frozenset[str] = frozenset()  # "the budget to 8.91 trillion": the outlet's money (en)
    price_item_links: frozenset[str] = frozenset()  # "KSh 100, 5kg at 250": a price list's item (en)
    letter_name_determiners: frozenset[str] = frozenset()  # "the R412": a road, no rand out of South Africa (en)
    # What a rate is counted per: "مائة ألف مقابل دولار واحد" (the basis, no amount), "مقابل كل خمسة براميل" (ar)
    rate_basis_words: frozenset[str] = frozenset()
    currency_cue_holders: frozenset[str] = frozenset()  # "البنك المركزي التونسي": whose money it is (ar)
    usd_equivalence_words: frozenset[str] = frozenset()  # "2.3 مليار دينار، أي 7.6 مليار دولار" (ar)
    usd_rate_line_links: frozenset[str] = frozenset()  # "(الدولار يساوي 3.64 ريال)": a text's rate line (ar)
    currency_cue_goods: frozenset[str] = frozenset()  # "الفول المصري": the goods' origin is no currency cue (ar)
    currency_partner_words: frozenset[str] = frozenset()  # "التونسي مع الجزائر": the partner's cue counts last (ar)
    currency_people_cues: frozenset[str] = frozenset()  # "عمال مغاربة في دبي": a people's name counts last (ar)
    currency_source_cues: frozenset[str] = frozenset()  # "IRNA said": an agency counts only if no country is (en)
    nisba_endings: frozenset[str] = frozenset()  # a currency cue "الكويتي" also as "الكويتيون", "سودانيا" (ar)
    fx_quote_words: frozenset[str] = frozenset()  # "مقابل الجنيه المصري 48.5 جنيه": the currency quoted in (ar)
    fx_price_words: frozenset[str] = frozenset()  # "الشراء بسعر 3850": a bare figure priced (ar)
    fx_rate_words: frozenset[str] = frozenset()  # "سعر صرف": the sentence is about an exchange rate (ar)
    fx_trade_words: frozenset[str] = frozenset()  # "31 للبيع": a bare figure before these is priced (ar)
    dollar_price_links: frozenset[str] = frozenset()  # "ارتفع الدولار إلى 570 ريالا": the dollar's own link (ar)
    fx_rate_phrases: frozenset[str] = frozenset()  # "سعر صرف ... 14,100،": the rate closing its clause (ar)
    instead_words: frozenset[str] = frozenset()  # "37600 عوضا من 37900 ليرة": the figure set against an amount (ar)
    instead_links: frozenset[str] = frozenset()  # the preposition after them ("عوضا عن", "بدلا من") (ar)
    respectively_words: tuple[str, ...] = ()  # "125 ريالا و98 على التوالي": the figures share a unit (ar)
    topic_openers: frozenset[str] = frozenset()  # "أما الريال القطري، فقد سجل 612 ريالا": the topic (ar)
    share_price_cues: frozenset[str] = frozenset()  # "سعر سهم ... 0.716 درهم": a price to a thousandth (ar)
    rate_basis_proclitics: frozenset[str] = frozenset()  # "90 ألفا للدولار": the basis glued to its ل (ar)
    amount_change_nouns: frozenset[str] = frozenset()  # "a rise of 2.4 trillion" (en)
    price_level_nouns: frozenset[str] = frozenset()  # "the price is over 2800": an amount (en)
    price_level_links: frozenset[str] = frozenset()  # "prices have dropped to": the words between (en)
    fx_level_links: frozenset[str] = frozenset()  # "closed at 83.12 against the dollar": the level (en)
    fx_basis_links: frozenset[str] = frozenset()  # "... 83.12 against the dollar": the other currency (en)
    fx_continue_links: frozenset[str] = frozenset()  # "at 83.12 against the dollar, from 83.40": goes on (en)
    fx_level_nouns: frozenset[str] = frozenset()  # "up from a close of 83.40": the level named (en)
    fx_alone_level_links: frozenset[str] = frozenset()  # "the rupiah to 15,900": a rate with no basis (en)
    dollar_focus_outlets: frozenset[str] = frozenset()  # "$" at a small dollar market's outlet: the story's (en)
    dollar_focus_us_cues: frozenset[str] = frozenset()  # ... unless the story names the United States as often (en)
    dollar_focus_left_out: frozenset[str] = frozenset()  # the focus outlets' own dollars: their fallback, no focus
    currency_name_determiners: frozenset[str] = frozenset()  # "the Kwacha two weeks after": the money itself (en)
    local_letter_amount_links: frozenset[str] = frozenset()  # "drop by P3": a one-digit local amount (en)
    amount_part_links: frozenset[str] = frozenset()  # "of which 150 billion": a part of the amount before (en)
    list_item_ends: frozenset[str] = frozenset()  # "Rs 250, 300 and 350 respectively": a listed amount ends (en)
    compared_amount_links: frozenset[str] = frozenset()  # "$5bn from 4.2bn": a bare figure set against (en)
    price_unit_abbreviations: frozenset[str] = frozenset()  # "R20/l", "NZ$7.47kgMS": what a price is per (en)
    lakh_scale_words: frozenset[str] = frozenset()  # "crore", "lakh": scales of the South Asian papers (en)
    lakh_scale_codes: frozenset[str] = frozenset()  # their currencies, lower case ("inr", "bdt") (en)
    lakh_amount_nouns: frozenset[str] = frozenset()  # "a 500 crore project": what a crore amount pays for (en)
    lakh_amount_cues: frozenset[str] = frozenset()  # "a sum of 18.5 crore": a bare figure so set is paid (en)
    lakh_price_verbs: frozenset[str] = frozenset()  # "bought him for 18.5 crore": with "for" before the figure (en)
    lakh_price_links: frozenset[str] = frozenset()  # the "for" of "bought him for 18.5 crore" (en)
    dash_mark_words: frozenset[str] = frozenset()  # "850bn/-": the currency word the mark stands for (en: shilling)
    one_basis_words: frozenset[str] = frozenset()  # "one dollar bought 102 yen": "one" + currency is a basis (en)
    currency_compound_adjectives: dict[str, str] = field(default_factory=dict)
    # Abbreviations as written, where normalizing would merge two ("د.إ" AED vs "د.أ" JOD; no YAML role of its own)
    currency_abbreviations_spelled: dict[str, Currency] = field(default_factory=dict)
    # Symbols that name a currency only glued to the number ("KSh45", "R3.5bn": a lone "R" is a letter).
    currency_glued_symbols: dict[str, Currency] = field(default_factory=dict)
    # A scale suffix with a currency code glued after it ("2.5bnUSD"): suffix key -> (scale, currency).
    scale_currency_suffixes: dict[str, tuple[int, Currency]] = field(default_factory=dict)
    scale_currency_words: dict[str, tuple[int, Currency]] = field(default_factory=dict)  # "ملياردولار" (ar)
    # Derived by the loader, no YAML role: the codes of whole-unit currency words several countries use
    # (rules/money_fx_ar.py: a rate's local currency), and those of such words with no usual reading, sterling left out
    # (rules/money_ar.py _odd_thousandth_ar: "ريال", "دينار", "جنيه")
    bare_amount_nouns: frozenset[str] = frozenset()  # "تكلفته بحوالي 340 مليونا": a bare scaled amount (ar)
    bare_amount_push_verbs: frozenset[str] = frozenset()  # "دفع": also "to push" ... (ar)
    bare_amount_push_after: frozenset[str] = frozenset()  # ... people "إلى" an act: no sum paid (ar)
    several_country_codes: frozenset[str] = frozenset()
    # currency_abbreviations grouped by their first token, each group in the table's order ("ر.س" under "ر")
    currency_abbreviations_by_first: dict[str, tuple[tuple[tuple[str, ...], Currency], ...]] = \
        field(default_factory=dict)
    local_codes_no_usual: frozenset[str] = frozenset()
    # the codes one of whose cues names a people ("المغاربة" is a cue of MAD; rules/money_context.py _places_first)
    currency_people_codes: frozenset[str] = frozenset()
    # Derived from claims/languages/places.yaml (place_data.py): a place's first word, as the text spells it, -> the
    # rest of its name, its country's currency and whether a place noun must stand before it ("مدينة الأبيض");
    # and those place nouns (rules/money_places.py)
    place_first_words: dict[str, tuple[tuple[tuple[str, ...], str, bool], ...]] = field(default_factory=dict)
    place_nouns: frozenset[str] = frozenset()
