"""A logbook's first page with the absence picture's data, in one unit of work.

The first page shows the picture to whoever may see absence. Reading both in one
transaction saves a session and a commit on every `logboek <student>`; the access rules
and the two audit rows (the page's, the overview's) are those of read_logbook_of and
read_absence_overview, which this composes.
"""

from __future__ import annotations

from datetime import datetime

from domain.absence.overview import YearOverview
from domain.absence.ports import HistoryUnitOfWork
from domain.absence.protocol import Protocol
from domain.access import is_involved
from domain.school import Staff, Student
from domain.services.absence_overview import absence_overview_in
from domain.services.entry_rules import DEFAULT_LIMITS, LogbookLimits
from domain.services.read_logbook import (
    NO_LOGBOOK,
    LogbookFilters,
    LogbookView,
    read_page_in,
)


async def read_first_page_of(
    viewer: Staff, student: Student, filters: LogbookFilters, uow: HistoryUnitOfWork,
    now: datetime, protocol: Protocol, limits: LogbookLimits = DEFAULT_LIMITS,
) -> tuple[LogbookView, YearOverview | None]:
    """read_logbook_of(..., page=1) and read_absence_overview(...), committed together;
    (NO_LOGBOOK, None) for a student the viewer is not involved with."""
    if not is_involved(viewer, student):
        return NO_LOGBOOK, None
    async with uow:
        view = await read_page_in(viewer, student, filters, 1, uow, now, limits)
        overview = await absence_overview_in(viewer, student, uow, protocol, now)
        await uow.commit()
    return view, overview
