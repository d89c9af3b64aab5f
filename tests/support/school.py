"""A small fictional school for tests: a few staff in different roles and a few students.

Written straight into the roster tables (the roster is test set-up, not a student's file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.school import student_search_key
from storage.database import session_factory
from storage.tables import Location, MentorRow, StaffRow, StudentRow


@dataclass(frozen=True)
class Person:
    staff_id: str
    name: str
    email: str
    aad: str
    roles: str
    location: str = "noord"
    classes: str = ""

    @property
    def teams_id(self) -> str:
        return f"29:{self.aad}"


MENTOR = Person("m.jansen", "Marieke Jansen", "m.jansen@school.test",
                "aad-mentor-0001", "mentor;docent", classes="2A;3B")
DOCENT = Person("p.bakker", "Pieter Bakker", "p.bakker@school.test",
                "aad-docent-0002", "docent", classes="2A")
TEAMLEIDER = Person("t.visser", "Tineke Visser", "t.visser@school.test",
                    "aad-teamleider-0003", "teamleider")
ZORG = Person("z.smit", "Zeynep Smit", "z.smit@school.test", "aad-zorg-0004",
              "zorgondersteuning")
VC = Person("v.mulder", "Vincent Mulder", "v.mulder@school.test", "aad-vc-0005",
            "verzuimcoordinator")
MT = Person("a.deboer", "Anouk de Boer", "a.deboer@school.test", "aad-mt-0006", "mt")
ZUID_DOCENT = Person("k.meijer", "Kees Meijer", "k.meijer@school.test", "aad-zuid-0007",
                     "docent", location="zuid", classes="2A")
STAFF = (MENTOR, DOCENT, TEAMLEIDER, ZORG, VC, MT, ZUID_DOCENT)
# Staff in the roles the tiny school lacks: not seeded by seed_school; tests that need a form
# of every type add them (tests/e2e/logbook_school.py, tests/dialogs/school.py).
STAGE = Person("s.kok", "Sanne Kok", "s.kok@school.test", "aad-stage-0011", "stagecoordinator")
BEGELEIDER = Person("o.dijk", "Omar van Dijk", "o.dijk@school.test", "aad-ob-0012",
                    "onderwijsbegeleider")
LOB = Person("l.bos", "Lisa Bos", "l.bos@school.test", "aad-lob-0013", "lob")
ADMINISTRATIE = Person("a.peters", "Ahmed Peters", "a.peters@school.test", "aad-vadm-0014",
                       "verzuimadministratie")
WRITERS = (STAGE, BEGELEIDER, LOB, ADMINISTRATIE)

# number, first, last, class, location, mentors, born
STUDENTS = (
    ("100001", "Jan", "de Vries", "2A", "noord", (MENTOR.staff_id,), date(2012, 3, 14)),
    ("100002", "Fatima", "El Amrani", "2A", "noord", (MENTOR.staff_id,), date(2011, 11, 2)),
    ("100003", "Sven", "Çelik", "3B", "noord", (), date(2010, 6, 30)),
    ("100004", "Jan", "Vermeulen", "4C", "noord", (), date(2009, 1, 5)),
    ("200001", "Lotte", "de Vries", "2A", "zuid", (), date(2012, 8, 1)),
)


async def seed_school(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        session.add_all([Location(code="noord", name="Noord"), Location(code="zuid", name="Zuid")])
        await session.flush()
        session.add_all(StaffRow(id=p.staff_id, display_name=p.name, email=p.email,
                                 aad_object_id=p.aad, location=p.location, roles=p.roles,
                                 classes=p.classes) for p in STAFF)
        for number, first, last, klass, location, _mentors, born in STUDENTS:
            session.add(StudentRow(
                number=number, first_name=first, last_name=last, class_name=klass,
                location=location, date_of_birth=born, expected_end_date=date(2029, 7, 31),
                heightened_protocol=False, export_consent=False,
                search_key=student_search_key(first, last, klass, number)))
        await session.flush()
        session.add_all(MentorRow(student_number=number, staff_id=mentor)
                        for number, *_rest, mentors, _born in STUDENTS for mentor in mentors)
        await session.commit()
