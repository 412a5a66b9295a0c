from __future__ import annotations

import json

import pytest

from alerts import claim_review
from factstream.models import Review
from tests.unit.alerts.factories import AR_BODY, BASE_TIME, make_alert


def test_confirmed_contradiction_is_rated_false() -> None:
    alert = make_alert(body=AR_BODY, text="74 دولة", lang="ar", title="اجتماع التحالف في الكويت")
    review = Review(alert_id=alert.alert_id, decision="confirmed", reviewer="Desk A", note="internal: call them",
                    reviewed_at=BASE_TIME)
    document = claim_review(alert, review, url="http://127.0.0.1:6066/api/claimreview/" + alert.alert_id)
    assert document["@context"] == "https://schema.org"
    assert document["@type"] == "ClaimReview"
    assert document["claimReviewed"] == alert.verdict.claim.sentence
    assert document["datePublished"] == "2024-03-05"
    assert document["author"] == {"@type": "Organization", "name": "factstream"}
    assert document["reviewRating"] == {
        "@type": "Rating", "alternateName": "False", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
    }
    item = document["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["appearance"][0]["url"] == alert.verdict.article.url
    assert item["appearance"][0]["headline"] == "اجتماع التحالف في الكويت"
    assert item["author"] == {"@type": "Organization", "name": "Example Daily"}
    assert document["inLanguage"] == "ar"
    assert document["url"].endswith(alert.alert_id)
    assert document["reviewBody"] == alert.verdict.explanation["en"]
    serialized = json.dumps(document, ensure_ascii=False)
    assert "internal: call them" not in serialized and "Desk A" not in serialized  # not published


def test_dismissed_and_conflict_ratings() -> None:
    conflict = make_alert(status="conflict")
    confirmed = claim_review(conflict, Review(alert_id=conflict.alert_id, decision="confirmed"))
    assert confirmed["reviewRating"]["alternateName"].startswith("Disputed")
    assert confirmed["reviewRating"]["ratingValue"] == 3
    dismissed = claim_review(conflict, Review(alert_id=conflict.alert_id, decision="dismissed"))
    assert dismissed["reviewRating"] == {"@type": "Rating", "alternateName": "No error found on review"}


def test_unreviewed_or_mismatched_is_refused_and_unsafe_links_dropped() -> None:
    alert = make_alert(url="javascript:alert(1)")
    with pytest.raises(ValueError, match="not been reviewed"):
        claim_review(alert, None)
    with pytest.raises(ValueError):
        claim_review(alert, Review(alert_id="another", decision="confirmed"))
    document = claim_review(alert, Review(alert_id=alert.alert_id, decision="confirmed"))
    assert "url" not in document["itemReviewed"]["appearance"][0]


def test_json_ld_is_safe_inside_a_script_element() -> None:
    from alerts import claim_review_json

    body = "The mayor wrote </script><script>alert('x')</script> & said 74 countries\u2028joined."
    alert = make_alert(body=body, text="74 countries", title="<!-- budget --> & more")
    document = claim_review(alert, Review(alert_id=alert.alert_id, decision="confirmed"))
    for data in (claim_review_json(document), claim_review_json([document, document], indent=None)):
        text = data.decode("utf-8")
        for raw in ("<", ">", "&", "\u2028", "\u2029"):
            assert raw not in text
        assert "\\u003c/script\\u003e" in text and "\\u0026" in text and "\\u2028" in text
        parsed = json.loads(data)
        first = parsed[0] if isinstance(parsed, list) else parsed
        assert first == document  # the same document to a JSON-LD reader


def test_the_published_url_comes_from_the_configured_base() -> None:
    from alerts.claimreview import claim_review_url

    assert claim_review_url("https://factcheck.example.org/", "a/b c") == (
        "https://factcheck.example.org/api/claimreview/a%2Fb%20c")
    assert claim_review_url(None, "x") is None
    with pytest.raises(ValueError):
        claim_review_url("javascript:alert(1)//", "x")
