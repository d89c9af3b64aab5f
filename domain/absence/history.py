"""What the absence overviews read from storage (the picture, `mijn leerlingen`)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from domain.absence.events import AbsenceEvent
from domain.absence.overview import SignalMark
from domain.absence.state import YearState
from domain.ports import UnitOfWork
from domain.school import Student
from domain.school_year import SchoolYear


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
