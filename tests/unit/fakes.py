"""In-memory stand-ins for the ports: use cases run on them as on the real database."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import replace
from types import TracebackType

from domain.access import StudentScope
from domain.audit import AuditEvent
from domain.errors import DuplicateRequest
from domain.forms import FormType
from domain.logbook import Entry, EntryQuery, Revision
from domain.school import Staff, Student, fold
from domain.school_year import SchoolYear
from tests.unit.fake_absence import FakeAbsenceHistory, FakeAbsenceStore, FakeSignalTasks


class FakeDirectory:
    def __init__(self, staff: Sequence[Staff], students: Sequence[Student]) -> None:
        self.staff = {member.id: member for member in staff}
        self.students = {pupil.number: pupil for pupil in students}

    async def staff_by_aad(self, aad_object_id: str) -> Staff | None:
        return next((s for s in self.staff.values() if s.aad_object_id == aad_object_id), None)

    async def staff_by_email(self, email: str) -> Staff | None:
        return next((s for s in self.staff.values() if s.email == email), None)

    async def staff_by_id(self, staff_id: str) -> Staff | None:
        return self.staff.get(staff_id)

    async def link_aad(self, staff_id: str, aad_object_id: str) -> bool:
        member = self.staff.get(staff_id)
        if member is None or member.aad_object_id:
            return False
        self.staff[staff_id] = replace(member, aad_object_id=aad_object_id)
        return True

    async def student(self, number: str) -> Student | None:
        return self.students.get(number)

    async def students_matching(self, words: Sequence[str], limit: int) -> list[Student]:
        return [s for s in _by_name(self.students.values()) if _matches(s, words)][:limit]

    async def staff_at(self, location: str) -> list[Staff]:
        return [s for s in self.staff.values() if s.location == location]

    async def students_in_scope(
        self, scope: StudentScope, words: Sequence[str] = (), limit: int | None = None,
    ) -> list[Student]:
        found = [s for s in _by_name(self.students.values())
                 if _matches(s, words) and _in_scope(scope, s)]
        return found[:limit]

    async def staff_names(self, ids: Sequence[str]) -> Mapping[str, str]:
        return {i: self.staff[i].display_name for i in ids if i in self.staff}

    async def current_students(self) -> list[Student]:
        return [s for s in self.students.values() if s.left_on is None]
    async def student_names(self) -> list[tuple[str, str]]:
        return [(s.first_name, s.last_name) for s in self.students.values()]


def _by_name(students: Iterable[Student]) -> list[Student]:
    """In the order the database gives them: last name, first name, number."""
    return sorted(students, key=lambda s: (s.last_name, s.first_name, s.number))


def _matches(student: Student, words: Sequence[str]) -> bool:
    key = " ".join(fold(p) for p in (student.full_name, student.class_name, student.number))
    return all(fold(word) in key for word in words)


def _in_scope(scope: StudentScope, student: Student) -> bool:
    here = student.location == scope.location
    return (here and (scope.whole_location or student.class_name in scope.classes)) or (
        scope.mentor_id in student.mentors)


class FakeEntries:
    def __init__(self) -> None:
        self.saved: dict[str, Entry] = {}
        self.revised: list[Revision] = []

    async def add(self, entry: Entry) -> None:
        if entry.request_key and any(
                e.request_key == entry.request_key for e in self.saved.values()):
            raise DuplicateRequest(entry.request_key)
        self.saved[entry.id] = entry

    async def add_many(self, entries: Sequence[Entry]) -> None:
        for entry in entries:
            await self.add(entry)

    async def get(self, entry_id: str) -> Entry | None:
        return self.saved.get(entry_id)

    async def by_request_key(self, request_key: str) -> Entry | None:
        return next((e for e in self.saved.values() if e.request_key == request_key), None)

    async def for_student(self, student_number: str, query: EntryQuery) -> list[Entry]:
        found = [e for e in self.saved.values()
                 if e.student_number == student_number and _wanted(e, query)]
        found.sort(key=lambda e: (e.urgent, e.created_at, e.id), reverse=True)
        return found[query.offset:][:query.limit]

    async def exists_in_year(self, student_number: str, form: FormType, school_year: int) -> bool:
        return any(e.student_number == student_number and e.form_type is form
                   and SchoolYear.of(e.created_at.date()).start_year == school_year
                   for e in self.saved.values())

    async def update(self, entry: Entry, revision: Revision) -> None:
        self.saved[entry.id] = replace(entry, attachments=self.saved[entry.id].attachments)
        self.revised.append(revision)

    async def revisions(self, entry_ids: Sequence[str]) -> list[Revision]:
        return [r for r in self.revised if r.entry_id in entry_ids]


def _wanted(entry: Entry, query: EntryQuery) -> bool:
    roles = query.reader_roles
    return all((
        roles is None or bool(roles & entry.access) or entry.form_type in query.reader_forms
        or entry.author_id == query.reader_id,
        query.not_expired_on is None or entry.expires_on >= query.not_expired_on,
        not query.urgent_only or entry.urgent,
        query.form_types is None or entry.form_type in query.form_types,
        query.school_year is None
        or SchoolYear.of(entry.created_at.date()).start_year == query.school_year,
        query.created_since is None or entry.created_at >= query.created_since,
    ))


class FakeAuditLog:
    def __init__(self) -> None:
        self.events: list[AuditEvent] = []

    async def record(self, event: AuditEvent) -> None:
        self.events.append(event)

    async def record_many(self, events: Sequence[AuditEvent]) -> None:
        self.events += events


class FakeUnitOfWork:
    """Changes made inside `async with` count only after commit(); tests read the end state.

    One object for every port (logbook, audit, absences, tasks), as SqlUnitOfWork is."""

    def __init__(self, staff: Sequence[Staff] = (), students: Sequence[Student] = ()) -> None:
        self.directory = FakeDirectory(staff, students)
        self.entries = FakeEntries()
        self.audit = FakeAuditLog()
        self.absences = FakeAbsenceStore(self.directory)
        self.tasks = FakeSignalTasks(self.absences, self.directory)
        self.actions = self.tasks  # the logbook header asks it for a student's open actions
        self.history = FakeAbsenceHistory(self.absences, self.directory)
        self.committed = False
        self._snapshot = self._copy()

    async def __aenter__(self) -> FakeUnitOfWork:
        self._snapshot = self._copy()
        self.committed = False
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.committed:
            await self.rollback()

    async def commit(self) -> None:
        self.committed = True
        self._snapshot = self._copy()

    async def rollback(self) -> None:
        for part, saved in zip(self._parts(), self._snapshot, strict=True):
            vars(part).update({name: copy(value) for name, value in saved.items()})

    def _parts(self) -> tuple[object, ...]:
        return (self.entries, self.audit, self.absences)

    def _copy(self) -> list[dict[str, object]]:
        """The stored state: containers copied, their (frozen) values shared."""
        return [{name: copy(value) for name, value in vars(part).items()
                 if not name.startswith("_")} for part in self._parts()]
