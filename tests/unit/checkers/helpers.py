"""Hand-built claims for checker tests (independent of the extractor's quirks)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from factstream.models import ArticleRef, Claim


def make_claim(sentence: str, text: str, kind: str, value: Any, *, lang: str = "ar", occurrence: int = 0,
               **fields: Any) -> Claim:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(text, start + 1)
    return Claim(
        claim_id=Claim.make_id("test", start, start + len(text), text),
        kind=kind,  # type: ignore[arg-type]
        value=value,
        text=text,
        start=start,
        end=start + len(text),
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        lang=lang,
        **fields,
    )


def article(lang: str = "ar", published: str | None = "2018-02-13T09:00:00+03:00", title: str | None = None,
            source: str | None = None, article_id: str = "a1", url: str | None = None) -> ArticleRef:
    return ArticleRef(
        id=article_id,
        lang=lang,
        published_at=datetime.fromisoformat(published) if published else None,
        title=title,
        source=source,
        url=url,
    )
