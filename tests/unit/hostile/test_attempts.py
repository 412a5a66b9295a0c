"""run_with_attempts: the bounded retry every agent wraps its pure function in (streams/app.py)."""

from __future__ import annotations

import pytest

from streams.app import Failure, run_with_attempts


class Flaky:
    """Fails with `error` the first `failures` calls, then returns the sum of its arguments."""

    def __init__(self, failures: int, error: BaseException) -> None:
        self.failures = failures
        self.error = error
        self.calls = 0

    def __call__(self, *args: int) -> int:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error
        return sum(args)


async def test_an_unexpected_error_is_retried_until_it_passes():
    flaky = Flaky(2, KeyError("table row vanished"))
    assert await run_with_attempts("check-count", 3, flaky, 70, 4) == 74
    assert flaky.calls == 3


async def test_an_unexpected_error_every_time_gives_up_after_max_attempts():
    flaky = Flaky(10, ZeroDivisionError("division by zero"))
    with pytest.raises(Failure) as caught:
        await run_with_attempts("check-percent", 4, flaky, 1)
    assert flaky.calls == 4
    assert caught.value.stage == "check-percent" and caught.value.attempts == 4
    assert str(caught.value) == "ZeroDivisionError: division by zero"
    assert isinstance(caught.value.__cause__, ZeroDivisionError)


async def test_a_value_error_is_bad_input_and_never_retried():
    flaky = Flaky(10, ValueError("text too long"))
    with pytest.raises(Failure) as caught:
        await run_with_attempts("extract", 5, flaky)
    assert flaky.calls == 1 and caught.value.attempts == 1
    assert "ValueError: text too long" in str(caught.value)


async def test_one_attempt_means_no_retry():
    flaky = Flaky(1, RuntimeError("boom"))
    with pytest.raises(Failure) as caught:
        await run_with_attempts("detect-conflict", 1, flaky)
    assert flaky.calls == 1 and caught.value.attempts == 1


async def test_the_real_extract_path_retries_then_passes(monkeypatch):
    """The extract agent calls claims.extract_article through run_with_attempts: a transient
    failure inside it (a non-ValueError) is retried, and the article's claims come out all the same."""
    import claims
    from factstream.articles import parse_article

    article = parse_article(b'{"id": "t-1", "lang": "en", "body": "Exports rose 12% in 2017."}', 4096)
    real = claims.extract_article
    calls = {"n": 0}

    def transient(article):
        calls["n"] += 1
        if calls["n"] == 1:
            raise MemoryError("transient")  # claims.extract lets MemoryError through (not a ValueError)
        return real(article)

    monkeypatch.setattr(claims, "extract_article", transient)
    found = await run_with_attempts("extract", 3, lambda a: claims.extract_article(a), article)
    assert calls["n"] == 2
    assert [claim.text for claim in found] == [claim.text for claim in real(article)]
