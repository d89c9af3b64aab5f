"""The roster behind the domain's Directory port: staff and students, read by id or by words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Row, Select, and_, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import StudentScope
from domain.roles import Role
from domain.school import Staff, Student
from storage.student_queries import (
    BY_NUMBER,
    STUDENTS,
    in_scope,
    mentor_ids,
    search_words,
    word_conditions,
    word_values,
)
from storage.tables import StaffRow, StudentRow


def split(cell: str) -> list[str]:
    return [part for part in cell.split(";") if part]


def staff_to_domain(row: StaffRow) -> Staff:
    return Staff(
        id=row.id,
        display_name=row.display_name,
        email=row.email,
        roles=frozenset(Role(code) for code in split(row.roles)),
        location=row.location,
        classes=frozenset(split(row.classes)),
        aad_object_id=row.aad_object_id,
    )


def student_to_domain(row: StudentRow | Row[Any], mentors: Sequence[str]) -> Student:
    return Student(
        number=row.number,
        first_name=row.first_name,
        last_name=row.last_name,
        class_name=row.class_name,
        location=row.location,
        mentors=frozenset(mentors),
        date_of_birth=row.date_of_birth,
        expected_end_date=row.expected_end_date,
        heightened_protocol=row.heightened_protocol,
        left_on=row.left_on,
        export_consent=row.export_consent,
        search_key=row.search_key,
    )


class SqlDirectory:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def staff_by_aad(self, aad_object_id: str) -> Staff | None:
        return await self._one_staff(StaffRow.aad_object_id == aad_object_id)

    async def staff_by_email(self, email: str) -> Staff | None:
        return await self._one_staff(StaffRow.email == email.strip().lower())

    async def staff_by_id(self, staff_id: str) -> Staff | None:
        return await self._one_staff(StaffRow.id == staff_id)

    async def link_aad(self, staff_id: str, aad_object_id: str) -> bool:
        result = await self._session.execute(
            update(StaffRow).where(StaffRow.id == staff_id, StaffRow.aad_object_id.is_(None),
                                   StaffRow.left_on.is_(None))
            .values(aad_object_id=aad_object_id))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def staff_at(self, location: str) -> list[Staff]:
        rows = await self._session.scalars(
            select(StaffRow).where(StaffRow.location == location, StaffRow.left_on.is_(None))
        )
        return [staff_to_domain(row) for row in rows]

    async def student(self, number: str) -> Student | None:
        found = await self._students(BY_NUMBER, {"number": number})
        return found[0] if found else None

    async def students_matching(self, words: Sequence[str], limit: int) -> list[Student]:
        """Current students whose name, class or number contain every word (accents ignored)."""
        folded = search_words(words)
        if not folded:
            return []
        query = (
            STUDENTS
            .where(and_(*word_conditions(len(folded))), StudentRow.left_on.is_(None))
            .order_by(StudentRow.last_name, StudentRow.first_name, StudentRow.number)
            .limit(limit)
        )
        return await self._students(query, word_values(folded))

    async def students_in_scope(
        self, scope: StudentScope, words: Sequence[str] = (), limit: int | None = None,
    ) -> list[Student]:
        """Current students in the scope (location, classes, mentees) matching every word."""
        search = in_scope(scope, words, limit)
        return [] if search is None else await self._students(*search)

    async def staff_names(self, ids: Sequence[str]) -> Mapping[str, str]:
        """Display names by staff id, including staff who have left (they wrote entries)."""
        if not ids:
            return {}
        rows = await self._session.execute(_STAFF_NAMES, {"ids": sorted(set(ids))})
        return {staff_id: name for staff_id, name in rows}

    async def current_students(self) -> list[Student]:
        return await self._students(_CURRENT, {})
    async def student_names(self) -> list[tuple[str, str]]:
        rows = await self._session.execute(_STUDENT_NAMES)
        return [(first, last) for first, last in rows]

    async def _one_staff(self, condition: object) -> Staff | None:
        row = await self._session.scalar(
            select(StaffRow).where(condition, StaffRow.left_on.is_(None))  # type: ignore[arg-type]
        )
        return None if row is None else staff_to_domain(row)

    async def _students(self, query: Select[Any], values: dict[str, Any]) -> list[Student]:
        """Students with their mentors' ids, read in one statement (plain rows)."""
        return [student_to_domain(row, mentor_ids(row.mentor_ids))
                for row in await self._session.execute(query, values)]


_CURRENT = STUDENTS.where(StudentRow.__table__.c.left_on.is_(None))
_STAFF = StaffRow.__table__.c  # plain Core: no ORM execution path (see storage/logbook.py)
_STUDENT_NAMES = select(StudentRow.__table__.c.first_name, StudentRow.__table__.c.last_name)
_STAFF_NAMES = select(_STAFF.id, _STAFF.display_name).where(
    _STAFF.id.in_(bindparam("ids", expanding=True)))
