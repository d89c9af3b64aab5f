"""Helpers for the message action tests: invokes through the real app, cards read back."""

from __future__ import annotations

from typing import Any

from domain.logbook import Entry
from domain.services.read_logbook import LogbookFilters, read_logbook
from storage.database import create_engine, session_factory
from storage.uow import SqlUnitOfWork
from tests.support import teams
from tests.support.bot import BotClient, Clock
from tests.support.school import Person

GROUP = "19:group-chat-staff@thread.v2"


async def invoke(client: BotClient, person: Person, name: str, payload: dict[str, Any],
                 data: dict[str, Any] | None = None, **options: Any) -> dict[str, Any]:
    """One message action invoke; the body of the bot's invoke response."""
    activity = teams.message_action(person, client.connector.url, name, payload, data,
                                    **options)
    async with client.http.post(f"{client.url}/api/messages", json=activity) as response:
        assert response.status == 200, response.status
        body: dict[str, Any] = await response.json()
        return body


def task_card(body: dict[str, Any]) -> dict[str, Any]:
    task = body["task"]
    assert task["type"] == "continue", body
    card: dict[str, Any] = task["value"]["card"]["content"]
    return card


def inputs(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {element["id"]: element for element in card["body"] if "id" in element}


def filled_in(card: dict[str, Any], **changes: str) -> dict[str, Any]:
    """What Teams submits: every input's value and the Save button's data."""
    values = {key: str(element.get("value", "")) for key, element in inputs(card).items()}
    [save] = card["actions"]
    return {**values, **save["data"], **changes}


def card_words(card: dict[str, Any]) -> str:
    return "\n".join(str(element.get("text", "")) for element in card["body"])


async def logbook_of(url: str, viewer: Person, number: str, clock: Clock) -> list[Entry]:
    """The student's logbook as `viewer` reads it, through the logbook use case."""
    engine = create_engine(url)
    try:
        uow = SqlUnitOfWork(session_factory(engine))
        async with uow:
            staff = await uow.directory.staff_by_id(viewer.staff_id)
        assert staff is not None
        view = await read_logbook(staff, number, LogbookFilters(), 1, uow, clock.current)
        return [line.entry for line in view.lines]
    finally:
        await engine.dispose()
