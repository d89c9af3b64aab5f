"""Connector clients reused across turns, instead of one new client per turn.

The SDK's CloudAdapter asks its BotFrameworkAuthentication for a connector factory on every
turn, and the factory builds a new ConnectorClient (with new credentials, a new msal app
and a new `requests` session: a new TCP connection, and with an app id a new token request)
for each one; the same goes for the user-token client. Both are safe to share: a client
holds only its base URL, its credentials (which fetch and refresh their token through msal
on every request) and a connection pool.

`CachingBotFrameworkAuthentication` wraps the SDK's authentication and hands out clients
cached per (app id, serviceUrl, audience). Authentication of incoming requests, the
credentials, the token handling and the serviceUrl replies go to are the SDK's own. Each new
client builds its request bodies with request_bodies.py and (optionally) posts them over
aiohttp (reply_sender.py), both in bot/sdk_fast/.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from botbuilder.schema import Activity
from botframework.connector import ConnectorClient
from botframework.connector.auth import (
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth.authenticate_request_result import AuthenticateRequestResult

from bot.sdk_fast.reply_sender import ConnectorHttp, send_posts_over_aiohttp
from bot.sdk_fast.request_bodies import serialize_bodies_fast

log = logging.getLogger(__name__)

MAX_CLIENTS = 64  # Teams uses a handful of serviceUrls; the bound guards against odd callers


class ClientCache:
    """A small LRU of clients. A client dropped from it is not closed: a turn may still use it."""

    def __init__(self, size: int = MAX_CLIENTS) -> None:
        self._size = size
        self._clients: OrderedDict[Hashable, Any] = OrderedDict()

    async def get(self, key: Hashable, create: Callable[[], Awaitable[Any]]) -> Any:
        client = self._clients.get(key)
        if client is None:
            client = await create()
            self._clients[key] = client
            if len(self._clients) > self._size:
                self._clients.popitem(last=False)
        self._clients.move_to_end(key)
        return client

    def __len__(self) -> int:
        return len(self._clients)

    async def close(self) -> None:
        clients, self._clients = list(self._clients.values()), OrderedDict()
        for client in clients:
            inner = getattr(client, "_client", None)  # msrest's ServiceClientAsync
            if inner is not None:
                await inner.__aexit__(None, None, None)


class CachingConnectorFactory(ConnectorFactory):  # type: ignore[misc]
    def __init__(self, inner: ConnectorFactory, app_id: str | None, cache: ClientCache,
                 http: ConnectorHttp | None, fast_bodies: bool, installed: Installed) -> None:
        self._inner = inner
        self._installed = installed
        self._app_id = app_id
        self._cache = cache
        self._http = http
        self._fast_bodies = fast_bodies

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        return await self._cache.get(("connector", self._app_id, service_url, audience),
                                     lambda: self._new(service_url, audience))

    async def _new(self, service_url: str, audience: str | None) -> ConnectorClient:
        client = await self._inner.create(service_url, audience)
        if self._fast_bodies:
            self._installed.record("request_bodies", serialize_bodies_fast(client))
        if self._http is not None:
            self._installed.record("reply_sender", send_posts_over_aiohttp(client, self._http))
        return client


class Installed(dict[str, bool]):
    """Whether each per-client fast path took on the latest new client; a refusal is logged
    (the client then works the stock way)."""

    def record(self, piece: str, installed: bool) -> None:
        if not installed and self.get(piece, True):
            log.warning("fast path %s did not install on a connector client; it runs the "
                        "SDK's own code (see bot/sdk_fast/__init__.py)", piece)
        self[piece] = installed


class CachingBotFrameworkAuthentication(BotFrameworkAuthentication):  # type: ignore[misc]
    """The SDK's authentication, with connector and user-token clients reused, and (unless
    switched off, as tests do to compare) request bodies built by request_bodies.py and
    replies posted over aiohttp (reply_sender.py)."""

    def __init__(self, inner: BotFrameworkAuthentication, *, aiohttp_posts: bool = True,
                 fast_bodies: bool = True):
        self._inner = inner
        self.clients = ClientCache()
        self.http = ConnectorHttp() if aiohttp_posts else None
        self.fast_bodies = fast_bodies
        self.installed = Installed()

    async def close(self) -> None:
        await self.clients.close()
        if self.http is not None:
            await self.http.close()

    async def authenticate_request(self, activity: Activity,
                                   auth_header: str) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = self._cached(result.connector_factory,
                                                    result.claims_identity)
        return result

    async def authenticate_streaming_request(self, auth_header: str,
                                             channel_id_header: str) -> AuthenticateRequestResult:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._cached(self._inner.create_connector_factory(claims_identity),
                            claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return await self.clients.get(("user-token", app_id_of(claims_identity)),
                                      lambda: self._inner.create_user_token_client(
                                          claims_identity))

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return str(self._inner.get_originating_audience())

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)

    def _cached(self, factory: ConnectorFactory,
                claims_identity: ClaimsIdentity | None) -> CachingConnectorFactory:
        return CachingConnectorFactory(factory, app_id_of(claims_identity), self.clients,
                                       self.http, self.fast_bodies, self.installed)


def app_id_of(claims_identity: ClaimsIdentity | None) -> str | None:
    """The app id the SDK derives its credentials from: the token's audience (channel) or
    appid (emulator) claim; None when unauthenticated (local development)."""
    if claims_identity is None:
        return None
    for claim in (AuthenticationConstants.AUDIENCE_CLAIM, AuthenticationConstants.APP_ID_CLAIM):
        value = claims_identity.get_claim_value(claim)
        if value is not None:
            return str(value)
    return None
