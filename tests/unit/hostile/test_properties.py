"""Property-based tests (hypothesis) over the article schema and the extractor."""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import claims
from factstream.articles import ArticleError, parse_article
from factstream.models import Article
from tests.unit.hostile.test_extract import assert_sound

LIMIT = 1024 * 1024

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00a0"
NEWS_WORDS = [
    "percent", "%", "٪", "million", "billion", "مليون", "مليار", "دولار", "dollars", "$", "€", "ريال", "countries",
    "دولة", "in", "في", "عام", "year", "September", "سبتمبر", "أيلول", "2014", "١٤٣٥", "هـ", "about", "نحو",
    "more than", "أكثر من", "between", "و", "and", ".", "،", ",", "-", "–", "/", "(", ")", "\n",
]

# Text that looks like news figures: digits of three systems, separators, units, words and invisible marks.
newsy_text = st.lists(
    st.one_of(
        st.integers(min_value=0, max_value=10**15).map(str),
        st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False).map(str),
        st.text(alphabet="0123456789" + ARABIC_DIGITS + "۰۱۲۳۴۵۶۷۸۹.,٫٬ ", min_size=1, max_size=12),
        st.sampled_from(NEWS_WORDS),
        st.text(alphabet=INVISIBLE, min_size=1, max_size=2),
    ),
    max_size=40,
).map(" ".join)

valid_article = st.fixed_dictionaries(
    {"id": st.text(min_size=1, max_size=60).filter(str.strip), "body": st.text(min_size=1).filter(str.strip)},
    optional={
        "lang": st.sampled_from(["ar", "en", "AR", " en ", "auto", None]),
        "url": st.none() | st.text(max_size=40),
        "source": st.none() | st.text(max_size=40),
        "title": st.none() | st.text(max_size=80),
        "published_at": st.none()
        | st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)).map(
            datetime.isoformat
        ),
        "extra": st.none() | st.integers() | st.text(max_size=10),
    },
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def _encode(record: object) -> bytes:
    # Lone surrogates are possible in Python strings but not in UTF-8: such a record cannot even be sent.
    try:
        return orjson.dumps(record)
    except TypeError:
        assume(False)
        raise


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_article)
def test_every_valid_article_decodes_and_round_trips(record):
    raw = _encode(record)
    article = parse_article(raw, LIMIT)
    assert article.id == record["id"] and article.body == record["body"]
    assert article.lang in (None, "ar", "en")
    again = parse_article(article.model_dump_json(), LIMIT)
    assert again == article


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "body", "lang", "url", "title", "published_at", "source", "text"]),
                       json_values, max_size=8))
def test_any_json_object_is_an_article_or_an_article_error_naming_a_field(record):
    raw = _encode(record)
    try:
        article = parse_article(raw, LIMIT)
    except ArticleError as exc:
        assert str(exc).startswith("invalid article: ")
        return
    assert isinstance(article, Article)
    assert article.body.strip() and article.id.strip()


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_document_is_an_article_or_an_article_error(value):
    try:
        parse_article(_encode(value), LIMIT)
    except ArticleError as exc:
        assert str(exc)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=1024, max_value=4096))
def test_any_bytes_are_an_article_or_an_article_error(raw, limit):
    try:
        parse_article(raw, limit)
    except ArticleError as exc:
        assert str(exc)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsy_text, st.sampled_from([None, "ar", "en"]))
def test_extract_on_news_like_text_returns_sound_claims_or_a_value_error(text, lang):
    try:
        found = claims.extract(text, lang=lang, article_id="prop")
    except ValueError as exc:
        assert str(exc)
        return
    assert_sound(text, found)
    # Ids are deterministic: the same input gives the same claims (what makes redelivery idempotent).
    assert [c.claim_id for c in claims.extract(text, lang=lang, article_id="prop")] == [c.claim_id for c in found]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from([None, "ar", "en"]))
def test_extract_on_any_text_returns_sound_claims_or_a_value_error(text, lang):
    try:
        found = claims.extract(text, lang=lang)
    except ValueError as exc:
        assert str(exc)
        return
    assert_sound(text, found)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(newsy_text, st.text(alphabet=INVISIBLE, min_size=1, max_size=3), st.data())
def test_invisible_marks_anywhere_keep_offsets_on_the_original(text, marks, data):
    assume(text)
    position = data.draw(st.integers(min_value=0, max_value=len(text)))
    marked = text[:position] + marks + text[position:]
    try:
        found = claims.extract(marked)
    except ValueError:
        return
    assert_sound(marked, found)
