"""The protocol as values: rules with thresholds, windows and steps (loaded from TOML)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from domain.absence.calendar import SchoolCalendar
from domain.absence.events import EventKind
from domain.roles import Role


class RuleId(StrEnum):
    LATE = "late"
    REMOVED = "removed"
    TRUANCY = "truancy"
    TRUANCY_DAYS = "truancy_days"
    SICK_DAYS = "sick_days"
    SICK_REPORTS = "sick_reports"
    SICK_PATTERN = "sick_pattern"
    SICK_HOURS = "sick_hours"
    DUO_16_HOURS = "duo_16_hours"
    UNAUTHORIZED_LEAVE = "unauthorized_leave"
    LONG_ABSENCE = "long_absence"
    MANUAL = "manual"


class Window(StrEnum):
    SCHOOL_YEAR = "school_year"  # a running count from 1 August
    SCHOOL_WEEKS = "school_weeks"  # `weeks` consecutive school weeks
    CONSECUTIVE_SCHOOL_DAYS = "consecutive_school_days"
    NONE = "none"  # raised by hand


class Measure(StrEnum):
    EVENTS = "events"
    HOURS = "hours"
    DAYS = "days"
    REPORTS = "reports"


@dataclass(frozen=True)
class Step:
    role: Role
    action: str  # in the school's language (Dutch for the shipped protocols); stored per task
    days: int = 0  # deadline: days after the step before
    working_days: bool = False
    if_concerns: bool = False  # part of another role's work: does not notify this role
    key: str | None = None  # steps with the same key are alternatives: one does it for all
    requires: str | None = None  # the key of a step that must be done first
    reports_to: str | None = None  # "lpa" or "duo": the step reports outside the school
    action_en: str = ""  # the action in English ("": the protocol gives no English)
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:  # steps are cache keys for every signal: hash them once
        object.__setattr__(self, "_hash", hash((
            self.role, self.action, self.days, self.working_days, self.if_concerns, self.key,
            self.requires, self.reports_to, self.action_en)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True)
class Condition:
    rule: RuleId  # that rule's school-year count ...
    at_least: float  # ... must be at least this


@dataclass(frozen=True)
class Threshold:
    at: float  # fires when the count first reaches it ...
    steps: tuple[Step, ...]
    above: bool = False  # ... or, with above, first exceeds it
    when_any: tuple[Condition, ...] = ()  # combined: also one of these must hold
    topic: str = ""  # manual signals: what was raised by hand

    def reached(self, count: float) -> bool:
        return count > self.at if self.above else count >= self.at


@dataclass(frozen=True)
class Repeat:
    start: int  # every whole count from here fires ...
    steps: tuple[Step, ...]  # ... with these steps (plus a threshold's own at that count)


@dataclass(frozen=True)
class Rule:
    id: RuleId
    counts: frozenset[EventKind]
    measure: Measure
    window: Window
    thresholds: tuple[Threshold, ...]  # lowest first
    weeks: int = 0
    repeat: Repeat | None = None

    def threshold_at(self, at: float) -> Threshold | None:
        return next((t for t in self.thresholds if t.at == at), None)

    def all_steps(self) -> tuple[Step, ...]:
        repeated = self.repeat.steps if self.repeat else ()
        return repeated + tuple(step for t in self.thresholds for step in t.steps)

    def steps_at(self, count: int) -> tuple[Step, ...]:
        repeated = self.repeat.steps if self.repeat and count >= self.repeat.start else ()
        own = self.threshold_at(count)
        return repeated + (own.steps if own else ())


@dataclass(frozen=True)
class Protocol:
    rules: Mapping[RuleId, Rule]
    calendar: SchoolCalendar = field(default_factory=SchoolCalendar)
    sick_lesson_hours_per_day: float = 7.0
    unauthorized_leave_hours: float = 7.0
    truancy_day_hours: float = 5.0  # truancy hours that make a whole day ("3 dagen aaneen")
    name: str = "default"
    jurisdiction: str = "nl"  # the Dutch law rules (domain.absence.law) apply to "nl" only

    def action_in(self, lang: str, action: str) -> str:
        """A task's action (stored as the step's own text) as this reader reads it: English
        where the protocol gives it, else as written (a school's own protocol may have none)."""
        return self._english.get(action, action) if lang == "en" else action

    @cached_property
    def _english(self) -> dict[str, str]:
        return {step.action: step.action_en for rule in self.rules.values()
                for step in rule.all_steps() if step.action_en}

    def rule(self, rule_id: RuleId) -> Rule | None:
        return self.rules.get(rule_id)

    def counting(self, kind: EventKind) -> tuple[Rule, ...]:
        """The running school-year counts an event of `kind` adds to."""
        return self._counting.get(kind, ())

    @cached_property
    def _counting(self) -> dict[EventKind, tuple[Rule, ...]]:
        return {kind: tuple(rule for rule in self.rules.values()
                            if kind in rule.counts and rule.window is Window.SCHOOL_YEAR
                            and rule.id is not RuleId.SICK_HOURS)
                for kind in EventKind}

    @cached_property
    def kept(self) -> frozenset[EventKind]:
        """Kinds the DUO window keeps hours of (none where the Dutch law does not apply)."""
        duo = self.rules.get(RuleId.DUO_16_HOURS)
        return duo.counts if duo is not None else frozenset()

    @cached_property
    def combined(self) -> tuple[Rule, ...]:
        """Rules with a threshold that waits for another rule's count."""
        return tuple(rule for rule in self.rules.values()
                     if any(threshold.when_any for threshold in rule.thresholds))
