"""The daily run: open sick reports grow by a school day; sick_days and sick_hours may fire."""

from __future__ import annotations

from datetime import date, datetime

from domain.absence.engine import evaluate_day
from domain.absence.ports import AbsenceUnitOfWork, StateKey, with_retries
from domain.absence.protocol import Protocol
from domain.absence.record import record_signals
from domain.absence.signals import Signal
from domain.absence.state import YearState
from domain.school_year import SchoolYear


async def check_open_sick_reports(
    uow: AbsenceUnitOfWork, protocol: Protocol, *, now: datetime, today: date
) -> list[Signal]:
    """Run once a day (weekends and holidays add no school day, so they fire nothing)."""
    return await with_retries(lambda: _check_once(uow, protocol, now, today))


async def _check_once(
    uow: AbsenceUnitOfWork, protocol: Protocol, now: datetime, today: date
) -> list[Signal]:
    async with uow:
        states = await uow.absences.open_sick_reports(SchoolYear.of(today))
        heightened = await uow.absences.heightened_by_number({n for n, _ in states})
        changed: dict[StateKey, YearState] = {}
        signals: list[Signal] = []
        for key, state in states.items():
            new, fired = evaluate_day(state, today, protocol.calendar, protocol,
                                      heightened=heightened.get(key[0], False))
            if fired:
                changed[key] = new
                signals.extend(fired)
        await uow.absences.save_states(changed)
        await uow.absences.add_signals(signals, now)
        await record_signals(uow, signals, now)
        await uow.commit()
    return signals
