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
from botbuilder.schema import Activity

from dialogs.add_form import access_question as access
from dialogs.add_form import add_form_questions as q
from dialogs.add_form import form_questions as shared
from dialogs.add_form.add_form_drafts import (
    ALL_DEFAULT_WORDS,
    ALL_DEFAULTS,
    DRAFT,
    REVISING,
    accept_all_defaults,
    parent_lines,
    save_and_confirm,
    search_students,
)
from dialogs.add_form.form_questions import Asking, Values
from dialogs.add_form.guided import GuidedDialog
from dialogs.common import cards
from dialogs.common.answers import words
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.common.steps import Step
from dialogs.texts import say, typed_words
from domain.access import creatable_forms

ADD_FORM = Command("add_form", shows_student_data=True)
INTRO = "student_intro"  # what to say before asking for the student again
PREFILL_USED = "prefill_used"


class AddFormDialog(GuidedDialog):
    def __init__(self, services: Services) -> None:
        self.student = Step("student", self._ask_student, self._take_student)
        self.form = Step("form", self._ask_form, self._take_form)
        self.parent = Step("parent", self._ask_parent, self._take_parent,
                           skip=self._not_under_an_item)
        self.description = self.question("description", _ask_description,
                                         shared.take_description, _fixed_description)
        self.expiry = Step("expiry", self._ask_expiry, self._take_expiry)
        self.urgent = self.question("urgent", lambda a, _: shared.ask_urgent(a),
                                    shared.take_urgent, _all_defaults)
        self.fields = self.question("fields", _ask_fields, shared.take_fields)
        self.attachment = self.question("attachment", lambda a, _: q.ask_attachment(a),
                                        q.take_attachment, _all_defaults)
        self.access = self.question("access", _ask_access, access.take_access, _default_access)
        self.summary = Step("summary", self._ask_summary, self._take_summary)
        self.revision = Step("revision", self._ask_revision, self._take_revision)
        super().__init__(ADD_FORM.dialog_id, services, [
            self.student, self.form, self.parent, self.description, self.expiry, self.urgent,
            self.fields, self.attachment, self.access, self.summary, self.revision,
        ])

    async def _ask_student(self, wc: WaterfallStepContext) -> DialogTurnResult:
        values, lang = wc.values, language(wc.context)
        args = str((wc.options or {}).get("args", "")) if DRAFT not in values else ""
        values.setdefault(DRAFT, str(uuid4()))
        if args:
            return await self._found(wc, await search_students(self._services, wc, args))
        intro = str(values.pop(INTRO, ""))
        return await self.ask(wc, q.ask_student(lang, values.get(q.CHOICES, []), intro))

    async def _take_student(self, wc: WaterfallStepContext) -> DialogTurnResult:
        picked = q.picked_option(wc.result, wc.values.get(q.CHOICES, []))
        if picked is not None:
            wc.values[shared.STUDENT] = picked
            return await self.proceed(wc)
        return await self._found(wc, await search_students(self._services, wc,
                                                           wc.result["text"]))

    async def _found(self, wc: WaterfallStepContext, found: tuple[str, list[list[str]]]
                     ) -> DialogTurnResult:
        """One student: on to the form; several or lookalikes: a choice; none: ask again."""
        intro, options = found
        if len(options) == 1 and not intro:
            wc.values[shared.STUDENT], wc.values[q.CHOICES] = options[0][1], []
            return await self.go(wc, self.form)
        wc.values[q.CHOICES], wc.values[INTRO] = options, intro
        return await self.go(wc, self.student)

    async def _ask_form(self, wc: WaterfallStepContext) -> DialogTurnResult:
        staff, student, lang = current_staff(wc.context), await self._student(wc), \
            language(wc.context)
        forms = creatable_forms(staff, student)
        if not forms:
            name = escape_markdown(student.full_name)
            await wc.context.send_activity(say(lang, "NO_FORMS", student=name))
            return await wc.end_dialog()
        if q.take_prefill(self._prefill(wc), forms, wc.values):
            return await self.go(wc, self.description)
        return await self.ask(wc, q.ask_form(lang, student, forms))

    def _prefill(self, wc: WaterfallStepContext) -> dict[str, str]:
        """What a "Verslag in logboek" button filled in: used once, on the first ask."""
        if wc.values.get(PREFILL_USED):
            return {}
        wc.values[PREFILL_USED] = True
        prefill = (wc.options or {}).get("submitted") or {}
        return {k: str(v) for k, v in prefill.items() if k in ("form_type", "description")}

    async def _take_form(self, wc: WaterfallStepContext) -> DialogTurnResult:
        forms = creatable_forms(current_staff(wc.context), await self._student(wc))
        if not q.take_form(wc.result, forms, wc.values, language(wc.context)):
            return await self.again(wc, say(language(wc.context), "UNKNOWN_CHOICE"))
        wc.values[REVISING] = False  # a new form type asks everything after it again
        return await self.proceed(wc)

    async def _not_under_an_item(self, wc: WaterfallStepContext) -> bool:
        return not wc.values.get(q.UNDER)

    async def _ask_parent(self, wc: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(wc)
        options = q.parent_options(await parent_lines(self._services, a), a.lang)
        if len(options) == 1:
            name = escape_markdown(a.student.full_name)
            await wc.context.send_activity(a.text("NO_PARENTS", student=name))
            return await self.proceed(wc)
        wc.values["parent_options"] = options
        return await self.ask(wc, cards.choices(a.text("ASK_PARENT"), options,
                                                  a.text("NEXT"), a.nav()))

    async def _take_parent(self, wc: WaterfallStepContext) -> DialogTurnResult:
        options = wc.values.pop("parent_options", [])
        if not options:
            return await self.proceed(wc)
        key = q.picked_option(wc.result, options)
        if key is None:
            return await self.again(wc, say(language(wc.context), "UNKNOWN_CHOICE"))
        wc.values[q.PARENT] = key or None
        wc.values["parent_title"] = dict((k, t) for t, k in options).get(key, "")
        return await self.proceed(wc)

    async def _ask_expiry(self, wc: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(wc)
        wc.values[ALL_DEFAULTS] = False
        offer = not wc.values.get(REVISING)
        return await self.ask(wc, shared.ask_expiry(a, all_defaults=offer))

    async def _take_expiry(self, wc: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(wc)
        if words(wc.result) in ALL_DEFAULT_WORDS:
            accept_all_defaults(a, wc.values)
            return await self.proceed(wc)
        error = shared.take_expiry(a, wc.result, wc.values)
        return await (self.again(wc, error) if error is not None else self.taken(wc))

    async def _ask_summary(self, wc: WaterfallStepContext) -> DialogTurnResult:
        wc.values[REVISING] = False
        return await self.ask(wc, q.ask_summary(await self._asking(wc), wc.values))

    async def _take_summary(self, wc: WaterfallStepContext) -> DialogTurnResult:
        said, a = words(wc.result), await self._asking(wc)
        if said in typed_words("CHANGE"):
            return await self.proceed(wc)
        if said not in typed_words("SAVE"):
            return await self.again(wc, a.text("SUMMARY"))
        refusal = await save_and_confirm(self._services, wc, a)
        if refusal is not None:
            return await self.again(wc, refusal)
        return await wc.end_dialog()

    async def _ask_revision(self, wc: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(wc)
        return await self.ask(wc, cards.choices(
            a.text("ASK_WHICH_STEP"), q.revisable_steps(a.lang, a.form), a.text("NEXT"), a.nav()))

    async def _take_revision(self, wc: WaterfallStepContext) -> DialogTurnResult:
        a = await self._asking(wc)
        name = q.picked_option(wc.result, [list(pair) for pair in q.revisable_steps(a.lang,
                                                                                    a.form)])
        if name is None:
            return await self.again(wc, a.text("UNKNOWN_CHOICE"))
        wc.values[REVISING], wc.values[ALL_DEFAULTS] = True, False
        return await self.go(wc, self.named(name))

    async def taken(self, wc: WaterfallStepContext) -> DialogTurnResult:
        """A step redone from the summary returns to it; otherwise on to the next."""
        if wc.values.get(REVISING):
            return await self.go(wc, self.summary)
        return await self.proceed(wc)


def _ask_description(a: Asking, values: Values) -> Activity:
    return shared.ask_description(a, str(values.get(shared.DESCRIPTION) or ""))


def _fixed_description(a: Asking, values: Values) -> str | None:
    if not a.spec.fixed_description:
        return None
    values[shared.DESCRIPTION] = a.spec.name
    return a.text("FIXED_DESCRIPTION", name=a.spec.name)


def _all_defaults(a: Asking, values: Values) -> str | None:
    return "" if values.get(ALL_DEFAULTS) else None


def _ask_fields(a: Asking, values: Values) -> Activity:
    filled = values.get(shared.FIELDS) or {}
    if filled and all(field.key in filled for field in a.spec.fields):
        values[shared.FIELDS] = {}  # asked again (terug, wijzigen): start from these
    return shared.ask_fields(a, values, filled)


def _ask_access(a: Asking, values: Values) -> Activity:
    return access.ask_access(a, access.current_access(values))


def _default_access(a: Asking, values: Values) -> str | None:
    if not (a.spec.locked or values.get(ALL_DEFAULTS)):
        return None
    access.accept_default_access(a, values)
    return access.locked_access_note(a) if a.spec.locked else ""
