"""Absence registrations, engine states, signals and tasks: read and written in bulk."""

from __future__ import annotations

from collections.abc import Awaitable, Collection, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.ports import ConcurrentUpdate, StateKey
from domain.absence.signals import Signal, role_codes
from domain.absence.state import YearState
from domain.ids import ordered_id
from domain.school_year import SchoolYear
from storage.bulk import DriverSql, with_marks
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
)

CHUNK = 5000  # parameters per IN (...): well inside SQLite's and asyncpg's limits
T = TypeVar("T")
EVENTS: Table = AbsenceEventRow.__table__  # type: ignore[assignment]
STATES: Table = AbsenceStateRow.__table__  # type: ignore[assignment]
SIGNALS: Table = AbsenceSignalRow.__table__  # type: ignore[assignment]
TASKS: Table = AbsenceTaskRow.__table__  # type: ignore[assignment]
EVENT_COLUMNS = ("source_id", "student_number", "kind", "date", "lesson_hour", "hours", "note",
                 "whole_day", "received_at")
STATE_COLUMNS = ("student_number", "school_year", "version", "state", "open_sick")
SIGNAL_COLUMNS = ("id", "student_number", "rule", "threshold", "school_year", "window_key",
                  "recipients", "fired_on", "trigger_date", "created_at")
TASK_COLUMNS = ("signal_id", "position", "key", "role", "action", "due_on", "if_concerns",
                "requires", "status", "done_by", "done_at")
HEIGHTENED = "SELECT number, heightened_protocol FROM students WHERE number IN (?*)"
KNOWN_EVENTS = ("SELECT source_id, student_number, kind, date, lesson_hour, hours, note, "
                "whole_day FROM absence_events WHERE source_id IN (?*)")
STATES_OF = ("SELECT student_number, school_year, version, state FROM absence_states "
             "WHERE student_number IN (?*) AND school_year IN (?*)")
OPEN_SICK = ("SELECT student_number, school_year, version, state FROM absence_states "
             "WHERE school_year = ? AND open_sick IS NOT NULL")
UPDATE_STATE = ("UPDATE absence_states SET version = ?, state = ?, open_sick = ? "
                "WHERE student_number = ? AND school_year = ? AND version = ?")
UPDATE_COLUMNS = (STATES.c.version, STATES.c.state, STATES.c.open_sick, STATES.c.student_number,
                  STATES.c.school_year, STATES.c.version)


class SqlAbsenceStore:
    def __init__(self, session: AsyncSession) -> None:
        self._sql = DriverSql(session)
        self._versions: dict[StateKey, int] = {}  # the version each loaded state was read at

    async def heightened_by_number(self, numbers: Collection[str]) -> dict[str, bool]:
        found: dict[str, bool] = {}
        for chunk in _chunks(sorted(numbers)):
            rows = await self._sql.fetch(with_marks(HEIGHTENED, len(chunk)), chunk)
            found.update((number, bool(flag)) for number, flag in rows)
        return found

    async def known_events(self, source_ids: Collection[str]) -> dict[str, AbsenceEvent]:
        known: dict[str, AbsenceEvent] = {}
        for chunk in _chunks(sorted(source_ids)):
            rows = await self._sql.fetch(with_marks(KNOWN_EVENTS, len(chunk)), chunk)
            known.update((row[0], _event(row)) for row in rows)
        return known

    async def states(self, keys: Collection[StateKey]) -> dict[StateKey, YearState]:
        """Read (and on PostgreSQL lock until commit) the states of these students."""
        years = sorted({year.start_year for _, year in keys})
        found: dict[StateKey, YearState] = {}
        for chunk in _chunks(sorted({number for number, _ in keys})):
            statement = with_marks(STATES_OF, len(chunk), len(years))
            found.update(await self._read_states(statement, [*chunk, *years], keys))
        return found

    async def open_sick_reports(self, year: SchoolYear) -> dict[StateKey, YearState]:
        """The states of this school year with a sick report still open (locked on PostgreSQL)."""
        return await self._read_states(OPEN_SICK, [year.start_year], None)

    async def _read_states(
        self, statement: str, parameters: list[Any], keys: Collection[StateKey] | None
    ) -> dict[StateKey, YearState]:
        if self._sql.dialect.name == "postgresql":
            statement += " FOR UPDATE"  # SQLite has no row locks: the versions guard instead
        rows = await self._sql.fetch(statement, parameters)
        load = self._sql.loader(STATES.c.state.type)
        found: dict[StateKey, YearState] = {}
        for number, start_year, version, state in rows:
            key = (number, SchoolYear(start_year))
            if keys is None or key in keys:
                found[key] = YearState.from_json(number, key[1], load(state))
                self._versions[key] = version
        return found

    async def add_events(self, events: Sequence[AbsenceEvent], received_at: datetime) -> None:
        events = sorted(events, key=lambda e: e.source_id)  # one lock order for parallel batches
        await self._write(self._sql.insert(EVENTS, EVENT_COLUMNS, [
            (e.source_id, e.student_number, e.kind.value, e.day, e.lesson_hour, e.hours, e.note,
             e.whole_day, received_at) for e in events]))

    async def save_states(self, states: Mapping[StateKey, YearState]) -> None:
        ordered = sorted(states.items(), key=lambda item: (item[0][0], item[0][1].start_year))
        await self._write(self._sql.insert(STATES, STATE_COLUMNS, [
            (key[0], key[1].start_year, 1, state.to_json(), state.open_sick)
            for key, state in ordered if key not in self._versions]))
        changed = self._sql.converted(UPDATE_COLUMNS, [
            (self._versions[key] + 1, state.to_json(), state.open_sick, key[0],
             key[1].start_year, self._versions[key])
            for key, state in ordered if key in self._versions])  # key order: lock order
        updated = await self._write(self._sql.execute_many(UPDATE_STATE, changed))
        if changed and self._sql.dialect.supports_sane_multi_rowcount \
                and updated not in (-1, len(changed)):
            raise ConcurrentUpdate("a state changed since it was read")
        self._versions.update({key: self._versions.get(key, 0) + 1 for key in states})

    async def add_signals(self, signals: Sequence[Signal], created_at: datetime) -> None:
        ids = [ordered_id(created_at) for _ in signals]  # together in the index
        await self._write(self._sql.insert(SIGNALS, SIGNAL_COLUMNS, [
            (signal_id, s.student_number, s.rule.value, s.threshold, s.school_year.start_year,
             s.window_key, ";".join(role_codes(s.recipients)), s.fired_on, s.trigger_date,
             created_at)
            for signal_id, s in zip(ids, signals, strict=True)]))
        await self._write(self._sql.insert(TASKS, TASK_COLUMNS, [
            (signal_id, position, t.key, t.role.value, t.action, t.due_on, t.if_concerns,
             t.requires, t.status.value, t.done_by, t.done_at)
            for signal_id, signal in zip(ids, signals, strict=True)
            for position, t in enumerate(signal.tasks)]))

    async def _write(self, statement: Awaitable[T]) -> T:
        try:
            return await statement
        except DBAPIError as error:
            if _clash(error):
                raise ConcurrentUpdate(str(error.orig)) from error
            raise


def _clash(error: DBAPIError) -> bool:
    """Another transaction wrote the same rows: a unique key taken meanwhile, a PostgreSQL
    deadlock, or SQLite refusing a write after another writer committed since our read."""
    text = str(error.orig).lower()
    return isinstance(error, IntegrityError) or "deadlock" in text or "locked" in text


def _event(row: Sequence[Any]) -> AbsenceEvent:
    source_id, number, kind, day, lesson_hour, hours, note, whole_day = row
    day = date.fromisoformat(day) if isinstance(day, str) else day  # SQLite's driver: text
    return AbsenceEvent(source_id, number, EventKind(kind), day, lesson_hour,
                        None if hours is None else float(hours), note, bool(whole_day))


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]
