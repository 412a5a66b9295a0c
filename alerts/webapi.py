"""The dashboard's HTTP handlers, as plain aiohttp handlers over an AlertStore.

The worker serves them as Faust web views (streams/web.py wraps each one); tests and tools can serve the
same handlers from a bare aiohttp application (`make_app`). Faust is not imported here.

Routes (see ROUTES): GET /dashboard/, GET /api/alerts, GET /api/alerts/{alert_id},
POST /api/alerts/{alert_id}/review, GET /api/stats, GET /api/claimreview/{alert_id}, GET /metrics,
GET /health, and the page's own script and stylesheet under /dashboard/static/.

Access: when settings.dashboard_requires_token(), the dashboard and the API need the token, as
`Authorization: Bearer <token>` or as the `token` cookie that visiting /dashboard/?token=<token> sets
(HttpOnly, SameSite=Strict). /health, /metrics and the static files are open. With protection on and no
token configured, everything protected is refused: the server fails closed.
"""

from __future__ import annotations

import functools
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from alerts.claimreview import claim_review
from alerts.dashboard import (
    APP_JS,
    FILTER_NAMES,
    SECURITY_HEADERS,
    STATIC_PREFIX,
    STYLE_CSS,
    render_dashboard,
    render_message_page,
)
from alerts.store import AlertStore, checker_of
from factstream import metrics
from factstream.models import CLAIM_KINDS, VERDICT_STATUSES, Alert, Review

log = logging.getLogger("factstream.web")

TOKEN_COOKIE = "token"
MAX_REVIEW_BODY = 16 * 1024
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MAX_REVIEWER_LENGTH = 200

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
MethodHandler = Callable[["DashboardHandlers", web.Request], Awaitable[web.StreamResponse]]
JSON_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


class BadRequest(ValueError):
    """A request parameter or body that cannot be used; the message says why."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers=JSON_HEADERS)


def _error(message: str, status: int) -> web.Response:
    return _json({"error": message}, status=status)


def _int_param(query: Any, name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be an integer, got {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return value


def parse_filters(query: Any) -> dict[str, str | None]:
    """verdict / kind / lang / source from the query string; unknown verdicts and kinds are refused."""
    filters: dict[str, str | None] = {name: (query.get(name) or "").strip() or None for name in FILTER_NAMES}
    if filters["verdict"] and filters["verdict"] not in VERDICT_STATUSES:
        raise BadRequest(f"verdict must be one of {', '.join(VERDICT_STATUSES)}")
    if filters["kind"] and filters["kind"] not in CLAIM_KINDS:
        raise BadRequest(f"kind must be one of {', '.join(CLAIM_KINDS)}")
    if filters["lang"] and len(filters["lang"]) > 16:
        raise BadRequest("lang is too long")
    if filters["source"] and len(filters["source"]) > 300:
        raise BadRequest("source is too long")
    return filters


def parse_page(query: Any) -> tuple[int, int]:
    return (
        _int_param(query, "offset", 0, 0, 10_000_000),
        _int_param(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
    )


def parse_review(alert: Alert, payload: Any) -> Review:
    """The Review a POST body asks for: {"decision": "confirmed"|"dismissed", "note"?, "reviewer"?}."""
    if not isinstance(payload, dict):
        raise BadRequest("the body must be a JSON object")
    decision = payload.get("decision")
    if decision not in ("confirmed", "dismissed"):
        raise BadRequest('decision must be "confirmed" or "dismissed"')
    note = payload.get("note")
    if note is not None and not isinstance(note, str):
        raise BadRequest("note must be a string")
    if note is not None and len(note) > 4000:
        raise BadRequest("note is longer than 4000 characters")
    reviewer = payload.get("reviewer")
    if reviewer is not None and (not isinstance(reviewer, str) or len(reviewer) > MAX_REVIEWER_LENGTH):
        raise BadRequest(f"reviewer must be a string of at most {MAX_REVIEWER_LENGTH} characters")
    return Review(
        alert_id=alert.alert_id,
        decision=decision,
        note=(note or "").strip() or None,
        reviewer=(reviewer or "").strip() or None,
        checker=checker_of(alert),
    )


def alert_json(alert: Alert, review: Review | None) -> dict[str, Any]:
    data = alert.model_dump(mode="json")
    data["review"] = review.model_dump(mode="json") if review is not None else None
    return data


def _api(handler: MethodHandler) -> MethodHandler:
    """The preamble every JSON API handler shares: without a valid token, 401; a BadRequest raised on the
    way (a bad parameter or body, an unknown alert) becomes a JSON error with its status."""

    @functools.wraps(handler)
    async def guarded(self: DashboardHandlers, request: web.Request) -> web.StreamResponse:
        if not self.authorized(request):
            return self._unauthorized()
        try:
            return await handler(self, request)
        except BadRequest as exc:
            return _error(str(exc), exc.status)

    return guarded


class DashboardHandlers:
    """Every handler of the dashboard, the API, /metrics and /health, bound to one store."""

    def __init__(
        self,
        store: AlertStore,
        settings: Any,
        submit_review: Callable[[Review], Awaitable[None]],
        ready: Callable[[], bool] | None = None,
    ) -> None:
        self.store = store
        self.submit_review = submit_review
        self.ready = ready
        self.requires_token: bool = settings.dashboard_requires_token()
        self._token: str | None = settings.dashboard_token_value() if self.requires_token else None
        if self.requires_token and not self._token:
            log.warning(
                "the web server is bound to %s without FACTSTREAM_DASHBOARD_TOKEN: dashboard and API refused",
                settings.web_host,
            )

    # --- access -----------------------------------------------------------------------------------
    def token_matches(self, candidate: str | None) -> bool:
        if not self._token or not candidate:
            return False
        return hmac.compare_digest(candidate.encode("utf-8"), self._token.encode("utf-8"))

    def authorized(self, request: web.Request) -> bool:
        if not self.requires_token:
            return True
        header = request.headers.get("Authorization", "")
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() == "bearer" and self.token_matches(credentials.strip()):
            return True
        return self.token_matches(request.cookies.get(TOKEN_COOKIE))

    def _unauthorized(self, html: bool = False) -> web.Response:
        headers = {"WWW-Authenticate": 'Bearer realm="factstream"', **SECURITY_HEADERS}
        if html:
            page = render_message_page(
                "Token required",
                "Open /dashboard/?token=<your token> once, or send Authorization: Bearer <token>.",
            )
            return web.Response(text=page, status=401, content_type="text/html", headers=headers)
        return web.json_response({"error": "a valid bearer token is required"}, status=401, headers=headers)

    def requested_alert(self, request: web.Request) -> Alert:
        """The alert the route's {alert_id} names; BadRequest (404) when the store has none."""
        alert = self.store.get(request.match_info.get("alert_id", ""))
        if alert is None:
            raise BadRequest("no such alert", 404)
        return alert

    # --- pages ------------------------------------------------------------------------------------
    async def dashboard(self, request: web.Request) -> web.StreamResponse:
        if self.requires_token and "token" in request.query:
            if not self.token_matches(request.query.get("token")):
                return self._unauthorized(html=True)
            # Keep the token out of the address bar and history: set the cookie and drop it from the URL.
            rest = [(k, v) for k, v in request.query.items() if k != "token"]
            location = "/dashboard/" + (f"?{urlencode(rest)}" if rest else "")
            response = web.Response(status=303, headers={**SECURITY_HEADERS, "Location": location})
            response.set_cookie(
                TOKEN_COOKIE, request.query["token"], httponly=True, samesite="Strict", path="/",
                secure=request.secure,
            )
            return response
        if not self.authorized(request):
            return self._unauthorized(html=True)
        try:
            filters = parse_filters(request.query)
            offset, limit = parse_page(request.query)
        except BadRequest as exc:
            return web.Response(
                text=render_message_page("Bad request", str(exc)), status=exc.status,
                content_type="text/html", headers=SECURITY_HEADERS,
            )
        page = render_dashboard(self.store, filters, offset, limit)
        return web.Response(text=page, content_type="text/html", headers=SECURITY_HEADERS)

    async def static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info.get("name", "")
        files = {"app.js": (APP_JS, "text/javascript"), "style.css": (STYLE_CSS, "text/css")}
        if name not in files:
            return _error("not found", 404)
        text, content_type = files[name]
        headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "max-age=300"}
        return web.Response(text=text, content_type=content_type, headers=headers)

    # --- API --------------------------------------------------------------------------------------
    @_api
    async def list_alerts(self, request: web.Request) -> web.StreamResponse:
        filters = parse_filters(request.query)
        offset, limit = parse_page(request.query)
        alerts, total = self.store.search(**filters, offset=offset, limit=limit)
        return _json(
            {
                "alerts": [alert_json(a, self.store.review_for(a.alert_id)) for a in alerts],
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

    @_api
    async def get_alert(self, request: web.Request) -> web.StreamResponse:
        alert = self.requested_alert(request)
        return _json(alert_json(alert, self.store.review_for(alert.alert_id)))

    @_api
    async def review(self, request: web.Request) -> web.StreamResponse:
        alert = self.requested_alert(request)
        # JSON only: a cross-site HTML form cannot send it without a CORS preflight we never grant.
        if request.content_type != "application/json":
            return _error("send the review as application/json", 415)
        too_large = f"the body is larger than {MAX_REVIEW_BODY} bytes"
        if request.content_length is not None and request.content_length > MAX_REVIEW_BODY:
            return _error(too_large, 413)
        raw = await request.content.read(MAX_REVIEW_BODY + 1)
        if len(raw) > MAX_REVIEW_BODY:
            return _error(too_large, 413)
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return _error("the body is not valid UTF-8 JSON", 400)
        review = parse_review(alert, payload)
        try:
            await self.submit_review(review)
        except Exception as exc:  # the review must be durable before we say it is recorded
            log.warning("review of %s not stored: %r", alert.alert_id, exc)
            return _error("the review could not be stored; try again", 503)
        self.store.add_review(review)
        return _json(review.model_dump(mode="json"), status=201)

    @_api
    async def stats(self, request: web.Request) -> web.StreamResponse:
        return _json(self.store.stats())

    @_api
    async def claimreview(self, request: web.Request) -> web.StreamResponse:
        alert = self.requested_alert(request)
        alert_id = alert.alert_id
        review = self.store.review_for(alert_id)
        if review is None:
            return _error("this alert has not been reviewed: no ClaimReview yet", 404)
        url = f"{request.scheme}://{request.host}/api/claimreview/{alert_id}"
        document = claim_review(alert, review, url=url)
        return web.json_response(document, content_type="application/ld+json", headers=JSON_HEADERS)

    # --- operations -------------------------------------------------------------------------------
    async def metrics(self, request: web.Request) -> web.StreamResponse:
        return web.Response(body=generate_latest(metrics.REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def health(self, request: web.Request) -> web.StreamResponse:
        if self.ready is not None and not self.ready():
            return _json({"status": "starting"}, status=503)
        return _json({"status": "ok"})

    def routes(self) -> list[tuple[str, str, Handler]]:
        """(method, path, handler) for every route, with and without a trailing slash where both are
        natural to type."""
        return [
            ("GET", "/dashboard/", self.dashboard),
            ("GET", "/dashboard", self.dashboard),
            ("GET", STATIC_PREFIX + "{name}", self.static),
            ("GET", "/api/alerts", self.list_alerts),
            ("GET", "/api/alerts/", self.list_alerts),
            ("GET", "/api/alerts/{alert_id}", self.get_alert),
            ("POST", "/api/alerts/{alert_id}/review", self.review),
            ("GET", "/api/stats", self.stats),
            ("GET", "/api/stats/", self.stats),
            ("GET", "/api/claimreview/{alert_id}", self.claimreview),
            ("GET", "/metrics", self.metrics),
            ("GET", "/metrics/", self.metrics),
            ("GET", "/health", self.health),
            ("GET", "/health/", self.health),
        ]


def make_app(
    store: AlertStore,
    settings: Any,
    submit_review: Callable[[Review], Awaitable[None]],
    ready: Callable[[], bool] | None = None,
) -> web.Application:
    """A bare aiohttp application serving the same handlers (tests, tools) — the worker uses Faust views."""
    handlers = DashboardHandlers(store, settings, submit_review, ready)
    app = web.Application(client_max_size=MAX_REVIEW_BODY * 4)
    for method, path, handler in handlers.routes():
        app.router.add_route(method, path, handler)
    return app
