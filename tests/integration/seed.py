"""A small roster inserted straight into the tables (the real importer lives elsewhere)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.school import Staff, Student, student_search_key
from storage.database import session_factory
from storage.tables import Location, MentorRow, StaffRow, StudentRow
from storage.uow import SqlUnitOfWork


async def seed_roster(
    engine: AsyncEngine, staff: Iterable[Staff], students: Iterable[Student]
) -> None:
    staff, students = list(staff), list(students)
    locations = {member.location for member in staff} | {pupil.location for pupil in students}
    async with session_factory(engine)() as session:
        session.add_all(Location(code=code, name=code.title()) for code in sorted(locations))
        await session.flush()
        session.add_all(_staff_row(member) for member in staff)
        session.add_all(_student_row(pupil) for pupil in students)
        await session.flush()
        session.add_all(MentorRow(student_number=pupil.number, staff_id=mentor)
                        for pupil in students for mentor in sorted(pupil.mentors))
        await session.commit()


def _staff_row(member: Staff) -> StaffRow:
    return StaffRow(id=member.id, display_name=member.display_name, email=member.email,
                    aad_object_id=member.aad_object_id, location=member.location,
                    roles=";".join(sorted(member.roles)), classes=";".join(sorted(member.classes)))


def _student_row(pupil: Student) -> StudentRow:
    return StudentRow(
        number=pupil.number, first_name=pupil.first_name, last_name=pupil.last_name,
        class_name=pupil.class_name, location=pupil.location, date_of_birth=pupil.date_of_birth,
        expected_end_date=pupil.expected_end_date, export_consent=pupil.export_consent,
        heightened_protocol=pupil.heightened_protocol, left_on=pupil.left_on,
        search_key=student_search_key(pupil.first_name, pupil.last_name, pupil.class_name,
                                      pupil.number),
    )


def unit_of_work(engine: AsyncEngine) -> SqlUnitOfWork:
    return SqlUnitOfWork(session_factory(engine))


BORN_2010 = date(2010, 3, 14)
