"""Roster import on SQLite and PostgreSQL: upserts, leavers, and all-or-nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.roster import RosterError, read_staff, read_students
from storage.database import session_factory
from storage.roster_import import Counts, import_roster_files
from storage.tables import Location, MentorRow, StaffRow, StudentRow
from storage.uow import SqlUnitOfWork

TODAY = date(2026, 3, 2)
LATER = date(2026, 9, 1)

STAFF = """\
staff_id,display_name,email,aad_object_id,roles,location,classes
jdb,Jan de Boer,J.deBoer@school.nl,aad-1,docent;mentor,noord,2A;3B
sv,Sandra Visser,sv@school.nl,aad-2,teamleider,noord,
kz,Kim Zuidema,kz@school.nl,aad-3,mentor,zuid,
"""

STUDENTS = """\
student_number,first_name,last_name,class,location,mentors,date_of_birth,expected_end_date,heightened_protocol
100001,Jan,de Vries,2A,noord,jdb,2012-03-14,2030-07-31,false
100002,Zoë,Çelik,2A,noord,jdb;kz,2012-05-01,,true
100003,Sem,Bakker,1B,zuid,kz,,,false
"""


async def _import(engine: AsyncEngine, staff: str | None = STAFF,
                  students: str | None = STUDENTS, today: date = TODAY) -> tuple[
                      Counts | None, Counts | None]:
    summary = await import_roster_files(
        engine,
        None if staff is None else read_staff("staff.csv", staff),
        None if students is None else read_students("students.csv", students),
        today,
    )
    return summary.staff, summary.students


async def _snapshot(engine: AsyncEngine) -> list[object]:
    async with engine.connect() as connection:
        return [list(await connection.execute(select(table).order_by(*table.primary_key)))
                for table in (Location.__table__, StaffRow.__table__, StudentRow.__table__,
                              MentorRow.__table__)]


async def test_good_files_are_imported(engine: AsyncEngine) -> None:
    staff, students = await _import(engine)
    assert staff == Counts(created=3) and students == Counts(created=3)
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        mentor = await uow.directory.staff_by_email("J.DEBOER@school.nl")
        zoe = await uow.directory.student("100002")
        found = await uow.directory.students_matching(["celik"], limit=5)
    assert mentor is not None and mentor.aad_object_id == "aad-1"
    assert mentor.classes == {"2A", "3B"}
    assert zoe is not None and zoe.mentors == {"jdb", "kz"} and zoe.heightened_protocol
    assert [s.number for s in found] == ["100002"]
    async with engine.connect() as connection:
        assert set(await connection.scalars(select(Location.code))) == {"noord", "zuid"}


async def test_reimport_updates_and_marks_leavers_and_returners(engine: AsyncEngine) -> None:
    await _import(engine)
    renamed = STUDENTS.replace("Sem,Bakker,1B", "Sem,Bakker,2B").replace("jdb;kz", "kz")
    without_sem = "\n".join(line for line in renamed.splitlines() if "Sem" not in line)
    _, students = await _import(engine, staff=None, students=without_sem, today=LATER)
    assert students == Counts(updated=1, unchanged=1, left=1)
    async with engine.connect() as connection:
        left_on = dict((await connection.execute(select(StudentRow.number,
                                                        StudentRow.left_on))).tuples().all())
        mentors = set((await connection.execute(select(MentorRow.student_number,
                                                       MentorRow.staff_id))).tuples().all())
    assert left_on == {"100001": None, "100002": None, "100003": LATER}
    assert ("100002", "jdb") not in mentors and ("100003", "kz") in mentors
    _, students = await _import(engine, staff=None, students=renamed, today=LATER)
    assert students == Counts(updated=1, unchanged=2, returned=1)


async def test_staff_missing_from_a_new_file_leave(engine: AsyncEngine) -> None:
    await _import(engine)
    renamed = STAFF.replace("sv,Sandra", "sv,Sandra van")
    staff, _ = await _import(engine, staff=renamed, students=None)
    assert staff == Counts(updated=1, unchanged=2)
    no_kz = "\n".join(line for line in renamed.splitlines() if not line.startswith("kz"))
    students_without_kz = STUDENTS.replace("jdb;kz", "jdb").replace(",kz,", ",jdb,")
    staff, _ = await _import(engine, staff=no_kz, students=students_without_kz, today=LATER)
    assert staff == Counts(unchanged=2, left=1)
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        assert await uow.directory.staff_by_aad("aad-3") is None


BAD_FILES = [
    pytest.param(STAFF.replace("teamleider", "conciërge"), STUDENTS, "staff.csv", 3, "roles",
                 id="unknown role"),
    pytest.param(STAFF, STUDENTS.replace("2012-05-01", "01-05-2012"), "students.csv", 3,
                 "date_of_birth", id="bad date"),
    pytest.param(STAFF, STUDENTS.replace(",kz,", ",xx,"), "students.csv", 4, "mentors",
                 id="unknown mentor"),
    pytest.param(STAFF, STUDENTS.replace("last_name", "surname"), "students.csv", 1,
                 "last_name", id="missing column"),
]


@pytest.mark.parametrize(("staff", "students", "file", "row", "column"), BAD_FILES)
async def test_a_bad_row_imports_nothing(
    engine: AsyncEngine, staff: str, students: str, file: str, row: int, column: str
) -> None:
    await _import(engine)
    before = await _snapshot(engine)
    changed_staff = staff.replace("Jan de Boer", "Jan de Boer-Renamed")
    with pytest.raises(RosterError) as caught:
        await _import(engine, changed_staff, students.replace("Sem", "Semmy"), today=LATER)
    assert (caught.value.file, caught.value.row, caught.value.column) == (file, row, column)
    assert await _snapshot(engine) == before


async def test_a_database_refusal_rolls_back_everything(engine: AsyncEngine) -> None:
    await _import(engine)
    before = await _snapshot(engine)
    # A new location and a new person who has the aad id of a member who leaves: refused.
    clash = STAFF.replace("kz,Kim Zuidema,kz@school.nl,aad-3,mentor,zuid",
                          "nn,Nina Noord,nn@school.nl,aad-3,mentor,west")
    with pytest.raises(IntegrityError):
        await _import(engine, clash.replace("Jan de Boer", "Jan de Boer-Renamed"),
                      students=None)
    async with engine.connect() as connection:
        assert await connection.scalar(select(func.count()).select_from(Location)) == 2
    assert await _snapshot(engine) == before
