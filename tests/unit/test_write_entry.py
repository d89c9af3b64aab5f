"""write_entry: the rules of adding a form, on the in-memory unit of work."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.audit import AuditAction
from domain.errors import AlreadyExists, Invalid, NotAllowed, NotFound, Refused
from domain.forms import FormType
from domain.logbook import Attachment
from domain.roles import Role
from domain.services.entry_rules import LogbookLimits
from domain.services.write_entry import NewEntry, write_entry
from tests.unit.fakes import FakeUnitOfWork
from tests.unit.refusals import refused_saying
from tests.unit.school import DOCENT, JAN, MENTOR, NOW, PIET, STAFF, STUDENTS, TEAMLEIDER, ZORG


@pytest.fixture
def uow() -> FakeUnitOfWork:
    return FakeUnitOfWork(STAFF, STUDENTS)


def info(**changes: object) -> NewEntry:
    values: dict[str, object] = {"student_number": JAN.number, "form_type": FormType.INFORMATIE,
                                 "description": "Gesprek over huiswerk",
                                 "fields": {"body": "Afspraken gemaakt."}}
    return NewEntry(**{**values, **changes})  # type: ignore[arg-type]


async def test_a_docent_writes_an_information_form_with_the_defaults(uow: FakeUnitOfWork) -> None:
    entry = await write_entry(info(), DOCENT, uow, NOW)
    assert uow.committed and list(uow.entries.saved.values()) == [entry]
    assert (entry.author_role, entry.expires_on) == (Role.DOCENT, date(2027, 7, 31))
    assert entry.access == {Role.MENTOR}  # a docent's pre-tick (DOMAIN.md §1)
    [event] = uow.audit.events
    assert (event.action, event.actor_id, event.student_number) == (
        AuditAction.WRITE, "d1", JAN.number)
    assert event.detail["entry_id"] == entry.id


async def test_a_fixed_description_is_the_form_name(uow: FakeUnitOfWork) -> None:
    entry = await write_entry(
        info(form_type=FormType.MENTORAAT, description="ignored"), MENTOR, uow, NOW)
    assert entry.description == "Mentoraat (startinformatie/overdracht)"
    assert entry.expires_on == JAN.expected_end_date
    assert entry.access == {Role.MT, Role.TEAMLEIDER, Role.ZORGONDERSTEUNING}


@pytest.mark.parametrize(("command", "refusal", "says"), [
    (info(description="  "), Invalid, "omschrijving"),
    (info(description="x" * 201), Invalid, "201 tekens"),
    (info(fields={}), Invalid, "Vul nog in: Tekst"),
    (info(fields={"body": "x", "colour": "red"}), Invalid, "geen veld colour"),
    (info(expires_on=NOW.date() - timedelta(days=1)), Invalid, "verleden"),
    (info(access=frozenset({Role.MT})), NotAllowed, "MT"),
    (info(form_type=FormType.ZORG_START), NotAllowed, "Zorg: Startdocument"),
    (info(student_number=PIET.number), NotFound, "Geen leerling"),
    (info(student_number="999999"), NotFound, "Geen leerling"),
    (info(parent_id="nope"), NotFound, "niet gevonden"),
    (info(as_role=Role.MENTOR), NotAllowed, "geen"),
])
async def test_refusals_are_explained(
    uow: FakeUnitOfWork, command: NewEntry, refusal: type[Refused], says: str
) -> None:
    with refused_saying(refusal, says):
        await write_entry(command, DOCENT, uow, NOW)
    assert uow.entries.saved == {} and uow.audit.events == []


async def test_locked_access_cannot_be_changed(uow: FakeUnitOfWork) -> None:
    locked = info(form_type=FormType.VOORTGANG, access=frozenset({Role.MENTOR}))
    with refused_saying(NotAllowed, "ligt vast"):
        await write_entry(locked, MENTOR, uow, NOW)


async def test_an_attachment_over_the_limit_is_refused(uow: FakeUnitOfWork) -> None:
    big = Attachment("plan.pdf", "application/pdf", 11 * 1024 * 1024, url="https://x/plan")
    with refused_saying(Invalid, r"11,0 MB.*10,0 MB"):
        await write_entry(info(attachments=(big,)), DOCENT, uow, NOW)
    small = LogbookLimits(max_attachment_bytes=3)
    with refused_saying(Invalid, "plan.pdf"):
        await write_entry(info(attachments=(Attachment("plan.pdf", "x", 1, content=b"1234"),)),
                          DOCENT, uow, NOW, small)


async def test_one_progress_form_per_school_year(uow: FakeUnitOfWork) -> None:
    progress = info(form_type=FormType.VOORTGANG)
    await write_entry(progress, MENTOR, uow, NOW)
    with refused_saying(Invalid, "2026-2027 al een"):
        await write_entry(progress, ZORG, uow, NOW + timedelta(days=30))
    next_year = NOW.replace(year=2027, month=9)
    assert await write_entry(progress, MENTOR, uow, next_year)


async def test_a_form_goes_under_a_readable_item_of_the_same_student(
    uow: FakeUnitOfWork,
) -> None:
    parent = await write_entry(info(), DOCENT, uow, NOW)
    child = await write_entry(info(parent_id=parent.id), MENTOR, uow, NOW)
    assert child.parent_id == parent.id
    with refused_saying(Invalid, "logboekitem zelf"):
        await write_entry(info(parent_id=child.id), MENTOR, uow, NOW)
    incident = await write_entry(
        info(form_type=FormType.INCIDENT, fields=_incident()), TEAMLEIDER, uow, NOW)
    with pytest.raises(NotFound):  # the docent may not read the incident: it is not there
        await write_entry(info(parent_id=incident.id), DOCENT, uow, NOW)


async def test_the_same_request_key_saves_once(uow: FakeUnitOfWork) -> None:
    first = await write_entry(info(request_key="activity-1"), DOCENT, uow, NOW)
    again = await write_entry(info(request_key="activity-1"), DOCENT, uow, NOW)
    assert again == first and len(uow.entries.saved) == 1 and len(uow.audit.events) == 1
    with pytest.raises(NotAllowed):
        await write_entry(info(request_key="activity-1"), MENTOR, uow, NOW)


def _incident() -> dict[str, str]:
    return {"incident_date": "2026-11-01", "incident_time": "10:15", "incident_kind": "Pesten",
            "action_taken": "Gesprek", "student_role": "Getuige", "follow_up": "Ouders bellen",
            "summary": "Op het plein"}


async def test_a_choice_field_takes_only_its_choices(uow: FakeUnitOfWork) -> None:
    wrong = info(form_type=FormType.INCIDENT, fields={**_incident(), "incident_kind": "Ruzie"})
    with refused_saying(Invalid, "Soort incident"):
        await write_entry(wrong, TEAMLEIDER, uow, NOW)


async def test_a_second_mentoraat_is_refused_naming_the_one_to_edit(uow: FakeUnitOfWork) -> None:
    mentoraat = NewEntry(JAN.number, FormType.MENTORAAT, fields={"body": "Start"})
    first = await write_entry(mentoraat, MENTOR, uow, NOW)
    for writer in (MENTOR, ZORG):
        with pytest.raises(AlreadyExists) as refused:
            await write_entry(mentoraat, writer, uow, NOW.replace(year=2027))
        assert refused.value.entry_id == first.id and refused.value.code == "ONE_PER_STUDENT"
