"""Absence registrations, engine states, signals and tasks: read and written in bulk."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Table, and_, bindparam, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.absence.events import AbsenceEvent
from domain.absence.ports import ConcurrentUpdate, StateKey
from domain.absence.signals import Signal
from domain.absence.state import YearState
from domain.school_year import SchoolYear
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
    StudentRow,
)

CHUNK = 5000  # parameters per IN (...): well inside SQLite's and asyncpg's limits
T = TypeVar("T")
EVENTS: Table = AbsenceEventRow.__table__  # type: ignore[assignment]
STATES: Table = AbsenceStateRow.__table__  # type: ignore[assignment]
SIGNALS: Table = AbsenceSignalRow.__table__  # type: ignore[assignment]
TASKS: Table = AbsenceTaskRow.__table__  # type: ignore[assignment]


class SqlAbsenceStore:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._versions: dict[StateKey, int] = {}  # the version each loaded state was read at

    async def heightened_by_number(self, numbers: Collection[str]) -> dict[str, bool]:
        found: dict[str, bool] = {}
        for chunk in _chunks(sorted(numbers)):
            rows = await self._session.execute(
                select(StudentRow.number, StudentRow.heightened_protocol)
                .where(StudentRow.number.in_(chunk)))
            found.update((number, bool(flag)) for number, flag in rows)
        return found

    async def known_source_ids(self, source_ids: Collection[str]) -> set[str]:
        known: set[str] = set()
        for chunk in _chunks(sorted(source_ids)):
            known.update(await self._session.scalars(
                select(AbsenceEventRow.source_id).where(AbsenceEventRow.source_id.in_(chunk))))
        return known

    async def states(self, keys: Collection[StateKey]) -> dict[StateKey, YearState]:
        """Read (and on PostgreSQL lock until commit) the states of these students."""
        years = sorted({year.start_year for _, year in keys})
        found: dict[StateKey, YearState] = {}
        for chunk in _chunks(sorted({number for number, _ in keys})):
            rows = await self._session.execute(
                select(STATES).where(STATES.c.student_number.in_(chunk),
                                     STATES.c.school_year.in_(years)).with_for_update())
            for row in rows:
                key = (row.student_number, SchoolYear(row.school_year))
                if key in keys:
                    found[key] = YearState.from_json(*key, row.state)
                    self._versions[key] = row.version
        return found

    async def open_sick_reports(self, year: SchoolYear) -> dict[StateKey, YearState]:
        """The states of this school year with a sick report still open (locked on PostgreSQL)."""
        rows = await self._session.execute(
            select(STATES).where(STATES.c.school_year == year.start_year,
                                 STATES.c.open_sick.is_not(None)).with_for_update())
        found: dict[StateKey, YearState] = {}
        for row in rows:
            key = (row.student_number, year)
            found[key] = YearState.from_json(*key, row.state)
            self._versions[key] = row.version
        return found

    async def add_events(self, events: Sequence[AbsenceEvent], received_at: datetime) -> None:
        events = sorted(events, key=lambda e: e.source_id)  # one lock order for parallel batches
        rows = [{"source_id": e.source_id, "student_number": e.student_number,
                 "kind": e.kind.value, "date": e.day, "lesson_hour": e.lesson_hour,
                 "hours": e.hours, "note": e.note, "received_at": received_at} for e in events]
        await self._write(insert(EVENTS), rows)

    async def save_states(self, states: Mapping[StateKey, YearState]) -> None:
        ordered = sorted(states.items(), key=lambda item: (item[0][0], item[0][1].start_year))
        new = [_state_row(key, state, 1) for key, state in ordered if key not in self._versions]
        changed = [_state_row(key, state, self._versions[key] + 1) | {
            "old_version": self._versions[key]} for key, state in ordered
            if key in self._versions]  # in key order: two batches lock rows in the same order
        await self._write(insert(STATES), new)
        statement = update(STATES).where(and_(
            STATES.c.student_number == bindparam("b_student"),
            STATES.c.school_year == bindparam("b_year"),
            STATES.c.version == bindparam("old_version"),
        )).values(version=bindparam("b_version"), state=bindparam("b_state"),
                 open_sick=bindparam("b_open"))
        result = await self._write(statement, [_bind(row) for row in changed])
        sane = self._session.bind.dialect.supports_sane_multi_rowcount
        if changed and sane and getattr(result, "rowcount", -1) not in (-1, len(changed)):
            raise ConcurrentUpdate("a state changed since it was read")
        self._versions.update({key: self._versions.get(key, 0) + 1 for key in states})

    async def add_signals(self, signals: Sequence[Signal], created_at: datetime) -> None:
        ids = [str(uuid.uuid4()) for _ in signals]
        await self._write(insert(SIGNALS), [_signal_row(i, s, created_at)
                                            for i, s in zip(ids, signals, strict=True)])
        await self._write(insert(TASKS), [
            _task_row(signal_id, position, task)
            for signal_id, signal in zip(ids, signals, strict=True)
            for position, task in enumerate(signal.tasks)])

    async def _write(self, statement: Any, rows: list[dict[str, Any]]) -> Any:
        if not rows:
            return None
        try:
            return await self._session.execute(statement, rows)
        except DBAPIError as error:
            if _clash(error):
                raise ConcurrentUpdate(str(error.orig)) from error
            raise


def _clash(error: DBAPIError) -> bool:
    """Another transaction wrote the same rows: a unique key taken meanwhile, a PostgreSQL
    deadlock, or SQLite refusing a write after another writer committed since our read."""
    text = str(error.orig).lower()
    return isinstance(error, IntegrityError) or "deadlock" in text or "locked" in text


def _state_row(key: StateKey, state: YearState, version: int) -> dict[str, Any]:
    return {"student_number": key[0], "school_year": key[1].start_year, "version": version,
            "state": state.to_json(), "open_sick": state.open_sick}


def _bind(row: dict[str, Any]) -> dict[str, Any]:
    return {"b_student": row["student_number"], "b_year": row["school_year"],
            "b_version": row["version"], "b_state": row["state"], "b_open": row["open_sick"],
            "old_version": row["old_version"]}


def _signal_row(signal_id: str, signal: Signal, created_at: datetime) -> dict[str, Any]:
    return {"id": signal_id, "student_number": signal.student_number, "rule": signal.rule.value,
            "threshold": signal.threshold, "school_year": signal.school_year.start_year,
            "window_key": signal.window_key,
            "recipients": ";".join(sorted(role.value for role in signal.recipients)),
            "fired_on": signal.fired_on, "trigger_date": signal.trigger_date,
            "created_at": created_at}


def _task_row(signal_id: str, position: int, task: Any) -> dict[str, Any]:
    return {"signal_id": signal_id, "position": position, "key": task.key,
            "role": task.role.value, "action": task.action, "due_on": task.due_on,
            "if_concerns": task.if_concerns, "requires": task.requires,
            "status": task.status.value, "done_by": task.done_by, "done_at": task.done_at}


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]
