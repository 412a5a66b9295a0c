"""The webhook sink: Slack-compatible JSON, signed (see alerts.signing), posted with retries.

A delivery counts only when the receiver itself answers 2xx. Redirects are never followed: a 3xx is a
failed attempt (retried, then DeliveryError like any other failure), because following one would either
turn the POST into an empty GET (301/302/303) that "succeeds", or re-send the body and its signature to
whatever host the redirect names (307/308). The receiver's answer is read up to MAX_RESPONSE_BYTES only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import aiohttp
from pydantic import SecretStr

from alerts.delivery import DeliveryError, backoff_delay, redact_url
from alerts.signing import ALERT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from alerts.text import (
    VERDICT_LABELS,
    describe_deviation,
    describe_fact,
    explanation_of,
    headline,
    neutralise_bidi,
    safe_url,
    single_line,
    split_sentence,
)
from factstream.models import Alert

log = logging.getLogger("factstream.alerts")

# What a receiver says back is only logged, never needed: read this much at most, so that a receiver
# answering with a huge (or endless) body costs neither memory nor the attempt's whole timeout.
MAX_RESPONSE_BYTES = 64 * 1024


# --- Slack-compatible payload ----------------------------------------------------------------------------
def mrkdwn_escape(text: str) -> str:
    """Slack mrkdwn control characters: untrusted text must not open links or mentions (<!channel>);
    bidi controls are neutralised so that the figure shown is the figure extracted."""
    return neutralise_bidi(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mrkdwn_link(url: str | None, label: str) -> str:
    link = safe_url(url)
    if link is None:
        return mrkdwn_escape(label)
    return f"<{mrkdwn_escape(link).replace('|', '%7C')}|{mrkdwn_escape(label.replace('|', '/'))}>"


def _bold(text: str) -> str:
    # Asterisks inside would end the bold run early; a claim never needs them.
    return f"*{text.replace('*', '')}*" if text.strip() else text


def _fact_block(alert: Alert) -> dict[str, Any] | None:
    fact = alert.verdict.fact
    if fact is None:
        return None
    text = f"*Fact:* {mrkdwn_escape(describe_fact(fact))}"
    if fact.source_url:
        text += f"\n*Source:* {_mrkdwn_link(fact.source_url, fact.source_url)}"
    if fact.source_quote:
        text += f"\n> {mrkdwn_escape(single_line(fact.source_quote, 500))}"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def slack_payload(alert: Alert) -> dict[str, Any]:
    """text (fallback for notifications) + blocks: the claim highlighted in its sentence, the verdict,
    the fact with its source link, the article. The whole alert travels in `metadata` for machines
    (metadata.event_payload.alert_id is the idempotency key, covered by the signature)."""
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
    fact_block = _fact_block(alert)
    if fact_block is not None:
        blocks.append(fact_block)
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


async def _drain_capped(response: aiohttp.ClientResponse, cap: int = MAX_RESPONSE_BYTES) -> int:
    """Read at most `cap` bytes of the answer; close the connection when more is left (never reused
    with an unread body). Returns how many bytes were read."""
    read = 0
    while read < cap:
        chunk = await response.content.read(cap - read)
        if not chunk:
            return read
        read += len(chunk)
    if not response.content.at_eof():
        response.close()
    return read


# --- webhook --------------------------------------------------------------------------------------------
class WebhookSink:
    """POSTs Slack-compatible JSON; signs it when a secret is set; retries connection errors, timeouts,
    redirects, 429 and 5xx with exponential backoff (Retry-After honoured, capped); other 4xx fail at once."""

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

    def headers_for(self, alert: Alert, body: bytes, now: float | None = None) -> dict[str, str]:
        """Headers of one attempt: each attempt is signed with its own send time."""
        timestamp = str(int(time.time() if now is None else now))
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": "factstream-webhook/2",
            ALERT_ID_HEADER: alert.alert_id,
            TIMESTAMP_HEADER: timestamp,
        }
        if self._secret:
            headers[SIGNATURE_HEADER] = sign(body, self._secret, timestamp)
        return headers

    async def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s))
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _attempt(self, alert: Alert, body: bytes, attempt: int) -> tuple[str | None, str | None]:
        """One POST. (None, None) when delivered; else (reason, Retry-After). Raises DeliveryError for
        an answer that retrying cannot change (4xx other than 429)."""
        session = await self._get_session()
        url = self._url.get_secret_value()
        try:
            async with session.post(
                url, data=body, headers=self.headers_for(alert, body), allow_redirects=False
            ) as response:
                await _drain_capped(response)
                status = response.status
                if 200 <= status < 300:
                    return None, None
                if 300 <= status < 400:
                    return f"HTTP {status} redirect from {self.endpoint} (redirects are not followed)", None
                reason = f"HTTP {status} from {self.endpoint}"
                if status != 429 and status < 500:
                    raise DeliveryError(self.name, reason, attempt)
                return reason, response.headers.get("Retry-After")
        except (aiohttp.ClientError, TimeoutError) as exc:
            return f"{type(exc).__name__} posting to {self.endpoint}", None

    async def deliver(self, alert: Alert) -> None:
        body = self.body_for(alert)
        reason = "not attempted"
        for attempt in range(1, self.max_attempts + 1):
            failure, retry_after = await self._attempt(alert, body, attempt)
            if failure is None:
                return
            reason = failure
            if attempt < self.max_attempts:
                log.warning("webhook attempt %d/%d failed: %s", attempt, self.max_attempts, reason)
                await asyncio.sleep(backoff_delay(self.backoff_s, attempt, retry_after))
        raise DeliveryError(self.name, reason, self.max_attempts)
