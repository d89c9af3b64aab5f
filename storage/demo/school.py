"""A fictional Dutch school, built in memory and deterministic for a seed (no database here).

Two locations (noord, zuid), classes 1A..6C per location (more letters for big schools,
about 28 students a class), one mentor per two classes who also teaches them, docents
teaching several classes, one staff member per location role at each location, and
1-2 mentors per student. The fixed accounts of storage.demo.accounts are always part of it.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from domain.roles import LOCATION_ROLES, Role
from domain.school import Staff, Student, student_search_key
from domain.school_year import SchoolYear
from storage.demo import accounts
from storage.demo.names import FIRST_NAMES, random_name

LOCATIONS = (accounts.NOORD, accounts.ZUID)
YEARS = range(1, 7)
STUDENTS_PER_CLASS = 28
SECOND_MENTOR_SHARE = 0.3
HEIGHTENED_SHARE = 0.03
_AAD_NAMESPACE = uuid.UUID("6f1d3c1e-8a52-4c2b-9a53-6c0f6b1e2d11")


@dataclass(frozen=True)
class School:
    staff: tuple[Staff, ...]
    students: tuple[Student, ...]


def build_school(students: int, seed: int, today: date) -> School:
    """`students` includes Jan de Vries; the same seed and today give the same school."""
    rng = random.Random(seed)
    classes = class_names(max(3, math.ceil(students / (len(LOCATIONS) * 6 * STUDENTS_PER_CLASS))))
    staff = [*accounts.DEMO_ACCOUNTS]
    mentor_of: dict[tuple[str, str], str] = {
        (accounts.NOORD, "2A"): accounts.DEMO_MENTOR.id,
        (accounts.ZUID, "2A"): accounts.DEMO_MENTOR_ZUID.id,
    }
    for location in LOCATIONS:
        staff += _location_staff(rng, location, classes, mentor_of)
    pupils = [accounts.jan_de_vries(today)]
    pupils += _students(rng, students - 1, classes, mentor_of, SchoolYear.of(today))
    return School(tuple(staff), tuple(pupils))


def class_names(per_year: int) -> list[str]:
    return [f"{year}{_letters(index)}" for year in YEARS for index in range(per_year)]


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet-style class letters."""
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def _location_staff(
    rng: random.Random, location: str, classes: list[str],
    mentor_of: dict[tuple[str, str], str],
) -> list[Staff]:
    taken = {s.roles for s in accounts.DEMO_ACCOUNTS if s.location == location}
    staff = [_member(rng, f"{location}-{role.value}", {role}, location)
             for role in sorted(LOCATION_ROLES) if frozenset({role}) not in taken]
    open_classes = [c for c in classes if (location, c) not in mentor_of]
    for number, start in enumerate(range(0, len(open_classes), 2), start=1):
        own = open_classes[start:start + 2]
        extra = rng.sample(classes, 2)
        member = _member(rng, f"{location}-m{number:03d}", {Role.DOCENT, Role.MENTOR},
                         location, {*own, *extra})
        mentor_of.update({(location, c): member.id for c in own})
        staff.append(member)
    staff.append(_member(rng, f"{location}-d001", {Role.DOCENT}, location,
                         set(rng.sample(classes, 4))))
    return staff


def _member(rng: random.Random, staff_id: str, roles: set[Role], location: str,
            classes: set[str] | None = None) -> Staff:
    first, last = random_name(rng)
    return Staff(
        id=staff_id, display_name=f"{first} {last}",
        email=f"{staff_id}@{accounts.EMAIL_DOMAIN}", roles=frozenset(roles),
        location=location, classes=frozenset(classes or ()),
        aad_object_id=str(uuid.uuid5(_AAD_NAMESPACE, staff_id)),
    )


def _students(
    rng: random.Random, count: int, classes: list[str],
    mentor_of: dict[tuple[str, str], str], year: SchoolYear,
) -> list[Student]:
    slots = [(location, c) for location in LOCATIONS for c in classes]
    result = []
    for index in range(count):
        location, class_name = slots[index % len(slots)]
        number = str(int(accounts.JAN_NUMBER) + 1 + index)
        mentors = {mentor_of[(location, class_name)]}
        if rng.random() < SECOND_MENTOR_SHARE:
            mentors.add(mentor_of[rng.choice(slots[: len(classes)] if location == accounts.NOORD
                                              else slots[len(classes):])])
        result.append(_student(rng, number, location, class_name, mentors, year))
    return result


def _student(rng: random.Random, number: str, location: str, class_name: str,
             mentors: set[str], year: SchoolYear) -> Student:
    first, last = random_name(rng)
    while (first, last) == ("Jan", "de Vries"):  # there is exactly one Jan de Vries
        first = rng.choice(FIRST_NAMES)
    grade = int(class_name[0])
    born = date(year.start_year - 11 - grade, 1, 1) + timedelta(days=rng.randrange(365))
    return Student(
        number=number, first_name=first, last_name=last, class_name=class_name,
        location=location, mentors=frozenset(mentors), date_of_birth=born,
        expected_end_date=date(year.start_year + 7 - grade, 7, 31),
        heightened_protocol=rng.random() < HEIGHTENED_SHARE,
        search_key=student_search_key(first, last, class_name, number),
    )

