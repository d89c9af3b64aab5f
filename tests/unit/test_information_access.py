"""Who reads and edits a form (DOMAIN.md §1, "Decision (revised)" and "Editing")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from domain.access import default_groups, may_edit, may_read_entry, writing_role
from domain.errors import NotAllowed
from domain.forms import CATALOGUE, FormType
from domain.logbook import Entry
from domain.roles import Role
from domain.school import Staff, Student
from domain.services.entry_rules import checked_access

R = Role
STUDENT = Student("100001", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1", "m2"}))
WHEN = datetime(2026, 11, 2, tzinfo=UTC)


def staff(*roles: Role, id: str = "s1") -> Staff:
    return Staff(id, "Test", "t@school.nl", frozenset(roles), "noord", frozenset({"2A"}))


def entry(form: FormType, author: str, role: Role, access: frozenset[Role]) -> Entry:
    return Entry("e1", STUDENT.number, form, "x", author, role, WHEN, WHEN,
                 WHEN.date().replace(year=2027), False, access)


CARE_ONLY = frozenset({R.ZORGONDERSTEUNING})
INFO = CATALOGUE[FormType.INFORMATIE].choosable


@pytest.mark.parametrize(("reader", "ticked", "reads"), [
    (staff(R.DOCENT, id="d1"), CARE_ONLY, False),
    (staff(R.MENTOR, id="m1"), CARE_ONLY, False),
    (staff(R.TEAMLEIDER, id="t1"), CARE_ONLY, False),
    (staff(R.ZORGONDERSTEUNING, id="z2"), CARE_ONLY, True),
    (staff(R.VERZUIMCOORDINATOR, id="v1"), CARE_ONLY, False),
    (staff(R.ZORGONDERSTEUNING, id="z1"), frozenset(), True),  # the author personally
    (staff(R.DOCENT, id="d1"), frozenset({R.DOCENT}), True),
    (staff(R.MT, id="mt"), INFO, False),
])
def test_an_information_form_is_read_by_its_author_and_the_ticked_groups_only(
    reader: Staff, ticked: frozenset[Role], reads: bool
) -> None:
    note = entry(FormType.INFORMATIE, "z1", R.ZORGONDERSTEUNING, ticked)
    assert may_read_entry(reader, note, STUDENT) is reads


def test_the_eight_choosable_groups_are_the_same_for_every_author() -> None:
    assert INFO == {R.DOCENT, R.MENTOR, R.TEAMLEIDER, R.ZORGONDERSTEUNING, R.LOB,
                    R.ONDERWIJSBEGELEIDER, R.STAGECOORDINATOR, R.VERZUIMCOORDINATOR}


@pytest.mark.parametrize(("author", "pre_ticked"), [
    (staff(R.DOCENT), {R.MENTOR}),
    (staff(R.MENTOR, id="m1"), {R.MENTOR, R.TEAMLEIDER}),
    (staff(R.TEAMLEIDER), {R.TEAMLEIDER, R.MENTOR}),
    (staff(R.ZORGONDERSTEUNING), {R.ZORGONDERSTEUNING}),
    (staff(R.VERZUIMCOORDINATOR), {R.VERZUIMCOORDINATOR, R.MENTOR}),
    (staff(R.DOCENT, R.MENTOR, id="m1"), {R.MENTOR, R.TEAMLEIDER}),
    (staff(R.MENTOR, R.ZORGONDERSTEUNING, id="m1"), {R.ZORGONDERSTEUNING}),
    (staff(R.TEAMLEIDER, R.VERZUIMCOORDINATOR), {R.VERZUIMCOORDINATOR, R.MENTOR}),
])
def test_the_pre_ticked_groups_follow_the_authors_most_specific_role(
    author: Staff, pre_ticked: set[Role]
) -> None:
    assert default_groups(author, FormType.INFORMATIE, STUDENT) == pre_ticked


def test_several_roles_write_as_the_most_specific_one() -> None:
    both = staff(R.DOCENT, R.MENTOR, R.TEAMLEIDER, id="m1")
    assert writing_role(both, FormType.INFORMATIE, STUDENT) is R.TEAMLEIDER


@pytest.mark.parametrize(("ticked", "allowed"), [
    (frozenset(), True),
    (frozenset({R.LOB, R.STAGECOORDINATOR}), True),
    (frozenset({R.MT}), False),
    (frozenset({R.IOT}), False),
    (frozenset({R.TEAM_ACOI, R.MENTOR}), False),
])
def test_the_author_widens_or_narrows_within_the_choosable_groups_only(
    ticked: frozenset[Role], allowed: bool
) -> None:
    author = staff(R.ZORGONDERSTEUNING)
    if allowed:
        assert checked_access(author, FormType.INFORMATIE, STUDENT, ticked) == ticked
    else:
        with pytest.raises(NotAllowed):
            checked_access(author, FormType.INFORMATIE, STUDENT, ticked)


MENTOR, NEXT_MENTOR = staff(R.MENTOR, id="m1"), staff(R.MENTOR, id="m2")
FORMER_MENTOR = staff(R.MENTOR, id="m9")  # no longer this student's mentor
CARE, TEAM_LEADER = staff(R.ZORGONDERSTEUNING, id="z1"), staff(R.TEAMLEIDER, id="t1")
OTHER_TEAM_LEADER, DOCENT = staff(R.TEAMLEIDER, id="t2"), staff(R.DOCENT, id="d1")
ALL = frozenset(R)


@pytest.mark.parametrize(("editor", "form", "author", "author_role", "edits"), [
    (DOCENT, FormType.INFORMATIE, "d1", R.DOCENT, True),  # the author
    (MENTOR, FormType.INFORMATIE, "d1", R.DOCENT, False),
    (TEAM_LEADER, FormType.INFORMATIE, "d1", R.DOCENT, False),
    (TEAM_LEADER, FormType.INFORMATIE, "t2", R.TEAMLEIDER, True),  # a teamleider wrote it
    (TEAM_LEADER, FormType.INCIDENT, "t2", R.TEAMLEIDER, True),
    (OTHER_TEAM_LEADER, FormType.INFORMATIE, "m1", R.MENTOR, False),
    (NEXT_MENTOR, FormType.MENTORAAT, "m1", R.MENTOR, True),  # handed over to the next mentor
    (CARE, FormType.MENTORAAT, "m1", R.MENTOR, True),  # completed by zorgondersteuning
    (FORMER_MENTOR, FormType.MENTORAAT, "m9", R.MENTOR, False),
    (TEAM_LEADER, FormType.MENTORAAT, "m1", R.MENTOR, False),
    (NEXT_MENTOR, FormType.VOORTGANG, "z1", R.ZORGONDERSTEUNING, True),
    (CARE, FormType.VOORTGANG, "m1", R.MENTOR, True),
    (DOCENT, FormType.VOORTGANG, "m1", R.MENTOR, False),
    (NEXT_MENTOR, FormType.ZORG_START, "z1", R.ZORGONDERSTEUNING, False),
])
def test_who_may_edit_which_form(
    editor: Staff, form: FormType, author: str, author_role: Role, edits: bool
) -> None:
    assert may_edit(editor, entry(form, author, author_role, ALL), STUDENT) is edits
