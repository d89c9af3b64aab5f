"""The bot's own access tokens for the Bot Connector, fetched off the event loop.

The SDK's credentials ask msal for a token inside msrest's synchronous request signing, on
the event loop and without a deadline: a login host that does not answer stalls every turn.
Here a connector client gets its token before the turn uses it (`prepare`, awaited when the
connector factory hands out the client): a client secret is exchanged over aiohttp with a
deadline (Entra ID's client-credentials grant, as msal does it); other credentials (a
managed identity) run the SDK's own call in a thread with a deadline. Tokens are cached
until five minutes before they expire; the credentials then only read the cache.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

LOGIN_URL = "https://login.microsoftonline.com"
FETCH_SECONDS = 5.0
RENEW_BEFORE = 300.0  # seconds before expiry
THREAD_TOKEN_SECONDS = 600.0  # a token from the SDK's own call: asked again after this


class TokensUnavailable(Exception):
    """No access token in time: the turn cannot answer (503), a prompt is tried later."""


@dataclass(frozen=True)
class _Token:
    value: str
    renew_at: float  # time.monotonic()


class AccessTokens:
    def __init__(self, login_url: str = "", timeout: float = FETCH_SECONDS) -> None:
        self._login = (login_url or LOGIN_URL).rstrip("/")
        self._timeout = timeout
        self._tokens: dict[tuple[str, str, str], _Token] = {}
        self._fetching: dict[tuple[str, str, str], asyncio.Task[_Token]] = {}

    async def prepare(self, credentials: Any) -> None:
        """Make sure `credentials` (the SDK's AppCredentials) can sign requests now."""
        app_id = getattr(credentials, "microsoft_app_id", None)
        if not app_id or not hasattr(credentials, "get_access_token"):
            return  # local development: anonymous, nothing to sign
        key = (app_id, str(getattr(credentials, "tenant", "")), _scope(credentials))
        if not hasattr(credentials, "sdk_get_access_token"):
            credentials.sdk_get_access_token = credentials.get_access_token
            credentials.get_access_token = lambda force_refresh=False: self._tokens[key].value
        token = self._tokens.get(key)
        if token is None or time.monotonic() >= token.renew_at:
            await self._fetch_once(key, credentials)

    async def _fetch_once(self, key: tuple[str, str, str], credentials: Any) -> None:
        task = self._fetching.get(key)
        if task is None or task.done():
            task = asyncio.get_running_loop().create_task(self._fetch(key, credentials))
            self._fetching[key] = task
        try:
            token = await asyncio.shield(task)
        except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, TypeError,
                PermissionError, OSError) as error:
            raise TokensUnavailable(type(error).__name__) from None
        self._tokens[key] = token

    async def _fetch(self, key: tuple[str, str, str], credentials: Any) -> _Token:
        secret = getattr(credentials, "microsoft_app_password", None)
        if secret:
            return await self._client_credentials(key, secret)
        return await self._in_thread(credentials.sdk_get_access_token)

    async def _client_credentials(self, key: tuple[str, str, str], secret: str) -> _Token:
        app_id, tenant, scope = key
        form = {"grant_type": "client_credentials", "client_id": app_id,
                "client_secret": secret, "scope": scope}
        timeout = aiohttp.ClientTimeout(total=self._timeout)
        async with aiohttp.ClientSession(timeout=timeout, trust_env=True) as http, \
                http.post(f"{self._login}/{tenant}/oauth2/v2.0/token", data=form) as answer:
            if answer.status != 200:
                raise PermissionError(f"token endpoint answered {answer.status}")
            body = await answer.json(content_type=None)
        lifetime = float(body.get("expires_in", 0))
        return _Token(str(body["access_token"]), time.monotonic() + lifetime - RENEW_BEFORE)

    async def _in_thread(self, get_token: Callable[[], str]) -> _Token:
        fetch: Awaitable[str] = asyncio.to_thread(get_token)
        value = await asyncio.wait_for(fetch, self._timeout)
        return _Token(value, time.monotonic() + THREAD_TOKEN_SECONDS)


def _scope(credentials: Any) -> str:
    scope = str(getattr(credentials, "oauth_scope", ""))
    return scope if scope.endswith("/.default") else f"{scope}/.default"
