"""Agent `extract_claims`: articles -> claims, one ClaimBatch record per (article, kind) on `claims-<kind>`."""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import partial

import faust

import claims
from factstream import metrics
from factstream.articles import ArticleError, parse_article
from factstream.limits import LONG_ARTICLE_CHARS, MAX_BATCH_BYTES
from factstream.models import ArticleRef, Claim, ClaimBatch
from streams.runtime import Rejected, Runtime, in_thread_if

# LONG_ARTICLE_CHARS: longer articles are extracted in a worker thread. MAX_BATCH_BYTES: a claims batch is one
# Kafka record; an article with many claims of one kind is sent as several batches, each checked on its own.


def sentence_context(group: list[Claim], article_claims: list[Claim]) -> list[Claim]:
    """The article's other claims that share a sentence with the group's (what the consistency checks read)."""
    if not article_claims:
        return []
    mine = {claim.claim_id for claim in group}
    sentences = {(claim.sentence_start, claim.sentence_end) for claim in group}
    return [claim for claim in article_claims
            if claim.claim_id not in mine and (claim.sentence_start, claim.sentence_end) in sentences]


def claim_batches(
    article: ArticleRef, kind: str, found: list[Claim], received_at: float | None, max_bytes: int = MAX_BATCH_BYTES,
    article_claims: list[Claim] | None = None,
) -> list[bytes]:
    """The encoded ClaimBatch records for one (article, kind), split so that each stays under max_bytes; each
    carries the claims of `article_claims` (all of the article's) that share a sentence with its own."""
    everything = article_claims or []
    whole = ClaimBatch(article=article, kind=kind, claims=found, context=sentence_context(found, everything),
                       received_at=received_at).model_dump_json().encode()
    if len(whole) <= max_bytes:  # the usual case: one record, encoded once
        return [whole]
    empty = ClaimBatch(article=article, kind=kind, claims=[], received_at=received_at)
    overhead = len(empty.model_dump_json().encode())
    groups: list[list[Claim]] = [[]]
    size = overhead
    # A sentence's context (its claims of other kinds) is counted once per group the sentence appears in.
    own = {claim.claim_id for claim in found}
    context_size: Counter[tuple[int, int]] = Counter()
    for claim in everything:
        if claim.claim_id not in own:
            context_size[(claim.sentence_start, claim.sentence_end)] += len(claim.model_dump_json().encode()) + 1
    sentences: set[tuple[int, int]] = set()
    for claim in found:
        sentence = (claim.sentence_start, claim.sentence_end)
        claim_size = len(claim.model_dump_json().encode()) + 1  # bytes: Arabic text is two per character
        if groups[-1] and size + claim_size + (0 if sentence in sentences else context_size[sentence]) > max_bytes:
            groups.append([])
            size = overhead
            sentences = set()
        size += claim_size + (0 if sentence in sentences else context_size[sentence])
        groups[-1].append(claim)
        sentences.add(sentence)
    return [_encoded(article, kind, group, sentence_context(group, everything), received_at, max_bytes)
            for group in groups]


def _encoded(article: ArticleRef, kind: str, group: list[Claim], context: list[Claim], received_at: float | None,
             max_bytes: int) -> bytes:
    """One split batch; its context goes when it would pass max_bytes (a hostile article: one sentence of
    thousands of figures), so those claims get no consistency verdict rather than a record Kafka refuses."""
    payload = ClaimBatch(article=article, kind=kind, claims=group, context=context,
                         received_at=received_at).model_dump_json().encode("utf-8")
    if context and len(payload) > max_bytes:
        return _encoded(article, kind, group, [], received_at, max_bytes)
    return payload


async def extract_one(runtime: Runtime, event: faust.EventT) -> None:
    """One article: decode, extract, check the claims limit, send one batch per (article, kind)."""
    app, settings = runtime.app, runtime.settings
    try:
        article = parse_article(event.value, settings.max_article_bytes)
    except ArticleError as exc:
        raise Rejected("decode-article", str(exc)) from exc
    found = await in_thread_if(len(article.body) > LONG_ARTICLE_CHARS, claims.extract_article, article)
    if len(found) > settings.max_claims_per_article:
        raise Rejected("extract", (
            f"the article has {len(found):,} numeric claims, over the limit of "
            f"{settings.max_claims_per_article:,} per article (FACTSTREAM_MAX_CLAIMS_PER_ARTICLE)"
        ))
    metrics.ARTICLES.labels(article.lang or (found[0].lang if found else "unknown")).inc()
    for (kind, lang), count in Counter((claim.kind, claim.lang) for claim in found).items():
        metrics.CLAIMS.labels(kind, lang).inc(count)
    by_kind: dict[str, list[Claim]] = defaultdict(list)
    for claim in found:
        by_kind[claim.kind].append(claim)
    # The producer is called directly: a batch's records share their article key, so the partition is hashed
    # once, and Faust's per-send bookkeeping is not needed (the consumer flushes the producer before commits).
    key = article.id.encode("utf-8")
    for kind, kind_claims in by_kind.items():
        name = runtime.topics.claims(kind).get_topic_name()
        partition = app.producer.key_partition(name, key).partition
        for payload in claim_batches(article.ref, kind, kind_claims, event.message.timestamp, article_claims=found):
            await app.producer.send(name, key, payload, partition, None, None)


def register(runtime: Runtime) -> None:
    handle = partial(extract_one, runtime)

    @runtime.app.agent(runtime.topics["articles"], name="extract_claims")
    async def extract_claims(stream: faust.StreamT) -> None:
        async for event in stream.events():
            await runtime.process(event, "extract", handle)
