"""Dutch: every text staff read, by key. The keys and placeholders match en.py (tested)."""

from __future__ import annotations

from typing import Final

# The example every refused expiry date ends with ({end}: this school year's end).
_EXAMPLE: Final = (
    "Typ bijvoorbeeld {end:%d-%m-%Y}, {end.day} juli {end.year}, 'einde schooljaar', "
    "'volgend schooljaar' of 'over 2 jaar'."
)

TEXTS: Final[dict[str, str]] = {
    # Every conversation: access, welcome, help, failures, group chats.
    "NOT_ALLOWED": (
        "Sorry, je hebt geen toegang tot deze bot. Neem contact op met de applicatiebeheerder "
        "van je school als je denkt dat dit niet klopt."
    ),
    "WELCOME": (
        "Welkom bij het leerlingvolgsysteem, {name}. Je bent hier {roles}. Hier kun "
        "je:\n\n{commands}\n\nTyp **help** voor alle opdrachten."
    ),
    "HELP": (
        "Dit kun je mij vragen:\n\n{commands}\n\nVraag het gerust in je eigen woorden, "
        "bijvoorbeeld *kun je het logboek van Jan laten zien?*, *noteer voor Jan*, *wat moet "
        "ik nog doen?*, of typ alleen een naam. Tijdens een vraag van mij: **annuleer** stopt, "
        "**terug** gaat een stap terug, **help** legt de stap uit; een andere vraag mag "
        "tussendoor, **verder** gaat dan door waar je was."
    ),
    "HINT": (
        "Dat begrijp ik niet. Typ **help** voor wat ik kan, of bijvoorbeeld **logboek Jan de "
        "Vries**."
    ),
    "SOMETHING_WENT_WRONG": (
        "Er ging iets mis aan mijn kant; er is niets half opgeslagen. Probeer het zo nog eens."
    ),
    "TRY_LATER": "Het leerlingvolgsysteem is even niet bereikbaar. Probeer het later nog eens.",
    "OPEN_PERSONAL_CHAT": (
        "Een leerlingdossier laat ik alleen in een persoonlijke chat zien, niet hier waar "
        "anderen meelezen. Open een chat met mij en vraag het daar."
    ),
    "ANSWERED_IN_PERSONAL_CHAT": (
        "Ik heb je geantwoord in onze persoonlijke chat: een leerlingdossier laat ik hier niet "
        "zien."
    ),
    "ANSWER_FROM_GROUP": "Je vroeg dit in een groepsgesprek; hier is mijn antwoord.",
    "CANCELLED": "Gestopt. Er is niets opgeslagen.",
    "NOTHING_TO_CANCEL": "Er loopt niets om te stoppen.",
    "KEPT_DROPPED": "Gestopt: {draft} is weggegooid, er is niets opgeslagen.",
    "KEPT_AFTER_ANSWER": "{Draft} staat nog voor je klaar.",
    "KEPT_AFTER_PAUSE": (
        "Je was een tijdje weg bij {draft}; ik heb het bewaard en bewaar het 7 dagen. Typ "
        "**verder** of klik hieronder om door te gaan."
    ),
    "GO_ON_BUTTON": "Verder met {draft}",
    "NOTHING_TO_GO_ON": "Er staat niets klaar om mee verder te gaan.",
    "DRAFT_FORM": "het formulier voor {name}",
    "DRAFT_EDIT": "de wijziging voor {name}",
    "DRAFT_OTHER": "je vorige vraag",
    "DRAFT_FORM_NAMELESS": "het formulier",
    "STILL_WAITING": (
        "{error} Ik wacht nog op je antwoord op de vraag hierboven. Even iets anders? Typ "
        "gewoon wat je wilt (bijvoorbeeld **logboek Jan** of **taken**): dit formulier blijft "
        "staan. **annuleer** stopt het."
    ),
    # The line of each command in the welcome and in help (key: COMMAND_ + dialog id).
    "COMMAND_HELP": "**help** – wat ik kan",
    "COMMAND_LOGBOOK": (
        "**logboek Jan de Vries** – het logboek van een leerling (filters: **urgent**, "
        "**verzuim**, **2025-2026**, **inclusief verlopen**)"
    ),
    "COMMAND_LOGBOOK_MORE": "**meer** – de volgende formulieren van het logboek",
    "COMMAND_LOGBOOK_DETAILS": "**details 3** – het derde formulier van het logboek, helemaal",
    "COMMAND_ADD_FORM": "**nieuw formulier** [leerling] – een formulier toevoegen aan het logboek",
    "COMMAND_QUICK_FORM": "**snel formulier** leerling – alles op één kaart",
    "COMMAND_EDIT_ENTRY": "**bewerk** [formulier] – een formulier wijzigen en voltooien",
    "COMMAND_EXPORT": (
        "**export Jan de Vries** – het hele dossier als bestand (inzage en afschrift)"
    ),
    "COMMAND_TASKS": "**taken** – je open acties uit het verzuimprotocol",
    "COMMAND_MY_STUDENTS": (
        "**mijn leerlingen** – je leerlingen met hun verzuim dit schooljaar, wie open "
        "acties heeft eerst"
    ),
    "COMMAND_TASK_DONE": "**gedaan** <taaknummer> – een actie uit het verzuimprotocol afvinken",
    "COMMAND_SIGNAL": (
        "**signaal Jan de Vries ziektebeeld onduidelijk** – een verzuimsignaal met de hand (of: "
        "bijzondere afspraken, zorgen, veel ongeoorloofd, combinatie)"
    ),
    # The add-form, quick-form and edit dialogs, in conversation order.
    "ASK_STUDENT": (
        "Over welke leerling gaat het? Typ (een deel van) de naam, de klas of het leerlingnummer."
    ),
    "STUDENT_NOT_FOUND": "Ik vind geen leerling bij '{typed}'.",
    "PICK_STUDENT": "Ik vond meerdere leerlingen. Welke bedoel je? Typ het nummer.",
    "DID_YOU_MEAN": (
        "Ik vind geen leerling bij '{typed}'. Bedoel je een van deze? Typ het nummer, of typ een "
        "andere naam."
    ),
    "ASK_FORM": (
        "Welk formulier wil je toevoegen voor **{student}**? Typ de naam of het nummer. Typ er "
        "**onder** achter om het onder een bestaand logboekitem te hangen."
    ),
    "NO_FORMS": "Je mag voor {student} geen formulieren toevoegen.",
    "UNKNOWN_CHOICE": (
        "Dat herken ik niet als keuze. Typ een nummer uit de lijst, bijvoorbeeld **1**."
    ),
    "ASK_PARENT": (
        "Onder welk logboekitem hoort het? Typ het nummer, of **los** voor een los formulier."
    ),
    "NO_PARENTS": "{student} heeft nog geen logboekitems; het wordt een los formulier.",
    "ASK_DESCRIPTION": (
        "Geef een korte omschrijving (hoogstens {limit} tekens): waar gaat het over?"
    ),
    "FIXED_DESCRIPTION": "Omschrijving: **{name}** (ligt vast voor dit formulier).",
    "ASK_EXPIRY": (
        "Tot wanneer blijft het zichtbaar? Standaard is dat **{default}**. Typ een datum "
        "(bijvoorbeeld 31-07-2028, 'volgend schooljaar', 'over 2 jaar') of kies **standaard**. "
        "**Alles standaard** neemt ook de standaard Let op, bijlage en toegang over."
    ),
    "DEFAULT_BUTTON": "Standaard: {default}",
    "ALL_DEFAULTS_BUTTON": "Alles standaard",
    "ASK_URGENT": (
        "Moet het formulier een **Let op** (uitroepteken) krijgen? Typ **ja** of **nee** "
        "(standaard nee)."
    ),
    "URGENT_NO": "Nee (standaard)",
    "URGENT_YES": "Ja, Let op",
    "YES_OR_NO": "Typ **ja** of **nee**.",
    "ASK_FIELD": "Vul in: **{label}**{choices}",
    "ASK_FIELDS_CARD": (
        "Vul het formulier in; typen kan ook, veld voor veld. Eerst: **{label}**{choices}"
    ),
    "ASK_ATTACHMENT": (
        "Wil je een bijlage toevoegen? Stuur het bestand hier in de chat, of kies **geen** "
        "(hoogstens {limit})."
    ),
    "NO_ATTACHMENT": "Geen bijlage",
    "ATTACHMENT_ADDED": "Bijlage: {name}",
    "SEND_A_FILE": "Stuur een bestand, of typ **geen**.",
    "LOCKED_ACCESS": "Toegang ligt vast voor dit formulier: {groups}.",
    "ASK_ACCESS": (
        "Wie mag het lezen? Standaard: **{groups}**. Kies **standaard**, of typ de groepen met "
        "komma's ertussen. Je kunt kiezen uit: {choosable}."
    ),
    "UNKNOWN_GROUPS": "Deze groepen ken ik niet of kun je niet kiezen: {names}.",
    "SUMMARY": "Klopt dit? Kies **opslaan**, **wijzigen** of **annuleer**.",
    "SAVE": "Opslaan",
    "CHANGE": "Wijzigen",
    "CANCEL": "Annuleren",
    "BACK": "Terug",
    "NEXT": "Verder",
    "ASK_WHICH_STEP": "Wat wil je wijzigen? Typ het nummer.",
    "SAVED": "Opgeslagen: **{form}** voor {student}.",
    "ALREADY_SAVED": (
        "Er staat niets klaar om op te slaan: dat formulier is al opgeslagen (of gestopt). Typ "
        "**nieuw formulier** voor een nieuw formulier."
    ),
    "ENTRY_NOT_FOUND": "Dat formulier is niet gevonden.",
    "EDIT_WHICH": (
        "Wat wil je veranderen aan **{form}** voor {student}? Kies, en daarna **voltooien** om "
        "op te slaan."
    ),
    "FINISH": "Voltooien",
    "NOT_EDITABLE": "Je mag dit formulier lezen, maar niet bewerken.",
    "EDIT_SAVED": "Opgeslagen; de vorige versie is bewaard.",
    "EDIT_UNCHANGED": "Er is niets veranderd.",
    "OLD_BUTTON": (
        "Die knop hoort bij een eerdere vraag. Beantwoord de laatste vraag, of typ **terug**."
    ),
    "QUICK_NEEDS_ONE": (
        "Noem één leerling, bijvoorbeeld **snel formulier 100001**. Met **nieuw formulier** zoek "
        "je vraag voor vraag."
    ),
    "QUICK_NO_FORMS": (
        "Voor deze leerling kun je geen formulier op één kaart maken; gebruik **nieuw "
        "formulier**."
    ),
    "QUICK_CARD": (
        "Nieuw formulier voor **{student}**: vul de kaart in en kies Opslaan. De toegang wordt "
        "de standaard."
    ),
    "QUICK_DESCRIPTION": "Omschrijving (niet nodig als die vastligt)",
    "QUICK_USE_CARD": (
        "Vul de kaart in en kies Opslaan, of typ **annuleer** en gebruik **nieuw formulier** om "
        "vraag voor vraag te werken."
    ),
    "HELP_TAIL": "Typ **terug** voor de vorige vraag of **annuleer** om te stoppen.",
    "UNDER_TOGGLE": "Onder een bestaand logboekitem",
    "LOOSE_FORM": "Los formulier",
    "YES": "ja",
    "NO": "nee",
    "L_STUDENT": "Leerling",
    "L_FORM": "Formulier",
    "L_PARENT": "Onder",
    "L_DESCRIPTION": "Omschrijving",
    "L_EXPIRY": "Verloopdatum",
    "L_URGENT": "Let op",
    "L_FIELDS": "Velden",
    "L_ATTACHMENT": "Bijlage",
    "L_ACCESS": "Toegang",
    "ASK_EDIT_ID": (
        "Welk formulier? Typ **bewerk** en het nummer van het formulier uit het logboek."
    ),
    # What `help` says at each step of the add-form dialog (key: STEP_HELP_ + step name).
    "STEP_HELP_STUDENT": (
        "Zoek de leerling op naam, klas of leerlingnummer. Je ziet alleen leerlingen met wie je "
        "te maken hebt."
    ),
    "STEP_HELP_FORM": (
        "Kies het soort formulier. Je ziet alleen formulieren die jouw rol mag toevoegen."
    ),
    "STEP_HELP_PARENT": (
        "Een formulier kan onder een bestaand logboekitem van deze leerling hangen."
    ),
    "STEP_HELP_DESCRIPTION": (
        "De omschrijving is de titel in het logboek: zeg kort waar het over gaat."
    ),
    "STEP_HELP_EXPIRY": (
        "Na de verloopdatum is het formulier niet meer zichtbaar (het wordt niet verwijderd)."
    ),
    "STEP_HELP_URGENT": "Let op zet het formulier bovenaan het logboek, met een uitroepteken.",
    "STEP_HELP_FIELDS": (
        "Vul de velden van het formulier in. Schrijf zo dat ouders en leerling het mogen lezen."
    ),
    "STEP_HELP_ATTACHMENT": "Stuur een bestand in deze chat om het als bijlage te bewaren.",
    "STEP_HELP_ACCESS": (
        "Kies welke groepen het formulier mogen lezen; wie het formulier mag maken, mag het "
        "altijd lezen."
    ),
    "STEP_HELP_CARD": (
        "Vul alle velden van de kaart in en kies Opslaan. Typen gaat met **nieuw formulier**."
    ),
    "STEP_HELP_SUMMARY": "Opslaan bewaart het formulier; wijzigen laat je een stap overdoen.",
    # The logbook card and the details of one form.
    "LOGBOOK_USAGE": (
        "Welke leerling? Typ bijvoorbeeld **logboek Jan de Vries**, **logboek 2A Jan** of "
        "**logboek 100001**. Filters achteraan: **urgent**, **verzuim**, een schooljaar "
        "(**2025-2026**) of **inclusief verlopen**."
    ),
    "NOT_FOUND": "Geen leerling gevonden. Controleer de naam, de klas of het leerlingnummer.",
    "LOGBOOK_DID_YOU_MEAN": "Geen leerling gevonden. Bedoel je…?",
    "CHOOSE": "Meerdere leerlingen gevonden. Welke bedoel je?",
    "NO_LAST_LOGBOOK": "Vraag eerst een logboek op, bijvoorbeeld **logboek Jan de Vries**.",
    "LAST_PAGE": "Dit was de laatste pagina van het logboek.",
    "NO_SUCH_POSITION": (
        "Er staat geen formulier {position} op deze pagina. Kies een nummer van 1 tot en met "
        "{count}."
    ),
    "DETAILS_USAGE": "Welk formulier? Typ **details 1** voor het eerste formulier op de pagina.",
    "LOGBOOK": "Logboek {name}",
    "CLASS": "Klas",
    "NUMBER": "Leerlingnummer",
    "MENTORS": "Mentor",
    "NONE": "geen",
    "FILTERS": "Filter",
    "FILTER_URGENT": "alleen Let op",
    "FILTER_ABSENCE": "verzuim",
    "FILTER_YEAR": "schooljaar {year}",
    "FILTER_EXPIRED": "inclusief verlopen",
    "OPEN_ACTIONS": "Lopende verzuimacties",
    "RECENT": "Wie is nu met {name} bezig",
    "NOBODY_RECENT": "De laatste tijd heeft niemand iets geschreven dat jij kunt lezen.",
    "EMPTY": "Geen formulieren gevonden.",
    "URGENT": "Let op",
    "WRITTEN": "{author} ({role}) · {date} · verloopt {expires}",
    "EXPIRED_ON": "verlopen op {date}",
    "MORE_CHILDREN": "+ nog {count} formulier(en) onder dit item: typ **details {position}**",
    "PAGE": (
        "Pagina {page} van {pages} · {total} item(s). Typ **details <nummer>** voor een "
        "formulier{more}."
    ),
    "PAGE_MORE": " of **meer** voor de volgende {size}",
    "BUTTON_MORE": "Meer",
    "LOGBOOK_BUTTON_EXPORT": "Exporteer dossier",
    "LOGBOOK_BUTTON_LOGBOOK": "Logboek",
    "BUTTON_EDIT": "Bewerk",
    "BUTTON_BACK": "Terug naar logboek",
    "WRITTEN_BY": "Geschreven door",
    "DATE": "Datum",
    "UPDATED": "Laatst gewijzigd",
    "EXPIRES": "Verloopdatum",
    "ACCESS": "Toegang",
    "ATTACHMENTS": "Bijlagen",
    "CUT": "(ingekort: de volledige tekst staat in de export)",
    # `export <student>`, the file offer and who may receive a copy (RECIPIENTS_*).
    "EXPORT_USAGE": "Van welke leerling? Typ bijvoorbeeld **export Jan de Vries**.",
    # The export holds what its maker may read; this says what else the file holds.
    "EXPORT_LEFT_OUT": "Niet in deze export (je mag ze niet lezen):",
    "EXPORT_LEFT_OUT_LINE": "- {count} × {form}: te exporteren door {roles}",
    "EXPORT_LEFT_OUT_NOBODY": "- {count} × {form}: door geen rol die mag exporteren te lezen",
    "OFFER": (
        "Het dossier van {name} ({count} formulieren, ook verlopen formulieren en wijzigingen) "
        "staat klaar als {file}. Kies **Toestaan** om het in je OneDrive te "
        "zetten.\n\n{recipients}"
    ),
    "CONSENT": "Leerlingdossier {name} (inzage en afschrift)",
    "UPLOADED": "Het dossier staat in je OneDrive. Geef het alleen aan wie een kopie mag krijgen.",
    "UPLOAD_FAILED": (
        "Het uploaden naar je OneDrive is niet gelukt. Probeer **export {number}** zo nog eens."
    ),
    "DECLINED": "Prima, ik heb het dossier niet verstuurd. Er is niets opgeslagen.",
    "GONE": "Dit dossier is niet meer beschikbaar. Vraag het opnieuw op met **export**.",
    "EXPORT_BUTTON_EXPORT": "Exporteer",
    "RECIPIENTS_UNKNOWN_AGE": (
        "Let op: de geboortedatum is onbekend. Ga zelf na wie een kopie mag krijgen: de ouders "
        "tot 16 jaar, vanaf 16 de leerling, vanaf 18 de ouders alleen met toestemming van de "
        "leerling."
    ),
    "RECIPIENTS_PARENTS": "Een kopie mag naar de ouders (de leerling is jonger dan 16).",
    "RECIPIENTS_STUDENT_AND_PARENTS": "Een kopie mag naar de leerling en naar de ouders.",
    "RECIPIENTS_STUDENT": (
        "Een kopie mag naar de leerling; naar de ouders alleen met toestemming van de leerling "
        "(18 jaar of ouder)."
    ),
    # Absence prompts, tasks and their headlines (HEADLINE_ + RuleId name; {n}, {topic}).
    "HEADING": "{name} ({klass})",
    "LAST_DATES": "Laatste data: {dates}",
    "YOUR_ACTIONS": "Jouw acties",
    "OTHER_ACTIONS": "Anderen",
    "DUE": "uiterlijk {day}",
    "OVERDUE": "te laat: uiterlijk {day}",
    "IF_CONCERNS": " (bij zorgen)",
    "DONE_BY": "✔ gedaan door {name} op {at}",
    "OPEN": "open",
    "BUTTON_DONE": "Gedaan",
    "BUTTON_REPORT": "Verslag in logboek",
    "PROMPT_BUTTON_LOGBOOK": "Logboek bekijken",
    "NOTE_REMINDER": "Herinnering: deze actie is over de datum.",
    "NOTE_OVERDUE": "Nog niet gedaan na een herinnering ({about}).",
    "NOTE_UNDELIVERABLE": (
        "Dit bericht kon niet bezorgd worden bij {about}; jij krijgt het in plaats daarvan."
    ),
    "DIGEST": "Buiten schooltijd binnengekomen: {count} berichten.",
    "DIGEST_MORE": "En nog {count}: typ **taken** voor alles.",
    "PROMPT_SUMMARY": "Verzuimsignaal: {name}",
    "TASK_DONE": "Gedaan: {action} ({name}).",
    "TASK_BLOCKED": "Dat kan nog niet: eerst moet dit gebeuren: {first}",
    "TASK_NOT_FOUND": "Die taak ken ik niet.",
    "TASK_NOT_YOURS": "Deze taak is voor de {role}, niet voor jou.",
    "TASK_USAGE": "Gebruik: **gedaan** <taaknummer>, of de knop op het bericht.",
    "NO_TASKS": "Je hebt geen open taken.",
    "TASKS_HEADING": "Je open taken ({count})",
    "HEADLINE_LATE": "{n}e keer te laat dit schooljaar",
    "HEADLINE_REMOVED": "{n}e keer uit de les gestuurd dit schooljaar",
    "HEADLINE_TRUANCY": "{n} uur ongeoorloofd afwezig dit schooljaar",
    "HEADLINE_TRUANCY_DAYS": "{n} dagen achter elkaar ongeoorloofd afwezig",
    "HEADLINE_SICK_DAYS": "{n} schooldagen achter elkaar ziek",
    "HEADLINE_SICK_REPORTS": "{n} ziekmeldingen in korte tijd",
    "HEADLINE_SICK_PATTERN": "vast patroon: {n} ziekmeldingen op dezelfde weekdag",
    "HEADLINE_SICK_HOURS": "meer dan {n} uur ziek dit schooljaar",
    "HEADLINE_DUO_16_HOURS": "{n} uur ongeoorloofd verzuim binnen 4 schoolweken (DUO-melding)",
    "HEADLINE_UNAUTHORIZED_LEAVE": "luxe verzuim (DUO-melding)",
    "HEADLINE_MANUAL": "signaal: {topic}",
    # `signaal <student> <topic>`: a signal raised by hand.
    "SIGNAL_USAGE": (
        "Typ bijvoorbeeld **signaal Jan de Vries ziektebeeld onduidelijk** of **signaal Jan de "
        "Vries bijzondere afspraken**."
    ),
    "WHICH_TOPIC": "Welk signaal wil je geven voor {name}?",
    "RAISED": "Signaal **{topic}** voor {name} vastgelegd. Taken:\n\n{tasks}",
    "SIGNAL_NOT_ALLOWED": (
        "Alleen de verzuimcoördinator, het IOT of een mentor van de leerling kan een signaal "
        "geven."
    ),
    "ALREADY": "Dit signaal is vandaag al gegeven voor {name}.",
    # Refusals: domain error codes (domain/errors.py); values fill the braces.
    "NO_STUDENT_FOUND": "Geen leerling gevonden.",
    "REQUEST_OF_SOMEONE_ELSE": "Deze opslagaanvraag hoort bij iemand anders.",
    "FORM_NOT_ALLOWED": "Je mag geen '{form}' toevoegen voor {student}.",
    "PARENT_IS_A_CHILD": (
        "Voeg het formulier toe onder het logboekitem zelf, niet onder een formulier dat er al "
        "onder hangt."
    ),
    "ONE_PER_STUDENT": (
        "{student} heeft al een '{form}': er is er één per leerling. Wil je dat formulier "
        "bewerken?"
    ),
    "ONE_PER_SCHOOL_YEAR": (
        "{student} heeft in {year} al een '{form}'. Bewerk dat formulier in plaats van een nieuw "
        "te maken."
    ),
    "DESCRIPTION_MISSING": "Geef een omschrijving: waar gaat het over?",
    "DESCRIPTION_TOO_LONG": "De omschrijving is {length} tekens; het maximum is {limit}.",
    "EXPIRY_IN_PAST": (
        "De verloopdatum {expires_on:%d-%m-%Y} ligt in het verleden. Kies vandaag "
        "({today:%d-%m-%Y}) of later."
    ),
    "ACCESS_LOCKED": "De toegang van '{form}' ligt vast en kan niet veranderen.",
    "ACCESS_NOT_CHOOSABLE": "Deze groepen kun je niet kiezen voor '{form}': {groups}.",
    "UNKNOWN_FIELDS": "'{form}' heeft geen veld {fields}.",
    "FIELDS_MISSING": "Vul nog in: {fields}.",
    "FIELD_NOT_A_CHOICE": "Kies bij '{label}' uit: {choices}.",
    "ATTACHMENT_TOO_LARGE": (
        "'{name}' is {size:.1f} MB; bijlagen mogen hoogstens {limit:.1f} MB zijn."
    ),
    "ATTACHMENT_EMPTY": "'{name}' heeft geen inhoud en geen link.",
    "EXPORT_NOT_ALLOWED": (
        "Een dossier exporteren is voorbehouden aan teamleider, MT en zorgondersteuning."
    ),
    "EXPIRED_NOT_ALLOWED": (
        "Verlopen formulieren zijn alleen te zien voor teamleider, MT en zorgondersteuning."
    ),
    "FIELD_REQUIRED": "Vul '{label}' in.",
    "FIELD_NOT_A_DATE": (
        "'{typed}' is geen datum voor '{label}'. Typ bijvoorbeeld {today:%d-%m-%Y}."
    ),
    "FIELD_NOT_A_TIME": "'{typed}' is geen tijd voor '{label}'. Typ bijvoorbeeld 10:45.",
    "FIELD_UNKNOWN_CHOICE": "Kies bij '{label}' een nummer of een van: {choices}.",
    # Refused expiry dates: each ends with the example.
    "DATE_IN_PAST": "{day:%d-%m-%Y} ligt in het verleden. " + _EXAMPLE,
    "CAREER_END_UNKNOWN": (
        "De verwachte einddatum van de schoolloopbaan van {student} is niet bekend. "
    ) + _EXAMPLE,
    "NOT_A_DATE": "'{typed}' is geen datum. " + _EXAMPLE,
    "DATE_DOES_NOT_EXIST": "'{typed}' bestaat niet. " + _EXAMPLE,
    "DATE_NEEDS_DAY_AND_MONTH": "Noem een dag en een maand in '{typed}'. " + _EXAMPLE,
    "DAY_DOES_NOT_EXIST": "{day:02d}-{month:02d} bestaat niet. " + _EXAMPLE,
    # The message action "Toevoegen aan logboek" (dialogs/message_action).
    "MESSAGE_ACTION_TITLE": "Toevoegen aan logboek",
    "MESSAGE_ACTION_NO_FORMS": (
        "Vanuit een bericht kun je geen logboekformulier toevoegen: je rol mag geen "
        "formulieren met een vrije tekst maken. Denk je dat dit niet klopt? Vraag het de "
        "applicatiebeheerder van je school."
    ),
    "MESSAGE_ACTION_UNKNOWN_COMMAND": "Deze actie ken ik niet.",
    "MESSAGE_ACTION_INTRO": (
        "Dit bericht als formulier in het logboek van een leerling. Controleer en kies Opslaan."
    ),
    "MESSAGE_ACTION_L_STUDENT_TYPED": "Leerling (naam, klas of leerlingnummer)",
    "MESSAGE_ACTION_NOBODY_NAMED": (
        "In het bericht herken ik geen leerling van jou: typ de naam of het leerlingnummer."
    ),
    "MESSAGE_ACTION_L_EXPIRY_DEFAULT": "Verloopdatum (leeg: de standaarddatum)",
    "MESSAGE_ACTION_FROM_MESSAGE": "Uit een Teams-bericht van {author}, {when}:",
    "MESSAGE_ACTION_SOMEONE": "onbekende afzender",
    "MESSAGE_ACTION_CHOOSE_STUDENT": "Kies de leerling.",
    "MESSAGE_ACTION_PICK_STUDENT": "Bij '{typed}' vond ik meerdere leerlingen: kies er één.",
    "MESSAGE_ACTION_DID_YOU_MEAN": (
        "Ik vind geen leerling bij '{typed}'. Bedoel je een van deze?"
    ),
    "MESSAGE_ACTION_CHOOSE_FORM": "Kies een formulier.",
    "MESSAGE_ACTION_BAD_DATE": "De verloopdatum '{typed}' is geen datum.",
    "MESSAGE_ACTION_SAVED": (
        "Opgeslagen in het logboek van {student}: {form}. Je vindt het formulier in je "
        "persoonlijke chat met de LVS-bot."
    ),
    "MESSAGE_ACTION_SAVED_NO_CHAT": (
        "Opgeslagen in het logboek van {student}: {form}. Open een chat met de LVS-bot om het "
        "te bekijken."
    ),
    "MESSAGE_ACTION_SAVED_HERE": "Je hebt dit formulier toegevoegd vanuit een Teams-bericht.",
    # The terminal chat (lvsbot chat).
    "TERMINAL_WELCOME": "Je chat als {name}. Typ 'help'; Ctrl-D of 'exit' stopt.",
    # Refusals of the command line (bot/commands).
    "NO_STAFF_WITH_EMAIL": "Geen medewerker met e-mailadres {email}.",
    # The absence picture on the logbook card (dialogs/logbook/absence_card.py).
    "PICTURE_HEADING": "Verzuim dit schooljaar ({year}), per week",
    "PICTURE_ALT": (
        "Verzuim per week in schooljaar {year}. Te laat: {late}; spijbeluren: {truancy:g}; "
        "ziekdagen: {sick}; uit de les gestuurd: {removed}; drempels van het verzuimprotocol "
        "bereikt: {marks}."
    ),
    "PICTURE_LANE_LATE": "Te laat: {n:g}",
    "PICTURE_LANE_TRUANCY": "Spijbeluren: {n:g}",
    "PICTURE_LANE_SICK": "Ziekdagen: {n:g}",
    "PICTURE_LANE_REMOVED": "Uitgestuurd: {n:g}",
    "PICTURE_LANE_MARKS": "Drempel bereikt: {n}",
    # `mijn leerlingen` (dialogs/my_students_*.py).
    "MY_STUDENTS_HEADING": "Mijn leerlingen ({count})",
    "MY_STUDENTS_YEAR": (
        "Schooljaar {year}: te laat · spijbeluren · ziekdagen · uitgestuurd. Eerst wie acties "
        "over de datum heeft, dan wie open acties heeft."
    ),
    "MY_STUDENTS_COUNTS": "{late} · {truancy:g} · {sick} · {removed}",
    "MY_STUDENTS_WORK": "{open} open, {overdue} over de datum",
    "MY_STUDENTS_OPEN": "{open} open",
    "MY_STUDENTS_NO_WORK": "geen open acties",
    "MY_STUDENTS_MORE": (
        "En nog {count} leerlingen. Typ **logboek** met een naam voor een leerling, of "
        "**taken** voor je acties."
    ),
    "MY_STUDENTS_NONE": "Er zijn nu geen leerlingen voor je in deze lijst.",
    "MY_STUDENTS_NOT_FOR_YOU": (
        "Deze lijst is er voor mentoren (hun mentorleerlingen) en voor de verzuimcoördinator, "
        "teamleider en coördinator leerlingzaken (de leerlingen van hun locatie met open "
        "verzuimsignalen)."
    ),
    "MY_STUDENTS_BUTTON_LOGBOOK": "Logboek",
}

# The words staff type: commands (COMMAND_ + dialog id) and answers. Matching accepts
# the words of every language (dialogs.texts.typed_words); folded: lower case, no accents.
KEYWORDS: Final[dict[str, tuple[str, ...]]] = {
    "COMMAND_HELP": ("help", "hulp", "?", "opdrachten"),
    "COMMAND_LOGBOOK": ("logboek", "toon logboek van", "toon logboek"),
    "COMMAND_LOGBOOK_MORE": ("meer", "volgende"),
    "COMMAND_LOGBOOK_DETAILS": ("details", "detail", "bekijk"),
    "COMMAND_ADD_FORM": ("nieuw formulier", "nieuw"),
    "COMMAND_QUICK_FORM": ("snel formulier", "snel"),
    "COMMAND_EDIT_ENTRY": ("bewerk", "bewerken"),
    "COMMAND_EXPORT": ("export", "exporteer", "exporteer dossier", "dossier export"),
    "COMMAND_TASKS": ("mijn taken", "taken"),
    "COMMAND_MY_STUDENTS": ("mijn leerlingen",),
    "COMMAND_TASK_DONE": ("gedaan",),
    "COMMAND_SIGNAL": ("signaal",),
    "COMMAND_ALREADY_SAVED": ("opslaan", "voltooien"),
    "CANCEL": ("annuleer", "annuleren", "stop"),
    "HELP": ("help", "hulp", "?"),
    "BACK": ("terug", "vorige"),
    "YES": ("ja", "j", "ja let op", "let op"),
    "NO": ("nee", "n", "standaard", "ok"),
    "DEFAULT": ("standaard", "ok", "akkoord"),
    "ALL_DEFAULTS": ("alles standaard", "standaard alles"),
    "NO_ATTACHMENT": ("geen", "nee", "overslaan", "geen bijlage"),
    "UNDER": ("onder",),
    "SAVE": ("opslaan", "ja"),
    "CHANGE": ("wijzigen", "wijzig"),
    "FINISH": ("voltooien", "voltooi", "klaar"),
    "FILTER_URGENT": ("urgent", "let op", "letop", "dringend"),
    "FILTER_ABSENCE": ("verzuim",),
    "FILTER_EXPIRED": ("inclusief verlopen", "incl verlopen", "incl. verlopen", "met verlopen"),
    # Free phrasing (dialogs/understanding): PHRASES_ name a command, HINTS_ only hint at
    # one ("toon"), FILLERS carry no meaning and are never taken for a name.
    "PHRASES_ADD_FORM": (
        "nieuw formulier", "nieuw", "nieuwe", "noteer", "noteren", "notitie", "nieuwe notitie",
        "verslag", "verslagje", "schrijf", "schrijven", "opschrijven", "vastleggen", "leg vast",
        "toevoegen", "voeg toe", "invullen", "vul in", "aantekening", "registreer", "registreren",
    ),
    "PHRASES_CANCEL": (
        "annuleer", "annuleren", "stop", "stoppen", "laat maar", "hou op", "afbreken", "breek af",
        "niet meer", "vergeet het",
    ),
    "PHRASES_EDIT_ENTRY": (
        "bewerk", "bewerken", "wijzig", "wijzigen", "aanpassen", "pas aan", "verander",
        "veranderen", "corrigeer", "verbeter",
    ),
    "PHRASES_EXPORT": (
        "export", "exporteer", "exporteren", "exporteer dossier", "dossier export", "inzage",
        "afschrift", "kopie van het dossier", "kopie dossier", "download",
    ),
    "PHRASES_GO_ON": (
        "verder", "ga verder", "doorgaan", "ga door", "hervat", "hervatten",
        "verder met het formulier", "verder met formulier", "terug naar het formulier",
    ),
    "PHRASES_HELP": (
        "help", "hulp", "helpen", "opdrachten", "uitleg", "wat kun je", "wat kan je",
        "wat kun jij", "wat kan jij", "wat kun je allemaal", "hoe werkt", "hoe werk je",
        "handleiding", "instructies",
    ),
    "PHRASES_LOGBOOK": (
        "logboek", "logboeken", "dossier", "leerlingdossier", "notities", "aantekeningen",
        "wat weten we over", "wat weten we van", "wat is er bekend over", "wat staat er over",
        "wat staat er in het logboek", "wie is", "info over", "informatie over", "gegevens van",
        "voorgeschiedenis",
    ),
    "PHRASES_LOGBOOK_DETAILS": ("details", "detail", "helemaal lezen", "lees helemaal"),
    "PHRASES_LOGBOOK_MORE": ("meer", "volgende", "volgende pagina", "nog meer", "verder lezen"),
    "PHRASES_MY_STUDENTS": (
        "mijn leerlingen", "mijn mentorleerlingen", "wie zijn mijn leerlingen", "mijn klas",
        "mijn mentorklas", "overzicht van mijn klas", "mijn mentees",
    ),
    "PHRASES_QUICK_FORM": (
        "snel formulier", "snelle notitie", "snel formulier voor", "kort formulier",
        "snelle invoer", "in een keer", "op een kaart",
    ),
    "PHRASES_SIGNAL": ("signaal", "signaleer", "signaleren", "verzuimsignaal", "melding maken"),
    "PHRASES_TASK_DONE": ("gedaan", "afgerond", "afvinken", "vink af"),
    "PHRASES_TASKS": (
        "taken", "mijn taken", "taak", "acties", "mijn acties", "actiepunten",
        "openstaande acties", "wat moet ik doen", "wat moet ik nog doen", "moet ik doen",
        "nog doen", "te doen", "todo", "to do", "wat staat er open", "werklijst",
    ),
    "HINTS_ADD_FORM": ("formulier",),
    "HINTS_GREETING": (
        "hoi", "hallo", "hey", "hee", "hi", "goedemorgen", "goedemiddag", "goedenavond", "dag",
        "yo",
    ),
    "HINTS_LOGBOOK": (
        "toon", "laat zien", "bekijk", "bekijken", "lees", "open", "openen", "opzoeken", "zoek",
        "zoek op", "check",
    ),
    "HINTS_QUICK_FORM": ("snel",),
    "SIGNAL_TOPICS": ("ziektebeeld onduidelijk", "bijzondere afspraken"),
    "FILLERS": (
        "aan", "al", "alle", "alles", "alsjeblieft", "alstublieft", "aub", "bedankt", "bekend",
        "bij", "daar", "dan", "dank", "dat", "de", "deze", "die", "dit", "een", "eens", "effe",
        "en", "er", "even", "eventjes", "ff", "geef", "geven", "graag", "haar", "heb", "hebt",
        "heeft", "hem", "het", "hier", "hij", "hoe", "iets", "ik", "in", "is", "ja", "je", "jij",
        "jouw", "kan", "kon", "kun", "kunt", "laat", "laten", "leerling", "leerlingen", "maar",
        "mag", "me", "met", "mij", "mijn", "misschien", "mogen", "naar", "nee", "niet", "nog",
        "nu", "of", "ok", "okay", "oke", "om", "ook", "op", "over", "please", "pupil", "snelle",
        "staan", "staat", "student", "studenten", "svp", "te", "thanks", "toch", "tot", "u",
        "van", "voor", "waar", "was", "wat", "we", "wel", "welke", "weten", "wie", "wij", "wil",
        "wilde", "wilt", "ze", "zien", "zij", "zijn", "zou", "zouden",
    ),
}
