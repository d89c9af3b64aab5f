"""In-memory stand-ins for the absence and task ports: ingest, manual signals, `taken` and
`gedaan` run on them as on the real database (the same unique key, the same order)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.overview import SignalMark
from domain.absence.ports import ConcurrentUpdate, OpenWork, StateKey
from domain.absence.signals import Signal, TaskStatus
from domain.absence.state import YearState
from domain.ids import ordered_id
from domain.logbook import OpenAction
from domain.notify.ports import SignalRecord, TaskRecord, signal_topic
from domain.school import Staff, Student
from domain.school_year import SchoolYear

if TYPE_CHECKING:  # fakes.py builds the unit of work from these
    from tests.unit.fakes import FakeDirectory


class FakeAbsenceStore:
    """Events, year states, signals and their tasks, as storage/absences.py keeps them."""

    def __init__(self, directory: FakeDirectory) -> None:
        self._directory = directory
        self.events: list[AbsenceEvent] = []
        self.saved_states: dict[StateKey, YearState] = {}
        self.signals: dict[str, SignalRecord] = {}
        self.tasks: dict[int, TaskRecord] = {}  # task id → task, numbered in insert order
        self.signal_keys: set[tuple[object, ...]] = set()  # the table's unique key
        self.signal_years: dict[str, SchoolYear] = {}  # signal id → its school year

    async def heightened_by_number(self, numbers: Collection[str]) -> dict[str, bool]:
        students = self._directory.students
        return {n: students[n].heightened_protocol for n in numbers if n in students}

    async def known_events(self, source_ids: Collection[str]) -> dict[str, AbsenceEvent]:
        return {e.source_id: e for e in self.events if e.source_id in source_ids}

    async def states(self, keys: Collection[StateKey]) -> dict[StateKey, YearState]:
        return {key: self.saved_states[key] for key in keys if key in self.saved_states}

    async def open_sick_reports(self, year: SchoolYear) -> dict[StateKey, YearState]:
        return {key: state for key, state in self.saved_states.items()
                if key[1] == year and state.open_sick is not None}

    async def add_events(self, events: Sequence[AbsenceEvent], received_at: datetime) -> None:
        self.events += events

    async def save_states(self, states: Mapping[StateKey, YearState]) -> None:
        self.saved_states.update(states)

    async def add_signals(self, signals: Sequence[Signal], created_at: datetime) -> None:
        for signal in signals:
            key = (signal.student_number, signal.rule, signal.threshold,
                   signal.school_year.start_year, signal.window_key)
            if key in self.signal_keys:
                raise ConcurrentUpdate(f"signal {key} exists")
            self.signal_keys.add(key)
            record = SignalRecord(ordered_id(created_at), signal.student_number, signal.rule,
                                  signal.threshold, signal.window_key, signal.recipients,
                                  signal.trigger_date)
            self.signals[record.id] = record
            self.signal_years[record.id] = signal.school_year
            for task in signal.tasks:
                task_id = len(self.tasks) + 1
                self.tasks[task_id] = TaskRecord(task_id, record.id, signal.student_number, task)


class FakeSignalTasks:
    """The signals' tasks as prompts, `taken`, `gedaan` and the logbook header read them."""

    def __init__(self, store: FakeAbsenceStore, directory: FakeDirectory) -> None:
        self._store, self._directory = store, directory

    async def signal(self, signal_id: str) -> SignalRecord | None:
        return self._store.signals.get(signal_id)

    async def tasks_of(self, signal_id: str) -> list[TaskRecord]:
        return self._sorted(t for t in self._store.tasks.values() if t.signal_id == signal_id)

    async def task(self, task_id: int) -> TaskRecord | None:
        return self._store.tasks.get(task_id)

    async def save_done(self, task_id: int, staff_id: str, at: datetime) -> None:
        record = self._store.tasks[task_id]
        done = replace(record.task, status=TaskStatus.DONE, done_by=staff_id, done_at=at)
        self._store.tasks[task_id] = replace(record, task=done)

    async def open_tasks_near(self, staff: Staff) -> list[TaskRecord]:
        students = self._directory.students
        near = {n for n, s in students.items()
                if staff.id in s.mentors or s.location == staff.location}
        return self._sorted(t for t in self._open() if t.student_number in near)

    async def open_for_student(self, student_number: str) -> list[OpenAction]:
        found = []
        for record in self._open():
            signal = self._store.signals[record.signal_id]
            if record.student_number == student_number and not record.task.if_concerns:
                found.append(OpenAction(signal.rule.value, signal.threshold,
                                        signal_topic(signal.rule, signal.window_key),
                                        record.task.role, record.task.action,
                                        record.task.due_on))
        return found

    async def overdue(self, today: date, limit: int) -> list[TaskRecord]:
        return [t for t in self._open() if t.task.due_on < today and not t.task.if_concerns
                ][:limit]

    async def last_dates(self, student_number: str, kinds: frozenset[EventKind],
                         up_to: date, limit: int) -> list[date]:
        days = {e.day for e in self._store.events if e.student_number == student_number
                and e.kind in kinds and e.day <= up_to}
        return sorted(days, reverse=True)[:limit]

    def _open(self) -> list[TaskRecord]:
        return self._sorted(t for t in self._store.tasks.values()
                            if t.task.status is TaskStatus.OPEN)

    @staticmethod
    def _sorted(records: Iterable[TaskRecord]) -> list[TaskRecord]:
        """Due date, then signal, then the task's place in its signal (ids follow it)."""
        return sorted(records, key=lambda t: (t.task.due_on, t.signal_id, t.id))


class FakeAbsenceHistory:
    """The absence overviews' reads (the logbook's absence picture, `mijn leerlingen`)."""

    def __init__(self, store: FakeAbsenceStore, directory: FakeDirectory) -> None:
        self._store, self._directory = store, directory

    async def registrations(self, student_number: str, year: SchoolYear) -> list[AbsenceEvent]:
        return sorted((e for e in self._store.events if e.student_number == student_number
                       and year.start <= e.day <= year.end), key=lambda e: e.day)

    async def signal_marks(self, student_number: str, year: SchoolYear) -> list[SignalMark]:
        marks = [SignalMark(s.rule, s.threshold, s.trigger_date)
                 for s in self._store.signals.values()
                 if s.student_number == student_number and self._store.signal_years[s.id] == year]
        return sorted(marks, key=lambda m: (m.trigger_date, m.rule, m.threshold))

    async def year_states(self, numbers: Collection[str],
                          year: SchoolYear) -> dict[str, YearState]:
        return {number: state for (number, state_year), state in self._store.saved_states.items()
                if number in numbers and state_year == year}

    async def open_work(self, numbers: Collection[str], today: date) -> dict[str, OpenWork]:
        found: dict[str, OpenWork] = {}
        for record in _open_actions(self._store):
            if record.student_number in numbers:
                work = found.get(record.student_number, OpenWork())
                found[record.student_number] = OpenWork(
                    work.open + 1, work.overdue + (record.task.due_on < today))
        return found

    async def signalled_students(self, location: str) -> list[Student]:
        signalled = {record.student_number for record in _open_actions(self._store)}
        found = [s for s in self._directory.students.values() if s.number in signalled
                 and s.location == location and s.left_on is None]
        return sorted(found, key=lambda s: (s.last_name, s.first_name, s.number))


def _open_actions(store: FakeAbsenceStore) -> list[TaskRecord]:
    """Open actions that count (those only "if there are concerns" left out)."""
    return [t for t in store.tasks.values()
            if t.task.status is TaskStatus.OPEN and not t.task.if_concerns]
