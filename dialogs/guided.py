"""A waterfall of question pairs: `_ask_x` sends one question and waits, `_take_x` judges the
answer and either moves on or asks again. Shared by the add-form and the edit dialog.

`terug` returns to the question asked before the current one: steps that were skipped
(a fixed description, a student named in the command) are passed over, because only the
steps that really asked are remembered, in a trail of step indices in the waterfall state.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from botbuilder.dialogs import (
    DialogContext,
    DialogReason,
    DialogTurnResult,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.schema import Activity

from dialogs.answers import ANSWER, AnswerPrompt
from dialogs.base import CancelAndHelpDialog
from dialogs.context import Services, current_staff, language
from dialogs.form_questions import FORM, STUDENT, Asking
from dialogs.texts import CATALOGUES, NL, say
from domain.forms import FormType
from domain.school import Student
from domain.services.entry_rules import visible_student

STEPS = "steps"
TRAIL = "trail"  # indices of the _ask_ steps that asked, oldest first

Step = Callable[[WaterfallStepContext], Coroutine[Any, Any, DialogTurnResult]]


class GuidedDialog(CancelAndHelpDialog):
    def __init__(self, dialog_id: str, services: Services, steps: Sequence[Step]) -> None:
        super().__init__(dialog_id)
        self._services = services
        self._waterfall = WaterfallDialog(STEPS, list(steps))
        self._names = [step.__name__ for step in steps]
        self.add_dialog(self._waterfall)
        self.add_dialog(AnswerPrompt())
        self.initial_dialog_id = STEPS

    async def ask(self, step: WaterfallStepContext, question: Activity) -> DialogTurnResult:
        """Send the question and wait; the next step receives the answer."""
        trail: list[int] = step.values.setdefault(TRAIL, [])
        if not trail or trail[-1] != step.index:
            trail.append(step.index)
        return await step.begin_dialog(ANSWER, (question, self._names[step.index]))

    async def again(self, step: WaterfallStepContext, error: str = "") -> DialogTurnResult:
        """Say what was wrong (if anything) and ask the question this step judged again."""
        if error:
            await step.context.send_activity(error)
        return await self.jump(step, self._names[step.index - 1])

    async def jump(self, step: WaterfallStepContext, name: str) -> DialogTurnResult:
        index = self._names.index(name)
        result = await self._waterfall.run_step(step, index, DialogReason.NextCalled, None)
        return result  # type: ignore[no-any-return]

    async def _asking(self, step: WaterfallStepContext) -> Asking:
        """Who asks about which student and form: read again each turn, so a roster change
        (a student who left, a role taken away) counts at once."""
        return Asking(current_staff(step.context), await self._student(step),
                      FormType(step.values[FORM]), language(step.context),
                      self._services.today())

    async def _student(self, step: WaterfallStepContext) -> Student:
        staff, number = current_staff(step.context), str(step.values[STUDENT])
        async with self._services.uow() as uow:
            student = await visible_student(uow, staff, number)
        if student is None:
            raise LookupError("the dialog's student is no longer visible to its author")
        return student

    def step_help(self, inner_dc: DialogContext) -> str:
        name = self._names[self._step_index(inner_dc)]
        return step_help_text(language(inner_dc.context), name.removeprefix("_ask_"))

    async def _go_back(self, inner_dc: DialogContext) -> DialogTurnResult:
        if len(inner_dc.stack) >= 2:
            inner_dc.stack.pop(0)  # the waiting prompt
        state = inner_dc.active_dialog.state
        current = int(state.get("stepIndex", 0))
        earlier = [i for i in state["values"].get(TRAIL, []) if i < current]
        target = earlier.pop() if earlier else current
        state["values"][TRAIL] = earlier
        result = await self._waterfall.run_step(inner_dc, target, DialogReason.NextCalled, None)
        return result  # type: ignore[no-any-return]

    def _step_index(self, inner_dc: DialogContext) -> int:
        waterfall = next((i for i in inner_dc.stack if i.id == STEPS), None)
        return int(waterfall.state.get("stepIndex", 0)) if waterfall else 0


def step_help_text(lang: str, step: str) -> str:
    """What `help` says at `step` (its STEP_HELP_ text, if any), then how to go back or stop."""
    key = f"STEP_HELP_{step.upper()}"
    explained = say(lang, key) if key in CATALOGUES[NL] else ""
    return f"{explained}\n\n{say(lang, 'HELP_TAIL')}"
