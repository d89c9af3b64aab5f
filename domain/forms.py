"""The logbook's form types, as data: who creates, who reads, which fields (DOMAIN.md §1)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from domain.form_fields import BODY, EN, INCIDENT_FIELDS, STAGE_FIELDS, Field, FieldKind
from domain.roles import Role

R = Role
__all__ = ["BODY", "CATALOGUE", "INCIDENT_FIELDS", "STAGE_FIELDS", "Expiry", "Field", "FieldKind",
           "FormSpec", "FormType"]


class FormType(StrEnum):
    MENTORAAT = "mentoraat"
    INFORMATIE = "informatie"
    VOORTGANG = "voortgang"
    ZORG_START = "zorg_start"
    VERANTWOORDING_VERZUIM = "verantwoording_verzuim"
    INCIDENT = "incident"
    STAGE = "stage"
    ONDERWIJSBEGELEIDING = "onderwijsbegeleiding"
    LOB = "lob"
    VERZUIMADMINISTRATIE = "verzuimadministratie"


class Expiry(StrEnum):
    SCHOOL_YEAR = "school_year"  # 31-07 of the current school year
    CAREER_END = "career_end"  # the student's expected end of school career


@dataclass(frozen=True)
class FormSpec:
    type: FormType
    name: str
    create: frozenset[Role]
    read: frozenset[Role]  # the preset access groups (creators are added when locked)
    locked: bool = True  # preset groups cannot be changed
    choosable: frozenset[Role] = frozenset()  # groups the author may tick when not locked
    fixed_description: bool = True
    fields: tuple[Field, ...] = ()
    attachment_expected: bool = False
    one_per_school_year: bool = False
    one_per_student: bool = False  # a second one is refused with an offer to edit the first
    expiry: Expiry = Expiry.SCHOOL_YEAR
    about_absence: bool = False
    gloss_en: str = ""  # the name is the school's own (kept Dutch); this says what it is

    def title_in(self, lang: str) -> str:
        """The name, with its English gloss for English readers choosing or opening a form."""
        return f"{self.name} – {self.gloss_en}" if lang == EN and self.gloss_en else self.name

    @property
    def readers(self) -> frozenset[Role]:
        return self.read | self.create


INFO_GROUPS = frozenset({R.DOCENT, R.MENTOR, R.TEAMLEIDER, R.ZORGONDERSTEUNING, R.LOB,
                         R.ONDERWIJSBEGELEIDER, R.STAGECOORDINATOR, R.VERZUIMCOORDINATOR})

_SPECS = (
    FormSpec(
        FormType.MENTORAAT, "Mentoraat (startinformatie/overdracht)",
        create=frozenset({R.MENTOR, R.ZORGONDERSTEUNING}),
        read=frozenset({R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=BODY, expiry=Expiry.CAREER_END, one_per_student=True,
        gloss_en="mentoring: start information and handover",
    ),
    FormSpec(
        FormType.INFORMATIE, "Docent/mentor/teamleider - informatie",
        create=frozenset({R.DOCENT, R.MENTOR, R.TEAMLEIDER, R.ZORGONDERSTEUNING,
                          R.VERZUIMCOORDINATOR}),
        read=frozenset(),  # pre-ticked by the author's role: domain.access.PRE_TICKED
        locked=False, choosable=INFO_GROUPS, fixed_description=False, fields=BODY,
        gloss_en="information from a teacher, mentor or team leader",
    ),
    FormSpec(
        FormType.VOORTGANG, "Voortgangsformulier/handelingsplan",
        create=frozenset({R.MENTOR, R.ZORGONDERSTEUNING}),
        read=frozenset({R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=BODY, attachment_expected=True, one_per_school_year=True,
        gloss_en="progress form / action plan",
    ),
    FormSpec(
        FormType.ZORG_START, "Zorg: Startdocument",
        create=frozenset({R.ZORGONDERSTEUNING}),
        read=frozenset({R.MENTOR, R.ZORGONDERSTEUNING, R.MT, R.TEAMLEIDER}),
        fields=BODY, attachment_expected=True,
        gloss_en="student care: start document",
    ),
    FormSpec(
        FormType.VERANTWOORDING_VERZUIM, "Verantwoordingsformulier verzuim",
        create=frozenset({R.VERZUIMCOORDINATOR}),
        read=frozenset({R.VERZUIMCOORDINATOR, R.MENTOR, R.MT, R.TEAMLEIDER,
                        R.ZORGONDERSTEUNING, R.TEAM_ACOI}),
        fields=BODY, about_absence=True,
        gloss_en="absence accountability form",
    ),
    FormSpec(
        FormType.INCIDENT, "Incidentregistratie (meldcode)",
        create=frozenset({R.TEAMLEIDER}),
        read=frozenset({R.TEAMLEIDER}),
        fields=INCIDENT_FIELDS,
        gloss_en="incident report (reporting code)",
    ),
    FormSpec(
        FormType.STAGE, "Stagecoördinator - informatie",
        create=frozenset({R.STAGECOORDINATOR}),
        read=frozenset({R.DOCENT, R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=STAGE_FIELDS,
        gloss_en="information from the internship coordinator",
    ),
    FormSpec(
        FormType.ONDERWIJSBEGELEIDING, "Onderwijsbegeleiding - informatie",
        create=frozenset({R.ONDERWIJSBEGELEIDER}),
        read=frozenset({R.DOCENT, R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=BODY,
        gloss_en="information from educational support",
    ),
    FormSpec(
        FormType.LOB, "LOB - informatie",
        create=frozenset({R.LOB}),
        read=frozenset({R.DOCENT, R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING,
                        R.ONDERWIJSBEGELEIDER}),
        fields=BODY,
        gloss_en="career guidance information",
    ),
    FormSpec(
        FormType.VERZUIMADMINISTRATIE, "Verzuimadministratie - informatie",
        create=frozenset({R.VERZUIMADMINISTRATIE}),
        read=frozenset({R.VERZUIMCOORDINATOR}),
        fields=BODY, about_absence=True,
        gloss_en="information from the absence administration",
    ),
)

CATALOGUE: Mapping[FormType, FormSpec] = {spec.type: spec for spec in _SPECS}
