"""What the domain needs from the outside world, as Protocols; storage/ implements them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Protocol, Self

from domain.access import StudentScope
from domain.audit import AuditEvent
from domain.forms import FormType
from domain.logbook import Entry, EntryQuery, OpenAction, Revision
from domain.school import Staff, Student


class Directory(Protocol):
    """The school's roster: who the staff and the students are."""

    async def staff_by_aad(self, aad_object_id: str) -> Staff | None: ...
    async def staff_by_email(self, email: str) -> Staff | None: ...
    async def link_aad(self, staff_id: str, aad_object_id: str) -> bool:
        """Give a roster row without an aadObjectId this one; False when it has one."""
        ...

    async def staff_by_id(self, staff_id: str) -> Staff | None: ...
    async def student(self, number: str) -> Student | None: ...
    async def students_matching(self, words: Sequence[str], limit: int) -> list[Student]: ...
    async def staff_at(self, location: str) -> list[Staff]: ...
    async def students_in_scope(
        self, scope: StudentScope, words: Sequence[str] = (), limit: int | None = None,
    ) -> list[Student]:
        """Current students in `scope` whose search key contains every word (none: all)."""
        ...
    async def staff_names(self, ids: Sequence[str]) -> Mapping[str, str]: ...
    async def current_students(self) -> list[Student]:
        """Every student who has not left, at every location (for the name index)."""
        ...
    async def student_names(self) -> list[tuple[str, str]]:
        """(first name, last name) of every student in the roster, left ones included."""
        ...


class LogbookRepository(Protocol):
    """Logbook entries with their attachments and revisions."""

    async def add(self, entry: Entry) -> None:
        """Store a new entry; a request key seen before raises DuplicateRequest."""
        ...
    async def get(self, entry_id: str) -> Entry | None: ...
    async def by_request_key(self, request_key: str) -> Entry | None: ...
    async def for_student(self, student_number: str, query: EntryQuery) -> list[Entry]:
        """Urgent first, then newest first."""
        ...
    async def exists_in_year(
        self, student_number: str, form: FormType, school_year: int
    ) -> bool: ...
    async def update(self, entry: Entry, revision: Revision) -> None: ...
    async def revisions(self, entry_ids: Sequence[str]) -> list[Revision]: ...


class AuditLog(Protocol):
    async def record(self, event: AuditEvent) -> None: ...


class AbsenceActions(Protocol):
    async def open_for_student(self, student_number: str) -> list[OpenAction]:
        """The student's open absence actions, earliest due first."""
        ...


class Transaction(Protocol):
    """`async with uow: ...; await uow.commit()`: leaving without commit rolls back."""

    async def __aenter__(self) -> Self: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def commit(self) -> None: ...


class UnitOfWork(Transaction, Protocol):
    directory: Directory
    audit: AuditLog
    entries: LogbookRepository
    actions: AbsenceActions

    async def rollback(self) -> None: ...
