"""Counts inside windows: N school weeks, consecutive school days, the DUO 4-week window."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from domain.absence.calendar import SchoolCalendar


def most_within_weeks(days: Sequence[date], weeks: int, calendar: SchoolCalendar) -> int:
    """The most of `days` (sorted) that fall within `weeks` consecutive school weeks."""
    best, first = 0, 0
    numbers = [calendar.school_week(day) for day in days]
    for last, week in enumerate(numbers):
        while week - numbers[first] >= weeks:
            first += 1
        best = max(best, last - first + 1)
    return best


def most_on_one_weekday(days: Iterable[date], weeks: int, calendar: SchoolCalendar) -> int:
    by_weekday: dict[int, list[date]] = {}
    for day in sorted(days):
        by_weekday.setdefault(day.weekday(), []).append(day)
    return max((most_within_weeks(group, weeks, calendar) for group in by_weekday.values()),
               default=0)


def run_of(day: date, days: set[date], calendar: SchoolCalendar) -> tuple[date, int]:
    """The first day and the length in school days of the run in `days` through `day`."""
    first, before = day, calendar.previous_school_day(day)
    while before in days:
        first, before = before, calendar.previous_school_day(before)
    return first, run_through(day, days, calendar)


def run_through(day: date, days: set[date], calendar: SchoolCalendar) -> int:
    """How many consecutive school days in `days` the run through `day` is long."""
    length, before = 1, calendar.previous_school_day(day)
    while before in days:
        length, before = length + 1, calendar.previous_school_day(before)
    after = calendar.next_school_day(day)
    while after in days:
        length, after = length + 1, calendar.next_school_day(after)
    return length


def first_reaching(
    hours: dict[date, float], total: float, weeks: int, calendar: SchoolCalendar
) -> date | None:
    """The earliest day on which the hours of the `weeks` school weeks ending then reach
    `total` (holiday weeks do not count); None while no window reaches it."""
    days = sorted(hours)
    numbers = [calendar.school_week(day) for day in days]
    running, first = 0.0, 0
    for last, day in enumerate(days):
        running += hours[day]
        while numbers[last] - numbers[first] >= weeks:
            running -= hours[days[first]]
            first += 1
        if running >= total:
            return day
    return None
