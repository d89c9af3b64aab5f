"""Sick: days in a row (daily run), reports in 12 school weeks, a weekday pattern, hours."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from domain.absence.calendar import Holiday, SchoolCalendar
from domain.absence.engine import evaluate_day
from domain.absence.loader import default_protocol
from domain.absence.state import YearState
from tests.unit.absence_helpers import PROTOCOL, YEAR, ev, fired, in_batches, run

MONDAY = date(2026, 9, 7)
AUTUMN = SchoolCalendar((Holiday(date(2026, 10, 19), date(2026, 10, 23), "herfst"),))


def open_report(start: date) -> YearState:
    state, _ = run([ev("sick", start)], today=start)
    return state


@pytest.mark.parametrize(("start", "today", "fires"), [
    (MONDAY, MONDAY + timedelta(days=3), False),  # Thursday: 4 school days
    (MONDAY, MONDAY + timedelta(days=4), True),  # Friday: the 5th
    (date(2026, 9, 9), date(2026, 9, 14), False),  # Wed..Mon: the weekend does not count
    (date(2026, 9, 9), date(2026, 9, 15), True),
    (date(2026, 10, 15), date(2026, 10, 27), False),  # the autumn holiday does not count
    (date(2026, 10, 15), date(2026, 10, 28), True),
])
def test_sick_days_are_counted_by_the_daily_run(start: date, today: date, fires: bool) -> None:
    _, signals = evaluate_day(open_report(start), today, AUTUMN, PROTOCOL)
    assert (("sick_days", 5) in fired(signals)) is fires


def test_sick_days_fire_once_however_often_the_day_is_evaluated() -> None:
    state, signals = open_report(MONDAY), []
    for offset in range(12):
        state, new = evaluate_day(state, MONDAY + timedelta(days=offset), AUTUMN, PROTOCOL)
        signals += new
    assert fired(signals) == [("sick_days", 5)]


def test_recovered_closes_the_report_before_the_5th_day() -> None:
    state, _ = run([ev("recovered", MONDAY + timedelta(days=3))], state=open_report(MONDAY))
    _, signals = evaluate_day(state, MONDAY + timedelta(days=10), AUTUMN, PROTOCOL)
    assert signals == []


def test_recovered_arriving_before_its_sick_report_still_closes_it() -> None:
    signals = in_batches([[ev("recovered", MONDAY + timedelta(days=3))], [ev("sick", MONDAY)]],
                         today=MONDAY + timedelta(days=20))
    assert fired(signals) == []


def test_a_late_sick_report_fires_at_ingest_when_it_is_already_long() -> None:
    _, signals = run([ev("sick", MONDAY)], today=MONDAY + timedelta(days=8))
    assert fired(signals) == [("sick_days", 5)]


@pytest.mark.parametrize(("days", "expected"), [
    ([MONDAY, MONDAY + timedelta(weeks=5, days=1), MONDAY + timedelta(weeks=11, days=2)],
     [("sick_reports", 3)]),
    ([MONDAY, MONDAY + timedelta(weeks=6, days=1), MONDAY + timedelta(weeks=12, days=2)], []),
    ([MONDAY, MONDAY + timedelta(weeks=4), MONDAY + timedelta(weeks=8)],
     [("sick_reports", 3), ("sick_pattern", 3)]),  # three Mondays: one signal, both reasons
])
def test_sick_reports_within_12_school_weeks(days: list[date], expected: list[object]) -> None:
    batches = [[ev("sick", day), ev("recovered", day + timedelta(days=1))] for day in days]
    signals = in_batches(batches, today=days[-1] + timedelta(days=1))
    assert [(rule.value, at) for s in signals for rule, at in s.reasons] == expected


def test_a_holiday_week_does_not_count_in_the_12_school_weeks() -> None:
    days = [MONDAY, MONDAY + timedelta(weeks=6, days=1), MONDAY + timedelta(weeks=12, days=2)]
    protocol = replace(PROTOCOL, calendar=AUTUMN)
    batches = [[ev("sick", day), ev("recovered", day + timedelta(days=1))] for day in days]
    signals = in_batches(batches, today=days[-1] + timedelta(days=1), protocol=protocol)
    assert fired(signals) == [("sick_reports", 3)]


@pytest.mark.parametrize(("per_day", "days", "fires"), [
    (7, 11, False),  # 77 hours
    (7, 12, True),  # 84 hours: more than 80
    (8, 10, False),  # exactly 80 is not more than 80
    (8, 11, True),
])
def test_sick_hours_above_80(per_day: float, days: int, fires: bool) -> None:
    protocol = replace(PROTOCOL, sick_lesson_hours_per_day=per_day)
    reports = [[ev("sick", MONDAY + timedelta(weeks=3 * i)),
                ev("recovered", MONDAY + timedelta(weeks=3 * i, days=1))] for i in range(days)]
    signals = in_batches(reports, protocol=protocol, today=date(2027, 6, 1))
    assert (("sick_hours", 80) in fired(signals)) is fires


def test_mazl_counts_the_4th_report_and_the_7th_day() -> None:
    mazl = default_protocol("mazl")
    days = [MONDAY + timedelta(weeks=2 * i, days=i % 3) for i in range(4)]
    batches = [[ev("sick", d), ev("recovered", d + timedelta(days=1))] for d in days]
    assert ("sick_reports", 4) in fired(in_batches(batches, protocol=mazl, today=days[-1]))
    state, _ = run([ev("sick", MONDAY)], today=MONDAY, protocol=mazl)
    six = evaluate_day(state, MONDAY + timedelta(days=7), mazl.calendar, mazl)[1]
    seven = evaluate_day(state, MONDAY + timedelta(days=8), mazl.calendar, mazl)[1]
    assert (fired(six), fired(seven)) == ([], [("sick_days", 7)])


def test_state_survives_json() -> None:
    state, _ = run([ev("recovered", MONDAY), ev("sick", MONDAY + timedelta(days=1)),
                    ev("truancy", MONDAY, hours=2), ev("late", MONDAY)])
    assert YearState.from_json(state.student_number, YEAR, state.to_json()) == state
