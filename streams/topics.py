"""Creating the topics with the configured partition count, and connection settings for the raw clients.

Faust declares only its internal topics; ours are created here, before the worker subscribes, so that the
broker's auto-creation (one partition) never wins the race. The broker lists a new topic in its metadata a moment
after it answers the creation (seconds on a loaded machine), and a group assigned in between leaves the topic's
partitions out; so ensure_topics returns once every topic it created is listed (as FactstreamProducer.create_topic
does for Faust's own topics).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from factstream.limits import NEW_TOPIC_METADATA_POLL_S, NEW_TOPIC_METADATA_WAIT_S
from factstream.settings import Settings
from streams.topology import TOPICS

log = logging.getLogger(__name__)

COMPACTED_CONFIG = {"cleanup.policy": "compact", "min.compaction.lag.ms": "0", "segment.ms": "600000"}


def ensure_topics(settings: Settings, names: list[str] | None = None, timeout_s: float = 60.0) -> list[str]:
    """Create every topic of the topology (or only `names`, unprefixed) that does not exist yet; returns the
    names created. Topics outside the topology (the benchmark's `passthrough`) are plain, not compacted."""
    from kafka.admin import KafkaAdminClient, NewTopic
    from kafka.errors import KafkaError, TopicAlreadyExistsError

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            admin = KafkaAdminClient(client_id=f"{settings.app_id}-admin", **settings.kafka_python_config())
            break
        except KafkaError as exc:
            if time.monotonic() > deadline:
                raise RuntimeError(f"cannot reach Kafka at {settings.brokers}: {exc}") from exc
            time.sleep(1.0)
    try:
        existing = set(admin.list_topics())
        wanted = []
        compacted = {spec.name: spec.compacted for spec in TOPICS}
        for short_name in names if names is not None else list(compacted):
            name = settings.topic(short_name)
            if name in existing:
                continue
            wanted.append(
                NewTopic(
                    name=name,
                    num_partitions=settings.partitions,
                    replication_factor=settings.replication_factor,
                    topic_configs=dict(COMPACTED_CONFIG) if compacted.get(short_name) else {},
                )
            )
        created = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass  # another worker created it first
        if created:
            log.info("created topics: %s", ", ".join(created))
            unlisted = wait_until_listed(admin, created, NEW_TOPIC_METADATA_WAIT_S)
            if unlisted:
                log.warning("topics created but still not listed by the broker after %.0f s: %s; going on",
                            NEW_TOPIC_METADATA_WAIT_S, ", ".join(unlisted))
        return created
    finally:
        admin.close()


def wait_until_listed(admin: Any, names: list[str], timeout_s: float) -> list[str]:
    """Ask the broker for its topics until it lists every one of `names`; returns those still missing after
    `timeout_s` (empty when all are listed)."""
    deadline = time.monotonic() + timeout_s
    missing = set(names)
    while True:
        missing -= set(admin.list_topics())
        if not missing or time.monotonic() > deadline:
            return sorted(missing)
        time.sleep(NEW_TOPIC_METADATA_POLL_S)


def aiokafka_config(settings: Settings) -> dict[str, Any]:
    """Connection settings for the raw aiokafka consumers (dashboard and reference followers)."""
    return settings.kafka_client_config()


def faust_credentials(settings: Settings) -> Any:
    """faust.App(broker_credentials=...) for the settings, or None for PLAINTEXT: the options of
    Settings.kafka_client_config() in faust's credential classes, so faust connects as every other client does."""
    if settings.security_protocol == "PLAINTEXT":
        return None
    import faust

    config = settings.kafka_client_config()
    if settings.security_protocol == "SSL":
        return faust.SSLCredentials(config["ssl_context"])
    return faust.SASLCredentials(
        username=config["sasl_plain_username"],
        password=config["sasl_plain_password"],
        ssl_context=config.get("ssl_context"),
        mechanism=config["sasl_mechanism"],
    )
