"""A small fictional school for tests: a few staff in different roles and a few students.

Plain data, shared by every tier: tests/support/seed_school.py writes it into the roster
tables, tests/dialogs/school.py turns it into domain objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
