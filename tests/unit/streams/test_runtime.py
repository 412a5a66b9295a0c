"""The rule every agent's events go through (streams/runtime.py): whatever a handler raises ends as a dead letter
with the stage, the exception and the original bytes; process() returns only once that letter is sent."""

from __future__ import annotations

import asyncio
import base64

import pytest

import streams.runtime as runtime_module
from streams.runtime import Rejected
from tests.unit.streams.fakes import dead_letters, event, make_runtime


async def test_an_exception_is_retried_then_dead_lettered_with_stage_reason_and_original_bytes():
    runtime = make_runtime(max_attempts=3)
    original = b'{"id": "big-1", "body": "formed of 100000000000000000000 countries"}'
    calls = []

    async def crashes(event: object) -> None:
        calls.append(event)
        raise TypeError("Integer exceeds 64-bit range")

    await runtime.process(event(original, key=b"big-1", topic="t.observations", partition=3, offset=12),
                          "detect-conflict", crashes)
    assert len(calls) == 3
    [letter] = dead_letters(runtime)
    assert letter.stage == "detect-conflict" and letter.attempts == 3
    assert letter.error == "TypeError: Integer exceeds 64-bit range"
    assert letter.original_bytes() == original
    assert (letter.topic, letter.partition, letter.offset, letter.key) == ("t.observations", 3, 12, "big-1")
    assert runtime.topics["deadletter"].sent[0][0] == b"big-1"  # keyed like the original


async def test_a_rejected_record_is_dead_lettered_at_once_under_its_own_stage():
    runtime = make_runtime(max_attempts=5)
    calls = []

    async def rejects(event: object) -> None:
        calls.append(event)
        raise Rejected("decode-claims-money", "1 validation error for ClaimBatch")

    await runtime.process(event(b"\xff\xfe not UTF-8"), "check-money", rejects)
    assert len(calls) == 1
    [letter] = dead_letters(runtime)
    assert (letter.stage, letter.attempts) == ("decode-claims-money", 1)
    assert letter.error == "1 validation error for ClaimBatch"
    assert letter.value_encoding == "base64" and base64.b64decode(letter.value or "") == b"\xff\xfe not UTF-8"


async def test_success_writes_no_dead_letter():
    runtime = make_runtime()
    done = []

    async def works(event: object) -> None:
        done.append(event)

    await runtime.process(event(b"{}"), "raise-alert", works)
    assert len(done) == 1 and dead_letters(runtime) == []


async def test_the_event_is_not_done_before_its_dead_letter_is_sent(monkeypatch):
    # The broker is away for the first sends of the dead letter: process() keeps trying and only returns (and
    # Faust only acks the event) once the letter is on its way.
    monkeypatch.setattr(runtime_module, "RETRY_PAUSE_S", 0.001)
    runtime = make_runtime(max_attempts=1)
    runtime.topics["deadletter"].failures_before_success = 3

    async def crashes(event: object) -> None:
        raise KeyError("claim_id")

    await runtime.process(event(b"{}"), "raise-alert", crashes)
    [letter] = dead_letters(runtime)
    assert letter.error == "KeyError: 'claim_id'"


async def test_cancellation_is_not_swallowed():
    # A stopping worker cancels its agents: that is not a failure of the record, and nothing is dead-lettered.
    runtime = make_runtime()

    async def cancelled(event: object) -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        await runtime.process(event(b"{}"), "extract", cancelled)
    assert dead_letters(runtime) == []
