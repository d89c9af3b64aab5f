"""Absence prompts end to end: signal → outbox → Teams card → click."""

from __future__ import annotations

from tests.support.bot import Clock, running_bot
from tests.support.notify import (
    buttons,
    card_texts,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
)
from tests.support.school import MENTOR, VC


async def test_ninth_late_arrival_prompts_mentor_and_coordinator(school_url: str,
                                                                 clock: Clock) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, driven_worker(settings, clock) as worker:
        await client.say(MENTOR, "help")
        await client.say(VC, "help")
        client.connector.take()
        await register_lates(school_url, "100001", 9, clock)
        await drain(worker)
        sent = client.connector.take()
        print([ (s.conversation_id, card_texts(s)[:300]) for s in sent])
        print(buttons(sent[-1]))
        assert len(sent) == 5
