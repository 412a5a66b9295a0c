from __future__ import annotations

import asyncio
import json
import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email import message_from_bytes
from email.message import Message
from email.policy import default as default_policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from alerts import DeliveryError, JsonlSink, SmtpSink, sinks_from_settings
from alerts.sinks import ALERT_ID_HEADER
from factstream.models import Alert
from factstream.settings import Settings
from tests.unit.alerts.factories import AR_BODY, make_alert


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Collector:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], Message]] = []
        self.sessions: list[tuple[bool, bool, object]] = []  # (over TLS, authenticated, login) per message

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd calls this hook by name
        parsed = message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        self.sessions.append((session.ssl is not None, session.authenticated, session.auth_data))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server() -> Iterator[tuple[Collector, int]]:
    collector = Collector()
    port = free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield collector, port
    finally:
        controller.stop()


async def test_smtp_delivers_a_readable_email(smtp_server: tuple[Collector, int]) -> None:
    collector, port = smtp_server
    alert = make_alert(body=AR_BODY, text="74 دولة", lang="ar", title="الكويت تستضيف اجتماع التحالف")
    sink = SmtpSink("127.0.0.1", port, sender="alerts@newsroom.example", recipients=["desk@newsroom.example"])
    await sink.deliver(alert)
    assert len(collector.messages) == 1
    mail_from, recipients, message = collector.messages[0]
    assert mail_from == "alerts@newsroom.example" and recipients == ["desk@newsroom.example"]
    subject = str(message["Subject"])
    assert "Contradicted" in subject and "74 دولة" in subject and "الكويت" in subject
    assert message[ALERT_ID_HEADER] == alert.alert_id
    assert message["Message-ID"] == f"<{alert.alert_id}@factstream>"
    text = message.get_content()
    assert "[[74 دولة]]" in text  # the claim marked in its sentence
    assert "https://reference.example.org/coalition/members" in text
    assert "Sixty partners met" in text


async def test_smtp_subject_cannot_inject_headers(smtp_server: tuple[Collector, int]) -> None:
    collector, port = smtp_server
    alert = make_alert(title="Budget\r\nBcc: victim@example.org\r\nX-Evil: 1")
    sink = SmtpSink("127.0.0.1", port, recipients=["desk@newsroom.example"])
    await sink.deliver(alert)
    _, recipients, message = collector.messages[0]
    assert recipients == ["desk@newsroom.example"]
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert "Bcc: victim@example.org" in str(message["Subject"])  # kept as text, on one line


async def test_smtp_unreachable_fails_after_attempts() -> None:
    sink = SmtpSink("127.0.0.1", free_port(), recipients=["desk@newsroom.example"], max_attempts=2,
                    backoff_s=0.01, timeout_s=2)
    with pytest.raises(DeliveryError) as failure:
        await sink.deliver(make_alert())
    assert failure.value.attempts == 2 and failure.value.sink == "smtp"


async def test_jsonl_appends_one_line_per_alert(tmp_path: Path) -> None:
    path = tmp_path / "out" / "alerts.jsonl"
    sink = JsonlSink(path)
    first = make_alert()
    second = make_alert(body=AR_BODY, text="74 دولة", lang="ar", article_id="article-2")
    await asyncio.gather(sink.deliver(first), sink.deliver(second))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    parsed = [Alert.model_validate_json(line) for line in lines]
    assert {a.alert_id for a in parsed} == {first.alert_id, second.alert_id}
    assert "74 دولة" in lines[0] + lines[1]  # UTF-8, not escaped
    json.loads(lines[0])


async def test_jsonl_unwritable_raises_delivery_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    sink = JsonlSink(blocker / "alerts.jsonl")  # its parent is a file: cannot be created
    with pytest.raises(DeliveryError):
        await sink.deliver(make_alert())


def test_sinks_from_settings(tmp_path: Path) -> None:
    secret_file = tmp_path / "webhook-secret"
    secret_file.write_text("from-a-file\n")
    settings = Settings(
        _env_file=None,
        webhook_url="https://hooks.example.org/factstream",
        webhook_secret_file=secret_file,
        webhook_max_attempts=2,
        smtp_host="127.0.0.1",
        smtp_to="desk@newsroom.example,editor@newsroom.example",
        alerts_jsonl=tmp_path / "alerts.jsonl",
    )
    sinks = sinks_from_settings(settings)
    assert [s.name for s in sinks] == ["webhook", "smtp", "jsonl"]
    assert sinks[0]._secret == "from-a-file" and sinks[0].max_attempts == 2
    assert sinks[0].endpoint == "https://hooks.example.org/…"
    assert sinks[1].recipients == ["desk@newsroom.example", "editor@newsroom.example"]
    assert sinks_from_settings(Settings(_env_file=None)) == []
    with pytest.raises(ValueError, match="SMTP_TO"):
        sinks_from_settings(Settings(_env_file=None, smtp_host="127.0.0.1"))


# --- transport security (issue 15, finding 5) ---------------------------------------------------------------
@pytest.fixture(scope="module")
def private_ca(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A private CA and a server certificate for the name "localhost" only, made with the openssl tool."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("smtp-ca")
    paths = {name: folder / name for name in ("ca.key", "ca.pem", "server.key", "server.csr", "server.pem", "ext")}
    paths["ext"].write_text("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(paths["ca.key"]), "-out", str(paths["ca.pem"]),
        "-days", "2", "-subj", "/CN=factstream test CA")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(paths["server.key"]), "-out", str(paths["server.csr"]),
        "-subj", "/CN=localhost")
    run("x509", "-req", "-in", str(paths["server.csr"]), "-CA", str(paths["ca.pem"]), "-CAkey", str(paths["ca.key"]),
        "-CAcreateserial", "-out", str(paths["server.pem"]), "-days", "2", "-extfile", str(paths["ext"]))
    return paths


def _accept_desk(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"desk" and auth_data.password == b"pw-9f2"
    return AuthResult(success=ok, auth_data=auth_data if ok else None)


@pytest.fixture
def tls_smtp_server(private_ca: dict[str, Path]) -> Iterator[tuple[Collector, int]]:
    """An SMTP server that offers STARTTLS with the private CA's certificate and requires it (and TLS
    before AUTH)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(private_ca["server.pem"]), str(private_ca["server.key"]))
    collector = Collector()
    port = free_port()
    controller = Controller(collector, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                            authenticator=_accept_desk, auth_require_tls=True, server_hostname="localhost")
    controller.start()
    try:
        yield collector, port
    finally:
        controller.stop()


def _tls_sink(host: str, port: int, **options: object) -> SmtpSink:
    return SmtpSink(host, port, recipients=["desk@newsroom.example"], starttls=True, max_attempts=1,
                    timeout_s=5, **options)  # type: ignore[arg-type]


async def test_starttls_refuses_a_certificate_no_trusted_ca_signed(tls_smtp_server) -> None:
    collector, port = tls_smtp_server
    with pytest.raises(DeliveryError) as failure:
        await _tls_sink("localhost", port).deliver(make_alert())
    assert "not trusted" in failure.value.reason
    assert collector.messages == []


async def test_starttls_with_the_configured_ca_delivers_over_tls_and_logs_in(tls_smtp_server, private_ca) -> None:
    collector, port = tls_smtp_server
    sink = _tls_sink("localhost", port, cafile=private_ca["ca.pem"], username="desk", password="pw-9f2")
    await sink.deliver(make_alert())
    assert len(collector.messages) == 1
    assert collector.sessions == [(True, True, LoginPassword(b"desk", b"pw-9f2"))]


async def test_starttls_checks_the_host_name(tls_smtp_server, private_ca) -> None:
    collector, port = tls_smtp_server
    with pytest.raises(DeliveryError) as failure:  # the certificate names localhost, not 127.0.0.1
        await _tls_sink("127.0.0.1", port, cafile=private_ca["ca.pem"]).deliver(make_alert())
    assert "not trusted" in failure.value.reason and collector.messages == []


async def test_starttls_never_falls_back_to_plain_text(smtp_server: tuple[Collector, int]) -> None:
    collector, port = smtp_server  # a server that does not offer STARTTLS
    with pytest.raises(DeliveryError):
        await _tls_sink("127.0.0.1", port).deliver(make_alert())
    assert collector.messages == []


def test_login_over_a_plain_connection_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="STARTTLS"):
        SmtpSink("mail.example.org", 25, recipients=["desk@newsroom.example"], username="desk", password="pw")
    with pytest.raises(ValueError, match="STARTTLS"):
        sinks_from_settings(Settings(_env_file=None, smtp_host="mail.example.org", smtp_to="desk@newsroom.example",
                                     smtp_username="desk", smtp_password="pw"))
    started = sinks_from_settings(Settings(_env_file=None, smtp_host="mail.example.org", smtp_to="d@example.org",
                                           smtp_username="desk", smtp_password="pw", smtp_starttls=True))
    assert started[0].ssl_context.verify_mode == ssl.CERT_REQUIRED and started[0].ssl_context.check_hostname


def test_a_missing_ca_file_is_a_start_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        SmtpSink("mail.example.org", recipients=["d@example.org"], starttls=True, cafile=tmp_path / "no-ca.pem")
