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
    truancy_hours: tuple[tuple[date, float], ...] = ()  # truancy hours per day
    repeat_days: tuple[date, ...] = ()  # days whose per-hour truancy signal is out
    open_sick_hours: float | None = None  # hours given on the open report's first day
    sick_hours_short: float = 0.0  # closed reports: first days shorter than a school day
    absent_days: tuple[date, ...] = ()  # whole days absent (sick, truancy, leave): LRV
    leave_days: tuple[date, ...] = ()  # days of unauthorized leave (luxe verzuim)

    @classmethod
    def empty(cls, student_number: str, school_year: SchoolYear) -> YearState:
        return cls(student_number, school_year)

    def to_json(self) -> dict[str, Any]:
        """Compact: only the fields that are not empty, and dates as day numbers counted from
        the school year's first day (most students have few fields; from_json fills in)."""
        first = self.school_year.start.toordinal()
        data = {name: encode(value, first) for name, encode in _ENCODE.items()
                if (value := getattr(self, name))}
        data[FORMAT_KEY] = DAY_NUMBERS
        return data

    @classmethod
    def from_json(
        cls, student_number: str, school_year: SchoolYear, data: Mapping[str, Any]
    ) -> YearState:
        """Also reads the first format: every field written, dates as ISO texts."""
        fields = dict(data)
        decode = _DECODE if fields.pop(FORMAT_KEY, None) == DAY_NUMBERS else _DECODE_ISO
        first = school_year.start.toordinal()
        return cls(student_number, school_year,
                   **{name: decode[name](value, first) for name, value in fields.items()})


FORMAT_KEY, DAY_NUMBERS = "format", 2
Codec = Callable[[Any, int], Any]  # a field's value and the ordinal of the year's first day


def _numbers(days: tuple[date, ...], first: int) -> list[int]:
    return [day.toordinal() - first for day in days]


def _days(numbers: list[int], first: int) -> tuple[date, ...]:
    return tuple([date.fromordinal(first + number) for number in numbers])


def _iso_dates(texts: list[str] | None, _first: int) -> tuple[date, ...]:
    return tuple(map(date.fromisoformat, texts or ()))


def _iso_date(text: str | None, _first: int) -> date | None:
    return None if text is None else date.fromisoformat(text)


_ENCODE: dict[str, Codec] = {
    "counts": lambda counts, _: dict(counts),  # rule ids are str enums: json writes the value
    "fired": lambda fired, _: sorted(fired),
    "sick_reports": _numbers,
    "open_sick": lambda day, first: day.toordinal() - first,
    "last_recovered": lambda day, first: day.toordinal() - first,
    "loose_recoveries": _numbers,
    "sick_days_closed": lambda days, _: days,
    "truancy_days": _numbers,
    "duo_hours": lambda pairs, first: [[day.toordinal() - first, hours] for day, hours in pairs],
    "duo_after": lambda day, first: day.toordinal() - first,
    "truancy_hours": lambda pairs, first: [[d.toordinal() - first, h] for d, h in pairs],
    "repeat_days": _numbers,
    "open_sick_hours": lambda hours, _: hours,
    "sick_hours_short": lambda hours, _: hours,
    "absent_days": _numbers,
    "leave_days": _numbers,
}
_DECODE: dict[str, Codec] = {
    "counts": lambda counts, _: counts,
    "fired": lambda fired, _: frozenset(fired),
    "sick_reports": _days,
    "open_sick": lambda number, first: date.fromordinal(first + number),
    "last_recovered": lambda number, first: date.fromordinal(first + number),
    "loose_recoveries": _days,
    "sick_days_closed": lambda days, _: int(days),
    "truancy_days": _days,
    "duo_hours": lambda pairs, first: tuple([(date.fromordinal(first + number), float(hours))
                                             for number, hours in pairs]),
    "duo_after": lambda number, first: date.fromordinal(first + number),
    "truancy_hours": lambda pairs, first: tuple([(date.fromordinal(first + number), float(h))
                                                 for number, h in pairs]),
    "repeat_days": _days,
    "open_sick_hours": lambda hours, _: float(hours),
    "sick_hours_short": lambda hours, _: float(hours),
    "absent_days": _days,
    "leave_days": _days,
}
_DECODE_ISO: dict[str, Codec] = {
    "counts": lambda counts, _: dict(counts or {}),
    "fired": lambda fired, _: frozenset(fired or ()),
    "sick_reports": _iso_dates,
    "open_sick": _iso_date,
    "last_recovered": _iso_date,
    "loose_recoveries": _iso_dates,
    "sick_days_closed": lambda days, _: int(days or 0),
    "truancy_days": _iso_dates,
    "duo_hours": lambda pairs, _: tuple((date.fromisoformat(day), float(hours))
                                        for day, hours in pairs or ()),
    "duo_after": _iso_date,
}
