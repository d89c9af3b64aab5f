"""Which commands the bot knows, and the dialog behind each: one list, read by help too."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from botbuilder.dialogs import Dialog

from dialogs.add_form.add_form_dialog import ADD_FORM, AddFormDialog
from dialogs.add_form.already_saved_dialog import ALREADY_SAVED, AlreadySavedDialog
from dialogs.add_form.quick_form_dialog import QUICK_FORM, QuickFormDialog
from dialogs.common.commands import Command
from dialogs.common.context import Services
from dialogs.edit.edit_entry_dialog import EDIT_ENTRY, EditEntryDialog
from dialogs.export.export_dialog import EXPORT, ExportDialog
from dialogs.export.file_offer import FileOffers
from dialogs.help_dialog import HELP, HelpDialog
from dialogs.logbook.details_dialog import DETAILS, DetailsDialog
from dialogs.logbook.logbook_dialog import LOGBOOK, MORE, LogbookDialog, MoreDialog
from dialogs.main_dialog import MainDialog
from dialogs.my_students.my_students_dialog import MY_STUDENTS, MyStudentsDialog
from dialogs.tasks.signal_dialog import SIGNAL, SignalDialog
from dialogs.tasks.task_done_dialog import TASK_DONE, TaskDoneDialog
from dialogs.tasks.tasks_dialog import TASKS, TasksDialog
from domain.absence.protocol import Protocol
from domain.notify.ports import NotifyUnitOfWork


def build_dialogs(
    services: Services, offers: FileOffers, protocol: Protocol
) -> tuple[MainDialog, list[Command]]:
    commands: list[Command] = []
    notify_uow = cast(Callable[[], NotifyUnitOfWork], services.uow)  # SqlUnitOfWork has both
    entries: list[tuple[Command, Dialog]] = [
        (HELP, HelpDialog(lambda: commands)),
        (LOGBOOK, LogbookDialog(services)),
        (MORE, MoreDialog(services)),
        (DETAILS, DetailsDialog(services)),
        (ADD_FORM, AddFormDialog(services)),
        (QUICK_FORM, QuickFormDialog(services)),
        (EDIT_ENTRY, EditEntryDialog(services)),
        (EXPORT, ExportDialog(services, offers)),
        (SIGNAL, SignalDialog(services, protocol)),
        (TASKS, TasksDialog(services, notify_uow)),
        (MY_STUDENTS, MyStudentsDialog(services)),
        (TASK_DONE, TaskDoneDialog(services, notify_uow)),
        (ALREADY_SAVED, AlreadySavedDialog()),
    ]
    commands.extend(command for command, _ in entries)
    return MainDialog(entries, services), commands
