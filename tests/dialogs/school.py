"""The e2e tests' school (tests/support/school.py) as domain objects in the fake unit of work:
the same people and students, so a case reads the same in both tiers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from domain.absence.ingest import ingest_absences
from domain.absence.loader import default_protocol
from domain.audit import AuditEvent
from domain.forms import FormType
from domain.logbook import Entry
from domain.roles import parse_roles
from domain.school import Staff, Student
from domain.services.write_entry import NewEntry, write_entry
from tests.support import school
from tests.support.clock import Clock
from tests.support.jans_forms import JAN, JANS_FORMS, fields_for
from tests.support.lates import late_items
from tests.support.school import Person
from tests.unit.fakes import FakeUnitOfWork


def staff_of(person: Person) -> Staff:
    return Staff(person.staff_id, person.name, person.email, parse_roles(person.roles),
                 person.location, frozenset(c for c in person.classes.split(";") if c),
                 person.aad)


STAFF = tuple(staff_of(person) for person in (*school.STAFF, *school.WRITERS))
STUDENTS = tuple(
    Student(number, first, last, klass, location, frozenset(mentors), born,
            expected_end_date=date(2029, 7, 31))
    for number, first, last, klass, location, mentors, born in school.STUDENTS)


@dataclass
class School:
    """The roster and everything written since, in memory; the clock the dialogs read."""

    clock: Clock = field(default_factory=Clock)
    uow: FakeUnitOfWork = field(default_factory=lambda: FakeUnitOfWork(STAFF, STUDENTS))

    async def write(self, writer: Person, command: NewEntry, days_ago: float = 0) -> Entry:
        """A form written through the use case, as a staff member who may write it."""
        at = self.clock.current - timedelta(days=days_ago)
        return await write_entry(command, staff_of(writer), self.uow, at)

    async def write_jans_forms(self) -> dict[str, FormType]:
        """One form of every type for Jan, a day apart; entry id → form type."""
        written: dict[str, FormType] = {}
        for day, (writer, form, description) in enumerate(JANS_FORMS):
            command = NewEntry(JAN, form, description, fields=fields_for(form, f"Tekst {form}"))
            entry = await self.write(writer, command, days_ago=len(JANS_FORMS) - day)
            written[entry.id] = form
        return written

    async def register_lates(self, count: int, first: int = 0, number: str = JAN) -> None:
        """Late arrivals through the ingest use case, on the school days before today."""
        today = self.clock.current.date()
        await ingest_absences(late_items(number, count, today, first), self.uow,
                              default_protocol(), now=self.clock.current, today=today)

    def entries(self, number: str = JAN) -> list[Entry]:
        """The student's saved forms, oldest first."""
        found = [e for e in self.uow.entries.saved.values() if e.student_number == number]
        return sorted(found, key=lambda e: (e.created_at, e.id))

    def audit(self, person: Person, action: str) -> list[AuditEvent]:
        """The audit events of one person and kind, oldest first."""
        return [e for e in self.uow.audit.events
                if e.actor_id == person.staff_id and e.action.value == action]

    def logbook_reads(self, person: Person) -> list[list[str]]:
        """The forms each of this person's logbook pages and details showed, in order (the
        absence picture's own reads left out)."""
        return [list(e.detail["entry_ids"]) for e in self.audit(person, "read")
                if "entry_ids" in e.detail]
