"""The ingest use case: a batch of registrations in, a summary with the signals out.

Items are checked one by one (a bad item is rejected with its reason, the rest go on);
an id seen before changes nothing, and with other content it is rejected as a conflict.
The batch is one transaction: events, states, signals, their tasks, logbook forms and
audit events are stored together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from domain.absence.collector import collector_paused
from domain.absence.engine import apply_events
from domain.absence.events import AbsenceEvent, InvalidEvent, parse_event
from domain.absence.ports import AbsenceUnitOfWork, StateKey, with_retries
from domain.absence.protocol import Protocol
from domain.absence.record import record_signals
from domain.absence.signals import Signal
from domain.absence.state import YearState
from domain.school_year import SchoolYear

MAX_BATCH = 10_000


@dataclass(frozen=True)
class Rejection:
    index: int
    error: str


@dataclass(frozen=True)
class IngestResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: tuple[Rejection, ...] = ()
    signals: tuple[Signal, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "rejected": [{"index": r.index, "error": r.error} for r in self.rejected],
            "signals": [signal.to_json() for signal in self.signals],
        }


async def ingest_absences(
    items: Sequence[object],
    uow: AbsenceUnitOfWork,
    protocol: Protocol,
    *,
    now: datetime,
    today: date,
) -> IngestResult:
    """Store new registrations and fire the thresholds they reach (at most MAX_BATCH items)."""
    if len(items) > MAX_BATCH:
        raise ValueError(f"at most {MAX_BATCH} items per batch")
    with collector_paused():
        parsed, rejected = _parse(items, today)
        return await with_retries(
            lambda: _ingest_once(parsed, rejected, uow, protocol, now, today))


def _parse(
    items: Sequence[object], today: date
) -> tuple[list[tuple[int, AbsenceEvent]], list[Rejection]]:
    parsed, rejected = [], []
    for index, item in enumerate(items):
        try:
            parsed.append((index, parse_event(item, today)))
        except InvalidEvent as error:
            rejected.append(Rejection(index, str(error)))
    return parsed, rejected


async def _ingest_once(
    parsed: list[tuple[int, AbsenceEvent]],
    rejected: list[Rejection],
    uow: AbsenceUnitOfWork,
    protocol: Protocol,
    now: datetime,
    today: date,
) -> IngestResult:
    async with uow:
        store = uow.absences
        heightened = await store.heightened_by_number({e.student_number for _, e in parsed})
        known = await store.known_events({e.source_id for _, e in parsed})
        events, duplicates, unknown = _sort_out(parsed, heightened, known)
        groups = _by_student_year(events)
        states = await store.states(groups.keys())
        new_states: dict[StateKey, YearState] = {}
        signals: list[Signal] = []
        for key, group in groups.items():
            state = states.get(key) or YearState.empty(*key)
            new, fired = apply_events(state, group, protocol, protocol.calendar, today=today,
                                      heightened=heightened[key[0]])
            if new is not state and new != state:  # e.g. only authorized absence
                new_states[key] = new
            signals += fired
        await store.add_events(events, now)
        await store.save_states(new_states)
        await store.add_signals(signals, now)
        await record_signals(uow, signals, now)
        await uow.commit()
    all_rejected = sorted(rejected + unknown, key=lambda r: r.index)
    return IngestResult(len(events), duplicates, tuple(all_rejected), tuple(signals))


def _sort_out(
    parsed: list[tuple[int, AbsenceEvent]], heightened: dict[str, bool],
    known: dict[str, AbsenceEvent],
) -> tuple[list[AbsenceEvent], int, list[Rejection]]:
    """Accepted events in order, the number of duplicates (the same id with the same content),
    and the rejected: unknown students, and an id seen before with other content."""
    events: list[AbsenceEvent] = []
    rejected: list[Rejection] = []
    seen, duplicates = dict(known), 0
    for index, event in parsed:
        earlier = seen.get(event.source_id)
        if event.student_number not in heightened:
            rejected.append(Rejection(index, f"unknown student {event.student_number}"))
        elif earlier is not None and earlier != event:
            rejected.append(Rejection(index, f"conflict: id {event.source_id} was received "
                                             "before with different content"))
        elif earlier is not None:
            duplicates += 1
        else:
            seen[event.source_id] = event
            events.append(event)
    return events, duplicates, rejected


def _by_student_year(events: list[AbsenceEvent]) -> dict[StateKey, list[AbsenceEvent]]:
    groups: dict[StateKey, list[AbsenceEvent]] = {}
    years: dict[date, SchoolYear] = {}
    for event in events:
        year = years.get(event.day) or years.setdefault(event.day, SchoolYear.of(event.day))
        groups.setdefault((event.student_number, year), []).append(event)
    return groups
