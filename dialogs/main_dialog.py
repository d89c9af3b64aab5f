"""The root of every conversation: reads the command and starts its dialog.

    message ──▶ _route ──▶ (known command) begin its dialog ──▶ _finish
                      └──▶ (anything else) a short hint, never an error
"""

from __future__ import annotations

from collections.abc import Sequence

from botbuilder.dialogs import (
    ComponentDialog,
    Dialog,
    DialogTurnResult,
    WaterfallDialog,
    WaterfallStepContext,
)

from dialogs.common.commands import Command, match_command
from dialogs.common.context import language, submitted, typed_or_submitted_text
from dialogs.texts import say

ROUTE = "route"


class MainDialog(ComponentDialog):  # type: ignore[misc]
    def __init__(self, commands: Sequence[tuple[Command, Dialog]]) -> None:
        super().__init__(MainDialog.__name__)
        self.commands = [command for command, _ in commands]
        for _, dialog in commands:
            self.add_dialog(dialog)
        self.add_dialog(WaterfallDialog(ROUTE, [self._route, self._finish]))
        self.initial_dialog_id = ROUTE

    async def _route(self, step: WaterfallStepContext) -> DialogTurnResult:
        match = match_command(typed_or_submitted_text(step.context), self.commands)
        if match is None:
            await step.context.send_activity(say(language(step.context), "HINT"))
            return await step.end_dialog()
        # A card button may carry more than its text (e.g. a prompt's "Verslag in logboek"
        # names the form type and a description): the dialog gets those values too.
        extra = {k: v for k, v in submitted(step.context).items() if k != "text"}
        return await step.begin_dialog(match.command.dialog_id,
                                       {"args": match.args, "submitted": extra})

    async def _finish(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await step.end_dialog(step.result)
