"""Roster files (staff.csv, students.csv) read into Staff and Students, or refused with the
file, row and column named.

Rows are counted as a spreadsheet shows them: the header is row 1, the first person row 2.
Header order is free, names are matched case-insensitively, extra columns are ignored.
Comma is the separator; a header with semicolons and no commas (Dutch Excel) uses semicolons.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from domain.roles import parse_roles
from domain.school import Staff, Student, student_search_key

T = TypeVar("T")

STAFF_COLUMNS = ("staff_id", "display_name", "email", "aad_object_id", "roles", "location",
                 "classes")
STUDENT_COLUMNS = ("student_number", "first_name", "last_name", "class", "location", "mentors",
                   "date_of_birth", "expected_end_date", "heightened_protocol")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TRUE = frozenset({"true", "1", "ja", "yes", "waar"})
_FALSE = frozenset({"false", "0", "nee", "no", "onwaar", ""})


class RosterError(ValueError):
    """A roster file that cannot be imported; names the file, and the row and column if known."""

    def __init__(self, file: str, row: int | None, column: str | None, problem: str) -> None:
        self.file, self.row, self.column, self.problem = file, row, column, problem
        where = [file]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        super().__init__(f"{', '.join(where)}: {problem}")


@dataclass(frozen=True)
class RosterFile(Generic[T]):
    """The records of one file, each with the row it came from."""

    name: str
    records: tuple[T, ...]
    rows: tuple[int, ...]

    def numbered(self) -> Iterator[tuple[int, T]]:
        return zip(self.rows, self.records, strict=True)


class _Cells:
    """One row's cells, by column name; every problem raised names the file, row and column."""

    def __init__(self, file: str, row: int, cells: Mapping[str, str]) -> None:
        self.file, self.row, self._cells = file, row, cells

    def text(self, column: str, required: bool = True) -> str:
        value = self._cells.get(column, "").strip()
        if required and not value:
            raise self.error(column, "is empty")
        return value

    def parsed(self, column: str, parse: Callable[[str], T]) -> T:
        try:
            return parse(self.text(column, required=False))
        except ValueError as error:
            raise self.error(column, str(error)) from error

    def error(self, column: str, problem: str) -> RosterError:
        return RosterError(self.file, self.row, column, problem)


def read_staff(file: str, text: str) -> RosterFile[Staff]:
    return _read(file, text, STAFF_COLUMNS, _staff, unique=("staff_id", "email", "aad_object_id"))


def read_students(file: str, text: str) -> RosterFile[Student]:
    return _read(file, text, STUDENT_COLUMNS, _student, unique=("student_number",))


def check_mentors(students: RosterFile[Student], staff_ids: Collection[str]) -> None:
    """Every mentor must be a (current) staff member."""
    for row, student in students.numbered():
        unknown = sorted(student.mentors - set(staff_ids))
        if unknown:
            raise RosterError(students.name, row, "mentors",
                              f"unknown staff member {', '.join(unknown)}")


def _staff(cells: _Cells) -> Staff:
    email = cells.text("email").lower()
    if "@" not in email:
        raise cells.error("email", f"{email!r} is not an e-mail address")
    roles = cells.parsed("roles", parse_roles)
    if not roles:
        raise cells.error("roles", "is empty")
    return Staff(
        id=cells.text("staff_id"),
        display_name=cells.text("display_name"),
        email=email,
        roles=roles,
        location=cells.text("location"),
        classes=cells.parsed("classes", _split),
        aad_object_id=cells.text("aad_object_id", required=False) or None,
    )


def _student(cells: _Cells) -> Student:
    number, first, last = (cells.text(c) for c in ("student_number", "first_name", "last_name"))
    class_name = cells.text("class")
    return Student(
        number=number,
        first_name=first,
        last_name=last,
        class_name=class_name,
        location=cells.text("location"),
        mentors=cells.parsed("mentors", _split),
        date_of_birth=cells.parsed("date_of_birth", _date),
        expected_end_date=cells.parsed("expected_end_date", _date),
        heightened_protocol=cells.parsed("heightened_protocol", _bool),
        search_key=student_search_key(first, last, class_name, number),
    )


def _split(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(";") if part.strip())


def _date(text: str) -> date | None:
    if not text:
        return None
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)")


def _bool(text: str) -> bool:
    value = text.lower()
    if value in _TRUE or value in _FALSE:
        return value in _TRUE
    raise ValueError(f"{text!r} is not true or false")


def _read(
    file: str,
    text: str,
    columns: tuple[str, ...],
    parse: Callable[[_Cells], T],
    unique: tuple[str, ...],
) -> RosterFile[T]:
    lines = text.lstrip("\ufeff").splitlines(keepends=True)
    header_line = lines[0] if lines else ""
    delimiter = ";" if ";" in header_line and "," not in header_line else ","
    rows = list(csv.reader(lines, delimiter=delimiter))
    if not rows:
        raise RosterError(file, None, None, "the file is empty")
    header = [name.strip().lower() for name in rows[0]]
    for column in columns:
        if column not in header:
            raise RosterError(file, 1, column, "missing column")
    records: list[T] = []
    numbers: list[int] = []
    seen: dict[str, dict[str, int]] = {column: {} for column in unique}
    for number, values in enumerate(rows[1:], start=2):
        if not any(value.strip() for value in values):
            continue  # blank lines are allowed (and still counted)
        cells = _Cells(file, number, dict(zip(header, values, strict=False)))
        _check_unique(cells, seen)
        records.append(parse(cells))
        numbers.append(number)
    return RosterFile(file, tuple(records), tuple(numbers))


def _check_unique(cells: _Cells, seen: dict[str, dict[str, int]]) -> None:
    for column, rows in seen.items():
        value = cells.text(column, required=False).lower()
        if value and value in rows:
            raise cells.error(column, f"{value!r} is also on row {rows[value]}")
        if value:
            rows[value] = cells.row
