"""Incoming Bot Framework tokens, checked without the SDK's blocking key fetch.

The SDK fetches the Bot Framework's OpenID metadata and signing keys with `requests.get` on
the event loop and without a timeout: one forged token behind a proxy that never answers
stalls every turn and /healthz. Here the keys are fetched over aiohttp with a deadline,
once for all waiting requests, cached for a day and fetched again (at most every
5 minutes) when a token names a key id we do not know.

A token is accepted only when it is RS256, names a key the metadata lists, that key
endorses the activity's channel, and its issuer, audience (our app id), lifetime and
`serviceurl` claim (the connector the activity names) are right. Only channel tokens are
accepted: no Emulator tokens in production.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt
from botframework.connector.auth import AuthenticationConstants, ClaimsIdentity

ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
METADATA_URL = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
FETCH_SECONDS = 5.0  # Teams resends after ~15 s: answer 503 well before that
KEEP_SECONDS = 24 * 3600.0
UNKNOWN_KID_PAUSE = 300.0  # random key ids must not make us fetch on every request
CLOCK_SKEW = 300


class Unauthorized(Exception):
    """The request's token is missing or wrong: 401. The message says why, for the log."""


class KeysUnavailable(Exception):
    """The signing keys could not be had in time: 503, Teams tries again."""


@dataclass(frozen=True)
class SigningKey:
    key: Any
    endorsements: frozenset[str]


class SigningKeys:
    """The Bot Framework's signing keys by key id, fetched off the request path's way."""

    def __init__(self, metadata_url: str = "", timeout: float = FETCH_SECONDS) -> None:
        self._url = metadata_url or METADATA_URL
        self._timeout = timeout
        self._keys: dict[str, SigningKey] = {}
        self._fetched_at: float | None = None
        self._fetching: asyncio.Task[dict[str, SigningKey]] | None = None

    async def key(self, kid: str) -> SigningKey | None:
        now = time.monotonic()
        stale = self._fetched_at is None or now - self._fetched_at > KEEP_SECONDS
        unknown = kid not in self._keys and (
            self._fetched_at is None or now - self._fetched_at > UNKNOWN_KID_PAUSE)
        if stale or unknown:
            await self._refresh()
        return self._keys.get(kid)

    async def _refresh(self) -> None:
        if self._fetching is None or self._fetching.done():
            self._fetching = asyncio.get_running_loop().create_task(self._fetch())
        try:
            # shield: a request that gives up does not cancel the fetch others wait for
            self._keys = await asyncio.shield(self._fetching)
        except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, TypeError) as error:
            if self._keys and self._fetched_at is not None:
                return  # keep using the keys we have; try again on the next request
            raise KeysUnavailable(type(error).__name__) from None
        self._fetched_at = time.monotonic()

    async def _fetch(self) -> dict[str, SigningKey]:
        timeout = aiohttp.ClientTimeout(total=self._timeout)
        async with aiohttp.ClientSession(timeout=timeout, trust_env=True) as http:
            async with http.get(self._url) as answer:
                answer.raise_for_status()
                metadata = await answer.json(content_type=None)
            async with http.get(metadata["jwks_uri"]) as answer:
                answer.raise_for_status()
                listed = (await answer.json(content_type=None))["keys"]
        return {entry["kid"]: SigningKey(jwt.PyJWK(entry, "RS256").key,
                                         frozenset(entry.get("endorsements") or ()))
                for entry in listed if isinstance(entry, dict) and entry.get("kid")}


class ChannelTokens:
    def __init__(self, app_id: str, keys: SigningKeys) -> None:
        self._app_id = app_id
        self._keys = keys

    async def identity(self, auth_header: str, channel_id: str | None,
                       service_url: str | None) -> ClaimsIdentity:
        scheme, _, token = auth_header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("no bearer token")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise Unauthorized("not a JWT") from None
        if header.get("alg") != "RS256":
            raise Unauthorized(f"algorithm {str(header.get('alg'))[:10]!r} refused")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise Unauthorized("no key id")
        key = await self._keys.key(kid)
        if key is None:
            raise Unauthorized("unknown key id")
        if not channel_id or channel_id not in key.endorsements:
            raise Unauthorized("the key does not endorse this channel")
        claims = self._claims(token, key)
        if not service_url or claims.get("serviceurl") != service_url:
            raise Unauthorized("the token is for another serviceUrl")
        return ClaimsIdentity(claims, True)

    def _claims(self, token: str, key: SigningKey) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token, key.key, algorithms=["RS256"], audience=self._app_id, issuer=ISSUER,
                leeway=CLOCK_SKEW, options={"require": ["iss", "aud", "exp"]})
        except jwt.PyJWTError as error:
            raise Unauthorized(f"token refused: {type(error).__name__}") from None
        return claims
