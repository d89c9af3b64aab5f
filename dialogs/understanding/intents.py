"""The intents a message can carry: the dialog ids of the commands, plus two the main
dialog answers itself (stop what is running, go on with a kept draft)."""

from __future__ import annotations

from typing import Final

HELP: Final = "help"
LOGBOOK: Final = "logbook"
MORE: Final = "logbook_more"
DETAILS: Final = "logbook_details"
ADD_FORM: Final = "add_form"
QUICK_FORM: Final = "quick_form"
EDIT: Final = "edit_entry"
EXPORT: Final = "export"
SIGNAL: Final = "signal"
TASKS: Final = "tasks"
TASK_DONE: Final = "task_done"
MY_STUDENTS: Final = "my_students"
CANCEL: Final = "cancel"
GO_ON: Final = "go_on"
GREETING: Final = "greeting"  # "hoi": answered with what the bot can do

# Intents that may interrupt a running dialog (the draft is kept). Not: edit, done and
# save, whose words ("wijzigen", "klaar", "opslaan") are also answers inside dialogs.
INTERRUPTING: Final = frozenset({HELP, LOGBOOK, MORE, DETAILS, ADD_FORM, QUICK_FORM, EXPORT,
                                 SIGNAL, TASKS, MY_STUDENTS})
# Intents whose words name a student (then filters or a topic).
TAKES_STUDENT: Final = frozenset({LOGBOOK, ADD_FORM, QUICK_FORM, EXPORT, SIGNAL})
# Intents that take no student: a name with them means its logbook ("meer over Jan").
WITHOUT_STUDENT: Final = frozenset({MORE, GREETING})
