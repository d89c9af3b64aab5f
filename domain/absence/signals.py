"""Signals: a threshold reached for a student, with its steps as tasks for staff roles."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from domain.absence.calendar import SchoolCalendar, add_working_days
from domain.absence.protocol import Rule, RuleId, Step
from domain.roles import Role
from domain.school_year import SchoolYear


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Task:
    role: Role
    action: str
    due_on: date
    if_concerns: bool = False
    key: str | None = None
    requires: str | None = None
    status: TaskStatus = TaskStatus.OPEN
    done_by: str | None = None
    done_at: datetime | None = None
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:  # tasks are cache keys for every signal: hash them once
        object.__setattr__(self, "_hash", hash((
            self.role, self.action, self.due_on, self.if_concerns, self.key, self.requires,
            self.status, self.done_by, self.done_at)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True, slots=True)
class Signal:
    student_number: str
    rule: RuleId
    threshold: int
    school_year: SchoolYear
    window_key: str  # "" for school-year counts; the trigger day for DUO; the topic for manual
    recipients: frozenset[Role]
    tasks: tuple[Task, ...]
    fired_on: date  # the day the signal was raised
    trigger_date: date  # the date of the registration (or day) that reached the threshold
    reasons: tuple[tuple[RuleId, int], ...] = ()  # every threshold this one signal stands for
    reports: frozenset[str] = frozenset()  # "lpa", "duo": a step reports outside the school

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "student_number": self.student_number,
            "rule": self.rule.value,
            "threshold": self.threshold,
            "school_year": self.school_year.label,
            "recipients": list(role_codes(self.recipients)),
        }
        if len(self.reasons) > 1:
            data["reasons"] = [f"{rule.value}:{at}" for rule, at in self.reasons]
        return data


@lru_cache(maxsize=256)  # a few distinct groups of recipients, written for every signal
def role_codes(roles: frozenset[Role]) -> tuple[str, ...]:
    return tuple(sorted(role.value for role in roles))


class TaskBlocked(ValueError):
    """A task whose `requires` step is not done yet (parents are told before an invitation)."""


@dataclass(frozen=True, slots=True)
class Firing:
    """What the engine decided; the steps are filled in from the protocol."""

    rule: RuleId
    threshold: int
    trigger_date: date
    window_key: str = ""
    topic: str = ""


def build_signal(
    firing: Firing, rule: Rule, student_number: str, today: date, heightened: bool,
    calendar: SchoolCalendar | None = None,
) -> Signal:
    """The law's deadlines run from the day the threshold was reached (a late batch makes a
    task that is already due or overdue); the protocol's from the day it is signalled."""
    steps = _steps(firing, rule)
    start = firing.trigger_date if firing.rule in FROM_TRIGGER else today
    return Signal(
        student_number=student_number,
        rule=firing.rule,
        threshold=firing.threshold,
        school_year=SchoolYear.of(firing.trigger_date),
        window_key=firing.window_key,
        recipients=recipients_of(steps, heightened),
        tasks=tasks_for(steps, start, calendar or NO_HOLIDAYS),
        fired_on=today,
        trigger_date=firing.trigger_date,
        reasons=((firing.rule, firing.threshold),),
        reports=reports_of(steps),
    )


FROM_TRIGGER = frozenset({RuleId.DUO_16_HOURS, RuleId.UNAUTHORIZED_LEAVE, RuleId.LONG_ABSENCE})
NO_HOLIDAYS = SchoolCalendar()


@lru_cache(maxsize=1024)
def reports_of(steps: tuple[Step, ...]) -> frozenset[str]:
    return frozenset(step.reports_to for step in steps if step.reports_to)


@lru_cache(maxsize=4096)  # a batch fires the same few thresholds on the same day many times
def tasks_for(
    steps: tuple[Step, ...], start: date, calendar: SchoolCalendar = NO_HOLIDAYS
) -> tuple[Task, ...]:
    """Each deadline counts from the step before ("max. N dagen")."""
    tasks, due = [], start
    for step in steps:
        due = (add_working_days(due, step.days, calendar) if step.working_days
               else due + timedelta(days=step.days))
        tasks.append(Task(step.role, step.action, due, step.if_concerns, step.key,
                          step.requires))
    return tuple(tasks)


@lru_cache(maxsize=1024)
def recipients_of(steps: tuple[Step, ...], heightened: bool) -> frozenset[Role]:
    """Roles with a step that is not only "if there are concerns"; heightened adds the mentor."""
    roles = {step.role for step in steps if not step.if_concerns}
    return frozenset(roles | {Role.MENTOR} if heightened else roles)


def _steps(firing: Firing, rule: Rule) -> tuple[Step, ...]:
    if firing.topic:
        return next(t.steps for t in rule.thresholds if t.topic == firing.topic)
    if rule.repeat is not None:
        return rule.steps_at(firing.threshold)
    return next(t.steps for t in rule.thresholds if int(t.at) == firing.threshold)


def mark_done(tasks: tuple[Task, ...], index: int, by: str, at: datetime) -> tuple[Task, ...]:
    """Task `index` done by staff `by`; refused while the step it requires is still open."""
    task = tasks[index]
    if task.requires:  # steps sharing a key are alternatives: one of them done is enough
        required = [t for t in tasks if t.key == task.requires]
        if required and not any(t.status is TaskStatus.DONE for t in required):
            raise TaskBlocked(f"first: {required[0].action}")
    done = replace(task, status=TaskStatus.DONE, done_by=by, done_at=at)
    return tasks[:index] + (done,) + tasks[index + 1:]
