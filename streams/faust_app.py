"""The one place the Faust App is configured: the pipeline (streams/app.py) and the pass-through benchmark app
(streams/passthrough.py) are built by `new_app`, so the benchmark's ceiling runs under the same options.

Its Kafka consumer carries our fixes to faust-streaming's offsets and commits (streams/faust_fixes.py). Faust's
built-in web endpoints `/router/` (cluster layout) and `/table/...` (table contents: claim text, outlets, URLs)
are switched off: they have no authentication, while our dashboard and API need the token (alerts/webapi.py,
served by streams/web.py).
"""

from __future__ import annotations

import logging
from typing import Any

import faust

from factstream.settings import Settings
from streams.faust_fixes import FactstreamTransport
from streams.topics import faust_credentials
from streams.topology import TOPICS

log = logging.getLogger(__name__)

PRODUCER_LINGER_S = 0.005

# Faust's built-in blueprints that serve data or cluster layout without authentication: off (faust >= 0.15.0).
UNAUTHENTICATED_BUILTIN_WEB = {"web_router_enabled": False, "web_tables_enabled": False}


class FactstreamApp(faust.App):
    """faust.App with our Kafka consumer (streams/faust_fixes.py)."""

    factstream: Any = None  # the pipeline's shared state (streams.runtime.Runtime), set by streams.app.build_app

    def _new_transport(self) -> FactstreamTransport:
        return FactstreamTransport(self.conf.broker_consumer, self)


def new_app(settings: Settings, *, store: str | None = None, **options: Any) -> FactstreamApp:
    """A Faust app with the project's options: brokers and credentials, partitions, web server, offsets."""
    conf: dict[str, Any] = dict(
        broker=[f"kafka://{server}" for server in settings.bootstrap_servers],
        broker_credentials=faust_credentials(settings),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        store=store or settings.table_store,
        datadir=str(settings.data_dir),
        web_port=settings.web_port,
        web_bind=settings.web_host,
        web_host=settings.web_host,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_s / 3),
        # A few ms of linger lets the producer put the records of one article (claim batches, verdicts) into
        # one request instead of one request each: less CPU in the worker and in the broker.
        producer_linger=PRODUCER_LINGER_S,
        autodiscover=False,
        # On a rebalance or a stop, events already being processed finish and their offsets are committed
        # before the partitions go: the next owner does not process them again (no duplicate verdicts).
        stream_wait_empty=True,
        web_in_thread=False,
        **UNAUTHENTICATED_BUILTIN_WEB,
    )
    conf.update(options)
    app = FactstreamApp(settings.app_id, **conf)
    for setting, wanted in UNAUTHENTICATED_BUILTIN_WEB.items():
        if getattr(app.conf, setting, None) is not wanted:  # a faust without the setting would serve them
            raise RuntimeError(f"faust ignored {setting}={wanted}: its /router and /table endpoints would be open")
    return app


def raw_topic(app: faust.App, settings: Settings, name: str, **options: Any) -> faust.TopicT:
    """One of our topics (prefixed name), bytes in and out: agents decode with the pydantic models."""
    return app.topic(
        settings.topic(name),
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
        **options,
    )


class StreamTopics:
    """Every topic of streams/topology.py declared once on an app, raw bytes in and out; agents and helpers look
    them up by their unprefixed topology name."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        self.by_name: dict[str, faust.TopicT] = {spec.name: raw_topic(app, settings, spec.name) for spec in TOPICS}

    def __getitem__(self, name: str) -> faust.TopicT:
        return self.by_name[name]

    def claims(self, kind: str) -> faust.TopicT:
        return self.by_name[f"claims-{kind}"]
