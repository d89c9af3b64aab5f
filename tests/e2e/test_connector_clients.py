"""Reused connector clients, aiohttp replies and bodies built without msrest behave as the
stock SDK does: same URL, same bytes, the Authorization header from the SDK's credentials,
errors surfaced the same way."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiohttp import web
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import (
    ActionTypes,
    Activity,
    Attachment,
    CardAction,
    ChannelAccount,
    ConversationAccount,
    InputHints,
    Mention,
    SuggestedActions,
    TextFormatTypes,
)
from botframework.connector.auth import (
    AuthenticationConstants,
    ClaimsIdentity,
    MicrosoftAppCredentials,
)
from botframework.connector.models import ErrorResponseException
from msrest.exceptions import ClientRequestError

from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication, ClientCache
from bot.sdk_fast.reply_sender import AiohttpPostSender
from bot.sdk_fast.request_bodies import FastBodySerializer
from bot.settings import Settings
from tests.support import teams
from tests.support.connector import FakeConnector, running_connector
from tests.support.school import MENTOR
from tests.support.servers import serve

APP_ID = "00000000-0000-0000-0000-00000000b075"
WITH_APP_ID = Settings(app_id=APP_ID, app_password="secret", tenant_id=teams.TENANT)
LOCAL = Settings()
FAST_AND_STOCK = pytest.mark.parametrize("fast", [True, False], ids=["aiohttp", "stock"])
TRANSPORT = {"Host", "Connection"}  # the port and keep-alive, not the request


@pytest.fixture
async def connector() -> AsyncIterator[FakeConnector]:
    async with running_connector() as connector:
        yield connector


@pytest.fixture(autouse=True)
def fake_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """The SDK's credentials, minus the call to the Microsoft login service (no Internet)."""
    def token(self: MicrosoftAppCredentials, force_refresh: bool = False) -> str:
        return f"fake-token-for-{self.microsoft_app_id}"

    monkeypatch.setattr(MicrosoftAppCredentials, "get_access_token", token)


def authentication(settings: Settings, fast: bool = True,
                   fast_bodies: bool = True) -> CachingBotFrameworkAuthentication:
    return CachingBotFrameworkAuthentication(
        ConfigurationBotFrameworkAuthentication(settings.bot_auth()), aiohttp_posts=fast,
        fast_bodies=fast_bodies)


def claims(settings: Settings) -> ClaimsIdentity:
    if not settings.app_id:
        return ClaimsIdentity({}, True)
    return ClaimsIdentity({AuthenticationConstants.AUDIENCE_CLAIM: settings.app_id}, True)


async def client_for(auth: CachingBotFrameworkAuthentication, settings: Settings,
                     url: str) -> Any:
    factory = auth.create_connector_factory(claims(settings))
    client = await factory.create(url, auth.get_originating_audience())
    assert_fast_as_asked(auth, client)
    return client


def assert_fast_as_asked(auth: CachingBotFrameworkAuthentication, client: Any) -> None:
    """Each side of a comparison is what it claims: a fast path asked for really took (an
    SDK upgrade that refuses it fails here, instead of comparing stock with stock)."""
    asked = {"request_bodies": auth.fast_bodies, "reply_sender": auth.http is not None}
    assert auth.installed == {piece: True for piece, on in asked.items() if on}
    assert isinstance(client.conversations._serialize, FastBodySerializer) == auth.fast_bodies
    assert isinstance(client._client.config.pipeline._sender,
                      AiohttpPostSender) == (auth.http is not None)


def reply(text: str = "hoi") -> Activity:
    return Activity(type="message", text=text, reply_to_id="act-1",
                    conversation=ConversationAccount(id="a:personal-1"),
                    from_property=ChannelAccount(id=teams.BOT_ID),
                    recipient=ChannelAccount(id="29:someone"))


async def test_one_client_per_service_url_and_app_id(connector: FakeConnector) -> None:
    auth = authentication(LOCAL)
    first = await client_for(auth, LOCAL, connector.url)
    assert await client_for(auth, LOCAL, connector.url) is first
    other = await client_for(auth, LOCAL, connector.url + "elsewhere/")
    assert other is not first and len(auth.clients) == 2
    user_tokens = await auth.create_user_token_client(claims(LOCAL))
    assert await auth.create_user_token_client(claims(LOCAL)) is user_tokens
    await auth.close()


async def test_each_turn_gets_the_cached_client_through_authenticate_request(
    connector: FakeConnector,
) -> None:
    auth = authentication(LOCAL)
    activity = Activity().deserialize(teams.message(MENTOR, connector.url, "help"))
    clients = []
    for _ in range(2):
        result = await auth.authenticate_request(activity, "")
        clients.append(await result.connector_factory.create(connector.url, result.audience))
    assert clients[0] is clients[1]
    await auth.close()


@FAST_AND_STOCK
@pytest.mark.parametrize("settings", [LOCAL, WITH_APP_ID], ids=["local", "app-id"])
async def test_a_reply_goes_to_the_reply_url_signed_as_the_sdk_signs_it(
    connector: FakeConnector, fast: bool, settings: Settings,
) -> None:
    auth = authentication(settings, fast)
    client = await client_for(auth, settings, connector.url)
    for text in ("een", "twee"):  # the second one through the reused client
        response = await client.conversations.reply_to_activity("a:personal-1", "act-1",
                                                                reply(text))
        assert response.id.startswith("sent-")
    first, second = connector.take()
    assert first.path == second.path == "/v3/conversations/a:personal-1/activities/act-1"
    assert (first.body["text"], second.body["text"]) == ("een", "twee")
    assert first.body["replyToId"] == "act-1" and first.body["type"] == "message"
    expected = f"Bearer fake-token-for-{APP_ID}" if settings.app_id else None
    assert first.authorization == second.authorization == expected
    await auth.close()


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_a_failing_connector_is_surfaced_as_the_stock_sdk_surfaces_it(
    connector: FakeConnector, status: int,
) -> None:
    outcomes = []
    for fast in (False, True):
        auth = authentication(LOCAL, fast)
        client = await client_for(auth, LOCAL, connector.url)
        connector.fail_next(status, times=5, retry_after=0)
        with pytest.raises(ErrorResponseException) as raised:
            await client.conversations.reply_to_activity("a:personal-1", "act-1", reply())
        outcomes.append((raised.value.response.status_code, len(connector.failures)))
        connector.failures.clear()
        await auth.close()
    stock, fast_outcome = outcomes
    assert fast_outcome == stock
    assert stock[0] == status


@FAST_AND_STOCK
async def test_an_unreachable_connector_is_a_client_request_error(fast: bool) -> None:
    auth = authentication(LOCAL, fast)
    client = await client_for(auth, LOCAL, "http://127.0.0.1:9/")  # nothing listens there
    client.config.retry_policy.backoff_factor = 0  # the same retries, without the waiting
    with pytest.raises(ClientRequestError):
        await client.conversations.reply_to_activity("a:personal-1", "act-1", reply())
    await auth.close()


async def received(auths: list[CachingBotFrameworkAuthentication],
                   activity: Activity) -> list[tuple[dict[str, str], bytes]]:
    """The headers and bytes of one reply sent through each authentication's client."""
    requests: list[tuple[dict[str, str], bytes]] = []

    async def record(request: web.Request) -> web.Response:
        headers = {k: v for k, v in request.headers.items() if k not in TRANSPORT}
        requests.append((headers, await request.read()))
        return web.json_response({"id": "sent-1"})

    app = web.Application()
    app.router.add_post("/v3/conversations/{cid}/activities/{aid}", record)
    async with serve(app) as url:
        for auth in auths:
            client = await client_for(auth, WITH_APP_ID, url + "/")
            await client.conversations.reply_to_activity("a:personal-1", "act-1",
                                                         copy.deepcopy(activity))
            await auth.close()
    return requests


async def test_the_connector_receives_the_same_request_either_way() -> None:
    stock, fast = await received([authentication(WITH_APP_ID, fast) for fast in (False, True)],
                                 reply("hé, één"))
    assert fast == stock


def card_reply() -> Activity:
    """A reply like the logbook's: an Adaptive Card (unicode, numbers, booleans, nulls),
    markdown, suggested actions, a mention, channel data and a timestamp."""
    card = {"type": "AdaptiveCard", "version": "1.5", "body": [
        {"type": "TextBlock", "text": "Logboek Jan de Vries — één 👍🏽", "wrap": True,
         "size": None, "maxLines": 3, "spacing": 0.5},
        {"type": "FactSet", "facts": [{"title": "Let op", "value": "\"ja\"\n\u2028"}]},
        {"type": "ActionSet", "actions": [{"type": "Action.Submit", "title": "Meer",
                                           "data": {"text": "meer", "page": 2, "all": False}}]},
    ], "$schema": "http://adaptivecards.io/schemas/adaptive-card.json"}
    activity = reply("**Logboek** Jan de Vries")
    activity.text_format = TextFormatTypes.markdown
    activity.input_hint = InputHints.accepting_input
    activity.timestamp = datetime(2026, 11, 23, 10, 0, 0, 123456,
                                  tzinfo=ZoneInfo("Europe/Amsterdam"))
    activity.attachments = [Attachment(content_type="application/vnd.microsoft.card.adaptive",
                                       content=card)]
    activity.suggested_actions = SuggestedActions(actions=[
        CardAction(type=ActionTypes.im_back, title="Meer", value="meer")])
    activity.entities = [Mention(mentioned=ChannelAccount(id="29:someone", name="Marieke"),
                                 text="<at>Marieke</at>", type="mention")]
    activity.channel_data = {"notification": {"alert": True}, "tenant": {"id": teams.TENANT}}
    return activity


@FAST_AND_STOCK
@pytest.mark.parametrize("activity", [reply("hé, één"), card_reply()], ids=["text", "card"])
async def test_bodies_built_without_msrest_are_the_same_bytes(fast: bool,
                                                             activity: Activity) -> None:
    stock, built = await received([authentication(WITH_APP_ID, fast, fast_bodies=False),
                                   authentication(WITH_APP_ID, fast)], activity)
    assert built == stock


async def test_the_client_cache_keeps_the_most_recently_used_within_its_size() -> None:
    cache = ClientCache(size=2)
    made: list[str] = []

    def maker(name: str) -> Callable[[], Awaitable[str]]:
        async def make() -> str:
            made.append(name)
            return name
        return make

    for key in ("a", "b", "a", "c", "a", "b"):
        assert await cache.get(key, maker(key)) == key
    assert made == ["a", "b", "c", "b"]  # b was dropped for c, a stayed in use
    assert len(cache) == 2
