"""Every text a staff member reads: Dutch first, English when the activity's locale is English.

`say(lang, KEY, **values)` picks the language and fills in the values. Keep the keys in
the order the conversation uses them.
"""

from __future__ import annotations

from typing import Final

NL: Final = "nl"
EN: Final = "en"

TEXTS: dict[str, tuple[str, str]] = {
    "NOT_ALLOWED": (
        "Sorry, je hebt geen toegang tot deze bot. Neem contact op met de applicatiebeheerder "
        "van je school als je denkt dat dit niet klopt.",
        "Sorry, you do not have access to this bot. Contact your school's application "
        "administrator if you think this is a mistake.",
    ),
    "WELCOME": (
        "Welkom bij het leerlingvolgsysteem, {name}. Je bent hier {roles}. Hier kun je:\n\n"
        "{commands}\n\nTyp **help** voor alle opdrachten.",
        "Welcome to the student file, {name}. You are here as {roles}. Here you can:\n\n"
        "{commands}\n\nType **help** for all commands.",
    ),
    "HELP": (
        "Dit kun je mij vragen:\n\n{commands}\n\nVraag het gerust in je eigen woorden, "
        "bijvoorbeeld *kun je het logboek van Jan laten zien?*, *noteer voor Jan*, *wat moet "
        "ik nog doen?*, of typ alleen een naam. Tijdens een vraag van mij: **annuleer** stopt, "
        "**terug** gaat een stap terug, **help** legt de stap uit; een andere vraag mag "
        "tussendoor, **verder** gaat dan door waar je was.",
        "You can ask me:\n\n{commands}\n\nFeel free to use your own words, for example "
        "*show me Jan's logbook*, *note for Jan*, *what do I need to do?*, or just type a "
        "name. While I am asking something: **cancel** stops, **back** goes one step back, "
        "**help** explains the step; another question in between is fine, **continue** then "
        "goes on where you were.",
    ),
    "HINT": (
        "Dat begrijp ik niet. Typ **help** voor wat ik kan, of bijvoorbeeld "
        "**logboek Jan de Vries**.",
        "I did not understand that. Type **help** to see what I can do, or for example "
        "**logbook Jan de Vries**.",
    ),
    "SOMETHING_WENT_WRONG": (
        "Er ging iets mis aan mijn kant; er is niets half opgeslagen. Probeer het zo nog eens.",
        "Something went wrong on my side; nothing was half-saved. Please try again shortly.",
    ),
    "TRY_LATER": (
        "Het leerlingvolgsysteem is even niet bereikbaar. Probeer het later nog eens.",
        "The student file is not reachable right now. Please try again later.",
    ),
    "OPEN_PERSONAL_CHAT": (
        "Een leerlingdossier laat ik alleen in een persoonlijke chat zien, niet hier waar "
        "anderen meelezen. Open een chat met mij en vraag het daar.",
        "I only show a student's file in a personal chat, not here where others read along. "
        "Open a chat with me and ask there.",
    ),
    "ANSWERED_IN_PERSONAL_CHAT": (
        "Ik heb je geantwoord in onze persoonlijke chat: een leerlingdossier laat ik hier niet "
        "zien.",
        "I answered you in our personal chat: I do not show a student's file here.",
    ),
    "ANSWER_FROM_GROUP": (
        "Je vroeg dit in een groepsgesprek; hier is mijn antwoord.",
        "You asked this in a group conversation; here is my answer.",
    ),
    "CANCELLED": ("Gestopt. Er is niets opgeslagen.", "Stopped. Nothing was saved."),
    "NOTHING_TO_CANCEL": ("Er loopt niets om te stoppen.", "There is nothing to stop."),
    "KEPT_DROPPED": ("Gestopt: {draft} is weggegooid, er is niets opgeslagen.",
                     "Stopped: {draft} was thrown away; nothing was saved."),
    "KEPT_AFTER_ANSWER": ("{Draft} staat nog voor je klaar.", "{Draft} is still waiting for you."),
    "KEPT_AFTER_PAUSE": (
        "Je was een tijdje weg bij {draft}; ik heb het bewaard en bewaar het 7 dagen. Typ "
        "**verder** of klik hieronder om door te gaan.",
        "You left {draft} for a while; I kept it and keep it for 7 days. Type **continue** "
        "or click below to go on.",
    ),
    "GO_ON_BUTTON": ("Verder met {draft}", "Go on with {draft}"),
    "NOTHING_TO_GO_ON": ("Er staat niets klaar om mee verder te gaan.",
                         "There is nothing waiting to go on with."),
    "DRAFT_FORM": ("het formulier voor {name}", "the form for {name}"),
    "DRAFT_EDIT": ("de wijziging voor {name}", "the edit for {name}"),
    "DRAFT_OTHER": ("je vorige vraag", "your previous question"),
    "DRAFT_FORM_NAMELESS": ("het formulier", "the form"),
}

# The commands each role sees in the welcome and in help: (text, explanation) per language.
COMMANDS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "help": (("help", "deze uitleg"), ("help", "this overview")),
}


Table = dict[str, tuple[str, str]]


def say(lang: str, key: str, /, **values: object) -> str:
    return say_from(TEXTS, lang, key, **values)


def say_from(table: Table, lang: str, key: str, /, **values: object) -> str:
    """A text from a feature's own table (same shape as TEXTS): (Dutch, English) per key."""
    dutch, english = table[key]
    text = english if lang == EN else dutch
    return text.format(**values) if values else text


def language_of(locale: str | None) -> str:
    """English when the client's locale is English; Dutch otherwise (also when unknown)."""
    return EN if (locale or "").lower().startswith("en") else NL
