"""schema.org ClaimReview (JSON-LD) for reviewed alerts: what search engines and fact-check aggregators read.

The rating says what the reviewer concluded, on schema.org's usual 1 (false) – 5 (true) scale, with
`alternateName` as the human-readable verdict:

- a confirmed "contradicted" alert: the claim is False (1);
- a confirmed "conflict": sources disagree, Disputed (3);
- a confirmed "supported": True (5); "unverifiable" / "ambiguous": Unverifiable / Ambiguous, unrated;
- a dismissed alert: the reviewer found no error to report, "No error found on review", unrated.

Only the verdict's explanation becomes reviewBody: a reviewer's note and name may be internal and are not
published (the author is the organization).

Publishers paste JSON-LD into a <script type="application/ld+json"> element, where a claim text holding
"</script>" would end the element and run what follows. claim_review_json therefore escapes <, >, & and
U+2028/U+2029 as \\u003c, \\u003e, \\u0026, \\u2028, \\u2029: the same JSON to a parser, inert in HTML.
A document's own URL comes from the configured public base URL (FACTSTREAM_PUBLIC_URL), never from a
request's Host header.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from alerts.text import explanation_of, safe_url
from factstream.models import Alert, Review

ORGANIZATION = "factstream"

# verdict -> (alternateName, ratingValue or None) for a CONFIRMED alert
CONFIRMED_RATINGS: dict[str, tuple[str, int | None]] = {
    "contradicted": ("False", 1),
    "conflict": ("Disputed: sources disagree", 3),
    "supported": ("True", 5),
    "unverifiable": ("Unverifiable", None),
    "ambiguous": ("Ambiguous", None),
}
DISMISSED_RATING: tuple[str, int | None] = ("No error found on review", None)


# Characters that mean something to an HTML parser inside <script>, or end a line in old JavaScript.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def claim_review_json(documents: Any, *, indent: int | None = 2) -> bytes:
    """UTF-8 JSON of a ClaimReview document (or a list of them) that is safe to embed in a <script> tag.
    The characters escaped can only occur inside JSON strings, where \\uXXXX means the same character."""
    text = json.dumps(documents, ensure_ascii=False, indent=indent)
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return text.encode("utf-8")


def claim_review_url(public_url: str | None, alert_id: str) -> str | None:
    """Where the ClaimReview of an alert is published: <public base URL>/api/claimreview/<id>, or None when
    no public URL is configured (the document then has no url)."""
    if not public_url:
        return None
    if safe_url(public_url) is None:
        raise ValueError(f"the public URL must be an http(s) URL with a host, not {public_url[:80]!r}")
    return f"{public_url.rstrip('/')}/api/claimreview/{quote(alert_id, safe='')}"


def _drop_none(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value is not None}


def claim_review(
    alert: Alert,
    review: Review | None,
    *,
    url: str | None = None,
    publisher: str = ORGANIZATION,
) -> dict[str, Any]:
    """The ClaimReview document for a reviewed alert. Raises ValueError when the alert has no review
    (an unreviewed alert is not a published fact-check) or the review is of another alert.

    url: where this fact-check is published (e.g. the worker's /api/claimreview/<id>).
    """
    if review is None:
        raise ValueError(f"alert {alert.alert_id} has not been reviewed: no ClaimReview")
    if review.alert_id != alert.alert_id:
        raise ValueError(f"review is for alert {review.alert_id}, not {alert.alert_id}")
    verdict = alert.verdict
    claim = verdict.claim
    article = verdict.article

    if review.decision == "confirmed":
        alternate_name, rating_value = CONFIRMED_RATINGS.get(verdict.verdict, (verdict.verdict.title(), None))
    else:
        alternate_name, rating_value = DISMISSED_RATING
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": alternate_name}
    if rating_value is not None:
        rating.update(ratingValue=rating_value, bestRating=5, worstRating=1)

    appearance = None
    claim_author = None
    claim_date = None
    if article is not None:
        appearance = _drop_none(
            {
                "@type": "CreativeWork",
                "url": safe_url(article.url),
                "headline": article.title,
                "datePublished": article.published_at.isoformat() if article.published_at else None,
            }
        )
        if article.source:
            claim_author = {"@type": "Organization", "name": article.source}
        claim_date = article.published_at.isoformat() if article.published_at else None

    item_reviewed = _drop_none(
        {
            "@type": "Claim",
            "appearance": [appearance] if appearance else None,
            "author": claim_author,
            "datePublished": claim_date,
            "inLanguage": claim.lang,
        }
    )
    organization = {"@type": "Organization", "name": publisher}
    return _drop_none(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": url,
            "identifier": alert.alert_id,
            "claimReviewed": claim.sentence.strip() or claim.text,
            "itemReviewed": item_reviewed,
            "author": organization,
            "publisher": organization,
            "datePublished": review.reviewed_at.date().isoformat(),
            "inLanguage": claim.lang,
            "reviewRating": rating,
            "reviewBody": explanation_of(alert) or None,
        }
    )
