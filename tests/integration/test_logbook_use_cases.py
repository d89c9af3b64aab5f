"""The logbook use cases on both databases: saving once, revisions, expiry, order, paging,
filters, search and export."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.errors import NotAllowed
from domain.forms import FormType
from domain.logbook import Attachment
from domain.roles import Role
from domain.school import Staff, Student
from domain.school_year import SchoolYear
from domain.services.edit_entry import EntryChanges, edit_entry
from domain.services.entry_details import entry_details
from domain.services.export_file import export_file
from domain.services.find_students import find_students
from domain.services.read_logbook import LogbookFilters, read_logbook
from domain.services.students_in_text import students_named_in
from domain.services.write_entry import NewEntry, write_entry
from storage.database import session_factory
from storage.tables import AuditRow, EntryRow, RevisionRow
from tests.integration.seed import seed_roster, unit_of_work

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
DOCENT = Staff("d1", "Dirk <Docent>", "d1@school.nl", frozenset({Role.DOCENT}), "noord",
               frozenset({"2A"}))
MENTOR = Staff("m1", "Mia Mentor", "m1@school.nl", frozenset({Role.MENTOR}), "noord")
LEADER = Staff("tl1", "Tim Leider", "tl1@school.nl", frozenset({Role.TEAMLEIDER}), "noord")
VC = Staff("vc1", "Vera Verzuim", "vc1@school.nl", frozenset({Role.VERZUIMCOORDINATOR}), "noord")
JAN = Student("100001", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}),
              date_of_birth=date(2011, 5, 1))
ZOE = Student("100003", "Zoë", "Çelik", "2A", "noord")
OTHER = Student("100004", "Jan", "Jansen", "4C", "noord")
ALL = LogbookFilters()


@pytest.fixture
async def school(engine: AsyncEngine) -> AsyncEngine:
    await seed_roster(engine, [DOCENT, MENTOR, LEADER, VC], [JAN, ZOE, OTHER])
    return engine


def note(text: str, **changes: object) -> NewEntry:
    """A docent's note, ticked for the mentor and the team leader."""
    changes.setdefault("access", frozenset({Role.MENTOR, Role.TEAMLEIDER}))
    return NewEntry(JAN.number, FormType.INFORMATIE, text, fields={"body": text},
                    **changes)  # type: ignore[arg-type]


async def count(engine: AsyncEngine, table: type[EntryRow] | type[RevisionRow]) -> int:
    async with session_factory(engine)() as session:
        return int(await session.scalar(select(func.count()).select_from(table)) or 0)


async def test_a_repeated_save_writes_one_entry(school: AsyncEngine) -> None:
    command = note("Gesprek", request_key="activity-42")
    first = await write_entry(command, DOCENT, unit_of_work(school), NOW)
    again = await write_entry(command, DOCENT, unit_of_work(school), NOW + timedelta(seconds=2))
    assert again == first and await count(school, EntryRow) == 1


async def test_two_concurrent_saves_with_one_key_write_one_entry(school: AsyncEngine) -> None:
    command = note("Dubbelklik", request_key="activity-43")
    saves = [write_entry(command, DOCENT, unit_of_work(school), NOW) for _ in range(4)]
    results = await asyncio.gather(*saves)
    assert len({entry.id for entry in results}) == 1
    assert await count(school, EntryRow) == 1
    async with session_factory(school)() as session:
        writes = await session.scalar(select(func.count()).where(AuditRow.action == "write"))
    assert writes == 1


async def test_an_edit_keeps_a_revision(school: AsyncEngine) -> None:
    entry = await write_entry(note("Eerst"), DOCENT, unit_of_work(school), NOW)
    later = NOW + timedelta(hours=1)
    await edit_entry(entry.id, EntryChanges(description="Daarna", urgent=True), DOCENT,
                     unit_of_work(school), later)
    async with unit_of_work(school) as uow:
        [revision] = await uow.entries.revisions([entry.id])
        stored = await uow.entries.get(entry.id)
    assert revision.changes == {"description": ("Eerst", "Daarna"), "urgent": ("nee", "ja")}
    assert (revision.revised_by, revision.revised_at) == ("d1", later)
    assert stored is not None and stored.updated_at == later and stored.urgent
    async with session_factory(school)() as session:
        actions = list(await session.scalars(select(AuditRow.action).order_by(AuditRow.id)))
    assert actions == ["write", "edit"]


async def test_expired_forms_are_hidden_unless_asked_for_by_a_team_leader(
    school: AsyncEngine,
) -> None:
    await write_entry(note("Vorig jaar"), DOCENT, unit_of_work(school), NOW.replace(month=3))
    await write_entry(note("Nu"), DOCENT, unit_of_work(school), NOW)
    docent = await read_logbook(DOCENT, JAN.number, ALL, 1, unit_of_work(school), NOW)
    assert [line.entry.description for line in docent.lines] == ["Nu"]
    expired = LogbookFilters(include_expired=True)
    leader = await read_logbook(LEADER, JAN.number, expired, 1, unit_of_work(school), NOW)
    assert [line.entry.description for line in leader.lines] == ["Nu", "Vorig jaar"]
    with pytest.raises(NotAllowed):
        await read_logbook(DOCENT, JAN.number, expired, 1, unit_of_work(school), NOW)


async def test_order_paging_and_children(school: AsyncEngine) -> None:
    parent = await write_entry(note("Item", urgent=True), DOCENT, unit_of_work(school),
                               NOW - timedelta(days=30))
    for n in range(12):
        await write_entry(note(f"Nummer {n}"), DOCENT, unit_of_work(school),
                          NOW - timedelta(hours=n + 1))
    await write_entry(note("Eronder", parent_id=parent.id), MENTOR, unit_of_work(school), NOW)
    first = await read_logbook(MENTOR, JAN.number, ALL, 1, unit_of_work(school), NOW)
    second = await read_logbook(MENTOR, JAN.number, ALL, 2, unit_of_work(school), NOW)
    assert (first.total, first.page_count, len(first.lines), len(second.lines)) == (13, 2, 10, 3)
    assert first.lines[0].entry.id == parent.id
    assert [c.entry.description for c in first.lines[0].children] == ["Eronder"]
    assert [line.entry.description for line in first.lines[1:4]] == [
        "Nummer 0", "Nummer 1", "Nummer 2"]
    assert second.lines[-1].entry.description == "Nummer 11"
    assert [(a.name, a.role) for a in first.recent_authors] == [
        ("Mia Mentor", Role.MENTOR), ("Dirk <Docent>", Role.DOCENT)]


async def test_filters_run_in_the_query(school: AsyncEngine) -> None:
    await write_entry(note("Gewoon"), VC, unit_of_work(school), NOW)
    await write_entry(note("Dringend", urgent=True), VC, unit_of_work(school), NOW)
    absence = NewEntry(JAN.number, FormType.VERANTWOORDING_VERZUIM, fields={"body": "ziek"})
    await write_entry(absence, VC, unit_of_work(school), NOW)
    await write_entry(note("Vorig jaar", expires_on=date(2027, 7, 31)), VC, unit_of_work(school),
                      NOW.replace(month=5))

    async def shown(filters: LogbookFilters) -> list[str]:
        view = await read_logbook(VC, JAN.number, filters, 1, unit_of_work(school), NOW)
        return [line.entry.description for line in view.lines]

    assert await shown(LogbookFilters(urgent_only=True)) == ["Dringend"]
    assert await shown(LogbookFilters(absence_only=True)) == ["Verantwoordingsformulier verzuim"]
    assert await shown(LogbookFilters(school_year=SchoolYear(2025))) == ["Vorig jaar"]


async def test_details_bring_the_attachments(school: AsyncEngine) -> None:
    plan = Attachment("plan.pdf", "application/pdf", 4, content=b"%PDF")
    entry = await write_entry(note("Met bijlage", attachments=(plan,)), DOCENT,
                              unit_of_work(school), NOW)
    details = await entry_details(MENTOR, entry.id, unit_of_work(school), NOW)
    assert details is not None and details.entry.attachments == (plan,)
    assert not details.may_edit and details.author_name == "Dirk <Docent>"


async def test_search_finds_within_the_circle(school: AsyncEngine) -> None:
    docent = await find_students(DOCENT, "jan", unit_of_work(school))
    leader = await find_students(LEADER, "JAN", unit_of_work(school))
    accents = await find_students(DOCENT, "zoe celik", unit_of_work(school))
    closest = await find_students(MENTOR, "Jna de Vris", unit_of_work(school))
    assert [s.number for s in docent.matches] == [JAN.number]
    assert sorted(s.number for s in leader.matches) == [JAN.number, OTHER.number]
    assert [s.number for s in accents.matches] == [ZOE.number]
    assert (closest.matches, [s.number for s in closest.closest]) == ((), [JAN.number])


async def test_like_wildcards_typed_in_a_search_match_only_themselves(
    school: AsyncEngine,
) -> None:
    for typed in ("%", "_", "j%n", "j_n", "/"):
        found = await find_students(LEADER, typed, unit_of_work(school))
        assert found.matches == (), typed
    assert [s.number for s in (await find_students(DOCENT, "jan",
                                                   unit_of_work(school))).matches] == [JAN.number]


async def test_names_in_a_message_are_found_by_the_database_within_the_circle(
    school: AsyncEngine,
) -> None:
    text = "Zoe CELIK en Jan Jansen (4C) hadden 100%_ ruzie; de rest was er niet."
    leader = await students_named_in(LEADER, text, unit_of_work(school))
    docent = await students_named_in(DOCENT, text, unit_of_work(school))
    # two students named in full: a choice, in the order named
    assert [s.number for s in leader.students] == [ZOE.number, OTHER.number]
    assert leader.the_one is None
    assert docent.the_one == ZOE  # Jan Jansen is not in 2A (and "Jan" alone is a guess)


async def test_the_export_is_escaped_and_complete(school: AsyncEngine) -> None:
    old = await write_entry(note("<img src=x onerror=alert(1)>"), DOCENT, unit_of_work(school),
                            NOW.replace(month=3))
    await edit_entry(old.id, EntryChanges(fields={"body": "<b>nieuw</b>"}), DOCENT,
                     unit_of_work(school), NOW.replace(month=4))
    document = await export_file(LEADER, JAN.number, unit_of_work(school), NOW)
    assert document is not None and document.entry_count == 1
    assert "<img" not in document.html and "<b>" not in document.html
    assert "&lt;img src=x onerror=alert(1)&gt;" in document.html
    assert "Dirk &lt;Docent&gt;" in document.html
    assert "(verlopen)" in document.html and "&lt;b&gt;nieuw&lt;/b&gt;" in document.html
