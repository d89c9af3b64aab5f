"""`opslaan` / `voltooien` when no form is waiting: a retried or second click on a summary's
Opslaan after its dialog ended. Nothing is saved twice; the user hears it is already done."""

from __future__ import annotations

from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common.commands import Command
from dialogs.common.context import language
from dialogs.texts import say

ALREADY_SAVED = Command(
    "already_saved", for_roles=frozenset(),  # never listed in help: it only answers stray clicks
)


class AlreadySavedDialog(Dialog):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(ALREADY_SAVED.dialog_id)

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        await dc.context.send_activity(say(language(dc.context), "ALREADY_SAVED"))
        return await dc.end_dialog()
