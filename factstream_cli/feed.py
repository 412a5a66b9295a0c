"""`factstream feed`: publish articles from JSONL, RSS/Atom (file or URL) or stdin.

Every record is validated before it is sent; an invalid one is reported with its line (or entry) number and
sent to `deadletter` with the reason — never dropped silently.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import orjson

from factstream.articles import ArticleError, article_from_mapping, parse_article
from factstream.models import Article, DeadLetter
from factstream.settings import Settings
from factstream_cli.fetch import fetch_feed, is_url
from factstream_cli.inputs import InputError, read_input

_TAG = re.compile(r"<[^>]+>")


@dataclass
class FeedRecord:
    number: int  # line number (JSONL) or entry number (RSS/Atom), 1-based
    raw: bytes  # what is published (the original line for JSONL)
    article: Article | None
    error: str | None


def _read_source(source: str, settings: Settings) -> bytes:
    """The feed's bytes: from a URL within factstream_cli.fetch's bounds, a file, or stdin ('-')."""
    if is_url(source):
        data = fetch_feed(source, settings.feed_max_bytes, settings.feed_timeout_s)
        if not data.strip():
            raise ValueError(f"{source}: the response is empty")
        return data
    try:
        data, _ = read_input(source)
    except InputError as exc:
        raise ValueError(str(exc)) from None
    return data


def _strip_html(text: str) -> str:
    import html

    return html.unescape(_TAG.sub(" ", text)).strip()


def records_from_feed(data: bytes, max_bytes: int, source_name: str) -> Iterator[FeedRecord]:
    """Yield one FeedRecord per input record, valid or not."""
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark, as some editors write: not part of line 1
        data = data[3:]
    head = data.lstrip()[:1]
    if head in (b"{", b""):
        for number, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                article = parse_article(line, max_bytes)
                yield FeedRecord(number, line, article, None)
            except ArticleError as exc:
                yield FeedRecord(number, line, None, str(exc))
        return
    if head != b"<":
        raise ValueError(f"{source_name}: neither JSON lines nor an RSS/Atom feed (starts with {head!r})")
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"{source_name}: not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
    if not parsed.version and not parsed.entries:
        # Well-formed markup that is no feed (an HTML page, some other XML): feedparser finds nothing in it,
        # which must not pass for an empty feed.
        raise ValueError(f"{source_name}: not an RSS/Atom feed (markup without an <rss>, <feed> or RDF root)")
    feed_title = parsed.feed.get("title")
    for number, entry in enumerate(parsed.entries, start=1):
        body = ""
        if entry.get("content"):
            body = " ".join(part.get("value", "") for part in entry["content"])
        body = _strip_html(body or entry.get("summary", "") or "")
        published = entry.get("published") or entry.get("updated")
        published_iso = None
        if entry.get("published_parsed") or entry.get("updated_parsed"):
            import time

            struct = entry.get("published_parsed") or entry.get("updated_parsed")
            published_iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", struct)
        record = {
            "id": entry.get("id") or entry.get("link") or f"{source_name}#{number}",
            "url": entry.get("link"),
            "source": feed_title,
            "published_at": published_iso,
            "title": _strip_html(entry.get("title", "")) or None,
            "body": body,
            "lang": (entry.get("language") or parsed.feed.get("language") or "")[:2] or None,
        }
        if record["lang"] not in ("ar", "en"):
            record["lang"] = None
        raw = orjson.dumps(record)
        try:
            if len(raw) > max_bytes:
                raise ArticleError(f"entry is {len(raw):,} bytes, over the limit of {max_bytes:,} bytes")
            article = article_from_mapping(record)
            yield FeedRecord(number, raw, article, None)
        except ArticleError as exc:
            yield FeedRecord(number, raw, None, f"{exc} (published {published})")


def feed(source: str, settings: Settings, topic: str = "articles", quiet: bool = False) -> int:
    """Publish every valid record to `topic`, every invalid one to `deadletter`. Exit code 1 if any was invalid."""
    from kafka import KafkaProducer
    from rich.console import Console
    from rich.progress import Progress

    from streams.topics import ensure_topics

    console = Console(stderr=True)
    try:
        data = _read_source(source, settings)
        records = list(records_from_feed(data, settings.max_article_bytes, source))
    except (OSError, ValueError) as exc:
        # One line, as written: a URL or a server's text may hold [brackets] rich would read as markup.
        print(f"factstream feed: {exc}", file=sys.stderr)
        return 2
    ensure_topics(settings)
    producer = KafkaProducer(acks="all", linger_ms=5, **settings.kafka_python_config())
    sent = invalid = 0
    try:
        with Progress(console=console, disable=quiet, transient=False) as progress:
            task = progress.add_task(f"feeding {source}", total=len(records))
            for record in records:
                if record.article is not None:
                    producer.send(settings.topic(topic), key=record.article.id.encode("utf-8"), value=record.raw)
                    sent += 1
                else:
                    invalid += 1
                    console.print(f"[yellow]{source}: record {record.number}: {record.error}[/]")
                    letter = DeadLetter.from_bytes(
                        record.raw, stage="feed", error=f"record {record.number}: {record.error}",
                        topic=settings.topic(topic), offset=None, key=None,
                    )
                    producer.send(settings.topic("deadletter"), value=letter.model_dump_json().encode("utf-8"))
                progress.advance(task)
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=10)
    console.print(f"published {sent} article(s) to {settings.topic(topic)}; {invalid} invalid sent to "
                  f"{settings.topic('deadletter')}")
    return 1 if invalid else 0
