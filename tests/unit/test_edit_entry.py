"""edit_entry: Bewerken → Voltooien keeps a revision and the rules of writing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.audit import AuditAction
from domain.errors import Invalid, NotAllowed, NotFound
from domain.forms import FormType
from domain.logbook import Revision
from domain.roles import Role
from domain.services.edit_entry import EntryChanges, edit_entry
from domain.services.write_entry import NewEntry, write_entry
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.refusals import refused_saying
from tests.unit.school import (
    DOCENT,
    JAN,
    MENTOR,
    NOW,
    OTHER_MENTOR,
    OTHER_TEAMLEIDER,
    STAFF,
    STUDENTS,
    TEAMLEIDER,
)

LATER = NOW + timedelta(hours=2)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork(STAFF, STUDENTS)


async def written(uow: FakeUnitOfWork) -> str:
    command = NewEntry(JAN.number, FormType.INFORMATIE, "Gesprek", fields={"body": "Eerst"})
    return (await write_entry(command, DOCENT, uow, NOW)).id


async def test_an_edit_keeps_who_when_and_what(uow: FakeUnitOfWork) -> None:
    entry_id = await written(uow)
    changes = EntryChanges(description="Gesprek met ouders", urgent=True,
                           fields={"body": "Daarna"}, expires_on=date(2028, 7, 31))
    edited = await edit_entry(entry_id, changes, DOCENT, uow, LATER)
    assert (edited.description, edited.urgent, edited.updated_at) == (
        "Gesprek met ouders", True, LATER)
    assert uow.entries.revised == [Revision(entry_id, "d1", LATER, {
        "description": ("Gesprek", "Gesprek met ouders"), "urgent": ("nee", "ja"),
        "expires_on": ("2027-07-31", "2028-07-31"), "fields.body": ("Eerst", "Daarna")})]
    assert [e.action for e in uow.audit.events] == [AuditAction.WRITE, AuditAction.EDIT]


async def test_nothing_changed_writes_no_revision(uow: FakeUnitOfWork) -> None:
    entry_id = await written(uow)
    await edit_entry(entry_id, EntryChanges(description="Gesprek"), DOCENT, uow, LATER)
    assert uow.entries.revised == [] and len(uow.audit.events) == 1


async def test_a_team_leader_edits_only_what_a_team_leader_wrote(uow: FakeUnitOfWork) -> None:
    command = NewEntry(JAN.number, FormType.INFORMATIE, "Gesprek", fields={"body": "Eerst"},
                       access=frozenset({Role.MENTOR, Role.TEAMLEIDER}))
    by_docent = (await write_entry(command, DOCENT, uow, NOW)).id
    by_team_leader = (await write_entry(command, OTHER_TEAMLEIDER, uow, NOW)).id
    changes = EntryChanges(access=frozenset({Role.MENTOR, Role.TEAMLEIDER, Role.LOB}))
    edited = await edit_entry(by_team_leader, changes, TEAMLEIDER, uow, LATER)
    assert Role.LOB in edited.access
    assert uow.entries.revised[-1].revised_by == TEAMLEIDER.id
    with pytest.raises(NotAllowed):
        await edit_entry(by_docent, changes, TEAMLEIDER, uow, LATER)


async def test_a_reader_who_is_not_the_author_may_not_edit(uow: FakeUnitOfWork) -> None:
    entry_id = await written(uow)
    with pytest.raises(NotAllowed):
        await edit_entry(entry_id, EntryChanges(urgent=True), MENTOR, uow, LATER)


async def test_an_unrelated_mentor_finds_nothing_to_edit(uow: FakeUnitOfWork) -> None:
    entry_id = await written(uow)
    for missing in (entry_id, "no-such-entry"):
        with pytest.raises(NotFound):
            await edit_entry(missing, EntryChanges(urgent=True), OTHER_MENTOR, uow, LATER)


async def test_edits_follow_the_writing_rules(uow: FakeUnitOfWork) -> None:
    entry_id = await written(uow)
    with refused_saying(Invalid, "verleden"):
        await edit_entry(entry_id, EntryChanges(expires_on=date(2026, 1, 1)), DOCENT, uow, LATER)
    with refused_saying(Invalid, "Tekst"):
        await edit_entry(entry_id, EntryChanges(fields={"body": " "}), DOCENT, uow, LATER)
    assert uow.entries.revised == []
