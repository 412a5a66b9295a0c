"""The dashboard's HTTP handlers, as plain aiohttp handlers over an AlertStore.

The worker serves them as Faust web views (streams/web.py wraps each one); tests and tools can serve the
same handlers from a bare aiohttp application (`make_app`). Faust is not imported here.

Routes (see ROUTES): GET /dashboard/, GET /api/alerts, GET /api/alerts/{alert_id},
POST /api/alerts/{alert_id}/review, GET /api/stats, GET /api/claimreview/{alert_id}, GET /metrics,
GET /health, and the page's own script and stylesheet under /dashboard/static/.

Access (alerts.access): when settings.dashboard_requires_token(), the dashboard and the API need a reviewer's
token (FACTSTREAM_DASHBOARD_TOKENS_FILE) or the shared one (FACTSTREAM_DASHBOARD_TOKEN), as
`Authorization: Bearer <token>` or as the `token` cookie that visiting /dashboard/?token=<token> sets
(HttpOnly, SameSite=Strict). Without a token (loopback only), they answer loopback Host names only (403
otherwise: DNS rebinding). /health, /metrics and the static files are open. With protection on and no
token configured, everything protected is refused: the server fails closed. A review is recorded under
the reviewer the credential names; a body that names its own reviewer is refused.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from alerts.access import TOKEN_COOKIE, Access
from alerts.claimreview import claim_review, claim_review_json, claim_review_url
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

MAX_REVIEW_BODY = 16 * 1024
MAX_LIMIT = 500
DEFAULT_LIMIT = 50

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


def parse_review(alert: Alert, payload: Any, reviewer: str) -> Review:
    """The Review a POST body asks for: {"decision": "confirmed"|"dismissed", "note"?}, by `reviewer`
    (who the request's credential names)."""
    if not isinstance(payload, dict):
        raise BadRequest("the body must be a JSON object")
    if "reviewer" in payload:
        raise BadRequest("do not send a reviewer: reviews are recorded under the reviewer your token names")
    decision = payload.get("decision")
    if decision not in ("confirmed", "dismissed"):
        raise BadRequest('decision must be "confirmed" or "dismissed"')
    note = payload.get("note")
    if note is not None and not isinstance(note, str):
        raise BadRequest("note must be a string")
    if note is not None and len(note) > 4000:
        raise BadRequest("note is longer than 4000 characters")
    return Review(
        alert_id=alert.alert_id,
        decision=decision,
        note=(note or "").strip() or None,
        reviewer=reviewer,
        checker=checker_of(alert),
    )


def decode_review_body(raw: bytes) -> Any:
    """The parsed JSON of a review body; BadRequest for bytes that are not UTF-8 JSON, or nest so deep
    that the parser gives up (a body of 16,000 brackets is a bad request, not a server error)."""
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadRequest("the body is not valid UTF-8 JSON") from None
    except RecursionError:
        raise BadRequest("the body nests too deeply") from None


def alert_json(alert: Alert, history: list[Review]) -> dict[str, Any]:
    """An alert with `review` (the latest, which precision counts) and `reviews` (all, oldest first)."""
    data = alert.model_dump(mode="json")
    data["review"] = history[-1].model_dump(mode="json") if history else None
    data["reviews"] = [review.model_dump(mode="json") for review in history]
    return data


def _api(handler: MethodHandler) -> MethodHandler:
    """The preamble every JSON API handler shares: a refused Host, 403; without a valid token, 401; a
    BadRequest raised on the way (a bad parameter or body, an unknown alert) becomes a JSON error."""

    @functools.wraps(handler)
    async def guarded(self: DashboardHandlers, request: web.Request) -> web.StreamResponse:
        refusal = self.refusal(request)
        if refusal is not None:
            return refusal
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
        self.access = Access(settings)  # a bad tokens file raises here, at start
        self.requires_token = self.access.requires_token
        self.public_url: str | None = getattr(settings, "public_url", None)
        claim_review_url(self.public_url, "check")  # a malformed public URL is a start-up error
        if self.requires_token and not self.access.has_credentials:
            log.warning(
                "the web server is bound to %s without FACTSTREAM_DASHBOARD_TOKEN or _TOKENS_FILE: "
                "dashboard and API refused", settings.web_host,
            )

    # --- access -----------------------------------------------------------------------------------
    def authorized(self, request: web.Request) -> bool:
        return self.refusal(request) is None

    def refusal(self, request: web.Request, html: bool = False) -> web.Response | None:
        """None when the request may go on; else the answer: 403 for a non-loopback Host on a server
        without a token, 401 without a valid credential."""
        if not self.access.host_allowed(request.headers.get("Host")):
            return self._wrong_host(html)
        if self.access.reviewer(request) is None:
            return self._unauthorized(html)
        return None

    def _wrong_host(self, html: bool) -> web.Response:
        message = (f"this server answers only http://127.0.0.1:{self.access.port}/ (or localhost, [::1]) "
                   "without a token: set FACTSTREAM_DASHBOARD_TOKEN to serve other host names")
        if html:
            page = render_message_page("Host not allowed", message)
            return web.Response(text=page, status=403, content_type="text/html", headers=SECURITY_HEADERS)
        return web.json_response({"error": message}, status=403, headers={**JSON_HEADERS, **SECURITY_HEADERS})

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
            if self.access.reviewer_for_token(request.query.get("token")) is None:
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
        refusal = self.refusal(request, html=True)
        if refusal is not None:
            return refusal
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
                "alerts": [alert_json(a, self.store.reviews_for(a.alert_id)) for a in alerts],
                "total": total,
                "offset": offset,
                "limit": limit,
            }
        )

    @_api
    async def get_alert(self, request: web.Request) -> web.StreamResponse:
        alert = self.requested_alert(request)
        return _json(alert_json(alert, self.store.reviews_for(alert.alert_id)))

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
        reviewer = self.access.reviewer(request)
        if reviewer is None:  # checked by @_api already; kept next to its use
            return self._unauthorized()
        review = parse_review(alert, decode_review_body(raw), reviewer)
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
        document = claim_review(alert, review, url=claim_review_url(self.public_url, alert_id))
        return web.Response(body=claim_review_json(document), content_type="application/ld+json",
                            charset="utf-8", headers=JSON_HEADERS)

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
