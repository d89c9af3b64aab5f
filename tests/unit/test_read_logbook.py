"""read_logbook and entry_details on the in-memory unit of work: grouping, paging, filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.audit import AuditAction
from domain.errors import NotAllowed
from domain.forms import FormType
from domain.roles import Role
from domain.school_year import SchoolYear
from domain.services.entry_details import entry_details
from domain.services.read_logbook import (
    NO_LOGBOOK,
    LogbookFilters,
    read_logbook,
    read_logbook_of,
)
from domain.services.write_entry import NewEntry, write_entry
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import (
    DOCENT,
    JAN,
    MENTOR,
    NOW,
    OTHER_MENTOR,
    STAFF,
    STUDENTS,
    TEAMLEIDER,
    VC,
    ZORG,
)

ALL = LogbookFilters()


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork(STAFF, STUDENTS)


def note(text: str, **changes: object) -> NewEntry:
    return NewEntry(JAN.number, FormType.INFORMATIE, text, fields={"body": text},
                    **changes)  # type: ignore[arg-type]


async def test_urgent_first_then_newest_with_children_under_their_parent(
    uow: FakeUnitOfWork,
) -> None:
    old = await write_entry(note("oud"), DOCENT, uow, NOW - timedelta(days=3))
    urgent = await write_entry(note("let op", urgent=True), DOCENT, uow, NOW - timedelta(days=9))
    child = await write_entry(note("vervolg", parent_id=old.id), MENTOR, uow, NOW)
    new = await write_entry(note("nieuw"), DOCENT, uow, NOW - timedelta(days=1))
    view = await read_logbook(MENTOR, JAN.number, ALL, 1, uow, NOW)
    assert [line.entry.id for line in view.lines] == [urgent.id, new.id, old.id]
    assert [c.entry.id for c in view.lines[2].children] == [child.id]
    assert view.mentor_names == ("Naam m1",) and view.total == 3
    assert [(a.name, a.role) for a in view.recent_authors] == [
        ("Naam m1", Role.MENTOR), ("Naam d1", Role.DOCENT)]
    read = uow.audit.events[-1]
    assert read.action is AuditAction.READ
    assert sorted(read.detail["entry_ids"]) == sorted(  # type: ignore[call-overload]
        [old.id, urgent.id, child.id, new.id])


async def test_ten_per_page(uow: FakeUnitOfWork) -> None:
    for n in range(23):
        await write_entry(note(f"nummer {n}"), DOCENT, uow, NOW - timedelta(hours=n))
    pages = [await read_logbook(DOCENT, JAN.number, ALL, p, uow, NOW) for p in (1, 2, 3, 4)]
    assert [len(p.lines) for p in pages] == [10, 10, 3, 0]
    assert {(p.total, p.page_count) for p in pages} == {(23, 3)}
    assert pages[2].lines[-1].entry.description == "nummer 22"


async def test_filters(uow: FakeUnitOfWork) -> None:
    await write_entry(note("gewoon"), VC, uow, NOW)
    await write_entry(note("dringend", urgent=True), VC, uow, NOW)
    absence = NewEntry(JAN.number, FormType.VERANTWOORDING_VERZUIM, fields={"body": "ziek"})
    await write_entry(absence, VC, uow, NOW)
    last_year = note("vorig jaar", expires_on=date(2027, 7, 31))
    await write_entry(last_year, VC, uow, NOW.replace(month=3))

    async def shown(filters: LogbookFilters) -> list[str]:
        view = await read_logbook(VC, JAN.number, filters, 1, uow, NOW)
        return sorted(line.entry.description for line in view.lines)

    assert await shown(LogbookFilters(urgent_only=True)) == ["dringend"]
    assert await shown(LogbookFilters(absence_only=True)) == ["Verantwoordingsformulier verzuim"]
    assert await shown(LogbookFilters(school_year=SchoolYear(2025))) == ["vorig jaar"]


async def test_expired_forms_only_for_the_roles_that_may_see_them(uow: FakeUnitOfWork) -> None:
    spring = NOW.replace(month=3)
    to_team = frozenset({Role.MENTOR, Role.TEAMLEIDER})
    await write_entry(note("verlopen", access=to_team), DOCENT, uow, spring)  # ends 31-07-2026
    expired = LogbookFilters(include_expired=True)
    assert (await read_logbook(DOCENT, JAN.number, ALL, 1, uow, NOW)).total == 0
    assert (await read_logbook(TEAMLEIDER, JAN.number, expired, 1, uow, NOW)).total == 1
    with pytest.raises(NotAllowed):
        await read_logbook(DOCENT, JAN.number, expired, 1, uow, NOW)


async def test_an_unrelated_student_looks_exactly_like_no_student(uow: FakeUnitOfWork) -> None:
    entry = await write_entry(note("geheim"), DOCENT, uow, NOW)
    unrelated = await read_logbook(OTHER_MENTOR, JAN.number, ALL, 1, uow, NOW)
    missing = await read_logbook(OTHER_MENTOR, "999999", ALL, 1, uow, NOW)
    assert unrelated == missing == NO_LOGBOOK
    assert await entry_details(OTHER_MENTOR, entry.id, uow, NOW) is None
    assert await entry_details(OTHER_MENTOR, "no-such-id", uow, NOW) is None
    assert [e.action for e in uow.audit.events] == [AuditAction.WRITE]


async def test_a_student_already_found_reads_and_audits_as_by_number(
    uow: FakeUnitOfWork,
) -> None:
    await write_entry(note("gesprek"), DOCENT, uow, NOW)
    by_number = await read_logbook(MENTOR, JAN.number, ALL, 1, uow, NOW)
    found = await read_logbook_of(MENTOR, JAN, ALL, 1, uow, NOW)
    assert found == by_number and found.total == 1
    assert uow.audit.events[-1] == uow.audit.events[-2]
    assert uow.audit.events[-1].action is AuditAction.READ


async def test_a_student_already_found_is_still_checked_for_involvement(
    uow: FakeUnitOfWork,
) -> None:
    await write_entry(note("geheim"), DOCENT, uow, NOW)
    assert await read_logbook_of(OTHER_MENTOR, JAN, ALL, 1, uow, NOW) == NO_LOGBOOK
    assert [e.action for e in uow.audit.events] == [AuditAction.WRITE]


async def test_details_show_every_field_and_whether_it_may_be_edited(
    uow: FakeUnitOfWork,
) -> None:
    entry = await write_entry(note("gesprek"), DOCENT, uow, NOW)
    mine = await entry_details(DOCENT, entry.id, uow, NOW)
    theirs = await entry_details(MENTOR, entry.id, uow, NOW)
    assert mine is not None and theirs is not None
    assert mine.may_edit and not theirs.may_edit
    assert mine.labelled_fields() == [("Tekst", "gesprek")] and mine.author_name == "Naam d1"
    assert uow.audit.events[-1].detail == {"entry_ids": [entry.id]}


async def test_a_form_under_a_hidden_item_stands_on_its_own(uow: FakeUnitOfWork) -> None:
    care = NewEntry(JAN.number, FormType.ZORG_START, fields={"body": "zorg"})
    parent = await write_entry(care, ZORG, uow, NOW - timedelta(days=1))
    child = await write_entry(note("vervolg", parent_id=parent.id,
                                   access=frozenset({Role.MENTOR, Role.DOCENT})), MENTOR, uow, NOW)
    mentor = await read_logbook(MENTOR, JAN.number, ALL, 1, uow, NOW)
    docent = await read_logbook(DOCENT, JAN.number, ALL, 1, uow, NOW)
    assert [(line.entry.id, len(line.children)) for line in mentor.lines] == [(parent.id, 1)]
    assert [(line.entry.id, len(line.children)) for line in docent.lines] == [(child.id, 0)]
    assert docent.total == 1
