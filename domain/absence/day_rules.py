"""The engine's rules over days: sick episodes and their hours, whole days of truancy,
leave periods (luxe verzuim) and long absence (DOMAIN.md §3-4)."""

from __future__ import annotations

from datetime import date, timedelta

from domain.absence.protocol import RuleId
from domain.absence.thresholds import Thresholds
from domain.absence.windows import run_of


class DayRules(Thresholds):
    def _sick(self, day: date, hours: float | None) -> None:
        work = self.work
        if work.open_sick is not None and day >= work.open_sick:
            return  # a registration inside the report that is still open
        work.add_sick_report(day)
        if work.open_sick is None and (work.last_recovered is None or day > work.last_recovered):
            work.open_sick, work.open_sick_hours = day, hours
            recovered = work.take_recovery_after(day)  # it came first, out of order
            if recovered is not None:
                self._recovered(recovered)
        for rule_id in (RuleId.SICK_REPORTS, RuleId.SICK_PATTERN):
            rule = self.protocol.rule(rule_id)
            if rule is not None:
                self._reach(rule_id, work.reports_within(rule, self.calendar), day)

    def _recovered(self, day: date) -> None:
        work, start = self.work, self.work.open_sick
        if start is None or day < start:
            work.loose_recoveries.append(day)  # its report may still arrive
            return
        days = max(1, self.calendar.school_days(start, day - timedelta(days=1)))
        self._reach(RuleId.SICK_DAYS, days, day, episode=start)
        hours = self._sick_hours(days)
        work.absent_days.update(self._school_days(start, day - timedelta(days=1)))
        work.sick_days_closed += days
        work.sick_hours_short += self._first_day_short()
        work.open_sick, work.open_sick_hours, work.last_recovered = None, None, day
        self._reach(RuleId.SICK_HOURS, hours, day)
        self._long_absence(self.calendar.previous_school_day(day))

    def _sick_hours(self, open_days: int) -> float:
        """The hours sick registrations gave; a school day's lesson hours where none were."""
        per_day = self.protocol.sick_lesson_hours_per_day
        days = self.work.sick_days_closed + open_days
        return days * per_day - self.work.sick_hours_short - (
            self._first_day_short() if open_days else 0.0)

    def _first_day_short(self) -> float:
        given, per_day = self.work.open_sick_hours, self.protocol.sick_lesson_hours_per_day
        return 0.0 if given is None else max(per_day - given, 0.0)

    def _truancy_day(self, day: date, hours: float, whole_day: bool) -> None:
        """A whole day truanted (marked, or truancy_day_hours that day) counts toward
        "3 dagen aaneen"; single hours on separate days do not."""
        work = self.work
        total = work.truancy_hours[day] = work.truancy_hours.get(day, 0.0) + hours
        whole = whole_day or total >= self.protocol.truancy_day_hours
        if not whole or day in work.truancy_days or not self.calendar.is_school_day(day):
            return
        work.truancy_days.add(day)
        work.absent_days.add(day)
        self._reach(RuleId.TRUANCY_DAYS, work.truancy_run(day, self.calendar), day)
        self._long_absence(day)

    def _leave(self, day: date) -> None:
        """Luxe verzuim: one signal per leave period (consecutive school days)."""
        work = self.work
        if day in work.leave_days or not self.calendar.is_school_day(day):
            return
        joined = {self.calendar.previous_school_day(day),
                  self.calendar.next_school_day(day)} & work.leave_days
        work.leave_days.add(day)
        work.absent_days.add(day)
        if not joined and self.protocol.rule(RuleId.UNAUTHORIZED_LEAVE) is not None:
            self._fire(RuleId.UNAUTHORIZED_LEAVE, 1, day, None, f":{day.isoformat()}")
        self._long_absence(day)

    def _long_absence(self, day: date) -> None:
        """Absent more than 4 school weeks in a row (LRV): once per run of absent days."""
        if self.protocol.rule(RuleId.LONG_ABSENCE) is None:
            return
        days = set(self.work.absent_days)
        if self.work.open_sick is not None:
            days.update(self._school_days(self.work.open_sick, day))
        if day in days:
            first, length = run_of(day, days, self.calendar)
            self._reach(RuleId.LONG_ABSENCE, length, day, episode=first)

    def _school_days(self, first: date, last: date) -> list[date]:
        days, day = [], first
        while day <= last:
            if self.calendar.is_school_day(day):
                days.append(day)
            day += timedelta(days=1)
        return days
