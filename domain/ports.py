"""What the domain needs from the outside world, as Protocols; storage/ implements them."""

from __future__ import annotations

from collections.abc import Sequence
from types import TracebackType
from typing import Protocol

from domain.audit import AuditEvent
from domain.school import Staff, Student


class Directory(Protocol):
    """The school's roster: who the staff and the students are."""

    async def staff_by_aad(self, aad_object_id: str) -> Staff | None: ...
    async def staff_by_email(self, email: str) -> Staff | None: ...
    async def staff_by_id(self, staff_id: str) -> Staff | None: ...
    async def student(self, number: str) -> Student | None: ...
    async def students_matching(self, words: Sequence[str], limit: int) -> list[Student]: ...
    async def staff_at(self, location: str) -> list[Staff]: ...


class AuditLog(Protocol):
    async def record(self, event: AuditEvent) -> None: ...


class UnitOfWork(Protocol):
    directory: Directory
    audit: AuditLog

    async def __aenter__(self) -> UnitOfWork: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def commit(self) -> None: ...
    async def rollback(self) -> None: ...
