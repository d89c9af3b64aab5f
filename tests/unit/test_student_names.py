"""Typos forgiven within bounds, the name index, the ranking rules and need-to-know."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from domain.access import closeness, is_involved
from domain.roles import Role
from domain.school import Staff, Student
from domain.services.find_students import ranked_students
from domain.services.roster_names import RosterNames
from domain.student_names import StudentNames
from domain.typos import TermFinder, distance_within, is_near
from storage.demo.school import build_school
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import member


@pytest.mark.parametrize(("typed", "term", "near"), [
    ("jna", "jan", True),  # three letters: a swap of neighbours
    ("jen", "jan", False),  # ... but nothing else
    ("logbok", "logboek", True),  # 4-7 letters: one typo
    ("lgbok", "logboek", False),
    ("vermeulne", "vermeulen", True),  # 8+ letters: two typos
    ("vermuelne", "vermeulen", True),
    ("vrmuelne", "vermeulen", False),
    ("jan", "jan", False),  # equal is not a typo
])
def test_typos_are_forgiven_by_word_length(typed: str, term: str, near: bool) -> None:
    assert is_near(typed, term) is near


def test_the_distance_counts_a_swap_as_one_edit() -> None:
    assert distance_within("ab", "ba", 1) and not distance_within("abc", "cba", 1)


def test_terms_are_found_by_prefix_and_by_typo() -> None:
    finder = TermFinder(["jan", "jansen", "janssen", "logboek", "100001"])
    assert finder.prefixed("jan") == ["jansen", "janssen"]
    assert finder.prefixed("ja") == []  # too short to stand for a name
    assert finder.near("logbok") == ["logboek"] and finder.near("jansen") == ["janssen"]
    assert finder.near("100002") == []  # numbers are typed exactly


MENTOR = member("m1", Role.MENTOR, Role.DOCENT, classes="2A")
LEADER = member("tl1", Role.TEAMLEIDER)
DOCENT = member("d1", Role.DOCENT, classes="3B")
JAN = Student("1", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))
SOPHIE = Student("2", "Sophie", "Jansen", "2A", "noord", mentors=frozenset({"m1"}))
ELIF = Student("3", "Elif", "Janssen", "2A", "noord")
JAN_B = Student("4", "Jan", "Bakker", "3B", "noord")
LOTTE = Student("5", "Lotte", "de Vries", "2A", "zuid")
NAMES = StudentNames([JAN, SOPHIE, ELIF, JAN_B, LOTTE])


def numbers(viewer: Staff, typed: str) -> tuple[str | None, list[str]]:
    ranked = ranked_students(viewer, typed.split(), NAMES)
    return (ranked.chosen.number if ranked.chosen else None,
            [s.number for s in ranked.students])


def test_an_exact_first_name_comes_before_names_that_start_with_it() -> None:
    assert numbers(MENTOR, "jan") == ("1", ["1"])  # not Jansen, Janssen first (issue 16)
    assert numbers(MENTOR, "jans") == (None, ["2", "3"])  # prefixes: a choice


def test_the_own_student_is_answered_at_once_the_rest_of_the_location_only_listed() -> None:
    leader_and_mentor = member("x", Role.TEAMLEIDER, Role.MENTOR)
    assert numbers(leader_and_mentor, "jan") == (None, ["4", "1"])  # not her mentee: a choice
    mentor_of_jan = member("m1", Role.TEAMLEIDER, Role.MENTOR)
    assert numbers(mentor_of_jan, "jan") == ("1", ["1", "4"])  # her mentee first, at once
    assert numbers(LEADER, "jan") == (None, ["4", "1"])  # no own student: truly ambiguous


def test_an_exact_full_name_and_a_typo_next_to_an_exact_word_are_answered_at_once() -> None:
    assert numbers(LEADER, "jan de vries")[0] == "1"
    assert numbers(LEADER, "jna de vries")[0] == "1"
    assert numbers(LEADER, "elif jansen")[0] == "3"  # Janssen with one typo, Elif exact
    assert numbers(LEADER, "jna")[0] is None  # a guess alone: "bedoel je...?"


def test_students_outside_the_circle_never_appear() -> None:
    assert numbers(DOCENT, "jan") == ("4", ["4"])  # 2A is not taught by this docent
    assert numbers(MENTOR, "lotte") == (None, [])  # another location
    chosen, shown = numbers(MENTOR, "lotte de vries")  # Lotte unknown here, Jan a guess
    assert chosen is None and "5" not in shown


def test_closeness_is_involvement_for_every_demo_student_and_staff_member() -> None:
    school = build_school(300, 7, date(2026, 11, 2))
    for staff in school.staff[::7]:
        for student in school.students[::3]:
            assert (closeness(staff, student) is not None) == is_involved(staff, student)


async def test_the_index_is_built_once_and_rebuilt_in_the_background_when_old() -> None:
    uow = FakeUnitOfWork((), [JAN])
    seconds = [0.0]
    roster = RosterNames(lambda: uow, lambda: seconds[0], refresh_after=60)
    first = await roster.current()
    uow.directory.students["4"] = JAN_B  # a roster import
    assert await roster.current() is first and first.size == 1
    seconds[0] = 61
    assert await roster.current() is first  # the old index answers during the rebuild
    assert roster._rebuilding is not None
    await roster._rebuilding
    assert (await roster.current()).size == 2


async def test_the_first_messages_wait_for_one_build() -> None:
    uow = FakeUnitOfWork((), [JAN])
    roster = RosterNames(lambda: uow, lambda: 0.0, refresh_after=60)
    built = await asyncio.gather(*(roster.current() for _ in range(5)))
    assert all(names is built[0] for names in built)


def test_a_very_long_word_is_not_searched_for_typos() -> None:
    assert TermFinder(["logboek"]).near("x" * 20_000) == []  # 200 million deletions else
