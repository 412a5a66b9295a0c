"""Range words: what stands between the two figures of a range or a change (claims/rules/lists.py and the range
rules).
Each field is a `rule_words` role of the language data (claims/languages/<lang>.yaml) unless marked derived;
a role a language does not use stays empty. `Language` (model.py) inherits the class below."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(kw_only=True)
class RangeRoles:
    __slots__ = ()  # no instance dict: the fields are slots of `Language`, a slotted dataclass

    until_words: frozenset[str] = frozenset()
    range_openers: frozenset[str] = frozenset()
    between_words: frozenset[str] = frozenset()
    tatweel_range_openers: frozenset[str] = frozenset()  # "من 3ـ5 أيام": a tatweel pair after these is a range (ar)
    range_connectors: frozenset[str] = frozenset()
    range_connector_tails: frozenset[str] = frozenset()  # "من 2.50 إلى غاية 5 دراهم": a word after the connector (ar)
    range_from_connectors: frozenset[str] = frozenset()  # "من 2.50 وإلى 5": connectors only after "من" (ar)
    percent_range_connectors: frozenset[str] = frozenset()
    change_connectors: frozenset[str] = frozenset()
    change_result_verbs: frozenset[str] = frozenset()  # "من 23 لتصبح 15 دينارا": a change's end after a verb (ar)
    chain_step_words: frozenset[str] = frozenset()  # "من 20 إلى 30 ثم إلى 40 جنيها": a change's next step (ar)
