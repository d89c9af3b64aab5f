"""The law (DOMAIN.md §4): 16 unauthorized hours in 4 school weeks, luxe verzuim, LRV."""

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


@pytest.mark.parametrize(("arrives", "due", "overdue"), [
    (MONDAY, date(2026, 9, 14), False),
    (date(2026, 9, 11), date(2026, 9, 14), False),  # a late batch: still from Monday
    (date(2026, 9, 21), date(2026, 9, 14), True),  # two weeks late: overdue on arrival
])
def test_the_duo_report_is_due_5_working_days_after_the_16th_hour(
    arrives: date, due: date, overdue: bool
) -> None:
    _, signals = run([ev("truancy", MONDAY, hours=16)], today=arrives)
    (signal,) = duo(signals)
    assert (signal.threshold, Role.VERZUIMCOORDINATOR in signal.recipients) == (16, True)
    assert "DUO-melding verplicht" in signal.tasks[0].action
    assert signal.tasks[0].due_on == due and (due < arrives) is overdue
    assert signal.window_key == MONDAY.isoformat()


@pytest.mark.parametrize(("holidays", "due"), [
    ((), date(2026, 9, 14)),
    ((Holiday(date(2026, 9, 9), date(2026, 9, 9), "Studiedag"),), date(2026, 9, 15)),
    ((Holiday(date(2026, 9, 12), date(2026, 9, 20), "Vakantie"),), date(2026, 9, 21)),
])
def test_working_day_deadlines_skip_school_and_public_holidays(
    holidays: tuple[Holiday, ...], due: date
) -> None:
    protocol = replace(PROTOCOL, calendar=SchoolCalendar(holidays))
    _, signals = run([ev("truancy", MONDAY, hours=16)], today=MONDAY, protocol=protocol)
    assert duo(signals)[0].tasks[0].due_on == due


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


@pytest.mark.parametrize(("days", "periods"), [
    ([MONDAY], [MONDAY]),
    ([MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)], [MONDAY]),
    ([date(2026, 9, 11), date(2026, 9, 14)], [date(2026, 9, 11)]),  # over the weekend
    ([MONDAY, MONDAY + timedelta(days=2)], [MONDAY, MONDAY + timedelta(days=2)]),
    ([MONDAY + timedelta(days=1), MONDAY], [MONDAY + timedelta(days=1)]),  # out of order
])
def test_unauthorized_leave_makes_one_signal_per_leave_period(
    days: list[date], periods: list[date]
) -> None:
    signals = in_batches([[ev("unauthorized_leave", day)] for day in days])
    leave = [s for s in signals if s.rule == "unauthorized_leave"]
    assert [s.trigger_date for s in leave] == periods
    first = leave[0]
    assert first.recipients == {Role.VERZUIMCOORDINATOR, Role.MENTOR}
    assert first.tasks[0].due_on == CALENDAR_NEXT_WORKING_DAY[first.trigger_date]


CALENDAR_NEXT_WORKING_DAY = {MONDAY: MONDAY + timedelta(days=1),
                             MONDAY + timedelta(days=1): MONDAY + timedelta(days=2),
                             date(2026, 9, 11): date(2026, 9, 14)}


def test_unauthorized_leave_hours_do_not_count_again_toward_the_16_hours() -> None:
    events = [ev("unauthorized_leave", MONDAY, hours=8),
              ev("unauthorized_leave", MONDAY + timedelta(days=1), hours=8),
              ev("truancy", MONDAY, hours=2)]
    assert not duo(run(events)[1])


@pytest.mark.parametrize(("events", "fires"), [
    ([("sick", date(2026, 9, 7))], True),  # sick from 7 September, still sick on 5 October
    ([("sick", date(2026, 9, 7)), ("recovered", date(2026, 10, 5))], False),  # 20 days
    ([("sick", date(2026, 9, 7)), ("recovered", date(2026, 10, 6))], True),  # 21 days
    ([("sick", date(2026, 9, 7)), ("recovered", date(2026, 9, 21))]
     + [("unauthorized_leave", date(2026, 9, 21 + d)) for d in range(5)]
     + [("sick", date(2026, 9, 28))], True),  # sick, leave, sick again: one absence
    ([("authorized", MONDAY + timedelta(days=d)) for d in range(40)], False),
])
def test_long_absence_is_more_than_4_school_weeks_absent(
    events: list[tuple[str, date]], fires: bool
) -> None:
    _, signals = run([ev(kind, day) for kind, day in events], today=date(2026, 10, 6))
    long = [s for s in signals if s.rule == "long_absence"]
    assert bool(long) is fires
    if long:
        assert long[0].recipients >= {Role.VERZUIMCOORDINATOR} and long[0].reports == {"duo"}


def test_long_absence_does_not_count_holiday_weeks() -> None:
    autumn = SchoolCalendar((Holiday(date(2026, 10, 17), date(2026, 10, 25)),))
    protocol = replace(PROTOCOL, calendar=autumn)
    sick = [ev("sick", date(2026, 10, 5)), ev("recovered", date(2026, 11, 3))]
    assert not [s for s in run(sick, protocol=protocol)[1] if s.rule == "long_absence"]
    assert [s for s in run(sick)[1] if s.rule == "long_absence"]


def test_the_law_fires_whatever_the_protocol_file_says() -> None:
    bare = replace(PROTOCOL, rules={rule: PROTOCOL.rules[rule] for rule in
                                    ("duo_16_hours", "unauthorized_leave", "long_absence")})
    _, signals = run([ev("truancy", MONDAY, hours=16), ev("late", MONDAY)], protocol=bare)
    assert fired(signals) == [("duo_16_hours", 16)]
