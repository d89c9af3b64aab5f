"""`bewerk <formulier-id>` (or a Bewerken button): change a form, then Voltooien.

    load (may the user edit it?) ─▶ what to change? ─▶ Voltooien: edit_entry, revision kept
                                       ▲      │
                                       └─ ask the new value (description, expiry, Let op,
                                          fields, access) ◀┘

Only the changed parts go to edit_entry, which checks the rules again and keeps the
previous version as a revision. Nothing is saved before Voltooien.
"""

from __future__ import annotations

from botbuilder.dialogs import DialogTurnResult, WaterfallStepContext

from dialogs.add_form import access_question as access
from dialogs.add_form import form_questions as shared
from dialogs.add_form.add_form_questions import ATTACHMENT, revisable_steps, summary_text
from dialogs.add_form.guided import GuidedDialog
from dialogs.common import cards
from dialogs.common.answers import pick, words
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.common.steps import Step
from dialogs.edit.edit_entry_changes import CHANGED, ENTRY, changes_of, values_of
from dialogs.texts import say, say_refused, typed_words
from domain.errors import Refused
from domain.services.edit_entry import edit_entry
from domain.services.entry_details import entry_details

EDIT_ENTRY = Command("edit_entry", shows_student_data=True)
EDITING = "editing"  # the part being changed now
BEFORE = "fields_before"  # the fields while new values are asked
FINISH = "finish"
TAKES = {"description": shared.take_description, "expiry": shared.take_expiry,
         "urgent": shared.take_urgent, "fields": shared.take_fields,
         "access": access.take_access}


class EditEntryDialog(GuidedDialog):
    def __init__(self, services: Services) -> None:
        self.load = Step("load", self._load, self.proceed)  # never asks: reads the form
        self.change = Step("change", self._ask_change, self._take_change)
        self.value = Step("value", self._ask_value, self._take_value)
        super().__init__(EDIT_ENTRY.dialog_id, services, [self.load, self.change, self.value])

    async def _load(self, step: WaterfallStepContext) -> DialogTurnResult:
        lang, entry_id = language(step.context), str((step.options or {}).get("args", ""))
        found = await entry_details(current_staff(step.context), entry_id.strip(),
                                    self._services.uow(), self._services.now())
        if found is None or not found.may_edit:
            key = "ASK_EDIT_ID" if not entry_id else (
                "ENTRY_NOT_FOUND" if found is None else "NOT_EDITABLE")
            await step.context.send_activity(say(lang, key))
            return await step.end_dialog()
        step.values.update(values_of(found))
        return await self.proceed(step)

    async def _ask_change(self, step: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(step)
        if BEFORE in step.values:  # a fields change left halfway: keep the values as they were
            step.values[shared.FIELDS] = step.values.pop(BEFORE)
        options = [*self._parts(step), (a.text("FINISH"), FINISH)]
        summary = summary_text(a, step.values)
        name = escape_markdown(a.student.full_name)
        text = f"{summary}\n\n{a.text('EDIT_WHICH', form=a.spec.name, student=name)}"
        return await self.ask(step, cards.choices(text, options, a.text("NEXT"), a.nav()))

    async def _take_change(self, step: WaterfallStepContext) -> DialogTurnResult:
        said = words(step.result)
        options = [*self._parts(step), (say(language(step.context), "FINISH"), FINISH)]
        picked = FINISH if said in typed_words("FINISH") else pick(
            step.result["text"] or str(step.result["value"].get("choice", "")), options)
        if picked is None:
            return await self.again(step, say(language(step.context), "UNKNOWN_CHOICE"))
        if picked == FINISH:
            return await self._finish(step)
        step.values[EDITING] = picked
        if picked == "fields":
            step.values[BEFORE] = step.values.pop(shared.FIELDS, {})
        return await self.proceed(step)

    async def _ask_value(self, step: WaterfallStepContext) -> DialogTurnResult:
        a, part = await self._asking(step), step.values[EDITING]
        question = {
            "description": lambda: shared.ask_description(a, step.values[shared.DESCRIPTION]),
            "expiry": lambda: shared.ask_expiry(a, all_defaults=False),
            "urgent": lambda: shared.ask_urgent(a),
            "fields": lambda: shared.ask_fields(a, step.values, step.values[BEFORE]),
            "access": lambda: access.ask_access(a, access.current_access(step.values)),
        }[part]()
        return await self.ask(step, question)

    async def _take_value(self, step: WaterfallStepContext) -> DialogTurnResult:
        part = step.values[EDITING]
        error = TAKES[part](await self._asking(step), step.result, step.values)
        if error is not None:
            return await self.again(step, error)
        step.values.pop(BEFORE, None)
        step.values[CHANGED] = sorted({*step.values.get(CHANGED, []), part})
        return await self.go(step, self.change)

    async def _finish(self, step: WaterfallStepContext) -> DialogTurnResult:
        lang = language(step.context)
        try:
            before = step.values[ENTRY]
            saved = await edit_entry(before["id"], changes_of(step.values), current_staff(
                step.context), self._services.uow(), self._services.now())
        except Refused as refused:
            return await self.again(step, escape_markdown(say_refused(lang, refused)))
        changed = saved.updated_at.isoformat() != before["updated_at"]
        await step.context.send_activity(say(lang, "EDIT_SAVED" if changed
                                                   else "EDIT_UNCHANGED"))
        return await step.end_dialog()

    def _parts(self, step: WaterfallStepContext) -> list[tuple[str, str]]:
        """What can change: the add dialog's revisable steps, less form type and attachment."""
        lang = language(step.context)
        parts = revisable_steps(lang, step.values[shared.FORM])
        return [(title, name) for title, name in parts if name not in ("form", ATTACHMENT)]
