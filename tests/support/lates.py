"""Late arrivals as the school's absence registration sends them (the ingest's items)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def late_items(number: str, count: int, today: date, first: int = 0) -> list[dict[str, Any]]:
    """`count` late arrivals of student `number` on the school days before `today`, oldest
    first; `first` skips that many earlier ones (ids go on from there)."""
    days = [today - timedelta(days=offset) for offset in range(1, 60)
            if (today - timedelta(days=offset)).weekday() < 5]
    return [{"id": f"late-{number}-{first + i}", "student_number": number, "kind": "late",
             "date": day.isoformat()}
            for i, day in enumerate(reversed(days[:first + count][first:]))]
