"""The place gazetteer (claims/languages/places.yaml) and its lookup (claims/rules/money_places.py): session 16."""

from __future__ import annotations

import pytest

import claims
from claims.languages import get_language
from claims.languages.place_data import place_names
from claims.normalize import normalize_word


def _key(lang: str, name: str) -> str:
    return normalize_word(name) if lang == "ar" else name


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_place_is_of_a_country_whose_currency_word_others_share(lang):
    """A place of a country whose currency word is its own alone would add nothing: none is listed."""
    language = get_language(lang)
    shared = {code for cur in language.currency_words.values() for code in cur.candidates}
    assert set(place_names(lang)) <= shared


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_place_is_in_two_countries_or_already_a_cue_word(lang):
    """A name of two countries would need a second cue; a name already among `currency_cues` (which count over the
    whole article) would count twice in its paragraph."""
    language = get_language(lang)
    cues = {normalize_word(w) if lang == "ar" else w.lower() for words in language.currency_cues.values()
            for w in words}
    seen: dict[str, str] = {}
    for code, names in place_names(lang).items():
        for name, _ in names:
            key = _key(lang, name)
            assert seen.setdefault(key, code) == code, f"{name!r} is a place of {seen[key]} and {code}"
            words = key.split() if lang == "ar" else [key.lower(), *key.lower().split()]
            assert not cues & set(words), f"{name!r} holds a currency cue word: {sorted(cues & set(words))}"


def test_an_arabic_place_is_found_with_its_proclitics_and_an_english_one_with_its_possessive():
    ar = get_language("ar").place_first_words
    assert {e[1] for e in ar[normalize_word("بكوستي")]} == {"SDG"}
    assert {e[1] for e in ar[normalize_word("للدمازين")]} == {"SDG"}  # ل + the article: its alif dropped
    assert normalize_word("ككوستي") not in ar  # not ك: "كريمة" is "noble", not "like Raymah"
    found = claims.extract("Prices in Mombasa's Kongowea market: Sh40 a bunch, Thika's at 55 shillings.", lang="en")
    assert [c.currency for c in found if c.kind == "money"] == ["KES", "KES"]


def test_a_name_of_two_words_counts_once_and_each_paragraph_is_read_once():
    text = "وفي أم روابة بلغ سعر كيس الأرز 300 جنيه، وفي القاهرة 200 جنيه."
    found = [c for c in claims.extract(text, lang="ar") if c.kind == "money"]
    # one Sudanese town, one Egyptian city in the sentence: a tie a reader cannot break, the two left open
    assert [(c.currency, c.currency_candidates) for c in found] == [(None, ["EGP", "SDG"])] * 2
    two = "وفي أم روابة وكوستي بلغ سعر كيس الأرز 300 جنيه، وفي القاهرة 200 جنيه."
    assert [c.currency for c in claims.extract(two, lang="ar") if c.kind == "money"] == ["SDG", "SDG"]
    apart = "وقال التجار في كوستي إن الأسعار ارتفعت.\nوبلغ سعر جوال السكر 4500 جنيه.\nوسعر الدقيق 900 جنيه."
    assert [c.currency for c in claims.extract(apart, lang="ar") if c.kind == "money"] == ["SDG", "SDG"]


def test_each_paragraph_a_window_touches_is_split_once_per_text():
    from claims.normalize import normalize
    from claims.rules.money_context import CurrencyResolver
    text = normalize("وفي كوستي ارتفعت الأسعار.\nوقال تجار في الرمثا إن السعر ثابت.\nوبلغ السعر 300.").text
    resolver = CurrencyResolver(get_language("ar"), text, None)
    whole = resolver.add_places({"SDG": 0, "JOD": 0, "EGP": 1}, 0, len(text))
    assert whole == {"SDG": 1, "JOD": 1, "EGP": 1}
    last = text.rindex("\n") + 1
    assert resolver.add_places({"SDG": 0}, last, len(text)) == {"SDG": 0}  # the last paragraph names no town
    assert len(resolver._place_found) == 3  # (three paragraphs, each read once)
