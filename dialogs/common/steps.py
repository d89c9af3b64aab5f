"""Dialogs of steps declared as data, with one cancel/back/help for all of them.

A `Step` is an object: its name (which picks its help text STEP_HELP_<NAME> and stamps its
card buttons), how its question is asked, how its answer is taken, and when it is skipped.
A `StepDialog` navigates by these objects: `go(wc, step)` asks that step's question,
`again(wc, error)` asks the current step's question again, `proceed(wc)` moves to the next
step. No method names, no waterfall indices in the dialogs.

Each step becomes two waterfall steps (ask, take), so the stored dialog state keeps the
waterfall's shape. During a question: `annuleer`/`stop` cancels, `help` explains the
current step, `terug` asks the question asked before the current one; skipped steps are
passed over, because only the steps that really asked are remembered, in a trail.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from botbuilder.core import TurnContext
from botbuilder.dialogs import (
    ComponentDialog,
    DialogContext,
    DialogInstance,
    DialogReason,
    DialogTurnResult,
    DialogTurnStatus,
    WaterfallDialog,
    WaterfallStepContext,
)
from botbuilder.schema import Activity

from dialogs.common.answers import ANSWER, AnswerPrompt
from dialogs.common.context import language, typed_or_submitted_text
from dialogs.texts import CATALOGUES, NL, say, typed_words

CANCEL_WORDS = typed_words("CANCEL")
HELP_WORDS = typed_words("HELP")
BACK_WORDS = typed_words("BACK")

STEPS = "steps"
TRAIL = "trail"  # waterfall indices of the questions that were asked, oldest first
MISSED = "missed"  # per question: how many answers were refused
QUIET = "quiet"  # ask the next question without sending it again (it is still on screen)

Run = Callable[[WaterfallStepContext], Awaitable[DialogTurnResult]]
Skip = Callable[[WaterfallStepContext], Awaitable[bool]]


@dataclass(frozen=True)
class Step:
    name: str  # "form", "expiry"...: help text STEP_HELP_<NAME>; stamped on the card buttons
    ask: Run  # sends the question with StepDialog.ask (or ends the dialog, or goes elsewhere)
    take: Run  # judges the answer, then StepDialog.proceed, .again or .go
    skip: Skip | None = None  # True: pass over the step (it has filled in what it stands for)


class StepDialog(ComponentDialog):  # type: ignore[misc]
    repeats_question = False  # True: the question carries the user's own input (a card)

    def __init__(self, dialog_id: str, steps: Sequence[Step]) -> None:
        super().__init__(dialog_id)
        self.steps = tuple(steps)
        self._waterfall = WaterfallDialog(
            STEPS, [run for step in self.steps for run in (self._asker(step), self._taker(step))])
        self.add_dialog(self._waterfall)
        self.add_dialog(AnswerPrompt())
        self.initial_dialog_id = STEPS

    async def ask(self, wc: WaterfallStepContext, question: Activity) -> DialogTurnResult:
        """Send the current step's question and wait; its take receives the answer."""
        trail: list[int] = wc.values.setdefault(TRAIL, [])
        if not trail or trail[-1] != wc.index:
            trail.append(wc.index)
            wc.values.get(MISSED, {}).pop(self.current(wc).name, None)  # a new question
        if wc.values.pop(QUIET, False):
            question = None  # the same question, with its list, is still right above
        return await wc.begin_dialog(ANSWER, (question, self.current(wc).name))

    async def again(self, wc: WaterfallStepContext, error: str = "") -> DialogTurnResult:
        """Say what was wrong (if anything) and ask the current step's question again: the
        whole question once; after that one short line, never the same list again."""
        step = self.current(wc)
        missed: dict[str, int] = wc.values.setdefault(MISSED, {})
        missed[step.name] = missed.get(step.name, 0) + (1 if error else 0)
        if missed[step.name] > 1 and not self.repeats_question:
            lang = language(wc.context)
            await wc.context.send_activity(say(lang, "STILL_WAITING", error=error))
            wc.values[QUIET] = True
        elif error:
            await wc.context.send_activity(error)
        return await self.go(wc, step)

    async def reprompt_dialog(self, context: TurnContext, instance: DialogInstance) -> None:
        """Ask the waiting question again: going on with a draft that was set aside."""
        inner_dc = DialogContext(self._dialogs, context,
                                 instance.state[self.persisted_dialog_state])
        if len(inner_dc.stack) >= 2:
            inner_dc.stack.pop(0)  # the waiting prompt; its step asks anew
        await self._run(inner_dc, int(inner_dc.active_dialog.state.get("stepIndex", 0)))

    async def go(self, wc: WaterfallStepContext, step: Step) -> DialogTurnResult:
        """Ask `step`'s question now (unless it is skipped), wherever the dialog was."""
        return await self._run(wc, 2 * self.steps.index(step))

    async def proceed(self, wc: WaterfallStepContext) -> DialogTurnResult:
        result: DialogTurnResult = await wc.next(None)
        return result

    def current(self, wc: WaterfallStepContext) -> Step:
        return self.steps[wc.index // 2]

    def named(self, name: str) -> Step:
        return next(step for step in self.steps if step.name == name)

    def _asker(self, step: Step) -> Run:
        async def ask(wc: WaterfallStepContext) -> DialogTurnResult:
            if step.skip is not None and await step.skip(wc):
                return await self.proceed(wc)
            return await step.ask(wc)
        ask.__name__ = f"ask_{step.name}"  # the SDK names waterfall steps after the function
        return ask

    def _taker(self, step: Step) -> Run:
        async def take(wc: WaterfallStepContext) -> DialogTurnResult:
            if wc.result is None:  # the question was skipped or not needed: nothing to judge
                return await self.proceed(wc)
            return await step.take(wc)
        take.__name__ = f"take_{step.name}"
        return take

    async def on_continue_dialog(self, inner_dc: DialogContext) -> DialogTurnResult:
        word = typed_or_submitted_text(inner_dc.context).lower()
        if word in CANCEL_WORDS:
            await inner_dc.context.send_activity(say(language(inner_dc.context), "CANCELLED"))
            await inner_dc.cancel_all_dialogs()
            return DialogTurnResult(DialogTurnStatus.Cancelled)
        if word in HELP_WORDS:
            await inner_dc.context.send_activity(self._help(inner_dc))
            return DialogTurnResult(DialogTurnStatus.Waiting)
        if word in BACK_WORDS:
            return await self._go_back(inner_dc)
        return await super().on_continue_dialog(inner_dc)

    def _help(self, inner_dc: DialogContext) -> str:
        waterfall = next((i for i in inner_dc.stack if i.id == STEPS), None)
        index = int(waterfall.state.get("stepIndex", 0)) if waterfall else 0
        return step_help_text(language(inner_dc.context), self.steps[index // 2].name)

    async def _go_back(self, inner_dc: DialogContext) -> DialogTurnResult:
        if len(inner_dc.stack) >= 2:
            inner_dc.stack.pop(0)  # the waiting prompt
        state = inner_dc.active_dialog.state
        current = int(state.get("stepIndex", 0))
        earlier = [i for i in state["values"].get(TRAIL, []) if i < current]
        target = earlier.pop() if earlier else current
        state["values"][TRAIL] = earlier
        return await self._run(inner_dc, target)

    async def _run(self, dc: DialogContext, index: int) -> DialogTurnResult:
        result: DialogTurnResult = await self._waterfall.run_step(
            dc, index, DialogReason.NextCalled, None)
        return result


def step_help_text(lang: str, step: str) -> str:
    """What `help` says at `step` (its STEP_HELP_ text, if any), then how to go back or stop."""
    key = f"STEP_HELP_{step.upper()}"
    explained = say(lang, key) if key in CATALOGUES[NL] else ""
    return f"{explained}\n\n{say(lang, 'HELP_TAIL')}"
