"""In-memory stand-ins for what agents touch of Faust (events, topics, producer, changelog-backed tables), so that
the agents' handlers and the runtime's rule run without a broker, with the real pure functions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

import orjson
from faust.serializers import codecs

import alerts
import checkers
from factstream.articles import parse_article
from factstream.models import CLAIM_KINDS, DeadLetter
from factstream.settings import Settings
from streams.runtime import Runtime
from streams.topology import TOPICS

_TABLES: checkers.ReferenceTables | None = None


def reference_tables() -> checkers.ReferenceTables:
    global _TABLES
    if _TABLES is None:
        _TABLES = checkers.ReferenceTables.load([], include_default=True)
    return _TABLES


@dataclass
class FakeTopic:
    name: str
    sent: list[tuple[bytes | None, bytes]] = field(default_factory=list)
    failures_before_success: int = 0  # sends that raise first, as while the broker is away

    async def send(self, key: bytes | None = None, value: bytes = b"") -> None:
        if self.failures_before_success:
            self.failures_before_success -= 1
            raise ConnectionError("broker away")
        self.sent.append((key, value))

    def get_topic_name(self) -> str:
        return self.name


class FakeTopics(dict[str, FakeTopic]):
    def claims(self, kind: str) -> FakeTopic:
        return self[f"claims-{kind}"]


@dataclass
class FakeProducer:
    sent: list[tuple[str, bytes, bytes]] = field(default_factory=list)
    flushes: int = 0

    def key_partition(self, topic: str, key: bytes) -> Any:
        return SimpleNamespace(partition=0)

    async def send(self, topic: str, key: bytes, value: bytes, partition: int, *_: Any) -> None:
        self.sent.append((topic, key, value))

    async def flush(self) -> None:
        self.flushes += 1


class ChangelogTable(dict[str, Any]):
    """A table whose every write is encoded with Faust's JSON codec first, as a Faust table's changelog send
    does (on_key_set, before the value is stored): what that codec refuses is never stored."""

    def __setitem__(self, key: str, value: Any) -> None:
        codecs.dumps("json", value)
        super().__setitem__(key, value)


def make_runtime(max_attempts: int = 3, sinks: Iterable[Any] = ()) -> Runtime:
    topics = FakeTopics({spec.name: FakeTopic(f"t.{spec.name}") for spec in TOPICS})
    assert all(f"claims-{kind}" in topics for kind in CLAIM_KINDS)
    return Runtime(
        app=cast(Any, SimpleNamespace(producer=FakeProducer())),
        settings=Settings(_env_file=None, max_attempts=max_attempts),
        topics=cast(Any, topics),
        tables=reference_tables(),
        store=alerts.AlertStore(),
        sinks=list(sinks),
    )


def event(value: bytes, key: bytes = b"k-1", topic: str = "t.articles", partition: int = 2, offset: int = 41) -> Any:
    message = SimpleNamespace(key=key, topic=topic, partition=partition, offset=offset, timestamp=1_518_512_400.0)
    return SimpleNamespace(value=value, message=message, key=key)


def dead_letters(runtime: Runtime) -> list[DeadLetter]:
    return [DeadLetter.model_validate_json(value) for _, value in runtime.topics["deadletter"].sent]


def producer_sends(runtime: Runtime) -> list[tuple[str, bytes, bytes]]:
    return cast(FakeProducer, runtime.app.producer).sent


def article_bytes(article_id: str, body: str, source: str | None = None) -> bytes:
    return orjson.dumps({"id": article_id, "lang": "en", "source": source, "published_at": "2018-02-13T09:00:00Z",
                         "body": body})


def verdicts_of(article_id: str, body: str, source: str | None = None) -> list:
    import claims

    article = parse_article(article_bytes(article_id, body, source), 1 << 20)
    return checkers.check_claims(claims.extract_article(article), article.ref, reference_tables())
