from __future__ import annotations

import pytest

from alerts import build_alert, priority_of, prominence_of, severity_of
from factstream.models import ArticleRef, Deviation
from tests.unit.alerts.factories import AR_BODY, EN_BODY, make_claim, make_verdict

DEFAULT_ALERTING = ("contradicted", "conflict")


@pytest.mark.parametrize("status", ["supported", "unverifiable", "ambiguous"])
def test_statuses_not_configured_do_not_alert(status: str) -> None:
    verdict = make_verdict(make_claim(EN_BODY, "74 countries"), status=status)
    assert build_alert(verdict, DEFAULT_ALERTING) is None


def test_alert_is_keyed_by_claim_and_deterministic() -> None:
    verdict = make_verdict(make_claim(EN_BODY, "74 countries"))
    first = build_alert(verdict, DEFAULT_ALERTING)
    again = build_alert(verdict.model_copy(deep=True), DEFAULT_ALERTING)
    assert first is not None and again is not None
    assert first.alert_id == verdict.claim.claim_id
    assert first == again  # a redelivered verdict yields the very same alert


def test_configured_statuses_are_honoured() -> None:
    verdict = make_verdict(make_claim(EN_BODY, "74 countries"), status="ambiguous")
    alert = build_alert(verdict, ["ambiguous"])
    assert alert is not None and alert.verdict.verdict == "ambiguous"


def test_prominence_title_lead_body() -> None:
    in_second_paragraph = make_claim(EN_BODY, "74 countries")
    in_first_sentence = make_claim(EN_BODY, "4.1%", kind="percent", value=4.1)
    assert prominence_of(in_second_paragraph, "Ministry reviews the year") == "body"
    assert prominence_of(in_second_paragraph, "Coalition formed of 74 countries, officials say") == "title"
    assert prominence_of(in_first_sentence, "Ministry reviews the year") == "lead"
    # With the body at hand, "lead" is exact: before the first newline.
    assert prominence_of(in_second_paragraph, None, body=EN_BODY) == "body"
    arabic = make_claim(AR_BODY, "74 دولة", lang="ar")
    assert prominence_of(arabic, None, body=AR_BODY) == "lead"
    assert prominence_of(arabic, "التحالف  الدولي تشكل من 74 دولة") == "title"


def test_build_alert_uses_the_title_the_verdict_carries() -> None:
    claim = make_claim(EN_BODY, "74 countries")
    article = ArticleRef(id="article-1", title="Officials: coalition was formed of 74 countries")
    alert = build_alert(make_verdict(claim, article=article), DEFAULT_ALERTING)
    assert alert is not None and alert.prominence == "title"


def test_severity_grows_with_the_deviation_and_saturates() -> None:
    assert severity_of(Deviation(relative=0.05)) < severity_of(Deviation(relative=0.2)) < 1.0
    assert severity_of(Deviation(relative=-3.0)) == 1.0
    assert severity_of(Deviation(points=5)) == pytest.approx(0.5)
    assert severity_of(Deviation(days=1)) < severity_of(Deviation(days=200))
    # Unmeasured (a conflict between outlets): in the middle.
    assert severity_of(None) == severity_of(Deviation()) == 0.5


def test_priority_orders_by_deviation_then_prominence() -> None:
    small, large = Deviation(relative=0.05), Deviation(relative=0.4)
    assert priority_of(large, "body") > priority_of(small, "body")
    assert priority_of(small, "title") > priority_of(small, "lead") > priority_of(small, "body")
    assert 0 <= priority_of(None, "body") <= priority_of(Deviation(relative=9), "title") == 100.0
