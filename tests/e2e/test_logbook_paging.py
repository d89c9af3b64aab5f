"""Paging (`meer`), details (`details <n>` and its button) and the filters, through the
real app; entries are written with the use case, as staff who may write them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from dialogs.texts import say
from domain.forms import FormType
from domain.logbook import Entry
from domain.roles import Role
from domain.services.write_entry import NewEntry
from storage.database import create_engine
from tests.e2e.logbook_school import JAN, add_writers, audit_rows, write
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.logbook_cards import shown_ids
from tests.support.school import DOCENT, MENTOR, Person


@dataclass
class School:
    client: BotClient
    engine: AsyncEngine
    clock: Clock

    async def write(self, writer: Person, command: NewEntry, days_ago: float = 0) -> Entry:
        at = self.clock.current - timedelta(days=days_ago)
        return await write(self.engine, writer, command, at)


@pytest.fixture
async def school(school_url: str, clock: Clock) -> AsyncIterator[School]:
    engine = create_engine(school_url)
    await add_writers(engine)
    async with running_bot(settings_for(school_url), clock) as client:
        yield School(client, engine, clock)
    await engine.dispose()


def note(text: str, **changes: object) -> NewEntry:
    """An Informatie form ticked for the staff these paging tests read as (its readers are
    its author and the groups ticked: DOMAIN.md §1)."""
    changes.setdefault("access", frozenset({Role.DOCENT, Role.MENTOR, Role.TEAMLEIDER,
                                            Role.VERZUIMCOORDINATOR}))
    return NewEntry(JAN, FormType.INFORMATIE, text, fields={"body": text},
                    **changes)  # type: ignore[arg-type]


async def card_ids(school: School, person: Person, text: str) -> list[str]:
    [sent] = await school.client.send(_message(school, person, text))
    [card] = sent.cards
    return shown_ids(card)


def _message(school: School, person: Person, text: str) -> dict[str, object]:
    return teams.message(person, school.client.connector.url, text)


async def test_ten_per_card_and_meer_shows_the_next_ten(school: School) -> None:
    written = [await school.write(DOCENT, note(f"notitie {n}"), days_ago=n) for n in range(23)]
    newest_first = [entry.id for entry in written]
    assert await card_ids(school, MENTOR, "logboek Jan de Vries") == newest_first[:10]
    assert await card_ids(school, MENTOR, "meer") == newest_first[10:20]
    [sent] = await school.client.submit(MENTOR, {"text": "meer"})  # the card's button
    assert shown_ids(sent.cards[0]) == newest_first[20:]
    assert not any(a["data"]["text"] == "meer" for a in sent.cards[0].get("actions", []))
    assert await school.client.say(MENTOR, "meer") == [say("nl", "LAST_PAGE")]
    reads = [row for row in await audit_rows(school.engine, MENTOR, "read")
             if "entry_ids" in row.detail]  # not the absence picture's own read (page 1)
    assert [row.detail["entry_ids"] for row in reads] == [
        newest_first[:10], newest_first[10:20], newest_first[20:]]


async def test_the_logbook_is_not_shown_in_a_group_chat(school: School) -> None:
    [reply] = await school.client.say(MENTOR, "logboek Jan de Vries",
                                      conversation_type="groupChat",
                                      conversation_id="19:group@thread.v2")
    assert reply == say("nl", "OPEN_PERSONAL_CHAT")  # no personal chat yet: the handler
    # asks for one (tests/e2e/test_group_chats.py: with one, it answers there)
    assert await audit_rows(school.engine, MENTOR, "read") == []


