"""Hostile records on the `articles` topic and in feed files: each gets an ArticleError (a ValueError) that
says why, never a crash, a hang or a silent pass."""

from __future__ import annotations

import orjson
import pytest

from factstream.articles import ArticleError, parse_article
from factstream.models import DEAD_LETTER_MAX_BYTES, DeadLetter

LIMIT = 1024 * 1024
TEN_MB = 10 * 1024 * 1024


def _article(**fields: object) -> bytes:
    return orjson.dumps({"id": "hostile-1", "lang": "en", "body": "Exports rose 12% last year.", **fields})


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b'{"id": "a", "body": "x"', "not JSON"),  # cut off mid-record
        (b'{"id": "a", "body": "x"} trailing', "not JSON"),
        (b"{'id': 'a', 'body': 'x'}", "not JSON"),  # Python, not JSON
        (b'{"id": "a", "body": "x",}', "not JSON"),
        (b'{"id": "a", "body": "x", "n": NaN}', "not JSON"),
        (b'{"id": "a", "body": "x", "n": 1e400}', "not JSON.*infinity"),  # orjson refuses infinite floats
        (b'{"id": "a", "body": "x", "n": -1e400}', "not JSON.*infinity"),
        (b'{"id": "a", "body": "x", "n": ' + b"9" * 10_000 + b"}", "not JSON"),  # a 10,000-digit number
        (b'{"id": "a", "body": "\\ud800 lone surrogate"}', "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),  # nesting bomb: orjson stops at its depth limit
        (b"\xef\xbb\xbf" + _article(), "not JSON"),  # a byte order mark is not JSON
        (b"null", "JSON object.*NoneType"),
        (b'"just a string"', "JSON object.*str"),
        (b"1e400", "not JSON"),
        (b"74", "JSON object.*int"),
    ],
)
def test_malformed_json_is_refused_with_the_parser_reason(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        parse_article(raw, LIMIT)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"id": 74}, "id: Input should be a valid string"),
        ({"id": None}, "id"),
        ({"id": ["a"]}, "id"),
        ({"id": "x" * 600}, "id: String should have at most 512"),
        ({"id": " \t "}, "id must not be blank"),
        ({"body": ["74", "countries"]}, "body"),
        ({"body": {"text": "74"}}, "body"),
        ({"body": 1e308}, "body"),
        ({"body": "\u200b\u200f"}, None),  # zero-width only: not blank to Python, so it is an article
        ({"body": ""}, "body"),
        ({"lang": "arabic"}, "lang"),
        ({"lang": 1}, "lang"),
        ({"published_at": "13/02/2018"}, "published_at"),
        ({"published_at": "2018-02-30"}, "published_at"),
        ({"published_at": True}, "published_at"),
        ({"title": {"html": "<b>x</b>"}}, "title"),
        ({"url": 74}, "url"),
    ],
)
def test_wrong_types_and_values_name_the_field(fields, reason):
    raw = _article(**fields)
    if reason is None:
        assert parse_article(raw, LIMIT).body == fields["body"]
        return
    with pytest.raises(ArticleError, match=reason):
        parse_article(raw, LIMIT)


@pytest.mark.parametrize("missing", ["id", "body"])
def test_missing_required_fields_are_named(missing):
    record = {"id": "hostile-2", "body": "Imports fell 3% in March."}
    del record[missing]
    with pytest.raises(ArticleError, match=f"{missing}: Field required"):
        parse_article(orjson.dumps(record), LIMIT)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"id": "a", "body": "\xff"}',
        b'{"id": "a", "body": "\xc0\xaf overlong slash"}',
        b'{"id": "a", "body": "\xed\xa0\x80 encoded surrogate"}',
        b'{"id": "a", "body": "truncated \xd8"}',  # the first byte of an Arabic letter, alone
        b'{"id": "a", "body": "\xf4\x90\x80\x80 beyond U+10FFFF"}',
        "عدد الدول 74".encode("utf-16"),
    ],
)
def test_invalid_utf8_is_refused_with_the_byte_position(raw):
    with pytest.raises(ArticleError, match=r"not valid UTF-8 \(byte \d+"):
        parse_article(raw, LIMIT)


def test_a_ten_megabyte_body_is_refused_by_the_size_limit_before_anything_else():
    raw = _article(body="The ministry counted 74 countries. " * (TEN_MB // 35 + 1))
    assert len(raw) > TEN_MB
    with pytest.raises(ArticleError, match=r"record is [\d,]+ bytes, over the limit of 1,048,576 bytes"):
        parse_article(raw, LIMIT)
    # Not even valid UTF-8 or JSON is looked at: the size is the first reason given.
    with pytest.raises(ArticleError, match="over the limit"):
        parse_article(b"\xff" * TEN_MB, LIMIT)


def test_an_article_at_the_limit_is_accepted_and_one_byte_over_is_not():
    head = b'{"id": "edge", "body": "'
    tail = b'"}'
    body = b"x" * (LIMIT - len(head) - len(tail))
    assert parse_article(head + body + tail, LIMIT).id == "edge"
    with pytest.raises(ArticleError, match="over the limit"):
        parse_article(head + body + b"x" + tail, LIMIT)


def test_html_in_the_body_is_kept_as_text():
    body = '<p onclick="steal()">Unemployment fell to <b>4.1%</b></p><script>alert("74")</script>'
    article = parse_article(_article(body=body, title="<img src=x onerror=alert(1)>"), LIMIT)
    assert article.body == body  # escaping is the dashboard's job; decoding keeps what was sent
    assert article.title == "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff" * TEN_MB,  # 10 MB of bytes that are not UTF-8: base64 would make them 13 MB
        _article(body="نص " * (TEN_MB // 6)),
        _article(body='"' * (800 * 1024)),  # escaping doubles a body of quotes
    ],
)
def test_a_dead_letter_always_fits_in_one_kafka_record(raw):
    letter = DeadLetter.from_bytes(raw, stage="feed", error="record 1: too big", topic="articles")
    encoded = letter.model_dump_json().encode("utf-8")
    assert len(encoded) <= DEAD_LETTER_MAX_BYTES
    assert letter.value is None and letter.original_bytes() is None
    assert letter.error.startswith("record 1: too big")
    assert f"original record of {len(raw):,} bytes is not kept" in letter.error


def test_a_dead_letter_keeps_what_fits_and_cuts_huge_errors():
    raw = "مقال صغير".encode()
    letter = DeadLetter.from_bytes(raw, stage="decode-claims-count", error="x" * 1_000_000)
    assert letter.original_bytes() == raw
    assert len(letter.error) < 4100 and letter.error.endswith("(996,000 more characters)")
    near_limit = b"\xfe" * (600 * 1024)  # base64 makes it 800 KiB: still under the limit
    kept = DeadLetter.from_bytes(near_limit, stage="decode-article", error="not valid UTF-8")
    assert kept.value_encoding == "base64" and kept.original_bytes() == near_limit
