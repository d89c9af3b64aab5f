"""An export holds exactly what its maker may read, says what it leaves out, and hides
other students' names (DOMAIN.md §2)."""

from __future__ import annotations

import pytest

from domain.classmates import CLASSMATE, NameMask
from domain.export import LeftOut
from domain.forms import FormType
from domain.roles import Role
from domain.school import Staff, Student
from domain.services.export_file import export_file
from domain.services.write_entry import NewEntry, write_entry
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.school import JAN, MT, NOW, STAFF, STUDENTS, TEAMLEIDER, VC, ZORG, member

ADMIN = member("va1", Role.VERZUIMADMINISTRATIE)
ZOE = Student("100003", "Zoë", "Çelik", "2A", "noord")
TWIN = Student("100005", "Jan", "de Vries", "3C", "noord")  # same name as the exported one


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork((*STAFF, ADMIN), (*STUDENTS, ZOE, TWIN))


async def a_file(uow: FakeUnitOfWork) -> None:
    """An incident (teamleider), an absence note (verzuimadministratie) and a care note
    ticked for zorgondersteuning only."""
    incident = {"incident_date": "02-11-2026", "incident_time": "10:00",
                "incident_kind": "Pesten", "action_taken": "Gesprek",
                "student_role": "Slachtoffer", "follow_up": "Ouders bellen",
                "summary": "Zoë Çelik pestte Jan in de pauze; zoe  celik gaf het toe."}
    await write_entry(NewEntry(JAN.number, FormType.INCIDENT, fields=incident),
                      TEAMLEIDER, uow, NOW)
    await write_entry(NewEntry(JAN.number, FormType.VERZUIMADMINISTRATIE,
                               fields={"body": "Afwezig"}), ADMIN, uow, NOW)
    await write_entry(NewEntry(JAN.number, FormType.INFORMATIE, "Zorg", fields={
        "body": "Thuissituatie"}, access=frozenset({Role.ZORGONDERSTEUNING})), ZORG, uow, NOW)


@pytest.mark.parametrize(("exporter", "exported", "left_out"), [
    (TEAMLEIDER, {FormType.INCIDENT}, (
        LeftOut(FormType.INFORMATIE, 1, frozenset({Role.ZORGONDERSTEUNING})),
        LeftOut(FormType.VERZUIMADMINISTRATIE, 1, frozenset()))),
    (MT, set(), (
        LeftOut(FormType.INFORMATIE, 1, frozenset({Role.ZORGONDERSTEUNING})),
        LeftOut(FormType.INCIDENT, 1, frozenset({Role.TEAMLEIDER})),
        LeftOut(FormType.VERZUIMADMINISTRATIE, 1, frozenset()))),
    (ZORG, {FormType.INFORMATIE}, (
        LeftOut(FormType.INCIDENT, 1, frozenset({Role.TEAMLEIDER})),
        LeftOut(FormType.VERZUIMADMINISTRATIE, 1, frozenset()))),
])
async def test_an_export_holds_exactly_what_its_maker_may_read(
    uow: FakeUnitOfWork, exporter: Staff, exported: set[FormType], left_out: tuple[LeftOut, ...]
) -> None:
    await a_file(uow)
    document = await export_file(exporter, JAN.number, uow, NOW)
    assert document is not None
    assert document.entry_count == len(exported)
    assert document.left_out == left_out
    assert ("Incidentregistratie" in document.html.split("Niet in deze export")[0]) is (
        FormType.INCIDENT in exported)
    assert "Niet in deze export" in document.html


async def test_other_students_names_become_medeleerling_in_the_export(
    uow: FakeUnitOfWork
) -> None:
    await a_file(uow)
    document = await export_file(TEAMLEIDER, JAN.number, uow, NOW)
    assert document is not None
    assert "Çelik" not in document.html and "celik" not in document.html
    assert f"{CLASSMATE} pestte Jan in de pauze; {CLASSMATE} gaf het toe." in document.html


@pytest.mark.parametrize(("text", "masked"), [
    ("Zoë Çelik en Jan de Vries", f"{CLASSMATE} en Jan de Vries"),  # the student's own name
    ("ZOË   ÇELIK", CLASSMATE),
    ("Zoëlla Çelik", "Zoëlla Çelik"),  # only whole names
    ("Zoë alleen", "Zoë alleen"),  # a first name alone is no name match
    ("Piet Bakker (3B)", f"{CLASSMATE} (3B)"),
])
def test_the_name_mask_matches_first_and_last_name(text: str, masked: str) -> None:
    mask = NameMask.for_export(JAN, [("Zoë", "Çelik"), ("Piet", "Bakker"), ("Jan", "de Vries")])
    assert mask(text) == masked


async def test_the_verzuimcoordinator_may_not_export(uow: FakeUnitOfWork) -> None:
    from domain.errors import NotAllowed
    with pytest.raises(NotAllowed):
        await export_file(VC, JAN.number, uow, NOW)
