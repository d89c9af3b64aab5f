"""Texts of the absence prompts and task commands: (Dutch, English) per key."""

from __future__ import annotations

from dialogs.texts import Table
from domain.absence.protocol import RuleId

TEXTS: Table = {
    "HEADING": ("{name} ({klass})", "{name} ({klass})"),
    "LAST_DATES": ("Laatste data: {dates}", "Most recent: {dates}"),
    "YOUR_ACTIONS": ("Jouw acties", "Your actions"),
    "OTHER_ACTIONS": ("Anderen", "Others"),
    "DUE": ("uiterlijk {day}", "by {day}"),
    "OVERDUE": ("te laat: uiterlijk {day}", "overdue: due {day}"),
    "IF_CONCERNS": (" (bij zorgen)", " (if there are concerns)"),
    "DONE_BY": ("✔ gedaan door {name} op {at}", "✔ done by {name} on {at}"),
    "OPEN": ("open", "open"),
    "BUTTON_DONE": ("Gedaan", "Done"),
    "BUTTON_REPORT": ("Verslag in logboek", "Report in logbook"),
    "BUTTON_LOGBOOK": ("Logboek bekijken", "View logbook"),
    "NOTE_REMINDER": ("Herinnering: deze actie is over de datum.",
                      "Reminder: this action is past its due date."),
    "NOTE_OVERDUE": ("Nog niet gedaan na een herinnering ({about}).",
                     "Still not done after a reminder ({about})."),
    "NOTE_UNDELIVERABLE": ("Dit bericht kon niet bezorgd worden bij {about}; "
                           "jij krijgt het in plaats daarvan.",
                           "This message could not be delivered to {about}; "
                           "you receive it instead."),
    "DIGEST": ("Buiten schooltijd binnengekomen: {count} berichten.",
               "Arrived outside school hours: {count} messages."),
    "DIGEST_MORE": ("En nog {count}: typ **taken** voor alles.",
                    "And {count} more: type **tasks** for all of them."),
    "SUMMARY": ("Verzuimsignaal: {name}", "Absence signal: {name}"),
    "TASK_DONE": ("Gedaan: {action} ({name}).", "Done: {action} ({name})."),
    "TASK_BLOCKED": ("Dat kan nog niet: eerst moet dit gebeuren: {first}",
                     "Not yet: this must happen first: {first}"),
    "TASK_NOT_FOUND": ("Die taak ken ik niet.", "I do not know that task."),
    "TASK_NOT_YOURS": ("Deze taak is voor de {role}, niet voor jou.",
                       "This task is for the {role}, not for you."),
    "TASK_USAGE": ("Gebruik: **gedaan** <taaknummer>, of de knop op het bericht.",
                   "Use: **done** <task number>, or the button on the message."),
    "NO_TASKS": ("Je hebt geen open taken.", "You have no open tasks."),
    "TASKS_HEADING": ("Je open taken ({count})", "Your open tasks ({count})"),
}

HEADLINES: dict[RuleId, tuple[str, str]] = {
    RuleId.LATE: ("{n}e keer te laat dit schooljaar", "late {n} times this school year"),
    RuleId.REMOVED: ("{n}e keer uit de les gestuurd dit schooljaar",
                     "sent out of class {n} times this school year"),
    RuleId.TRUANCY: ("{n} lesuren ongeoorloofd afwezig dit schooljaar",
                     "{n} lesson hours of truancy this school year"),
    RuleId.TRUANCY_DAYS: ("{n} dagen achter elkaar ongeoorloofd afwezig",
                          "{n} days of truancy in a row"),
    RuleId.SICK_DAYS: ("{n} schooldagen achter elkaar ziek", "sick {n} school days in a row"),
    RuleId.SICK_REPORTS: ("{n} ziekmeldingen in korte tijd",
                          "{n} sick reports in a short period"),
    RuleId.SICK_PATTERN: ("vast patroon: {n} ziekmeldingen op dezelfde weekdag",
                          "a pattern: {n} sick reports on the same weekday"),
    RuleId.SICK_HOURS: ("meer dan {n} uur ziek dit schooljaar",
                        "more than {n} hours sick this school year"),
    RuleId.DUO_16_HOURS: ("{n} uur ongeoorloofd verzuim binnen 4 schoolweken (DUO-melding)",
                          "{n} hours of unauthorised absence within 4 school weeks (DUO)"),
    RuleId.UNAUTHORIZED_LEAVE: ("luxe verzuim (DUO-melding)",
                                "unauthorised holiday leave (DUO report)"),
    RuleId.MANUAL: ("signaal: {topic}", "signal: {topic}"),
}


def headline(rule: RuleId, threshold: int, topic: str, lang: str) -> str:
    dutch, english = HEADLINES[rule]
    text = (english if lang == "en" else dutch).format(n=threshold, topic=topic)
    return text[:1].upper() + text[1:]
