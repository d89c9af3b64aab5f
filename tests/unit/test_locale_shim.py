"""The Playground's shim: the bot sees the signed-in user's language and a 1:1 chat typed
"personal" as Teams sends them, all else as sent."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from aiohttp import web

from playground.locale_shim import create_app, with_locale, with_personal_type
from tests.support.servers import serve

PLAYGROUND_ACTIVITY: dict[str, Any] = {  # as the Agents Playground 0.2.28 sends a message
    "type": "message", "text": "help", "locale": "en-US", "channelId": "msteams",
    "conversation": {"id": "a:1"},
    "entities": [{"type": "clientInfo", "locale": "en-US", "country": "US"},
                 {"type": "mention", "text": "<at>LVS</at>"}],
}


def test_the_locale_is_set_on_the_activity_and_its_client_info() -> None:
    changed = with_locale(PLAYGROUND_ACTIVITY, "nl-NL")
    assert changed["locale"] == "nl-NL"
    assert changed["entities"] == [{"type": "clientInfo", "locale": "nl-NL", "country": "US"},
                                   {"type": "mention", "text": "<at>LVS</at>"}]
    assert {k: v for k, v in changed.items() if k not in ("locale", "entities")} == {
        "type": "message", "text": "help", "channelId": "msteams", "conversation": {"id": "a:1"}}


@pytest.mark.parametrize(("conversation", "expected"), [
    ({"id": "a:1"}, {"id": "a:1", "conversationType": "personal"}),  # the Playground's 1:1
    ({"id": "a:1", "conversationType": "personal"}, {"id": "a:1", "conversationType": "personal"}),
    ({"id": "g:1", "isGroup": True, "conversationType": "groupChat"},
     {"id": "g:1", "isGroup": True, "conversationType": "groupChat"}),
    ({"id": "g:2", "isGroup": True}, {"id": "g:2", "isGroup": True}),  # a group stays a group
    ({"id": "c:1", "conversationType": "channel"}, {"id": "c:1", "conversationType": "channel"}),
])
def test_a_one_to_one_chat_is_typed_personal_as_teams_does(
    conversation: dict[str, Any], expected: dict[str, Any],
) -> None:
    assert with_personal_type({**PLAYGROUND_ACTIVITY, "conversation": conversation}) == {
        **PLAYGROUND_ACTIVITY, "conversation": expected}


async def test_the_bot_gets_the_activity_in_dutch_and_the_playground_its_answer() -> None:
    received: list[dict[str, Any]] = []

    async def bot(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.json_response({"status": 200, "body": {"answer": "ok"}}, status=200)

    fake_bot = web.Application()
    fake_bot.router.add_post("/api/messages", bot)
    async with serve(fake_bot) as bot_url, serve(create_app(bot_url, "nl-NL")) as shim_url:
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{shim_url}/api/messages", json=PLAYGROUND_ACTIVITY) as reply:
                assert reply.status == 200
                assert await reply.json() == {"status": 200, "body": {"answer": "ok"}}
            async with http.head(f"{shim_url}/api/messages") as probe:  # its "connected?" probe
                assert probe.status == 405
    assert [activity["locale"] for activity in received] == ["nl-NL"]
    assert received[0]["conversation"]["conversationType"] == "personal"
    assert received[0]["text"] == "help"
