"""schema.org ClaimReview (JSON-LD) for reviewed alerts: what search engines and fact-check aggregators read.

The rating says what the reviewer concluded, on schema.org's usual 1 (false) – 5 (true) scale, with
`alternateName` as the human-readable verdict:

- a confirmed "contradicted" alert: the claim is False (1);
- a confirmed "conflict": sources disagree, Disputed (3);
- a confirmed "supported": True (5); "unverifiable" / "ambiguous": Unverifiable / Ambiguous, unrated;
- a dismissed alert: the reviewer found no error to report, "No error found on review", unrated.

Only the verdict's explanation becomes reviewBody: a reviewer's note and name may be internal and are not
published (the author is the organization).
"""

from __future__ import annotations

from typing import Any

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
