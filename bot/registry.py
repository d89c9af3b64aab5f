"""Which commands the bot knows, and the dialog behind each: one list, read by help too."""

from __future__ import annotations

from botbuilder.dialogs import Dialog

from dialogs.commands import Command
from dialogs.context import Services
from dialogs.help_dialog import HELP, HelpDialog
from dialogs.main_dialog import MainDialog


def build_dialogs(services: Services) -> tuple[MainDialog, list[Command]]:
    commands: list[Command] = []
    entries: list[tuple[Command, Dialog]] = [
        (HELP, HelpDialog(lambda: commands)),
    ]
    commands.extend(command for command, _ in entries)
    return MainDialog(entries), commands
