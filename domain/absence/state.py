"""What the engine remembers per student per school year, instead of recounting history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.school_year import SchoolYear


@dataclass(frozen=True)
class YearState:
    student_number: str
    school_year: SchoolYear
    counts: Mapping[str, float] = field(default_factory=dict)  # school-year rule → count
    fired: frozenset[str] = frozenset()  # "rule:threshold" of single thresholds already fired
    sick_reports: tuple[date, ...] = ()  # start dates, sorted
    open_sick: date | None = None  # start of the report with no `recovered` yet
    last_recovered: date | None = None
    loose_recoveries: tuple[date, ...] = ()  # `recovered` that came before its `sick`
    sick_days_closed: int = 0  # school days in finished reports
    truancy_days: tuple[date, ...] = ()
    duo_hours: tuple[tuple[date, float], ...] = ()  # unauthorized hours per day since duo_after
    duo_after: date | None = None  # the day of the last DUO signal: earlier hours are spent

    @classmethod
    def empty(cls, student_number: str, school_year: SchoolYear) -> YearState:
        return cls(student_number, school_year)

    def to_json(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),  # rule ids are str enums: json writes their value
            "fired": sorted(self.fired),
            "sick_reports": [day.isoformat() for day in self.sick_reports],
            "open_sick": _iso(self.open_sick),
            "last_recovered": _iso(self.last_recovered),
            "loose_recoveries": [day.isoformat() for day in self.loose_recoveries],
            "sick_days_closed": self.sick_days_closed,
            "truancy_days": [day.isoformat() for day in self.truancy_days],
            "duo_hours": [[day.isoformat(), hours] for day, hours in self.duo_hours],
            "duo_after": _iso(self.duo_after),
        }

    @classmethod
    def from_json(
        cls, student_number: str, school_year: SchoolYear, data: Mapping[str, Any]
    ) -> YearState:
        return cls(
            student_number,
            school_year,
            counts=dict(data.get("counts", {})),
            fired=frozenset(data.get("fired", ())),
            sick_reports=tuple(map(date.fromisoformat, data.get("sick_reports", ()))),
            open_sick=_date(data.get("open_sick")),
            last_recovered=_date(data.get("last_recovered")),
            loose_recoveries=tuple(map(date.fromisoformat, data.get("loose_recoveries", ()))),
            sick_days_closed=int(data.get("sick_days_closed", 0)),
            truancy_days=tuple(map(date.fromisoformat, data.get("truancy_days", ()))),
            duo_hours=tuple((date.fromisoformat(d), float(h))
                            for d, h in data.get("duo_hours", ())),
            duo_after=_date(data.get("duo_after")),
        )


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)
