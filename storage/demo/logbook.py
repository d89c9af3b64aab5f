"""Logbook forms for the demo school, as rows for logbook_entries (no database here).

Every form is written by a staff member whom domain.access.may_create allows to write that
form type for that student, and reaches the groups domain.access.default_groups ticks.
Forms are spread over the current and the previous school year, so some have expired.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from domain.access import default_groups, roles_towards
from domain.forms import CATALOGUE, FormType
from domain.roles import LOCATION_ROLES, Role
from domain.school import Staff, Student
from domain.school_year import SchoolYear, default_expiry
from storage.demo.accounts import JAN_NUMBER
from storage.demo.school import School
from storage.demo.texts import fields_for, title_for

F = FormType
WEIGHTS: dict[FormType, int] = {
    F.INFORMATIE: 40, F.MENTORAAT: 8, F.VOORTGANG: 6, F.ZORG_START: 4,
    F.VERANTWOORDING_VERZUIM: 10, F.INCIDENT: 5, F.STAGE: 5, F.ONDERWIJSBEGELEIDING: 5,
    F.LOB: 7, F.VERZUIMADMINISTRATIE: 10,
}
URGENT_SHARE = 0.07
LONGER_EXPIRY_SHARE = 0.1
# Jan de Vries always gets these first, so his logbook shows one of each common kind.
ROLE_ORDER = tuple(Role)  # iterating the enum itself is slow in a loop this hot
JAN_FORMS = (F.MENTORAAT, F.INFORMATIE, F.VERANTWOORDING_VERZUIM, F.LOB, F.INCIDENT,
             F.INFORMATIE, F.VOORTGANG, F.STAGE)


@dataclass(frozen=True)
class Author:
    staff: Staff
    roles: tuple[Role, ...]  # the roles under which they may create the form
    access: str  # ';'-joined groups the form reaches


class _Authors:
    """Who may write which form for a student; cached per class and mentor set."""

    def __init__(self, school: School) -> None:
        self._at_location: dict[str, list[Staff]] = {}
        self._by_class: dict[tuple[str, str], list[Staff]] = {}
        self._by_id = {s.id: s for s in school.staff}
        self._cache: dict[tuple[str, str, frozenset[str]], dict[FormType, list[Author]]] = {}
        for s in school.staff:
            if s.roles & LOCATION_ROLES:
                self._at_location.setdefault(s.location, []).append(s)
            if Role.DOCENT in s.roles:
                for class_name in s.classes:
                    self._by_class.setdefault((s.location, class_name), []).append(s)

    def for_student(self, student: Student) -> dict[FormType, list[Author]]:
        key = (student.location, student.class_name, student.mentors)
        if key not in self._cache:
            self._cache[key] = self._compute(student)
        return self._cache[key]

    def _compute(self, student: Student) -> dict[FormType, list[Author]]:
        people = {s.id: s for s in self._at_location.get(student.location, [])}
        people.update({s.id: s for s in self._by_class.get((student.location,
                                                            student.class_name), [])})
        people.update({m: self._by_id[m] for m in student.mentors if m in self._by_id})
        towards = {staff: roles_towards(staff, student) for staff in people.values()}
        result: dict[FormType, list[Author]] = {}
        for form, spec in CATALOGUE.items():
            for staff, roles in towards.items():
                if roles & spec.create:
                    groups = default_groups(staff, form, student)
                    result.setdefault(form, []).append(Author(
                        staff, tuple(r for r in ROLE_ORDER if r in roles & spec.create),
                        ";".join(r.value for r in ROLE_ORDER if r in groups)))
        return result


def generate_entries(school: School, count: int, seed: int, today: date) -> Iterator[
        dict[str, Any]]:
    """`count` entry rows; the same school, seed and today give the same rows."""
    rng = random.Random(seed)
    authors = _Authors(school)
    first_day = SchoolYear.of(today).next(-1).start
    span = (today - first_day).days + 1
    jan = next((s for s in school.students if s.number == JAN_NUMBER), None)
    progress_plans: set[tuple[str, int]] = set()  # one voortgang per student per school year
    forms, weights = list(WEIGHTS), list(WEIGHTS.values())
    for index in range(count):
        if jan is not None and index < len(JAN_FORMS):
            student, form = jan, JAN_FORMS[index]
        else:
            student = school.students[rng.randrange(len(school.students))]
            form = rng.choices(forms, weights)[0]
        day = first_day + timedelta(days=rng.randrange(span))
        day -= timedelta(days=max(0, day.weekday() - 4))  # weekends move to Friday
        year = SchoolYear.of(day).start_year
        if form is F.VOORTGANG and (student.number, year) in progress_plans:
            form = F.INFORMATIE
        if form is F.VOORTGANG:
            progress_plans.add((student.number, year))
        candidates = authors.for_student(student).get(form) or authors.for_student(
            student)[F.INFORMATIE]
        author = candidates[rng.randrange(len(candidates))]
        yield _row(rng, student, form, author, day, year)


def _row(rng: random.Random, student: Student, form: FormType, author: Author, day: date,
         year: int) -> dict[str, Any]:
    created = datetime.combine(day, time(7, 30), UTC) + timedelta(minutes=rng.randrange(540))
    expires = default_expiry(day)
    if form is F.MENTORAAT and student.expected_end_date and student.expected_end_date > day:
        expires = student.expected_end_date
    elif rng.random() < LONGER_EXPIRY_SHARE:
        expires = expires.replace(year=expires.year + 1)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "student_number": student.number,
        "form_type": form.value,
        "description": title_for(rng, form),
        "author_id": author.staff.id,
        "author_role": author.roles[rng.randrange(len(author.roles))].value,
        "created_at": created,
        "updated_at": created,
        "expires_on": expires,
        "urgent": rng.random() < URGENT_SHARE,
        "access": author.access,
        "fields": fields_for(rng, form, student, day),
        "parent_id": None,
        "school_year": year,
        "request_key": None,
    }
