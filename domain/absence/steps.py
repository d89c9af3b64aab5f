"""Steps as the protocol file writes them: role, Dutch action, deadline, order."""

from __future__ import annotations

from typing import Any

from domain.absence.protocol import Step
from domain.roles import Role

_STEP_KEYS = frozenset({"role", "action", "days", "working_days", "if_concerns", "key",
                        "requires"})


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
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        problems.append(f"{where}: days must be a whole number of 0 or more, not {days!r}")
    if unknown or role not in Role._value2member_map_ or not isinstance(action, str):
        return None
    return Step(Role(str(role)), action.strip(), days if isinstance(days, int) else 0,
                bool(raw.get("working_days", False)), bool(raw.get("if_concerns", False)),
                raw.get("key"), raw.get("requires"))
