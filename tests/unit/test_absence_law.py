"""The law (DOMAIN.md §4): 16 unauthorized hours in 4 school weeks, and luxe verzuim."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.absence.calendar import Holiday, SchoolCalendar
from domain.roles import Role
from tests.unit.absence_helpers import PROTOCOL, ev, fired, in_batches, run

MONDAY = date(2026, 9, 7)


def duo(signals: list) -> list:  # type: ignore[type-arg]
    return [s for s in signals if s.rule == "duo_16_hours"]


@pytest.mark.parametrize(("spread_weeks", "fires"), [(0, True), (3, True), (4, False)])
def test_16_hours_within_4_school_weeks(spread_weeks: int, fires: bool) -> None:
    events = [ev("truancy", MONDAY, hours=8),
              ev("truancy", MONDAY + timedelta(weeks=spread_weeks, days=1), hours=8)]
    assert bool(duo(run(events)[1])) is fires


def test_the_duo_signal_is_for_the_coordinator_within_5_working_days() -> None:
    _, signals = run([ev("truancy", MONDAY, hours=16)], today=date(2026, 9, 11))  # a Friday
    (signal,) = duo(signals)
    assert (signal.threshold, signal.recipients) == (16, {Role.VERZUIMCOORDINATOR})
    assert "DUO-melding verplicht" in signal.tasks[0].action
    assert signal.tasks[0].due_on == date(2026, 9, 18)
    assert signal.window_key == MONDAY.isoformat()


def test_a_holiday_week_inside_the_window_does_not_count() -> None:
    autumn = SchoolCalendar((Holiday(date(2026, 10, 17), date(2026, 10, 25)),))
    events = [ev("truancy", date(2026, 10, 5), hours=8),
              ev("truancy", date(2026, 11, 3), hours=8)]  # 4 calendar weeks + 1 holiday week
    assert duo(run(events, protocol=replace(PROTOCOL, calendar=autumn))[1])
    assert not duo(run(events)[1])


def test_the_window_starts_afresh_after_each_signal() -> None:
    signals = in_batches([
        [ev("truancy", MONDAY, hours=10)],
        [ev("truancy", MONDAY + timedelta(days=1), hours=10)],  # 20: fires on Tuesday
        [ev("truancy", MONDAY + timedelta(days=1), hours=6)],  # on the trigger day: spent
        [ev("truancy", MONDAY + timedelta(days=2), hours=10)],
        [ev("truancy", MONDAY + timedelta(days=3), hours=6)],  # 16 after Tuesday
    ])
    keys = [s.window_key for s in duo(signals)]
    assert keys == [date(2026, 9, 8).isoformat(), date(2026, 9, 10).isoformat()]


def test_unauthorized_leave_signals_at_once_and_counts_7_hours() -> None:
    events = [ev("unauthorized_leave", MONDAY), ev("unauthorized_leave", MONDAY),
              ev("truancy", MONDAY, hours=2)]
    _, signals = run(events)
    leave = [s for s in signals if s.rule == "unauthorized_leave"]
    assert [s.threshold for s in leave] == [1, 2]
    assert leave[0].recipients == {Role.VERZUIMCOORDINATOR, Role.MENTOR}
    assert [s.threshold for s in duo(signals)] == [16]


def test_unauthorized_leave_hours_are_configurable() -> None:
    protocol = replace(PROTOCOL, unauthorized_leave_hours=8)
    events = [ev("unauthorized_leave", MONDAY), ev("unauthorized_leave", MONDAY)]
    assert duo(run(events, protocol=protocol)[1])
    assert not duo(run(events)[1])


def test_the_law_fires_whatever_the_protocol_file_says() -> None:
    bare = replace(PROTOCOL, rules={rule: PROTOCOL.rules[rule]
                                    for rule in ("duo_16_hours", "unauthorized_leave")})
    _, signals = run([ev("truancy", MONDAY, hours=16), ev("late", MONDAY)], protocol=bare)
    assert fired(signals) == [("duo_16_hours", 16)]
