"""Small builders for the absence engine tests."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from domain.absence.engine import apply_events
from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.loader import default_protocol
from domain.absence.protocol import Protocol
from domain.absence.signals import Signal
from domain.absence.state import YearState
from domain.school_year import SchoolYear

PROTOCOL = default_protocol()
YEAR = SchoolYear(2026)
LATE_IN_YEAR = date(2027, 7, 1)
_ids = itertools.count()


def ev(kind: str, day: date, hours: float | None = None, student: str = "100") -> AbsenceEvent:
    return AbsenceEvent(f"e{next(_ids)}", student, EventKind(kind), day, hours=hours)


def many(kind: str, count: int, day: date = date(2026, 9, 14)) -> list[AbsenceEvent]:
    return [ev(kind, day) for _ in range(count)]


def run(
    events: Sequence[AbsenceEvent],
    *,
    state: YearState | None = None,
    today: date = LATE_IN_YEAR,
    heightened: bool = False,
    protocol: Protocol = PROTOCOL,
) -> tuple[YearState, list[Signal]]:
    state = state or YearState.empty("100", YEAR)
    return apply_events(state, events, protocol, protocol.calendar, today=today,
                        heightened=heightened)


def fired(signals: Sequence[Signal]) -> list[tuple[str, int]]:
    return [(signal.rule.value, signal.threshold) for signal in signals]


def in_batches(batches: Sequence[Sequence[AbsenceEvent]], **options: object) -> list[Signal]:
    state, signals = None, []
    for batch in batches:
        state, new = run(batch, state=state, **options)  # type: ignore[arg-type]
        signals += new
    return signals
