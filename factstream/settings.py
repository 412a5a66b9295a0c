"""Settings from the environment (FACTSTREAM_*) or an optional env file (FACTSTREAM_ENV_FILE, default .env).

Secrets are SecretStr: they never appear in repr() or logs.
"""

from __future__ import annotations

import os
import ssl
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from factstream import limits
from factstream.models import CLAIM_KINDS

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


# The corpus of real articles (articles_ar.jsonl, articles_en.jsonl) that the demo, the tests and bench/ read in
# place: its licence forbids copying it into the repository. Read from the process environment only (not the env
# file): it is a path on the machine running the demo or the tests, not a worker setting.
CORPUS_DIR_ENV = "FACTSTREAM_CORPUS_DIR"
DEFAULT_CORPUS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"  # ../shared/corpus


def corpus_dir() -> Path:
    """The corpus folder: $FACTSTREAM_CORPUS_DIR, else ../shared/corpus next to the checkout (it may not exist;
    every reader falls back to the seed articles or skips)."""
    return Path(os.environ.get(CORPUS_DIR_ENV) or DEFAULT_CORPUS_DIR)


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factstream"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="FACTSTREAM_",
        env_file=os.environ.get("FACTSTREAM_ENV_FILE", ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
    )

    # Kafka
    brokers: str = "127.0.0.1:9092"  # comma-separated host:port list
    app_id: str = "factstream"
    topic_prefix: str = "factstream."
    partitions: int = Field(default=4, ge=1, le=1024)
    replication_factor: int = Field(default=1, ge=1)
    security_protocol: SecurityProtocol = "PLAINTEXT"
    sasl_mechanism: SaslMechanism | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    sasl_password_file: Path | None = None
    ssl_cafile: Path | None = None
    ssl_certfile: Path | None = None
    ssl_keyfile: Path | None = None

    # Input limits: what each bounds and why is in factstream/limits.py, with the fixed guards they sit beside.
    max_article_bytes: int = Field(default=limits.DEFAULT_MAX_ARTICLE_BYTES, ge=limits.MIN_MAX_ARTICLE_BYTES)
    max_attempts: int = Field(default=limits.DEFAULT_MAX_ATTEMPTS, ge=1)
    max_claims_per_article: int = Field(default=limits.DEFAULT_MAX_CLAIMS_PER_ARTICLE, ge=1)
    # `feed URL`: the most body it reads, and the seconds the whole fetch may take (factstream_cli/fetch.py).
    feed_max_bytes: int = Field(default=8 * 1024 * 1024, ge=1024)
    feed_timeout_s: float = Field(default=30.0, gt=0)

    # Reference tables: extra packs (paths); with replace_reference, they replace the shipped ones.
    reference: list[Path] = Field(default_factory=list)
    replace_reference: bool = False

    # Web server (dashboard, API, metrics, health)
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=1, le=65535)
    dashboard_token: SecretStr | None = None
    dashboard_token_file: Path | None = None
    # One reviewer per line: "<name> <sha256 hex of the token>" (see README, reviewer tokens).
    dashboard_tokens_file: Path | None = None
    # Where the dashboard is published (https://factcheck.example.org): the base of ClaimReview URLs.
    public_url: str | None = None

    # Alerting
    alert_verdicts: list[str] = Field(default_factory=lambda: ["contradicted", "conflict"])
    # A Slack-style webhook URL carries its token in the path: a secret like the others.
    webhook_url: SecretStr | None = None
    webhook_url_file: Path | None = None
    webhook_secret: SecretStr | None = None
    webhook_secret_file: Path | None = None
    webhook_timeout_s: float = 5.0
    webhook_max_attempts: int = Field(default=5, ge=1)
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "factstream@localhost"
    smtp_to: list[str] = Field(default_factory=list)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    smtp_cafile: Path | None = None  # a private CA for the SMTP server's certificate (default: system CAs)
    alerts_jsonl: Path | None = None

    # How long the group waits for a worker that stopped answering (a crashed pod) before its partitions go to
    # the others or to its restarted self: Faust's 60 s default stalls those partitions for a minute.
    session_timeout_s: float = Field(default=10.0, ge=6.0, le=300.0)

    # Worker state
    data_dir: Path = Field(default_factory=lambda: _default_cache_dir() / "worker")
    table_store: str = "memory://"  # or rocksdb:// (needs rocksdict)

    @field_validator("reference", "alert_verdicts", "smtp_to", mode="before")
    @classmethod
    def _split_lists(cls, value: Any) -> Any:
        # Environment variables give "a,b,c"; JSON lists also work.
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                import json

                return json.loads(text)
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    # --- derived values -------------------------------------------------------------------------
    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    @property
    def claim_topics(self) -> dict[str, str]:
        return {kind: self.topic(f"claims-{kind}") for kind in CLAIM_KINDS}

    @property
    def bootstrap_servers(self) -> list[str]:
        servers = []
        for part in self.brokers.split(","):
            part = part.strip()
            for scheme in ("kafka://", "aiokafka://"):
                if part.startswith(scheme):
                    part = part[len(scheme) :]
            if part:
                servers.append(part)
        return servers

    @staticmethod
    def _secret(value: SecretStr | None, path: Path | None) -> str | None:
        if path is not None:
            return path.read_text(encoding="utf-8").strip()
        return value.get_secret_value() if value is not None else None

    def sasl_password_value(self) -> str | None:
        return self._secret(self.sasl_password, self.sasl_password_file)

    def dashboard_token_value(self) -> str | None:
        return self._secret(self.dashboard_token, self.dashboard_token_file)

    def webhook_url_value(self) -> str | None:
        return self._secret(self.webhook_url, self.webhook_url_file)

    def webhook_secret_value(self) -> str | None:
        return self._secret(self.webhook_secret, self.webhook_secret_file)

    def dashboard_requires_token(self) -> bool:
        """Token protection is on by default when the web server is reachable from other hosts."""
        if self.dashboard_token_value() is not None or self.dashboard_tokens_file is not None:
            return True
        return self.web_host not in ("127.0.0.1", "localhost", "::1")

    def kafka_ssl_context(self) -> ssl.SSLContext | None:
        """The TLS context of every Kafka client, or None when the protocol has no SSL: the server certificate and
        host name are verified (against ssl_cafile, else the system's CAs), TLS 1.2 at least; ssl_certfile/keyfile
        add a client certificate."""
        if self.security_protocol not in ("SSL", "SASL_SSL"):
            return None
        context = ssl.create_default_context(cafile=str(self.ssl_cafile) if self.ssl_cafile else None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if self.ssl_certfile:
            context.load_cert_chain(str(self.ssl_certfile), str(self.ssl_keyfile) if self.ssl_keyfile else None)
        return context

    def kafka_client_config(self) -> dict[str, Any]:
        """Connection options of every Kafka client: the one place SSL and SASL are configured. kafka-python
        (producers, consumers, admin) and aiokafka (the stream's followers) take these keys as they are; faust
        gets the same wrapped in its credential classes (streams.topics.faust_credentials)."""
        config: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers,
            "security_protocol": self.security_protocol,
        }
        context = self.kafka_ssl_context()
        if context is not None:
            config["ssl_context"] = context
        if self.security_protocol.startswith("SASL"):
            config["sasl_mechanism"] = self.sasl_mechanism or "PLAIN"
            config["sasl_plain_username"] = self.sasl_username
            config["sasl_plain_password"] = self.sasl_password_value()
        return config

    def kafka_python_config(self) -> dict[str, Any]:
        """Connection settings for kafka-python clients (producers, consumers, admin): kafka_client_config()."""
        return self.kafka_client_config()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
