"""The message action's texts: (Dutch, English) per key, in the order the user meets them."""

from __future__ import annotations

from dialogs.texts import Table, say_from

MESSAGE_ACTION_TEXTS: Table = {
    "TITLE": ("Toevoegen aan logboek", "Add to logbook"),
    "NO_FORMS": (
        "Vanuit een bericht kun je geen logboekformulier toevoegen: je rol mag geen "
        "formulieren met een vrije tekst maken. Denk je dat dit niet klopt? Vraag het de "
        "applicatiebeheerder van je school.",
        "You cannot add a logbook form from a message: your role may not create forms "
        "with a free text. If you think this is a mistake, ask your school's application "
        "administrator.",
    ),
    "UNKNOWN_COMMAND": ("Deze actie ken ik niet.", "I do not know this action."),
    "INTRO": ("Dit bericht als formulier in het logboek van een leerling. Controleer en kies "
              "Opslaan.",
              "This message as a form in a student's logbook. Check it and choose Save."),
    "L_STUDENT_TYPED": ("Leerling (naam, klas of leerlingnummer)",
                        "Student (name, class or student number)"),
    "NOBODY_NAMED": ("In het bericht herken ik geen leerling van jou: typ de naam of het "
                     "leerlingnummer.",
                     "I recognise none of your students in the message: type the name or "
                     "the student number."),
    "L_EXPIRY_DEFAULT": ("Verloopdatum (leeg: de standaarddatum)",
                         "Expiry date (empty: the default date)"),
    "FROM_MESSAGE": ("Uit een Teams-bericht van {author}, {when}:",
                     "From a Teams message by {author}, {when}:"),
    "SOMEONE": ("onbekende afzender", "unknown sender"),
    "CHOOSE_STUDENT": ("Kies de leerling.", "Choose the student."),
    "PICK_STUDENT": ("Bij '{typed}' vond ik meerdere leerlingen: kies er één.",
                     "I found several students for '{typed}': choose one."),
    "DID_YOU_MEAN": ("Ik vind geen leerling bij '{typed}'. Bedoel je een van deze?",
                     "I found no student for '{typed}'. Do you mean one of these?"),
    "CHOOSE_FORM": ("Kies een formulier.", "Choose a form."),
    "BAD_DATE": ("De verloopdatum '{typed}' is geen datum.",
                 "The expiry date '{typed}' is not a date."),
    "SAVED": ("Opgeslagen in het logboek van {student}: {form}. Je vindt het formulier in je "
              "persoonlijke chat met de LVS-bot.",
              "Saved in the logbook of {student}: {form}. You find the form in your personal "
              "chat with LVS-bot."),
    "SAVED_NO_CHAT": ("Opgeslagen in het logboek van {student}: {form}. Open een chat met de "
                      "LVS-bot om het te bekijken.",
                      "Saved in the logbook of {student}: {form}. Open a chat with LVS-bot to "
                      "see it."),
    "SAVED_HERE": ("Je hebt dit formulier toegevoegd vanuit een Teams-bericht.",
                   "You added this form from a Teams message."),
}


def action_text(lang: str, key: str, /, **values: object) -> str:
    return say_from(MESSAGE_ACTION_TEXTS, lang, key, **values)
