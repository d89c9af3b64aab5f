"""Students named somewhere in a free text (a Teams message), only within the viewer's
circle: the chat's name index and ranking, applied to each name in the text."""

from __future__ import annotations

import pytest

from domain.school import Student
from domain.services.students_in_text import students_named_in
from domain.student_names import StudentNames
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import DOCENT, JAN, MENTOR, OTHER_MENTOR, PIET, STAFF, STUDENTS, VC

JANS_NAMESAKE = Student("100009", "Jan", "Smit", "4C", "noord")
SCHOOL = (*STUDENTS, JANS_NAMESAKE)
INDEXES = {"index": StudentNames(SCHOOL), "no index": None}


@pytest.mark.parametrize("index", INDEXES)
@pytest.mark.parametrize(("text", "named", "the_one"), [
    ("Hoi, JAN DE VRIES was weer te laat.", (JAN,), JAN),
    ("Over 100001: gesprek gehad", (JAN,), JAN),
    ("De Vries mist zijn huiswerk", (JAN,), JAN),  # as `logboek de vries`
    ("Jna de Vries mist zijn huiswerk", (JAN,), JAN),  # a typo next to an exact word
    ("Jan was ziek", (JANS_NAMESAKE, JAN), None),  # two Jans, neither the VC's own
    ("Jna was ziek", (JANS_NAMESAKE, JAN), None),  # only a guess: "bedoel je…?"
    ("Jan de Vries en Jan Smit hadden ruzie", (JAN, JANS_NAMESAKE), None),  # two named
    ("Janneke en Vriesland", (), None),
    ("", (), None),
])
async def test_names_in_a_message(index: str, text: str, named: tuple[Student, ...],
                                  the_one: Student | None) -> None:
    found = await students_named_in(VC, text, FakeUnitOfWork(STAFF, SCHOOL), INDEXES[index])
    assert (found.students, found.the_one) == (named, the_one)


async def test_the_users_own_student_is_chosen_among_namesakes() -> None:
    uow = FakeUnitOfWork(STAFF, SCHOOL)
    found = await students_named_in(MENTOR, "Jan was vandaag erg onrustig", uow,
                                    INDEXES["index"])
    assert found.the_one == JAN


@pytest.mark.parametrize("index", INDEXES)
async def test_a_student_outside_the_circle_is_never_named(index: str) -> None:
    uow, names = FakeUnitOfWork(STAFF, SCHOOL), INDEXES[index]
    assert (await students_named_in(OTHER_MENTOR, "Jan de Vries", uow, names)).students == ()
    assert (await students_named_in(OTHER_MENTOR, "Piet Bakker", uow, names)).the_one == PIET
    assert (await students_named_in(DOCENT, "Jan", uow, names)).the_one == JAN  # 2A only


async def test_a_student_added_since_the_index_was_built_is_found_in_the_database() -> None:
    newcomer = Student("100010", "Ayla", "Smit", "4C", "noord")
    stale = StudentNames(SCHOOL)  # built before Ayla arrived: as the chat, the index knows
    uow = FakeUnitOfWork(STAFF, (*SCHOOL, newcomer))  # nobody by that name, so ask the roster
    found = await students_named_in(VC, "Ayla was ziek", uow, stale)
    assert found.the_one == newcomer


async def test_the_name_is_found_anywhere_in_a_60_kb_message() -> None:
    text = ("Een Heel Lang Verhaal, Jan Smit en Jna Smti? " * 1300  # names, guesses: repeated
            + "".join(f"Over Jen{n:04}. " for n in range(300))  # past the guessing budget
            + "Groet, Jan de Vries")
    assert len(text) > 60_000
    found = await students_named_in(VC, text, FakeUnitOfWork(STAFF, SCHOOL), INDEXES["index"])
    assert (found.students, found.the_one) == ((JANS_NAMESAKE, JAN), None)  # two: a choice
    alone = text.replace("Jan Smit en ", "")  # a mere guess ("Jna Smti") hides no full name
    found = await students_named_in(VC, alone, FakeUnitOfWork(STAFF, SCHOOL), INDEXES["index"])
    assert found.the_one == JAN


@pytest.mark.parametrize(("text", "named", "the_one"), [
    ("Jan Jansen was ziek", (JAN,), None),  # a surname the docent's students do not carry
    ("Was Jan er? Morgen weer", (JAN,), JAN),  # a name ends at punctuation
    ("Jan-Willem de Vries-Smit", (JAN,), None),  # hyphenated names are read per part
])
async def test_a_name_is_read_as_written(text: str, named: tuple[Student, ...],
                                         the_one: Student | None) -> None:
    found = await students_named_in(DOCENT, text, FakeUnitOfWork(STAFF, SCHOOL),
                                    INDEXES["index"])
    assert (found.students, found.the_one) == (named, the_one)
