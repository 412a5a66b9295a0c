"""The dashboard, API, /metrics and /health, served both as the worker's Faust views and as a bare aiohttp
app (the same handlers), through a real HTTP client. No Kafka: the views are handed a store directly."""

from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import faust
import pytest
from aiohttp.test_utils import TestClient, TestServer

from alerts import AlertStore
from alerts.access import token_hash
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

    async def raw(self, request: bytes) -> bytes:
        """Send raw request bytes (headers aiohttp's client would refuse to build); the answer's bytes."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.client.port)
        writer.write(request)
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), 10)
        writer.close()
        return answer


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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

        # The server knows its own port (FACTSTREAM_WEB_PORT): it is part of the loopback Host names it accepts.
        port = _free_port()
        settings = (settings or _settings()).model_copy(update={"web_port": port})
        if request.param == "faust":
            app = faust.App("factstream-web-test", broker="kafka://127.0.0.1:1", autodiscover=False)
            register_views(app, store=store, settings=settings, submit_review=submit_review, ready=ready)
            web_app = app.web.web_app
        else:
            web_app = make_app(store, settings, submit_review, ready)
        client = TestClient(TestServer(web_app, host="127.0.0.1", port=port))
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
    assert served.submitted[0].reviewer == "local"  # no token on loopback: the local reviewer

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


# --- issue 15: who reviews, which Host, hostile bytes ----------------------------------------------------
AMAL, OMAR = "amal-7Qx-2b9e4f0d1c8a", "omar-K2p-5d3a9e7f1b2c"


def _tokens_file(tmp_path) -> Any:
    path = tmp_path / "reviewers.txt"
    path.write_text(f"Amal Haddad {token_hash(AMAL)}\nOmar {token_hash(OMAR)}\n", encoding="utf-8")
    return path


async def test_each_reviewer_is_named_by_their_token_and_reviews_are_history(serve, tmp_path) -> None:
    served = await serve(_settings(dashboard_tokens_file=_tokens_file(tmp_path), dashboard_token="shared-tok"))
    alert_id = _alert_id(served.store, "en-1")
    url = f"/api/alerts/{alert_id}/review"
    as_amal, as_omar = {"Authorization": f"Bearer {AMAL}"}, {"Authorization": f"Bearer {OMAR}"}
    # The body cannot choose who reviewed.
    response = await served.client.post(url, json={"decision": "confirmed", "reviewer": "Editor-in-Chief (verified)"},
                                        headers=as_amal)
    assert response.status == 400 and "token" in (await response.json())["error"]
    assert (await served.client.post(url, json={"decision": "confirmed"})).status == 401

    first = await served.client.post(url, json={"decision": "confirmed", "note": "matches the list"}, headers=as_amal)
    assert first.status == 201 and (await first.json())["reviewer"] == "Amal Haddad"
    second = await served.client.post(url, json={"decision": "dismissed", "note": "list revised"}, headers=as_omar)
    assert second.status == 201
    shared = await served.client.post(url, json={"decision": "dismissed"},
                                      headers={"Authorization": "Bearer shared-tok"})
    assert shared.status == 201 and (await shared.json())["reviewer"] == "editor"
    assert [r.reviewer for r in served.submitted] == ["Amal Haddad", "Omar", "editor"]

    detail = await (await served.client.get(f"/api/alerts/{alert_id}", headers=as_amal)).json()
    assert [(r["reviewer"], r["decision"]) for r in detail["reviews"]] == [
        ("Amal Haddad", "confirmed"), ("Omar", "dismissed"), ("editor", "dismissed")]
    assert detail["review"]["reviewer"] == "editor"  # the latest is the one that counts
    stats = await (await served.client.get("/api/stats", headers=as_omar)).json()
    assert stats["precision"]["count"] == {"confirmed": 0, "dismissed": 1, "reviewed": 1, "precision": 0.0}
    page = await (await served.client.get("/dashboard/", headers=as_omar)).text()
    assert "by Amal Haddad" in page and "by Omar" in page and "by editor" in page
    assert "matches the list" in page and "2 earlier reviews" in page
    assert "Editor-in-Chief" not in page


async def test_without_a_token_only_loopback_host_names_are_answered(serve) -> None:
    served = await serve()
    port = served.client.port
    alert_id = _alert_id(served.store, "en-1")
    rebinding = {"Host": f"attacker.example:{port}"}
    for method, path in (("GET", "/api/alerts"), ("GET", "/dashboard/"), ("GET", "/api/stats"),
                         ("POST", f"/api/alerts/{alert_id}/review")):
        response = await served.client.request(method, path, headers=rebinding, json={"decision": "confirmed"})
        assert response.status == 403, path
    assert served.submitted == []
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert (await served.client.get("/api/stats", headers={"Host": host})).status == 200, host
    assert (await served.client.get("/api/stats", headers={"Host": f"localhost:{port + 1}"})).status == 403
    assert (await served.client.get("/health", headers=rebinding)).status == 200  # open endpoints stay open


async def test_with_a_token_any_host_name_is_fine(serve) -> None:
    served = await serve(_settings(dashboard_token="tok-123"))
    response = await served.client.get("/api/stats", headers={"Host": "factcheck.example.org",
                                                              "Authorization": "Bearer tok-123"})
    assert response.status == 200


@pytest.mark.parametrize("header", [b"Authorization: Bearer \xff\xfe\xc3", b"Cookie: token=\xff\xfe\xc3"])
async def test_invalid_utf8_in_credentials_is_refused_not_a_server_error(serve, header: bytes) -> None:
    served = await serve(_settings(dashboard_token="tok-123"))
    answer = await served.raw(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header
                              + b"\r\nConnection: close\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 401"), answer[:80]


async def test_a_review_body_nested_16000_deep_is_a_bad_request(serve) -> None:
    served = await serve()
    alert_id = _alert_id(served.store, "en-1")
    url = f"/api/alerts/{alert_id}/review"
    for body in (b"[" * 16000,  # 16,000 deep, within the 16 KiB body limit
                 b'{"decision":"confirmed","note":' + b"[" * 8000 + b"]" * 8000 + b"}"):
        response = await served.client.post(url, data=body, headers={"Content-Type": "application/json"})
        assert response.status == 400 and "error" in await response.json()
    assert served.submitted == []


async def test_bidi_controls_are_shown_not_obeyed(serve) -> None:
    served = await serve()
    body = "Officials said the coalition was formed of \u202e47\u202c countries in 2014."
    served.store.add_alert(make_alert(article_id="bidi-1", body=body, text="47"))
    page = await (await served.client.get("/dashboard/")).text()
    assert "[U+202E]<mark>47</mark>[U+202C] countries" in page
    assert not any(ch in page for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200f")


async def test_claimreview_url_comes_from_the_public_url_and_the_json_is_script_safe(serve) -> None:
    served = await serve(_settings(dashboard_token="tok-123", public_url="https://factcheck.example.org/"))
    hostile = "Officials said </script><script>alert(1)</script> the coalition had 74 countries."
    served.store.add_alert(make_alert(article_id="cr-1", body=hostile, text="74 countries"))
    alert_id = _alert_id(served.store, "cr-1")
    auth = {"Authorization": "Bearer tok-123"}
    assert (await served.client.post(f"/api/alerts/{alert_id}/review", json={"decision": "confirmed"},
                                     headers=auth)).status == 201
    response = await served.client.get(f"/api/claimreview/{alert_id}", headers={**auth, "Host": "evil.example"})
    raw = await response.read()
    assert b"</script>" not in raw and b"\\u003c/script\\u003e" in raw
    document = await response.json(content_type=None)
    assert document["url"] == f"https://factcheck.example.org/api/claimreview/{alert_id}"
    assert "evil.example" not in raw.decode()
    assert "</script><script>" in document["claimReviewed"]  # the same text to a JSON parser


async def test_claimreview_has_no_url_without_a_public_url(serve) -> None:
    served = await serve()
    alert_id = _alert_id(served.store, "en-1")
    await served.client.post(f"/api/alerts/{alert_id}/review", json={"decision": "confirmed"})
    document = await (await served.client.get(f"/api/claimreview/{alert_id}")).json(content_type=None)
    assert "url" not in document and document["identifier"] == alert_id
