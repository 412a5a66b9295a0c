"""Agent `detect_conflicts`: outlets that disagree. Observations (verdicts naming entity, metric and period) meet
in the `observations` table, keyed entity|metric|period; a figure that disagrees with an earlier outlet's is
published as a `conflict` verdict."""

from __future__ import annotations

from collections.abc import MutableMapping
from functools import partial
from typing import Any

import faust

import checkers
from factstream.limits import MAX_OBSERVATIONS_PER_KEY
from factstream.models import Verdict
from streams.check import publish_verdicts
from streams.runtime import Runtime, decode


async def record_observation(runtime: Runtime, observations: MutableMapping[str, Any], event: faust.EventT) -> None:
    """Compare one observation with the ones stored under its key, store it, publish a conflict if any.
    Storing it can fail (the changelog's JSON codec refuses integers of 2^64 and more): the runtime then
    dead-letters the record, and nothing was stored or published."""
    verdict = decode(event, Verdict, "decode-observation")
    observation = checkers.observation_from(verdict, runtime.tables)
    if observation is None:
        return
    stored = observations.get(observation.key) or []
    if any(item.get("claim_id") == observation.claim_id for item in stored):
        return  # redelivered: already counted
    previous = [checkers.Observation.model_validate(item) for item in stored]
    conflict = checkers.detect_conflict(observation, previous, verdict, runtime.tables)
    observations[observation.key] = [*stored[-(MAX_OBSERVATIONS_PER_KEY - 1):], observation.model_dump(mode="json")]
    if conflict is not None:
        await publish_verdicts(runtime, [conflict])


def register(runtime: Runtime) -> None:
    app, settings = runtime.app, runtime.settings
    # Keys are text; values are JSON (dicts and lists), the app's default value serializer.
    observations = app.Table("observations", default=None, partitions=settings.partitions, key_type=str)
    handle = partial(record_observation, runtime, observations)

    @app.agent(runtime.topics["observations"], name="detect_conflicts")
    async def detect_conflicts(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await runtime.process(event, "detect-conflict", handle)
