"""Who may create and read which form, for which student: the table of DOMAIN.md §1."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.access import creatable_forms, is_involved, may_create, may_read, roles_towards
from domain.forms import CATALOGUE, FormType
from domain.roles import Role
from domain.school import Staff, Student

STUDENT = Student("100001", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}))


def staff(*roles: Role, id: str = "s1", location: str = "noord", classes: str = "") -> Staff:
    return Staff(id, "Test", "t@school.nl", frozenset(roles), location,
                 frozenset(c for c in classes.split(";") if c))


def test_mentor_is_involved_only_with_own_mentees() -> None:
    assert roles_towards(staff(Role.MENTOR, id="m1"), STUDENT) == {Role.MENTOR}
    assert not is_involved(staff(Role.MENTOR, id="m2"), STUDENT)


def test_docent_is_involved_through_the_classes_taught() -> None:
    assert is_involved(staff(Role.DOCENT, classes="2A;3B"), STUDENT)
    assert not is_involved(staff(Role.DOCENT, classes="3B"), STUDENT)


def test_location_roles_serve_only_their_own_location() -> None:
    assert is_involved(staff(Role.TEAMLEIDER), STUDENT)
    assert not is_involved(staff(Role.TEAMLEIDER, location="zuid"), STUDENT)


def test_docent_is_never_offered_the_care_start_document() -> None:
    assert FormType.ZORG_START not in creatable_forms(staff(Role.DOCENT, classes="2A"), STUDENT)


def test_several_roles_give_the_union() -> None:
    both = staff(Role.DOCENT, Role.STAGECOORDINATOR, classes="2A")
    assert {FormType.INFORMATIE, FormType.STAGE} <= set(creatable_forms(both, STUDENT))


@pytest.mark.parametrize(("role", "form", "allowed"), [
    (Role.MENTOR, FormType.MENTORAAT, True),
    (Role.DOCENT, FormType.MENTORAAT, False),
    (Role.ZORGONDERSTEUNING, FormType.ZORG_START, True),
    (Role.VERZUIMCOORDINATOR, FormType.VERANTWOORDING_VERZUIM, True),
    (Role.MENTOR, FormType.VERANTWOORDING_VERZUIM, False),
    (Role.TEAMLEIDER, FormType.INCIDENT, True),
    (Role.MT, FormType.INCIDENT, False),
    (Role.LOB, FormType.LOB, True),
    (Role.VERZUIMADMINISTRATIE, FormType.VERZUIMADMINISTRATIE, True),
])
def test_who_may_create_which_form(role: Role, form: FormType, allowed: bool) -> None:
    member = staff(role, id="m1", classes="2A")
    assert may_create(member, form, STUDENT) is allowed


@pytest.mark.parametrize(("role", "form", "allowed"), [
    (Role.MT, FormType.MENTORAAT, True),
    (Role.DOCENT, FormType.MENTORAAT, False),
    (Role.TEAMLEIDER, FormType.INCIDENT, True),
    (Role.ZORGONDERSTEUNING, FormType.INCIDENT, False),
    (Role.TEAM_ACOI, FormType.VERANTWOORDING_VERZUIM, True),
    (Role.VERZUIMCOORDINATOR, FormType.VERZUIMADMINISTRATIE, True),
    (Role.MENTOR, FormType.VERZUIMADMINISTRATIE, False),
    (Role.ONDERWIJSBEGELEIDER, FormType.LOB, True),
])
def test_who_may_read_which_form_with_its_preset_groups(
    role: Role, form: FormType, allowed: bool
) -> None:
    member = staff(role, id="m1", classes="2A")
    assert may_read(member, form, CATALOGUE[form].read, STUDENT) is allowed


roles = st.frozensets(st.sampled_from(list(Role)), min_size=1, max_size=3)
students = st.builds(
    Student, number=st.just("1"), first_name=st.just("A"), last_name=st.just("B"),
    class_name=st.sampled_from(["1A", "2A"]), location=st.sampled_from(["noord", "zuid"]),
    mentors=st.frozensets(st.sampled_from(["s1", "s2"]), max_size=2),
)
members = st.builds(
    Staff, id=st.sampled_from(["s1", "s2"]), display_name=st.just("X"), email=st.just("x@x"),
    roles=roles, location=st.sampled_from(["noord", "zuid"]),
    classes=st.frozensets(st.sampled_from(["1A", "2A"]), max_size=2),
)


@given(member=members, student=students, form=st.sampled_from(list(FormType)),
       groups=st.frozensets(st.sampled_from(list(Role))))
def test_no_one_outside_the_table_creates_or_reads(
    member: Staff, student: Student, form: FormType, groups: frozenset[Role]
) -> None:
    involved_as = roles_towards(member, student)
    assert involved_as <= member.roles
    if may_create(member, form, student):
        assert involved_as & CATALOGUE[form].create
    if may_read(member, form, groups, student):
        assert involved_as & (groups | CATALOGUE[form].create)
    if not is_involved(member, student):
        assert not may_create(member, form, student)
        assert not may_read(member, form, groups, student)
