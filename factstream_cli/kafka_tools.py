"""Command-line helpers that read or write topics directly with kafka-python: dead letters, reference rows,
ClaimReview export. (The stream itself lives in streams/.)"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

import orjson

from factstream.models import Alert, DeadLetter, Review
from factstream.settings import Settings


def read_topic(settings: Settings, topic: str, timeout_s: float = 30.0) -> Iterator[Any]:
    """Every record of a topic from the beginning to its current end (no consumer group, nothing committed)."""
    import time

    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(enable_auto_commit=False, group_id=None, **settings.kafka_python_config())
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        if not partitions:
            return
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        end = consumer.end_offsets(tps)
        remaining = {tp for tp in tps if end[tp] > 0}
        deadline = time.monotonic() + timeout_s
        while remaining and time.monotonic() < deadline:
            batches = consumer.poll(timeout_ms=500)
            for tp, records in batches.items():
                for record in records:
                    if record.offset < end[tp]:
                        yield record
                    if record.offset >= end[tp] - 1:
                        remaining.discard(tp)
            for tp in list(remaining):
                if consumer.position(tp) >= end[tp]:
                    remaining.discard(tp)
    finally:
        consumer.close()


def _producer(settings: Settings):
    from kafka import KafkaProducer

    return KafkaProducer(acks="all", **settings.kafka_python_config())


def publish_reference(settings: Settings, records: list[tuple[str, dict | None]]) -> int:
    from streams.topics import ensure_topics

    ensure_topics(settings)
    producer = _producer(settings)
    try:
        for key, row in records:
            value = orjson.dumps(row) if row is not None else None
            producer.send(settings.topic("reference"), key=key.encode("utf-8"), value=value)
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=10)
    return len(records)


def _dead_letters(settings: Settings) -> list[tuple[str, DeadLetter]]:
    letters = []
    for record in read_topic(settings, settings.topic("deadletter")):
        try:
            letter = DeadLetter.model_validate_json(record.value)
        except ValueError as exc:
            letter = DeadLetter(stage="unreadable-dead-letter", error=str(exc))
        letters.append((f"{record.partition}:{record.offset}", letter))
    return letters


def deadletter_command(settings: Settings, args: argparse.Namespace) -> int:
    letters = _dead_letters(settings)
    if args.stage:
        letters = [(ident, letter) for ident, letter in letters if letter.stage == args.stage]
    if args.ids:
        wanted = set(args.ids)
        letters = [(ident, letter) for ident, letter in letters if ident in wanted]
        missing = wanted - {ident for ident, _ in letters}
        if missing:
            print(f"no such dead letter: {', '.join(sorted(missing))}", file=sys.stderr)
            return 1
    if args.action == "list":
        for ident, letter in letters:
            origin = f"{letter.topic}[{letter.partition}]@{letter.offset}" if letter.topic else "-"
            print(f"{ident}\t{letter.failed_at:%Y-%m-%d %H:%M:%S}\t{letter.stage}\t{origin}\t{letter.error[:120]}")
        print(f"{len(letters)} dead letter(s)", file=sys.stderr)
        return 0
    if args.action == "show":
        for ident, letter in letters:
            sys.stdout.buffer.write(orjson.dumps({"id": ident, **letter.model_dump(mode="json")},
                                                 option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    # replay: re-feed the original bytes to the topic they came from (articles by default)
    producer = _producer(settings)
    replayed = skipped = 0
    try:
        for ident, letter in letters:
            raw = letter.original_bytes()
            target = letter.topic or settings.topic("articles")
            if raw is None:
                skipped += 1
                print(f"{ident}: nothing to replay (no original bytes)", file=sys.stderr)
                continue
            producer.send(target, key=letter.key.encode("utf-8") if letter.key else None, value=raw)
            replayed += 1
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=10)
    print(f"replayed {replayed} dead letter(s), skipped {skipped}")
    return 0


def export_claimreview(settings: Settings, output: str) -> int:
    from alerts.claimreview import claim_review, claim_review_json, claim_review_url

    alerts_by_id: dict[str, Alert] = {}
    for record in read_topic(settings, settings.topic("alerts")):
        alert = Alert.model_validate_json(record.value)
        alerts_by_id[alert.alert_id] = alert
    reviews: dict[str, Review] = {}  # the latest review per alert (reviews are history, one key each)
    for record in read_topic(settings, settings.topic("reviews")):
        if record.value is not None:
            review = Review.model_validate_json(record.value)
            known = reviews.get(review.alert_id)
            if known is None or review.reviewed_at >= known.reviewed_at:
                reviews[review.alert_id] = review
    documents = [claim_review(alerts_by_id[i], reviews[i], url=claim_review_url(settings.public_url, i))
                 for i in reviews if i in alerts_by_id]
    data = claim_review_json(documents) + b"\n"  # safe to paste into <script type="application/ld+json">
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(output, "wb") as handle:
            handle.write(data)
        print(f"wrote {len(documents)} ClaimReview document(s) to {output}", file=sys.stderr)
    return 0
