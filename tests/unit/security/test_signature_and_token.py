"""The webhook signature (alerts.sign / alerts.verify_signature / alerts.ReplayGuard) and the dashboard token
rules (alerts.access)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import alerts
from alerts.access import Access, TokensFileError, load_tokens_file, token_hash
from factstream.settings import Settings
from tests.unit.alerts.factories import make_alert

SECRET = "whsec-4Kd9"
NOW = 1_760_000_000


def test_the_signature_is_hmac_sha256_of_timestamp_dot_body():
    body = '{"text":"74 دولة"}'.encode()
    expected = "sha256=" + hmac.new(SECRET.encode(), b"%d." % NOW + body, hashlib.sha256).hexdigest()
    assert alerts.sign(body, SECRET, NOW) == expected
    assert alerts.verify_signature(body, expected, str(NOW), SECRET, now=NOW)
    assert alerts.verify_signature(body, f"  {expected}\n", f" {NOW} ", SECRET, now=NOW)  # header whitespace


@pytest.mark.parametrize(
    ("body", "header_for", "secret"),
    [
        (b'{"a":1}', b'{"a":2}', SECRET),  # body changed after signing
        (b'{"a":1}', b'{"a":1} ', SECRET),  # one trailing byte
        (b'{"a":1}', b'{"a":1}', "other-secret"),  # signed with another secret
    ],
)
def test_a_tampered_body_or_another_secret_fails(body, header_for, secret):
    assert not alerts.verify_signature(body, alerts.sign(header_for, SECRET, NOW), NOW, secret, now=NOW)


@pytest.mark.parametrize("header", [None, "", "sha256=", "sha1=abc", "garbage", "sha256=" + "0" * 64, "سلام"])
def test_missing_or_malformed_signature_headers_fail(header):
    assert not alerts.verify_signature(b"{}", header, NOW, SECRET, now=NOW)


@pytest.mark.parametrize("timestamp", [None, "", "soon", "-5", "1.5e9", "١٧٦٠٠٠٠٠٠٠", "9" * 40])
def test_missing_or_malformed_timestamps_fail(timestamp):
    assert not alerts.verify_signature(b"{}", alerts.sign(b"{}", SECRET, NOW), timestamp, SECRET, now=NOW)


def test_a_stale_or_future_timestamp_fails_even_with_a_valid_signature():
    body = b'{"alert":"74 countries"}'
    old = NOW - 301
    assert not alerts.verify_signature(body, alerts.sign(body, SECRET, old), old, SECRET, now=NOW)
    assert alerts.verify_signature(body, alerts.sign(body, SECRET, NOW - 299), NOW - 299, SECRET, now=NOW)
    future = NOW + 400
    assert not alerts.verify_signature(body, alerts.sign(body, SECRET, future), future, SECRET, now=NOW)
    # A receiver may choose a tighter window.
    assert not alerts.verify_signature(body, alerts.sign(body, SECRET, NOW - 60), NOW - 60, SECRET,
                                       now=NOW, max_age=30)


def test_a_replayed_request_is_refused_inside_the_window():
    guard = alerts.ReplayGuard(max_age=300)
    body = b'{"alert":"74 countries"}'
    signature = alerts.sign(body, SECRET, NOW)
    assert alerts.verify_signature(body, signature, NOW, SECRET, now=NOW, replay_guard=guard)
    assert not alerts.verify_signature(body, signature, NOW, SECRET, now=NOW + 10, replay_guard=guard)
    # The sender's retry is signed with its own time, so it is not a replay.
    retry = alerts.sign(body, SECRET, NOW + 2)
    assert alerts.verify_signature(body, retry, NOW + 2, SECRET, now=NOW + 2, replay_guard=guard)
    # After the window the old signature is forgotten, and refused as stale anyway.
    assert not alerts.verify_signature(body, signature, NOW, SECRET, now=NOW + 400, replay_guard=guard)
    assert guard.first_time("sha256=another", NOW + 400, now=NOW + 400)
    assert len(guard._seen) == 1  # memory holds one window of requests, no more


def test_an_empty_secret_never_verifies():
    assert not alerts.verify_signature(b"{}", alerts.sign(b"{}", "", NOW), NOW, "", now=NOW)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.text(min_size=1, max_size=40), st.binary(min_size=1, max_size=20))
def test_sign_then_verify_holds_and_any_change_breaks_it(body, secret, extra):
    header = alerts.sign(body, secret, NOW)
    assert alerts.verify_signature(body, header, NOW, secret, now=NOW)
    assert not alerts.verify_signature(body + extra, header, NOW, secret, now=NOW)


def test_the_webhook_sink_signs_the_time_and_the_bytes_it_sends_with_the_alert_id_inside():
    sink = alerts.WebhookSink("https://hooks.example.org/in", secret=SECRET)
    alert = make_alert()
    body = sink.body_for(alert)
    headers = sink.headers_for(alert, body)
    assert headers["X-Factstream-Alert-Id"] == alert.alert_id
    signature, timestamp = headers["X-Factstream-Signature"], headers["X-Factstream-Timestamp"]
    assert abs(int(timestamp) - time.time()) < 60
    assert alerts.verify_signature(body, signature, timestamp, SECRET)
    # The alert id a receiver dedupes on is inside the signed bytes: it cannot be swapped without the secret.
    assert json.loads(body)["metadata"]["event_payload"]["alert_id"] == alert.alert_id
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


# --- reviewer tokens -----------------------------------------------------------------------------------
def test_the_tokens_file_maps_token_hashes_to_reviewers(tmp_path):
    tokens = tmp_path / "reviewers.txt"
    tokens.write_text(
        "# reviewer name, then sha256 hex of the token\n\n"
        f"Amal Haddad {token_hash('amal-token-7Qx')}\n"
        f"omar   {token_hash('omar-token-K2p').upper()}\n",
        encoding="utf-8",
    )
    assert load_tokens_file(tokens) == {token_hash("amal-token-7Qx"): "Amal Haddad",
                                        token_hash("omar-token-K2p"): "omar"}
    settings = Settings(_env_file=None, dashboard_tokens_file=tokens, dashboard_token="shared-tok")
    assert settings.dashboard_requires_token()
    access = Access(settings)
    assert access.reviewer_for_token("amal-token-7Qx") == "Amal Haddad"
    assert access.reviewer_for_token("omar-token-K2p") == "omar"
    assert access.reviewer_for_token("shared-tok") == "editor"  # the single token keeps working
    assert access.reviewer_for_token(token_hash("amal-token-7Qx")) is None  # the hash is not a credential
    assert access.reviewer_for_token("wrong") is None and access.reviewer_for_token("") is None
    assert access.reviewer_for_token("\udcff\udcfe") is None  # undecodable header bytes: no match, no crash


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("amal 1234\n", "line 1"),  # not a sha256 hex
        (f"{'a' * 64}\n", "line 1"),  # no name
        (f"amal {'a' * 64}\nomar {'a' * 64}\n", "line 2: the same token hash"),
        ("# only comments\n", "names no reviewer"),
    ],
)
def test_a_bad_tokens_file_is_refused_at_start_with_the_line(tmp_path, content, error):
    tokens = tmp_path / "reviewers.txt"
    tokens.write_text(content, encoding="utf-8")
    with pytest.raises(TokensFileError, match=error):
        Access(Settings(_env_file=None, dashboard_tokens_file=tokens))
    with pytest.raises(TokensFileError, match="cannot read"):
        load_tokens_file(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:6066", True),
        ("localhost:6066", True),
        ("LOCALHOST:6066", True),
        ("[::1]:6066", True),
        ("127.0.0.1:6067", False),  # another port
        ("127.0.0.1", False),
        ("attacker.example:6066", False),  # DNS rebinding: the page's own name
        ("127.0.0.1.nip.io:6066", False),
        ("localhost.:6066", False),
        ("", False),
        (None, False),
    ],
)
def test_without_a_token_only_loopback_host_names_are_served(host, allowed):
    assert Access(Settings(_env_file=None, web_port=6066)).host_allowed(host) is allowed
    # With a token the token is the defence: any Host.
    assert Access(Settings(_env_file=None, web_port=6066, dashboard_token="t")).host_allowed(host)
