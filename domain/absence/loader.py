"""Read a protocol file (TOML) and check it; every error names the line it is about."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from domain.absence.calendar import Holiday, SchoolCalendar
from domain.absence.events import EventKind
from domain.absence.law import DUTCH, LAW, LAW_RULES
from domain.absence.protocol import (
    Measure,
    Protocol,
    Rule,
    RuleId,
    Window,
)
from domain.absence.steps import enum_value, listed, read_repeat, read_threshold

# What each rule id computes; the file may tune thresholds, weeks and steps, not the meaning.
WINDOWS: dict[RuleId, Window] = {
    RuleId.LATE: Window.SCHOOL_YEAR, RuleId.REMOVED: Window.SCHOOL_YEAR,
    RuleId.TRUANCY: Window.SCHOOL_YEAR, RuleId.SICK_HOURS: Window.SCHOOL_YEAR,
    RuleId.TRUANCY_DAYS: Window.CONSECUTIVE_SCHOOL_DAYS,
    RuleId.SICK_DAYS: Window.CONSECUTIVE_SCHOOL_DAYS,
    RuleId.SICK_REPORTS: Window.SCHOOL_WEEKS, RuleId.SICK_PATTERN: Window.SCHOOL_WEEKS,
    RuleId.MANUAL: Window.NONE,
}
_RULE_HEADER = re.compile(r"^\s*\[\[\s*rule\s*\]\]")
_THRESHOLD_HEADER = re.compile(r"^\s*\[\[\s*rule\s*\.\s*threshold\s*\]\]")


class ProtocolError(ValueError):
    """The file is not a usable protocol; str() lists every problem with its line."""

    def __init__(self, source: str, problems: list[str]) -> None:
        super().__init__(f"{source}: " + f"\n{source}: ".join(problems))
        self.problems = problems


@dataclass
class _Lines:
    """Where each [[rule]] and [[rule.threshold]] table starts, found by scanning the text."""

    rules: list[int] = field(default_factory=list)
    thresholds: list[list[int]] = field(default_factory=list)

    @classmethod
    def scan(cls, text: str) -> _Lines:
        lines = cls()
        for number, line in enumerate(text.splitlines(), start=1):
            if _RULE_HEADER.match(line):
                lines.rules.append(number)
                lines.thresholds.append([])
            elif _THRESHOLD_HEADER.match(line) and lines.thresholds:
                lines.thresholds[-1].append(number)
        return lines

    def of(self, rule: int, threshold: int | None = None) -> int:
        if rule >= len(self.rules):
            return 1
        if threshold is None or threshold >= len(self.thresholds[rule]):
            return self.rules[rule]
        return self.thresholds[rule][threshold]


def load_protocol(path: Path) -> Protocol:
    return parse_protocol(path.read_text(encoding="utf-8"), source=str(path))


def default_protocol(name: str = "default") -> Protocol:
    """A protocol shipped in the package: `default` (seed 003) or `mazl` (national M@ZL)."""
    text = resources.files("domain.absence.protocols").joinpath(f"{name}.toml").read_text("utf-8")
    return parse_protocol(text, source=f"{name}.toml")


def parse_protocol(text: str, source: str = "protocol") -> Protocol:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProtocolError(source, [str(error)]) from None
    problems: list[str] = []
    lines = _Lines.scan(text)
    rules: dict[RuleId, Rule] = {}
    for index, raw in enumerate(listed(data.get("rule", []))):
        rule = _rule(raw, index, lines, problems)
        if rule is not None and rule.id in rules:
            problems.append(f"line {lines.of(index)}: rule {rule.id} appears twice")
        elif rule is not None:
            rules[rule.id] = rule
    _check_conditions(rules, lines, problems)
    _check_english(rules, lines, problems)
    settings = data.get("settings", {})
    jurisdiction = str(data.get("jurisdiction", DUTCH)).strip().lower()
    protocol = Protocol(
        rules={**rules, **LAW} if jurisdiction == DUTCH else rules,
        calendar=SchoolCalendar(_holidays(data.get("holiday", []), problems)),
        sick_lesson_hours_per_day=_positive(settings, "sick_lesson_hours_per_day", problems),
        unauthorized_leave_hours=_positive(settings, "unauthorized_leave_hours", problems),
        truancy_day_hours=_positive(settings, "truancy_day_hours", problems, default=5),
        name=str(data.get("name", source)),
        jurisdiction=jurisdiction,
    )
    if problems:
        raise ProtocolError(source, problems)
    return protocol


def _rule(raw: Any, index: int, lines: _Lines, problems: list[str]) -> Rule | None:
    where = f"line {lines.of(index)}"
    rule_id = raw.get("id") if isinstance(raw, dict) else None
    if rule_id in LAW_RULES:
        problems.append(f"{where}: rule {rule_id} is set by law and cannot be changed here")
        return None
    if rule_id not in RuleId._value2member_map_:
        problems.append(f"{where}: unknown rule id {rule_id!r} "
                        f"(known: {', '.join(r.value for r in WINDOWS)})")
        return None
    rule = RuleId(str(rule_id))
    before = len(problems)
    window = _window(raw, rule, where, problems)
    counts = _counts(raw, where, problems)
    measure = enum_value(Measure, raw.get("measure", "events"), "measure", where, problems)
    weeks = raw.get("weeks", 0)
    if window is Window.SCHOOL_WEEKS and (not isinstance(weeks, int) or weeks < 1):
        problems.append(f"{where}: weeks must be a whole number of at least 1")
    thresholds = tuple(sorted(
        (read_threshold(t, rule, lines.of(index, i), problems)
         for i, t in enumerate(listed(raw.get("threshold", [])))),
        key=lambda threshold: threshold.at))
    repeat = read_repeat(raw.get("repeat"), where, problems)
    if not thresholds and repeat is None:
        problems.append(f"{where}: rule {rule} has no [[rule.threshold]] with steps")
    if len(problems) > before or window is None or measure is None:
        return None
    return Rule(rule, counts, measure, window, thresholds, weeks, repeat)


def _window(raw: dict[str, Any], rule: RuleId, where: str, problems: list[str]) -> Window | None:
    window = enum_value(Window, raw.get("window"), "window", where, problems)
    if window is not None and window is not WINDOWS[rule]:
        problems.append(f"{where}: rule {rule} counts in window {WINDOWS[rule]}, not {window}")
    return window


def _counts(raw: dict[str, Any], where: str, problems: list[str]) -> frozenset[EventKind]:
    counts = raw.get("counts", [])
    kinds = [counts] if isinstance(counts, str) else listed(counts)
    unknown = [kind for kind in kinds if kind not in EventKind._value2member_map_]
    if unknown:
        problems.append(f"{where}: unknown event kind {', '.join(map(str, unknown))} "
                        f"(known: {', '.join(k.value for k in EventKind)})")
    return frozenset(EventKind(k) for k in kinds if k in EventKind._value2member_map_)


def _check_conditions(rules: dict[RuleId, Rule], lines: _Lines, problems: list[str]) -> None:
    for index, rule in enumerate(rules.values()):
        for threshold in rule.thresholds:
            for condition in threshold.when_any:
                other = rules.get(condition.rule)
                if other is None or other.window is not Window.SCHOOL_YEAR:
                    problems.append(f"line {lines.of(index)}: condition on {condition.rule}: "
                                    "that must be a school-year rule in this file")


def _check_english(rules: dict[RuleId, Rule], lines: _Lines, problems: list[str]) -> None:
    """English is all or nothing: a half-translated protocol would show English readers a
    mix; a protocol without any English shows every reader the school's own text."""
    if not any(step.action_en for rule in rules.values() for step in rule.all_steps()):
        return
    for index, rule in enumerate(rules.values()):
        if not all(step.action_en for step in rule.all_steps()):
            problems.append(f"line {lines.of(index)}: rule {rule.id} has a step without "
                            "action_en; other steps have one: give every step action_en "
                            "or none")


def _holidays(raw: Any, problems: list[str]) -> tuple[Holiday, ...]:
    holidays = []
    for item in listed(raw):
        start, end = item.get("start"), item.get("end")
        if not isinstance(start, date) or not isinstance(end, date) or end < start:
            problems.append(f"holiday {item.get('name', '?')!r}: start and end must be dates "
                            "(YYYY-MM-DD, no quotes), end not before start")
            continue
        holidays.append(Holiday(start, end, str(item.get("name", ""))))
    return tuple(holidays)


def _positive(
    settings: dict[str, Any], key: str, problems: list[str], default: float = 7
) -> float:
    value = settings.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 24:
        problems.append(f"[settings] {key} must be a number of lesson hours from 1 to 24")
        return float(default)
    return float(value)



