"""The root of every conversation: reads what staff type and starts the command's dialog.

    message ──▶ _route ──▶ (a command, however phrased) its dialog ──▶ _finish
                      ├──▶ (a student's name alone) their logbook
                      ├──▶ (stop, with nothing running) "Er loopt niets om te stoppen."
                      ├──▶ (verder) the draft set aside last, its question asked again
                      └──▶ (anything else) a short hint, never an error

While a dialog runs, each message goes to it, unless (interruptions.py) it is plainly
another command, or the dialog was left alone longer than the dialog timeout: then the
dialog is set aside (kept_drafts.py), the message is handled as new, and the answer ends
with a line and a button to go on with the draft.
"""

from __future__ import annotations

from collections.abc import Sequence

from botbuilder.core import TurnContext
from botbuilder.dialogs import (
    ComponentDialog,
    Dialog,
    DialogContext,
    DialogState,
    DialogTurnResult,
    DialogTurnStatus,
    WaterfallDialog,
    WaterfallStepContext,
)

from dialogs import kept_drafts
from dialogs.common.commands import Command, match_command
from dialogs.common.context import (
    Services,
    current_staff,
    language,
    submitted,
    typed_or_submitted_text,
)
from dialogs.interruptions import PAUSE, STOP, go_on_offer, set_aside_reason
from dialogs.texts import say
from dialogs.understanding import intents as i
from dialogs.understanding.reader import vocabulary_for
from dialogs.understanding.reading import Reading, understand
from domain.services.find_students import name_words_known
from domain.services.lookup_student import lookup_students

ROUTE = "route"
TOUCHED = "touched"  # in the main dialog's state: when the running dialog last heard from us
SET_ASIDE = "set_aside"  # in the route's options: why a draft was set aside this turn


class MainDialog(ComponentDialog):  # type: ignore[misc]
    def __init__(self, commands: Sequence[tuple[Command, Dialog]], services: Services) -> None:
        super().__init__(MainDialog.__name__)
        self.commands = [command for command, _ in commands]
        self._services = services
        self._vocabulary = vocabulary_for(tuple(self.commands))
        for _, dialog in commands:
            self.add_dialog(dialog)
        self.add_dialog(WaterfallDialog(ROUTE, [self._route, self._finish]))
        self.initial_dialog_id = ROUTE

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        result = await super().begin_dialog(dc, options)
        if result.status == DialogTurnStatus.Waiting and dc.active_dialog is not None:
            dc.active_dialog.state[TOUCHED] = self._services.now().isoformat()
        return result

    async def continue_dialog(self, dc: DialogContext) -> DialogTurnResult:
        state, now = dc.active_dialog.state, self._services.now()
        inner: DialogState = state[self.persisted_dialog_state]
        typed = bool((dc.context.activity.text or "").strip()) and not submitted(dc.context)
        reading = await self._reading(dc.context) if typed else None  # clicks answer the step
        reason = set_aside_reason(dc.context, inner.dialog_stack, state.get(TOUCHED), now,
                                  self._services.dialog_timeout, reading)
        state[TOUCHED] = now.isoformat()
        if reason is None:
            return await super().continue_dialog(dc)
        if reason == STOP:
            inner.dialog_stack.clear()
            await dc.context.send_activity(say(language(dc.context), "CANCELLED"))
            return await self.end_component(dc, None)
        await kept_drafts.keep(dc.context, list(inner.dialog_stack), now)
        inner.dialog_stack.clear()
        inner_dc = DialogContext(self._dialogs, dc.context, inner)
        inner_dc.parent = dc
        result = await inner_dc.begin_dialog(ROUTE, {SET_ASIDE: reason})
        if result.status != DialogTurnStatus.Waiting:
            return await self.end_component(dc, result.result)
        return Dialog.end_of_turn

    async def _reading(self, turn: TurnContext) -> Reading:
        names = await self._services.student_names()
        knows = name_words_known(current_staff(turn), names) if names else _no_names
        return understand(typed_or_submitted_text(turn), self._vocabulary, knows)

    async def _route(self, step: WaterfallStepContext) -> DialogTurnResult:
        clicked = submitted(step.context)
        extra = {k: v for k, v in clicked.items() if k != "text"}
        if clicked:  # a card button ("details <id>", a prompt's "Verslag in logboek"): exact
            match = match_command(typed_or_submitted_text(step.context), self.commands)
            if match is not None:
                return await step.begin_dialog(match.command.dialog_id,
                                               {"args": match.args, "submitted": extra})
        reading = await self._reading(step.context)
        intent = reading.intent
        if intent in (None, i.GREETING):
            intent = await self._name_alone(step, reading, intent)
        if intent == i.CANCEL:
            return await self._nothing_to_cancel(step)
        if intent == i.GO_ON:
            return await self._go_on(step)
        if intent is None or intent not in {c.dialog_id for c in self.commands}:
            await step.context.send_activity(say(language(step.context), "HINT"))
            return await step.next(None)
        return await step.begin_dialog(intent, {"args": reading.args, "submitted": {}})

    async def _name_alone(self, step: WaterfallStepContext, reading: Reading,
                          intent: str | None) -> str | None:
        """A student's name alone asks for their logbook; a greeting alone, for help."""
        if reading.args:
            search = await lookup_students(current_staff(step.context), reading.args,
                                           self._services.uow(),
                                           names=await self._services.student_names())
            if search.matches or search.closest:
                return i.LOGBOOK
        return i.HELP if intent == i.GREETING else None

    async def _nothing_to_cancel(self, step: WaterfallStepContext) -> DialogTurnResult:
        lang, now = language(step.context), self._services.now()
        dropped = await kept_drafts.take_latest(step.context, now)
        if dropped is None:
            await step.context.send_activity(say(lang, "NOTHING_TO_CANCEL"))
        else:
            draft = await self._draft_name(step.context, dropped)
            await step.context.send_activity(say(lang, "KEPT_DROPPED", draft=draft))
        return await step.end_dialog()

    async def _go_on(self, step: WaterfallStepContext) -> DialogTurnResult:
        kept = await kept_drafts.take_latest(step.context, self._services.now())
        if kept is None:
            await step.context.send_activity(say(language(step.context), "NOTHING_TO_GO_ON"))
            return await step.end_dialog()
        step.stack.clear()  # the draft's own stack replaces this route, which ends here
        step.stack.extend(kept.stack)
        await step.reprompt_dialog()
        return DialogTurnResult(DialogTurnStatus.Waiting)

    async def _finish(self, step: WaterfallStepContext) -> DialogTurnResult:
        reason = (step.options or {}).get(SET_ASIDE)
        kept = await kept_drafts.latest(step.context, self._services.now()) if reason else None
        if kept is not None:
            key = "KEPT_AFTER_PAUSE" if reason == PAUSE else "KEPT_AFTER_ANSWER"
            draft = await self._draft_name(step.context, kept)
            await step.context.send_activity(go_on_offer(language(step.context), key, draft))
        return await step.end_dialog(step.result)

    async def _draft_name(self, turn: TurnContext, kept: kept_drafts.Kept) -> str:
        return await kept_drafts.draft_name(turn, kept, self._services)


def _no_names(word: str) -> bool:
    return False
