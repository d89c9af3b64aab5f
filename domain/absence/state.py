"""What the engine remembers per student per school year, instead of recounting history."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.school_year import SchoolYear


@dataclass(frozen=True, slots=True)
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
        """Only the fields that are not empty: most students have few (from_json fills in)."""
        return {name: encode(value) for name, encode in _ENCODE.items()
                if (value := getattr(self, name))}

    @classmethod
    def from_json(
        cls, student_number: str, school_year: SchoolYear, data: Mapping[str, Any]
    ) -> YearState:
        """Also reads documents with every field written (empty ones as [], null or 0)."""
        return cls(student_number, school_year,
                   **{name: _DECODE[name](value) for name, value in data.items()})


def _days(days: tuple[date, ...]) -> list[str]:
    return [day.isoformat() for day in days]


def _dates(texts: list[str] | None) -> tuple[date, ...]:
    return tuple(map(date.fromisoformat, texts or ()))


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _hours(pairs: list[list[Any]] | None) -> tuple[tuple[date, float], ...]:
    return tuple((date.fromisoformat(day), float(hours)) for day, hours in pairs or ())


_ENCODE: dict[str, Callable[[Any], Any]] = {
    "counts": dict,  # rule ids are str enums: json writes their value
    "fired": sorted,
    "sick_reports": _days,
    "open_sick": date.isoformat,
    "last_recovered": date.isoformat,
    "loose_recoveries": _days,
    "sick_days_closed": int,
    "truancy_days": _days,
    "duo_hours": lambda pairs: [[day.isoformat(), hours] for day, hours in pairs],
    "duo_after": date.isoformat,
}
_DECODE: dict[str, Callable[[Any], Any]] = {
    "counts": lambda counts: dict(counts or {}),
    "fired": lambda fired: frozenset(fired or ()),
    "sick_reports": _dates,
    "open_sick": _date,
    "last_recovered": _date,
    "loose_recoveries": _dates,
    "sick_days_closed": lambda days: int(days or 0),
    "truancy_days": _dates,
    "duo_hours": _hours,
    "duo_after": _date,
}
