"""Texts of the absence picture and `mijn leerlingen`: (Dutch, English) per key."""

from __future__ import annotations

from dialogs.texts import Table

TEXTS: Table = {
    "PICTURE_HEADING": ("Verzuim dit schooljaar ({year}), per week",
                        "Absence this school year ({year}), per week"),
    "PICTURE_ALT": (
        "Verzuim per week in schooljaar {year}: {late} keer te laat, {truancy} lesuren "
        "gespijbeld, {sick} dagen ziek, {removed} keer uit de les gestuurd; {marks} keer een "
        "drempel van het verzuimprotocol bereikt.",
        "Absence per week in school year {year}: late {late} times, {truancy} lesson hours "
        "of truancy, {sick} days sick, sent out of class {removed} times; a threshold of the "
        "absence protocol reached {marks} times.",
    ),
    "LANE_LATE": ("Te laat: {n}", "Late: {n}"),
    "LANE_TRUANCY": ("Spijbeluren: {n}", "Truancy hours: {n}"),
    "LANE_SICK": ("Ziekdagen: {n}", "Sick days: {n}"),
    "LANE_REMOVED": ("Uitgestuurd: {n}", "Sent out: {n}"),
    "LANE_MARKS": ("Drempel bereikt: {n}", "Threshold reached: {n}"),
    "MY_STUDENTS_HEADING": ("Mijn leerlingen ({count})", "My students ({count})"),
    "MY_STUDENTS_YEAR": (
        "Schooljaar {year}: te laat · spijbeluren · ziekdagen · uitgestuurd. Eerst wie "
        "acties over de datum heeft, dan wie open acties heeft.",
        "School year {year}: late · truancy hours · sick days · sent out. First those with "
        "overdue actions, then those with open actions.",
    ),
    "MY_STUDENTS_COUNTS": ("{late} · {truancy} · {sick} · {removed}",
                           "{late} · {truancy} · {sick} · {removed}"),
    "MY_STUDENTS_WORK": ("{open} open, {overdue} over de datum",
                         "{open} open, {overdue} overdue"),
    "MY_STUDENTS_OPEN": ("{open} open", "{open} open"),
    "MY_STUDENTS_NO_WORK": ("geen open acties", "no open actions"),
    "MY_STUDENTS_MORE": (
        "En nog {count} leerlingen. Typ **logboek** met een naam voor een leerling, of "
        "**taken** voor je acties.",
        "And {count} more students. Type **logbook** with a name for one student, or "
        "**tasks** for your actions.",
    ),
    "MY_STUDENTS_NONE": ("Er zijn nu geen leerlingen voor je in deze lijst.",
                         "There are no students for you in this list right now."),
    "MY_STUDENTS_NOT_FOR_YOU": (
        "Deze lijst is er voor mentoren (hun mentorleerlingen) en voor de "
        "verzuimcoördinator, teamleider en coördinator leerlingzaken (de leerlingen van hun "
        "locatie met open verzuimsignalen).",
        "This list is for mentors (their mentees) and for the attendance coordinator, team "
        "leader and coordinator of student affairs (their location's students with open "
        "absence signals).",
    ),
    "BUTTON_LOGBOOK": ("Logboek", "Logbook"),
}


def number(value: float, lang: str) -> str:
    """12, or 1,5 in Dutch and 1.5 in English."""
    text = f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")
