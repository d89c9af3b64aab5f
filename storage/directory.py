"""The roster behind the domain's Directory port: staff and students, read by id or by words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.access import StudentScope
from domain.roles import Role
from domain.school import Staff, Student, fold
from storage.tables import MentorRow, StaffRow, StudentRow


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

    async def staff_at(self, location: str) -> list[Staff]:
        rows = await self._session.scalars(
            select(StaffRow).where(StaffRow.location == location, StaffRow.left_on.is_(None))
        )
        return [staff_to_domain(row) for row in rows]

    async def student(self, number: str) -> Student | None:
        found = await self._students(_STUDENTS.where(StudentRow.number == number))
        return found[0] if found else None

    async def students_matching(self, words: Sequence[str], limit: int) -> list[Student]:
        """Current students whose name, class or number contain every word (accents ignored)."""
        conditions = _word_conditions(words)
        if not conditions:
            return []
        query = (
            _STUDENTS
            .where(and_(*conditions), StudentRow.left_on.is_(None))
            .order_by(StudentRow.last_name, StudentRow.first_name, StudentRow.number)
            .limit(limit)
        )
        return await self._students(query)

    async def students_in_scope(
        self, scope: StudentScope, words: Sequence[str] = (), limit: int | None = None
    ) -> list[Student]:
        """Current students in the scope (location, classes, mentees) matching every word."""
        places = _scope_conditions(scope)
        if not places:
            return []
        query = (
            _STUDENTS
            .where(or_(*places), *_word_conditions(words), StudentRow.left_on.is_(None))
            .order_by(StudentRow.last_name, StudentRow.first_name, StudentRow.number)
            .limit(limit)
        )
        return await self._students(query)

    async def staff_names(self, ids: Sequence[str]) -> Mapping[str, str]:
        """Display names by staff id, including staff who have left (they wrote entries)."""
        if not ids:
            return {}
        rows = await self._session.execute(
            select(StaffRow.id, StaffRow.display_name).where(StaffRow.id.in_(sorted(set(ids))))
        )
        return {staff_id: name for staff_id, name in rows}

    async def _one_staff(self, condition: object) -> Staff | None:
        row = await self._session.scalar(
            select(StaffRow).where(condition, StaffRow.left_on.is_(None))  # type: ignore[arg-type]
        )
        return None if row is None else staff_to_domain(row)

    async def _students(self, query: Select[Any]) -> list[Student]:
        """Students with their mentors' ids, read in one statement (plain rows)."""
        return [student_to_domain(row, split_ids(row.mentor_ids or ""))
                for row in await self._session.execute(query)]


# Mentor ids joined per student by the database (group_concat / string_agg), so a student
# and their mentors come in one statement; staff ids never contain the unit separator.
_ID_SEPARATOR = "\x1f"
_MENTOR_IDS = (
    select(func.aggregate_strings(MentorRow.staff_id, _ID_SEPARATOR))
    .where(MentorRow.student_number == StudentRow.number)
    .scalar_subquery()
    .label("mentor_ids")
)
_STUDENTS = select(*StudentRow.__table__.columns, _MENTOR_IDS)


def split_ids(cell: str) -> list[str]:
    return [part for part in cell.split(_ID_SEPARATOR) if part]


def _word_conditions(words: Sequence[str]) -> list[ColumnElement[bool]]:
    return [StudentRow.search_key.contains(fold(word), autoescape=True)
            for word in words if word.strip()]


def _scope_conditions(scope: StudentScope) -> list[ColumnElement[bool]]:
    places: list[ColumnElement[bool]] = []
    if scope.whole_location:
        places.append(StudentRow.location == scope.location)
    elif scope.classes:
        places.append(and_(StudentRow.location == scope.location,
                           StudentRow.class_name.in_(sorted(scope.classes))))
    if scope.mentor_id is not None:
        mentees = select(MentorRow.student_number).where(MentorRow.staff_id == scope.mentor_id)
        places.append(StudentRow.number.in_(mentees))
    return places
