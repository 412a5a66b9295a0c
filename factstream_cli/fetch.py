"""`factstream feed URL`: fetch a feed over HTTP(S) with bounds a hostile or broken server cannot stretch.

- Redirects: followed only to the same host (same name and port, or the usual http:80 -> https:443 upgrade),
  over http or https, never from https down to http, at most 5 hops. A redirect to another host or scheme
  (ftp://, file://) is an error: a feed URL an editor typed must not become a request to wherever the server
  points (an internal address, a local file).
- Size: at most FACTSTREAM_FEED_MAX_BYTES (default 8 MiB) of body, counted after decompression; beyond it the
  download stops with an error (a 100 MiB response is never read whole).
- Time: FACTSTREAM_FEED_TIMEOUT_S (default 30 s) for the whole fetch — connect, redirects and every read
  together — so a server that drips one byte a second ends with an error instead of outliving the timeout.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

from factstream import limits

DEFAULT_MAX_BYTES = limits.DEFAULT_FEED_MAX_BYTES
DEFAULT_TIMEOUT_S = limits.DEFAULT_FEED_TIMEOUT_S
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_ALLOWED_SCHEMES = ("http", "https")


class FeedFetchError(OSError):
    """The feed URL could not be fetched within the bounds; the message names the URL and the cause."""


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def redirect_target(current: str, location: str | None) -> str:
    """The URL a redirect from `current` to `location` leads to, if the policy above allows it."""
    if not location:
        raise FeedFetchError(f"{current}: redirect without a Location header")
    target = urljoin(current, location)
    old, new = urlsplit(current), urlsplit(target)
    if new.scheme.lower() not in _ALLOWED_SCHEMES:
        raise FeedFetchError(f"{current}: refused a redirect to a {new.scheme or 'schemeless'}:// URL ({target})")
    if old.scheme.lower() == "https" and new.scheme.lower() == "http":
        raise FeedFetchError(f"{current}: refused a redirect from https down to http ({target})")
    upgrade = old.scheme.lower() == "http" and new.scheme.lower() == "https" and (_port(old), _port(new)) == (80, 443)
    if (new.hostname or "").lower() != (old.hostname or "").lower() or (_port(new) != _port(old) and not upgrade):
        raise FeedFetchError(f"{current}: refused a redirect to another host ({target}); give that URL directly")
    return target


def _port(parts: SplitResult) -> int:
    if parts.port is not None:
        return parts.port
    return 443 if parts.scheme.lower() == "https" else 80


async def _fetch(url: str, max_bytes: int, timeout_s: float) -> bytes:
    import aiohttp

    # total= bounds everything inside the session, connect and reads together, not each read on its own.
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    async with aiohttp.ClientSession(timeout=timeout, headers={"User-Agent": "factstream-feed"}) as session:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            async with session.get(current, allow_redirects=False) as response:
                if response.status in REDIRECT_STATUSES:
                    current = redirect_target(current, response.headers.get("Location"))
                    continue
                if response.status >= 400:
                    raise FeedFetchError(f"{current}: HTTP {response.status} {response.reason or ''}".rstrip())
                announced = response.content_length
                if announced is not None and announced > max_bytes:
                    raise FeedFetchError(_too_big(current, max_bytes, f"announces {announced:,} bytes, over"))
                return await _read_capped(response, current, max_bytes)
        raise FeedFetchError(f"{url}: more than {MAX_REDIRECTS} redirects")


async def _read_capped(response: Any, url: str, max_bytes: int) -> bytes:  # an aiohttp.ClientResponse
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > max_bytes:
            raise FeedFetchError(_too_big(url, max_bytes, "is larger than"))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, max_bytes: int, what: str) -> str:
    return f"{url}: the response {what} the limit of {max_bytes:,} bytes (FACTSTREAM_FEED_MAX_BYTES)"


def fetch_feed(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout_s: float = DEFAULT_TIMEOUT_S) -> bytes:
    """The body of `url` within the redirect, size and total-time bounds; FeedFetchError names what failed.

    The feed command passes Settings.feed_max_bytes and Settings.feed_timeout_s (FACTSTREAM_FEED_MAX_BYTES,
    FACTSTREAM_FEED_TIMEOUT_S).
    """
    import aiohttp

    try:
        return asyncio.run(_fetch(url, max_bytes, timeout_s))
    except TimeoutError:
        raise FeedFetchError(
            f"{url}: no complete response within {timeout_s:g} s (FACTSTREAM_FEED_TIMEOUT_S bounds the whole fetch)"
        ) from None
    except aiohttp.ClientError as exc:
        raise FeedFetchError(f"{url}: {type(exc).__name__}: {exc}") from None
