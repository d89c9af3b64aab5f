"""School days and school weeks: weekends and the configured holidays do not count."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)
_EPOCH_MONDAY = date(2000, 1, 3)  # any Monday: week numbers only need to be comparable


@dataclass(frozen=True)
class Holiday:
    start: date
    end: date  # inclusive
    name: str = ""


@dataclass(frozen=True)
class SchoolCalendar:
    holidays: tuple[Holiday, ...] = ()
    _days: frozenset[date] = field(init=False, repr=False, compare=False)
    _holiday_weeks: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _weekdays_off: tuple[date, ...] = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __hash__(self) -> int:
        return self._hash

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(self.holidays))  # a cache key of every signal
        days = frozenset(_each_day(self.holidays))
        object.__setattr__(self, "_days", days)
        weekdays_off = tuple(sorted(day for day in days if day.weekday() < 5))
        object.__setattr__(self, "_weekdays_off", weekdays_off)
        weeks = sorted({_week(day) for day in days if _whole_week_off(day, days)})
        object.__setattr__(self, "_holiday_weeks", tuple(weeks))

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._days

    def school_days(self, first: date, last: date) -> int:
        """How many school days from `first` to `last`, both included."""
        if last < first:
            return 0
        off = bisect_right(self._weekdays_off, last) - bisect_left(self._weekdays_off, first)
        return _weekdays_until(last) - _weekdays_until(first - ONE_DAY) - off

    def previous_school_day(self, day: date) -> date:
        day -= ONE_DAY
        while not self.is_school_day(day):
            day -= ONE_DAY
        return day

    def next_school_day(self, day: date) -> date:
        day += ONE_DAY
        while not self.is_school_day(day):
            day += ONE_DAY
        return day

    def school_week(self, day: date) -> int:
        """A week number in which holiday weeks do not count: 4 school weeks may span 5."""
        week = _week(day)
        return week - bisect_right(self._holiday_weeks, week)


def add_working_days(day: date, count: int, calendar: SchoolCalendar | None = None) -> date:
    """`count` working days after `day`: weekends, and the calendar's school and public
    holidays, do not count (deadlines of the Inspectie run on working days)."""
    while count > 0:
        day += ONE_DAY
        count -= calendar.is_school_day(day) if calendar else day.weekday() < 5
    return day


def _each_day(holidays: Iterable[Holiday]) -> Iterable[date]:
    for holiday in holidays:
        day = holiday.start
        while day <= holiday.end:
            yield day
            day += ONE_DAY


def _weekdays_until(day: date) -> int:
    """Weekdays from the epoch Monday up to and including `day`."""
    days = (day - _EPOCH_MONDAY).days + 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + min(rest, 5)


def _week(day: date) -> int:
    return (day - _EPOCH_MONDAY).days // 7


def _whole_week_off(day: date, days: frozenset[date]) -> bool:
    monday = day - timedelta(days=day.weekday())
    return all(monday + timedelta(days=offset) in days for offset in range(5))
