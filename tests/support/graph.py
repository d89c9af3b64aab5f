"""A fake Microsoft Graph (and its token endpoint) on loopback: installs the app for users,
answers the chat of each installation, and refuses on demand (403) as a tenant without
the admin's consent does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import web

from tests.support.servers import serve

CATALOG_ID = "1542629c-01b3-4a6d-8f76-1938b779e48d"
TOKEN = "graph-token-for-the-test"


@dataclass
class FakeGraph:
    url: str = ""
    installed: set[str] = field(default_factory=set)  # aad ids with the app
    installs: list[str] = field(default_factory=list)  # install requests that installed
    refused: set[str] = field(default_factory=set)  # aad ids Graph answers 403 for
    sign_ins: int = 0
    failures: list[int] = field(default_factory=list)  # statuses for the next requests

    @property
    def settings(self) -> dict[str, str]:
        return {"LVS_GRAPH_INSTALL": "on", "LVS_TEAMS_APP_CATALOG_ID": CATALOG_ID,
                "LVS_GRAPH_URL": f"{self.url}/v1.0", "LVS_GRAPH_TOKEN_URL": f"{self.url}/token",
                "LVS_GRAPH_CLIENT_ID": "graph-client", "LVS_GRAPH_CLIENT_SECRET": "secret"}

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/token", self._token)
        users = "/v1.0/users/{user}/teamwork/installedApps"
        app.router.add_post(users, self._install)
        app.router.add_get(users, self._installations)
        app.router.add_get(users + "/{installation}/chat", self._chat)
        return app

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if (form.get("grant_type"), form.get("client_id"), form.get("scope")) != (
                "client_credentials", "graph-client", "https://graph.microsoft.com/.default"):
            return web.json_response({"error": "invalid_request"}, status=400)
        self.sign_ins += 1
        return web.json_response({"token_type": "Bearer", "expires_in": 3599,
                                  "access_token": TOKEN})

    def _refusal(self, request: web.Request) -> web.Response | None:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            return web.json_response({"error": {"code": "InvalidAuthenticationToken"}},
                                     status=401)
        if self.failures:
            return web.json_response({"error": {"code": "ServiceUnavailable"}},
                                     status=self.failures.pop(0))
        if request.match_info["user"] in self.refused:
            return web.json_response({"error": {"code": "Forbidden"}}, status=403)
        return None

    async def _install(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        bind = (await request.json()).get("teamsApp@odata.bind", "")
        if bind != f"{self.url}/v1.0/appCatalogs/teamsApps/{CATALOG_ID}":
            return web.json_response({"error": {"code": "BadRequest"}}, status=400)
        user = request.match_info["user"]
        if user in self.installed:
            return web.json_response({"error": {"code": "Conflict"}}, status=409)
        self.installed.add(user)
        self.installs.append(user)
        return web.Response(status=201)

    async def _installations(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        user = request.match_info["user"]
        wanted = request.query.get("$filter") == f"teamsApp/id eq '{CATALOG_ID}'"
        found = [{"id": f"install-{user}"}] if wanted and user in self.installed else []
        return web.json_response({"value": found})

    async def _chat(self, request: web.Request) -> web.Response:
        refusal = self._refusal(request)
        if refusal is not None:
            return refusal
        user = request.match_info["user"]
        if request.match_info["installation"] != f"install-{user}":
            return web.json_response({"error": {"code": "NotFound"}}, status=404)
        return web.json_response({"id": chat_id(user)})


def chat_id(aad: str) -> str:
    return f"19:{aad}_lvsbot@unq.gbl.spaces"


@asynccontextmanager
async def running_graph() -> AsyncIterator[FakeGraph]:
    graph = FakeGraph()
    async with serve(graph.app()) as url:
        graph.url = url
        yield graph
