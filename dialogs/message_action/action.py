"""Answers the message action's two invokes: the body of each invoke response.

fetchTask: the form prefilled from the message. submitAction: saved through write_entry,
the use case of the add-form dialog (access rules, audit, one save per draft), or the form
again with the reason. Both only ever answer in the task module; the saved form's details
go to the user's personal chat, never to the conversation the message came from.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import date
from typing import Any
from uuid import uuid4

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.schema import Activity

from dialogs.common import adaptive
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown, one_line
from dialogs.logbook.entry_card import entry_card
from dialogs.message_action.quoted_message import QuotedMessage
from dialogs.message_action.task_card import DRAFT, INPUTS, TaskForm, continue_task, message_task
from dialogs.message_action.writable import forms_for, likeliest_form, one_student
from dialogs.texts import say, say_refused
from domain.errors import Invalid, Refused
from domain.forms import CATALOGUE, FormType
from domain.logbook import Entry
from domain.school import Staff
from domain.services.entry_details import entry_details
from domain.services.entry_rules import DEFAULT_LIMITS
from domain.services.students_in_text import students_named_in
from domain.services.write_entry import NewEntry, write_entry

COMMAND_ID = "addToLogbook"
FETCH, SUBMIT = "composeExtension/fetchTask", "composeExtension/submitAction"
# Sends an activity to the user's personal chat; False when there is none to be had.
PersonalChat = Callable[[TurnContext, Activity], Awaitable[bool]]
# True the first time a draft is reported saved: its details are sent once, however often
# Teams repeats the submit.
FirstReport = Callable[[str], Awaitable[bool]]


class MessageAction:
    def __init__(self, services: Services, personal_chat: PersonalChat,
                 first_report: FirstReport) -> None:
        self._services, self._personal_chat = services, personal_chat
        self._first_report = first_report

    async def answer(self, turn: TurnContext) -> dict[str, Any]:
        value = turn.activity.value if isinstance(turn.activity.value, dict) else {}
        lang, staff = language(turn), current_staff(turn)
        if value.get("commandId") != COMMAND_ID:
            return message_task(say(lang, "MESSAGE_ACTION_UNKNOWN_COMMAND"))
        if not forms_for(staff, None):
            return message_task(say(lang, "MESSAGE_ACTION_NO_FORMS"))
        if turn.activity.name == FETCH:
            return await self._fetch(turn, staff, value)
        return await self._submit(turn, staff, value)

    async def _fetch(self, turn: TurnContext, staff: Staff, value: Any) -> dict[str, Any]:
        lang = language(turn)
        quoted = QuotedMessage.of(value, self._services.now().tzinfo or None)
        named = await students_named_in(staff, quoted.text, self._services.uow(),
                                        await self._services.student_names())
        one = named.the_one  # several, or only guesses, are offered, not chosen
        forms = forms_for(staff, one) or forms_for(staff, None)  # the domain judges on save
        values = {DRAFT: str(uuid4()), "form": likeliest_form(forms).value, "urgent": "false",
                  "student": one.number if one else "",
                  "description": one_line(quoted.text, DEFAULT_LIMITS.max_description),
                  "body": _body(quoted, lang)}
        error = "" if named.students else say(lang, "MESSAGE_ACTION_NOBODY_NAMED")
        return continue_task(TaskForm(values, named.students, forms, error), lang)

    async def _submit(self, turn: TurnContext, staff: Staff, value: Any) -> dict[str, Any]:
        lang = language(turn)
        data = value.get("data") if isinstance(value.get("data"), dict) else {}
        values = {key: str(data.get(key) or "") for key in (DRAFT, *INPUTS)}
        values[DRAFT] = values[DRAFT] or str(uuid4())
        found = await one_student(staff, values, self._services.uow(), lang)
        forms = forms_for(staff, found.student) or forms_for(staff, None)
        if found.error:
            return continue_task(TaskForm(values, found.choices, forms, found.error), lang)
        try:
            entry = await write_entry(_command(values, found.number), staff,
                                      self._services.uow(), self._services.now())
        except Refused as refused:
            error = escape_markdown(say_refused(lang, refused))
            return continue_task(TaskForm(values, found.choices, forms, error), lang)
        return message_task(await self._report(turn, staff, entry, values[DRAFT]))

    async def _report(self, turn: TurnContext, staff: Staff, entry: Entry, draft: str) -> str:
        """The form's details in the personal chat (once per draft); the task module's text."""
        lang = language(turn)
        details = await entry_details(staff, entry.id, self._services.uow(),
                                      self._services.now())
        name = details.student.full_name if details else entry.student_number
        form = CATALOGUE[entry.form_type].name
        if details is None:  # written but not readable by its author: nothing to show
            return say(lang, "MESSAGE_ACTION_SAVED_NO_CHAT", student=name, form=form)
        sent = True
        if await self._first_report(draft):
            card = entry_card(details, lang, self._services.today())
            activity = MessageFactory.attachment(adaptive.attachment(card),
                                                 text=say(lang, "MESSAGE_ACTION_SAVED_HERE"))
            sent = await self._personal_chat(turn, activity)
        key = "MESSAGE_ACTION_SAVED" if sent else "MESSAGE_ACTION_SAVED_NO_CHAT"
        return say(lang, key, student=name, form=form)


def _command(values: Mapping[str, str], number: str) -> NewEntry:
    form = values.get("form", "")
    if form not in {f.value for f in FormType}:
        raise Invalid("MESSAGE_ACTION_CHOOSE_FORM")
    return NewEntry(
        student_number=number, form_type=FormType(form), description=values["description"],
        expires_on=_expiry(values["expiry"]), urgent=values["urgent"] == "true",
        fields={"body": values["body"]}, request_key=f"message-action:{values[DRAFT]}")


def _expiry(typed: str) -> date | None:
    """The card's date picker sends ISO dates; empty means the form's default."""
    if not typed.strip():
        return None
    try:
        return date.fromisoformat(typed.strip())
    except ValueError:
        raise Invalid("MESSAGE_ACTION_BAD_DATE", typed=typed) from None


def _body(quoted: QuotedMessage, lang: str) -> str:
    author = quoted.author or say(lang, "MESSAGE_ACTION_SOMEONE")
    when = f"{quoted.sent_at:%d-%m-%Y %H:%M}" if quoted.sent_at else "?"
    origin = say(lang, "MESSAGE_ACTION_FROM_MESSAGE", author=author, when=when)
    return f"{origin}\n\n{quoted.text}"
