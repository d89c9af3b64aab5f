"""The absence signals and tasks, read and updated for prompts (the engine writes them)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.absence.events import EventKind
from domain.absence.protocol import RuleId
from domain.absence.signals import Task, TaskStatus
from domain.logbook import OpenAction
from domain.notify.ports import SignalRecord, TaskRecord, signal_topic
from domain.roles import Role
from domain.school import Staff
from storage.database import insert_for
from storage.directory import split
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceTaskRow,
    MentorRow,
    SignalFanoutRow,
    StudentRow,
)

Signals, Tasks = AbsenceSignalRow, AbsenceTaskRow
# On the tables' columns: plain Core skips the ORM's execution path (see storage/logbook.py).
_SIGNALS, _TASKS = Signals.__table__.c, Tasks.__table__.c
_OPEN_FOR_STUDENT = (
    select(_SIGNALS.rule, _SIGNALS.threshold, _SIGNALS.window_key, _TASKS.role, _TASKS.action,
           _TASKS.due_on)
    .join_from(Tasks.__table__, Signals.__table__, _SIGNALS.id == _TASKS.signal_id)
    .where(_SIGNALS.student_number == bindparam("number"),
           _TASKS.status == TaskStatus.OPEN.value, _TASKS.if_concerns.is_(False))
    .order_by(_TASKS.due_on, _TASKS.signal_id, _TASKS.position))


def _signal(row: AbsenceSignalRow) -> SignalRecord:
    return SignalRecord(row.id, row.student_number, RuleId(row.rule), row.threshold,
                        row.window_key, frozenset(Role(code) for code in split(row.recipients)),
                        row.trigger_date)


def _task(row: AbsenceTaskRow, student_number: str) -> TaskRecord:
    task = Task(Role(row.role), row.action, row.due_on, row.if_concerns, row.key, row.requires,
                TaskStatus(row.status), row.done_by, row.done_at)
    return TaskRecord(row.id, row.signal_id, student_number, task)


class SqlSignalTasks:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def unannounced(self, limit: int) -> list[SignalRecord]:
        rows = await self._session.scalars(
            select(Signals).outerjoin(SignalFanoutRow, SignalFanoutRow.signal_id == Signals.id)
            .where(SignalFanoutRow.signal_id.is_(None))
            .order_by(Signals.created_at, Signals.student_number, Signals.rule,
                      Signals.threshold, Signals.id).limit(limit))
        return [_signal(row) for row in rows]

    async def announce(self, signal_id: str, now: datetime, recipients: int) -> bool:
        inserted = await self._session.scalar(
            insert_for(self._session)(SignalFanoutRow)
            .values(signal_id=signal_id, fanned_out_at=now, recipients=recipients)
            .on_conflict_do_nothing(index_elements=[SignalFanoutRow.signal_id])
            .returning(SignalFanoutRow.signal_id))
        return inserted is not None

    async def signal(self, signal_id: str) -> SignalRecord | None:
        row = await self._session.get(Signals, signal_id)
        return None if row is None else _signal(row)

    async def tasks_of(self, signal_id: str) -> list[TaskRecord]:
        return await self._tasks(Tasks.signal_id == signal_id)

    async def task(self, task_id: int) -> TaskRecord | None:
        found = await self._tasks(Tasks.id == task_id)
        return found[0] if found else None

    async def save_done(self, task_id: int, staff_id: str, at: datetime) -> None:
        await self._session.execute(
            update(Tasks).where(Tasks.id == task_id)
            .values(status=TaskStatus.DONE.value, done_by=staff_id, done_at=at))

    async def open_tasks_near(self, staff: Staff) -> list[TaskRecord]:
        mentored = select(MentorRow.student_number).where(MentorRow.staff_id == staff.id)
        at_location = select(StudentRow.number).where(StudentRow.location == staff.location)
        return await self._tasks(
            Tasks.status == TaskStatus.OPEN.value,
            or_(Signals.student_number.in_(mentored), Signals.student_number.in_(at_location)))

    async def open_for_student(self, student_number: str) -> list[OpenAction]:
        """Read on every `logboek` turn (mostly finding nothing): one statement, built once."""
        rows = await self._session.execute(_OPEN_FOR_STUDENT, {"number": student_number})
        return [OpenAction(row.rule, row.threshold, signal_topic(RuleId(row.rule), row.window_key),
                           Role(row.role), row.action, row.due_on) for row in rows]

    async def overdue(self, today: date, limit: int) -> list[TaskRecord]:
        return await self._tasks(Tasks.status == TaskStatus.OPEN.value, Tasks.due_on < today,
                                 Tasks.if_concerns.is_(False), limit=limit)

    async def last_dates(self, student_number: str, kinds: frozenset[EventKind],
                         up_to: date, limit: int) -> list[date]:
        days = await self._session.scalars(
            select(AbsenceEventRow.day).distinct()
            .where(AbsenceEventRow.student_number == student_number,
                   AbsenceEventRow.kind.in_([kind.value for kind in kinds]),
                   AbsenceEventRow.day <= up_to)
            .order_by(AbsenceEventRow.day.desc()).limit(limit))
        return list(days)

    async def _tasks(self, *conditions: Any, limit: int | None = None) -> list[TaskRecord]:
        query = (select(Tasks, Signals.student_number)
                 .join(Signals, Signals.id == Tasks.signal_id).where(and_(*conditions))
                 .order_by(Tasks.due_on, Tasks.signal_id, Tasks.position))
        rows = await self._session.execute(query if limit is None else query.limit(limit))
        return [_task(task, number) for task, number in rows]
