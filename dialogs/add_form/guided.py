"""The step dialog of the form dialogs (add, quick, edit): it knows who asks about which
student and form, read again each turn, and builds a step from a form question."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from botbuilder.dialogs import DialogTurnResult, WaterfallStepContext
from botbuilder.schema import Activity

from dialogs.add_form.form_questions import FORM, STUDENT, Asking, Take, Values
from dialogs.common.context import Services, current_staff, language
from dialogs.common.steps import Step, StepDialog
from domain.forms import FormType
from domain.school import Student
from domain.services.entry_rules import visible_student

Question = Callable[[Asking, Values], Activity]  # the question, from what is known so far
Skipped = Callable[[Asking, Values], "str | None"]  # None: ask; a text: skip, say it (if any)


class GuidedDialog(StepDialog):
    def __init__(self, dialog_id: str, services: Services, steps: Sequence[Step]) -> None:
        super().__init__(dialog_id, steps)
        self._services = services

    def question(self, name: str, ask: Question, take: Take,
                 skipped: Skipped | None = None) -> Step:
        """A step made of a form question: `ask` builds it, `take` judges the answer (None
        or an error to say before asking again), `skipped` decides whether it is needed."""
        async def asking(wc: WaterfallStepContext) -> DialogTurnResult:
            return await self.ask(wc, ask(await self._asking(wc), wc.values))

        async def taking(wc: WaterfallStepContext) -> DialogTurnResult:
            error = take(await self._asking(wc), wc.result, wc.values)
            return await (self.again(wc, error) if error is not None else self.taken(wc))

        async def skipping(wc: WaterfallStepContext) -> bool:
            note = skipped(await self._asking(wc), wc.values) if skipped else None
            if note:
                await wc.context.send_activity(note)
            return note is not None

        return Step(name, asking, taking, skipping if skipped else None)

    async def taken(self, wc: WaterfallStepContext) -> DialogTurnResult:
        """Where a question goes once its answer is good: the next step (dialogs may say
        otherwise, e.g. back to the summary)."""
        return await self.proceed(wc)

    async def _asking(self, wc: WaterfallStepContext) -> Asking:
        """Who asks about which student and form: read again each turn, so a roster change
        (a student who left, a role taken away) counts at once."""
        return Asking(current_staff(wc.context), await self._student(wc),
                      FormType(wc.values[FORM]), language(wc.context),
                      self._services.today())

    async def _student(self, wc: WaterfallStepContext) -> Student:
        staff, number = current_staff(wc.context), str(wc.values[STUDENT])
        async with self._services.uow() as uow:
            student = await visible_student(uow, staff, number)
        if student is None:
            raise LookupError("the dialog's student is no longer visible to its author")
        return student
