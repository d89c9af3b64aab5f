"""Jan de Vries's logbook for the tests: one form of every type, each by a staff member who
may create it. Written through the use case by the e2e and the dialog tests alike."""

from __future__ import annotations

from domain.forms import FormType
from tests.support.school import (
    ADMINISTRATIE,
    BEGELEIDER,
    DOCENT,
    LOB,
    MENTOR,
    STAGE,
    TEAMLEIDER,
    VC,
    ZORG,
    Person,
)

JAN = "100001"
INCIDENT_FIELDS = {"incident_date": "2026-11-02", "incident_time": "10:15",
                   "incident_kind": "Pesten", "action_taken": "Gesprek", "student_role": "Dader",
                   "follow_up": "Ouders bellen", "summary": "Pesten in de pauze"}
STAGE_FIELDS = {"period": "Bezoek 1", "findings": "Goed", "progress": "Op schema",
                "attendance": "Altijd", "assessment": "Voldoende"}

# (writer, form, description) in the order they are written, oldest first.
JANS_FORMS: tuple[tuple[Person, FormType, str], ...] = (
    (MENTOR, FormType.MENTORAAT, ""),
    (DOCENT, FormType.INFORMATIE, "Huiswerk vergeten"),
    (ZORG, FormType.VOORTGANG, ""),
    (ZORG, FormType.ZORG_START, ""),
    (VC, FormType.VERANTWOORDING_VERZUIM, ""),
    (TEAMLEIDER, FormType.INCIDENT, ""),
    (STAGE, FormType.STAGE, ""),
    (BEGELEIDER, FormType.ONDERWIJSBEGELEIDING, ""),
    (LOB, FormType.LOB, ""),
    (ADMINISTRATIE, FormType.VERZUIMADMINISTRATIE, ""),
)


def fields_for(form: FormType, text: str) -> dict[str, str]:
    if form is FormType.INCIDENT:
        return INCIDENT_FIELDS
    if form is FormType.STAGE:
        return STAGE_FIELDS
    return {"body": text}
