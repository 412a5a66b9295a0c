"""The worker's web views: the review dashboard, its JSON API, /metrics and /health, as Faust pages.

Each view is a thin wrapper over a handler of alerts.webapi.DashboardHandlers (plain aiohttp handlers,
tested without Kafka); Faust's aiohttp driver hands the views aiohttp requests and returns their responses.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import faust
from faust.web import View

from alerts.store import AlertStore
from alerts.webapi import DashboardHandlers, Handler
from factstream.models import Review
from factstream.settings import Settings


def _view_class(name: str, methods: dict[str, Handler]) -> type[View]:
    """A Faust View class whose get/post call our handlers (route parameters are read from the request)."""
    attributes: dict[str, Any] = {"__doc__": f"factstream web view {name}"}
    if "GET" in methods:
        get_handler = methods["GET"]

        async def get(self: View, request: Any, **_route: Any) -> Any:
            return await get_handler(request)

        attributes["get"] = get
    if "POST" in methods:
        post_handler = methods["POST"]

        async def post(self: View, request: Any, **_route: Any) -> Any:
            return await post_handler(request)

        attributes["post"] = post
    return type(name, (View,), attributes)


def register_views(
    app: faust.App,
    *,
    store: AlertStore,
    settings: Settings,
    submit_review: Callable[[Review], Awaitable[None]],
    ready: Callable[[], bool] | None = None,
) -> DashboardHandlers:
    """Register every route of the dashboard, API, /metrics and /health on the app's web server.

    submit_review must make the review durable (send it to the compacted `reviews` topic); the view also
    adds it to the store at once so the page shows it. ready, when given, drives /health (503 until true).
    """
    handlers = DashboardHandlers(store, settings, submit_review, ready)
    by_path: dict[str, dict[str, Handler]] = {}
    for method, path, handler in handlers.routes():
        by_path.setdefault(path, {})[method] = handler
    for index, (path, methods) in enumerate(by_path.items()):
        name = "factstream_" + "".join(ch if ch.isalnum() else "_" for ch in path).strip("_") + f"_{index}"
        app.page(path, name=name)(_view_class(name, methods))
    return handlers
