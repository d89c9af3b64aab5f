"""What one prompt shows: the student, what happened, and the actions (as JSON for the outbox).

The card is rendered from this at send time (in the recipient's language) and again
after each click, with the actions' current state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from domain.absence.events import EventKind
from domain.absence.protocol import Protocol, RuleId
from domain.roles import Role

# Which registrations a rule counts, for "the last dates" on the card.
RULE_EVENTS: Mapping[RuleId, frozenset[EventKind]] = {
    RuleId.LATE: frozenset({EventKind.LATE}),
    RuleId.REMOVED: frozenset({EventKind.REMOVED}),
    RuleId.TRUANCY: frozenset({EventKind.TRUANCY}),
    RuleId.TRUANCY_DAYS: frozenset({EventKind.TRUANCY}),
    RuleId.SICK_DAYS: frozenset({EventKind.SICK}),
    RuleId.SICK_REPORTS: frozenset({EventKind.SICK}),
    RuleId.SICK_PATTERN: frozenset({EventKind.SICK}),
    RuleId.SICK_HOURS: frozenset({EventKind.SICK}),
    RuleId.DUO_16_HOURS: frozenset({EventKind.TRUANCY, EventKind.UNAUTHORIZED_LEAVE}),
    RuleId.UNAUTHORIZED_LEAVE: frozenset({EventKind.UNAUTHORIZED_LEAVE}),
    RuleId.MANUAL: frozenset(),
}
LAST_DATES = 5


class Note(StrEnum):
    """Why this prompt is sent (besides a new signal)."""

    NONE = ""
    REMINDER = "reminder"  # your action is past its due date
    OVERDUE = "overdue"  # to the verzuimcoördinator: someone's action stays undone
    UNDELIVERABLE = "undeliverable"  # to the verzuimcoördinator: we could not reach someone


@dataclass(frozen=True)
class ActionLine:
    task_id: int
    role: Role
    action: str
    due_on: date
    if_concerns: bool = False
    done_by: str | None = None  # the display name of who did it
    done_at: datetime | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    def in_language(self, lang: str, protocol: Protocol) -> ActionLine:
        """The action as this reader reads it (the protocol's English, looked up by the
        stored text, for English readers): the stored prompt stays as it was."""
        return replace(self, action=protocol.action_in(lang, self.action))


@dataclass(frozen=True)
class Prompt:
    signal_id: str
    student_number: str
    student_name: str
    class_name: str
    rule: RuleId
    threshold: int
    topic: str  # what a manual signal is about ("" otherwise)
    dates: tuple[date, ...]  # the last registrations that counted, newest first
    actions: tuple[ActionLine, ...]
    roles: frozenset[Role]  # the recipient's roles: their own actions
    note: Note = Note.NONE
    about: str = ""  # the person a reminder, notice or warning is about

    def own(self) -> tuple[ActionLine, ...]:
        return tuple(a for a in self.actions if a.role in self.roles)

    def others(self) -> tuple[ActionLine, ...]:
        return tuple(a for a in self.actions if a.role not in self.roles)

    def with_actions(self, actions: tuple[ActionLine, ...]) -> Prompt:
        return replace(self, actions=actions)

    def to_json(self) -> dict[str, Any]:
        return {
            "signal_id": self.signal_id, "student_number": self.student_number,
            "student_name": self.student_name, "class_name": self.class_name,
            "rule": self.rule.value, "threshold": self.threshold, "topic": self.topic,
            "dates": [day.isoformat() for day in self.dates],
            "actions": [_action_json(a) for a in self.actions],
            "roles": sorted(role.value for role in self.roles),
            "note": self.note.value, "about": self.about,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Prompt:
        return cls(
            data["signal_id"], data["student_number"], data["student_name"],
            data["class_name"], RuleId(data["rule"]), int(data["threshold"]), data["topic"],
            tuple(date.fromisoformat(day) for day in data["dates"]),
            tuple(_action(a) for a in data["actions"]),
            frozenset(Role(role) for role in data["roles"]),
            Note(data.get("note", "")), data.get("about", ""),
        )


def _action_json(action: ActionLine) -> dict[str, Any]:
    return {"task_id": action.task_id, "role": action.role.value, "action": action.action,
            "due_on": action.due_on.isoformat(), "if_concerns": action.if_concerns,
            "done_by": action.done_by,
            "done_at": action.done_at.isoformat() if action.done_at else None}


def _action(data: Mapping[str, Any]) -> ActionLine:
    done_at = data.get("done_at")
    return ActionLine(int(data["task_id"]), Role(data["role"]), data["action"],
                      date.fromisoformat(data["due_on"]), bool(data.get("if_concerns")),
                      data.get("done_by"),
                      datetime.fromisoformat(done_at) if done_at else None)
