"""The webhook signature (alerts.sign / alerts.verify_signature) and the dashboard token rules."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import alerts
from factstream.settings import Settings
from tests.unit.alerts.factories import make_alert

SECRET = "whsec-4Kd9"


def test_the_signature_is_hmac_sha256_of_the_exact_body():
    body = '{"text":"74 دولة"}'.encode()
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert alerts.sign(body, SECRET) == expected
    assert alerts.verify_signature(body, expected, SECRET)
    assert alerts.verify_signature(body, f"  {expected}\n", SECRET)  # header whitespace is not part of it


@pytest.mark.parametrize(
    ("body", "header_for", "secret"),
    [
        (b'{"a":1}', b'{"a":2}', SECRET),  # body changed after signing
        (b'{"a":1}', b'{"a":1} ', SECRET),  # one trailing byte
        (b'{"a":1}', b'{"a":1}', "other-secret"),  # signed with another secret
    ],
)
def test_a_tampered_body_or_another_secret_fails(body, header_for, secret):
    assert not alerts.verify_signature(body, alerts.sign(header_for, SECRET), secret)


@pytest.mark.parametrize("header", [None, "", "sha256=", "sha1=abc", "garbage", "sha256=" + "0" * 64, "سلام"])
def test_missing_or_malformed_headers_fail(header):
    assert not alerts.verify_signature(b"{}", header, SECRET)


def test_an_empty_secret_never_verifies():
    assert not alerts.verify_signature(b"{}", alerts.sign(b"{}", ""), "")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.text(min_size=1, max_size=40), st.binary(min_size=1, max_size=20))
def test_sign_then_verify_holds_and_any_change_breaks_it(body, secret, extra):
    header = alerts.sign(body, secret)
    assert alerts.verify_signature(body, header, secret)
    assert not alerts.verify_signature(body + extra, header, secret)


def test_the_webhook_sink_signs_exactly_the_bytes_it_sends():
    sink = alerts.WebhookSink("https://hooks.example.org/in", secret=SECRET)
    alert = make_alert()
    body = sink.body_for(alert)
    headers = sink.headers_for(alert, body)
    assert headers["X-Factstream-Alert-Id"] == alert.alert_id
    assert alerts.verify_signature(body, headers["X-Factstream-Signature"], SECRET)
    unsigned = alerts.WebhookSink("https://hooks.example.org/in").headers_for(alert, body)
    assert "X-Factstream-Signature" not in unsigned


@pytest.mark.parametrize(
    ("host", "token", "required"),
    [
        ("127.0.0.1", None, False),
        ("localhost", None, False),
        ("::1", None, False),
        ("127.0.0.1", "tok", True),  # a configured token is always enforced
        ("0.0.0.0", None, True),  # reachable from other hosts: protected even without a token (fails closed)
        ("::", None, True),
        ("10.0.0.5", None, True),
        ("dashboard.example.org", None, True),
        ("0.0.0.0", "tok", True),
    ],
)
def test_the_dashboard_requires_a_token_unless_bound_to_loopback(host, token, required):
    assert Settings(web_host=host, dashboard_token=token).dashboard_requires_token() is required


def test_the_dashboard_token_can_come_from_a_file(tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text("from-file\n", encoding="utf-8")
    settings = Settings(web_host="127.0.0.1", dashboard_token_file=token_file)
    assert settings.dashboard_requires_token()
    assert settings.dashboard_token_value() == "from-file"
