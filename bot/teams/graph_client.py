"""Microsoft Graph, as far as the bot needs it: install the app for a user, find the chat.

The bot signs in with its own app credentials (client credentials for Graph's `.default`
scope; the tenant's admin grants TeamsAppInstallation.ReadWriteSelfForUser.All or
TeamsAppInstallation.ReadWriteForUser.All). Every call goes through aiohttp with a deadline,
so a Graph that does not answer holds up one delivery, never the event loop.
"""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.settings import GRAPH_SCOPE, GraphSettings

TIMEOUT = aiohttp.ClientTimeout(total=15)
EARLY_RENEWAL = 300.0  # seconds before a token expires that a new one is fetched


class GraphError(Exception):
    """Graph or its sign-in refused or failed. Shaped like an SDK error (`.response.status`,
    `.response.headers`), so the notifier's one rule decides: retry later, or give up."""

    def __init__(self, what: str, status: int | None, headers: Any = None) -> None:
        super().__init__(f"{what}: HTTP {status}" if status else what)
        self.response = SimpleNamespace(status=status, headers=dict(headers or {}))


class GraphClient:
    def __init__(self, config: GraphSettings) -> None:
        self._config = config
        self._token: tuple[str, float] | None = None  # (token, monotonic expiry)
        self._token_lock = asyncio.Lock()

    async def personal_chat_id(self, aad_object_id: str) -> str:
        """Install the app for the user (already installed is fine) and return the id of
        the user's chat with the bot."""
        user = f"{self._config.graph_url}/users/{quote(aad_object_id, safe='')}"
        async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
            headers = {"Authorization": f"Bearer {await self._access_token(http)}"}
            await self._install(http, user, headers)
            installation = await self._installation_id(http, user, headers)
            chat = await self._json(http, "GET", f"{user}/teamwork/installedApps/"
                                    f"{quote(installation, safe='')}/chat", headers)
        if not isinstance(chat.get("id"), str):
            raise GraphError("the installation has no chat", 404)
        return chat["id"]

    async def _install(self, http: aiohttp.ClientSession, user: str,
                       headers: dict[str, str]) -> None:
        bind = f"{self._config.graph_url}/appCatalogs/teamsApps/{self._config.catalog_app_id}"
        async with http.post(f"{user}/teamwork/installedApps", headers=headers,
                             json={"teamsApp@odata.bind": bind}) as response:
            if response.status != 409 and response.status >= 300:  # 409: installed before
                raise GraphError("installing the app", response.status, response.headers)

    async def _installation_id(self, http: aiohttp.ClientSession, user: str,
                               headers: dict[str, str]) -> str:
        query = {"$expand": "teamsApp",
                 "$filter": f"teamsApp/id eq '{self._config.catalog_app_id}'"}
        found = await self._json(http, "GET", f"{user}/teamwork/installedApps", headers,
                                 params=query)
        installations = found.get("value") or []
        if not installations or not isinstance(installations[0].get("id"), str):
            raise GraphError("the app is not installed for the user", 404)
        return str(installations[0]["id"])

    async def _json(self, http: aiohttp.ClientSession, method: str, url: str,
                    headers: dict[str, str], **options: Any) -> dict[str, Any]:
        async with http.request(method, url, headers=headers, **options) as response:
            if response.status >= 300:
                raise GraphError(f"{method} {url.rsplit('/', 1)[-1]}", response.status,
                                 response.headers)
            body = await response.json(content_type=None)
        return body if isinstance(body, dict) else {}

    async def _access_token(self, http: aiohttp.ClientSession) -> str:
        async with self._token_lock:  # concurrent deliveries share one sign-in
            if self._token is None or self._token[1] <= time.monotonic():
                self._token = await self._sign_in(http)
            return self._token[0]

    async def _sign_in(self, http: aiohttp.ClientSession) -> tuple[str, float]:
        form = {"grant_type": "client_credentials", "client_id": self._config.client_id,
                "client_secret": self._config.client_secret, "scope": GRAPH_SCOPE}
        async with http.post(self._config.token_url, data=form) as response:
            if response.status >= 300:
                # Wrong credentials or no consent: the admin must act; retried meanwhile.
                raise GraphError("signing in to Graph", 401, response.headers)
            body = await response.json(content_type=None)
        token, seconds = body.get("access_token"), body.get("expires_in", 3600)
        if not isinstance(token, str):
            raise GraphError("signing in to Graph: no token", 401)
        return token, time.monotonic() + max(0.0, float(seconds) - EARLY_RENEWAL)
