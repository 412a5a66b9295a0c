"""The e-mail sink: one plain-text message per alert, sent with the standard library's smtplib.

Transport security: with `starttls`, the connection is upgraded with an ssl context that verifies the
server's certificate and host name (the system CAs, or `cafile` for a private CA); a server that does not
offer STARTTLS fails the attempt instead of falling back to plain text. A username and password are never
sent over a plain connection: SmtpSink refuses that combination when it is built, at worker start.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

from alerts.delivery import DeliveryError, backoff_delay
from alerts.signing import ALERT_ID_HEADER
from alerts.text import (
    VERDICT_LABELS,
    describe_deviation,
    describe_fact,
    explanation_of,
    neutralise_bidi,
    single_line,
    split_sentence,
)
from factstream.models import Alert

log = logging.getLogger("factstream.alerts")


def _body_lines(alert: Alert) -> list[str]:
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
    return [neutralise_bidi(line) for line in lines]


def email_message(alert: Alert, sender: str, recipients: Sequence[str]) -> EmailMessage:
    """A plain-text e-mail: subject with the verdict and the claim; body with sentence, fact, source."""
    verdict = alert.verdict
    article = verdict.article
    label = VERDICT_LABELS.get(verdict.verdict, verdict.verdict)
    message = EmailMessage()
    message["Subject"] = single_line(f"[factstream] {label}: “{verdict.claim.text}” — "
                                     f"{article.title if article and article.title else verdict.article_id}", 180)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = f"<{alert.alert_id}@factstream>"
    message[ALERT_ID_HEADER] = alert.alert_id
    message.set_content("\n".join(_body_lines(alert)))
    return message


class SmtpSink:
    """Sends each alert as an e-mail, in a worker thread. STARTTLS (verified) and login are optional, but
    login requires STARTTLS; transient failures (connection, 4xx) are retried with backoff."""

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
        cafile: str | Path | None = None,
    ) -> None:
        if not host:
            raise ValueError("smtp host is required")
        if not recipients:
            raise ValueError("smtp needs at least one recipient (FACTSTREAM_SMTP_TO)")
        if username and not starttls:
            raise ValueError(
                "FACTSTREAM_SMTP_USERNAME is set without FACTSTREAM_SMTP_STARTTLS=true: the password would "
                "cross the network in clear text; turn STARTTLS on (or drop the username)"
            )
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
        # Built once: a missing or unreadable CA file is a start-up error, not a failure per alert.
        self.ssl_context: ssl.SSLContext | None = (
            ssl.create_default_context(cafile=str(cafile) if cafile else None) if starttls else None
        )

    def __repr__(self) -> str:
        return f"SmtpSink({self.host}:{self.port}, to={len(self.recipients)} recipient(s), starttls={self.starttls})"

    def _send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout_s) as client:
            if self.ssl_context is not None:
                client.starttls(context=self.ssl_context)  # verifies the certificate and the host name
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
            except ssl.SSLCertVerificationError as exc:
                reason = f"TLS certificate of {self.host}:{self.port} not trusted: {exc.verify_message}"
            except (smtplib.SMTPException, OSError) as exc:
                reason = f"{type(exc).__name__} talking to {self.host}:{self.port}"
            if attempt < self.max_attempts:
                log.warning("smtp attempt %d/%d failed: %s", attempt, self.max_attempts, reason)
                await asyncio.sleep(backoff_delay(self.backoff_s, attempt))
        raise DeliveryError(self.name, reason, self.max_attempts)
