"""The absence picture on the logbook card, through the real app with Teams-shaped messages;
and a prompt that waits until the bot has been reached at all. (`mijn leerlingen`'s
conversation: tests/dialogs/test_my_students.py.)"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from dialogs.common.adaptive import MAX_CARD_BYTES
from tests.support.bot import BotClient, Clock, running_bot
from tests.support.connector import Sent
from tests.support.notify import (
    card_texts,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
    statuses,
)
from tests.support.school import DOCENT, MENTOR, VC


def images(sent: list[Sent], *, alt_text: bool = True) -> list[dict[str, Any]]:
    """The cards' Image elements: with an alt text (the absence picture), or (False) without
    one (the legend's colour samples)."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "Image" and ("altText" in node) == alt_text:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk([card for message in sent for card in message.cards])
    return found


async def test_the_mentor_sees_the_picture_on_the_logbook_and_the_docent_does_not(
    client: BotClient, school_url: str, clock: Clock,
) -> None:
    await register_lates(school_url, "100001", 6, clock)
    sent = await client.send_text(MENTOR, "logboek 100001")
    [picture] = images(sent)
    assert picture["url"].startswith("data:image/png;base64,")
    assert "Te laat: 6;" in picture["altText"]
    assert "100001" not in picture["url"] and "Vries" not in picture["url"]
    assert len(json.dumps(sent[0].body).encode()) < MAX_CARD_BYTES
    english = await client.send_text(MENTOR, "logbook 100001", locale="en-US")
    assert "Late: 6;" in images(english)[0]["altText"]
    docent_view = await client.send_text(DOCENT, "logboek 100001")
    assert docent_view[0].cards and images(docent_view) == []  # a logbook, no absence


async def test_a_prompt_waits_until_somebody_has_reached_the_bot(school_url: str,
                                                                 clock: Clock) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await register_lates(school_url, "100001", 6, clock)  # nobody ever talked to the bot
        await drain(worker)
        assert client.connector.take() == []
        assert {status for _, status, _ in await statuses(school_url)} == {"pending"}
        await client.say(MENTOR, "help")  # as the Playground's page does when it opens
        client.connector.take()
        clock.current += timedelta(minutes=1)
        await drain(worker)
        to_mentor = client.connector.take()
        assert (VC.staff_id, "undeliverable") not in [r[:2] for r in await statuses(school_url)]
        await client.say(VC, "help")  # no tenant, no chat can be opened: theirs waited too
        client.connector.take()
        clock.current += timedelta(minutes=10)
        await drain(worker)
        to_coordinator = client.connector.take()
    assert any("6e keer te laat" in card_texts(s) for s in to_mentor)
    assert any("3e keer te laat" in card_texts(s) for s in to_coordinator)
    assert {status for _, status, _ in await statuses(school_url)} == {"sent"}
