"""Where alerts go: a webhook (Slack-compatible, signed: alerts.webhook), e-mail over SMTP (alerts.smtp), a
JSONL file (here), and the sinks the settings configure.

Every sink has a `name` (stable: the stream records per sink which alerts it already delivered) and
`async deliver(alert)`, which returns when the alert was delivered and raises DeliveryError when it finally
could not be. Retrying transient failures is the sink's job; deduplication is the caller's (alert_id is the
idempotency key, sent along so that receivers can dedupe too).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alerts.delivery import MAX_BACKOFF_S, DeliveryError, Sink, backoff_delay, redact_url
from alerts.signing import ALERT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, ReplayGuard, sign, verify_signature
from alerts.smtp import SmtpSink, email_message
from alerts.webhook import MAX_RESPONSE_BYTES, WebhookSink, mrkdwn_escape, slack_payload
from factstream.models import Alert

__all__ = [
    "ALERT_ID_HEADER",
    "MAX_BACKOFF_S",
    "MAX_RESPONSE_BYTES",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "DeliveryError",
    "JsonlSink",
    "ReplayGuard",
    "Sink",
    "SmtpSink",
    "WebhookSink",
    "backoff_delay",
    "close_sinks",
    "email_message",
    "mrkdwn_escape",
    "redact_url",
    "sign",
    "sinks_from_settings",
    "slack_payload",
    "verify_signature",
]


class JsonlSink:
    """Appends one JSON line per alert (the Alert model as JSON) to a file, creating its folder."""

    name = "jsonl"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"JsonlSink({self.path})"

    def _append(self, line: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("ab") as handle:
            handle.write(line)
            handle.flush()

    async def deliver(self, alert: Alert) -> None:
        line = alert.model_dump_json().encode("utf-8") + b"\n"
        async with self._lock:
            try:
                await asyncio.to_thread(self._append, line)
            except OSError as exc:
                raise DeliveryError(self.name, f"cannot append to {self.path}: {exc.strerror or exc}") from None


async def close_sinks(sinks: Sequence[Any]) -> None:
    """Release what sinks hold (the webhook's HTTP session); call when the worker stops."""
    for sink in sinks:
        close = getattr(sink, "close", None)
        if close is not None:
            await close()


def sinks_from_settings(settings: Any) -> list[Sink]:
    """The sinks the settings configure (the `alerts` topic is not a sink here: the stream always sends it).

    webhook when FACTSTREAM_WEBHOOK_URL (or FACTSTREAM_WEBHOOK_URL_FILE) is set; smtp when
    FACTSTREAM_SMTP_HOST and FACTSTREAM_SMTP_TO are; jsonl when FACTSTREAM_ALERTS_JSONL is.
    A configuration that would be unsafe (SMTP login without STARTTLS) raises ValueError here, at start.
    """
    sinks: list[Sink] = []
    webhook_url = settings.webhook_url_value()
    if webhook_url:
        sinks.append(
            WebhookSink(
                webhook_url,
                secret=settings.webhook_secret_value(),
                timeout_s=settings.webhook_timeout_s,
                max_attempts=settings.webhook_max_attempts,
            )
        )
    if settings.smtp_host:
        if not settings.smtp_to:
            raise ValueError("FACTSTREAM_SMTP_HOST is set but FACTSTREAM_SMTP_TO names no recipient")
        sinks.append(
            SmtpSink(
                settings.smtp_host,
                settings.smtp_port,
                sender=settings.smtp_from,
                recipients=settings.smtp_to,
                username=settings.smtp_username,
                password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
                starttls=settings.smtp_starttls,
                cafile=settings.smtp_cafile,
            )
        )
    if settings.alerts_jsonl:
        sinks.append(JsonlSink(settings.alerts_jsonl))
    return sinks
