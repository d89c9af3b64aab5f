"""The demo school: every role, the fixed accounts, and forms that respect the access rules."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from domain.access import default_groups, may_create
from domain.forms import FormType
from domain.roles import Role
from storage.demo import accounts
from storage.demo.logbook import generate_entries
from storage.demo.school import School, build_school, class_names

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def school() -> School:
    return build_school(600, seed=7, today=TODAY)


def test_the_demo_school_has_every_role_and_about_forty_staff(school: School) -> None:
    assert {role for member in school.staff for role in member.roles} == set(Role)
    assert 35 <= len(school.staff) <= 50
    assert len(school.students) == 600
    assert {s.location for s in school.students} == {"noord", "zuid"}


def test_every_fixed_account_is_in_the_school_with_unique_ids(school: School) -> None:
    assert set(accounts.DEMO_ACCOUNTS) <= set(school.staff)
    for attribute in ("id", "email", "aad_object_id"):
        values = [getattr(member, attribute) for member in school.staff]
        assert len(values) == len(set(values)), attribute


def test_jan_de_vries_is_in_2a_at_noord_with_his_mentor(school: School) -> None:
    jans = [s for s in school.students if s.full_name == "Jan de Vries"]
    assert len(jans) == 1
    (jan,) = jans
    assert (jan.class_name, jan.location, jan.mentors) == ("2A", "noord", {"demo-mentor"})
    assert may_create(accounts.DEMO_MENTOR, FormType.MENTORAAT, jan)
    assert may_create(accounts.DEMO_DOCENT, FormType.INFORMATIE, jan)
    assert may_create(accounts.DEMO_VC, FormType.VERANTWOORDING_VERZUIM, jan)
    assert not may_create(accounts.DEMO_TEAMLEIDER_ZUID, FormType.INCIDENT, jan)
    assert not may_create(accounts.DEMO_MENTOR_ZUID, FormType.INFORMATIE, jan)


def test_every_student_has_one_or_two_mentors_at_their_location(school: School) -> None:
    staff = {member.id: member for member in school.staff}
    for student in school.students:
        assert 1 <= len(student.mentors) <= 2
        for mentor in student.mentors:
            assert Role.MENTOR in staff[mentor].roles
            assert staff[mentor].location == student.location
    assert any(len(student.mentors) == 2 for student in school.students)


def test_docents_teach_several_classes(school: School) -> None:
    docents = [m for m in school.staff if m.roles == {Role.DOCENT, Role.MENTOR}]
    assert all(len(m.classes) >= 2 for m in docents if not m.id.startswith("demo-"))


def test_the_same_seed_builds_the_same_school() -> None:
    assert build_school(100, 3, TODAY) == build_school(100, 3, TODAY)
    names = [s.full_name for s in build_school(100, 4, TODAY).students]
    assert names != [s.full_name for s in build_school(100, 3, TODAY).students]


def test_big_schools_get_more_classes_per_year() -> None:
    assert class_names(3)[:4] == ["1A", "1B", "1C", "2A"]
    assert class_names(28)[26:28] == ["1AA", "1AB"]
    big = build_school(5000, 1, TODAY)
    assert len({(s.location, s.class_name) for s in big.students}) == 2 * 6 * 15


def test_every_generated_form_is_one_its_author_may_create(school: School) -> None:
    staff = {member.id: member for member in school.staff}
    students = {student.number: student for student in school.students}
    rows = list(generate_entries(school, 3000, seed=7, today=TODAY))
    for row in rows:
        author, student = staff[row["author_id"]], students[row["student_number"]]
        form = FormType(row["form_type"])
        assert may_create(author, form, student), row
        assert set(row["access"].split(";")) == set(default_groups(author, form, student))
        assert row["created_at"].date() <= TODAY <= date(2027, 7, 31)
        assert row["expires_on"] >= row["created_at"].date()
    assert {row["form_type"] for row in rows} == {form.value for form in FormType}
    plans = Counter((r["student_number"], r["school_year"]) for r in rows
                    if r["form_type"] == FormType.VOORTGANG)
    assert max(plans.values()) == 1
    assert any(r["urgent"] for r in rows) and any(r["expires_on"] < TODAY for r in rows)
    assert sum(1 for r in rows if r["student_number"] == accounts.JAN_NUMBER) >= 8
