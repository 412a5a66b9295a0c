"""One place configures SSL and SASL for every Kafka client: kafka-python, aiokafka (streams.topics) and faust
(broker credentials) all connect with what Settings.kafka_client_config() builds."""

from __future__ import annotations

import ssl

import faust

from factstream.settings import Settings
from streams.topics import aiokafka_config, faust_credentials

PASSWORD = "pw-for-the-newsroom-cluster"


def test_plaintext_has_no_tls_and_no_credentials() -> None:
    settings = Settings(brokers="kafka://a:9092, b:9093")
    config = settings.kafka_client_config()
    assert config == {"bootstrap_servers": ["a:9092", "b:9093"], "security_protocol": "PLAINTEXT"}
    assert settings.kafka_ssl_context() is None
    assert faust_credentials(settings) is None


def test_sasl_ssl_verifies_the_server_and_carries_the_login() -> None:
    settings = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="fs",
                        sasl_password=PASSWORD)
    config = settings.kafka_client_config()
    context = config["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    assert (config["sasl_mechanism"], config["sasl_plain_username"], config["sasl_plain_password"]) == (
        "SCRAM-SHA-512", "fs", PASSWORD)


def test_every_client_gets_the_same_options() -> None:
    settings = Settings(security_protocol="SASL_SSL", sasl_username="fs", sasl_password=PASSWORD)
    shared = settings.kafka_client_config()
    for other in (settings.kafka_python_config(), aiokafka_config(settings)):
        assert other.keys() == shared.keys()
        assert {k: v for k, v in other.items() if k != "ssl_context"} == {
            k: v for k, v in shared.items() if k != "ssl_context"}
    credentials = faust_credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.username, credentials.password, credentials.mechanism.value) == ("fs", PASSWORD, "PLAIN")
    assert isinstance(credentials.ssl_context, ssl.SSLContext)


def test_ssl_without_sasl_gives_faust_the_tls_context_only() -> None:
    settings = Settings(security_protocol="SSL")
    assert "sasl_mechanism" not in settings.kafka_client_config()
    credentials = faust_credentials(settings)
    assert isinstance(credentials, faust.SSLCredentials)
    assert credentials.context.verify_mode == ssl.CERT_REQUIRED
