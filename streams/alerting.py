"""Agent `raise_alerts`: exactly one alert per claim at every sink. Candidates are keyed by claim id, co-partitioned
with the `alerted` table that records, per alert, which sinks already have it."""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import partial
from typing import Any

import faust

import alerts
from factstream import metrics
from factstream.models import Alert, Verdict
from streams.runtime import Runtime, decode


async def raise_alert(runtime: Runtime, alerted: MutableMapping[str, Any], event: faust.EventT) -> None:
    verdict = decode(event, Verdict, "decode-alert-candidate")
    alert = alerts.build_alert(verdict, runtime.settings.alert_verdicts)
    if alert is not None:
        await deliver_once(runtime, alerted, alert, event)


async def deliver_once(runtime: Runtime, alerted: MutableMapping[str, Any], alert: Alert, event: faust.EventT) -> None:
    """Each sink is marked done in the changelog-backed table, flushed, right after it delivers:
    a redelivered or restarted claim skips the sinks that already have it."""
    key = alert.alert_id
    done: dict[str, bool] = dict(alerted.get(key) or {})
    if done and all(done.get(name) for name in ["topic", *(sink.name for sink in runtime.sinks)]):
        metrics.ALERTS_DUPLICATE.inc()
        return

    async def mark_delivered(sink_name: str) -> None:
        done[sink_name] = True
        alerted[key] = dict(done)
        metrics.ALERTS_DELIVERED.labels(sink_name).inc()
        await runtime.app.producer.flush()

    if not done.get("topic"):
        payload = alert.model_dump_json().encode("utf-8")
        await runtime.topics["alerts"].send(key=key.encode("utf-8"), value=payload)
        await mark_delivered("topic")
    for sink in runtime.sinks:
        if done.get(sink.name):
            continue
        try:
            await sink.deliver(alert)
        except alerts.DeliveryError as exc:
            metrics.ALERTS_FAILED.labels(sink.name).inc()
            await runtime.dead_letter(f"sink-{sink.name}", str(exc), event, getattr(exc, "attempts", 1))
            # Marked done all the same: the dead letter is now the record of it; replay re-sends.
        await mark_delivered(sink.name)


def register(runtime: Runtime) -> None:
    app, settings = runtime.app, runtime.settings
    alerted = app.Table("alerted", default=None, partitions=settings.partitions, key_type=str)
    handle = partial(raise_alert, runtime, alerted)

    @app.agent(runtime.topics["alert-candidates"], name="raise_alerts")
    async def raise_alerts(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await runtime.process(event, "raise-alert", handle)
