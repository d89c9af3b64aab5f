"""With an app id, every request needs a valid Bot Framework token: signed with a key from
the Bot Framework's OpenID metadata (served on loopback here, with a key made for the test),
for this app, from the connector the activity names. Anything else is a 401 (or a 400 for a
malformed body), logged in one line, never a 500; keys that cannot be fetched are a quick
503 while the bot keeps answering everything else."""

from __future__ import annotations

import asyncio
import json
import logging
import time

import jwt
import pytest

from tests.support import teams
from tests.support.bot import BotClient, running_bot
from tests.support.bot_framework import (
    APP_ID,
    BotFrameworkKeys,
    bot_framework,
    production_settings,
    silent_server,
)
from tests.support.school import MENTOR


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_a_token_signed_by_the_bot_framework_gets_an_answer(school_url: str) -> None:
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        activity = teams.message(MENTOR, client.connector.url, "help")
        response = await client.post(activity, **bearer(keys.token(client.connector.url)))
        assert response.status in (200, 201)
        [reply] = client.connector.take()
        assert "Dit kun je mij vragen" in reply.text
        assert reply.authorization == "Bearer bot-token-for-the-connector"


async def test_a_request_without_a_token_gets_401_and_no_reply(school_url: str) -> None:
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        response = await client.post(teams.message(MENTOR, client.connector.url, "help"))
        assert response.status == 401
        forged = await client.post(teams.message(MENTOR, client.connector.url, "help"),
                                   Authorization="Bearer not-a-jwt")
        assert forged.status == 401
        assert client.connector.sent == []


def _refused_tokens(keys: BotFrameworkKeys, service_url: str) -> dict[str, str]:
    other_key = BotFrameworkKeys()
    return {
        "no iss": keys.token(service_url, iss=None),
        "another issuer": keys.token(service_url, iss="https://evil.example"),
        "no kid": jwt.encode({"iss": "https://api.botframework.com", "aud": APP_ID,
                              "serviceurl": service_url, "exp": int(time.time()) + 600},
                             keys.key, algorithm="RS256"),
        "unknown kid": keys.token(service_url, headers={"kid": "not-a-key-of-theirs"}),
        "another key": other_key.token(service_url),
        "HS256": jwt.encode({"iss": "https://api.botframework.com", "aud": APP_ID,
                             "serviceurl": service_url}, "a-guessed-key-long-enough-for-hs256",
                            algorithm="HS256", headers={"kid": "test-key-1"}),
        "another app": keys.token(service_url, aud="another-app-id"),
        "expired": keys.token(service_url, exp=int(time.time()) - 3600),
        "another connector": keys.token("https://evil.example/connector"),
    }


async def test_forged_tokens_get_401_logged_in_one_line(
    school_url: str, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        for case, token in _refused_tokens(keys, client.connector.url).items():
            caplog.clear()
            response = await client.post(teams.message(MENTOR, client.connector.url, "help"),
                                         **bearer(token))
            assert response.status == 401, case
            assert_one_line(caplog, case)
        caplog.clear()  # a valid token, for a channel its key does not endorse
        webchat = {**teams.message(MENTOR, client.connector.url, "help"), "channelId": "webchat"}
        response = await client.post(webchat, **bearer(keys.token(client.connector.url)))
        assert response.status == 401
        assert_one_line(caplog, "endorsement")
        assert client.connector.sent == []


async def test_deeply_nested_json_gets_400_logged_in_one_line(
    school_url: str, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    nested = '{"type": "message", "value": ' + "[" * 100_000 + "]" * 100_000 + "}"
    async with bot_framework() as keys, \
            running_bot(production_settings(school_url, keys.url)) as client:
        for body in (nested, json.dumps({"type": "message", "value": _nest(900)})):
            caplog.clear()
            async with client.http.post(f"{client.url}/api/messages", data=body.encode(),
                                        headers={"Content-Type": "application/json",
                                                 **bearer(keys.token(client.connector.url))}
                                        ) as response:
                assert response.status in (400, 401)
            assert_one_line(caplog, "nested")
        [reply] = await answered(client, keys, "help")
        assert "Dit kun je mij vragen" in reply


@pytest.mark.parametrize("stalled", ["keys", "login"])
async def test_what_cannot_be_fetched_gives_a_quick_503_and_healthz_keeps_answering(
    school_url: str, monkeypatch: pytest.MonkeyPatch, stalled: str,
) -> None:
    """The Bot Framework's metadata (or Entra ID's token endpoint, for the bot's reply)
    behind a proxy that never answers."""
    async with silent_server() as stuck, bot_framework() as keys:
        monkeypatch.setenv("HTTPS_PROXY", stuck)
        monkeypatch.setenv("HTTP_PROXY", stuck)
        monkeypatch.setenv("NO_PROXY", "")
        endpoint = {"keys": {"openid_metadata_url": f"{stuck}/v1/openid"},
                    "login": {"login_url": stuck}}[stalled]
        settings = production_settings(school_url, keys.url, **endpoint)
        async with running_bot(settings) as client:
            request = asyncio.create_task(client.post(
                teams.message(MENTOR, client.connector.url, "help"),
                **bearer(keys.token(client.connector.url))))
            slowest = 0.0
            while not request.done():
                started = time.perf_counter()
                async with client.http.get(f"{client.url}/healthz") as health:
                    assert health.status == 200
                slowest = max(slowest, time.perf_counter() - started)
                await asyncio.sleep(0.1)
            response = await request
        assert response.status == 503
        assert slowest < 1.0, slowest
        assert client.connector.sent == []


async def answered(client: BotClient, keys: BotFrameworkKeys, text: str) -> list[str]:
    client.connector.take()
    response = await client.post(teams.message(MENTOR, client.connector.url, text),
                                 **bearer(keys.token(client.connector.url)))
    assert response.status in (200, 201)
    return [sent.text for sent in client.connector.take()]


def _nest(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


def assert_one_line(caplog: pytest.LogCaptureFixture, case: str) -> None:
    """The refusal is one log line, without a traceback; nothing is logged as an error."""
    lines = [r for r in caplog.records
             if r.name.startswith("bot.") or r.name in ("aiohttp.server", "aiohttp.web")]
    assert len(lines) == 1, (case, [r.getMessage() for r in lines])
    assert lines[0].exc_info is None and "\n" not in lines[0].getMessage(), case
    assert lines[0].levelno < logging.ERROR, case
