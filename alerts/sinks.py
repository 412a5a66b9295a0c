"""Where alerts go: a webhook (Slack-compatible, signed), e-mail over SMTP, a JSONL file.

Every sink has a `name` (stable: the stream records per sink which alerts it already delivered) and
`async deliver(alert)`, which returns when the alert was delivered and raises DeliveryError when it finally
could not be. Retrying transient failures is the sink's job; deduplication is the caller's (alert_id is the
idempotency key, sent along so that receivers can dedupe too).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import smtplib
import time
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

import aiohttp
from pydantic import SecretStr

from alerts.text import (
    VERDICT_LABELS,
    describe_deviation,
    describe_fact,
    explanation_of,
    headline,
    safe_url,
    single_line,
    split_sentence,
)
from factstream.models import Alert

log = logging.getLogger("factstream.alerts")

SIGNATURE_HEADER = "X-Factstream-Signature"
TIMESTAMP_HEADER = "X-Factstream-Timestamp"
ALERT_ID_HEADER = "X-Factstream-Alert-Id"
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


# --- signatures -----------------------------------------------------------------------------------------
def sign(body: bytes, secret: str) -> str:
    """The signature header's value: "sha256=" + hex HMAC-SHA256 of the exact body bytes."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str | None, secret: str) -> bool:
    """For receivers: does the X-Factstream-Signature header match the body? Constant-time."""
    if not header or not secret:
        return False
    return hmac.compare_digest(sign(body, secret).encode("ascii"), header.strip().encode("utf-8", "replace"))


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


# --- Slack-compatible payload ----------------------------------------------------------------------------
def mrkdwn_escape(text: str) -> str:
    """Slack mrkdwn control characters: untrusted text must not open links or mentions (<!channel>)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mrkdwn_link(url: str | None, label: str) -> str:
    link = safe_url(url)
    if link is None:
        return mrkdwn_escape(label)
    return f"<{mrkdwn_escape(link).replace('|', '%7C')}|{mrkdwn_escape(label.replace('|', '/'))}>"


def _bold(text: str) -> str:
    # Asterisks inside would end the bold run early; a claim never needs them.
    return f"*{text.replace('*', '')}*" if text.strip() else text


def slack_payload(alert: Alert) -> dict[str, Any]:
    """text (fallback for notifications) + blocks: the claim highlighted in its sentence, the verdict,
    the fact with its source link, the article. The whole alert travels in `metadata` for machines."""
    verdict = alert.verdict
    claim = verdict.claim
    before, claimed, after = split_sentence(claim)
    sentence = mrkdwn_escape(before) + _bold(mrkdwn_escape(claimed)) + mrkdwn_escape(after)
    label = VERDICT_LABELS.get(verdict.verdict, verdict.verdict)

    fields = [
        {"type": "mrkdwn", "text": f"*Verdict*\n{mrkdwn_escape(label)}"},
        {"type": "mrkdwn", "text": f"*Claim*\n{mrkdwn_escape(claim.kind)}: {mrkdwn_escape(claim.text)}"},
        {"type": "mrkdwn", "text": f"*Priority*\n{alert.priority:g} ({alert.prominence})"},
    ]
    deviation = describe_deviation(verdict.deviation)
    if deviation:
        fields.append({"type": "mrkdwn", "text": f"*Deviation*\n{mrkdwn_escape(deviation)}"})

    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": single_line(f"{label} claim", 150)}},
        {"type": "section", "text": {"type": "mrkdwn", "text": f"> {sentence}"}},
        {"type": "section", "fields": fields},
    ]
    explanation = explanation_of(alert)
    if explanation:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn_escape(explanation)}})
    if verdict.fact is not None:
        fact = verdict.fact
        text = f"*Fact:* {mrkdwn_escape(describe_fact(fact))}"
        if fact.source_url:
            text += f"\n*Source:* {_mrkdwn_link(fact.source_url, fact.source_url)}"
        if fact.source_quote:
            text += f"\n> {mrkdwn_escape(single_line(fact.source_quote, 500))}"
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text}})
    article = verdict.article
    if article is not None:
        title = article.title or article.id
        context = f"Article: {_mrkdwn_link(article.url, title)}"
        if article.source:
            context += f" · {mrkdwn_escape(article.source)}"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": context}]})

    return {
        "text": mrkdwn_escape(single_line(headline(alert), 300)),
        "blocks": blocks,
        "metadata": {"event_type": "factstream_alert", "event_payload": alert.model_dump(mode="json")},
    }


# --- webhook --------------------------------------------------------------------------------------------
class WebhookSink:
    """POSTs Slack-compatible JSON; signs it when a secret is set; retries connection errors, timeouts,
    429 and 5xx with exponential backoff (Retry-After honoured, capped); other 4xx fail at once."""

    name = "webhook"

    def __init__(
        self,
        url: str,
        secret: str | None = None,
        timeout_s: float = 5.0,
        max_attempts: int = 5,
        backoff_s: float = 0.5,
    ) -> None:
        if safe_url(url) is None:
            raise ValueError(f"webhook url must be http(s) with a host: {redact_url(url)}")
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        # The path may hold the receiver's token: kept as a SecretStr (hidden even from vars()), and
        # every message names `endpoint`, the scheme, host and port only.
        self._url = SecretStr(url)
        self.endpoint = redact_url(url)
        self._secret = secret or None
        self.timeout_s = timeout_s
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return f"WebhookSink({self.endpoint}, signed={self._secret is not None})"

    def body_for(self, alert: Alert) -> bytes:
        return json.dumps(slack_payload(alert), ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def headers_for(self, alert: Alert, body: bytes) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "factstream-webhook/1",
            ALERT_ID_HEADER: alert.alert_id,
            TIMESTAMP_HEADER: str(int(time.time())),
        }
        if self._secret:
            headers[SIGNATURE_HEADER] = sign(body, self._secret)
        return headers

    async def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def deliver(self, alert: Alert) -> None:
        body = self.body_for(alert)
        session = await self._get_session()
        url = self._url.get_secret_value()
        reason = "not attempted"
        for attempt in range(1, self.max_attempts + 1):
            retry_after: str | None = None
            try:
                async with session.post(url, data=body, headers=self.headers_for(alert, body)) as response:
                    await response.read()
                    if 200 <= response.status < 300:
                        return
                    reason = f"HTTP {response.status} from {self.endpoint}"
                    if response.status != 429 and response.status < 500:
                        raise DeliveryError(self.name, reason, attempt)
                    retry_after = response.headers.get("Retry-After")
            except (aiohttp.ClientError, TimeoutError) as exc:
                reason = f"{type(exc).__name__} posting to {self.endpoint}"
            if attempt < self.max_attempts:
                log.warning("webhook attempt %d/%d failed: %s", attempt, self.max_attempts, reason)
                await asyncio.sleep(backoff_delay(self.backoff_s, attempt, retry_after))
        raise DeliveryError(self.name, reason, self.max_attempts)


# --- e-mail ---------------------------------------------------------------------------------------------
def email_message(alert: Alert, sender: str, recipients: Sequence[str]) -> EmailMessage:
    """A plain-text e-mail: subject with the verdict and the claim; body with sentence, fact, source."""
    verdict = alert.verdict
    claim = verdict.claim
    before, claimed, after = split_sentence(claim)
    label = VERDICT_LABELS.get(verdict.verdict, verdict.verdict)
    lines = [
        f"{label} claim ({claim.kind}, priority {alert.priority:g}, in the {alert.prominence})",
        "",
        f"  {before}[[{claimed}]]{after}" if claimed else f"  {before}",
        "",
    ]
    explanation = explanation_of(alert)
    if explanation:
        lines += [explanation, ""]
    deviation = describe_deviation(verdict.deviation)
    if deviation:
        lines.append(f"Deviation: {deviation}")
    if verdict.fact is not None:
        fact = verdict.fact
        lines.append(f"Fact: {describe_fact(fact)}")
        if fact.source_url:
            lines.append(f"Source: {fact.source_url}")
        if fact.source_quote:
            lines.append(f"Quote: “{fact.source_quote}”")
    article = verdict.article
    if article is not None:
        lines += ["", f"Article: {article.title or article.id}"]
        if article.url:
            lines.append(f"Link: {article.url}")
        if article.source:
            lines.append(f"Outlet: {article.source}")
    lines += ["", f"Alert id: {alert.alert_id}"]

    message = EmailMessage()
    message["Subject"] = single_line(f"[factstream] {label}: “{claim.text}” — "
                                     f"{article.title if article and article.title else verdict.article_id}", 180)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = f"<{alert.alert_id}@factstream>"
    message[ALERT_ID_HEADER] = alert.alert_id
    message.set_content("\n".join(lines))
    return message


class SmtpSink:
    """Sends each alert as an e-mail with the standard library's smtplib, in a worker thread.
    STARTTLS and login are optional; transient failures (connection, 4xx) are retried with backoff."""

    name = "smtp"

    def __init__(
        self,
        host: str,
        port: int = 25,
        sender: str = "factstream@localhost",
        recipients: Sequence[str] = (),
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout_s: float = 10.0,
        max_attempts: int = 3,
        backoff_s: float = 0.5,
    ) -> None:
        if not host:
            raise ValueError("smtp host is required")
        if not recipients:
            raise ValueError("smtp needs at least one recipient (FACTSTREAM_SMTP_TO)")
        self.host = host
        self.port = port
        self.sender = sender
        self.recipients = list(recipients)
        self.username = username
        self._password = password
        self.starttls = starttls
        self.timeout_s = timeout_s
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s

    def __repr__(self) -> str:
        return f"SmtpSink({self.host}:{self.port}, to={len(self.recipients)} recipient(s))"

    def _send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as client:
            if self.starttls:
                client.starttls()
            if self.username:
                client.login(self.username, self._password or "")
            client.send_message(message, from_addr=self.sender, to_addrs=self.recipients)

    async def deliver(self, alert: Alert) -> None:
        message = email_message(alert, self.sender, self.recipients)
        reason = "not attempted"
        for attempt in range(1, self.max_attempts + 1):
            try:
                await asyncio.to_thread(self._send, message)
                return
            except smtplib.SMTPResponseException as exc:
                reason = f"SMTP {exc.smtp_code} from {self.host}:{self.port}"
                if exc.smtp_code < 400 or exc.smtp_code >= 500:
                    raise DeliveryError(self.name, reason, attempt) from None
            except smtplib.SMTPRecipientsRefused:
                raise DeliveryError(self.name, "all recipients refused", attempt) from None
            except (smtplib.SMTPException, OSError) as exc:
                reason = f"{type(exc).__name__} talking to {self.host}:{self.port}"
            if attempt < self.max_attempts:
                log.warning("smtp attempt %d/%d failed: %s", attempt, self.max_attempts, reason)
                await asyncio.sleep(backoff_delay(self.backoff_s, attempt))
        raise DeliveryError(self.name, reason, self.max_attempts)


# --- JSONL ----------------------------------------------------------------------------------------------
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
            )
        )
    if settings.alerts_jsonl:
        sinks.append(JsonlSink(settings.alerts_jsonl))
    return sinks
