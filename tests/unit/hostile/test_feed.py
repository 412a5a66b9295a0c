"""`factstream feed` on files that are not feeds, or feeds full of bad records: a clear error before anything
is published, or one FeedRecord per record with its reason — never a silent empty feed."""

from __future__ import annotations

import http.server
import threading
import time

import orjson
import pytest

from factstream.settings import Settings
from factstream_cli.feed import feed, records_from_feed
from factstream_cli.fetch import FeedFetchError, fetch_feed, redirect_target

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


# --- issue 15 finding 11: `feed URL` against a hostile server ---------------------------------------------
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    b"<item><guid>w-1</guid><title>Exports</title><description>Exports rose 12% in 2017.</description></item>"
    b"</channel></rss>"
)


class _HostileHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        routes = {
            "/same-host": lambda: self._redirect("/feed.rss"),
            "/other-host": lambda: self._redirect(f"http://localhost:{port}/feed.rss"),
            "/other-port": lambda: self._redirect("http://127.0.0.1:9/feed.rss"),
            "/ftp": lambda: self._redirect("ftp://127.0.0.1/feed.rss"),
            "/file": lambda: self._redirect("file:///etc/passwd"),
            "/loop": lambda: self._redirect("/loop"),
        }
        if self.path in routes:
            routes[self.path]()
            return
        self.send_response(200)
        if self.path == "/announced-huge":
            self.send_header("Content-Length", str(100 * 1024 * 1024))
        self.end_headers()
        try:
            if self.path == "/feed.rss":
                self.wfile.write(RSS)
            elif self.path in ("/huge", "/announced-huge"):
                for _ in range(64):  # 4 MiB, with no Content-Length for /huge: only the count stops it
                    self.wfile.write(b"<!-- " + b"x" * (64 * 1024 - 9) + b" -->")
            elif self.path == "/drip":
                for _ in range(200):  # one byte every 0.1 s: every read is quick, the whole never ends
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


@pytest.fixture(scope="module")
def hostile_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HostileHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_url_and_a_same_host_redirect_are_read(hostile_server):
    assert fetch_feed(f"{hostile_server}/feed.rss") == RSS
    assert fetch_feed(f"{hostile_server}/same-host") == RSS


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/other-host", "refused a redirect to another host"),
        ("/other-port", "refused a redirect to another host"),
        ("/ftp", "refused a redirect to a ftp:// URL"),
        ("/file", "refused a redirect to a file:// URL"),
        ("/loop", "more than 5 redirects"),
    ],
)
def test_a_redirect_elsewhere_is_refused(hostile_server, path, reason):
    with pytest.raises(FeedFetchError, match=reason):
        fetch_feed(f"{hostile_server}{path}")


def test_https_never_redirects_down_to_http():
    with pytest.raises(FeedFetchError, match="from https down to http"):
        redirect_target("https://news.example/feed", "http://news.example/feed")
    # The usual upgrade from http (port 80) to https (443) on the same host name is followed; any other port is not.
    assert redirect_target("http://news.example/feed", "https://news.example/feed") == "https://news.example/feed"
    with pytest.raises(FeedFetchError, match="another host"):
        redirect_target("http://news.example/feed", "https://news.example:8443/feed")
    assert redirect_target("https://news.example/a", "/b") == "https://news.example/b"


@pytest.mark.parametrize("path", ["/huge", "/announced-huge"])
def test_a_response_over_the_size_limit_stops_with_a_clear_error(hostile_server, path):
    with pytest.raises(FeedFetchError, match=r"limit of 1,048,576 bytes \(FACTSTREAM_FEED_MAX_BYTES\)"):
        fetch_feed(f"{hostile_server}{path}", max_bytes=1024 * 1024)


def test_a_slow_drip_ends_at_the_total_timeout(hostile_server):
    started = time.monotonic()
    with pytest.raises(FeedFetchError, match=r"no complete response within 1.5 s"):
        fetch_feed(f"{hostile_server}/drip", timeout_s=1.5)
    assert time.monotonic() - started < 5  # the drip alone would last 20 s


def test_the_feed_command_applies_the_settings_limits(hostile_server, monkeypatch, capsys):
    monkeypatch.setenv("FACTSTREAM_FEED_MAX_BYTES", "4096")
    settings = Settings(brokers="127.0.0.1:9", topic_prefix="never.")
    assert feed(f"{hostile_server}/huge", settings, quiet=True) == 2
    assert "limit of 4,096 bytes" in capsys.readouterr().err


def test_the_feed_command_refuses_a_hostile_url_in_one_line_before_touching_kafka(hostile_server, capsys):
    settings = Settings(brokers="127.0.0.1:9", topic_prefix="never.")
    assert feed(f"{hostile_server}/ftp", settings, quiet=True) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused a redirect to a ftp:// URL" in err


def test_the_feed_command_names_a_missing_or_empty_file(tmp_path, capsys):
    settings = Settings(brokers="127.0.0.1:9", topic_prefix="never.")
    assert feed(str(tmp_path / "missing.jsonl"), settings, quiet=True) == 2
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert feed(str(empty), settings, quiet=True) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"factstream feed: no such file: {tmp_path / 'missing.jsonl'}", f"factstream feed: {empty} is empty"]
