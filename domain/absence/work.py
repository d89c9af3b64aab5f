"""The engine's scratch copy of a YearState: mutable while one batch is added."""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from datetime import date

from domain.absence.calendar import SchoolCalendar
from domain.absence.protocol import Rule, RuleId
from domain.absence.signals import Firing
from domain.absence.state import YearState
from domain.absence.windows import (
    first_reaching,
    most_on_one_weekday,
    most_within_weeks,
    run_through,
)
from domain.school_year import SchoolYear


@dataclass(slots=True)
class Work:
    student_number: str
    school_year: SchoolYear
    counts: dict[str, float]
    fired: set[str]
    sick_reports: list[date]
    open_sick: date | None
    last_recovered: date | None
    loose_recoveries: list[date]
    sick_days_closed: int
    truancy_days: set[date]
    duo_hours: dict[date, float]
    duo_after: date | None
    truancy_hours: dict[date, float]
    repeat_days: set[date]
    open_sick_hours: float | None
    sick_hours_short: float
    absent_days: set[date]
    leave_days: set[date]
    firings: list[Firing] = field(default_factory=list)

    @classmethod
    def of(cls, state: YearState) -> Work:
        return cls(state.student_number, state.school_year, dict(state.counts),
                   set(state.fired), list(state.sick_reports), state.open_sick,
                   state.last_recovered, list(state.loose_recoveries), state.sick_days_closed,
                   set(state.truancy_days),
                   dict(state.duo_hours), state.duo_after, dict(state.truancy_hours),
                   set(state.repeat_days), state.open_sick_hours, state.sick_hours_short,
                   set(state.absent_days), set(state.leave_days))

    def freeze(self) -> YearState:
        return YearState(
            self.student_number, self.school_year, self.counts, frozenset(self.fired),
            tuple(self.sick_reports), self.open_sick, self.last_recovered,
            tuple(sorted(self.loose_recoveries)), self.sick_days_closed,
            tuple(sorted(self.truancy_days)),
            tuple(sorted(self.duo_hours.items())), self.duo_after,
            tuple(sorted(self.truancy_hours.items())), tuple(sorted(self.repeat_days)),
            self.open_sick_hours, self.sick_hours_short, tuple(sorted(self.absent_days)),
            tuple(sorted(self.leave_days)),
        )

    def add_sick_report(self, day: date) -> None:
        insort(self.sick_reports, day)

    def take_recovery_after(self, day: date) -> date | None:
        """The first loose `recovered` on or after `day`, which closes a report opened then."""
        later = [recovered for recovered in self.loose_recoveries if recovered >= day]
        if not later:
            return None
        self.loose_recoveries.remove(min(later))
        return min(later)

    def reports_within(self, rule: Rule, calendar: SchoolCalendar) -> int:
        if rule.id is RuleId.SICK_PATTERN:
            return most_on_one_weekday(self.sick_reports, rule.weeks, calendar)
        return most_within_weeks(self.sick_reports, rule.weeks, calendar)

    def truancy_run(self, day: date, calendar: SchoolCalendar) -> int:
        return run_through(day, self.truancy_days, calendar)

    def duo_trigger(self, rule: Rule, calendar: SchoolCalendar) -> date | None:
        return first_reaching(self.duo_hours, rule.thresholds[0].at, rule.weeks, calendar)

    def spend_duo_hours(self, trigger: date) -> None:
        self.duo_after = trigger
        self.duo_hours = {day: hours for day, hours in self.duo_hours.items() if day > trigger}
