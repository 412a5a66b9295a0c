"""The rule mixins that make up Window share one namespace: a method defined in two of them is silently shadowed by
whichever comes first in the MRO (session 8: a new `_clause_opens` in report_time_en.py hid the Arabic shares' one
and every "وثلث القرى" share vanished; a new `_counted_before` broke "one seat"). Each method name is defined once."""

from __future__ import annotations

from collections import defaultdict

from claims.engine.parse import Window


def test_no_method_is_defined_in_two_rule_mixins():
    owners: dict[str, list[str]] = defaultdict(list)
    for cls in Window.__mro__[1:]:
        if cls is object:
            continue
        for name, value in vars(cls).items():
            if callable(value) and not name.startswith("__"):
                owners[name].append(cls.__name__)
    shadowed = {name: classes for name, classes in owners.items() if len(classes) > 1}
    assert not shadowed, f"methods defined in more than one Window mixin (one hides the other): {shadowed}"
