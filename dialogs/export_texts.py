"""Texts of `export <student>`: Dutch first, English second."""

from __future__ import annotations

from dialogs.texts import Table
from domain.export import Recipient

TEXTS: Table = {
    "USAGE": ("Van welke leerling? Typ bijvoorbeeld **export Jan de Vries**.",
              "Which student? Type for example **export Jan de Vries**."),
    "OFFER": (
        "Het dossier van {name} ({count} formulieren, ook verlopen formulieren en "
        "wijzigingen) staat klaar als {file}. Kies **Toestaan** om het in je OneDrive te "
        "zetten.\n\n{recipients}",
        "The file of {name} ({count} forms, expired forms and changes included) is ready as "
        "{file}. Choose **Allow** to put it in your OneDrive.\n\n{recipients}",
    ),
    "CONSENT": ("Leerlingdossier {name} (inzage en afschrift)",
                "Student file {name} (inspection and copy)"),
    "UPLOADED": ("Het dossier staat in je OneDrive. Geef het alleen aan wie een kopie mag "
                 "krijgen.", "The file is in your OneDrive. Only hand it to those who may "
                 "receive a copy."),
    "UPLOAD_FAILED": ("Het uploaden naar je OneDrive is niet gelukt. Probeer **export {number}** "
                      "zo nog eens.", "Uploading to your OneDrive failed. Try **export "
                      "{number}** again shortly."),
    "DECLINED": ("Prima, ik heb het dossier niet verstuurd. Er is niets opgeslagen.",
                 "Fine, I did not send the file. Nothing was stored."),
    "GONE": ("Dit dossier is niet meer beschikbaar. Vraag het opnieuw op met **export**.",
             "This file is no longer available. Ask for it again with **export**."),
    "BUTTON_EXPORT": ("Exporteer", "Export"),
}

# Who may receive a copy (domain.export.export_recipients decides; this only says it).
RECIPIENTS: dict[frozenset[Recipient], tuple[str, str]] = {
    frozenset(): (
        "Let op: de geboortedatum is onbekend. Ga zelf na wie een kopie mag krijgen: de "
        "ouders tot 16 jaar, vanaf 16 de leerling, vanaf 18 de ouders alleen met "
        "toestemming van de leerling.",
        "Note: the date of birth is unknown. Check who may receive a copy: the parents "
        "under 16, the student from 16, the parents from 18 only with the student's consent.",
    ),
    frozenset({Recipient.PARENTS}): (
        "Een kopie mag naar de ouders (de leerling is jonger dan 16).",
        "A copy may go to the parents (the student is under 16).",
    ),
    frozenset({Recipient.STUDENT, Recipient.PARENTS}): (
        "Een kopie mag naar de leerling en naar de ouders.",
        "A copy may go to the student and to the parents.",
    ),
    frozenset({Recipient.STUDENT}): (
        "Een kopie mag naar de leerling; naar de ouders alleen met toestemming van de "
        "leerling (18 jaar of ouder).",
        "A copy may go to the student; to the parents only with the student's consent "
        "(18 or older).",
    ),
}


def recipients_text(recipients: frozenset[Recipient], lang: str) -> str:
    dutch, english = RECIPIENTS[recipients]
    return english if lang == "en" else dutch
