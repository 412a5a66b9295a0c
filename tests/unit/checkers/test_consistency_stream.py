"""The stream checks one claim kind per batch, `factstream check` a whole article at once: the consistency
checks, which read a sentence's figures of every kind, must give both the same verdicts (ClaimBatch.context)."""

from __future__ import annotations

from datetime import datetime

import pytest

import checkers
import claims
from factstream.models import Article, ClaimBatch, Verdict
from streams.extract import claim_batches

TABLES = checkers.ReferenceTables.empty()
ARTICLES = [
    Article(id="ar-1", lang="ar", published_at=datetime(2015, 7, 22), body=(
        "ارتفعت أرباح المصرف من 100 مليون ريال إلى 130 مليون ريال بنسبة 20%. "
        "ووقّعت الوزارة عقدًا بقيمة 750 مليون ريال سعودي (260 مليون دولار) لإنشاء محطة تحلية. "
        "وأنهى المؤشر جلسته عند 8807 نقاط خاسرا 291 نقطة بنسبة 3.2 في المائة.")),
    Article(id="en-1", lang="en", published_at=datetime(2015, 7, 22), body=(
        "The group agreed to buy the chain for £3bn ($4.7bn; 6bn euros) on Tuesday. "
        "Pre-tax profit rose 15% to $110m from $100m, and passenger numbers rose from 200,000 to 250,000, "
        "an increase of 25%.")),
]


def _key(verdict: Verdict) -> tuple[str, str, str | None, str]:
    return verdict.claim.claim_id, verdict.verdict, verdict.metric, verdict.explanation["en"]


def stream_verdicts(article: Article, max_bytes: int) -> list[Verdict]:
    """What the check agents produce: one decoded ClaimBatch per (kind, split), each checked on its own."""
    found = claims.extract_article(article)
    verdicts: list[Verdict] = []
    records = 0
    for kind in sorted({claim.kind for claim in found}):
        mine = [claim for claim in found if claim.kind == kind]
        for payload in claim_batches(article.ref, kind, mine, None, max_bytes=max_bytes, article_claims=found):
            batch = ClaimBatch.model_validate_json(payload)
            assert len(payload) <= max_bytes
            verdicts.extend(checkers.check_claims(batch.claims, batch.article, TABLES, context=batch.context))
            records += 1
    if max_bytes < 512 * 1024 and article.id == "en-1":
        assert records > len({claim.kind for claim in found})  # the small limit did split a batch
    return verdicts


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.id)
@pytest.mark.parametrize("max_bytes", [512 * 1024, 4000])  # 4000: the English money batch is split
def test_stream_and_offline_verdicts_agree(article: Article, max_bytes: int) -> None:
    offline = checkers.check_claims(claims.extract_article(article), article.ref, TABLES)
    stream = stream_verdicts(article, max_bytes)
    assert sorted(map(_key, stream)) == sorted(map(_key, offline))
    assert {v.verdict for v in offline if v.metric} >= {"supported", "contradicted"}


def test_without_context_a_batch_loses_only_the_cross_kind_checks() -> None:
    article = ARTICLES[0]
    found = claims.extract_article(article)
    percents = [claim for claim in found if claim.kind == "percent"]
    alone = checkers.check_claims(percents, article.ref, TABLES)
    assert {v.verdict for v in alone} == {"unverifiable"}  # the figures live in other batches


def test_context_holds_only_the_batch_sentences() -> None:
    article = ARTICLES[1]
    found = claims.extract_article(article)
    percents = [claim for claim in found if claim.kind == "percent"]
    [payload] = claim_batches(article.ref, "percent", percents, None, article_claims=found)
    batch = ClaimBatch.model_validate_json(payload)
    sentences = {claim.sentence_start for claim in percents}
    assert batch.context and all(claim.sentence_start in sentences for claim in batch.context)
    assert all(claim.kind != "percent" for claim in batch.context)
    assert not any(claim.text.startswith("£3bn") for claim in batch.context)  # another sentence
