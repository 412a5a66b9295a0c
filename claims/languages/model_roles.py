"""Word roles of the later rules (session 8 on), kept apart from model.py, which is at the module size cap:
`Language` inherits them. Each is a `rule_words` role of the language data (claims/languages/<lang>.yaml), read
by the loader as every other; a role a language does not use stays empty."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, kw_only=True)
class LaterRoles:
    tolerance_words: frozenset[str] = frozenset()  # "plus" before a minus word: "plus (or) minus 1%", no sign (en)
    # A currency word that also weighs ("pound"), read as a weight in lb before a rate per area ("1,392 pounds per
    # acre") or a metric weight in brackets ("700 pounds (320kg)"), unless a price word stands before the figure
    # ("sold for 9,000 pounds per acre"): rules/quantity.py _weighs (en).
    weight_currency_words: frozenset[str] = frozenset()
    weight_rate_links: frozenset[str] = frozenset()
    weight_rate_units: frozenset[str] = frozenset()
    metric_weight_units: frozenset[str] = frozenset()
    weight_price_words: frozenset[str] = frozenset()
    # "a vote percentage of 29.7", "the pass percentage stood at 81.5": the bare figure is a percent (en)
    percentage_nouns: frozenset[str] = frozenset()
    percentage_links: frozenset[str] = frozenset()
