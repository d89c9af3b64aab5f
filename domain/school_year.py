"""School years run from 1 August to 31 July; every date here is passed in, never read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_LABEL = re.compile(r"^(\d{4})\s*[-/]\s*(\d{2}|\d{4})$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    start_year: int  # the calendar year in which the school year starts (August)

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def parse(cls, text: str) -> SchoolYear | None:
        """'2025-2026', '2025/26' → SchoolYear(2025); anything else → None."""
        match = _LABEL.match(text.strip())
        if not match:
            return None
        start, end = int(match[1]), match[2]
        end_year = int(end) if len(end) == 4 else (start // 100) * 100 + int(end)
        return cls(start) if end_year == start + 1 else None

    @property
    def start(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 7, 31)

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def next(self, years: int = 1) -> SchoolYear:
        return SchoolYear(self.start_year + years)


def default_expiry(today: date) -> date:
    """31-07 of the current school year (DOMAIN.md §1, Decision)."""
    return SchoolYear.of(today).end
