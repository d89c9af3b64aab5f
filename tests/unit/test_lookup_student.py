"""A typed student number is found by its key; everything else goes to the name search."""

from __future__ import annotations

from domain.services.lookup_student import lookup_students
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import DOCENT, JAN, OTHER_MENTOR, PIET, STAFF, STUDENTS


async def test_a_whole_number_finds_the_student() -> None:
    search = await lookup_students(DOCENT, " 100001 ", FakeUnitOfWork(STAFF, STUDENTS))
    assert search.matches == (JAN,)


async def test_a_number_outside_the_circle_is_answered_as_a_number_nobody_has() -> None:
    uow = FakeUnitOfWork(STAFF, STUDENTS)
    assert (await lookup_students(OTHER_MENTOR, JAN.number, uow)
            == await lookup_students(OTHER_MENTOR, "999999", uow))
    assert (await lookup_students(OTHER_MENTOR, PIET.number, uow)).matches == (PIET,)


async def test_names_and_partial_numbers_are_searched() -> None:
    uow = FakeUnitOfWork(STAFF, STUDENTS)
    assert (await lookup_students(DOCENT, "jan vries", uow)).matches == (JAN,)
    assert (await lookup_students(DOCENT, "10000", uow)).matches == (JAN,)
