"""The SDK's Bot Framework authentication with its network calls taken off the event loop.

Incoming tokens are checked by channel_tokens.py (keys fetched over aiohttp with a
deadline, cached) instead of the SDK's validation, which fetches the keys with a blocking
`requests.get`; every connector client the SDK's factory (or the speed layer's cache)
hands out gets its token from access_tokens.py before the turn signs a request with it.
Always on, with or without the speed layer (LVS_STOCK_SDK): it is a security fix, not a
speed-up. Without an app id (local development) the SDK's anonymous path is used as is.
"""

from __future__ import annotations

from typing import Any

from botbuilder.schema import Activity, CallerIdConstants
from botframework.connector import ConnectorClient
from botframework.connector.auth import (
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from botframework.connector.auth.authenticate_request_result import AuthenticateRequestResult

from bot.teams.access_tokens import AccessTokens
from bot.teams.channel_tokens import ChannelTokens


class PreparedConnectorFactory(ConnectorFactory):  # type: ignore[misc]
    def __init__(self, inner: ConnectorFactory, tokens: AccessTokens) -> None:
        self._inner, self._tokens = inner, tokens

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        client = await self._inner.create(service_url, audience)
        await self._tokens.prepare(client.config.credentials)
        return client


class VerifiedAuthentication(BotFrameworkAuthentication):  # type: ignore[misc]
    def __init__(self, inner: BotFrameworkAuthentication, channel_tokens: ChannelTokens | None,
                 access_tokens: AccessTokens) -> None:
        self.inner = inner
        self._channel_tokens = channel_tokens  # None: local development, no authentication
        self._access_tokens = access_tokens

    async def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            await close()

    async def authenticate_request(self, activity: Activity,
                                   auth_header: str) -> AuthenticateRequestResult:
        if self._channel_tokens is None:
            result = await self.inner.authenticate_request(activity, auth_header)
        else:
            result = await self._channel_request(activity, auth_header, self._channel_tokens)
        if result.connector_factory is not None:
            result.connector_factory = PreparedConnectorFactory(result.connector_factory,
                                                                self._access_tokens)
        return result

    async def _channel_request(self, activity: Activity, auth_header: str,
                               tokens: ChannelTokens) -> AuthenticateRequestResult:
        """What the SDK's public-cloud authentication returns for a channel's request;
        raises Unauthorized (401) or KeysUnavailable (503) instead."""
        claims = await tokens.identity(auth_header or "", activity.channel_id,
                                       activity.service_url)
        result = AuthenticateRequestResult()
        result.claims_identity = claims
        result.audience = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
        result.caller_id = CallerIdConstants.public_azure_channel
        result.connector_factory = self.inner.create_connector_factory(claims)
        return result

    async def authenticate_streaming_request(self, auth_header: str,
                                             channel_id_header: str) -> AuthenticateRequestResult:
        if self._channel_tokens is not None:
            raise PermissionError("streaming requests are not accepted")
        return await self.inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return PreparedConnectorFactory(self.inner.create_connector_factory(claims_identity),
                                        self._access_tokens)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        return await self.inner.create_user_token_client(claims_identity)

    def create_bot_framework_client(self) -> Any:
        return self.inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return str(self.inner.get_originating_audience())

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        if self._channel_tokens is not None:
            raise PermissionError("skill requests are not accepted")
        return await self.inner.authenticate_channel_request(auth_header)
