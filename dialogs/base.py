"""The base of every multi-step dialog: `annuleer`/`stop` cancels, `help` explains the step,
`terug` asks the previous question again. Handled once here, for every dialog."""

from __future__ import annotations

from botbuilder.dialogs import (
    ComponentDialog,
    DialogContext,
    DialogReason,
    DialogTurnResult,
    DialogTurnStatus,
    WaterfallDialog,
)

from dialogs.context import language, typed_or_submitted_text
from dialogs.texts import say, typed_words

CANCEL_WORDS = typed_words("CANCEL")
HELP_WORDS = typed_words("HELP")
BACK_WORDS = typed_words("BACK")

STEP_HELP = "step_help"  # key in a waterfall's state: the text `help` shows at this step


class CancelAndHelpDialog(ComponentDialog):  # type: ignore[misc]
    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        word = typed_or_submitted_text(inner_dc.context).lower()
        if word in CANCEL_WORDS:
            await inner_dc.context.send_activity(say(language(inner_dc.context), "CANCELLED"))
            await inner_dc.cancel_all_dialogs()
            return DialogTurnResult(DialogTurnStatus.Cancelled)
        if word in HELP_WORDS:
            await inner_dc.context.send_activity(self.step_help(inner_dc))
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if word in BACK_WORDS:
            return await self._go_back(inner_dc)
        return await super().on_continue_dialog(inner_dc)

    def step_help(self, inner_dc: DialogContext) -> str:
        """What `help` says at the current step; dialogs override this to explain their steps."""
        return say(language(inner_dc.context), "HELP", commands="")

    async def _go_back(self, inner_dc: DialogContext) -> DialogTurnResult:
        # The stack is [prompt, waterfall]: drop the prompt, then run the step before the
        # one that asked it; that step asks its own question again.
        if len(inner_dc.stack) >= 2:
            inner_dc.stack.pop(0)
        instance = inner_dc.active_dialog
        waterfall = self.find_dialog(instance.id) if instance else None
        if not isinstance(waterfall, WaterfallDialog):
            return await super().on_continue_dialog(inner_dc)
        index = max(int(instance.state.get("stepIndex", 0)) - 1, 0)
        result = await waterfall.run_step(inner_dc, index, DialogReason.NextCalled, None)
        return result  # type: ignore[no-any-return]
