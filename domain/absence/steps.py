"""Thresholds, conditions, repeats and steps as the protocol file writes them."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from domain.absence.protocol import Condition, Repeat, RuleId, Step, Threshold
from domain.roles import Role

E = TypeVar("E", bound=Enum)
_STEP_KEYS = frozenset({"role", "action", "action_en", "days", "working_days", "if_concerns",
                        "key", "requires", "reports_to"})
REPORTS_TO = ("lpa", "duo")  # outside the school: these signals get a Verantwoordingsformulier


def read_steps(raw: Any, where: str, problems: list[str]) -> tuple[Step, ...]:
    """The steps of one threshold; a `requires` must name a `key` of the same list."""
    items = raw if isinstance(raw, list) else []
    steps = tuple(step for item in items if (step := _step(item, where, problems)))
    keys = {step.key for step in steps if step.key}
    for step in steps:
        if step.requires and step.requires not in keys:
            problems.append(f"{where}: step requires {step.requires!r}, "
                            "but no step here has that key")
    return steps


def _step(raw: Any, where: str, problems: list[str]) -> Step | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: a step must be a table {{ role = ..., action = ... }}")
        return None
    unknown = sorted(set(raw) - _STEP_KEYS)
    role, action, days = raw.get("role"), raw.get("action"), raw.get("days", 0)
    if unknown:
        problems.append(f"{where}: unknown step field {', '.join(unknown)}")
    if role not in Role._value2member_map_:
        problems.append(f"{where}: unknown role {role!r} "
                        f"(known: {', '.join(r.value for r in Role)})")
    if not isinstance(action, str) or not action.strip():
        problems.append(f"{where}: a step needs an action text")
    action_en = raw.get("action_en", "")
    if not isinstance(action_en, str):
        problems.append(f"{where}: action_en must be a text")
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        problems.append(f"{where}: days must be a whole number of 0 or more, not {days!r}")
    reports_to = raw.get("reports_to")
    if reports_to is not None and reports_to not in REPORTS_TO:
        problems.append(f"{where}: reports_to must be one of {', '.join(REPORTS_TO)}, "
                        f"not {reports_to!r}")
        return None
    if (unknown or role not in Role._value2member_map_ or not isinstance(action, str)
            or not isinstance(action_en, str)):
        return None
    return Step(Role(str(role)), action.strip(), days if isinstance(days, int) else 0,
                bool(raw.get("working_days", False)), bool(raw.get("if_concerns", False)),
                raw.get("key"), raw.get("requires"), reports_to, action_en.strip())


def read_threshold(raw: Any, rule: RuleId, line: int, problems: list[str]) -> Threshold:
    where = f"line {line}"
    raw = raw if isinstance(raw, dict) else {}
    above = "above" in raw
    at = raw.get("above" if above else "at", 1 if rule is RuleId.MANUAL else None)
    if isinstance(at, bool) or not isinstance(at, int | float) or at <= 0:
        problems.append(f"{where}: threshold needs `at` (or `above`) as a number above 0, "
                        f"not {at!r}")
        at = 1
    steps = read_steps(raw.get("steps"), where, problems)
    if not steps:
        problems.append(f"{where}: threshold {at} has no steps")
    when_any = tuple(_condition(c, where, problems) for c in listed(raw.get("when_any", [])))
    return Threshold(at, steps, above, when_any, str(raw.get("topic", "")))


def _condition(raw: Any, where: str, problems: list[str]) -> Condition:
    raw = raw if isinstance(raw, dict) else {}
    rule = enum_value(RuleId, raw.get("rule"), "condition rule", where, problems)
    at_least = raw.get("at_least")
    if isinstance(at_least, bool) or not isinstance(at_least, int | float) or at_least <= 0:
        problems.append(f"{where}: condition needs at_least as a number above 0")
        at_least = 1
    return Condition(rule or RuleId.LATE, at_least)


def read_repeat(raw: Any, where: str, problems: list[str]) -> Repeat | None:
    if raw is None:
        return None
    start = raw.get("from") if isinstance(raw, dict) else None
    if isinstance(start, bool) or not isinstance(start, int) or start < 1:
        problems.append(f"{where}: repeat needs `from` as a whole number of at least 1")
        return None
    steps = read_steps(raw.get("steps"), where, problems)
    if not steps:
        problems.append(f"{where}: repeat has no steps")
    return Repeat(start, steps)


def enum_value(kind: type[E], value: Any, name: str, where: str, problems: list[str]) -> E | None:
    try:
        return kind(value)
    except ValueError:
        problems.append(f"{where}: unknown {name} {value!r}")
        return None


def listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]
