"""Punctuation marks several rules look for, kept in one place so the Latin and Arabic forms stay together."""

from __future__ import annotations

COMMAS = frozenset(",،")  # the Latin and the Arabic comma
# Quotation marks: a straight quote may open or close a quotation; guillemets and curly quotes say which they do.
OPENING_QUOTES = frozenset('"«“')
CLOSING_QUOTES = frozenset('"»”')
DIRECTED_OPENING_QUOTES = frozenset("«“")
DIRECTED_CLOSING_QUOTES = frozenset("»”")
# A double prime ("″", U+2033) typed for the closing quote after a name's number ("“شاهين 2″"): closes a quoted name
# (rules/not_claims/figures.py), not a quotation in general.
NAME_CLOSING_QUOTES = CLOSING_QUOTES | {"″"}
# Marks that end a clause, each set as its rule reads them:
# - an Arabic exchange-rate clause (rules/money_fx_ar.py): both scripts' commas and semicolons, the full stop (the rule
#   lets a dot before digits pass: a broken decimal), the colon and a closing bracket;
CLAUSE_ENDS_AR = frozenset("،,.؛;:)")
# - an English count's clause (rules/counts_carried_en.py): Latin marks only, with "!" and "?" and no opening bracket;
CLAUSE_ENDS_EN = frozenset(".,;:!?)")
# - a clause inside an English sentence, searched in its text (rules/dates/recurring_month_en.py): no full stop (a
#   decimal point or an abbreviation's dot in the text), but brackets, dashes and quotes, which open or close an aside.
CLAUSE_BREAKS_IN_SENTENCE_EN = frozenset(",;:()—–\"“”")
