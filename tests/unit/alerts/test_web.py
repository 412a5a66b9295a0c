"""The dashboard, API, /metrics and /health, served both as the worker's Faust views and as a bare aiohttp
app (the same handlers), through a real HTTP client. No Kafka: the views are handed a store directly."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import faust
import pytest
from aiohttp.test_utils import TestClient, TestServer

from alerts import AlertStore
from alerts.webapi import make_app
from factstream.models import Fact, Review
from factstream.settings import Settings
from streams.web import register_views
from tests.unit.alerts.factories import AR_BODY, BASE_TIME, make_alert

HOSTILE_TITLE = "<script>window.__pwned = 1</script> Budget \"special\" & more"
HOSTILE_BODY = 'Officials said <img src=x onerror="window.__pwned=2"> 74 countries joined.'


@dataclass
class Served:
    client: TestClient
    store: AlertStore
    submitted: list[Review] = field(default_factory=list)
    fail_submit: bool = False


def _settings(**overrides: Any) -> Settings:
    return Settings(_env_file=None, **overrides)


def _fill(store: AlertStore) -> None:
    store.add_alert(make_alert(article_id="en-1"))
    store.add_alert(make_alert(article_id="ar-1", body=AR_BODY, text="74 دولة", lang="ar", source="Gulf Wire",
                               title="الكويت تستضيف اجتماع التحالف", created_at=BASE_TIME.replace(hour=10)))
    store.add_alert(make_alert(
        article_id="evil-1", body=HOSTILE_BODY, text="74 countries", title=HOSTILE_TITLE,
        url="javascript:alert(document.cookie)", source="<b>Evil</b>", created_at=BASE_TIME.replace(hour=11),
        fact=Fact(table="t", entity_id="e", metric="members", value=60,
                  source_url="javascript:alert(1)", source_quote='"><script>alert(2)</script>'),
    ))


@pytest.fixture(params=["faust", "aiohttp"])
async def serve(request: pytest.FixtureRequest) -> AsyncIterator[Callable[..., Awaitable[Served]]]:
    clients: list[TestClient] = []

    async def start(settings: Settings | None = None, ready: Callable[[], bool] | None = None) -> Served:
        store = AlertStore()
        _fill(store)
        served = Served(client=None, store=store)  # type: ignore[arg-type]

        async def submit_review(review: Review) -> None:
            if served.fail_submit:
                raise ConnectionError("broker down")
            served.submitted.append(review)

        settings = settings or _settings()
        if request.param == "faust":
            app = faust.App("factstream-web-test", broker="kafka://127.0.0.1:1", autodiscover=False)
            register_views(app, store=store, settings=settings, submit_review=submit_review, ready=ready)
            web_app = app.web.web_app
        else:
            web_app = make_app(store, settings, submit_review, ready)
        client = TestClient(TestServer(web_app, host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        served.client = client
        return served

    yield start
    for client in clients:
        await client.close()


def _alert_id(store: AlertStore, article_id: str) -> str:
    return next(a.alert_id for a in store.query() if a.verdict.article_id == article_id)


async def test_dashboard_escapes_everything_and_sets_a_strict_csp(serve) -> None:
    served = await serve()
    response = await served.client.get("/dashboard/")
    assert response.status == 200
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    page = await response.text()
    # Only our own script tag; hostile markup arrives as text.
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/dashboard/static/app.js" defer>']
    assert "<img" not in page and "onerror=" not in page.replace("onerror=&quot;", "")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;" in page
    assert "<b>Evil</b>" not in page and "&lt;b&gt;Evil&lt;/b&gt;" in page
    # javascript: URLs are never links.
    assert not re.search(r'href="\s*javascript:', page, re.IGNORECASE)
    assert "https://news.example.org/2024/03/ministry-statement" in page
    # Newest first; the Arabic sentence is right-to-left with the claim marked.
    positions = [page.index(f'data-alert-id="{_alert_id(served.store, a)}"') for a in ("evil-1", "ar-1", "en-1")]
    assert positions == sorted(positions)
    assert re.search(r'<blockquote class="sentence" lang="ar" dir="rtl">[^<]*<mark>74 دولة</mark>', page)
    assert "Not reviewed yet." in page and "No reviews yet" in page


async def test_filters_on_page_and_api(serve) -> None:
    served = await serve()
    page = await (await served.client.get("/dashboard/?lang=ar")).text()
    assert page.count('class="alert ') == 1 and "<mark>74 دولة</mark>" in page
    data = await (await served.client.get("/api/alerts", params={"source": "gulf wire"})).json()
    assert data["total"] == 1 and data["alerts"][0]["verdict"]["article_id"] == "ar-1"
    data = await (await served.client.get("/api/alerts", params={"limit": "1", "offset": "1"})).json()
    assert (data["total"], data["offset"], data["limit"], len(data["alerts"])) == (3, 1, 1, 1)
    assert data["alerts"][0]["verdict"]["article_id"] == "ar-1"
    for bad in ({"kind": "weight"}, {"verdict": "maybe"}, {"limit": "0"}, {"offset": "x"}):
        response = await served.client.get("/api/alerts", params=bad)
        assert response.status == 400 and "error" in await response.json()
    assert (await served.client.get("/dashboard/?kind=weight")).status == 400


async def test_review_flow_updates_store_page_stats_claimreview_and_metrics(serve) -> None:
    served = await serve()
    alert_id = _alert_id(served.store, "ar-1")
    assert (await served.client.get(f"/api/claimreview/{alert_id}")).status == 404  # not reviewed yet

    response = await served.client.post(f"/api/alerts/{alert_id}/review",
                                        json={"decision": "confirmed", "note": "Checked with the ministry"})
    assert response.status == 201
    assert [r.alert_id for r in served.submitted] == [alert_id]
    assert served.submitted[0].checker == "count" and served.submitted[0].note == "Checked with the ministry"

    detail = await (await served.client.get(f"/api/alerts/{alert_id}")).json()
    assert detail["review"]["decision"] == "confirmed"
    stats = await (await served.client.get("/api/stats")).json()
    assert stats["precision"]["count"]["precision"] == 1.0 and stats["reviews"]["confirmed"] == 1
    page = await (await served.client.get("/dashboard/")).text()
    assert 'data-state="confirmed"' in page and "Checked with the ministry" in page
    assert 'data-checker="count"' in page and "100%" in page

    claim_review = await served.client.get(f"/api/claimreview/{alert_id}")
    assert claim_review.status == 200 and claim_review.content_type == "application/ld+json"
    document = await claim_review.json(content_type=None)
    assert document["@type"] == "ClaimReview" and document["reviewRating"]["alternateName"] == "False"

    metrics_text = await (await served.client.get("/metrics")).text()
    assert re.search(r'factstream_checker_precision\{checker="count"\} 1\.0', metrics_text)


async def test_review_rejections(serve) -> None:
    served = await serve()
    alert_id = _alert_id(served.store, "en-1")
    url = f"/api/alerts/{alert_id}/review"
    assert (await served.client.post("/api/alerts/nope/review", json={"decision": "confirmed"})).status == 404
    assert (await served.client.post(url, data="decision=confirmed",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})).status == 415
    assert (await served.client.post(url, json={"decision": "maybe"})).status == 400
    assert (await served.client.post(url, json=["confirmed"])).status == 400
    assert (await served.client.post(url, json={"decision": "confirmed", "note": "x" * 5000})).status in (400, 413)
    assert (await served.client.post(url, data=b"\xff\xfe",
                                     headers={"Content-Type": "application/json"})).status == 400
    served.fail_submit = True
    response = await served.client.post(url, json={"decision": "dismissed"})
    assert response.status == 503
    assert served.store.review_for(alert_id) is None  # not shown as recorded when it was not stored
    assert served.submitted == []


async def test_token_protection(serve) -> None:
    served = await serve(_settings(dashboard_token="tok-123"))
    client = served.client
    for path in ("/dashboard/", "/api/alerts", "/api/stats", f"/api/alerts/{_alert_id(served.store, 'en-1')}"):
        response = await client.get(path)
        assert response.status == 401, path
    assert (await client.get("/api/stats", headers={"Authorization": "Bearer wrong"})).status == 401
    assert (await client.get("/api/stats", headers={"Authorization": "Bearer tok-123"})).status == 200
    assert (await client.get("/health")).status == 200
    assert (await client.get("/metrics")).status == 200
    assert (await client.get("/dashboard/?token=wrong")).status == 401

    response = await client.get("/dashboard/?token=tok-123&lang=ar", allow_redirects=False)
    assert response.status == 303
    assert response.headers["Location"] == "/dashboard/?lang=ar"  # the token leaves the URL
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    # The client's cookie jar now holds the token: the page and the API work without a header.
    assert (await client.get("/dashboard/?lang=ar")).status == 200
    assert (await client.get("/api/stats")).status == 200


async def test_non_loopback_bind_without_token_fails_closed(serve) -> None:
    served = await serve(_settings(web_host="0.0.0.0"))
    assert (await served.client.get("/api/alerts", headers={"Authorization": "Bearer "})).status == 401
    assert (await served.client.get("/dashboard/?token=")).status == 401
    assert (await served.client.get("/health")).status == 200


async def test_health_follows_readiness(serve) -> None:
    state = {"ready": False}
    served = await serve(ready=lambda: state["ready"])
    response = await served.client.get("/health")
    assert response.status == 503 and (await response.json())["status"] == "starting"
    state["ready"] = True
    response = await served.client.get("/health")
    assert response.status == 200 and await response.json() == {"status": "ok"}


async def test_static_assets(serve) -> None:
    served = await serve()
    script = await served.client.get("/dashboard/static/app.js")
    assert script.status == 200 and script.content_type == "text/javascript"
    assert "textContent" in await script.text() and "innerHTML" not in await script.text()
    assert (await served.client.get("/dashboard/static/style.css")).content_type == "text/css"
    assert (await served.client.get("/dashboard/static/other.js")).status == 404
