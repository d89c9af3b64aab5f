"""How staff ask for things in Dutch: phrases per intent, folded (lower case, no accents).

STRONG names the command ("logboek", "taken"); WEAK only hints ("toon", "laat zien"), so
"toon mijn taken" is tasks. KEPT phrases choose the intent but stay in the command's words,
moved to the end where the command reads them (logbook filters, signal topics). FILLERS
carry no meaning here and are never taken for a name (unless capitalised mid-sentence:
"Wil" the student).
"""

from __future__ import annotations

from dialogs.understanding import intents as i

STRONG: dict[str, tuple[str, ...]] = {
    i.HELP: ("help", "hulp", "helpen", "opdrachten", "uitleg", "wat kun je", "wat kan je",
             "wat kun jij", "wat kan jij", "wat kun je allemaal", "hoe werkt", "hoe werk je",
             "handleiding", "instructies"),
    i.LOGBOOK: ("logboek", "logboeken", "dossier", "leerlingdossier", "notities",
                "aantekeningen", "wat weten we over", "wat weten we van", "wat is er bekend over",
                "wat staat er over", "wat staat er in het logboek", "wie is", "info over",
                "informatie over", "gegevens van", "voorgeschiedenis"),
    i.MORE: ("meer", "volgende", "volgende pagina", "nog meer", "verder lezen"),
    i.DETAILS: ("details", "detail", "helemaal lezen", "lees helemaal"),
    i.ADD_FORM: ("nieuw formulier", "nieuw", "nieuwe", "noteer", "noteren",
                 "notitie", "nieuwe notitie", "verslag", "verslagje", "schrijf", "schrijven",
                 "opschrijven", "vastleggen", "leg vast", "toevoegen", "voeg toe",
                 "invullen", "vul in", "aantekening", "registreer", "registreren"),
    i.QUICK_FORM: ("snel formulier", "snelle notitie", "snel formulier voor",
                   "kort formulier", "snelle invoer", "in een keer", "op een kaart"),
    i.EDIT: ("bewerk", "bewerken", "wijzig", "wijzigen", "aanpassen", "pas aan", "verander",
             "veranderen", "corrigeer", "verbeter"),
    i.EXPORT: ("export", "exporteer", "exporteren", "exporteer dossier", "dossier export",
               "inzage", "afschrift", "kopie van het dossier", "kopie dossier", "download"),
    i.SIGNAL: ("signaal", "signaleer", "signaleren", "verzuimsignaal", "melding maken"),
    i.TASKS: ("taken", "mijn taken", "taak", "acties", "mijn acties", "actiepunten",
              "openstaande acties", "wat moet ik doen", "wat moet ik nog doen", "moet ik doen",
              "nog doen", "te doen", "todo", "to do", "wat staat er open", "werklijst"),
    i.TASK_DONE: ("gedaan", "afgerond", "afvinken", "vink af"),
    i.CANCEL: ("annuleer", "annuleren", "stop", "stoppen", "laat maar", "hou op", "afbreken",
               "breek af", "niet meer", "vergeet het"),
    i.GO_ON: ("verder", "ga verder", "doorgaan", "ga door", "hervat", "hervatten",
              "verder met het formulier", "verder met formulier", "terug naar het formulier"),
}

WEAK: dict[str, tuple[str, ...]] = {
    i.LOGBOOK: ("toon", "laat zien", "bekijk", "bekijken", "lees", "open", "openen",
                "opzoeken", "zoek", "zoek op", "check"),
    i.ADD_FORM: ("formulier",),
    i.QUICK_FORM: ("snel",),
    i.GREETING: ("hoi", "hallo", "hey", "hee", "hi", "goedemorgen", "goedemiddag",
                 "goedenavond", "dag", "yo"),
}

KEPT: dict[str, tuple[str, ...]] = {
    i.LOGBOOK: ("urgent", "let op", "dringend", "verzuim", "inclusief verlopen",
                "incl verlopen", "met verlopen"),
    i.SIGNAL: ("ziektebeeld onduidelijk", "bijzondere afspraken"),
}

FILLERS: frozenset[str] = frozenset("""
    ik je jij u we wij ze zij hij het de een van voor over met in op aan bij om te tot naar
    is zijn was wil wilde wilt zou zouden kun kunt kan kon mag mogen graag even eens effe ff
    alsjeblieft alstublieft aub svp dank bedankt thanks nog nu dan maar en of wat wie waar
    hoe welke er staat staan zien laat laten geef geven me mij mijn jouw toch dat die deze
    dit weten bekend leerling leerlingen student studenten pupil over voor hem haar zijn
    eventjes snelle please ok oke okay ja nee hier daar al alle alles ook misschien iets
    wel niet heb hebt heeft
""".split())
