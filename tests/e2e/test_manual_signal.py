"""`signaal <student> <topic>`: human judgement raised by hand, by the right roles only."""

from __future__ import annotations

from dialogs.texts import say
from tests.support.bot import BotClient
from tests.support.school import VC


async def test_the_attendance_coordinator_raises_unclear_illness(client: BotClient) -> None:
    [reply] = await client.say(VC, "signaal Jan de Vries ziektebeeld onduidelijk")
    assert reply.startswith("Signaal **ziektebeeld onduidelijk** voor Jan de Vries vastgelegd")
    assert "mentor" in reply
    [again] = await client.say(VC, "signaal Jan de Vries ziektebeeld onduidelijk")
    assert again == say("nl", "ALREADY", name="Jan de Vries")


