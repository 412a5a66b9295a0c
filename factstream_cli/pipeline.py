"""The offline pipeline: the same functions the stream's agents call, chained in one process."""

from __future__ import annotations

from collections.abc import Iterable

import checkers
import claims
from factstream.models import Article, Claim, Verdict


def extract_article(article: Article) -> list[Claim]:
    """Claims of an article's title and body (the extract agent calls exactly this)."""
    return claims.extract_article(article)


def check_article(article: Article, tables: checkers.ReferenceTables) -> list[Verdict]:
    """Extract and check one article: what `factstream check` prints and what the stream produces."""
    found = extract_article(article)
    return checkers.check_claims(found, article.ref, tables)


def check_articles(articles: Iterable[Article], tables: checkers.ReferenceTables) -> Iterable[list[Verdict]]:
    for article in articles:
        yield check_article(article, tables)
