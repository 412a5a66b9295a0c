"""The bounded retry every agent's events go through (streams/runtime.py, Runtime.process): an unexpected error is
retried up to FACTSTREAM_MAX_ATTEMPTS times, a ValueError (bad input) never, and the last failure is a dead letter."""

from __future__ import annotations

import claims
from factstream.models import ClaimBatch
from streams import extract
from tests.unit.streams.fakes import article_bytes, dead_letters, event, make_runtime, producer_sends


class Flaky:
    """A handler that fails with `error` the first `failures` calls, then succeeds."""

    def __init__(self, failures: int, error: BaseException) -> None:
        self.failures = failures
        self.error = error
        self.calls = 0

    async def __call__(self, event: object) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error


async def test_an_unexpected_error_is_retried_until_it_passes():
    runtime = make_runtime(max_attempts=3)
    flaky = Flaky(2, KeyError("table row vanished"))
    await runtime.process(event(b"{}"), "check-count", flaky)
    assert flaky.calls == 3
    assert dead_letters(runtime) == []


async def test_an_unexpected_error_every_time_gives_up_after_max_attempts():
    runtime = make_runtime(max_attempts=4)
    flaky = Flaky(10, ZeroDivisionError("division by zero"))
    await runtime.process(event(b'{"id": "p-1"}'), "check-percent", flaky)
    assert flaky.calls == 4
    [letter] = dead_letters(runtime)
    assert (letter.stage, letter.attempts, letter.error) == ("check-percent", 4, "ZeroDivisionError: division by zero")


async def test_a_value_error_is_bad_input_and_never_retried():
    runtime = make_runtime(max_attempts=5)
    flaky = Flaky(10, ValueError("text too long"))
    await runtime.process(event(b"{}"), "extract", flaky)
    assert flaky.calls == 1
    [letter] = dead_letters(runtime)
    assert letter.attempts == 1 and letter.error == "ValueError: text too long"


async def test_one_attempt_means_no_retry():
    runtime = make_runtime(max_attempts=1)
    flaky = Flaky(1, RuntimeError("boom"))
    await runtime.process(event(b"{}"), "detect-conflict", flaky)
    assert flaky.calls == 1 and dead_letters(runtime)[0].attempts == 1


async def test_the_real_extract_path_retries_then_passes(monkeypatch):
    """A transient failure inside claims.extract_article (not a ValueError) is retried by the extract agent's
    handler, and the article's claims come out all the same."""
    body = "Exports rose 12% in 2017, the ministry said."
    real = claims.extract_article
    calls = {"n": 0}

    def transient(article):
        calls["n"] += 1
        if calls["n"] == 1:
            raise MemoryError("transient")  # claims.extract lets MemoryError through (not a ValueError)
        return real(article)

    monkeypatch.setattr(claims, "extract_article", transient)
    runtime = make_runtime(max_attempts=3)
    await runtime.process(event(article_bytes("t-1", body)), "extract", lambda e: extract.extract_one(runtime, e))
    assert calls["n"] == 2 and dead_letters(runtime) == []
    sent = [ClaimBatch.model_validate_json(value) for _, _, value in producer_sends(runtime)]
    assert [c.text for batch in sent for c in batch.claims] == ["12%", "2017"]
