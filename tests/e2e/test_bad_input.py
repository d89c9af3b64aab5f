"""Bad input gets a clear 4xx or a polite reply; the server stays up; nothing is written."""

from __future__ import annotations

import pytest

from tests.support import teams
from tests.support.bot import BotClient
from tests.support.school import MENTOR


@pytest.mark.parametrize("kind", ["typing", "messageReaction", "event", "endOfConversation",
                                  "deleteUserData", "somethingNew"])
async def test_unknown_or_uninteresting_activity_types_are_accepted_quietly(
    client: BotClient, kind: str,
) -> None:
    activity = teams.base(kind, MENTOR, client.connector.url)
    response = await client.post(activity)
    assert response.status in (200, 201)
    assert client.connector.take() == []


async def test_an_unknown_invoke_is_answered_not_implemented(client: BotClient) -> None:
    activity = teams.base("invoke", MENTOR, client.connector.url)
    activity["name"] = "unknown/thing"
    response = await client.post(activity)
    assert response.status == 501


@pytest.mark.parametrize("text", [
    "\x00\x07help\x1b[31m", "'; DROP TABLE students; --", "<script>alert(1)</script>",
    "**vet** [link](javascript:alert(1))", "𝓱𝓮𝓵𝓹 🙂" * 50, "x" * 20_000,
])
async def test_odd_texts_get_a_polite_answer(client: BotClient, text: str) -> None:
    replies = await client.say(MENTOR, text)
    assert len(replies) == 1 and replies[0]
    assert "Dit kun je mij vragen" in (await client.say(MENTOR, "help"))[0]


@pytest.mark.parametrize("field, value", [
    ("from", "not an object"), ("conversation", 42), ("text", {"nested": True}),
    ("timestamp", "yesterday"),
])
async def test_fields_of_the_wrong_type_get_400(
    client: BotClient, field: str, value: object,
) -> None:
    activity = teams.message(MENTOR, client.connector.url, "help")
    activity[field] = value
    response = await client.post(activity)
    assert 400 <= response.status < 500
