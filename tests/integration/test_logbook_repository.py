"""SqlLogbookRepository on both databases: entries, attachments, request keys, revisions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.errors import DuplicateRequest
from domain.forms import FormType
from domain.logbook import Attachment, Entry, EntryQuery, Revision
from domain.roles import Role
from domain.school import Staff, Student
from tests.integration.seed import seed_roster, unit_of_work

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
MENTOR = Staff("m1", "Mia Mentor", "mia@school.nl", frozenset({Role.MENTOR}), "noord")
JAN = Student("100001", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))


def entry(id: str, **changes: object) -> Entry:
    base = Entry(id=id, student_number=JAN.number, form_type=FormType.INFORMATIE,
                 description="Gesprek", author_id="m1", author_role=Role.MENTOR,
                 created_at=NOW, updated_at=NOW, expires_on=date(2027, 7, 31), urgent=False,
                 access=frozenset({Role.MENTOR, Role.TEAMLEIDER}), fields={"body": "Tekst"})
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
async def roster(engine: AsyncEngine) -> AsyncEngine:
    await seed_roster(engine, [MENTOR], [JAN])
    return engine


async def test_an_entry_comes_back_with_its_attachments(roster: AsyncEngine) -> None:
    plan = Attachment("plan.pdf", "application/pdf", 3, content=b"pdf")
    written = entry("e1", attachments=(plan,), request_key="act-1")
    async with unit_of_work(roster) as uow:
        await uow.entries.add(written)
        await uow.commit()
    async with unit_of_work(roster) as uow:
        assert await uow.entries.get("e1") == written
        assert await uow.entries.by_request_key("act-1") == written
        assert await uow.entries.get("nope") is None


async def test_a_repeated_request_key_is_reported_not_stored(roster: AsyncEngine) -> None:
    async with unit_of_work(roster) as uow:
        await uow.entries.add(entry("e1", request_key="act-1"))
        await uow.commit()
    async with unit_of_work(roster) as uow:
        with pytest.raises(DuplicateRequest):
            await uow.entries.add(entry("e2", request_key="act-1"))


async def test_for_student_filters_in_sql_and_orders_urgent_first(roster: AsyncEngine) -> None:
    rows = [entry("old", created_at=NOW - timedelta(days=3)),
            entry("new", created_at=NOW - timedelta(days=1)),
            entry("urgent", created_at=NOW - timedelta(days=9), urgent=True),
            entry("gone", expires_on=date(2026, 7, 31)),
            entry("care", form_type=FormType.ZORG_START, access=frozenset({Role.MT}))]
    async with unit_of_work(roster) as uow:
        for row in rows:
            await uow.entries.add(row)
        await uow.commit()
    async with unit_of_work(roster) as uow:
        everything = await uow.entries.for_student(JAN.number, EntryQuery())
        current = await uow.entries.for_student(
            JAN.number, EntryQuery(reader_roles=frozenset({Role.MENTOR}),
                                   not_expired_on=NOW.date()))
        page = await uow.entries.for_student(JAN.number, EntryQuery(limit=2, offset=1))
    assert {e.id for e in everything} == {"old", "new", "urgent", "gone", "care"}
    assert [e.id for e in current] == ["urgent", "new", "old"]
    assert len(page) == 2


async def test_an_update_keeps_a_revision(roster: AsyncEngine) -> None:
    async with unit_of_work(roster) as uow:
        await uow.entries.add(entry("e1"))
        await uow.commit()
    later = NOW + timedelta(hours=1)
    changed = entry("e1", description="Nieuw", updated_at=later)
    revision = Revision("e1", "m1", later, {"description": ("Gesprek", "Nieuw")})
    async with unit_of_work(roster) as uow:
        await uow.entries.update(changed, revision)
        await uow.commit()
    async with unit_of_work(roster) as uow:
        assert await uow.entries.get("e1") == changed
        assert await uow.entries.revisions(["e1"]) == [revision]
        assert await uow.entries.exists_in_year(JAN.number, FormType.INFORMATIE, 2026)
        assert not await uow.entries.exists_in_year(JAN.number, FormType.INFORMATIE, 2025)
