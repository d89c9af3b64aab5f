"""The Bot Framework's side of production mode, on loopback: an OpenID metadata document
and its signing keys (an RSA key made for the test), tokens signed with it, and Entra ID's
token endpoint for the bot's own replies. Production-mode tests run offline with these."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from bot.settings import Settings
from tests.support import teams
from tests.support.bot import settings_for
from tests.support.servers import serve

APP_ID = "00000000-0000-0000-0000-00000000b075"
ISSUER = "https://api.botframework.com"
KEY_ID = "test-key-1"


@dataclass
class BotFrameworkKeys:
    """The metadata server's state: its key, the channels the key endorses, what was asked."""

    url: str = ""
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048))
    endorsements: tuple[str, ...] = ("msteams",)
    requests: int = 0

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    def token(self, service_url: str, *, headers: dict[str, Any] | None = None,
              **claims: Any) -> str:
        """A channel token as the Bot Framework signs it; keyword arguments change claims
        (None removes one)."""
        now = int(time.time())
        body: dict[str, Any] = {"iss": ISSUER, "aud": APP_ID, "serviceurl": service_url,
                                "nbf": now - 60, "exp": now + 3600, **claims}
        body = {name: value for name, value in body.items() if value is not None}
        return jwt.encode(body, self.key, algorithm="RS256",
                          headers={"kid": KEY_ID, **(headers or {})})

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/v1/.well-known/openidconfiguration", self._metadata)
        app.router.add_get("/v1/.well-known/keys", self._keys)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._access_token)
        return app

    async def _metadata(self, _request: web.Request) -> web.Response:
        self.requests += 1
        return web.json_response({"issuer": ISSUER, "jwks_uri": f"{self.url}/v1/.well-known/keys",
                                  "id_token_signing_alg_values_supported": ["RS256"]})

    async def _keys(self, _request: web.Request) -> web.Response:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.key.public_key()))
        return web.json_response({"keys": [{**jwk, "kid": KEY_ID, "use": "sig",
                                            "endorsements": list(self.endorsements)}]})

    async def _access_token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("client_id") != APP_ID or form.get("grant_type") != "client_credentials":
            return web.json_response({"error": "invalid_client"}, status=401)
        return web.json_response({"token_type": "Bearer", "expires_in": 3599,
                                  "access_token": "bot-token-for-the-connector"})


@asynccontextmanager
async def bot_framework() -> AsyncIterator[BotFrameworkKeys]:
    keys = BotFrameworkKeys()
    async with serve(keys.app()) as url:
        keys.url = url
        yield keys


def production_settings(database_url: str, keys_url: str, **overrides: Any) -> Settings:
    """An app id, the school's tenant, and the Bot Framework's endpoints on loopback."""
    base = settings_for(database_url, app_id=APP_ID, app_password="secret",
                        tenant_id=teams.TENANT)
    endpoints = {"openid_metadata_url": f"{keys_url}/v1/.well-known/openidconfiguration",
                 "login_url": keys_url}
    return replace(base, **{**endpoints, **overrides})


@asynccontextmanager
async def silent_server() -> AsyncIterator[str]:
    """A loopback server that accepts connections and never answers (a stuck proxy)."""
    hung: list[asyncio.StreamWriter] = []

    async def never_answer(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        hung.append(writer)

    server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        for writer in hung:
            writer.close()
        server.close()
        await server.wait_closed()
