"""The demo school's fixed accounts: tests and the Playground can rely on these.

Their staff ids, e-mail addresses and aad_object_ids never change, whatever seed or size
the demo is built with. All live at location ``noord`` unless said otherwise.

| staff id       | name                | roles                     | what it shows             |
|----------------|---------------------|---------------------------|---------------------------|
| demo-mentor    | Marieke Jansen      | docent, mentor (2A)       | mentor of Jan de Vries    |
| demo-docent    | Pieter Bakker       | docent (2A, 2B, 3A)       | teaches Jan's class       |
| demo-teamleider| Sandra Visser       | teamleider                | location role at noord    |
| demo-zorg      | Fatima El Amrani    | zorgondersteuning         | care staff at noord       |
| demo-vc        | Kees Mulder         | verzuimcoordinator        | attendance coordinator    |
| demo-mt        | Annelies de Boer    | mt                        | management team           |
| demo-stage     | Ruud Smit           | stagecoordinator          | internship coordinator    |
| demo-lob       | Ingrid Meijer       | lob                       | career guidance           |
| demo-va        | Tom Hendriks        | verzuimadministratie      | attendance administration |
| demo-cll       | Yvonne Dekker       | coordinator_leerlingzaken | student affairs           |
| demo-iot       | Hasan Yilmaz        | iot                       | internal support team     |
| demo-ob        | Els van Dijk        | onderwijsbegeleider       | educational counsellor    |
| demo-acoi      | Bram Peters         | team_acoi                 | admissions team           |
| demo-tl-zuid   | Noor Bos            | teamleider at zuid        | NOT involved with Jan     |
| demo-mentor-zuid | Daan Vos          | docent, mentor at zuid    | NOT involved with Jan     |

E-mail: ``<staff id>@lvsdemo.example``; aad_object_id: ``00000000-0000-4000-8000-0000000000NN``.
The student "Jan de Vries" (number 100001, class 2A, noord) is always there, mentored by
demo-mentor only.
"""

from __future__ import annotations

from datetime import date

from domain.roles import Role
from domain.school import Staff, Student, student_search_key

R = Role
EMAIL_DOMAIN = "lvsdemo.example"
NOORD, ZUID = "noord", "zuid"
JAN_NUMBER = "100001"


def _account(number: int, staff_id: str, name: str, roles: set[Role],
             location: str = NOORD, classes: tuple[str, ...] = ()) -> Staff:
    return Staff(id=staff_id, display_name=name, email=f"{staff_id}@{EMAIL_DOMAIN}",
                 roles=frozenset(roles), location=location, classes=frozenset(classes),
                 aad_object_id=f"00000000-0000-4000-8000-{number:012d}")


DEMO_MENTOR = _account(1, "demo-mentor", "Marieke Jansen", {R.DOCENT, R.MENTOR}, classes=("2A",))
DEMO_DOCENT = _account(2, "demo-docent", "Pieter Bakker", {R.DOCENT}, classes=("2A", "2B", "3A"))
DEMO_TEAMLEIDER = _account(3, "demo-teamleider", "Sandra Visser", {R.TEAMLEIDER})
DEMO_ZORG = _account(4, "demo-zorg", "Fatima El Amrani", {R.ZORGONDERSTEUNING})
DEMO_VC = _account(5, "demo-vc", "Kees Mulder", {R.VERZUIMCOORDINATOR})
DEMO_MT = _account(6, "demo-mt", "Annelies de Boer", {R.MT})
DEMO_STAGE = _account(7, "demo-stage", "Ruud Smit", {R.STAGECOORDINATOR})
DEMO_LOB = _account(8, "demo-lob", "Ingrid Meijer", {R.LOB})
DEMO_VA = _account(9, "demo-va", "Tom Hendriks", {R.VERZUIMADMINISTRATIE})
DEMO_CLL = _account(10, "demo-cll", "Yvonne Dekker", {R.COORDINATOR_LEERLINGZAKEN})
DEMO_IOT = _account(11, "demo-iot", "Hasan Yilmaz", {R.IOT})
DEMO_OB = _account(12, "demo-ob", "Els van Dijk", {R.ONDERWIJSBEGELEIDER})
DEMO_ACOI = _account(13, "demo-acoi", "Bram Peters", {R.TEAM_ACOI})
DEMO_TEAMLEIDER_ZUID = _account(14, "demo-tl-zuid", "Noor Bos", {R.TEAMLEIDER}, ZUID)
DEMO_MENTOR_ZUID = _account(15, "demo-mentor-zuid", "Daan Vos", {R.DOCENT, R.MENTOR}, ZUID,
                            ("2A",))

DEMO_ACCOUNTS: tuple[Staff, ...] = (
    DEMO_MENTOR, DEMO_DOCENT, DEMO_TEAMLEIDER, DEMO_ZORG, DEMO_VC, DEMO_MT, DEMO_STAGE,
    DEMO_LOB, DEMO_VA, DEMO_CLL, DEMO_IOT, DEMO_OB, DEMO_ACOI, DEMO_TEAMLEIDER_ZUID,
    DEMO_MENTOR_ZUID,
)


def jan_de_vries(today: date) -> Student:
    """The demo's best-known student: a second-year at noord, 13 or 14 years old."""
    year_start = today.year if today.month >= 8 else today.year - 1
    return Student(
        number=JAN_NUMBER, first_name="Jan", last_name="de Vries", class_name="2A",
        location=NOORD, mentors=frozenset({DEMO_MENTOR.id}),
        date_of_birth=date(year_start - 13, 3, 14),
        expected_end_date=date(year_start + 5, 7, 31),
        search_key=student_search_key("Jan", "de Vries", "2A", JAN_NUMBER),
    )


def account_lines() -> list[str]:
    """For `lvsbot demo --list-accounts`: e-mail, aad id, location, roles."""
    return [f"{s.email:34} {s.aad_object_id}  {s.location:6} "
            f"{', '.join(r.value for r in Role if r in s.roles)}" for s in DEMO_ACCOUNTS]
