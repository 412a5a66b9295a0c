"""A real worker, configured with secrets (SASL password, webhook secret and secret URL path, dashboard token,
SMTP password) but a PLAINTEXT broker, logs at debug level while it raises a signed alert: no secret appears
in its log. (Integration: it runs against the session's real broker.)"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error

import pytest

import alerts
from factstream.settings import Settings
from streams.topics import ensure_topics
from tests.integration.harness import REPO, WorkerProcess, collect, produce, seed_record, unique_prefix
from tests.integration.observers import WebhookReceiver

pytestmark = pytest.mark.integration

SECRETS = {
    "FACTSTREAM_SASL_PASSWORD": "sasl-Pw-3vR8kq",
    "FACTSTREAM_WEBHOOK_SECRET": "whsec-Lm2Xc7",
    "FACTSTREAM_DASHBOARD_TOKEN": "dash-Tk-9Qp4",
    "FACTSTREAM_SMTP_PASSWORD": "smtp-Pw-6Hd1",
}
URL_SECRET = "hooks/T01/B02/urlSecret5Yw"
TOKEN = SECRETS["FACTSTREAM_DASHBOARD_TOKEN"]


class DebugWorker(WorkerProcess):
    """`factstream worker -l debug`: the most the worker ever logs."""

    def start(self) -> DebugWorker:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factstream_cli.cli", "worker", "-l", "debug"],
            env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=str(REPO), start_new_session=True,
        )
        return self


def test_a_worker_never_logs_its_secrets(kafka_broker, tmp_path):
    prefix = unique_prefix("secrets")
    settings = Settings(brokers=kafka_broker.bootstrap, topic_prefix=prefix)
    ensure_topics(settings)
    with WebhookReceiver(path=f"/{URL_SECRET}") as hook:
        env = {
            **SECRETS,
            "FACTSTREAM_SECURITY_PROTOCOL": "PLAINTEXT",
            "FACTSTREAM_SASL_USERNAME": "factstream",
            "FACTSTREAM_SASL_MECHANISM": "SCRAM-SHA-512",
            "FACTSTREAM_WEBHOOK_URL": hook.url,
        }
        worker = DebugWorker(kafka_broker.bootstrap, prefix, tmp_path, env).start()
        try:
            worker.wait_ready()
            # The token protects the dashboard API (a configured token is always enforced).
            with pytest.raises(urllib.error.HTTPError) as refused:
                worker.get("/api/alerts")
            assert refused.value.code == 401
            assert isinstance(worker.get("/api/alerts", {"Authorization": f"Bearer {TOKEN}"}), (list, dict))
            produce(settings, "articles", [seed_record()])
            collect(settings, "alerts", lambda values: len(values) > 0, timeout=120)
            deadline = time.monotonic() + 60
            while not hook.snapshot() and time.monotonic() < deadline:
                time.sleep(0.3)
        finally:
            worker.stop()
    posts = hook.snapshot()
    assert posts, f"the seed's alert reached the webhook\n{worker.log_tail()}"
    secret = SECRETS["FACTSTREAM_WEBHOOK_SECRET"]
    assert all(alerts.verify_signature(p.body, p.signature, p.timestamp, secret) for p in posts)

    log = worker.log_path.read_text(errors="replace")
    assert "DEBUG" in log, "the worker logged at debug level"
    leaked = [name for name, secret in {**SECRETS, "webhook URL path": URL_SECRET}.items() if secret in log]
    assert leaked == [], f"secrets in the worker log: {leaked}"

