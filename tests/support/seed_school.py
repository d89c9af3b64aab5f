"""The test school (tests/support/school.py) written straight into the roster tables: the
roster is test set-up, not a student's file."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.school import student_search_key
from storage.database import session_factory
from storage.tables import Location, MentorRow, StaffRow, StudentRow
from tests.support.school import STAFF, STUDENTS


async def seed_school(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        session.add_all([Location(code="noord", name="Noord"), Location(code="zuid", name="Zuid")])
        await session.flush()
        session.add_all(StaffRow(id=p.staff_id, display_name=p.name, email=p.email,
                                 aad_object_id=p.aad, location=p.location, roles=p.roles,
                                 classes=p.classes) for p in STAFF)
        for number, first, last, klass, location, _mentors, born in STUDENTS:
            session.add(StudentRow(
                number=number, first_name=first, last_name=last, class_name=klass,
                location=location, date_of_birth=born, expected_end_date=date(2029, 7, 31),
                heightened_protocol=False, export_consent=False,
                search_key=student_search_key(first, last, klass, number)))
        await session.flush()
        session.add_all(MentorRow(student_number=number, staff_id=mentor)
                        for number, *_rest, mentors, _born in STUDENTS for mentor in mentors)
        await session.commit()
