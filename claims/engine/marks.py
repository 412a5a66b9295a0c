"""Punctuation marks several rules look for, kept in one place so the Latin and Arabic forms stay together."""

from __future__ import annotations

COMMAS = frozenset(",،")  # the Latin and the Arabic comma
# The marks that end a sentence (engine/scanning.py splits after them; engine/extractor.py reads a sentence ending
# with none of them before a lone line break as wrapped).
SENTENCE_END_MARKS = frozenset(".!?؟…")
# The hyphen, the en dash and the em dash: a range of months ("July-October", rules/dates/recurring_month_en.py),
# an age set apart after a name (rules/counts.py, with the Arabic tatweel).
DASHES = frozenset("-–—")
# Quotation marks: a straight quote may open or close a quotation; guillemets and curly quotes say which they do.
OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')
DIRECTED_OPENING_QUOTES = frozenset("«“")
DIRECTED_CLOSING_QUOTES = frozenset("»”")
# English quotes, double or single, straight or curly, that open a quotation or a title: a weekday or a year opening
# one (rules/dates/weekday_en.py, year.py).
OPENING_QUOTES_EN = frozenset("\"“‘'")
# A double prime ("″", U+2033) typed for the closing quote after a name's number ("“شاهين 2″"): closes a quoted name
# (rules/not_claims/figures.py), not a quotation in general.
NAME_CLOSING_QUOTES = CLOSING_QUOTES | {"″"}
# A value or a category set off by a bracket or a quote: a grade "(95)", "«21»" (rules/not_claims/
# model_designations.py), an age category "(أقل من 23 سنة)" (rules/not_claims/framing_durations.py).
SET_OFF_OPENERS = OPENING_QUOTES | {"("}
SET_OFF_CLOSERS = CLOSING_QUOTES | {")"}
# Marks glued to a word, stripped before the word is looked up as a currency or a source (rules/money_context.py,
# money_priced.py, money_rates.py): a string, as str.strip takes them.
WORD_MARKS = "\"'()«»،,.؛:"
# Marks that end a clause, each set as its rule reads them:
# - an Arabic exchange-rate clause (rules/money_fx_ar.py): both scripts' commas and semicolons, the full stop (the rule
#   lets a dot before digits pass: a broken decimal), the colon and a closing bracket;
CLAUSE_ENDS_AR = frozenset("،,.؛;:)")
# - an Arabic price list's item (rules/money_lists_ar.py): a full stop, either semicolon or either comma closes it;
SENTENCE_STOPS_AR = frozenset(".؛;")
LIST_ITEM_ENDS_AR = SENTENCE_STOPS_AR | COMMAS
# - the clause of a price quoted per a round sum (rules/money_ar.py): a full stop, either semicolon or a colon;
PRICE_CLAUSE_ENDS_AR = SENTENCE_STOPS_AR | {":"}
# - an English count's clause (rules/counts_carried_en.py, counts_implied_en.py): Latin marks only, with "!" and "?"
#   and no opening bracket;
CLAUSE_ENDS_EN = frozenset(".,;:!?)")
# - an Arabic age set after a name (rules/counts_ages_ar.py): both commas, the Arabic semicolon, the full stop and a
#   closing bracket (or the text's end);
AGE_CLOSERS_AR = frozenset("،,؛.)")
AGE_UNITS = frozenset({"years old", "months old"})  # the units of an age read (rules/counts.py)
# - a clause inside an English sentence, searched in its text (rules/dates/recurring_month_en.py): no full stop (a
#   decimal point or an abbreviation's dot in the text), but brackets, dashes and quotes, which open or close an aside.
CLAUSE_BREAKS_IN_SENTENCE_EN = frozenset(",;:()—–\"“”")
# Quotes around a modifier between a count and its noun ("eight "critical" security holes"; counts_en)
MODIFIER_QUOTES = frozenset('"“”')
