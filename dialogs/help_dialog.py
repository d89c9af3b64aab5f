"""`help` / `hulp`: the commands this staff member can use, in one message."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common.commands import Command, help_lines
from dialogs.common.context import current_staff, language
from dialogs.texts import say

HELP = Command("help")


class HelpDialog(Dialog):  # type: ignore[misc]
    """One step: send the command list, end."""

    def __init__(self, commands: Callable[[], Sequence[Command]]) -> None:
        super().__init__(HELP.dialog_id)
        self._commands = commands

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        lang = language(dc.context)
        lines = help_lines(self._commands(), current_staff(dc.context).roles, lang)
        await dc.context.send_activity(say(lang, "HELP", commands=lines))
        return await dc.end_dialog()
