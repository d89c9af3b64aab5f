"""Overdue actions: first one reminder to the owner, on a later day a notice to the
verzuimcoördinator. Each happens once per task (the outbox dedupes on the key)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum


class Nudge(StrEnum):
    REMINDER = "reminder"
    NOTICE = "notice"


def nudge_due(due_on: date, today: date, reminded_on: date | None,
              noticed: bool) -> Nudge | None:
    """What an open task past `due_on` needs today, if anything."""
    if today <= due_on or noticed:
        return None
    if reminded_on is None:
        return Nudge.REMINDER
    return Nudge.NOTICE if today > reminded_on else None


def reminder_key(task_id: str, staff_id: str) -> str:
    return f"reminder:{task_id}:{staff_id}"


def notice_key(task_id: str) -> str:
    return f"notice:{task_id}"
