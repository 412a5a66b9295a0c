"""What keeps one hostile article from producing records Kafka refuses (streams/extract.py claim_batches)."""

from __future__ import annotations

import claims
from factstream.models import ArticleRef, ClaimBatch
from factstream.settings import Settings
from streams.extract import MAX_BATCH_BYTES, claim_batches


def test_many_claims_of_one_kind_are_split_into_batches_under_the_limit():
    text = " ".join(f"The convoy carried {number} trucks." for number in range(1500))
    found = [claim for claim in claims.extract(text, lang="en", article_id="convoy") if claim.kind == "count"]
    assert len(found) > 1000
    ref = ArticleRef(id="convoy", lang="en")
    payloads = claim_batches(ref, "count", found, 1_700_000_000.0, max_bytes=64 * 1024)
    assert len(payloads) > 1
    batches = [ClaimBatch.model_validate_json(payload) for payload in payloads]
    assert all(len(payload) <= 64 * 1024 for payload in payloads)
    # Nothing lost, nothing doubled, order kept, every batch carries the article and the time.
    assert [c.claim_id for batch in batches for c in batch.claims] == [c.claim_id for c in found]
    assert all(batch.article == ref and batch.kind == "count" and batch.received_at == 1_700_000_000.0
               for batch in batches)


def test_an_ordinary_article_is_one_batch_per_kind():
    found = claims.extract("Exports rose 12% in 2017 and 3% in 2018.", lang="en", article_id="a")
    percents = [claim for claim in found if claim.kind == "percent"]
    payloads = claim_batches(ArticleRef(id="a"), "percent", percents, None)
    assert len(payloads) == 1 and len(payloads[0]) < MAX_BATCH_BYTES
    assert len(ClaimBatch.model_validate_json(payloads[0]).claims) == len(percents) == 2


def test_the_per_article_claim_limit_is_configurable():
    assert Settings().max_claims_per_article == 2000
    assert Settings(max_claims_per_article=50).max_claims_per_article == 50
