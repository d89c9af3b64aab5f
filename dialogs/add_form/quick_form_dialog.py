"""`snel formulier <leerling>`: the whole form on one card, for staff who know the way.

    student (exactly one) ─▶ one card: form type, description, expiry, Let op, text ─▶ saved
                                  ▲                                                    │
                                  └──────────── a refusal: the card again, filled in ◀─┘

Only forms whose content is one free text (no incident or internship fields) and with the
default access; the guided `nieuw formulier` does the rest. Saving goes through write_entry
with the dialog's draft id, like the guided dialog.
"""

from __future__ import annotations

from uuid import uuid4

from botbuilder.dialogs import DialogTurnResult, WaterfallStepContext
from botbuilder.schema import Activity

from dialogs.add_form.add_form_drafts import DRAFT, save_and_confirm, search_students
from dialogs.add_form.form_questions import (
    DESCRIPTION,
    EXPIRY,
    FIELDS,
    FORM,
    STUDENT,
    URGENT,
    Asking,
)
from dialogs.add_form.guided import GuidedDialog
from dialogs.common import adaptive, cards
from dialogs.common.answers import Answer, pick
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.common.steps import Step
from dialogs.texts import say, say_refused
from domain.access import creatable_forms
from domain.errors import Refused
from domain.expiry import default_expiry_for, parse_expiry
from domain.forms import BODY, CATALOGUE, FormType
from domain.school import Student
from domain.services.entry_rules import DEFAULT_LIMITS, checked_description

QUICK_FORM = Command("quick_form", shows_student_data=True)
CARD = "card"  # what the card showed last: the user's values, kept after a refusal


class QuickFormDialog(GuidedDialog):
    repeats_question = True  # the card comes back filled in with what the user entered

    def __init__(self, services: Services) -> None:
        super().__init__(QUICK_FORM.dialog_id, services,
                         [Step("card", self._ask_card, self._save)])

    async def _ask_card(self, step: WaterfallStepContext) -> DialogTurnResult:
        lang = language(step.context)
        if STUDENT not in step.values:
            args = str((step.options or {}).get("args", ""))
            intro, options = await search_students(self._services, step, args)
            if len(options) != 1 or intro:
                await step.context.send_activity(say(lang, "QUICK_NEEDS_ONE"))
                return await step.end_dialog()
            step.values[STUDENT], step.values[DRAFT] = options[0][1], str(uuid4())
        if not self._quick_forms(step, await self._student(step)):
            await step.context.send_activity(say(lang, "QUICK_NO_FORMS"))
            return await step.end_dialog()
        return await self.ask(step, await self._card(step))

    async def _save(self, step: WaterfallStepContext) -> DialogTurnResult:
        answer: Answer = step.result
        lang = language(step.context)
        if not answer["value"]:
            return await self.again(step, say(lang, "QUICK_USE_CARD"))
        step.values[CARD] = {k: str(v) for k, v in answer["value"].items()}
        try:
            a = await self._read_card(step)
        except Refused as refused:
            return await self.again(step, escape_markdown(say_refused(lang, refused)))
        refusal = await save_and_confirm(self._services, step, a)
        if refusal is not None:
            return await self.again(step, refusal)
        return await step.end_dialog()

    async def _read_card(self, step: WaterfallStepContext) -> Asking:
        """The card's values into the draft, each judged by the domain's rules."""
        card, values = step.values[CARD], step.values
        forms = self._quick_forms(step, await self._student(step))
        values[FORM] = pick(card.get("form", ""), [(f.value, f.value) for f in forms]) or ""
        if not values[FORM]:
            raise Refused("UNKNOWN_CHOICE")
        a = await self._asking(step)
        values[DESCRIPTION] = checked_description(a.spec, card.get("description", ""),
                                                  DEFAULT_LIMITS)
        typed_expiry = card.get("expiry") or "standaard"
        values[EXPIRY] = parse_expiry(typed_expiry, a.today, a.student, a.form).isoformat()
        values[URGENT], values[FIELDS] = card.get("urgent") == "true", {
            "body": card.get("body", "")}
        return a

    async def _card(self, step: WaterfallStepContext) -> Activity:
        lang, student = language(step.context), await self._student(step)
        card = step.values.get(CARD, {})
        forms = self._quick_forms(step, student)
        chosen = card.get("form") or forms[0].value
        default = default_expiry_for(FormType(chosen), student, self._services.today())
        body = [
            cards.choice_input("form", [(CATALOGUE[f].title_in(lang), f.value) for f in forms],
                               chosen,
                               label=say(lang, "L_FORM")),
            cards.text_input("description", say(lang, "QUICK_DESCRIPTION"),
                             card.get("description", ""), max_length=200),
            cards.date_input("expiry", say(lang, "L_EXPIRY"),
                             card.get("expiry") or default.isoformat()),
            cards.toggle("urgent", say(lang, "L_URGENT"), card.get("urgent") == "true"),
            cards.text_input("body", BODY[0].label_in(lang), card.get("body", ""),
                             multiline=True),
        ]
        name = escape_markdown(student.full_name)
        return cards.question(say(lang, "QUICK_CARD", student=name), body, [
            cards.send_inputs(say(lang, "SAVE")),
            adaptive.submit(say(lang, "CANCEL"), "annuleer")])

    def _quick_forms(self, step: WaterfallStepContext, student: Student) -> list[FormType]:
        forms = creatable_forms(current_staff(step.context), student)
        return [form for form in forms if CATALOGUE[form].fields == BODY]
