"""alerts: turning verdicts into alerts and delivering them (webhook, e-mail, JSONL), the review dashboard's
rendering, ClaimReview output. Never imports faust."""

from alerts.build import build_alert, priority_of, prominence_of, severity_of
from alerts.claimreview import claim_review, claim_review_json
from alerts.delivery import DeliveryError, Sink
from alerts.signing import ReplayGuard, sign, verify_signature
from alerts.sinks import JsonlSink, close_sinks, sinks_from_settings
from alerts.smtp import SmtpSink
from alerts.store import AlertStore, review_record_key
from alerts.webhook import WebhookSink, slack_payload

__all__ = [
    "AlertStore",
    "DeliveryError",
    "JsonlSink",
    "ReplayGuard",
    "Sink",
    "SmtpSink",
    "WebhookSink",
    "build_alert",
    "claim_review",
    "claim_review_json",
    "close_sinks",
    "priority_of",
    "prominence_of",
    "review_record_key",
    "severity_of",
    "sign",
    "sinks_from_settings",
    "slack_payload",
    "verify_signature",
]
