"""The rule mixins that make up Window share one namespace: a method defined in two of them is silently shadowed by
whichever comes first in the MRO (session 8: a new `_clause_opens` in report_time_en.py hid the Arabic shares' one
and every "وثلث القرى" share vanished; a new `_counted_before` broke "one seat"). Each method name is defined once."""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections import defaultdict

from claims.engine.cursor import Cursor
from claims.engine.extractor import Extractor
from claims.engine.parse import Rules, Window
from claims.engine.tiling import tokenize
from claims.languages import get_language


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


def _attributes_set_on_self(cls: type) -> set[str]:
    """The names a class's methods assign on self ("self.x = ...", "self.x += ...")."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(cls)))):
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name) and part.value.id == "self" \
                        and isinstance(part.ctx, ast.Store):
                    names.add(part.attr)
    return names


def test_every_attribute_a_rule_sets_is_a_slot():
    # engine/parse.py: a window's attributes live in slots; one set in its instance dict slows every rule down
    slots = set(Cursor.__slots__) | set(Window.__slots__)
    unslotted = {cls.__name__: sorted(names - slots) for cls in Window.__mro__ if cls is not object
                 for names in [_attributes_set_on_self(cls)] if names - slots}
    assert not unslotted, f"attributes set on a window outside its slots (add them to Window.__slots__): {unslotted}"


def test_window_caches_start_at_their_mixins_defaults():
    ex = Extractor(get_language("en"), "Sales rose 4% in May.", None)
    window = Window(ex, tokenize(ex.text, 0, len(ex.text), True), 0)
    for name in Window.__slots__:
        assert getattr(window, name) == getattr(Rules, name), name
