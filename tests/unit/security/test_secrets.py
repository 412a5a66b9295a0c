"""Secrets (Kafka SASL password, webhook URL and secret, dashboard token, SMTP password) never show in repr,
str, dumps, logs or delivery errors. The worker's own log is checked in tests/unit/security/test_worker_log.py."""

from __future__ import annotations

import logging

import orjson
import pytest

import alerts
from factstream.settings import Settings
from streams.topics import faust_credentials

SASL = "sasl-pw-Zq81x!"
WEBHOOK_SECRET = "whsec-7Hn2Lr"
TOKEN = "dash-token-Qm4v"
SMTP = "smtp-pw-Vx9c"
URL_SECRET = "T000/B000/XyZsecretPath"  # Slack-style webhook URLs carry their secret in the path
SECRETS = (SASL, WEBHOOK_SECRET, TOKEN, SMTP, URL_SECRET)


@pytest.fixture()
def settings_from_env(monkeypatch) -> Settings:
    monkeypatch.setenv("FACTSTREAM_SECURITY_PROTOCOL", "SASL_SSL")
    monkeypatch.setenv("FACTSTREAM_SASL_MECHANISM", "SCRAM-SHA-512")
    monkeypatch.setenv("FACTSTREAM_SASL_USERNAME", "factstream")
    monkeypatch.setenv("FACTSTREAM_SASL_PASSWORD", SASL)
    monkeypatch.setenv("FACTSTREAM_WEBHOOK_URL", f"https://hooks.example.org/services/{URL_SECRET}")
    monkeypatch.setenv("FACTSTREAM_WEBHOOK_SECRET", WEBHOOK_SECRET)
    monkeypatch.setenv("FACTSTREAM_DASHBOARD_TOKEN", TOKEN)
    monkeypatch.setenv("FACTSTREAM_SMTP_PASSWORD", SMTP)
    return Settings()


def _leaks(text: str, secrets=SECRETS) -> list[str]:
    return [secret for secret in secrets if secret in text]


def test_settings_hold_the_secrets_for_the_clients(settings_from_env):
    settings = settings_from_env
    assert settings.sasl_password_value() == SASL
    assert settings.webhook_secret_value() == WEBHOOK_SECRET
    assert settings.webhook_url_value() == f"https://hooks.example.org/services/{URL_SECRET}"
    assert settings.dashboard_token_value() == TOKEN
    assert settings.kafka_python_config()["sasl_plain_password"] == SASL


def test_settings_never_show_secrets_in_repr_str_or_dumps(settings_from_env):
    settings = settings_from_env
    shown = [
        repr(settings),
        str(settings),
        f"{settings}",
        repr(settings.model_dump()),
        settings.model_dump_json(),
        orjson.dumps(settings.model_dump(mode="json")).decode(),
    ]
    for text in shown:
        assert _leaks(text) == [], text
    assert "hooks.example.org" not in repr(settings)  # the whole URL is hidden, not only its path


def test_logging_the_settings_and_the_clients_shows_no_secret(settings_from_env, caplog):
    settings = settings_from_env
    logger = logging.getLogger("factstream.test.secrets")
    credentials = faust_credentials(settings)
    sinks = alerts.sinks_from_settings(settings)
    with caplog.at_level(logging.DEBUG, logger="factstream.test.secrets"):
        logger.info("settings: %s", settings)
        logger.info("settings: %r", settings)
        logger.debug("dump: %s", settings.model_dump())
    assert _leaks(caplog.text) == [], caplog.text
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="factstream.test.secrets"):
        logger.info("credentials: %r / %s", credentials, credentials)
        logger.info("sinks: %r / %s", sinks, [str(sink) for sink in sinks])
    assert sinks, "the webhook sink is configured"
    assert _leaks(caplog.text) == [], caplog.text


def test_file_secrets_are_read_and_not_shown(tmp_path, monkeypatch):
    secret_file = tmp_path / "sasl-password"
    secret_file.write_text(SASL + "\n", encoding="utf-8")
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN, encoding="utf-8")
    monkeypatch.setenv("FACTSTREAM_SASL_PASSWORD_FILE", str(secret_file))
    monkeypatch.setenv("FACTSTREAM_DASHBOARD_TOKEN_FILE", str(token_file))
    settings = Settings(security_protocol="SASL_PLAINTEXT", sasl_username="factstream")
    assert settings.sasl_password_value() == SASL  # the trailing newline of the file is not part of it
    assert settings.dashboard_token_value() == TOKEN
    assert _leaks(repr(settings) + settings.model_dump_json()) == []


def test_the_webhook_url_can_come_from_a_file(tmp_path, monkeypatch):
    url_file = tmp_path / "webhook-url"
    url_file.write_text(f"https://hooks.example.org/services/{URL_SECRET}\n", encoding="utf-8")
    monkeypatch.delenv("FACTSTREAM_WEBHOOK_URL", raising=False)
    monkeypatch.setenv("FACTSTREAM_WEBHOOK_URL_FILE", str(url_file))
    settings = Settings(_env_file=None)
    assert settings.webhook_url_value() == f"https://hooks.example.org/services/{URL_SECRET}"
    [sink] = alerts.sinks_from_settings(settings)
    assert sink.endpoint == "https://hooks.example.org/…"
    assert _leaks(repr(settings) + settings.model_dump_json() + repr(sink) + str(vars(sink))) == []


async def test_webhook_failures_name_the_host_but_not_the_secret_path(caplog):
    # Port 9 on loopback refuses connections: the sink fails, and says so without the secret.
    sink = alerts.WebhookSink(f"http://127.0.0.1:9/services/{URL_SECRET}", secret=WEBHOOK_SECRET, max_attempts=2,
                              backoff_s=0.01, timeout_s=2)
    error = await failed_delivery(sink, caplog)
    assert "127.0.0.1:9" in str(error)
    assert _leaks(str(error) + repr(sink) + caplog.text) == []
    assert "/services" not in str(error) + caplog.text  # the host at most, no part of the path


async def failed_delivery(sink: alerts.WebhookSink, caplog: pytest.LogCaptureFixture) -> alerts.DeliveryError:
    """Deliver an alert through a sink that must fail; the error it raised (logs captured at DEBUG)."""
    from tests.unit.alerts.factories import make_alert

    try:
        with caplog.at_level(logging.DEBUG):
            with pytest.raises(alerts.DeliveryError) as caught:
                await sink.deliver(make_alert())
    finally:
        await sink.close()
    return caught.value


async def test_webhook_refusals_name_the_host_but_not_the_secret_path(caplog):
    # A receiver that answers 503 then 404: both the retried and the final failure are reported.
    from aiohttp import web
    from aiohttp.test_utils import TestServer

    statuses = [503, 404]

    async def refuse(request: web.Request) -> web.Response:
        return web.Response(status=statuses.pop(0))

    app = web.Application()
    app.router.add_post(f"/services/{URL_SECRET}", refuse)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    url = str(server.make_url(f"/services/{URL_SECRET}?token={URL_SECRET}"))
    host = f"127.0.0.1:{server.make_url('/').port}"
    sink = alerts.WebhookSink(url, secret=WEBHOOK_SECRET, max_attempts=3, backoff_s=0.01, timeout_s=2)
    try:
        error = await failed_delivery(sink, caplog)
    finally:
        await server.close()
    message = str(error)
    assert "HTTP 404" in message and host in message
    # Everything logged on the sender's side (the test receiver's own access log is not ours to judge).
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name != "aiohttp.access")
    assert "HTTP 503" in logged  # the retried attempt was logged, redacted too
    assert _leaks(message + error.reason + repr(sink) + logged) == []
    assert "/services" not in message + logged and "token=" not in message + logged


def test_smtp_sink_repr_shows_no_password():
    sink = alerts.SmtpSink("mail.example.org", 587, recipients=["desk@example.org"], username="u", password=SMTP,
                           starttls=True)
    assert SMTP not in repr(sink) and SMTP not in str(sink)
