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
from domain.absence.protocol import Measure, Protocol, Rule, RuleId, Threshold
from domain.absence.signals import Firing, Signal, build_signal
from domain.absence.state import YearState
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


TRACKED = frozenset({EventKind.SICK, EventKind.RECOVERED, EventKind.TRUANCY})  # always kept


def _changes_nothing(kind: EventKind, protocol: Protocol) -> bool:
    """No rule counts this kind and the state does not keep it (see _Engine.add)."""
    return not (kind in TRACKED or protocol.counting(kind)
                or kind in protocol.rules[RuleId.DUO_16_HOURS].counts)


def _signals(
    firings: list[Firing], protocol: Protocol, state: YearState, today: date, heightened: bool
) -> list[Signal]:
    return [build_signal(f, protocol.rules[f.rule], state.student_number, today, heightened)
            for f in firings]


class _Engine:
    def __init__(self, work: Work, protocol: Protocol, calendar: SchoolCalendar) -> None:
        self.work, self.protocol, self.calendar = work, protocol, calendar

    def add(self, event: AbsenceEvent) -> None:
        hours = self._hours(event)
        for rule in self.protocol.counting(event.kind):
            self._count(rule, hours if rule.measure is Measure.HOURS else 1.0, event.day)
        if event.kind is EventKind.SICK:
            self._sick(event.day)
        elif event.kind is EventKind.RECOVERED:
            self._recovered(event.day)
        if event.kind is EventKind.TRUANCY:
            self._truancy_day(event.day)
        if event.kind in self.protocol.rules[RuleId.DUO_16_HOURS].counts:
            self._duo(event.day, hours)

    def check_open_report(self, today: date) -> None:
        start = self.work.open_sick
        if start is None:
            return
        last = min(today, self.work.school_year.end)
        days = self.calendar.school_days(start, last)
        self._reach(RuleId.SICK_DAYS, days, last)
        closed = self.work.sick_days_closed + days
        self._reach(RuleId.SICK_HOURS, closed * self.protocol.sick_lesson_hours_per_day, last)

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
            due += [(k, None) for k in range(first, math.floor(new) + 1)]
        due += [(t.at, t) for t in self._open(rule, new) if not self._repeats(rule, t)]
        for at, threshold in sorted(due, key=lambda item: item[0]):
            self._fire(rule.id, at, day, threshold)
        for other in self.protocol.combined:
            self._reach(other.id, self.work.counts.get(other.id, 0.0), day)

    def _reach(self, rule_id: RuleId, count: float, day: date) -> None:
        rule = self.protocol.rule(rule_id)
        if rule is not None:
            for threshold in self._open(rule, count):
                self._fire(rule_id, threshold.at, day, threshold)

    def _open(self, rule: Rule, count: float) -> list[Threshold]:
        """Thresholds reached, not fired yet, whose conditions (if any) hold now."""
        return [t for t in rule.thresholds
                if t.reached(count) and f"{rule.id}:{int(t.at)}" not in self.work.fired
                and (not t.when_any or any(self.work.counts.get(c.rule, 0.0) >= c.at_least
                                           for c in t.when_any))]

    @staticmethod
    def _repeats(rule: Rule, threshold: Threshold) -> bool:
        return rule.repeat is not None and threshold.at >= rule.repeat.start

    def _fire(self, rule_id: RuleId, at: float, day: date, threshold: Threshold | None) -> None:
        if threshold is not None:
            self.work.fired.add(f"{rule_id}:{int(at)}")
        self.work.firings.append(Firing(rule_id, int(at), day))

    def _sick(self, day: date) -> None:
        work = self.work
        if work.open_sick is not None and day >= work.open_sick:
            return  # a registration inside the report that is still open
        work.add_sick_report(day)
        if work.open_sick is None and (work.last_recovered is None or day > work.last_recovered):
            work.open_sick = day
            recovered = work.take_recovery_after(day)  # it came first, out of order
            if recovered is not None:
                self._recovered(recovered)
        for rule_id in (RuleId.SICK_REPORTS, RuleId.SICK_PATTERN):
            rule = self.protocol.rule(rule_id)
            if rule is not None:
                self._reach(rule_id, work.reports_within(rule, self.calendar), day)

    def _recovered(self, day: date) -> None:
        work = self.work
        if work.open_sick is None or day < work.open_sick:
            work.loose_recoveries.append(day)  # its report may still arrive
            return
        days = max(1, self.calendar.school_days(work.open_sick, day - timedelta(days=1)))
        self._reach(RuleId.SICK_DAYS, days, day)
        work.sick_days_closed += days
        work.open_sick, work.last_recovered = None, day
        hours = work.sick_days_closed * self.protocol.sick_lesson_hours_per_day
        self._reach(RuleId.SICK_HOURS, hours, day)

    def _truancy_day(self, day: date) -> None:
        self.work.truancy_days.add(day)
        if self.calendar.is_school_day(day):
            run = self.work.truancy_run(day, self.calendar)
            self._reach(RuleId.TRUANCY_DAYS, run, day)

    def _duo(self, day: date, hours: float) -> None:
        work, rule = self.work, self.protocol.rules[RuleId.DUO_16_HOURS]
        if work.duo_after is not None and day <= work.duo_after:
            return  # already reported: hours on or before that day no longer count
        work.duo_hours[day] = work.duo_hours.get(day, 0.0) + hours
        while (trigger := work.duo_trigger(rule, self.calendar)) is not None:
            work.firings.append(Firing(rule.id, int(rule.thresholds[0].at), trigger,
                                       window_key=trigger.isoformat()))
            work.spend_duo_hours(trigger)
