"""The logbook's form types, as data: who creates, who reads, which fields (DOMAIN.md §1)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from domain.roles import Role

R = Role


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


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    TIME = "time"
    CHOICE = "choice"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: FieldKind = FieldKind.LONG_TEXT
    required: bool = True
    choices: tuple[str, ...] = ()


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

    @property
    def readers(self) -> frozenset[Role]:
        return self.read | self.create


BODY = (Field("body", "Tekst"),)

INCIDENT_FIELDS = (
    Field("incident_date", "Datum incident", FieldKind.DATE),
    Field("incident_time", "Tijd", FieldKind.TIME),
    Field(
        "incident_kind",
        "Soort incident",
        FieldKind.CHOICE,
        choices=("Agressie", "Pesten", "Diefstal", "Vernieling", "Middelengebruik",
                 "Grensoverschrijdend gedrag", "Anders"),
    ),
    Field("action_taken", "Genomen actie"),
    Field(
        "student_role",
        "Rol van de leerling",
        FieldKind.CHOICE,
        choices=("Dader", "Slachtoffer", "Getuige", "Betrokkene"),
    ),
    Field("follow_up", "Vervolgactie"),
    Field("summary", "Korte omschrijving"),
)

STAGE_FIELDS = (
    Field("period", "Periode / bezoek", FieldKind.TEXT),
    Field("findings", "Bevindingen"),
    Field("progress", "Voortgang"),
    Field("attendance", "Aanwezigheid"),
    Field("assessment", "Beoordeling"),
)

INFO_GROUPS = frozenset({R.DOCENT, R.MENTOR, R.TEAMLEIDER, R.ZORGONDERSTEUNING, R.LOB,
                         R.ONDERWIJSBEGELEIDER, R.STAGECOORDINATOR, R.VERZUIMCOORDINATOR})

_SPECS = (
    FormSpec(
        FormType.MENTORAAT, "Mentoraat (startinformatie/overdracht)",
        create=frozenset({R.MENTOR, R.ZORGONDERSTEUNING}),
        read=frozenset({R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=BODY, expiry=Expiry.CAREER_END, one_per_student=True,
    ),
    FormSpec(
        FormType.INFORMATIE, "Docent/mentor/teamleider - informatie",
        create=frozenset({R.DOCENT, R.MENTOR, R.TEAMLEIDER, R.ZORGONDERSTEUNING,
                          R.VERZUIMCOORDINATOR}),
        read=frozenset(),  # pre-ticked by the author's role: domain.access.PRE_TICKED
        locked=False, choosable=INFO_GROUPS, fixed_description=False, fields=BODY,
    ),
    FormSpec(
        FormType.VOORTGANG, "Voortgangsformulier/handelingsplan",
        create=frozenset({R.MENTOR, R.ZORGONDERSTEUNING}),
        read=frozenset({R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=BODY, attachment_expected=True, one_per_school_year=True,
    ),
    FormSpec(
        FormType.ZORG_START, "Zorg: Startdocument",
        create=frozenset({R.ZORGONDERSTEUNING}),
        read=frozenset({R.MENTOR, R.ZORGONDERSTEUNING, R.MT, R.TEAMLEIDER}),
        fields=BODY, attachment_expected=True,
    ),
    FormSpec(
        FormType.VERANTWOORDING_VERZUIM, "Verantwoordingsformulier verzuim",
        create=frozenset({R.VERZUIMCOORDINATOR}),
        read=frozenset({R.VERZUIMCOORDINATOR, R.MENTOR, R.MT, R.TEAMLEIDER,
                        R.ZORGONDERSTEUNING, R.TEAM_ACOI}),
        fields=BODY, about_absence=True,
    ),
    FormSpec(
        FormType.INCIDENT, "Incidentregistratie (meldcode)",
        create=frozenset({R.TEAMLEIDER}),
        read=frozenset({R.TEAMLEIDER}),
        fields=INCIDENT_FIELDS,
    ),
    FormSpec(
        FormType.STAGE, "Stagecoördinator - informatie",
        create=frozenset({R.STAGECOORDINATOR}),
        read=frozenset({R.DOCENT, R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=STAGE_FIELDS,
    ),
    FormSpec(
        FormType.ONDERWIJSBEGELEIDING, "Onderwijsbegeleiding - informatie",
        create=frozenset({R.ONDERWIJSBEGELEIDER}),
        read=frozenset({R.DOCENT, R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING}),
        fields=BODY,
    ),
    FormSpec(
        FormType.LOB, "LOB - informatie",
        create=frozenset({R.LOB}),
        read=frozenset({R.DOCENT, R.MENTOR, R.MT, R.TEAMLEIDER, R.ZORGONDERSTEUNING,
                        R.ONDERWIJSBEGELEIDER}),
        fields=BODY,
    ),
    FormSpec(
        FormType.VERZUIMADMINISTRATIE, "Verzuimadministratie - informatie",
        create=frozenset({R.VERZUIMADMINISTRATIE}),
        read=frozenset({R.VERZUIMCOORDINATOR}),
        fields=BODY, about_absence=True,
    ),
)

CATALOGUE: Mapping[FormType, FormSpec] = {spec.type: spec for spec in _SPECS}
