"""What the benchmarks feed the stream: real articles (the corpus, else the seed), each analysed offline for the
claims it must yield, planned as records with unique ids, and produced with a timestamp on every record."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterable
from dataclasses import dataclass

import orjson

from bench.e2e_processes import REPO
from factstream.settings import Settings, corpus_dir

SEED_DIR = REPO / "factstream" / "data" / "seed"


@dataclass
class SourceArticle:
    record: dict  # the corpus record (id, lang, published_at, title, body, ...)
    claim_keys: list[tuple[int, int, str]]  # (start, end, text) of each claim found offline
    kinds: list[str]


def load_sources(limit: int | None = None) -> tuple[list[dict], str]:
    """Real articles: ../shared/corpus read in place, Arabic and English interleaved; else the seed."""
    directory = corpus_dir()
    files = [directory / "articles_ar.jsonl", directory / "articles_en.jsonl"]
    if all(path.exists() for path in files):
        per_file = []
        for path in files:
            with path.open("rb") as handle:
                per_file.append([orjson.loads(line) for line in handle if line.strip()])
        mixed = [record for pair in itertools.zip_longest(*per_file) for record in pair if record is not None]
        origin = f"{directory} ({len(per_file[0])} ar + {len(per_file[1])} en)"
    else:
        mixed = []
        for path in sorted(SEED_DIR.glob("*.jsonl")):
            with path.open("rb") as handle:
                mixed.extend(orjson.loads(line) for line in handle if line.strip())
        origin = f"{SEED_DIR} (corpus absent)"
    if not mixed:
        raise ValueError("no articles: neither the corpus nor the seed JSONL was found")
    return (mixed[:limit] if limit else mixed), origin


def seed_records() -> list[dict]:
    """The shipped seed article(s): the Kuwait report whose "74 countries" the checkers contradict."""
    records = []
    for path in sorted(SEED_DIR.glob("*.jsonl")):
        with path.open("rb") as handle:
            records.extend(orjson.loads(line) for line in handle if line.strip())
    return records


def mix_in(records: list[dict], extra: list[dict], every: int) -> list[dict]:
    """Every `every`-th record replaced by one of `extra` (cycled): a feed where some articles alert."""
    if every <= 0 or not extra:
        return records
    return [extra[(index // every) % len(extra)] if index % every == every - 1 else record
            for index, record in enumerate(records)]


def analyse_sources(records: list[dict]) -> list[SourceArticle]:
    """Extract each distinct article once, offline: which claims the stream must deliver verdicts for."""
    import claims
    from factstream.articles import article_from_mapping

    analysed = []
    for record in records:
        found = claims.extract_article(article_from_mapping(record))
        analysed.append(SourceArticle(record, [(c.start, c.end, c.text) for c in found], [c.kind for c in found]))
    return analysed


@dataclass
class Planned:
    article_id: str
    key: bytes
    value: bytes
    claim_ids: frozenset[str]


def plan_articles(sources: list[SourceArticle], count: int, tag: str) -> list[Planned]:
    """`count` records cycling over the sources, each with a unique id and the claim ids it must yield."""
    from factstream.models import Claim

    planned = []
    for index in range(count):
        source = sources[index % len(sources)]
        article_id = f"{tag}-{index:06d}-{source.record.get('id', 'article')}"
        record = {**source.record, "id": article_id}
        planned.append(Planned(
            article_id, article_id.encode("utf-8"), orjson.dumps(record),
            frozenset(Claim.make_id(article_id, start, end, text) for start, end, text in source.claim_keys),
        ))
    return planned


def producer(settings: Settings, linger_ms: int = 5):
    from kafka import KafkaProducer

    return KafkaProducer(acks=1, linger_ms=linger_ms, batch_size=256 * 1024, max_request_size=4 * 1024 * 1024,
                         **settings.kafka_python_config())



def produce_in_child(settings: Settings, planned: list[Planned], rate: float | None = None) -> dict[str, int]:
    """produce_burst / produce_paced in a forked process, so that the producer does not share a GIL with
    the collector thread (on a 2-core machine, that sharing alone capped the pass-through figure)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        try:
            stamps = produce_paced(settings, planned, rate) if rate else produce_burst(settings, planned)
            sender.send_bytes(orjson.dumps(stamps))
        except BaseException as exc:
            sender.send_bytes(orjson.dumps({"__error__": repr(exc)}))
        finally:
            sender.close()

    process = context.Process(target=child, name="producer", daemon=True)
    process.start()
    sender.close()
    try:
        stamps = orjson.loads(receiver.recv_bytes())
    finally:
        process.join(timeout=60)
    if "__error__" in stamps:
        raise RuntimeError(f"producer failed: {stamps['__error__']}")
    return stamps


def produce_burst(settings: Settings, planned: Iterable[Planned], topic: str = "articles") -> dict[str, int]:
    """Send everything as fast as the client goes; returns article id → record timestamp (ms)."""
    return produce_records(settings, planned, None, topic)


def produce_paced(settings: Settings, planned: list[Planned], rate: float, topic: str = "articles") -> dict[str, int]:
    """Send at `rate` records/s on a fixed schedule (no catching up in bursts beyond the schedule)."""
    return produce_records(settings, planned, rate, topic)


def produce_records(
    settings: Settings, planned: Iterable[Planned], rate: float | None, topic: str
) -> dict[str, int]:
    """Send the planned records, at `rate` per second or as fast as the client goes (rate None); returns article
    id → record timestamp (ms). Paced sends are not lingered on: their timestamps are their send times."""
    client = producer(settings) if rate is None else producer(settings, linger_ms=0)
    stamps: dict[str, int] = {}
    name = settings.topic(topic)
    start = time.monotonic()
    try:
        for index, item in enumerate(planned):
            if rate is not None:
                delay = start + index / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            now = int(time.time() * 1000)
            client.send(name, key=item.key, value=item.value, timestamp_ms=now)
            stamps[item.article_id] = now
        client.flush(timeout=120)
    finally:
        client.close(timeout=10)
    return stamps


