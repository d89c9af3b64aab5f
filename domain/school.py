"""Who is who: staff members and students, as the roster describes them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from domain.roles import Role


@dataclass(frozen=True)
class Staff:
    id: str
    display_name: str
    email: str
    roles: frozenset[Role]
    location: str
    classes: frozenset[str] = frozenset()
    aad_object_id: str | None = None


@dataclass(frozen=True)
class Student:
    number: str
    first_name: str
    last_name: str
    class_name: str
    location: str
    mentors: frozenset[str] = frozenset()
    date_of_birth: date | None = None
    expected_end_date: date | None = None
    heightened_protocol: bool = False
    left_on: date | None = None
    export_consent: bool = False
    search_key: str = field(default="", compare=False)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def fold(text: str) -> str:
    """Lower case without accents, so that 'Çelik' is found by 'celik'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def student_search_key(first_name: str, last_name: str, class_name: str, number: str) -> str:
    """The one text a student search matches against: name, class and number, folded."""
    return " ".join(fold(part) for part in (first_name, last_name, class_name, number))
