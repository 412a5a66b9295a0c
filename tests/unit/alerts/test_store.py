from __future__ import annotations

from datetime import timedelta

import pytest

from alerts import AlertStore
from factstream import metrics
from factstream.models import Review
from tests.unit.alerts.factories import AR_BODY, BASE_TIME, EN_BODY, make_alert


def _alerts():
    return [
        make_alert(article_id="a1", created_at=BASE_TIME, source="Example Daily"),
        make_alert(article_id="a2", text="4.1%", kind="percent", created_at=BASE_TIME + timedelta(minutes=1),
                   source="Gulf Wire"),
        make_alert(article_id="a3", body=AR_BODY, text="74 دولة", lang="ar", status="conflict",
                   created_at=BASE_TIME + timedelta(minutes=2), source="gulf wire"),
    ]


def _precision(checker: str) -> float | None:
    return metrics.REGISTRY.get_sample_value("factstream_checker_precision", {"checker": checker})


def test_newest_first_filters_and_paging() -> None:
    store = AlertStore()
    a1, a2, a3 = _alerts()
    for alert in (a2, a1, a3):  # arrival order does not matter: creation time does
        store.add_alert(alert)
    assert [a.alert_id for a in store.query()] == [a3.alert_id, a2.alert_id, a1.alert_id]
    assert store.query(verdict="conflict") == [a3]
    assert store.query(kind="percent") == [a2]
    assert store.query(lang="ar") == [a3]
    assert store.query(source="GULF WIRE") == [a3, a2]  # case-insensitive
    assert store.query(kind="money") == []
    page, total = store.search(offset=1, limit=1)
    assert page == [a2] and total == 3
    assert store.query(offset=5) == []
    assert store.sources() == ["Example Daily", "Gulf Wire"]
    with pytest.raises(ValueError):
        store.query(offset=-1)


def test_redelivery_changes_nothing_and_size_is_bounded() -> None:
    store = AlertStore(max_alerts=2)
    a1, a2, a3 = _alerts()
    store.add_alert(a1)
    store.add_alert(a1.model_copy(deep=True))
    assert len(store) == 1
    store.add_alert(a2)
    store.add_alert(a3)
    assert len(store) == 2
    assert store.get(a1.alert_id) is None  # the oldest went
    assert store.get(a3.alert_id) == a3


def test_reviews_drive_precision_per_checker_and_the_gauge() -> None:
    store = AlertStore()
    a1, a2, a3 = _alerts()
    for alert in (a1, a2, a3):
        store.add_alert(alert)
    store.add_review(Review(alert_id=a1.alert_id, decision="confirmed", checker="count"))
    # A review that names no checker is counted under the alert's claim kind.
    store.add_review(Review(alert_id=a3.alert_id, decision="dismissed", reviewed_at=BASE_TIME))
    store.add_review(Review(alert_id=a2.alert_id, decision="confirmed", checker="percent"))
    assert store.precision("count") == pytest.approx(0.5)
    assert store.precision("percent") == 1.0
    assert _precision("count") == pytest.approx(0.5)
    stats = store.stats()
    assert stats["alerts"] == 3
    assert stats["by_verdict"] == {"contradicted": 2, "conflict": 1}
    assert stats["by_kind"] == {"count": 2, "percent": 1}
    assert stats["by_lang"] == {"en": 2, "ar": 1}
    assert stats["reviews"] == {"total": 3, "confirmed": 2, "dismissed": 1, "pending": 0}
    assert stats["precision"]["count"] == {"confirmed": 1, "dismissed": 1, "reviewed": 2, "precision": 0.5}

    # A later decision is added to the history and becomes the one precision counts; an older copy
    # redelivered afterwards changes nothing.
    later = Review(alert_id=a3.alert_id, decision="confirmed", reviewed_at=BASE_TIME + timedelta(days=1))
    store.add_review(later)
    store.add_review(Review(alert_id=a3.alert_id, decision="dismissed", reviewed_at=BASE_TIME))
    assert store.review_for(a3.alert_id) == later
    assert [r.decision for r in store.reviews_for(a3.alert_id)] == ["dismissed", "confirmed"]
    assert store.precision("count") == 1.0
    assert _precision("count") == 1.0
    assert store.stats()["reviews"]["total"] == 3


def test_reviews_are_history_and_the_latest_counts_whatever_the_arrival_order() -> None:
    alert = _alerts()[0]
    first = Review(alert_id=alert.alert_id, decision="confirmed", reviewer="Amal", note="matches the list",
                   reviewed_at=BASE_TIME)
    second = Review(alert_id=alert.alert_id, decision="dismissed", reviewer="Omar", note="the list was revised",
                    reviewed_at=BASE_TIME + timedelta(hours=2))
    for order in ((first, second), (second, first)):
        store = AlertStore()
        store.add_alert(alert)
        for review in order:
            store.add_review(review)
            store.add_review(review.model_copy())  # redelivered: no duplicate entry
        assert store.reviews_for(alert.alert_id) == [first, second]  # who, when and what of both, oldest first
        assert store.review_for(alert.alert_id) == second
        assert store.stats()["precision"]["count"] == {"confirmed": 0, "dismissed": 1, "reviewed": 1,
                                                        "precision": 0.0}
        assert store.stats()["reviews"] == {"total": 1, "confirmed": 0, "dismissed": 1, "pending": 0}


def test_history_per_alert_is_bounded_and_keeps_the_latest() -> None:
    from alerts.store import MAX_REVIEWS_PER_ALERT

    alert = _alerts()[0]
    store = AlertStore()
    store.add_alert(alert)
    reviews = [Review(alert_id=alert.alert_id, decision="confirmed" if i % 2 else "dismissed", reviewer=f"r{i}",
                      reviewed_at=BASE_TIME + timedelta(minutes=i)) for i in range(MAX_REVIEWS_PER_ALERT + 20)]
    for review in reversed(reviews):
        store.add_review(review)
    history = store.reviews_for(alert.alert_id)
    assert len(history) == MAX_REVIEWS_PER_ALERT and history[-1] == reviews[-1]
    assert history[0] == reviews[20]  # the oldest went
    assert store.precision("count") == (1.0 if reviews[-1].decision == "confirmed" else 0.0)


def test_each_review_has_its_own_topic_key() -> None:
    from alerts import review_record_key

    alert_id = _alerts()[0].alert_id
    one = Review(alert_id=alert_id, decision="confirmed", reviewer="Amal", reviewed_at=BASE_TIME)
    other = Review(alert_id=alert_id, decision="dismissed", reviewer="Omar", reviewed_at=BASE_TIME)
    later = one.model_copy(update={"reviewed_at": BASE_TIME + timedelta(seconds=1)})
    keys = {review_record_key(r) for r in (one, other, later)}
    assert len(keys) == 3 and all(key.startswith(alert_id.encode()) for key in keys)
    assert review_record_key(one) == review_record_key(one.model_copy())  # a redelivery keeps its key


def test_review_before_its_alert_counts_under_the_claim_kind() -> None:
    store = AlertStore()
    alert = make_alert(body=EN_BODY, text="4.1%", kind="percent", article_id="early")
    store.add_review(Review(alert_id=alert.alert_id, decision="dismissed"))
    assert store.precision("unknown") == 0.0
    store.add_alert(alert)
    assert store.precision("percent") == 0.0
    assert "unknown" not in store.stats()["precision"]
    assert store.stats()["reviews"]["pending"] == 0
