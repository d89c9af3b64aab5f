"""The absence overviews' reads: registrations, fired signals, states and open actions.

Read only (no row locks): the engine may write meanwhile; an overview shows what was
committed when it was read.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import Integer, Table, and_, bindparam, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.overview import SignalMark
from domain.absence.ports import OpenWork
from domain.absence.protocol import RuleId
from domain.absence.signals import TaskStatus
from domain.absence.state import YearState
from domain.school import Student
from domain.school_year import SchoolYear
from storage.directory import student_to_domain
from storage.student_queries import STUDENTS, mentor_ids
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
    StudentRow,
)

_EVENTS: Table = AbsenceEventRow.__table__  # type: ignore[assignment]
_SIGNALS: Table = AbsenceSignalRow.__table__  # type: ignore[assignment]
_STATES: Table = AbsenceStateRow.__table__  # type: ignore[assignment]
_TASKS: Table = AbsenceTaskRow.__table__  # type: ignore[assignment]
_E, _G, _S, _T = _EVENTS.c, _SIGNALS.c, _STATES.c, _TASKS.c
_STUDENT = StudentRow.__table__.c

_REGISTRATIONS = (
    select(_E.source_id, _E.student_number, _E.kind, _E.date, _E.lesson_hour, _E.hours)
    .where(_E.student_number == bindparam("number"), _E.date >= bindparam("first"),
           _E.date <= bindparam("last"))
    .order_by(_E.date, _E.id))
_MARKS = (
    select(_G.rule, _G.threshold, _G.trigger_date)
    .where(_G.student_number == bindparam("number"), _G.school_year == bindparam("year"))
    .order_by(_G.trigger_date, _G.rule, _G.threshold))
_STATES_OF = select(_S.student_number, _S.state).where(
    _S.student_number.in_(bindparam("numbers", expanding=True)),
    _S.school_year == bindparam("year"))
_OPEN = and_(_T.status == TaskStatus.OPEN.value, _T.if_concerns.is_(False))
_OPEN_WORK = (
    select(_G.student_number, func.count(),
           func.sum(case((_T.due_on < bindparam("today"), 1), else_=0), type_=Integer))
    .select_from(_TASKS.join(_SIGNALS, _G.id == _T.signal_id))
    .where(_OPEN, _G.student_number.in_(bindparam("numbers", expanding=True)))
    .group_by(_G.student_number))
_SIGNALLED = STUDENTS.where(
    _STUDENT.location == bindparam("location"), _STUDENT.left_on.is_(None),
    _STUDENT.number.in_(select(_G.student_number)
                        .select_from(_TASKS.join(_SIGNALS, _G.id == _T.signal_id))
                        .where(_OPEN)))
CHUNK = 5000  # numbers per IN (...)


class SqlAbsenceHistory:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def registrations(self, student_number: str, year: SchoolYear) -> list[AbsenceEvent]:
        rows = await self._session.execute(_REGISTRATIONS, {
            "number": student_number, "first": year.start, "last": year.end})
        return [AbsenceEvent(row.source_id, row.student_number, EventKind(row.kind), row.date,
                             row.lesson_hour, row.hours) for row in rows]

    async def signal_marks(self, student_number: str, year: SchoolYear) -> list[SignalMark]:
        rows = await self._session.execute(_MARKS, {"number": student_number,
                                                    "year": year.start_year})
        return [SignalMark(RuleId(row.rule), row.threshold, row.trigger_date) for row in rows]

    async def year_states(self, numbers: Collection[str],
                          year: SchoolYear) -> dict[str, YearState]:
        found: dict[str, YearState] = {}
        for chunk in _chunks(sorted(numbers)):
            rows = await self._session.execute(_STATES_OF, {"numbers": chunk,
                                                            "year": year.start_year})
            found.update((row.student_number, YearState.from_json(row.student_number, year,
                                                                  row.state)) for row in rows)
        return found

    async def open_work(self, numbers: Collection[str], today: date) -> dict[str, OpenWork]:
        found: dict[str, OpenWork] = {}
        for chunk in _chunks(sorted(numbers)):
            rows = await self._session.execute(_OPEN_WORK, {"numbers": chunk, "today": today})
            found.update((number, OpenWork(int(count), int(overdue or 0)))
                         for number, count, overdue in rows)
        return found

    async def signalled_students(self, location: str) -> list[Student]:
        rows = await self._session.execute(_SIGNALLED, {"location": location})
        return [student_to_domain(row, mentor_ids(row.mentor_ids)) for row in rows]


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[start:start + CHUNK] for start in range(0, len(items), CHUNK)]
