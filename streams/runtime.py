"""What every agent shares, and the one rule every agent's events go through: decode -> retry -> dead letter.

An agent is a small async function that hands each event to `Runtime.process(event, stage, handle)`.
`handle` decodes the record (`decode`), calls the pure function, and sends what it produced. Whatever it raises
ends as a dead letter with the stage, the exception and the original record bytes, never as an event Faust acks
(and commits) with nothing written:
- `Rejected` (the record cannot be decoded, or breaks a limit) goes to `deadletter` at once, with its own stage;
- a ValueError (pydantic's ValidationError included) means the input is bad: dead letter after one attempt;
- any other exception (a TypeError from a serializer, a KeyError, a RuntimeError...) is retried, the whole
  handler again, up to FACTSTREAM_MAX_ATTEMPTS times, then dead-lettered.
`process` returns only once the handler succeeded or the dead letter was handed to the producer; Faust acks the
event after that, and the consumer flushes the producer before it commits (streams/faust_fixes.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import faust
from pydantic import BaseModel, ValidationError

import alerts
import checkers
from factstream import metrics
from factstream.models import DeadLetter
from factstream.settings import Settings
from streams.faust_app import StreamTopics

log = logging.getLogger("factstream.streams")

M = TypeVar("M", bound=BaseModel)

EventHandler = Callable[[faust.EventT], Awaitable[None]]

# Pause before the next attempt: RETRY_PAUSE_S times the attempt number. A dead letter that cannot be sent
# (the broker away) is tried again every DEAD_LETTER_RETRY_S at most, for as long as it takes.
RETRY_PAUSE_S = 0.05
DEAD_LETTER_RETRY_S = 5.0


class Rejected(Exception):
    """The record itself is unusable (undecodable, over a limit): dead-lettered at once, never retried."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason


@dataclass
class Runtime:
    """What the agents of one app share: the app and its topics, settings, the current reference tables, the
    dashboard's store and the alert sinks."""

    app: faust.App
    settings: Settings
    topics: StreamTopics
    tables: checkers.ReferenceTables
    store: alerts.AlertStore
    sinks: list[Any] = field(default_factory=list)
    ready: bool = False
    reference_records_applied: int = 0

    async def process(self, event: faust.EventT, stage: str, handle: EventHandler) -> None:
        """Run handle(event) under the rule in the module docstring."""
        max_attempts = self.settings.max_attempts
        for attempt in range(1, max_attempts + 1):
            try:
                await handle(event)
                return
            except Rejected as rejected:
                await self.dead_letter(rejected.stage, rejected.reason, event, attempt)
                return
            except Exception as exc:  # every failure of this event ends as a retry or a dead letter
                reason = f"{type(exc).__name__}: {exc}"
                if isinstance(exc, ValueError) or attempt == max_attempts:
                    # Bad input is routine; an unexpected exception gets its traceback in the log once.
                    log.log(logging.DEBUG if isinstance(exc, ValueError) else logging.WARNING,
                            "%s gave up after %d attempt(s)", stage, attempt, exc_info=True)
                    await self.dead_letter(stage, reason, event, attempt)
                    return
                log.warning("%s failed (attempt %d/%d): %s", stage, attempt, max_attempts, reason)
                await asyncio.sleep(RETRY_PAUSE_S * attempt)

    async def dead_letter(self, stage: str, error: str, event: faust.EventT | None, attempts: int = 1) -> None:
        """Send the original record with the reason to `deadletter`; keep trying while the send fails (the
        event must not count as done before its dead letter is on its way)."""
        letter = dead_letter_for(stage, error, event, attempts)
        key = event.message.key if event is not None else None
        payload = letter.model_dump_json().encode("utf-8")
        pause = RETRY_PAUSE_S
        while True:
            try:
                await self.topics["deadletter"].send(key=key, value=payload)
                break
            except Exception as exc:
                log.error("dead letter (%s) not sent, trying again in %.1f s: %r", stage, pause, exc)
                await asyncio.sleep(pause)
                pause = min(DEAD_LETTER_RETRY_S, pause * 2)
        metrics.DEAD_LETTERS.labels(stage).inc()
        log.warning("dead letter (%s): %s", stage, letter.error)


def dead_letter_for(stage: str, error: str, event: faust.EventT | None, attempts: int) -> DeadLetter:
    """The dead letter of an event: its original bytes, where it was read (topic/partition/offset), the reason."""
    message = event.message if event is not None else None
    key = message.key if message is not None else None
    return DeadLetter.from_bytes(
        event.value if event is not None else None,
        stage=stage,
        error=error,
        topic=message.topic if message is not None else None,
        partition=message.partition if message is not None else None,
        offset=message.offset if message is not None else None,
        key=key.decode("utf-8", "replace") if isinstance(key, bytes) else key,
        attempts=attempts,
    )


def decode(event: faust.EventT, model: type[M], stage: str) -> M:
    """The event's value as a model; Rejected (dead letter at once, with the validation error) when it is not."""
    try:
        return model.model_validate_json(event.value)
    except ValidationError as exc:
        raise Rejected(stage, str(exc)) from exc


async def in_thread_if(long: bool, function: Callable[..., Any], *args: Any) -> Any:
    """Call a pure function, in a worker thread when the call may be long (the event loop keeps serving web
    requests and heartbeats meanwhile)."""
    return await asyncio.to_thread(function, *args) if long else function(*args)
