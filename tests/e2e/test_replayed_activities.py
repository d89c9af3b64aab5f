"""Teams resends an activity it got no answer to within ~15 s; an attacker may replay one.
Either way it is processed once: one reply, nothing written twice."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from storage.database import create_engine
from storage.tables import AuditRow, SeenActivityRow
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.school import MENTOR
from tests.support.seed_school import seed_school


async def _reads(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(
                select(func.count()).where(AuditRow.action == "read")) or 0)
    finally:
        await engine.dispose()


async def test_the_same_activity_twice_gets_one_reply(client: BotClient, school_url: str) -> None:
    activity = teams.message(MENTOR, client.connector.url, "logboek 100001")
    first = await client.send(activity)
    again = await client.send(dict(activity))
    assert len(first) == 1 and first[0].cards
    assert again == []
    assert await _reads(school_url) == 2  # one view: the logbook and its absence picture


async def test_a_replayed_card_submit_writes_nothing_again(client: BotClient) -> None:
    activity = teams.message(MENTOR, client.connector.url, "", value={"text": "help"})
    assert len(await client.send(activity)) == 1
    assert await client.send(activity) == []


async def test_the_same_id_in_another_conversation_is_another_activity(
    client: BotClient,
) -> None:
    activity = teams.message(MENTOR, client.connector.url, "help")
    assert len(await client.send(activity)) == 1
    elsewhere = {**activity, "conversation": {**activity["conversation"], "id": "a:other-chat"}}
    assert len(await client.send(elsewhere)) == 1


async def test_two_instances_on_one_database_process_it_once(database_url: str) -> None:
    engine = create_engine(database_url)
    await seed_school(engine)
    await engine.dispose()
    settings, clock = settings_for(database_url), Clock()
    async with running_bot(settings, clock) as one, running_bot(settings, clock) as other:
        activity = teams.message(MENTOR, one.connector.url, "logboek 100001")
        responses = await asyncio.gather(one.post(activity), other.post(activity))
        assert all(response.status in (200, 201) for response in responses)
        assert len(one.connector.take()) == 1
        assert other.connector.take() == []
    assert await _reads(database_url) == 2  # as above: processed once
    engine = create_engine(database_url)
    async with engine.connect() as connection:
        assert await connection.scalar(select(func.count()).select_from(SeenActivityRow)) == 1
    await engine.dispose()
