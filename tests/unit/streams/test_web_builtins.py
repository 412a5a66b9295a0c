"""Faust's built-in web endpoints `/router/...` (cluster layout) and `/table/...` (table contents: article ids,
outlets, claim text, URLs) have no authentication, while the dashboard and /api/* need the bearer token. The
worker's app serves neither (issue 15, finding 4): with a token set, they answer 404 with or without it, while
/api/* answers 401 without the token. A plain Faust app, as a control, serves them to anyone."""

from __future__ import annotations

from collections.abc import AsyncIterator

import faust
import pytest
from aiohttp.test_utils import TestClient, TestServer

from factstream.settings import Settings
from streams.app import build_app

TOKEN = "s3cret-newsroom-token"
BUILTIN_PATHS = [
    "/table/",
    "/table/observations/",
    "/table/observations/global_coalition_against_daesh|member_count|2014-09/",
    "/table/alerted/",
    "/router/",
    "/router/observations/key/",
]


async def served(app: faust.App) -> TestClient:
    app.web.init_server()  # what the worker does at start: Faust's blueprints, then our views
    client = TestClient(TestServer(app.web.web_app, host="127.0.0.1"))
    await client.start_server()
    return client


@pytest.fixture()
async def worker_web() -> AsyncIterator[TestClient]:
    settings = Settings(_env_file=None, dashboard_token=TOKEN)
    client = await served(build_app(settings, sinks=[]))
    yield client
    await client.close()


async def test_faust_table_and_router_endpoints_are_not_served_by_the_worker(worker_web):
    for path in BUILTIN_PATHS:
        anonymous = await worker_web.get(path)
        assert anonymous.status == 404, (path, anonymous.status, await anonymous.text())
        with_token = await worker_web.get(path, headers={"Authorization": f"Bearer {TOKEN}"})
        assert with_token.status == 404, path


async def test_the_api_still_requires_the_token_and_accepts_it(worker_web):
    assert (await worker_web.get("/api/alerts")).status == 401
    assert (await worker_web.get("/api/alerts", headers={"Authorization": f"Bearer {TOKEN}"})).status == 200


async def test_a_plain_faust_app_serves_them_to_anyone():
    # The control: what the worker served before the settings were switched off.
    app = faust.App("factstream-web-control", broker="kafka://127.0.0.1:1", autodiscover=False)
    app.Table("observations", default=None)
    client = await served(app)
    try:
        assert (await client.get("/router/")).status == 200
        assert (await client.get("/table/")).status == 200
    finally:
        await client.close()
