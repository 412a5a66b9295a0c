"""The dashboard's view of alerts and reviews, kept in memory and fed from the `alerts` and `reviews` topics.

Both topics are replayed from the start when a worker starts, so the store is rebuilt rather than persisted.
Adding the same alert or review twice changes nothing (redelivery is normal). A review may arrive before
its alert (two topics, no order between them): it is kept and applies when the alert comes.

Reviews are history: every decision is kept with who made it and when (oldest first), none replaces
another. Per-checker precision counts each alert once, by its LATEST review (by reviewed_at): when a second
fact-checker overturns a confirmation, the alert counts as dismissed, and the page shows both decisions.
In the `reviews` topic each review has its own key (review_record_key), so compaction keeps them all.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from typing import Any, TypedDict, Unpack

from factstream import metrics
from factstream.models import Alert, Review

DEFAULT_MAX_ALERTS = 10_000
# Reviews kept per alert; beyond it the oldest are dropped (the latest always stays).
MAX_REVIEWS_PER_ALERT = 100


def review_record_key(review: Review) -> bytes:
    """The `reviews` topic key of one review: unique per decision, so that a compacted topic keeps the
    whole history (keyed by alert id alone, compaction would keep only the last decision)."""
    return f"{review.alert_id}|{review.reviewed_at.isoformat()}|{review.reviewer or ''}".encode()


def _history_order(review: Review) -> tuple[Any, ...]:
    return (review.reviewed_at, review.reviewer or "", review.decision, review.note or "")


def _lang_of(alert: Alert) -> str:
    article = alert.verdict.article
    return (article.lang if article and article.lang else None) or alert.verdict.claim.lang or "unknown"


def _source_of(alert: Alert) -> str | None:
    article = alert.verdict.article
    return article.source if article and article.source else None


def checker_of(alert: Alert) -> str:
    """The checker that produced an alert: the claim kind's checker agent."""
    return alert.verdict.claim.kind


class AlertQuery(TypedDict, total=False):
    """What search() and query() take: the filters (empty ones match all) and the page."""

    verdict: str | None
    kind: str | None
    lang: str | None
    source: str | None
    offset: int
    limit: int


class AlertStore:
    """Alerts (newest first by creation time), their reviews, and per-checker precision.

    Bounded: beyond max_alerts, the alerts added longest ago are dropped (and so are reviews beyond the
    same bound). Precision counts every review held, including those whose alert was dropped.
    """

    def __init__(self, max_alerts: int = DEFAULT_MAX_ALERTS) -> None:
        if max_alerts < 1:
            raise ValueError("max_alerts must be at least 1")
        self.max_alerts = max_alerts
        self._alerts: OrderedDict[str, Alert] = OrderedDict()
        self._reviews: OrderedDict[str, list[Review]] = OrderedDict()  # alert_id -> history, oldest first
        self._decisions: dict[str, Counter[str]] = {}  # checker -> decision -> count
        self._counted_under: dict[str, str] = {}  # alert_id -> the checker its review is counted under
        self._sorted: list[Alert] | None = None  # newest first; rebuilt lazily after a change

    # --- writes -----------------------------------------------------------------------------------
    def add_alert(self, alert: Alert) -> None:
        known = self._alerts.get(alert.alert_id)
        if known is not None and known == alert:
            return
        self._alerts[alert.alert_id] = alert
        self._sorted = None
        while len(self._alerts) > self.max_alerts:
            self._alerts.popitem(last=False)
        review = self.review_for(alert.alert_id)
        if review is not None and self._counted_under.get(alert.alert_id) == "unknown":
            # The review came first and did not name its checker: count it under the claim kind now.
            self._forget(review)
            self._count(review, checker_of(alert))

    def add_review(self, review: Review) -> None:
        """Add a decision to its alert's history. A redelivered copy changes nothing; precision follows
        the latest decision per alert, whatever order the decisions arrive in."""
        history = self._reviews.get(review.alert_id, [])
        if review in history:
            return
        previous_latest = history[-1] if history else None
        updated = sorted([*history, review], key=_history_order)[-MAX_REVIEWS_PER_ALERT:]
        self._reviews[review.alert_id] = updated
        self._reviews.move_to_end(review.alert_id)
        if updated[-1] is not previous_latest:
            if previous_latest is not None:
                self._forget(previous_latest)
            self._count(updated[-1], self._checker_for(updated[-1]))
        while len(self._reviews) > self.max_alerts:
            _, dropped = self._reviews.popitem(last=False)
            self._forget(dropped[-1])

    def _checker_for(self, review: Review) -> str:
        if review.checker:
            return review.checker
        alert = self._alerts.get(review.alert_id)
        return checker_of(alert) if alert is not None else "unknown"

    def _count(self, review: Review, checker: str) -> None:
        self._decisions.setdefault(checker, Counter())[review.decision] += 1
        self._counted_under[review.alert_id] = checker
        self._publish_precision(checker)

    def _forget(self, review: Review) -> None:
        checker = self._counted_under.pop(review.alert_id, None)
        if checker is None:
            return
        counts = self._decisions.get(checker)
        if counts is not None and counts[review.decision] > 0:
            counts[review.decision] -= 1
            self._publish_precision(checker)

    def _publish_precision(self, checker: str) -> None:
        value = self.precision(checker)
        if value is not None:
            metrics.CHECKER_PRECISION.labels(checker).set(value)

    # --- reads ------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._alerts)

    def get(self, alert_id: str) -> Alert | None:
        return self._alerts.get(alert_id)

    def review_for(self, alert_id: str) -> Review | None:
        """The latest review of an alert (the one precision counts), or None."""
        history = self._reviews.get(alert_id)
        return history[-1] if history else None

    def reviews_for(self, alert_id: str) -> list[Review]:
        """Every review of an alert, oldest first."""
        return list(self._reviews.get(alert_id, ()))

    def _newest_first(self) -> list[Alert]:
        if self._sorted is None:
            self._sorted = sorted(self._alerts.values(), key=lambda a: (a.created_at, a.alert_id), reverse=True)
        return self._sorted

    def search(
        self,
        verdict: str | None = None,
        kind: str | None = None,
        lang: str | None = None,
        source: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[list[Alert], int]:
        """(one page of matching alerts newest first, how many match in all). Empty filters match all;
        source compares case-insensitively."""
        if offset < 0:
            raise ValueError("offset must not be negative")
        if limit < 0:
            raise ValueError("limit must not be negative")
        wanted_source = source.strip().casefold() if source else None
        matching = [
            alert
            for alert in self._newest_first()
            if (not verdict or alert.verdict.verdict == verdict)
            and (not kind or alert.verdict.claim.kind == kind)
            and (not lang or _lang_of(alert) == lang)
            and (not wanted_source or (_source_of(alert) or "").casefold() == wanted_source)
        ]
        return matching[offset : offset + limit], len(matching)

    def query(self, **criteria: Unpack[AlertQuery]) -> list[Alert]:
        """The page search() finds, without the total."""
        return self.search(**criteria)[0]

    def sources(self) -> list[str]:
        """Outlets for the filter form; one spelling per outlet, as the filter ignores case."""
        spellings: dict[str, str] = {}
        for source in sorted({s for s in map(_source_of, self._alerts.values()) if s}):
            spellings.setdefault(source.casefold(), source)
        return sorted(spellings.values(), key=str.casefold)

    def precision(self, checker: str) -> float | None:
        counts = self._decisions.get(checker)
        if not counts:
            return None
        reviewed = counts["confirmed"] + counts["dismissed"]
        return counts["confirmed"] / reviewed if reviewed else None

    def stats(self) -> dict[str, Any]:
        alerts = list(self._alerts.values())
        decisions: Counter[str] = Counter()
        for counts in self._decisions.values():
            decisions.update(counts)
        precision: dict[str, dict[str, Any]] = {}
        for checker, counts in sorted(self._decisions.items()):
            reviewed = counts["confirmed"] + counts["dismissed"]
            if reviewed:
                precision[checker] = {
                    "confirmed": counts["confirmed"],
                    "dismissed": counts["dismissed"],
                    "reviewed": reviewed,
                    "precision": round(counts["confirmed"] / reviewed, 4),
                }
        return {
            "alerts": len(alerts),
            "by_verdict": dict(Counter(a.verdict.verdict for a in alerts)),
            "by_kind": dict(Counter(a.verdict.claim.kind for a in alerts)),
            "by_lang": dict(Counter(_lang_of(a) for a in alerts)),
            "reviews": {
                "total": decisions["confirmed"] + decisions["dismissed"],
                "confirmed": decisions["confirmed"],
                "dismissed": decisions["dismissed"],
                "pending": sum(1 for a in alerts if a.alert_id not in self._reviews),
            },
            "precision": precision,
        }
