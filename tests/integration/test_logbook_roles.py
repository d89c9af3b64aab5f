"""On both databases: each role sees exactly what the access table allows, for students it is
involved with, and for any other student the same answer as for a student who does not exist."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.audit import AuditAction
from domain.forms import CATALOGUE, FormType
from domain.roles import Role
from domain.school import Staff, Student
from domain.services.entry_details import entry_details
from domain.services.export_file import export_file
from domain.services.read_logbook import NO_LOGBOOK, LogbookFilters, read_logbook
from domain.services.write_entry import NewEntry, write_entry
from storage.database import session_factory
from storage.tables import AuditRow
from tests.integration.seed import seed_roster, unit_of_work

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
F = FormType


def member(id: str, role: Role, location: str = "noord", classes: str = "") -> Staff:
    return Staff(id, f"Naam {id}", f"{id}@school.nl", frozenset({role}), location,
                 frozenset(c for c in classes.split(";") if c))


WRITERS = {  # who writes which form about Jan
    F.MENTORAAT: member("m1", Role.MENTOR), F.INFORMATIE: member("d1", Role.DOCENT, classes="2A"),
    F.VOORTGANG: member("m1", Role.MENTOR), F.ZORG_START: member("zo1", Role.ZORGONDERSTEUNING),
    F.VERANTWOORDING_VERZUIM: member("vc1", Role.VERZUIMCOORDINATOR),
    F.INCIDENT: member("tl1", Role.TEAMLEIDER), F.STAGE: member("sc1", Role.STAGECOORDINATOR),
    F.ONDERWIJSBEGELEIDING: member("ob1", Role.ONDERWIJSBEGELEIDER),
    F.LOB: member("lob1", Role.LOB),
    F.VERZUIMADMINISTRATIE: member("va1", Role.VERZUIMADMINISTRATIE),
}
INFO_ACCESS = frozenset({Role.MENTOR, Role.TEAMLEIDER, Role.LOB})

# DOMAIN.md §1 written out by hand (not computed from the catalogue), for one viewer per role.
SEES: dict[Role, set[FormType]] = {
    Role.DOCENT: {F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},  # Informatie: not ticked
    Role.MENTOR: {F.MENTORAAT, F.INFORMATIE, F.VOORTGANG, F.ZORG_START,
                  F.VERANTWOORDING_VERZUIM, F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},
    Role.TEAMLEIDER: {F.MENTORAAT, F.INFORMATIE, F.VOORTGANG, F.ZORG_START,
                      F.VERANTWOORDING_VERZUIM, F.INCIDENT, F.STAGE, F.ONDERWIJSBEGELEIDING,
                      F.LOB},
    Role.MT: {F.MENTORAAT, F.VOORTGANG, F.ZORG_START, F.VERANTWOORDING_VERZUIM, F.STAGE,
              F.ONDERWIJSBEGELEIDING, F.LOB},
    Role.ZORGONDERSTEUNING: {F.MENTORAAT, F.VOORTGANG, F.ZORG_START,
                             F.VERANTWOORDING_VERZUIM, F.STAGE, F.ONDERWIJSBEGELEIDING, F.LOB},
    Role.VERZUIMCOORDINATOR: {F.VERANTWOORDING_VERZUIM, F.VERZUIMADMINISTRATIE},
    Role.TEAM_ACOI: {F.VERANTWOORDING_VERZUIM},
    Role.LOB: {F.INFORMATIE, F.LOB},
    Role.IOT: set(),
}
VIEWERS = {Role.DOCENT: member("d2", Role.DOCENT, classes="2A;3C"),
           Role.MENTOR: member("m1", Role.MENTOR)}
JAN = Student("100001", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))
PIET = Student("200002", "Piet", "Bakker", "3B", "zuid", mentors=frozenset({"m2"}))


def viewer(role: Role) -> Staff:
    return VIEWERS.get(role) or member(f"{role.value}-viewer", role)


def stranger(role: Role) -> Staff:
    """The same role, not involved with Jan: another location, class or mentee."""
    return member(f"{role.value}-zuid", role, location="zuid", classes="3B")


@pytest.fixture
async def school(engine: AsyncEngine) -> dict[FormType, str]:
    people = {m.id: m for m in [*WRITERS.values(), member("m2", Role.MENTOR, location="zuid")]}
    people |= {viewer(r).id: viewer(r) for r in SEES} | {stranger(r).id: stranger(r) for r in SEES}
    await seed_roster(engine, people.values(), [JAN, PIET])
    ids = {}
    for minutes, (form, writer) in enumerate(WRITERS.items()):
        command = NewEntry(JAN.number, form, "Notitie", fields=_fields(form),
                           access=INFO_ACCESS if form is F.INFORMATIE else None)
        entry = await write_entry(command, writer, unit_of_work(engine),
                                  NOW - timedelta(minutes=minutes))
        ids[form] = entry.id
    return ids


def _fields(form: FormType) -> dict[str, str]:
    return {field.key: field.choices[0] if field.choices else "x"
            for field in CATALOGUE[form].fields}


@pytest.mark.parametrize("role", list(SEES))
async def test_each_role_sees_exactly_what_the_table_allows(
    engine: AsyncEngine, school: dict[FormType, str], role: Role
) -> None:
    view = await read_logbook(viewer(role), JAN.number, LogbookFilters(), 1, unit_of_work(engine),
                              NOW)
    assert {line.entry.form_type for line in view.lines} == SEES[role]
    assert view.total == len(SEES[role])
    for form, entry_id in school.items():
        details = await entry_details(viewer(role), entry_id, unit_of_work(engine), NOW)
        assert (details is not None) is (form in SEES[role])


@pytest.mark.parametrize("role", list(SEES))
async def test_a_student_one_is_not_involved_with_does_not_exist(
    engine: AsyncEngine, school: dict[FormType, str], role: Role
) -> None:
    outsider = stranger(role)
    for number in (JAN.number, "999999"):
        view = await read_logbook(outsider, number, LogbookFilters(), 1, unit_of_work(engine),
                                  NOW)
        assert view == NO_LOGBOOK
        assert await export_file(outsider, number, unit_of_work(engine), NOW) is None
    for entry_id in [*school.values(), "no-such-entry"]:
        assert await entry_details(outsider, entry_id, unit_of_work(engine), NOW) is None
    async with session_factory(engine)() as session:
        actions = set(await session.scalars(
            select(AuditRow.action).where(AuditRow.actor_id == outsider.id)))
    assert actions == set()


async def test_every_read_and_write_is_in_the_audit_log(
    engine: AsyncEngine, school: dict[FormType, str]
) -> None:
    leader = viewer(Role.TEAMLEIDER)
    await read_logbook(leader, JAN.number, LogbookFilters(), 1, unit_of_work(engine), NOW)
    await entry_details(leader, school[F.INCIDENT], unit_of_work(engine), NOW)
    await export_file(leader, JAN.number, unit_of_work(engine), NOW)
    async with session_factory(engine)() as session:
        rows = list(await session.scalars(select(AuditRow).order_by(AuditRow.id)))
    writes = [row for row in rows if row.action == AuditAction.WRITE]
    assert {row.detail["entry_id"] for row in writes} == set(school.values())
    mine = [(row.action, row.student_number) for row in rows if row.actor_id == leader.id]
    assert mine == [("read", JAN.number), ("read", JAN.number), ("export", JAN.number)]
    exported = next(row for row in rows if row.action == AuditAction.EXPORT)
    assert set(exported.detail["entry_ids"]) == {school[f] for f in SEES[Role.TEAMLEIDER]}


@pytest.mark.parametrize("role", [Role.TEAMLEIDER, Role.MT, Role.ZORGONDERSTEUNING])
async def test_an_export_holds_exactly_what_the_exporter_sees_in_the_logbook(
    engine: AsyncEngine, school: dict[FormType, str], role: Role
) -> None:
    document = await export_file(viewer(role), JAN.number, unit_of_work(engine), NOW)
    assert document is not None and document.entry_count == len(SEES[role])
    assert {item.form for item in document.left_out} == set(WRITERS) - SEES[role]
    kept = document.html.split("Niet in deze export")[0]
    assert {f for f in WRITERS if f'id="{school[f]}"' in kept} == SEES[role]
