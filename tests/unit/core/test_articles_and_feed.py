"""Decoding input records: every bad record gets a reason a newsroom engineer can act on."""

from __future__ import annotations

import json

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factstream.articles import ArticleError, parse_article
from factstream.models import DeadLetter
from factstream_cli.feed import records_from_feed

LIMIT = 1024 * 1024


def test_a_valid_record_becomes_an_article():
    raw = orjson.dumps({"id": "a1", "lang": "AR", "published_at": "2018-02-13T09:00:00+03:00",
                        "title": "عنوان", "body": "قال الوزير إن 74 دولة شاركت."})
    article = parse_article(raw, LIMIT)
    assert article.id == "a1"
    assert article.lang == "ar"
    assert article.published_at.utcoffset().total_seconds() == 3 * 3600


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty record"),
        (b"{not json", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"id": "x"}', "body"),
        (b'{"id": "x", "body": "   "}', "body"),
        (b'{"id": "", "body": "text"}', "id"),
        (b'{"id": "x", "body": 42}', "body"),
        (b'{"id": "x", "body": "t", "published_at": "last week"}', "published_at"),
        (b'{"id": "x", "body": "t", "lang": "fr"}', "lang"),
        (b'{"id": "x", "body": "\xff\xfe"}', "UTF-8"),
    ],
)
def test_bad_records_are_refused_with_a_reason(raw, reason):
    with pytest.raises(ArticleError, match=reason):
        parse_article(raw, LIMIT)


def test_the_size_limit_is_enforced_before_decoding():
    raw = orjson.dumps({"id": "big", "body": "x" * 5000})
    with pytest.raises(ArticleError, match="over the limit of 4,096 bytes"):
        parse_article(raw, 4096)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_either_decode_or_raise_article_error(raw):
    try:
        parse_article(raw, LIMIT)
    except ArticleError:
        pass


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "body", "lang", "url", "title", "published_at", "source"]),
                       st.one_of(st.none(), st.text(max_size=20), st.integers(), st.booleans()), max_size=7))
def test_any_record_shape_either_validates_or_raises_article_error(record):
    try:
        parse_article(json.dumps(record).encode(), LIMIT)
    except ArticleError:
        pass


def test_dead_letters_keep_non_utf8_bytes_as_base64():
    letter = DeadLetter.from_bytes(b"\xff\x00ok", stage="decode-article", error="not valid UTF-8")
    assert letter.value_encoding == "base64"
    assert letter.original_bytes() == b"\xff\x00ok"
    text = DeadLetter.from_bytes("نص".encode(), stage="x", error="y")
    assert text.value == "نص" and text.original_bytes() == "نص".encode()


def test_jsonl_feed_reports_line_numbers_of_invalid_records():
    data = b'{"id": "1", "body": "one"}\n\n{broken\n{"id": "3"}\n{"id": "4", "body": "four"}\n'
    records = list(records_from_feed(data, LIMIT, "feed.jsonl"))
    assert [(r.number, r.article is not None) for r in records] == [(1, True), (3, False), (4, False), (5, True)]
    assert "not JSON" in records[1].error
    assert "body" in records[2].error


def test_rss_entries_become_articles_with_html_stripped():
    rss = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Desk wire</title><language>en</language>
<item><guid>w-1</guid><link>https://example.org/w-1</link><title>Jobs &amp; wages</title>
<description>&lt;p&gt;Unemployment fell to &lt;b&gt;4.1%&lt;/b&gt; in March.&lt;/p&gt;</description>
<pubDate>Tue, 13 Feb 2018 09:00:00 GMT</pubDate></item>
<item><guid>w-2</guid><title>Empty</title><description></description></item>
</channel></rss>"""
    records = list(records_from_feed(rss, LIMIT, "wire.rss"))
    assert records[0].article is not None
    assert records[0].article.body == "Unemployment fell to  4.1%  in March."
    assert records[0].article.source == "Desk wire"
    assert records[0].article.lang == "en"
    assert records[0].article.published_at.year == 2018
    assert records[1].article is None and "body" in records[1].error


def test_a_file_that_is_not_a_feed_is_refused_clearly():
    with pytest.raises(ValueError, match="neither JSON lines nor an RSS/Atom feed"):
        list(records_from_feed(b"%PDF-1.7 binary", LIMIT, "report.pdf"))
