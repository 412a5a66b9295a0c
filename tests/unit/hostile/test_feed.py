"""`factstream feed` on files that are not feeds, or feeds full of bad records: a clear error before anything
is published, or one FeedRecord per record with its reason — never a silent empty feed."""

from __future__ import annotations

import orjson
import pytest

from factstream.settings import Settings
from factstream_cli.feed import feed, records_from_feed

LIMIT = 1024 * 1024


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<!doctype html><html><body><p>Exports rose 12%</p></body></html>", "not a readable RSS/Atom feed"),
        (b"<html><body><p>Exports rose 12%</p></body></html>", "not an RSS/Atom feed"),
        (b'<?xml version="1.0"?><invoice><total>74</total></invoice>', "not an RSS/Atom feed"),
        (b'<rss version="2.0"><channel><title>cut off', "not a readable RSS/Atom feed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "neither JSON lines nor an RSS/Atom feed"),
        (b"PK\x03\x04 a zip archive", "neither JSON lines nor an RSS/Atom feed"),
        ("عدد الدول 74".encode("utf-16"), "neither JSON lines nor an RSS/Atom feed"),
        (b"id,body\n1,Exports rose 12%\n", "neither JSON lines nor an RSS/Atom feed"),
        (b"[{\"id\": \"1\", \"body\": \"a JSON array is not JSON lines\"}]", "neither JSON lines"),
    ],
)
def test_a_file_that_is_not_a_feed_is_refused(data, reason):
    with pytest.raises(ValueError, match=reason):
        list(records_from_feed(data, LIMIT, "upload"))


def test_the_feed_command_refuses_a_non_feed_before_touching_kafka(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_bytes(b"<html><head><title>News</title></head><body>74 countries</body></html>")
    # No broker listens on this port: reaching Kafka would fail differently (and slowly).
    settings = Settings(brokers="127.0.0.1:9", topic_prefix="never.")
    assert feed(str(page), settings, quiet=True) == 2
    assert "not an RSS/Atom feed" in " ".join(capsys.readouterr().err.split())  # rich wraps long lines


def test_a_feed_cut_off_inside_an_entry_reports_that_entry():
    records = list(records_from_feed(b'<rss version="2.0"><channel><item><title>cut off', LIMIT, "cut.rss"))
    assert len(records) == 1 and records[0].article is None and "body" in records[0].error


def test_every_bad_line_of_a_jsonl_feed_is_reported_with_its_number():
    lines = [
        orjson.dumps({"id": "ok-1", "body": "Exports rose 12% in 2017."}),
        b'{"id": "inf", "body": "x", "n": 1e400}',
        b'{"id": "bad-utf8", "body": "\xff\xfe"}',
        b'{"id": 7, "body": "wrong id type"}',
        orjson.dumps({"id": "huge", "body": "x" * (2 * LIMIT)}),
        b"<p>html line</p>",
        orjson.dumps({"id": "ok-2", "lang": "ar", "body": "ارتفعت الصادرات 12٪"}),
    ]
    records = list(records_from_feed(b"\xef\xbb\xbf" + b"\n".join(lines), LIMIT, "mixed.jsonl"))
    assert [record.number for record in records] == [1, 2, 3, 4, 5, 6, 7]
    assert [record.article is not None for record in records] == [True, False, False, False, False, False, True]
    errors = [record.error for record in records]
    assert "infinity" in errors[1]
    assert "UTF-8" in errors[2]
    assert "id" in errors[3]
    assert "over the limit" in errors[4]
    assert "not JSON" in errors[5]


def test_an_rss_entry_with_html_and_a_huge_body_is_refused_by_size():
    big = "<p>" + "Exports rose 12%. " * 80_000 + "</p>"
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><guid>big</guid><title>Big</title><description><![CDATA[{big}]]></description></item>"
        "<item><guid>small</guid><title>&lt;b&gt;Small&lt;/b&gt;</title>"
        "<description>&lt;script&gt;alert(1)&lt;/script&gt;Imports fell 3%.</description></item>"
        "</channel></rss>"
    ).encode()
    records = list(records_from_feed(rss, LIMIT, "wire.rss"))
    assert records[0].article is None and "over the limit" in records[0].error
    small = records[1].article
    assert small is not None and small.title == "Small"
    assert "<script>" not in small.body and "Imports fell 3%." in small.body


def test_an_empty_but_valid_feed_yields_no_records():
    assert list(records_from_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', LIMIT, "q"))\
        == []
