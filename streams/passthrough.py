"""A pass-through Faust app: read `articles`, write each record unchanged to `passthrough`.

It does nothing but the framework's work (consume, one agent hop, produce), with the same App options as
streams/app.py, so the benchmarks (bench/bench_e2e.py) measure the ceiling the real pipeline runs under on
the same broker and the same data. Run it with `python -m streams.passthrough` and the usual FACTSTREAM_* env.
"""

from __future__ import annotations

import logging
import time

import faust

from factstream.settings import Settings

log = logging.getLogger("factstream.passthrough")

SOURCE_TOPIC = "articles"
SINK_TOPIC = "passthrough"


def build_passthrough_app(settings: Settings) -> faust.App:
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server}" for server in settings.bootstrap_servers],
        broker_credentials=settings.faust_broker_credentials(),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        store="memory://",
        datadir=str(settings.data_dir),
        web_port=settings.web_port,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        consumer_auto_offset_reset="earliest",
        autodiscover=False,
        stream_wait_empty=False,
        web_in_thread=False,
    )

    def raw_topic(name: str) -> faust.TopicT:
        return app.topic(
            settings.topic(name),
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
        )

    source = raw_topic(SOURCE_TOPIC)
    sink = raw_topic(SINK_TOPIC)

    @app.agent(source, name="pass_through")
    async def pass_through(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await sink.send(key=event.key, value=event.value)

    @app.page("/health")
    async def health(web, request):  # the same readiness probe the real worker offers
        return web.json({"status": "ok"})

    return app


def ensure_passthrough_topics(settings: Settings, timeout_s: float = 60.0) -> None:
    """Create `articles` and `passthrough` with the configured partitions (auto-creation would give one)."""
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
        for name in (SOURCE_TOPIC, SINK_TOPIC):
            if settings.topic(name) in existing:
                continue
            try:
                admin.create_topics([NewTopic(settings.topic(name), settings.partitions, settings.replication_factor)])
            except TopicAlreadyExistsError:
                pass
    finally:
        admin.close()


def run_passthrough(settings: Settings, loglevel: str = "warn") -> None:
    from faust.worker import Worker

    ensure_passthrough_topics(settings)
    app = build_passthrough_app(settings)
    worker = Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.spinner = None  # as in streams.app.run_worker: the spinner would turn on every debug log record
    worker.execute_from_commandline()


if __name__ == "__main__":
    run_passthrough(Settings())
