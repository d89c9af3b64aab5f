"""`nieuw formulier [leerling]`: add a form to a student's logbook, one question at a time.

    student ─▶ form type ─▶ (parent item) ─▶ description ─▶ expiry ─▶ Let op ─▶ fields/body
      ─▶ attachment ─▶ access ─▶ summary ─▶ Opslaan (saved once) | Wijzigen ─▶ pick a step
                                                                 | Annuleren

Skipped: the student when the command named exactly one; the parent unless asked for; the
description when fixed (shown instead); Let op, attachment and access after "alles
standaard"; access when locked (shown instead). After "Wijzigen" a step returns to the
summary. Saving uses the dialog's draft id as request key, so a retried or double-clicked
Opslaan stores one form; after the dialog ended, `opslaan` says it is already saved.
"""

from __future__ import annotations

from uuid import uuid4

from botbuilder.dialogs import DialogTurnResult, WaterfallStepContext

from dialogs import access_question as access
from dialogs import add_form_questions as q
from dialogs import cards
from dialogs import form_questions as shared
from dialogs.add_form_drafts import (
    ALL_DEFAULT_WORDS,
    ALL_DEFAULTS,
    DRAFT,
    REVISING,
    accept_all_defaults,
    parent_lines,
    save_and_confirm,
    search_students,
)
from dialogs.answers import words
from dialogs.commands import Command
from dialogs.context import Services, current_staff, language
from dialogs.guided import GuidedDialog
from dialogs.markdown import escape_markdown
from dialogs.texts import say, typed_words
from domain.access import creatable_forms

ADD_FORM = Command("add_form", shows_student_data=True)
INTRO = "student_intro"  # what to say before asking for the student again
PREFILL_USED = "prefill_used"


class AddFormDialog(GuidedDialog):
    def __init__(self, services: Services) -> None:
        super().__init__(ADD_FORM.dialog_id, services, [
            self._ask_student, self._take_student, self._ask_form, self._take_form,
            self._ask_parent, self._take_parent, self._ask_description, self._take_description,
            self._ask_expiry, self._take_expiry, self._ask_urgent, self._take_urgent,
            self._ask_fields, self._take_fields, self._ask_attachment, self._take_attachment,
            self._ask_access, self._take_access, self._ask_summary, self._take_summary,
            self._ask_revision, self._take_revision,
        ])

    async def _ask_student(self, step: WaterfallStepContext) -> DialogTurnResult:
        values, lang = step.values, language(step.context)
        args = str((step.options or {}).get("args", "")) if DRAFT not in values else ""
        values.setdefault(DRAFT, str(uuid4()))
        if args:
            return await self._found(step, await search_students(self._services, step, args))
        intro = str(values.pop(INTRO, ""))
        return await self.ask(step, q.ask_student(lang, values.get(q.CHOICES, []), intro))

    async def _take_student(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.result is None:
            return await step.next(None)
        picked = q.picked_option(step.result, step.values.get(q.CHOICES, []))
        if picked is not None:
            step.values[shared.STUDENT] = picked
            return await step.next(None)
        return await self._found(step, await search_students(self._services, step,
                                                             step.result["text"]))

    async def _found(self, step: WaterfallStepContext, found: tuple[str, list[list[str]]]
                     ) -> DialogTurnResult:
        """One student: on to the form; several or lookalikes: a choice; none: ask again."""
        intro, options = found
        if len(options) == 1 and not intro:
            step.values[shared.STUDENT], step.values[q.CHOICES] = options[0][1], []
            return await self.jump(step, "_ask_form")
        step.values[q.CHOICES], step.values[INTRO] = options, intro
        return await self.jump(step, "_ask_student")

    async def _ask_form(self, step: WaterfallStepContext) -> DialogTurnResult:
        staff, student, lang = current_staff(step.context), await self._student(step), \
            language(step.context)
        forms = creatable_forms(staff, student)
        if not forms:
            name = escape_markdown(student.full_name)
            await step.context.send_activity(say(lang, "NO_FORMS", student=name))
            return await step.end_dialog()
        if q.take_prefill(self._prefill(step), forms, step.values):
            return await self.jump(step, "_ask_description")
        return await self.ask(step, q.ask_form(lang, student, forms))

    def _prefill(self, step: WaterfallStepContext) -> dict[str, str]:
        """What a "Verslag in logboek" button filled in: used once, on the first ask."""
        if step.values.get(PREFILL_USED):
            return {}
        step.values[PREFILL_USED] = True
        prefill = (step.options or {}).get("submitted") or {}
        return {k: str(v) for k, v in prefill.items() if k in ("form_type", "description")}

    async def _take_form(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.result is None:
            return await step.next(None)
        forms = creatable_forms(current_staff(step.context), await self._student(step))
        if not q.take_form(step.result, forms, step.values):
            return await self.again(step, say(language(step.context), "UNKNOWN_CHOICE"))
        step.values[REVISING] = False  # a new form type asks everything after it again
        return await step.next(None)

    async def _ask_parent(self, step: WaterfallStepContext) -> DialogTurnResult:
        if not step.values.get(q.UNDER):
            return await step.next(None)
        a = await self._asking(step)
        options = q.parent_options(await parent_lines(self._services, a), a.lang)
        if len(options) == 1:
            name = escape_markdown(a.student.full_name)
            await step.context.send_activity(a.text("NO_PARENTS", student=name))
            return await step.next(None)
        step.values["parent_options"] = options
        return await self.ask(step, cards.choices(a.text("ASK_PARENT"), options,
                                                    a.text("NEXT"), a.nav()))

    async def _take_parent(self, step: WaterfallStepContext) -> DialogTurnResult:
        options = step.values.pop("parent_options", [])
        if step.result is None or not options:
            return await step.next(None)
        key = q.picked_option(step.result, options)
        if key is None:
            return await self.again(step, say(language(step.context), "UNKNOWN_CHOICE"))
        step.values[q.PARENT] = key or None
        step.values["parent_title"] = dict((k, t) for t, k in options).get(key, "")
        return await step.next(None)

    async def _ask_description(self, step: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(step)
        if a.spec.fixed_description:
            await step.context.send_activity(a.text("FIXED_DESCRIPTION", name=a.spec.name))
            step.values[shared.DESCRIPTION] = a.spec.name
            return await step.next(None)
        current = str(step.values.get(shared.DESCRIPTION) or "")
        return await self.ask(step, shared.ask_description(a, current))

    async def _take_description(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await self._take(step, shared.take_description)

    async def _ask_expiry(self, step: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(step)
        step.values[ALL_DEFAULTS] = False
        offer = not step.values.get(REVISING)
        return await self.ask(step, shared.ask_expiry(a, all_defaults=offer))

    async def _take_expiry(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.result is not None and words(step.result) in ALL_DEFAULT_WORDS:
            accept_all_defaults(await self._asking(step), step.values)
            return await step.next(None)
        return await self._take(step, shared.take_expiry)

    async def _ask_urgent(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.values.get(ALL_DEFAULTS):
            return await step.next(None)
        return await self.ask(step, shared.ask_urgent(await self._asking(step)))

    async def _take_urgent(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await self._take(step, shared.take_urgent)

    async def _ask_fields(self, step: WaterfallStepContext) -> DialogTurnResult:
        a, filled = await self._asking(step), step.values.get(shared.FIELDS) or {}
        if filled and all(field.key in filled for field in a.spec.fields):
            step.values[shared.FIELDS] = {}  # asked again (terug, wijzigen): start from these
        return await self.ask(step, shared.ask_fields(a, step.values, filled))

    async def _take_fields(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await self._take(step, shared.take_fields)

    async def _ask_attachment(self, step: WaterfallStepContext) -> DialogTurnResult:
        if step.values.get(ALL_DEFAULTS):
            return await step.next(None)
        return await self.ask(step, q.ask_attachment(await self._asking(step)))

    async def _take_attachment(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await self._take(step, q.take_attachment)

    async def _ask_access(self, step: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(step)
        if a.spec.locked or step.values.get(ALL_DEFAULTS):
            access.accept_default_access(a, step.values)
            if a.spec.locked:
                await step.context.send_activity(access.locked_access_note(a))
            return await step.next(None)
        return await self.ask(step, access.ask_access(a, access.current_access(step.values)))

    async def _take_access(self, step: WaterfallStepContext) -> DialogTurnResult:
        return await self._take(step, access.take_access)

    async def _ask_summary(self, step: WaterfallStepContext) -> DialogTurnResult:
        step.values[REVISING] = False
        return await self.ask(step, q.ask_summary(await self._asking(step), step.values))

    async def _take_summary(self, step: WaterfallStepContext) -> DialogTurnResult:
        said, a = words(step.result or {}), await self._asking(step)
        if said in typed_words("CHANGE"):
            return await step.next(None)
        if said not in typed_words("SAVE"):
            return await self.again(step, a.text("SUMMARY"))
        refusal = await save_and_confirm(self._services, step, a)
        if refusal is not None:
            return await self.again(step, refusal)
        return await step.end_dialog()

    async def _ask_revision(self, step: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(step)
        return await self.ask(step, cards.choices(
            a.text("ASK_WHICH_STEP"), q.revisable_steps(a.lang, a.form), a.text("NEXT"), a.nav()))

    async def _take_revision(self, step: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(step)
        name = q.picked_option(step.result or {"text": "", "value": {}},
                               [list(pair) for pair in q.revisable_steps(a.lang, a.form)])
        if name is None:
            return await self.again(step, a.text("UNKNOWN_CHOICE"))
        step.values[REVISING], step.values[ALL_DEFAULTS] = True, False
        return await self.jump(step, f"_ask_{name}")

    async def _take(self, step: WaterfallStepContext, take: shared.Take) -> DialogTurnResult:
        """Judge the answer with `take`; then on, back to the summary, or the question again."""
        if step.result is None:
            return await step.next(None)
        error = take(await self._asking(step), step.result, step.values)
        if error is not None:
            return await self.again(step, error)
        if step.values.get(REVISING):
            return await self.jump(step, "_ask_summary")
        return await step.next(None)
