"""Turning raw input records into Articles, with a clear reason for every record that cannot be one.

The feed command, the stream's extract agent and `factstream check --jsonl` all decode through here.
"""

from __future__ import annotations

import orjson
from pydantic import ValidationError

from factstream.models import Article


class ArticleError(ValueError):
    """A record that cannot become an Article; the message says why, for a human."""


def _validation_reason(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors(include_url=False):
        where = ".".join(str(p) for p in error.get("loc", ())) or "record"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


def article_from_mapping(record: object) -> Article:
    if not isinstance(record, dict):
        raise ArticleError(f"an article must be a JSON object, got {type(record).__name__}")
    if "body" not in record and "text" in record:
        record = {**record, "body": record["text"]}
    try:
        return Article.model_validate(record)
    except ValidationError as exc:
        raise ArticleError(f"invalid article: {_validation_reason(exc)}") from None


def parse_article(raw: bytes | str, max_bytes: int) -> Article:
    """Decode one record (JSON bytes) into an Article or raise ArticleError with the reason."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if raw is None or len(raw) == 0:
        raise ArticleError("empty record")
    if len(raw) > max_bytes:
        raise ArticleError(f"record is {len(raw):,} bytes, over the limit of {max_bytes:,} bytes")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})") from None
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ArticleError(f"not JSON: {exc}") from None
    return article_from_mapping(record)
