"""The add-form dialog's dealings with the use cases: finding students, listing parent items,
the defaults, and saving the draft exactly once (its draft id is the request key)."""

from __future__ import annotations

from datetime import date

from botbuilder.core import MessageFactory
from botbuilder.dialogs import WaterfallStepContext

from dialogs.add_form.access_question import accept_default_access
from dialogs.add_form.add_form_questions import ATTACHMENT, PARENT, student_option
from dialogs.add_form.form_questions import (
    ACCESS,
    DESCRIPTION,
    EXPIRY,
    FIELDS,
    URGENT,
    Asking,
    Values,
)
from dialogs.common import adaptive
from dialogs.common.cards import escape_markdown
from dialogs.common.context import Services, current_staff, language
from dialogs.texts import say, typed_words
from domain.errors import AlreadyExists, Refused
from domain.expiry import default_expiry_for
from domain.logbook import Attachment, Entry
from domain.roles import Role
from domain.services.lookup_student import lookup_students
from domain.services.read_logbook import LogbookFilters, read_logbook
from domain.services.write_entry import NewEntry, write_entry

DRAFT = "draft_id"  # one per dialog: the request key, so one dialog saves at most one form
REVISING = "revising"  # a step redone from the summary returns to it
ALL_DEFAULTS = "all_defaults"
ALL_DEFAULT_WORDS = typed_words("ALL_DEFAULTS")

Found = tuple[str, list[list[str]]]  # (what to say first, [title, student number] options)


async def search_students(services: Services, step: WaterfallStepContext, text: str) -> Found:
    """Students the user is involved with, by name, class or number; others do not exist."""
    lang = language(step.context)
    search = await lookup_students(current_staff(step.context), text, services.uow(),
                                   names=await services.student_names())
    typed = escape_markdown(text.strip())
    if search.matches:
        options = [list(student_option(s)) for s in search.matches]
        return ("" if len(options) == 1 else say(lang, "PICK_STUDENT"), options)
    if search.closest:
        return (say(lang, "DID_YOU_MEAN", typed=typed),
                [list(student_option(s)) for s in search.closest])
    return (f"{say(lang, 'STUDENT_NOT_FOUND', typed=typed)} "
            f"{say(lang, 'ASK_STUDENT')}", [])


async def parent_lines(services: Services, a: Asking) -> list[tuple[str, str]]:
    """The student's top-level logbook items the author may read: (title, entry id)."""
    view = await read_logbook(a.staff, a.student.number, LogbookFilters(), 1, services.uow(),
                              services.now())
    return [(f"{line.entry.description} ({line.entry.created_at:%d-%m-%Y})", line.entry.id)
            for line in view.lines]


def accept_all_defaults(a: Asking, values: Values) -> None:
    """'Alles standaard': default expiry, no Let op, no attachment, the default access."""
    values[EXPIRY] = default_expiry_for(a.form, a.student, a.today).isoformat()
    values[URGENT], values[ATTACHMENT], values[ALL_DEFAULTS] = False, None, True
    accept_default_access(a, values)


async def save_and_confirm(
    services: Services, step: WaterfallStepContext, a: Asking
) -> str | None:
    """Save the draft once and say so; a refusal's text (for asking again) if the domain
    refuses it. A form there may be only one of (Mentoraat) is offered for editing instead:
    the dialog ends with that offer."""
    try:
        await save_draft(services, a, step.values)
    except AlreadyExists as existing:
        await step.context.send_activity(MessageFactory.attachment(adaptive.attachment(
            adaptive.card([adaptive.text(a.refused(existing))],
                          [adaptive.submit(say(a.lang, "BUTTON_EDIT"),
                                           f"bewerk {existing.entry_id}")]))))
        return None
    except Refused as refused:
        return a.refused(refused)
    name = escape_markdown(a.student.full_name)
    await step.context.send_activity(a.text("SAVED", form=a.spec.name, student=name))
    return None


async def save_draft(services: Services, a: Asking, values: Values) -> Entry:
    attachment = values.get(ATTACHMENT)
    command = NewEntry(
        student_number=a.student.number, form_type=a.form,
        description=str(values.get(DESCRIPTION) or ""),
        expires_on=date.fromisoformat(values[EXPIRY]), urgent=bool(values.get(URGENT)),
        fields=dict(values.get(FIELDS) or {}),
        access=frozenset(Role(r) for r in values[ACCESS]) if ACCESS in values else None,
        parent_id=values.get(PARENT) or None,
        attachments=(Attachment(**attachment),) if attachment else (),
        request_key=str(values[DRAFT]),
    )
    return await write_entry(command, a.staff, services.uow(), services.now())
