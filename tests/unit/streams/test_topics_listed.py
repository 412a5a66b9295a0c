"""ensure_topics waits until the broker lists the topics it created (streams/topics.py docstring says why)."""

from __future__ import annotations

from streams import topics


class SlowListingAdmin:
    """An admin client whose broker lists new topics only after a few metadata requests."""

    def __init__(self, listed_after: dict[str, int]) -> None:
        self.listed_after = listed_after
        self.requests = 0

    def list_topics(self) -> list[str]:
        self.requests += 1
        return [name for name, after in self.listed_after.items() if self.requests >= after]


def test_returns_once_every_created_topic_is_listed(monkeypatch) -> None:
    monkeypatch.setattr(topics, "NEW_TOPIC_METADATA_POLL_S", 0.0)
    admin = SlowListingAdmin({"fs-articles": 1, "fs-claims": 3})
    assert topics.wait_until_listed(admin, ["fs-articles", "fs-claims"], timeout_s=5.0) == []
    assert admin.requests == 3


def test_names_the_topics_still_missing_after_the_timeout(monkeypatch) -> None:
    monkeypatch.setattr(topics, "NEW_TOPIC_METADATA_POLL_S", 0.0)
    admin = SlowListingAdmin({"fs-articles": 1, "fs-alerts": 10**9})
    assert topics.wait_until_listed(admin, ["fs-alerts", "fs-articles"], timeout_s=0.01) == ["fs-alerts"]
