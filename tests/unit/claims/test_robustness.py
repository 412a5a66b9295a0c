"""Bad and adversarial input: a clear ValueError or a bounded run, never another exception.

No timing assertions here (speed lives in bench/); the extraction deadline bounds every run.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims
from claims.api import MAX_CHARS
from claims.engine.tiling import ASCII_TILE_RE, NOT_STD_TILEABLE, STD_TILE_RE, STD_TILE_SCRIPTS, TILE_RE
from claims.normalize import normalize


def _check(text: str, **kwargs) -> None:
    try:
        found = claims.extract(text, **kwargs)
    except ValueError:
        return
    for c in found:
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_end] == c.sentence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from(["ar", "en", None]))
def test_random_unicode_never_raises_anything_but_value_error(text, lang):
    _check(text, lang=lang, published_at="2018-02-13")


_PIECES = st.sampled_from([
    "12", "٣٫٥", "١٢٣", "،", ",", ".", "%", "٪", " ", "\u0640", "\u200f", "\u200d", "\u064e", "\u00a0", "مليون",
    "دولار", "في المائة", "سبتمبر", "/", "أيلول", "2014", "هـ", "الثلاثاء", "اليوم", "$", "£", "million", "bn",
    "between", "and", "و", "بين", "-", "(", ")", "September", "Monday", "ريال", "رمضان", "1436", "خمسة", "آلاف",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=40), st.sampled_from(["ar", "en"]))
def test_number_like_soup_keeps_offsets(pieces, lang):
    _check("".join(pieces), lang=lang, published_at="2018-02-13")


@given(st.text(max_size=200))
@settings(max_examples=100, deadline=None)
def test_normalization_offsets_map_back(text):
    norm = normalize(text)
    for pos in range(len(norm.text)):
        orig = norm.to_original(pos)
        assert 0 <= orig < len(text)
        assert norm.from_original(orig) == pos


@pytest.mark.parametrize(
    "text",
    [
        "9" * 1_000_000,
        "1," * 500_000,
        "%" * 100_000 + " 5",
        "ب" * 1_000_000,
        ("12.5 " * 200_000),
        "٫" * 300_000 + "٣",
        ("$" * 50_000 + "1") * 10,
        "مليون " * 150_000,
    ],
    ids=["digits", "separators", "percent-signs", "one-arabic-word", "many-numbers", "decimal-marks",
         "dollar-signs", "scale-words"],
)
def test_adversarial_megabyte_inputs_finish_or_refuse(text):
    _check(text)


def test_oversized_input_is_refused_with_reason():
    with pytest.raises(ValueError, match="too long"):
        claims.extract("x" * (MAX_CHARS + 1))


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"text": b"bytes"}, "must be str"),
        ({"text": "5%", "lang": "fr"}, "unsupported language"),
        ({"text": "5%", "published_at": "not a date"}, "ISO 8601"),
        ({"text": "5%", "published_at": 12}, "published_at"),
    ],
)
def test_bad_arguments_are_value_errors(kwargs, match):
    with pytest.raises(ValueError, match=match):
        claims.extract(**kwargs)


def test_empty_and_blank_text_have_no_claims():
    assert claims.extract("") == []
    assert claims.extract("   \n ") == []


def test_detect_lang():
    assert claims.detect_lang("ارتفعت الأسعار 5%") == "ar"
    assert claims.detect_lang("Prices rose 5%") == "en"
    assert claims.detect_lang("12345") == "en"


def test_language_data_loads_from_package_data():
    from importlib import resources

    from claims.languages import get_language, load_language_data

    for lang in ("ar", "en"):
        assert resources.files("claims.languages").joinpath(f"{lang}.yaml").is_file()
        assert load_language_data(lang)["lang"] == lang
        assert get_language(lang).months
    with pytest.raises(ValueError, match="unsupported language"):
        load_language_data("xx")


def test_same_span_same_id_across_runs():
    text = "Egypt's GDP was $263 billion in 2018."
    first = claims.extract(text, article_id="a")
    second = claims.extract(text, article_id="a")
    assert [c.claim_id for c in first] == [c.claim_id for c in second]
    assert first[0].claim_id != claims.extract(text, article_id="b")[0].claim_id



@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=120), st.integers(0, 120), st.integers(0, 120))
def test_ascii_tiler_splits_like_the_unicode_one(text, a, b):
    # The engine tiles ASCII windows with a faster stdlib pattern: it must give exactly the regex pattern's pairs.
    lo, hi = min(a, b), max(a, b)
    assert ASCII_TILE_RE.findall(text, lo, hi) == TILE_RE.findall(text, lo, hi)


def test_ascii_tiler_on_every_ascii_character_in_context():
    for code in range(128):
        c = chr(code)
        for text in (c, f"a{c}b", f"12{c}5", f"it{c}s", f" {c} ", f"{c}{c}x", f"1.{c}2,3"):
            assert ASCII_TILE_RE.findall(text) == TILE_RE.findall(text), repr(text)


_STD_TILEABLE = [
    chr(c) for lo, hi in STD_TILE_SCRIPTS for c in range(lo, hi + 1) if NOT_STD_TILEABLE.search(chr(c)) is None
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_STD_TILEABLE), max_size=120), st.integers(0, 120), st.integers(0, 120))
def test_stdlib_tiler_splits_like_regex_on_characters_it_accepts(text, a, b):
    # Non-ASCII windows made only of characters both engines classify alike are tiled by the stdlib engine.
    lo, hi = min(a, b), max(a, b)
    assert STD_TILE_RE.findall(text, lo, hi) == TILE_RE.findall(text, lo, hi)


def test_stdlib_tiler_on_every_accepted_character_in_context():
    for c in _STD_TILEABLE:
        for text in (c, f"a{c}b", f"س{c}ل", f"12{c}5", f" {c} ", f"{c}{c}x", f"1.{c}2,3"):
            assert STD_TILE_RE.findall(text) == TILE_RE.findall(text), repr(text)


def test_stdlib_tiler_refuses_characters_the_engines_classify_differently():
    for c in ("\u064e", "\u0670", "½", "²", "\x1c", "\u0301", "\u4e00"):  # marks, re-only letters, re-only space
        assert NOT_STD_TILEABLE.search(c) is not None, repr(c)
    for c in ("ا", "ي", "٣", "،", "a", " ", "£", "—"):
        assert NOT_STD_TILEABLE.search(c) is None, repr(c)


def test_a_claim_ending_in_a_tatweel_lies_inside_its_sentence() -> None:
    # "هـ" is written with a tatweel that normalization drops; the claim keeps it, so must its sentence (a
    # text ending right there gave the claim end 7 and the sentence end 6: found by tests/unit/hostile).
    for text in ("5 شوال 1343 هـ", "توفي في 5 شوال 1343 هـ", "توفي في 5 شوال 1343 هـ. ثم"):
        found = claims.extract(text, lang="ar")
        assert found, text
        for claim in found:
            assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end, (text, claim)
            assert claim.sentence == text[claim.sentence_start:claim.sentence_end]
