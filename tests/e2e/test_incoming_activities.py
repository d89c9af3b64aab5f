"""Through the real app, every activity Teams posts (installs, messages, a mention in a group
chat, card submits, a file consent) is read into the Activity msrest builds, without msrest."""

from __future__ import annotations

from typing import Any

import pytest

from bot.sdk_fast.incoming_activities import FastDeserializer
from tests.support import teams
from tests.support.bot import BotClient
from tests.support.model_outcomes import by_msrest, msrest_reads, outcome
from tests.support.school import MENTOR


async def test_each_activity_is_msrests_read_without_msrest(
    client: BotClient, monkeypatch: pytest.MonkeyPatch,
) -> None:
    stock_read = FastDeserializer.read
    compared: list[tuple[Any, Any, list[Any]]] = []  # (ours, msrest's, msrest's own reads)

    def read(self: FastDeserializer, body: Any) -> Any:
        expected = outcome(by_msrest, body)
        with msrest_reads() as calls:
            compared.append((outcome(lambda data: stock_read(self, data), body), expected,
                             calls))
        return stock_read(self, body)

    monkeypatch.setattr(FastDeserializer, "read", read)
    url = client.connector.url
    activities = [
        teams.installation(MENTOR, url), teams.bot_added(MENTOR, url),
        teams.message(MENTOR, url, "help"), teams.message(MENTOR, url, "logboek Jan de Vries"),
        teams.message(MENTOR, url, "<at>lvsbot</at> help", conversation_type="groupChat",
                      conversation_id="19:group@thread.v2"),
        teams.message(MENTOR, url, value={"action": "unknown"}),
        teams.file_consent(MENTOR, url, "decline", {"offer": "none"}),
    ]
    for activity in activities:
        response = await client.post(activity)
        assert response.status < 500

    assert len(compared) == len(activities)
    for ours, expected, msrest_calls in compared:
        assert ours == expected and ours[0] == "built"
        assert msrest_calls == []
