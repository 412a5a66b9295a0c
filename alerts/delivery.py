"""What every sink shares: the Sink protocol, the error a sink raises when it finally gives up, the backoff
between attempts and the redaction of URLs in messages."""

from __future__ import annotations

from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

from factstream.models import Alert

MAX_BACKOFF_S = 30.0


class DeliveryError(Exception):
    """An alert could not be delivered after all attempts. The message never holds secrets."""

    def __init__(self, sink: str, reason: str, attempts: int = 1) -> None:
        super().__init__(f"{sink}: {reason} (after {attempts} attempt{'s' if attempts != 1 else ''})")
        self.sink = sink
        self.reason = reason
        self.attempts = attempts


@runtime_checkable
class Sink(Protocol):
    name: str

    async def deliver(self, alert: Alert) -> None: ...


def backoff_delay(base_s: float, attempt: int, retry_after: str | None = None) -> float:
    """Seconds to wait after failed attempt N (1-based): base doubled per attempt, at least a Retry-After
    given in seconds, at most MAX_BACKOFF_S."""
    delay = base_s * (2 ** (attempt - 1))
    if retry_after:
        try:
            delay = max(delay, float(retry_after))
        except ValueError:
            pass  # an HTTP date: keep our own backoff
    return min(delay, MAX_BACKOFF_S)


def redact_url(url: str) -> str:
    """scheme://host[:port]/… — webhook URLs often carry their secret in the path (Slack does)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "?"
        host = f"[{host}]" if ":" in host else host  # an IPv6 address
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<invalid url>"
    return f"{parts.scheme}://{host}{port}/…"
