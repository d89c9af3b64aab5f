"""The texts of the add-form and edit dialogs: (Dutch, English) per key, in conversation order.
Values in braces are filled in by `say_from`; user data is escaped before it gets here."""

from __future__ import annotations

from dialogs.texts import Table, say_from

FORM_TEXTS: Table = {
    "ASK_STUDENT": ("Over welke leerling gaat het? Typ (een deel van) de naam, de klas of het "
                    "leerlingnummer.",
                    "Which student is it about? Type (part of) the name, the class or the "
                    "student number."),
    "STUDENT_NOT_FOUND": ("Ik vind geen leerling bij '{typed}'.",
                          "I found no student for '{typed}'."),
    "PICK_STUDENT": ("Ik vond meerdere leerlingen. Welke bedoel je? Typ het nummer.",
                     "I found several students. Which one? Type the number."),
    "DID_YOU_MEAN": ("Ik vind geen leerling bij '{typed}'. Bedoel je een van deze? Typ het "
                     "nummer, of typ een andere naam.",
                     "I found no student for '{typed}'. Do you mean one of these? Type the "
                     "number, or type another name."),
    "ASK_FORM": ("Welk formulier wil je toevoegen voor **{student}**? Typ de naam of het "
                 "nummer. Typ er **onder** achter om het onder een bestaand logboekitem te "
                 "hangen.",
                 "Which form do you want to add for **{student}**? Type the name or the "
                 "number. Add **under** to attach it under an existing logbook item."),
    "NO_FORMS": ("Je mag voor {student} geen formulieren toevoegen.",
                 "You may not add forms for {student}."),
    "UNKNOWN_CHOICE": ("Dat herken ik niet als keuze. Typ een nummer uit de lijst, "
                       "bijvoorbeeld **1**.",
                       "I do not recognise that choice. Type a number from the list, for "
                       "example **1**."),
    "STILL_WAITING": ("{error} Ik wacht nog op je antwoord op de vraag hierboven. Even iets "
                      "anders? Typ gewoon wat je wilt (bijvoorbeeld **logboek Jan** of "
                      "**taken**): dit formulier blijft staan. **annuleer** stopt het.",
                      "{error} I am still waiting for your answer to the question above. "
                      "Something else first? Just type it (for example **logbook Jan** or "
                      "**tasks**): this form stays. **cancel** stops it."),
    "ASK_PARENT": ("Onder welk logboekitem hoort het? Typ het nummer, of **los** voor een los "
                   "formulier.",
                   "Under which logbook item does it go? Type the number, or **none** for a "
                   "separate form."),
    "NO_PARENTS": ("{student} heeft nog geen logboekitems; het wordt een los formulier.",
                   "{student} has no logbook items yet; it becomes a separate form."),
    "ASK_DESCRIPTION": ("Geef een korte omschrijving (hoogstens {limit} tekens): waar gaat het "
                        "over?",
                        "Give a short description (at most {limit} characters): what is it "
                        "about?"),
    "FIXED_DESCRIPTION": ("Omschrijving: **{name}** (ligt vast voor dit formulier).",
                          "Description: **{name}** (fixed for this form)."),
    "ASK_EXPIRY": ("Tot wanneer blijft het zichtbaar? Standaard is dat **{default}**. Typ een "
                   "datum (bijvoorbeeld 31-07-2028, 'volgend schooljaar', 'over 2 jaar') of kies "
                   "**standaard**. **Alles standaard** neemt ook de standaard Let op, bijlage "
                   "en toegang over.",
                   "Until when does it stay visible? The default is **{default}**. Type a date "
                   "(for example 31-07-2028, 'next school year') or choose **default**. "
                   "**All defaults** also takes the default urgency, attachment and access."),
    "DEFAULT_BUTTON": ("Standaard: {default}", "Default: {default}"),
    "ALL_DEFAULTS_BUTTON": ("Alles standaard", "All defaults"),
    "ASK_URGENT": ("Moet het formulier een **Let op** (uitroepteken) krijgen? Typ **ja** of "
                   "**nee** (standaard nee).",
                   "Should the form be marked **urgent** (Let op)? Type **yes** or **no** "
                   "(default no)."),
    "URGENT_NO": ("Nee (standaard)", "No (default)"),
    "URGENT_YES": ("Ja, Let op", "Yes, urgent"),
    "YES_OR_NO": ("Typ **ja** of **nee**.", "Type **yes** or **no**."),
    "ASK_FIELD": ("Vul in: **{label}**{choices}", "Fill in: **{label}**{choices}"),
    "ASK_FIELDS_CARD": ("Vul het formulier in; typen kan ook, veld voor veld. Eerst: "
                        "**{label}**{choices}",
                        "Fill in the form; typing works too, field by field. First: "
                        "**{label}**{choices}"),
    "ASK_ATTACHMENT": ("Wil je een bijlage toevoegen? Stuur het bestand hier in de chat, of "
                       "kies **geen** (hoogstens {limit}).",
                       "Do you want to add an attachment? Send the file here in the chat, or "
                       "choose **none** (at most {limit})."),
    "NO_ATTACHMENT": ("Geen bijlage", "No attachment"),
    "ATTACHMENT_ADDED": ("Bijlage: {name}", "Attachment: {name}"),
    "SEND_A_FILE": ("Stuur een bestand, of typ **geen**.", "Send a file, or type **none**."),
    "LOCKED_ACCESS": ("Toegang ligt vast voor dit formulier: {groups}.",
                      "Access is fixed for this form: {groups}."),
    "ASK_ACCESS": ("Wie mag het lezen? Standaard: **{groups}**. Kies **standaard**, of typ de "
                   "groepen met komma's ertussen. Je kunt kiezen uit: {choosable}.",
                   "Who may read it? Default: **{groups}**. Choose **default**, or type the "
                   "groups separated by commas. You can choose from: {choosable}."),
    "UNKNOWN_GROUPS": ("Deze groepen ken ik niet of kun je niet kiezen: {names}.",
                       "I do not know these groups or you cannot choose them: {names}."),
    "SUMMARY": ("Klopt dit? Kies **opslaan**, **wijzigen** of **annuleer**.",
                "Is this right? Choose **save**, **change** or **cancel**."),
    "SAVE": ("Opslaan", "Save"),
    "CHANGE": ("Wijzigen", "Change"),
    "CANCEL": ("Annuleren", "Cancel"),
    "BACK": ("Terug", "Back"),
    "NEXT": ("Verder", "Next"),
    "ASK_WHICH_STEP": ("Wat wil je wijzigen? Typ het nummer.",
                       "What do you want to change? Type the number."),
    "SAVED": ("Opgeslagen: **{form}** voor {student}.", "Saved: **{form}** for {student}."),
    "ALREADY_SAVED": ("Er staat niets klaar om op te slaan: dat formulier is al opgeslagen (of "
                      "gestopt). Typ **nieuw formulier** voor een nieuw formulier.",
                      "There is nothing waiting to be saved: that form was already saved (or "
                      "stopped). Type **new form** for a new one."),
    "ENTRY_NOT_FOUND": ("Dat formulier is niet gevonden.", "That form was not found."),
    "EDIT_WHICH": ("Wat wil je veranderen aan **{form}** voor {student}? Kies, en daarna "
                   "**voltooien** om op te slaan.",
                   "What do you want to change in **{form}** for {student}? Choose, then "
                   "**finish** to save."),
    "FINISH": ("Voltooien", "Finish"),
    "NOT_EDITABLE": ("Je mag dit formulier lezen, maar niet bewerken.",
                     "You may read this form, but not edit it."),
    "EDIT_SAVED": ("Opgeslagen; de vorige versie is bewaard.",
                   "Saved; the previous version is kept."),
    "EDIT_UNCHANGED": ("Er is niets veranderd.", "Nothing was changed."),
    "OLD_BUTTON": ("Die knop hoort bij een eerdere vraag. Beantwoord de laatste vraag, of typ "
                   "**terug**.",
                   "That button belongs to an earlier question. Answer the last question, or "
                   "type **back**."),
    "QUICK_NEEDS_ONE": ("Noem één leerling, bijvoorbeeld **snel formulier 100001**. Met **nieuw "
                        "formulier** zoek je vraag voor vraag.",
                        "Name one student, for example **quick form 100001**. **New form** "
                        "searches question by question."),
    "QUICK_NO_FORMS": ("Voor deze leerling kun je geen formulier op één kaart maken; gebruik "
                       "**nieuw formulier**.",
                       "You cannot add a one-card form for this student; use **new form**."),
    "QUICK_CARD": ("Nieuw formulier voor **{student}**: vul de kaart in en kies Opslaan. De "
                   "toegang wordt de standaard.",
                   "New form for **{student}**: fill in the card and choose Save. Access is "
                   "the default."),
    "QUICK_DESCRIPTION": ("Omschrijving (niet nodig als die vastligt)",
                          "Description (not needed when fixed)"),
    "QUICK_USE_CARD": ("Vul de kaart in en kies Opslaan, of typ **annuleer** en gebruik **nieuw "
                       "formulier** om vraag voor vraag te werken.",
                       "Fill in the card and choose Save, or type **cancel** and use **new "
                       "form** to go question by question."),
    "HELP_TAIL": ("Typ **terug** voor de vorige vraag of **annuleer** om te stoppen.",
                  "Type **back** for the previous question or **cancel** to stop."),
    "UNDER_TOGGLE": ("Onder een bestaand logboekitem", "Under an existing logbook item"),
    "LOOSE_FORM": ("Los formulier", "Separate form"),
    "YES": ("ja", "yes"),
    "NO": ("nee", "no"),
    "L_STUDENT": ("Leerling", "Student"),
    "L_FORM": ("Formulier", "Form"),
    "L_PARENT": ("Onder", "Under"),
    "L_DESCRIPTION": ("Omschrijving", "Description"),
    "L_EXPIRY": ("Verloopdatum", "Expiry date"),
    "L_URGENT": ("Let op", "Urgent"),
    "L_FIELDS": ("Velden", "Fields"),
    "L_ATTACHMENT": ("Bijlage", "Attachment"),
    "L_ACCESS": ("Toegang", "Access"),
    "ASK_EDIT_ID": ("Welk formulier? Typ **bewerk** en het nummer van het formulier uit het "
                    "logboek.",
                    "Which form? Type **edit** and the form's number from the logbook."),
}

STEP_HELP: Table = {
    "student": ("Zoek de leerling op naam, klas of leerlingnummer. Je ziet alleen leerlingen "
                "met wie je te maken hebt.",
                "Find the student by name, class or student number. You only see students "
                "you work with."),
    "form": ("Kies het soort formulier. Je ziet alleen formulieren die jouw rol mag toevoegen.",
             "Choose the kind of form. You only see forms your role may add."),
    "parent": ("Een formulier kan onder een bestaand logboekitem van deze leerling hangen.",
               "A form can be attached under an existing logbook item of this student."),
    "description": ("De omschrijving is de titel in het logboek: zeg kort waar het over gaat.",
                    "The description is the title in the logbook: say briefly what it is "
                    "about."),
    "expiry": ("Na de verloopdatum is het formulier niet meer zichtbaar (het wordt niet "
               "verwijderd).",
               "After the expiry date the form is no longer shown (it is not deleted)."),
    "urgent": ("Let op zet het formulier bovenaan het logboek, met een uitroepteken.",
               "Urgent puts the form at the top of the logbook, with an exclamation mark."),
    "fields": ("Vul de velden van het formulier in. Schrijf zo dat ouders en leerling het "
               "mogen lezen.",
               "Fill in the form's fields. Write so that parents and student may read it."),
    "attachment": ("Stuur een bestand in deze chat om het als bijlage te bewaren.",
                   "Send a file in this chat to keep it as an attachment."),
    "access": ("Kies welke groepen het formulier mogen lezen; wie het formulier mag maken, "
               "mag het altijd lezen.",
               "Choose which groups may read the form; those who may create it always may."),
    "card": ("Vul alle velden van de kaart in en kies Opslaan. Typen gaat met **nieuw "
             "formulier**.",
             "Fill in the card and choose Save. To type instead, use **new form**."),
    "summary": ("Opslaan bewaart het formulier; wijzigen laat je een stap overdoen.",
                "Save stores the form; change lets you redo a step."),
}


def form_text(lang: str, key: str, /, **values: object) -> str:
    return say_from(FORM_TEXTS, lang, key, **values)


def help_text(lang: str, step: str) -> str:
    base = say_from(STEP_HELP, lang, step) if step in STEP_HELP else ""
    return f"{base}\n\n{say_from(FORM_TEXTS, lang, 'HELP_TAIL')}"
