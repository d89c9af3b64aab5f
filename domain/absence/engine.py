"""The incremental engine: a student's year state plus new events → new state and signals.

History is never recounted: counters only grow, and each single threshold remembers
that it fired, so it fires once per school year however late or bunched its events come.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date

from domain.absence.calendar import SchoolCalendar
from domain.absence.day_rules import DayRules
from domain.absence.events import AbsenceEvent, EventKind
from domain.absence.merge import merged
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


class _Engine(DayRules):
    """Counts, repeats and combined thresholds, and the DUO window; the day rules inherited."""

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

    def _duo(self, rule: Rule, day: date, hours: float) -> None:
        work = self.work
        if work.duo_after is not None and day <= work.duo_after:
            return  # already reported: hours on or before that day no longer count
        work.duo_hours[day] = work.duo_hours.get(day, 0.0) + hours
        while (trigger := work.duo_trigger(rule, self.calendar)) is not None:
            work.firings.append(Firing(rule.id, int(rule.thresholds[0].at), trigger,
                                       window_key=trigger.isoformat()))
            work.spend_duo_hours(trigger)
