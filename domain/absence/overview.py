"""A student's school year at a glance: counts per week, and where thresholds were reached.

The counts come from the registrations, the marks from the signals the engine fired: only
a protocol's own thresholds are marked (5 truancy hours, 6 late), not every hour or every
late arrival that a repeated step follows. Pure values: the picture is drawn elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from domain.absence.calendar import SchoolCalendar
from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.protocol import Protocol, RuleId
from domain.absence.state import YearState
from domain.school_year import SchoolYear

WEEK = timedelta(days=7)


class Lane(StrEnum):
    """One row of the picture, in the order it is drawn."""

    LATE = "late"
    TRUANCY = "truancy"  # lesson hours
    SICK = "sick"  # school days
    REMOVED = "removed"


LANE_OF_RULE: dict[RuleId, Lane] = {
    RuleId.LATE: Lane.LATE,
    RuleId.TRUANCY: Lane.TRUANCY,
    RuleId.TRUANCY_DAYS: Lane.TRUANCY,
    RuleId.DUO_16_HOURS: Lane.TRUANCY,
    RuleId.SICK_DAYS: Lane.SICK,
    RuleId.SICK_REPORTS: Lane.SICK,
    RuleId.SICK_PATTERN: Lane.SICK,
    RuleId.SICK_HOURS: Lane.SICK,
    RuleId.REMOVED: Lane.REMOVED,
}


@dataclass(frozen=True)
class Totals:
    late: int = 0
    truancy_hours: float = 0.0
    sick_days: int = 0
    removed: int = 0

    def of(self, lane: Lane) -> float:
        return {Lane.LATE: self.late, Lane.TRUANCY: self.truancy_hours,
                Lane.SICK: self.sick_days, Lane.REMOVED: self.removed}[lane]


@dataclass(frozen=True)
class SignalMark:
    """A fired signal as the picture needs it (the storage reads these)."""

    rule: RuleId
    threshold: int
    trigger_date: date


@dataclass(frozen=True)
class ThresholdMark:
    lane: Lane
    week: int  # index into YearOverview.weeks
    rule: RuleId
    threshold: int


@dataclass(frozen=True)
class YearOverview:
    school_year: SchoolYear
    mondays: tuple[date, ...]  # the Monday of each week that touches the school year
    weeks: dict[Lane, tuple[float, ...]]  # per lane, one value per week
    marks: tuple[ThresholdMark, ...]
    current_week: int  # weeks after it have not happened yet
    totals: Totals = field(default_factory=Totals)


def year_overview(events: Sequence[AbsenceEvent], signals: Iterable[SignalMark],
                  protocol: Protocol, year: SchoolYear, today: date) -> YearOverview:
    """The weeks of `year` (events outside it are ignored) as of `today`."""
    first_monday = year.start - timedelta(days=year.start.weekday())
    mondays = tuple(_mondays(first_monday, year.end))
    counts = {lane: [0.0] * len(mondays) for lane in Lane}
    inside = sorted((e for e in events if e.day in year), key=lambda e: (e.day, e.kind))

    def week_of(day: date) -> int:
        return (day - first_monday).days // 7

    for event in inside:
        lane = {EventKind.LATE: Lane.LATE, EventKind.REMOVED: Lane.REMOVED,
                EventKind.TRUANCY: Lane.TRUANCY}.get(event.kind)
        if lane is not None:
            counts[lane][week_of(event.day)] += truancy_hours(event) if lane is Lane.TRUANCY \
                else 1
    last = min(today, year.end)
    for day in sick_school_days(inside, protocol.calendar, last):
        counts[Lane.SICK][week_of(day)] += 1
    totals = Totals(late=round(sum(counts[Lane.LATE])), truancy_hours=sum(counts[Lane.TRUANCY]),
                    sick_days=round(sum(counts[Lane.SICK])),
                    removed=round(sum(counts[Lane.REMOVED])))
    marks = tuple(ThresholdMark(LANE_OF_RULE[s.rule], week_of(s.trigger_date), s.rule,
                                s.threshold)
                  for s in signals if _named_threshold(s, protocol) and s.trigger_date in year)
    return YearOverview(year, mondays, {lane: tuple(values) for lane, values in counts.items()},
                        marks, week_of(max(year.start, last)), totals)


def truancy_hours(event: AbsenceEvent) -> float:
    """As the engine counts them: the hours given, else one lesson hour."""
    return event.hours if event.hours is not None else 1.0


def sick_school_days(events: Sequence[AbsenceEvent], calendar: SchoolCalendar,
                     last: date) -> list[date]:
    """The school days inside sick reports: from a `sick` up to the day before its
    `recovered`, or up to `last` while it is still open (events sorted by day)."""
    days: list[date] = []
    start: date | None = None
    for event in events:
        if event.kind is EventKind.SICK and start is None:
            start = event.day
        elif event.kind is EventKind.RECOVERED and start is not None and event.day > start:
            days += _school_days(start, event.day - timedelta(days=1), calendar)
            start = None
    if start is not None:
        days += _school_days(start, last, calendar)
    return days


def year_totals(state: YearState | None, calendar: SchoolCalendar, today: date) -> Totals:
    """This school year's counts as the engine keeps them (no registrations re-read)."""
    if state is None:
        return Totals()
    open_days = (calendar.school_days(state.open_sick, min(today, state.school_year.end))
                 if state.open_sick else 0)
    return Totals(late=round(state.counts.get(RuleId.LATE, 0.0)),
                  truancy_hours=state.counts.get(RuleId.TRUANCY, 0.0),
                  sick_days=state.sick_days_closed + open_days,
                  removed=round(state.counts.get(RuleId.REMOVED, 0.0)))


def _named_threshold(signal: SignalMark, protocol: Protocol) -> bool:
    rule = protocol.rule(signal.rule)
    return (signal.rule in LANE_OF_RULE and rule is not None
            and rule.threshold_at(signal.threshold) is not None)


def _mondays(first: date, end: date) -> Iterable[date]:
    while first <= end:
        yield first
        first += WEEK


def _school_days(first: date, last: date, calendar: SchoolCalendar) -> list[date]:
    days, day = [], first
    while day <= last:
        if calendar.is_school_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days
