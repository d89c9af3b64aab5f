"""The incremental engine: a student's year state plus new events → new state and signals.

History is never recounted: counters only grow, and each single threshold remembers
that it fired, so it fires once per school year however late or bunched its events come.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta

from domain.absence.calendar import SchoolCalendar
from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.merge import merged
from domain.absence.protocol import Measure, Protocol, Rule, RuleId, Threshold
from domain.absence.signals import Firing, Signal, build_signal
from domain.absence.state import YearState
from domain.absence.windows import run_of
from domain.absence.work import Work


def apply_events(
    state: YearState,
    events: Iterable[AbsenceEvent],
    protocol: Protocol,
    calendar: SchoolCalendar,
    *,
    today: date,
    heightened: bool = False,
) -> tuple[YearState, list[Signal]]:
    """Add `events` (all of `state`'s student and school year) to the counts."""
    events = tuple(events)
    first, last = state.school_year.start, state.school_year.end
    for event in events:
        if not first <= event.day <= last or event.student_number != state.student_number:
            raise ValueError(f"event {event.source_id} is not for this student and school year")
    if state.open_sick is None and all(_changes_nothing(e.kind, protocol) for e in events):
        return state, []  # e.g. only authorized absence, and no sick report running
    work = Work.of(state)
    engine = _Engine(work, protocol, calendar)
    for event in events:
        engine.add(event)
    engine.check_open_report(today)
    return work.freeze(), _signals(work.firings, protocol, state, today, heightened)


def evaluate_day(
    state: YearState,
    today: date,
    holidays: SchoolCalendar,
    protocol: Protocol,
    *,
    heightened: bool = False,
) -> tuple[YearState, list[Signal]]:
    """The daily run: an open sick report grows by one school day (weekends and holidays skip)."""
    work = Work.of(state)
    _Engine(work, protocol, holidays).check_open_report(today)
    return work.freeze(), _signals(work.firings, protocol, state, today, heightened)


TRACKED = frozenset({EventKind.SICK, EventKind.RECOVERED, EventKind.TRUANCY,
                     EventKind.UNAUTHORIZED_LEAVE})  # always kept


def _changes_nothing(kind: EventKind, protocol: Protocol) -> bool:
    """No rule counts this kind and the state does not keep it (see _Engine.add)."""
    return not (kind in TRACKED or protocol.counting(kind) or kind in protocol.kept)


def _signals(
    firings: list[Firing], protocol: Protocol, state: YearState, today: date, heightened: bool
) -> list[Signal]:
    return merged([build_signal(f, protocol.rules[f.rule], state.student_number, today,
                                heightened, protocol.calendar) for f in firings])


class _Engine:
    def __init__(self, work: Work, protocol: Protocol, calendar: SchoolCalendar) -> None:
        self.work, self.protocol, self.calendar = work, protocol, calendar

    def add(self, event: AbsenceEvent) -> None:
        hours = self._hours(event)
        for rule in self.protocol.counting(event.kind):
            self._count(rule, hours if rule.measure is Measure.HOURS else 1.0, event.day)
        if event.kind is EventKind.SICK:
            self._sick(event.day, event.hours)
        elif event.kind is EventKind.RECOVERED:
            self._recovered(event.day)
        elif event.kind is EventKind.TRUANCY:
            self._truancy_day(event.day, hours, event.whole_day)
        elif event.kind is EventKind.UNAUTHORIZED_LEAVE:
            self._leave(event.day)
        duo = self.protocol.rule(RuleId.DUO_16_HOURS)
        if duo is not None and event.kind in duo.counts:
            self._duo(duo, event.day, hours)

    def check_open_report(self, today: date) -> None:
        start = self.work.open_sick
        if start is None:
            return
        last = min(today, self.work.school_year.end)
        days = self.calendar.school_days(start, last)
        self._reach(RuleId.SICK_DAYS, days, last, episode=start)
        self._reach(RuleId.SICK_HOURS, self._sick_hours(days), last)
        self._long_absence(last)

    def _hours(self, event: AbsenceEvent) -> float:
        if event.hours is not None:
            return event.hours
        if event.kind is EventKind.UNAUTHORIZED_LEAVE:
            return self.protocol.unauthorized_leave_hours
        return 1.0

    def _count(self, rule: Rule, amount: float, day: date) -> None:
        old = self.work.counts.get(rule.id, 0.0)
        new = self.work.counts[rule.id] = old + amount
        due: list[tuple[float, Threshold | None]] = []
        if rule.repeat is not None:
            first = max(rule.repeat.start, math.floor(old) + 1)
            counts = list(range(first, math.floor(new) + 1))
            if rule.measure is Measure.HOURS and counts:
                if day in self.work.repeat_days:  # that day's per-hour signal is out already
                    counts = [k for k in counts if rule.threshold_at(k)]
                self.work.repeat_days.add(day)
            due += [(k, None) for k in counts]
        due += [(t.at, t) for t in self._open(rule, new) if not self._repeats(rule, t)]
        for at, threshold in sorted(due, key=lambda item: item[0]):
            self._fire(rule.id, at, day, threshold)
        for other in self.protocol.combined:
            self._reach(other.id, self.work.counts.get(other.id, 0.0), day)

    def _reach(
        self, rule_id: RuleId, count: float, day: date, episode: date | None = None
    ) -> None:
        """Fire what `count` reaches; with an `episode` (its first day) each episode anew."""
        rule = self.protocol.rule(rule_id)
        if rule is None:
            return
        suffix = f":{episode.isoformat()}" if episode else ""
        for threshold in self._open(rule, count, suffix):
            self._fire(rule_id, threshold.at, day, threshold, suffix)

    def _open(self, rule: Rule, count: float, suffix: str = "") -> list[Threshold]:
        """Thresholds reached, not fired yet, whose conditions (if any) hold now."""
        return [t for t in rule.thresholds
                if t.reached(count) and f"{rule.id}:{int(t.at)}{suffix}" not in self.work.fired
                and (not t.when_any or any(self.work.counts.get(c.rule, 0.0) >= c.at_least
                                           for c in t.when_any))]

    @staticmethod
    def _repeats(rule: Rule, threshold: Threshold) -> bool:
        return rule.repeat is not None and threshold.at >= rule.repeat.start

    def _fire(self, rule_id: RuleId, at: float, day: date, threshold: Threshold | None,
              suffix: str = "") -> None:
        if threshold is not None:
            self.work.fired.add(f"{rule_id}:{int(at)}{suffix}")
        self.work.firings.append(Firing(rule_id, int(at), day, window_key=suffix[1:]))

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

    def _duo(self, rule: Rule, day: date, hours: float) -> None:
        work = self.work
        if work.duo_after is not None and day <= work.duo_after:
            return  # already reported: hours on or before that day no longer count
        work.duo_hours[day] = work.duo_hours.get(day, 0.0) + hours
        while (trigger := work.duo_trigger(rule, self.calendar)) is not None:
            work.firings.append(Firing(rule.id, int(rule.thresholds[0].at), trigger,
                                       window_key=trigger.isoformat()))
            work.spend_duo_hours(trigger)
