"""Before a command talks to a secured Kafka: one connection attempt that names what is wrong, within seconds.

kafka-python only says "Unable to bootstrap" after its timeout, and Faust retries forever; neither says that the
password was wrong or the CA untrusted. So `feed`, `worker` and the Kafka tools first open one connection with
aiokafka's own connection code (what the worker uses) and turn its exception into one line, before anything is
created or written. PLAINTEXT settings are not checked here: those commands behave exactly as before.
"""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

from factstream.settings import Settings

DEFAULT_TIMEOUT_S = 20.0


class KafkaAccessError(Exception):
    """The broker cannot be used with these settings; the message names the cause and the setting to fix."""


def check_kafka_access(settings: Settings, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
    """Connect (TLS handshake and SASL authentication included) to the first bootstrap server; raise on failure."""
    if settings.security_protocol == "PLAINTEXT":
        return
    servers = settings.bootstrap_servers
    if not servers:
        raise KafkaAccessError("FACTSTREAM_BROKERS names no broker")
    host, _, port_text = servers[0].rpartition(":")
    if not host or not port_text.isdigit():
        raise KafkaAccessError(f"FACTSTREAM_BROKERS: {servers[0]!r} is not host:port")
    try:
        asyncio.run(_connect(settings, host, int(port_text), timeout_s))
    except KafkaAccessError:
        raise
    except Exception as exc:  # every way a connection fails becomes one line naming its cause
        raise KafkaAccessError(describe_failure(settings, servers[0], exc, timeout_s)) from exc


async def _connect(settings: Settings, host: str, port: int, timeout_s: float) -> None:
    from aiokafka.conn import create_conn

    options: dict[str, Any] = {"security_protocol": settings.security_protocol, "client_id": "factstream-check"}
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = _ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        options |= {
            "sasl_mechanism": settings.sasl_mechanism or "PLAIN",
            "sasl_plain_username": settings.sasl_username,
            "sasl_plain_password": settings.sasl_password_value(),
        }
    connection = await asyncio.wait_for(
        create_conn(host, port, request_timeout_ms=int(timeout_s * 1000), **options), timeout_s
    )
    connection.close()


def _ssl_context(settings: Settings) -> ssl.SSLContext:
    try:
        context = ssl.create_default_context(cafile=str(settings.ssl_cafile) if settings.ssl_cafile else None)
        if settings.ssl_certfile:
            keyfile = str(settings.ssl_keyfile) if settings.ssl_keyfile else None
            context.load_cert_chain(str(settings.ssl_certfile), keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise KafkaAccessError(
            f"cannot load the TLS files (FACTSTREAM_SSL_CAFILE/CERTFILE/KEYFILE): {exc}"
        ) from exc
    return context


def describe_failure(settings: Settings, server: str, exc: BaseException, timeout_s: float) -> str:
    """One line: what failed, at which broker, and which setting decides it."""
    from aiokafka.errors import SaslAuthenticationFailed

    if isinstance(exc, ssl.SSLCertVerificationError):
        trusted = f"FACTSTREAM_SSL_CAFILE={settings.ssl_cafile}" if settings.ssl_cafile else "the system's CAs"
        return f"TLS: the certificate of broker {server} is not trusted by {trusted} ({exc.verify_message})"
    if isinstance(exc, SaslAuthenticationFailed):
        return (f"SASL {settings.sasl_mechanism or 'PLAIN'}: broker {server} refused user {settings.sasl_username!r} "
                "(wrong FACTSTREAM_SASL_USERNAME or password)")
    if isinstance(exc, ssl.SSLError):
        return f"TLS handshake with broker {server} failed: {exc.reason or exc} (a client certificate may be required)"
    if isinstance(exc, TimeoutError):
        return f"broker {server} did not complete the connection within {timeout_s:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return f"cannot connect to broker {server}: connection refused (is it running? FACTSTREAM_BROKERS)"
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"no such file: {exc.filename}"
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if settings.security_protocol == "SSL" and not settings.ssl_certfile and "closed" in detail:
        # TLS 1.3 reports a missing client certificate only as the broker closing the connection.
        return (f"broker {server} closed the TLS connection: it requires a client certificate "
                "(FACTSTREAM_SSL_CERTFILE and FACTSTREAM_SSL_KEYFILE)")
    if not detail.startswith(type(exc).__name__):
        detail = f"{type(exc).__name__}: {detail}"
    return f"cannot use broker {server} ({settings.security_protocol}): {detail}"
