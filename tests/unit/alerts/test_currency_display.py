"""The dashboard says why a money claim has its currency (Claim.currency_source), escaped like every field."""

from __future__ import annotations

from alerts.dashboard import render_alert
from factstream.models import Alert
from tests.unit.alerts.factories import BASE_TIME, make_claim, make_verdict

BODY = "وقالت الشركة إن إيراداتها بلغت 3 مليارات ريال في العام الماضي."


def _money(**fields):
    claim = make_claim(BODY, "3 مليارات ريال", kind="money", value=3_000_000_000, lang="ar")
    return claim.model_copy(update={"counted": None, **fields})


def _html(claim) -> str:
    alert = Alert(alert_id=claim.claim_id, verdict=make_verdict(claim), priority=50.0, created_at=BASE_TIME)
    return render_alert(alert, [])


def test_a_money_claim_shows_its_currency_and_why():
    html = _html(_money(currency="SAR", currency_source="outlet_country"))
    assert '<span class="currency" data-currency-source="outlet_country">SAR ' in html
    assert "(from the outlet&#x27;s country)" in html


def test_an_unresolved_currency_shows_its_candidates():
    claim = _money(currency=None, currency_candidates=["SAR", "QAR"], currency_source="none")
    html = _html(claim)
    assert 'data-currency-source="none">SAR/QAR <span class="currency-source">(not resolved)</span>' in html


def test_other_kinds_show_no_currency():
    claim = make_claim(BODY, "3 مليارات", kind="count", value=3_000_000_000, lang="ar")
    assert 'class="currency"' not in _html(claim)
