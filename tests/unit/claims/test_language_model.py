"""The shape of the language model (claims/languages/model.py and its role modules, model_<job>.py): `Language`
inherits one role class per job, and stays a single slotted dataclass the rules read on every token."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from claims.languages import Language, get_language

_ROLE_CLASSES = [base for base in Language.__mro__[1:] if dataclasses.is_dataclass(base)]


def test_language_inherits_the_role_classes_from_their_modules():
    assert len(_ROLE_CLASSES) >= 10
    for cls in _ROLE_CLASSES:
        assert cls.__module__.startswith("claims.languages.model_"), cls
        assert cls.__name__.endswith("Roles"), cls


@pytest.mark.parametrize("cls", _ROLE_CLASSES, ids=lambda c: c.__name__)
def test_role_class_keeps_language_slotted(cls):
    # A role class without `__slots__ = ()` would give every Language an instance dict (slower attribute reads).
    assert cls.__dict__.get("__slots__") == ()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_loaded_language_has_no_instance_dict(lang):
    language = get_language(lang)
    assert not hasattr(language, "__dict__")
    assert set(Language.__slots__) == {f.name for f in dataclasses.fields(Language)}


@pytest.mark.parametrize("cls", _ROLE_CLASSES, ids=lambda c: c.__name__)
def test_every_role_is_keyword_only_with_a_default(cls):
    # A role a language leaves out of its data stays empty, so every role needs a default.
    for f in dataclasses.fields(cls):
        assert f.kw_only, f.name
        assert f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING, f.name


def test_no_role_is_declared_twice():
    # Two classes declaring one name would silently make one field with the later comment and default.
    owners: dict[str, str] = {}
    for cls in [Language, *_ROLE_CLASSES]:
        for name in inspect.get_annotations(cls):
            assert name not in owners, f"{name}: {owners.get(name)} and {cls.__name__}"
            owners[name] = cls.__name__
    assert set(owners) == {f.name for f in dataclasses.fields(Language)}
