"""Absence registrations as the school's administration sends them, checked field by field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.school_year import SchoolYear


class EventKind(StrEnum):
    LATE = "late"
    SICK = "sick"
    RECOVERED = "recovered"
    TRUANCY = "truancy"
    REMOVED = "removed"
    AUTHORIZED = "authorized"
    UNAUTHORIZED_LEAVE = "unauthorized_leave"


@dataclass(frozen=True, slots=True)
class AbsenceEvent:
    source_id: str
    student_number: str
    kind: EventKind
    day: date
    lesson_hour: int | None = None
    hours: float | None = None  # truancy, leave or sick hours; None = the protocol's default
    note: str | None = None
    whole_day: bool = False  # truancy: the whole school day (counts toward "3 dagen aaneen")


class InvalidEvent(ValueError):
    """One registration that cannot be accepted; the message says which field and why."""


FIELDS = frozenset({"id", "student_number", "kind", "date", "lesson_hour", "hours", "note",
                    "whole_day"})
MAX_TEXT = 200


def parse_event(item: object, today: date) -> AbsenceEvent:
    """A registration from JSON or CSV, or InvalidEvent naming the first bad field."""
    if not isinstance(item, dict | Mapping):
        raise InvalidEvent("an item must be an object")
    if not FIELDS.issuperset(item):
        unknown = sorted(str(key) for key in item if key not in FIELDS)
        raise InvalidEvent(f"unknown field {', '.join(unknown)}")
    day = _date(item.get("date"))
    if day > today:
        raise InvalidEvent(f"date {day.isoformat()} is after today")
    earliest = SchoolYear.of(today).next(-1).start
    if day < earliest:
        raise InvalidEvent(f"date {day.isoformat()} is before {earliest.isoformat()}: only "
                           "the current and the previous school year are taken")
    return AbsenceEvent(
        source_id=_text(item, "id", required=True),
        student_number=_text(item, "student_number", required=True),
        kind=_kind(item.get("kind")),
        day=day,
        lesson_hour=_lesson_hour(item.get("lesson_hour")),
        hours=_hours(item.get("hours")),
        note=_text(item, "note", required=False, limit=2000) or None,
        whole_day=_flag(item.get("whole_day")),
    )


def _flag(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    raise InvalidEvent("whole_day must be true or false")


def _text(item: Mapping[str, object], key: str, *, required: bool, limit: int = MAX_TEXT) -> str:
    value = item.get(key)
    if type(value) is str and 0 < len(value) <= limit and not value[0].isspace() \
            and not value[-1].isspace():
        return value  # the common case, checked cheaply
    if value is None and not required:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        if not -10**limit < value < 10**limit:  # str() of a huge number is slow or refused
            raise InvalidEvent(f"{key} is longer than {limit} characters")
        value = str(value)  # student numbers arrive as numbers from some systems
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidEvent(f"{key} must be a non-empty text")
    if len(value) > limit:
        raise InvalidEvent(f"{key} is longer than {limit} characters")
    return value.strip()


_KINDS: dict[object, EventKind] = {kind.value: kind for kind in EventKind}


def _kind(value: object) -> EventKind:
    kind = _KINDS.get(value) if isinstance(value, str) else None
    if kind is None:
        known = ", ".join(kind.value for kind in EventKind)
        raise InvalidEvent(f"kind must be one of {known}")
    return kind


def _date(value: object) -> date:
    if not isinstance(value, str):
        raise InvalidEvent("date must be a text YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidEvent(f"date {value!r} is not a date YYYY-MM-DD") from None


def _lesson_hour(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 20:
        raise InvalidEvent("lesson_hour must be a whole number from 0 to 20")
    return value


def _hours(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidEvent("hours must be a number")
    if not 0 < value <= 24:  # also refuses NaN and infinity; a huge int compares fine
        raise InvalidEvent("hours must be more than 0 and at most 24")
    return float(value)
