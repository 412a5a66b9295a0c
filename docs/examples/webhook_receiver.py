"""A minimal receiver for factstream's signed webhook: verify, refuse replays, dedupe, then act.

    FACTSTREAM_WEBHOOK_SECRET=... python docs/examples/webhook_receiver.py --port 8080

Point the worker at it with FACTSTREAM_WEBHOOK_URL=http://<this host>:8080/alerts and the same
FACTSTREAM_WEBHOOK_SECRET. Per request, in this order:

1. read the raw body (the signature covers these exact bytes: verify before parsing);
2. alerts.verify_signature(body, X-Factstream-Signature, X-Factstream-Timestamp, secret, max_age=300,
   replay_guard=guard): the HMAC-SHA256 of "<timestamp>.<body>" must match, the timestamp must be within
   5 minutes of this machine's clock, and the same signature is acted on once only (a repeat of an accepted
   request gets 200 and nothing else: the sender's retry within the same second is byte-identical);
3. take the alert id from the verified body (metadata.event_payload.alert_id), not from the header, and
   skip alerts already handled: a retry after a lost answer is signed anew, so it passes step 2;
4. answer 2xx quickly. Anything else (3xx included) makes the sender retry.

Only the standard library and the factstream package (for verify_signature) are needed.
"""

from __future__ import annotations

import argparse
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from alerts import ReplayGuard, verify_signature
from alerts.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER

MAX_BODY_BYTES = 1024 * 1024  # an alert is a few KiB; refuse anything absurd before reading it


class AlertReceiver:
    """Verified, deduplicated alerts, in arrival order. Replace handle() with what your desk needs."""

    def __init__(self, secret: str, max_age: float = 300) -> None:
        if not secret:
            raise ValueError("a webhook secret is required to verify signatures")
        self.secret = secret
        self.max_age = max_age
        self.guard = ReplayGuard(max_age)
        self.seen_ids: set[str] = set()  # use a database with a unique key in production
        self.alerts: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    def receive(self, body: bytes, signature: str | None, timestamp: str | None) -> tuple[int, str]:
        """(HTTP status, message) for one POST."""
        with self.lock:  # the guard and the seen set are shared by the server's threads
            if not verify_signature(body, signature, timestamp, self.secret, max_age=self.max_age,
                                    replay_guard=self.guard):
                if verify_signature(body, signature, timestamp, self.secret, max_age=self.max_age):
                    # Authentic, but this exact request was accepted already: do nothing again. 200 (not an
                    # error) because the sender's own retry in the same second looks exactly like this.
                    return 200, "duplicate request ignored"
                return 401, "bad or stale signature"
            try:
                alert = json.loads(body)["metadata"]["event_payload"]
                alert_id = alert["alert_id"]
            except (ValueError, KeyError, TypeError):
                return 400, "signed, but not a factstream alert"
            if alert_id in self.seen_ids:
                return 200, "already handled"
            self.seen_ids.add(alert_id)
            self.alerts.append(alert)
        self.handle(alert)
        return 200, "ok"

    def handle(self, alert: dict[str, Any]) -> None:
        claim = alert["verdict"]["claim"]
        print(f"{alert['verdict']['verdict']}: {claim['text']!r} in {alert['verdict']['article_id']}", flush=True)


def make_server(receiver: AlertReceiver, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY_BYTES:
                status, message = 413, "too large"
            else:
                body = self.rfile.read(length)
                status, message = receiver.receive(
                    body, self.headers.get(SIGNATURE_HEADER), self.headers.get(TIMESTAMP_HEADER)
                )
            payload = message.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    return ThreadingHTTPServer((host, port), Handler)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    server = make_server(AlertReceiver(os.environ.get("FACTSTREAM_WEBHOOK_SECRET", "")), args.host, args.port)
    print(f"listening on http://{args.host}:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
