"""Paging (`meer`), details (`details <n>` and its button) and the filters, through the
real app; entries are written with the use case, as staff who may write them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.forms import FormType
from domain.logbook import Entry
from domain.roles import Role
from domain.services.write_entry import NewEntry
from storage.database import create_engine
from tests.e2e.logbook_school import JAN, add_writers, audit_rows, write
from tests.e2e.test_logbook_chat import shown_ids
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.school import DOCENT, MENTOR, MT, TEAMLEIDER, VC, Person


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
    assert await school.client.say(MENTOR, "meer") == [
        "Dit was de laatste pagina van het logboek."]
    reads = [row for row in await audit_rows(school.engine, MENTOR, "read")
             if "entry_ids" in row.detail]  # not the absence picture's own read (page 1)
    assert [row.detail["entry_ids"] for row in reads] == [
        newest_first[:10], newest_first[10:20], newest_first[20:]]


async def test_meer_without_a_logbook_says_how_to_start(school: School) -> None:
    [reply] = await school.client.say(MENTOR, "meer")
    assert "logboek Jan de Vries" in reply


async def test_let_op_first_and_children_indented_under_their_item(school: School) -> None:
    item = await school.write(DOCENT, note("gesprek"), days_ago=5)
    urgent = await school.write(DOCENT, note("dringend", urgent=True), days_ago=9)
    child = await school.write(MENTOR, note("vervolg", parent_id=item.id), days_ago=1)
    [sent] = await school.client.send(_message(school, MENTOR, "logboek 100001"))
    [card] = sent.cards
    assert shown_ids(card) == [urgent.id, item.id, child.id]
    item_box = next(e for e in card["body"] if shown_ids({"body": [e]}) == [item.id, child.id])
    [indent] = [e for e in item_box["items"] if e["type"] == "ColumnSet"]
    assert shown_ids({"body": [indent]}) == [child.id]
    assert "Let op" in str(card["body"])


async def test_details_by_position_and_by_button_with_edit_only_where_allowed(
    school: School,
) -> None:
    mine = await school.write(DOCENT, note("eigen notitie"), days_ago=1)
    theirs = await school.write(MENTOR, note("notitie mentor"), days_ago=2)
    await card_ids(school, DOCENT, "logboek Jan de Vries")
    [sent] = await school.client.send(_message(school, DOCENT, "details 1"))
    [card] = sent.cards
    assert "eigen notitie" in str(card["body"])
    assert {"type": "Action.Submit", "title": "Bewerk",
            "data": {"text": f"bewerk {mine.id}"}} in card["actions"]
    [sent] = await school.client.submit(DOCENT, {"text": f"details {theirs.id}"})
    assert "notitie mentor" in str(sent.cards[0]["body"])
    assert not any("bewerk" in a["data"]["text"] for a in sent.cards[0]["actions"])
    reads = await audit_rows(school.engine, DOCENT, "read")
    assert [row.detail["entry_ids"] for row in reads[1:]] == [[mine.id], [theirs.id]]


async def test_details_of_a_form_one_may_not_read_is_simply_not_found(school: School) -> None:
    incident = NewEntry(JAN, FormType.INCIDENT, fields={
        "incident_date": "2026-11-02", "incident_time": "10:15", "incident_kind": "Pesten",
        "action_taken": "Gesprek", "student_role": "Dader", "follow_up": "Bellen",
        "summary": "Pauze"})
    hidden = await school.write(TEAMLEIDER, incident)
    assert (await school.client.say(DOCENT, f"details {hidden.id}")
            == await school.client.say(DOCENT, "details 6f0c1d2e-0000-4000-8000-000000000000")
            == ["Dat formulier is niet gevonden."])
    assert await school.client.say(DOCENT, "details 4") == [
        "Vraag eerst een logboek op, bijvoorbeeld **logboek Jan de Vries**."]


async def test_filters_urgent_absence_and_school_year(school: School) -> None:
    plain = await school.write(VC, note("gewoon"))
    urgent = await school.write(VC, note("dringend", urgent=True))
    absence = await school.write(VC, NewEntry(JAN, FormType.VERANTWOORDING_VERZUIM,
                                              fields={"body": "ziek"}))
    last_year = await school.write(VC, note("vorig jaar", expires_on=date(2027, 7, 31)),
                                   days_ago=300)
    assert await card_ids(school, VC, "logboek Jan de Vries urgent") == [urgent.id]
    assert await card_ids(school, VC, "logboek Jan de Vries verzuim") == [absence.id]
    assert await card_ids(school, VC, "logboek Jan de Vries 2025-2026") == [last_year.id]
    assert set(await card_ids(school, VC, "logboek 2A Jan 2026-2027")) == {
        plain.id, urgent.id, absence.id}


async def test_expired_forms_only_for_the_roles_the_domain_allows(school: School) -> None:
    old = await school.write(DOCENT, note("oud nieuws", expires_on=date(2026, 12, 1)))
    school.clock.current = school.clock.current.replace(month=12, day=14)
    assert await card_ids(school, MT, "logboek Jan de Vries") == []
    assert await card_ids(school, TEAMLEIDER, "logboek 100001 inclusief verlopen") == [old.id]
    [reply] = await school.client.say(DOCENT, "logboek Jan inclusief verlopen")
    assert "Verlopen formulieren" in reply


async def test_the_logbook_is_not_shown_in_a_group_chat(school: School) -> None:
    [reply] = await school.client.say(MENTOR, "logboek Jan de Vries",
                                      conversation_type="groupChat",
                                      conversation_id="19:group@thread.v2")
    assert "persoonlijke chat" in reply  # the handler answers there instead (main's rule)
    assert await audit_rows(school.engine, MENTOR, "read") == []


async def test_a_form_under_an_item_one_may_not_read_stands_alone_without_a_hint(
    school: School,
) -> None:
    incident = await school.write(TEAMLEIDER, NewEntry(JAN, FormType.INCIDENT, fields={
        "incident_date": "2026-11-02", "incident_time": "10:15", "incident_kind": "Pesten",
        "action_taken": "Gesprek", "student_role": "Dader", "follow_up": "Bellen",
        "summary": "Pauze"}), days_ago=2)
    child = await school.write(TEAMLEIDER, note("afspraak met ouders", parent_id=incident.id))
    [sent] = await school.client.send(_message(school, DOCENT, "logboek Jan de Vries"))
    [card] = sent.cards
    assert shown_ids(card) == [child.id]
    assert incident.id not in str(card) and "onder dit item" not in str(card)
    [details] = await school.client.submit(DOCENT, {"text": f"details {child.id}"})
    assert incident.id not in str(details.body) and "Hoort bij" not in str(details.body)
    assert "2 item" not in str(card) and "1 item(s)" in str(card)
