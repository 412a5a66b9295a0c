"""A pass-through Faust app: read `articles`, write each record unchanged to `passthrough`.

It does nothing but the framework's work (consume, one agent hop, produce), with the same App options as
streams/app.py (both come from streams/faust_app.new_app), so the benchmarks (bench/bench_e2e.py) measure the
ceiling the real pipeline runs under on the same broker and the same data.
Run it with `python -m streams.passthrough` and the usual FACTSTREAM_* env.
"""

from __future__ import annotations

import logging

import faust

from factstream.settings import Settings
from streams.faust_app import new_app, raw_topic
from streams.topics import ensure_topics

log = logging.getLogger("factstream.passthrough")

SOURCE_TOPIC = "articles"
SINK_TOPIC = "passthrough"


def build_passthrough_app(settings: Settings) -> faust.App:
    app = new_app(settings, store="memory://")
    source = raw_topic(app, settings, SOURCE_TOPIC)
    sink = raw_topic(app, settings, SINK_TOPIC)

    @app.agent(source, name="pass_through")
    async def pass_through(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await sink.send(key=event.key, value=event.value)

    @app.page("/health")
    async def health(web, request):  # the same readiness probe the real worker offers
        return web.json({"status": "ok"})

    return app


def run_passthrough(settings: Settings, loglevel: str = "warn") -> None:
    from faust.worker import Worker

    ensure_topics(settings, [SOURCE_TOPIC, SINK_TOPIC])
    app = build_passthrough_app(settings)
    worker = Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.spinner = None  # as in streams.app.run_worker: the spinner would turn on every debug log record
    worker.execute_from_commandline()


if __name__ == "__main__":
    run_passthrough(Settings())
