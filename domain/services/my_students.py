"""`mijn leerlingen`: the students a staff member looks after, with this year's absence.

A mentor sees their mentees; the verzuimcoördinator, teamleider and coördinator
leerlingzaken see the students of their location with open protocol actions. Students
with overdue actions come first, then those with open actions, then by name. Every
student listed passes the access rule for absence and is logged as read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.absence.calendar import SchoolCalendar
from domain.absence.overview import Totals, year_totals
from domain.absence.ports import HistoryUnitOfWork, OpenWork
from domain.access import StudentScope, may_see_absence_signals
from domain.audit import AuditAction, AuditEvent
from domain.roles import Role
from domain.school import Staff, Student
from domain.school_year import SchoolYear

# The location roles whose list is "students with open signals" (a mentor's: mentees).
OVERSEERS: frozenset[Role] = frozenset({Role.VERZUIMCOORDINATOR, Role.TEAMLEIDER,
                                        Role.COORDINATOR_LEERLINGZAKEN})
WHO_HAS_STUDENTS: frozenset[Role] = OVERSEERS | {Role.MENTOR}


@dataclass(frozen=True)
class StudentLine:
    student: Student
    totals: Totals
    work: OpenWork


@dataclass(frozen=True)
class MyStudents:
    lines: tuple[StudentLine, ...]  # all of them, in the order to show
    school_year: SchoolYear


async def my_students(uow: HistoryUnitOfWork, staff: Staff, calendar: SchoolCalendar,
                      now: datetime) -> MyStudents:
    today = now.date()
    year = SchoolYear.of(today)
    async with uow:
        students = [s for s in await _candidates(uow, staff)
                    if may_see_absence_signals(staff, s)]
        numbers = [s.number for s in students]
        states = await uow.history.year_states(numbers, year)
        work = await uow.history.open_work(numbers, today)
        for number in sorted(numbers):
            await uow.audit.record(AuditEvent(now, staff.id, AuditAction.READ, number,
                                              {"my_students": year.label}))
        await uow.commit()
    lines = [StudentLine(s, year_totals(states.get(s.number), calendar, today),
                         work.get(s.number, OpenWork())) for s in students]
    return MyStudents(tuple(sorted(lines, key=_order)), year)


async def _candidates(uow: HistoryUnitOfWork, staff: Staff) -> list[Student]:
    found: dict[str, Student] = {}
    if Role.MENTOR in staff.roles:
        scope = StudentScope(staff.location, whole_location=False, classes=frozenset(),
                             mentor_id=staff.id)
        found.update((s.number, s) for s in await uow.directory.students_in_scope(scope))
    if staff.roles & OVERSEERS:
        found.update((s.number, s) for s in
                     await uow.history.signalled_students(staff.location))
    return list(found.values())


def _order(line: StudentLine) -> tuple[int, int, int, str, str, str]:
    work, student = line.work, line.student
    group = 0 if work.overdue else 1 if work.open else 2
    return (group, -work.overdue, -work.open, student.last_name, student.first_name,
            student.number)
