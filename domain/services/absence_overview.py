"""The absence picture's data: this school year of one student, per week, audited as a read.

Who may see it: whoever may see the student's absence signals (DOMAIN.md: the readers of
the absence record form, the coördinator leerlingzaken and the IOT), only for students they
are involved with. Anyone else gets None, the same as for a student without registrations
would not: the caller shows nothing either way.
"""

from __future__ import annotations

from datetime import datetime

from domain.absence.overview import YearOverview, year_overview
from domain.absence.ports import HistoryUnitOfWork
from domain.absence.protocol import Protocol
from domain.access import may_see_absence_signals
from domain.audit import AuditAction, AuditEvent
from domain.school import Staff, Student
from domain.school_year import SchoolYear


async def read_absence_overview(viewer: Staff, student: Student, uow: HistoryUnitOfWork,
                                protocol: Protocol, now: datetime) -> YearOverview | None:
    """The current school year as of `now`; None when the viewer may not see absence."""
    if not may_see_absence_signals(viewer, student):
        return None
    async with uow:
        overview = await absence_overview_in(viewer, student, uow, protocol, now)
        await uow.commit()
    return overview


async def absence_overview_in(viewer: Staff, student: Student, uow: HistoryUnitOfWork,
                              protocol: Protocol, now: datetime) -> YearOverview | None:
    """As read_absence_overview, inside the caller's `async with`, which commits."""
    if not may_see_absence_signals(viewer, student):
        return None
    today = now.date()
    year = SchoolYear.of(today)
    events = await uow.history.registrations(student.number, year)
    marks = await uow.history.signal_marks(student.number, year)
    await uow.audit.record(AuditEvent(now, viewer.id, AuditAction.READ, student.number,
                                      {"absence_overview": year.label}))
    return year_overview(events, marks, protocol, year, today)
