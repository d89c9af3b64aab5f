"""A small school for use-case tests: one location, a few staff, two students."""

from __future__ import annotations

from datetime import UTC, date, datetime

from domain.roles import Role
from domain.school import Staff, Student

NOW = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)


def member(id: str, *roles: Role, location: str = "noord", classes: str = "") -> Staff:
    return Staff(id, f"Naam {id}", f"{id}@school.nl", frozenset(roles), location,
                 frozenset(c for c in classes.split(";") if c))


DOCENT = member("d1", Role.DOCENT, classes="2A")
MENTOR = member("m1", Role.MENTOR)
TEAMLEIDER = member("tl1", Role.TEAMLEIDER)
OTHER_TEAMLEIDER = member("tl2", Role.TEAMLEIDER)
MT = member("mt1", Role.MT)
ZORG = member("zo1", Role.ZORGONDERSTEUNING)
VC = member("vc1", Role.VERZUIMCOORDINATOR)
OTHER_MENTOR = member("m2", Role.MENTOR, location="zuid")

JAN = Student("100001", "Jan", "de Vries", "2A", "noord", mentors=frozenset({"m1"}),
              date_of_birth=date(2011, 5, 1), expected_end_date=date(2029, 7, 31))
PIET = Student("200002", "Piet", "Bakker", "3B", "zuid", mentors=frozenset({"m2"}))

STAFF = (DOCENT, MENTOR, TEAMLEIDER, OTHER_TEAMLEIDER, MT, ZORG, VC, OTHER_MENTOR)
STUDENTS = (JAN, PIET)
