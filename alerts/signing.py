"""The webhook signature: what the sender puts in the headers and how a receiver checks them.

Every signed POST carries

    X-Factstream-Timestamp: <unix seconds when this attempt was sent>
    X-Factstream-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>." + raw body bytes)>
    X-Factstream-Alert-Id:  <the alert id, also inside the signed body at metadata.event_payload.alert_id>

Signing the timestamp with the body means a captured request cannot be replayed later than `max_age`
seconds (300 by default); a ReplayGuard also refuses the same signature twice within that window. The alert
id header is a convenience: receivers that dedupe should take the id from the verified body, which the
signature covers. The sender's own retry of an alert within the same second is byte-identical to the first
try, so a receiver should answer a repeat of an accepted request with 2xx and do nothing, rather than an
error that makes the sender retry (docs/examples/webhook_receiver.py does this).
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Factstream-Signature"
TIMESTAMP_HEADER = "X-Factstream-Timestamp"
ALERT_ID_HEADER = "X-Factstream-Alert-Id"
DEFAULT_MAX_AGE_S = 300
_MAX_TIMESTAMP_DIGITS = 12  # unix seconds until the year 33658; longer strings are not timestamps


def signed_payload(timestamp: str | int, body: bytes) -> bytes:
    """The exact bytes the HMAC covers: the timestamp as decimal ASCII, a dot, the raw body."""
    return str(timestamp).encode("ascii") + b"." + body


def sign(body: bytes, secret: str, timestamp: str | int) -> str:
    """The X-Factstream-Signature value for a body sent at `timestamp` (unix seconds)."""
    digest = hmac.new(secret.encode("utf-8"), signed_payload(timestamp, body), hashlib.sha256).hexdigest()
    return "sha256=" + digest


def _parse_timestamp(value: str | int | None) -> int | None:
    if isinstance(value, int):
        return value
    if value is None:
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or len(text) > _MAX_TIMESTAMP_DIGITS:
        return None
    return int(text)


class ReplayGuard:
    """Remembers the signatures a receiver accepted during the last `max_age` seconds, so that the same
    signed request sent twice inside the freshness window is refused the second time. One per receiver
    process; memory is bounded by the requests of one window."""

    def __init__(self, max_age: float = DEFAULT_MAX_AGE_S) -> None:
        self.max_age = max_age
        self._seen: dict[str, float] = {}  # signature -> the moment it stops being fresh

    def first_time(self, signature: str, timestamp: int, now: float | None = None) -> bool:
        """True the first time this signature is offered; False for a replay within the window."""
        now = time.time() if now is None else now
        self._seen = {sig: expiry for sig, expiry in self._seen.items() if expiry >= now}
        if signature in self._seen:
            return False
        self._seen[signature] = timestamp + self.max_age
        return True


def verify_signature(
    body: bytes,
    signature: str | None,
    timestamp: str | int | None,
    secret: str,
    *,
    max_age: float = DEFAULT_MAX_AGE_S,
    now: float | None = None,
    replay_guard: ReplayGuard | None = None,
) -> bool:
    """For receivers: True when `signature` (the X-Factstream-Signature header) is the HMAC of
    `timestamp.body` under `secret`, the timestamp (X-Factstream-Timestamp) is within `max_age` seconds of
    now (either side, for clock skew), and, with a replay_guard, this signature was not accepted before.
    Constant-time comparison; anything missing or malformed is False."""
    if not signature or not secret:
        return False
    sent_at = _parse_timestamp(timestamp)
    if sent_at is None:
        return False
    now = time.time() if now is None else now
    if abs(now - sent_at) > max_age:
        return False
    expected = sign(body, secret, sent_at).encode("ascii")
    offered = signature.strip().encode("utf-8", "replace")
    if not hmac.compare_digest(expected, offered):
        return False
    return replay_guard is None or replay_guard.first_time(expected.decode("ascii"), sent_at, now)
