"""School hours: outside them prompts wait and arrive as one digest at the next opening."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_DAY_NAMES = ("ma", "di", "wo", "do", "vr", "za", "zo")


@dataclass(frozen=True)
class SchoolHours:
    """When prompts may arrive; `enabled=False` (LVS_QUIET_HOURS=off) means always."""

    opens: time = time(7, 30)
    closes: time = time(17, 30)
    weekdays: frozenset[int] = frozenset(range(5))  # Monday = 0
    enabled: bool = True

    def is_open(self, at: datetime) -> bool:
        if not self.enabled:
            return True
        return at.weekday() in self.weekdays and self.opens <= at.timetz().replace(
            tzinfo=None) < self.closes

    def next_opening(self, at: datetime) -> datetime:
        """`at` itself when open; else the start of the next school day (same time zone)."""
        if self.is_open(at):
            return at
        day = at.date() if at.time() < self.opens else at.date() + timedelta(days=1)
        while day.weekday() not in self.weekdays:
            day += timedelta(days=1)
        return datetime.combine(day, self.opens, tzinfo=at.tzinfo)


def parse_school_hours(text: str) -> SchoolHours:
    """LVS_QUIET_HOURS: "off", or "07:30-17:30" optionally followed by days ("ma-vr", "ma,wo")."""
    cleaned = text.strip().lower()
    if cleaned in ("off", "uit", "0", "false"):
        return SchoolHours(enabled=False)
    if not cleaned:
        return SchoolHours()
    hours, _, days = cleaned.partition(" ")
    match = _WINDOW.match(hours)
    if match is None:
        raise ValueError(f"school hours {text!r}: expected e.g. 07:30-17:30 ma-vr, or off")
    opens = time(int(match[1]), int(match[2]))
    closes = time(int(match[3]), int(match[4]))
    if opens >= closes:
        raise ValueError(f"school hours {text!r}: opening must come before closing")
    return SchoolHours(opens, closes, _weekdays(days.strip()) if days.strip() else
                       frozenset(range(5)))


def _weekdays(text: str) -> frozenset[int]:
    days: set[int] = set()
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first not in _DAY_NAMES or (last and last not in _DAY_NAMES):
            raise ValueError(f"unknown day in {text!r}: use ma di wo do vr za zo")
        start, end = _DAY_NAMES.index(first), _DAY_NAMES.index(last or first)
        days.update(range(start, end + 1))
    return frozenset(days)
