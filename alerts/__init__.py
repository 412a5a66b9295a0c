"""alerts: turning verdicts into alerts and delivering them (webhook, e-mail, JSONL), the review dashboard's
rendering, ClaimReview output. Never imports faust."""

from alerts.build import build_alert, priority_of, prominence_of, severity_of
from alerts.claimreview import claim_review
from alerts.sinks import (
    DeliveryError,
    JsonlSink,
    Sink,
    SmtpSink,
    WebhookSink,
    close_sinks,
    sign,
    sinks_from_settings,
    slack_payload,
    verify_signature,
)
from alerts.store import AlertStore

__all__ = [
    "AlertStore",
    "DeliveryError",
    "JsonlSink",
    "Sink",
    "SmtpSink",
    "WebhookSink",
    "build_alert",
    "claim_review",
    "close_sinks",
    "priority_of",
    "prominence_of",
    "severity_of",
    "sign",
    "sinks_from_settings",
    "slack_payload",
    "verify_signature",
]
