"""The example corpus as tests: every sentence yields exactly the claims listed, negatives yield none.

Corpus files: tests/unit/claims/corpus/<lang>/<kind>.yaml, or <kind>_<topic>.yaml for a topic's own file
(money_currency.yaml). Language and kind come from the path, so a new file is picked up without wiring.
A file may set `published_at` for all its examples; an example may override it. An example may give the
outlet's `country` (ISO 3166-1 alpha-2: what resolves a bare "ريال" or "pound") and the article's `headline`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import claims

CORPUS = Path(__file__).parent / "corpus"
FIELDS = (
    "kind", "value", "value_high", "currency", "currency_candidates", "currency_source", "counted", "unit",
    "qualifier", "precision", "inferred", "calendar", "time_ref", "text",
)


def _load():
    positives, negatives = [], []
    for path in sorted(CORPUS.glob("*/*.yaml")):
        lang, kind = path.parent.name, path.stem
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        default_pub = data.get("published_at")
        for n, ex in enumerate(data.get("examples") or []):
            positives.append(pytest.param(lang, ex, ex.get("published_at", default_pub), id=f"{lang}-{kind}-{n}"))
        for n, text in enumerate(data.get("negative") or []):
            negatives.append(pytest.param(lang, text, id=f"{lang}-{kind}-neg-{n}"))
    return positives, negatives


POSITIVES, NEGATIVES = _load()


def _same(expected, actual) -> bool:
    if isinstance(expected, float) or isinstance(actual, float):
        return expected is not None and actual is not None and abs(float(expected) - float(actual)) < 1e-9
    return expected == actual


@pytest.mark.parametrize(("lang", "example", "published_at"), POSITIVES)
def test_example(lang, example, published_at):
    text = example["text"]
    found = claims.extract(text, lang=lang, published_at=published_at, country=example.get("country"),
                           headline=example.get("headline"))
    expected = example["claims"]
    summary = [(c.kind, c.value, c.text) for c in found]
    assert len(found) == len(expected), f"{text!r}: expected {len(expected)} claims, got {summary}"
    for want, got in zip(expected, found, strict=True):
        for name, value in want.items():
            assert name in FIELDS, f"unknown field {name} in corpus"
            assert _same(value, getattr(got, name)), f"{text!r}: {name} = {getattr(got, name)!r}, want {value!r}"
        assert got.lang == lang


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_negative(lang, text):
    found = claims.extract(text, lang=lang, published_at="2018-02-13")
    assert found == [], f"{text!r} must yield no claims, got {[(c.kind, c.value, c.text) for c in found]}"


@pytest.mark.parametrize(("lang", "example", "published_at"), POSITIVES)
def test_offsets_point_into_original(lang, example, published_at):
    text = example["text"]
    for c in claims.extract(text, lang=lang, published_at=published_at, article_id="a1"):
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_end] == c.sentence
        assert c.sentence_start <= c.start < c.end <= c.sentence_end
        assert c.claim_id == c.make_id("a1", c.start, c.end, c.text)


def test_corpus_covers_every_language_and_kind():
    kinds = {"percent", "money", "count", "date", "number"}
    for lang in ("ar", "en"):
        assert {p.stem.partition("_")[0] for p in (CORPUS / lang).glob("*.yaml")} == kinds


@pytest.mark.parametrize(("lang", "example", "published_at"), POSITIVES)
def test_claims_pass_model_validation(lang, example, published_at):
    # The engine builds claims with Claim.model_construct (no per-claim validation): every field must still be
    # what the model accepts (kinds and qualifiers are literals).
    from factstream.models import Claim

    for c in claims.extract(example["text"], lang=lang, published_at=published_at, article_id="a1"):
        assert Claim.model_validate(c.model_dump()) == c
