"""Finding students within one's circle; exporting the whole file, escaped; who receives it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.audit import AuditAction
from domain.errors import NotAllowed
from domain.export import Recipient, export_recipients
from domain.forms import FormType
from domain.roles import Role
from domain.school import Student
from domain.services.edit_entry import EntryChanges, edit_entry
from domain.services.export_file import export_file
from domain.services.find_students import find_students
from domain.services.write_entry import NewEntry, write_entry
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import (
    DOCENT,
    JAN,
    MENTOR,
    NOW,
    OTHER_MENTOR,
    STAFF,
    STUDENTS,
    TEAMLEIDER,
    member,
)

ZOE = Student("100003", "Zoë", "Çelik", "2A", "noord")
SAM = Student("100004", "Sam", "de Vries", "4C", "noord")


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork(STAFF, (*STUDENTS, ZOE, SAM))


@pytest.mark.parametrize(("typed", "found"), [
    ("jan", ["100001"]),
    ("DE VRIES", ["100001"]),  # Sam de Vries is in 4C: not the docent's class
    ("zoe celik", ["100003"]),
    ("2a", ["100001", "100003"]),
    ("100003", ["100003"]),
    ("piet", []),  # another location
])
async def test_a_docent_finds_only_students_of_the_classes_taught(
    uow: FakeUnitOfWork, typed: str, found: list[str]
) -> None:
    result = await find_students(DOCENT, typed, uow)
    assert [s.number for s in result.matches] == found


async def test_no_match_offers_the_closest_names_the_viewer_may_see(uow: FakeUnitOfWork) -> None:
    result = await find_students(TEAMLEIDER, "Jna de Vris", uow)
    assert result.matches == ()
    assert [s.number for s in result.closest] == ["100001"]  # Sam: only "vris" fits
    nothing = await find_students(OTHER_MENTOR, "Jan de Vries", uow)
    assert nothing.matches == () and nothing.closest == ()


async def test_the_export_holds_everything_escaped(uow: FakeUnitOfWork) -> None:
    spring = NOW.replace(month=3)
    hostile = NewEntry(JAN.number, FormType.INFORMATIE, "<script>alert('x')</script>",
                       fields={"body": "Tom & <b>Jerry</b>"},
                       access=frozenset({Role.MENTOR, Role.TEAMLEIDER}))
    old = await write_entry(hostile, DOCENT, uow, spring)  # expired by NOW
    await edit_entry(old.id, EntryChanges(fields={"body": "<i>nieuw</i>"}), DOCENT, uow,
                     spring + timedelta(days=1))
    document = await export_file(TEAMLEIDER, JAN.number, uow, NOW)
    assert document is not None and document.entry_count == 1
    assert "<script>" not in document.html and "<b>" not in document.html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in document.html
    assert "(verlopen)" in document.html and "Wijzigingen" in document.html
    assert "&lt;i&gt;nieuw&lt;/i&gt;" in document.html
    assert document.file_name == "dossier-100001-20261102.html"
    assert document.recipients == {Recipient.PARENTS}
    assert uow.audit.events[-1].action is AuditAction.EXPORT


async def test_only_team_leader_mt_and_care_may_export(uow: FakeUnitOfWork) -> None:
    with pytest.raises(NotAllowed):
        await export_file(MENTOR, JAN.number, uow, NOW)
    assert await export_file(member("tl9", *TEAMLEIDER.roles, location="zuid"),
                             JAN.number, uow, NOW) is None


@pytest.mark.parametrize(("born", "consent", "recipients"), [
    (date(2011, 11, 3), False, {Recipient.PARENTS}),  # 14
    (date(2010, 11, 2), False, {Recipient.STUDENT, Recipient.PARENTS}),  # 16 today
    (date(2008, 11, 3), False, {Recipient.STUDENT, Recipient.PARENTS}),  # 17, 18 tomorrow
    (date(2008, 11, 2), False, {Recipient.STUDENT}),  # 18 today
    (date(2008, 11, 2), True, {Recipient.STUDENT, Recipient.PARENTS}),
    (None, False, set()),
])
def test_who_may_receive_an_export(
    born: date | None, consent: bool, recipients: set[Recipient]
) -> None:
    student = Student("1", "A", "B", "1A", "noord", date_of_birth=born, export_consent=consent)
    assert export_recipients(student, date(2026, 11, 2)) == recipients
