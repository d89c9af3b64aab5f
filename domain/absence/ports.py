"""What the absence use cases need from storage, as Protocols."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar

from domain.absence.events import AbsenceEvent
from domain.absence.overview import SignalMark
from domain.absence.signals import Signal
from domain.absence.state import YearState
from domain.audit import AuditEvent
from domain.logbook import Entry
from domain.ports import AuditLog, Transaction, UnitOfWork
from domain.school import Student
from domain.school_year import SchoolYear

log = logging.getLogger(__name__)
StateKey = tuple[str, SchoolYear]
T = TypeVar("T")


class ConcurrentUpdate(RuntimeError):
    """Another process changed the same students meanwhile; the whole batch is tried again."""


async def with_retries(operation: Callable[[], Awaitable[T]], attempts: int = 3) -> T:
    """Run a whole transaction again when a concurrent one got there first."""
    for attempt in range(1, attempts):
        try:
            return await operation()
        except ConcurrentUpdate:
            log.info("absence transaction met a concurrent update; trying again (%s)", attempt)
    return await operation()


class AbsenceStore(Protocol):
    async def heightened_by_number(self, numbers: Collection[str]) -> dict[str, bool]:
        """Known students only: number → follows the heightened protocol."""
        ...

    async def known_events(self, source_ids: Collection[str]) -> dict[str, AbsenceEvent]:
        """The registrations already stored under these ids."""
        ...
    async def states(self, keys: Collection[StateKey]) -> dict[StateKey, YearState]:
        """The stored states (locked until commit where the database can)."""
        ...

    async def open_sick_reports(self, year: SchoolYear) -> dict[StateKey, YearState]: ...
    async def add_events(self, events: Sequence[AbsenceEvent], received_at: datetime) -> None: ...
    async def save_states(self, states: Mapping[StateKey, YearState]) -> None: ...
    async def add_signals(self, signals: Sequence[Signal], created_at: datetime) -> None: ...


class BulkAuditLog(AuditLog, Protocol):
    async def record_many(self, events: Sequence[AuditEvent]) -> None: ...


class EntryWriter(Protocol):
    async def add(self, entry: Entry) -> None: ...
    async def add_many(self, entries: Sequence[Entry]) -> None: ...


class AbsenceUnitOfWork(Transaction, Protocol):
    audit: BulkAuditLog
    entries: EntryWriter
    absences: AbsenceStore


# The absence overviews' reads (the logbook's absence picture, `mijn leerlingen`).
@dataclass(frozen=True)
class OpenWork:
    """A student's open protocol actions (those only "if there are concerns" left out)."""

    open: int = 0
    overdue: int = 0  # of those, past their due date


class AbsenceHistory(Protocol):
    async def registrations(self, student_number: str, year: SchoolYear) -> list[AbsenceEvent]:
        """The student's registrations dated inside the school year."""
        ...

    async def signal_marks(self, student_number: str, year: SchoolYear) -> list[SignalMark]:
        """The signals fired for the student in the school year, manual ones included."""
        ...

    async def year_states(self, numbers: Collection[str],
                          year: SchoolYear) -> dict[str, YearState]:
        """The engine's states (read only, never locked); students without one are absent."""
        ...

    async def open_work(self, numbers: Collection[str], today: date) -> dict[str, OpenWork]:
        """Open actions per student; students without any are absent."""
        ...

    async def signalled_students(self, location: str) -> list[Student]:
        """Current students at the location with at least one open action."""
        ...


class HistoryUnitOfWork(UnitOfWork, Protocol):
    history: AbsenceHistory
