"""The language data (claims/languages/<lang>.yaml): word lists by role, validated at load, each in its own script."""

from __future__ import annotations

import copy
from datetime import date

import pytest
import regex

from claims.engine.extractor import Extractor
from claims.languages import PhraseTable, get_language, language_from_data, load_language_data

# Roles whose words are Latin letters glued to digits: they occur in Arabic text too ("10am", "3rd", "GMT").
_LATIN_IN_BOTH = {"ordinal_suffixes", "clock_suffixes", "time_zones"}
_SCRIPT = {"ar": regex.compile(r"\p{Arabic}"), "en": regex.compile(r"[A-Za-z]")}


def _role_words(lang: str) -> list[tuple[str, str]]:
    data = load_language_data(lang)
    found = [(f"proclitics_by_rule.{role}", w) for role, words in (data.get("proclitics_by_rule") or {}).items()
             for w in words]
    for role, words in (data.get("rule_words") or {}).items():
        if role in _LATIN_IN_BOTH:
            continue
        found += [(f"rule_words.{role}", w) for w in ([words] if isinstance(words, str) else words)]
    return found


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_role_words_are_written_in_the_languages_own_script(lang):
    # The rules once mixed both languages in one set ("to", "الي", "حتي"); each language now lists its own words.
    other = _SCRIPT["en" if lang == "ar" else "ar"]
    words = _role_words(lang)
    assert words
    for role, word in words:
        assert not other.search(word), (lang, role, word)
        assert _SCRIPT[lang].search(word) or not any(c.isalpha() for c in word), (lang, role, word)


def test_an_unknown_role_is_refused_at_load():
    data = copy.deepcopy(load_language_data("en"))
    data["rule_words"]["betwen_words"] = ["between"]
    with pytest.raises(ValueError, match="betwen_words"):
        language_from_data(data, "en")
    data = copy.deepcopy(load_language_data("ar"))
    data["proclitics_by_rule"]["weekdy"] = ["و"]
    with pytest.raises(ValueError, match="weekdy"):
        language_from_data(data, "ar")


def test_a_word_yaml_reads_as_a_boolean_is_refused_at_load():
    # YAML 1.1 reads a bare No/on/off as a boolean: "No" among the identifier cues was the word "false" (issue 14).
    import yaml

    for text in ("identifier_cues: [Act, No, Number]", "not_counted: [in, on, at]", "x: {off: 1}"):
        data = copy.deepcopy(load_language_data("en"))
        data.update(yaml.safe_load(text))
        with pytest.raises(ValueError, match="not a word"):
            language_from_data(data, "en")
    en = get_language("en")
    assert {"no", "on", "off"} <= en.not_counted and "false" not in en.not_counted and "true" not in en.not_counted


def test_role_words_are_normalized_like_the_text():
    # Written as printed in the YAML ("إلى" would do): the loader normalizes them as the text is normalized.
    data = copy.deepcopy(load_language_data("ar"))
    data["rule_words"]["change_connectors"] = ["إلى", "حتى"]
    assert language_from_data(data, "ar").change_connectors == get_language("ar").change_connectors


def test_proclitics_by_rule_keep_their_order():
    # strip() returns the first proclitic that leaves a known word: the order of the list is part of the rule.
    ar = get_language("ar")
    assert ar.proclitics_weekday == ("و", "ف", "ب", "ل")
    assert ar.membership_first_letters and set(ar.membership_first_letters) <= set("وفبل")
    assert get_language("en").proclitics_weekday == ()


def test_phrase_tables_know_their_first_and_last_words():
    table = PhraseTable({("up", "to"): "up_to", ("about",): "about"})
    assert table.first_words == {"up", "about"} and table.last_words == {"to", "about"}
    qualifiers = get_language("en").qualifiers
    assert all(k[0] in qualifiers.first_words and k[-1] in qualifiers.last_words for k in qualifiers)


def _dates(language, text: str) -> list[tuple[object, object]]:
    drafts = Extractor(language, text, date(2018, 3, 1)).run()
    return [(d.value, d.value_high) for d in drafts if d.kind == "date"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Talks are set for 10 to 12 March."),
    ("ar", "تعقد المحادثات من 10 إلى 12 مارس."),
])
def test_a_role_drives_its_rule(lang, text):
    # With its range connectors "10 to 12 March" is one claim with value_high; without them (still a list
    # connector) it is two dates: the rule reads the role from the data, not from Python.
    assert _dates(get_language(lang), text) == [("2018-03-10", "2018-03-12")]
    data = copy.deepcopy(load_language_data(lang))
    data["rule_words"]["day_range_connectors"] = ["-", "/"]
    assert _dates(language_from_data(data, lang), text) == [("2018-03-10", None), ("2018-03-12", None)]
