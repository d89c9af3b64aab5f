"""Students named somewhere in a free text (a Teams message), only within the viewer's circle."""

from __future__ import annotations

import pytest

from domain.school import Student
from domain.services.students_in_text import students_named_in
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import DOCENT, JAN, OTHER_MENTOR, PIET, STAFF, STUDENTS, VC

JANS_NAMESAKE = Student("100009", "Jan", "Smit", "4C", "noord")
SCHOOL = (*STUDENTS, JANS_NAMESAKE)


@pytest.mark.parametrize(("text", "named", "by_full_name"), [
    ("Hoi, JAN DE VRIES was weer te laat.", (JAN,), True),
    ("Over 100001: gesprek gehad", (JAN,), True),
    ("De Vries mist zijn huiswerk", (JAN,), False),
    ("Jan was ziek", (JANS_NAMESAKE, JAN), False),  # by full name: "Jan Smit" first
    ("Janneke en Vriesland", (), False),
    ("", (), False),
])
async def test_names_in_a_message(text: str, named: tuple[Student, ...],
                                  by_full_name: bool) -> None:
    found = await students_named_in(VC, text, FakeUnitOfWork(STAFF, SCHOOL))
    assert (found.students, found.by_full_name) == (named, by_full_name)
    assert found.the_one == (named[0] if by_full_name else None)


async def test_a_student_outside_the_circle_is_never_named() -> None:
    uow = FakeUnitOfWork(STAFF, SCHOOL)
    assert (await students_named_in(OTHER_MENTOR, "Jan de Vries", uow)).students == ()
    assert (await students_named_in(OTHER_MENTOR, "Piet Bakker", uow)).students == (PIET,)
    assert (await students_named_in(DOCENT, "Jan", uow)).students == (JAN,)  # 2A only
