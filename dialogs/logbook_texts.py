"""The logbook's texts: Dutch first, English second (`say_from(TEXTS, lang, KEY)`)."""

from __future__ import annotations

from dialogs.texts import Table

TEXTS: Table = {
    "USAGE": (
        "Welke leerling? Typ bijvoorbeeld **logboek Jan de Vries**, **logboek 2A Jan** of "
        "**logboek 100001**. Filters achteraan: **urgent**, **verzuim**, een schooljaar "
        "(**2025-2026**) of **inclusief verlopen**.",
        "Which student? Type for example **logbook Jan de Vries**, **logbook 2A Jan** or "
        "**logbook 100001**. Filters at the end: **urgent**, **verzuim** (absence), a school "
        "year (**2025-2026**) or **inclusief verlopen** (expired too).",
    ),
    "NOT_FOUND": (
        "Geen leerling gevonden. Controleer de naam, de klas of het leerlingnummer.",
        "No student found. Check the name, the class or the student number.",
    ),
    "DID_YOU_MEAN": ("Geen leerling gevonden. Bedoel je…?", "No student found. Did you mean…?"),
    "CHOOSE": ("Meerdere leerlingen gevonden. Welke bedoel je?",
               "Several students found. Which one do you mean?"),
    "NO_LAST_LOGBOOK": (
        "Vraag eerst een logboek op, bijvoorbeeld **logboek Jan de Vries**.",
        "First open a logbook, for example **logbook Jan de Vries**.",
    ),
    "LAST_PAGE": ("Dit was de laatste pagina van het logboek.",
                  "That was the last page of the logbook."),
    "NO_SUCH_POSITION": (
        "Er staat geen formulier {position} op deze pagina. Kies een nummer van 1 tot en met "
        "{count}.",
        "There is no form {position} on this page. Choose a number from 1 to {count}.",
    ),
    "DETAILS_USAGE": (
        "Welk formulier? Typ **details 1** voor het eerste formulier op de pagina.",
        "Which form? Type **details 1** for the first form on the page.",
    ),
    "ENTRY_NOT_FOUND": ("Dat formulier is niet gevonden.", "That form was not found."),
    "LOGBOOK": ("Logboek {name}", "Logbook {name}"),
    "CLASS": ("Klas", "Class"),
    "NUMBER": ("Leerlingnummer", "Student number"),
    "MENTORS": ("Mentor", "Mentor"),
    "NONE": ("geen", "none"),
    "FILTERS": ("Filter", "Filter"),
    "FILTER_URGENT": ("alleen Let op", "urgent only"),
    "FILTER_ABSENCE": ("verzuim", "absence"),
    "FILTER_YEAR": ("schooljaar {year}", "school year {year}"),
    "FILTER_EXPIRED": ("inclusief verlopen", "expired included"),
    "OPEN_ACTIONS": ("Lopende verzuimacties", "Open absence actions"),
    "RECENT": ("Wie is nu met {name} bezig", "Who is working with {name} now"),
    "NOBODY_RECENT": ("De laatste tijd heeft niemand iets geschreven dat jij kunt lezen.",
                      "Nobody wrote anything you can read lately."),
    "EMPTY": ("Geen formulieren gevonden.", "No forms found."),
    "URGENT": ("Let op", "Urgent"),
    "WRITTEN": ("{author} ({role}) · {date} · verloopt {expires}",
                "{author} ({role}) · {date} · expires {expires}"),
    "EXPIRED_ON": ("verlopen op {date}", "expired on {date}"),
    "MORE_CHILDREN": ("+ nog {count} formulier(en) onder dit item: typ **details {position}**",
                      "+ {count} more form(s) under this item: type **details {position}**"),
    "PAGE": (
        "Pagina {page} van {pages} · {total} item(s). Typ **details <nummer>** voor een "
        "formulier{more}.",
        "Page {page} of {pages} · {total} item(s). Type **details <number>** to open a "
        "form{more}.",
    ),
    "PAGE_MORE": (" of **meer** voor de volgende {size}", " or **more** for the next {size}"),
    "BUTTON_MORE": ("Meer", "More"),
    "BUTTON_EXPORT": ("Exporteer dossier", "Export file"),
    "BUTTON_LOGBOOK": ("Logboek", "Logbook"),
    "BUTTON_EDIT": ("Bewerk", "Edit"),
    "BUTTON_BACK": ("Terug naar logboek", "Back to the logbook"),
    "WRITTEN_BY": ("Geschreven door", "Written by"),
    "DATE": ("Datum", "Date"),
    "UPDATED": ("Laatst gewijzigd", "Last changed"),
    "EXPIRES": ("Verloopdatum", "Expiry date"),
    "ACCESS": ("Toegang", "Access"),
    "YES": ("ja", "yes"),
    "NO": ("nee", "no"),
    "ATTACHMENTS": ("Bijlagen", "Attachments"),
    "CUT": ("(ingekort: de volledige tekst staat in de export)",
            "(shortened: the full text is in the export)"),
}
