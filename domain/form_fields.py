"""The fields a logbook form is made of, as data: the label and choices in Dutch (what is
stored) with their English, shown to English-speaking staff (DOMAIN.md §1)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

EN = "en"


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    TIME = "time"
    CHOICE = "choice"


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # Dutch
    kind: FieldKind = FieldKind.LONG_TEXT
    required: bool = True
    choices: tuple[str, ...] = ()  # Dutch: the value stored is always one of these
    label_en: str = ""
    choices_en: tuple[str, ...] = ()  # the same choices in English, in the same order

    def label_in(self, lang: str) -> str:
        return self.label_en if lang == EN and self.label_en else self.label

    def choice_in(self, value: str, lang: str) -> str:
        """A stored choice as this reader says it (other values as they are)."""
        if lang != EN or value not in self.choices or len(self.choices_en) != len(self.choices):
            return value
        return self.choices_en[self.choices.index(value)]

    def choice_titles(self, lang: str) -> list[tuple[str, str]]:
        """(shown, stored) pairs for a choice input."""
        return [(self.choice_in(choice, lang), choice) for choice in self.choices]


@dataclass(frozen=True)
class FieldChoices:
    """A field's choices as a refusal's value: the dialogs list them in the reader's language."""

    field: Field

    def listed_in(self, lang: str) -> str:
        return ", ".join(self.field.choice_in(choice, lang) for choice in self.field.choices)


BODY = (Field("body", "Tekst", label_en="Text"),)

INCIDENT_FIELDS = (
    Field("incident_date", "Datum incident", FieldKind.DATE, label_en="Date of the incident"),
    Field("incident_time", "Tijd", FieldKind.TIME, label_en="Time"),
    Field(
        "incident_kind",
        "Soort incident",
        FieldKind.CHOICE,
        choices=("Agressie", "Pesten", "Diefstal", "Vernieling", "Middelengebruik",
                 "Grensoverschrijdend gedrag", "Anders"),
        label_en="Kind of incident",
        choices_en=("Aggression", "Bullying", "Theft", "Vandalism", "Substance use",
                    "Boundary-crossing behaviour", "Other"),
    ),
    Field("action_taken", "Genomen actie", label_en="Action taken"),
    Field(
        "student_role",
        "Rol van de leerling",
        FieldKind.CHOICE,
        choices=("Dader", "Slachtoffer", "Getuige", "Betrokkene"),
        label_en="The student's role",
        choices_en=("Perpetrator", "Victim", "Witness", "Involved"),
    ),
    Field("follow_up", "Vervolgactie", label_en="Follow-up action"),
    Field("summary", "Korte omschrijving", label_en="Short description"),
)

STAGE_FIELDS = (
    Field("period", "Periode / bezoek", FieldKind.TEXT, label_en="Period / visit"),
    Field("findings", "Bevindingen", label_en="Findings"),
    Field("progress", "Voortgang", label_en="Progress"),
    Field("attendance", "Aanwezigheid", label_en="Attendance"),
    Field("assessment", "Beoordeling", label_en="Assessment"),
)
