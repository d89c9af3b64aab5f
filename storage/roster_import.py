"""Roster import: parsed staff and student files upserted in one transaction, in bulk.

Each file is a full list: whoever is in the database but not in the new file gets
left_on = today (nothing is deleted; retention needs the date), and whoever comes back
gets left_on cleared. A bad file raises before anything is written; the caller's
transaction makes the whole import all-or-nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence, Set
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from domain.roles import Role
from domain.roster import RosterFile, check_mentors
from domain.school import Staff, Student
from storage.database import session_factory
from storage.tables import Location, MentorRow, StaffRow, StudentRow

log = logging.getLogger(__name__)

CHUNK = 5000  # rows per statement batch; keeps every IN list and parameter set small
T = TypeVar("T")


@dataclass(frozen=True)
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    left: int = 0
    returned: int = 0  # had left, now back (included in updated)

    def __str__(self) -> str:
        return (f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.left} left, {self.returned} returned")


@dataclass(frozen=True)
class ImportSummary:
    staff: Counts | None
    students: Counts | None

    def lines(self) -> list[str]:
        return [f"{kind}: {counts}" for kind, counts in
                (("staff", self.staff), ("students", self.students)) if counts is not None]


async def import_roster_files(
    engine: AsyncEngine,
    staff: RosterFile[Staff] | None,
    students: RosterFile[Student] | None,
    today: date,
) -> ImportSummary:
    """The whole import as one transaction: it commits completely or not at all."""
    async with session_factory(engine)() as session, session.begin():
        return await import_roster(session, staff, students, today)


async def import_roster(
    session: AsyncSession,
    staff: RosterFile[Staff] | None,
    students: RosterFile[Student] | None,
    today: date,
) -> ImportSummary:
    if students is not None:
        check_mentors(students, await _current_staff_ids(session, staff))
    locations = {member.location for member in (staff.records if staff else ())}
    locations |= {student.location for student in (students.records if students else ())}
    await _ensure_locations(session, locations)
    staff_counts = students_counts = None
    if staff is not None:
        staff_counts = await _upsert(session, StaffRow, "id",
                                     [staff_row(s) for s in staff.records], today)
    if students is not None:
        gone, added = await _mentor_changes(session, students.records)
        students_counts = await _upsert(session, StudentRow, "number",
                                        [student_row(s) for s in students.records], today,
                                        also_changed={number for number, _ in gone | added})
        await _apply_mentor_changes(session, gone, added)
    summary = ImportSummary(staff_counts, students_counts)
    log.info("roster import: %s", "; ".join(summary.lines()))
    return summary


def staff_row(staff: Staff) -> dict[str, Any]:
    return {
        "id": staff.id,
        "display_name": staff.display_name,
        "email": staff.email.lower(),
        "aad_object_id": staff.aad_object_id,
        "location": staff.location,
        "roles": ";".join(role.value for role in Role if role in staff.roles),
        "classes": ";".join(sorted(staff.classes)),
        "left_on": None,
    }


def student_row(student: Student) -> dict[str, Any]:
    return {
        "number": student.number,
        "first_name": student.first_name,
        "last_name": student.last_name,
        "class_name": student.class_name,
        "location": student.location,
        "date_of_birth": student.date_of_birth,
        "expected_end_date": student.expected_end_date,
        "heightened_protocol": student.heightened_protocol,
        "left_on": None,
        "search_key": student.search_key,
    }


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


async def _current_staff_ids(session: AsyncSession, staff: RosterFile[Staff] | None) -> set[str]:
    """Mentors must be staff: those in the new staff file, else the current ones stored."""
    if staff is not None:
        return {member.id for member in staff.records}
    rows = await session.scalars(select(StaffRow.id).where(StaffRow.left_on.is_(None)))
    return set(rows)


async def _ensure_locations(session: AsyncSession, codes: set[str]) -> None:
    known = set(await session.scalars(select(Location.code)))
    missing = sorted(codes - known)
    if missing:
        await session.execute(insert(Location), [{"code": c, "name": c} for c in missing])


async def _upsert(
    session: AsyncSession, model: type[StaffRow] | type[StudentRow], key: str,
    rows: list[dict[str, Any]], today: date, also_changed: Set[str] = frozenset(),
) -> Counts:
    """Insert the new rows, update the changed ones, and mark the missing ones as left."""
    stored = {row[key]: row for row in (await session.execute(select(model.__table__))).mappings()}
    new = [row for row in rows if row[key] not in stored]
    changed = [row for row in rows if row[key] in stored
               and (row[key] in also_changed or _differs(row, stored[row[key]]))]
    returned = sum(1 for row in changed if stored[row[key]]["left_on"] is not None)
    in_file = {row[key] for row in rows}
    leaving = [k for k, row in stored.items() if k not in in_file and row["left_on"] is None]
    for batch in chunks(changed):  # first, so that a moved e-mail or aad id is free again
        await session.execute(update(model), list(batch))  # bulk UPDATE by primary key
    for batch in chunks(new):
        await session.execute(insert(model), list(batch))
    column = getattr(model, key)
    for batch in chunks(leaving):
        await session.execute(update(model).where(column.in_(batch)).values(left_on=today))
    return Counts(created=len(new), updated=len(changed), left=len(leaving), returned=returned,
                  unchanged=len(rows) - len(new) - len(changed))


def _differs(row: dict[str, Any], stored: Any) -> bool:
    return any(stored[name] != value for name, value in row.items())


async def _mentor_changes(
    session: AsyncSession, students: Sequence[Student]
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(pairs to remove, pairs to add): the file's mentors replace the stored ones."""
    wanted = {(s.number, m) for s in students for m in s.mentors}
    numbers = {s.number for s in students}
    rows = await session.execute(select(MentorRow.student_number, MentorRow.staff_id))
    stored = {(number, staff) for number, staff in rows.tuples() if number in numbers}
    return stored - wanted, wanted - stored


async def _apply_mentor_changes(
    session: AsyncSession, gone: set[tuple[str, str]], added: set[tuple[str, str]]
) -> None:
    connection = await session.connection()  # Core executemany: one DELETE, many pairs
    removals = [{"b_student": n, "b_staff": m} for n, m in sorted(gone)]
    for batch in chunks(removals):
        await connection.execute(
            delete(MentorRow).where(MentorRow.student_number == bindparam("b_student"),
                                    MentorRow.staff_id == bindparam("b_staff")),
            list(batch),
        )
    for batch in chunks([{"student_number": n, "staff_id": m} for n, m in sorted(added)]):
        await connection.execute(insert(MentorRow), list(batch))
