"""From a verdict to an alert: which verdicts alert, how prominent the claim is, how urgent the alert is.

Priority (0–100, higher = look at it first) combines two things an editor weighs:

- severity (0–1), from the size of the deviation, saturating where any reader would call the figure wrong:
  relative deviation |claim - fact| / |fact| reaches 1 at 50 %; percentage points reach 1 at 10 points;
  dates reach 1 at 365 days off. When several are known the largest counts. A verdict without a measured
  deviation (a conflict between outlets, a mismatch of kind) gets 0.5: we know it is wrong, not by how much.
- prominence: a claim in the title is read by everyone (1.0), one in the lead paragraph by most (0.5), one
  further down by fewer (0.0).

priority = 100 * (0.7 * severity + 0.3 * prominence weight), rounded to one decimal.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from factstream.models import Alert, Claim, Deviation, Verdict

Prominence = Literal["title", "lead", "body"]

PROMINENCE_WEIGHT: dict[str, float] = {"title": 1.0, "lead": 0.5, "body": 0.0}
SEVERITY_WEIGHT = 0.7
PROMINENCE_SHARE = 0.3
# Where severity saturates (reaches 1.0).
RELATIVE_FULL = 0.5
POINTS_FULL = 10.0
DAYS_FULL = 365.0
UNMEASURED_SEVERITY = 0.5


def _clean(text: str) -> str:
    # Compare texts the way a reader sees them: whitespace runs collapsed, case folded.
    return " ".join(text.split()).casefold()


def prominence_of(claim: Claim, article_title: str | None, body: str | None = None) -> Prominence:
    """Where the claim appears in its article.

    "title": the claim's sentence, or the claim's own text, appears in the article's title.
    "lead": the claim's sentence starts in the first paragraph of the body, i.e. before the body's first
    newline. Without the body at hand (verdicts carry no body), only the body's first sentence
    (sentence_start == 0) is known to be in the lead.
    "body": anywhere else.
    """
    if article_title:
        title = _clean(article_title)
        sentence = _clean(claim.sentence)
        text = _clean(claim.text)
        if (sentence and sentence in title) or (text and text in title):
            return "title"
    if body is not None:
        leading = len(body) - len(body.lstrip())
        first_break = body.find("\n", leading)
        if first_break == -1 or claim.sentence_start < first_break:
            return "lead"
        return "body"
    return "lead" if claim.sentence_start == 0 else "body"


def severity_of(deviation: Deviation | None) -> float:
    """0–1: how far the claim is from the fact (see the module's docstring)."""
    if deviation is None:
        return UNMEASURED_SEVERITY
    parts: list[float] = []
    if deviation.relative is not None:
        parts.append(abs(deviation.relative) / RELATIVE_FULL)
    if deviation.points is not None:
        parts.append(abs(deviation.points) / POINTS_FULL)
    if deviation.days is not None:
        parts.append(abs(deviation.days) / DAYS_FULL)
    if not parts:
        return UNMEASURED_SEVERITY
    return min(1.0, max(parts))


def priority_of(deviation: Deviation | None, prominence: Prominence) -> float:
    score = SEVERITY_WEIGHT * severity_of(deviation) + PROMINENCE_SHARE * PROMINENCE_WEIGHT[prominence]
    return round(100.0 * score, 1)


def build_alert(
    verdict: Verdict,
    alert_verdicts: Collection[str],
    article_title: str | None = None,
    *,
    body: str | None = None,
) -> Alert | None:
    """The alert for a verdict, or None when its status is not one that alerts.

    One alert per claim: alert_id is the claim's id, so a redelivered verdict yields the same alert.
    article_title defaults to the title the verdict's article reference carries; body (optional) lets the
    lead paragraph be recognised exactly.
    """
    if verdict.verdict not in alert_verdicts:
        return None
    title = article_title if article_title is not None else (verdict.article.title if verdict.article else None)
    prominence = prominence_of(verdict.claim, title, body)
    return Alert(
        alert_id=verdict.claim.claim_id,
        verdict=verdict,
        priority=priority_of(verdict.deviation, prominence),
        prominence=prominence,
        # Deterministic: the same verdict gives the same alert (and the same webhook body) when reprocessed.
        created_at=verdict.checked_at,
    )
