"""Which commands the bot knows, and the dialog behind each: one list, read by help too."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from botbuilder.dialogs import Dialog

from dialogs.commands import Command
from dialogs.context import Services
from dialogs.help_dialog import HELP, HelpDialog
from dialogs.main_dialog import MainDialog
from dialogs.task_done_dialog import TASK_DONE, TaskDoneDialog
from dialogs.tasks_dialog import TASKS, TasksDialog
from domain.notify.ports import NotifyUnitOfWork


def build_dialogs(services: Services) -> tuple[MainDialog, list[Command]]:
    commands: list[Command] = []
    notify_uow = cast(Callable[[], NotifyUnitOfWork], services.uow)  # SqlUnitOfWork has both
    entries: list[tuple[Command, Dialog]] = [
        (HELP, HelpDialog(lambda: commands)),
        (TASKS, TasksDialog(services, notify_uow)),
        (TASK_DONE, TaskDoneDialog(services, notify_uow)),
    ]
    commands.extend(command for command, _ in entries)
    return MainDialog(entries), commands
