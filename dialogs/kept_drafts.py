"""Dialogs set aside, kept for a week: by another command asked mid-dialog, or by a pause
longer than the dialog timeout. `verder` (a button says it too) takes the latest back.

Kept in the conversation's memory as the dialog stack itself (the state codec stores the
SDK's DialogInstance and DialogState as it does for the running dialog), with when it was
set aside and whom it is about, so the line offering it can name the student.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import DialogInstance, DialogState

from dialogs.add_form.form_questions import STUDENT
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.common.memory import recall, remember
from dialogs.texts import say
from domain.services.entry_rules import visible_student

KEPT = "KeptDrafts"
KEEP_FOR = timedelta(days=7)
MAX_KEPT = 3  # set aside more than this and the oldest goes
FORMS = frozenset({"add_form", "quick_form"})


@dataclass(frozen=True)
class Kept:
    stack: list[DialogInstance]
    dialog_id: str
    student: str | None  # the student's number, when the dialog had one
    at: datetime


async def keep(turn: TurnContext, stack: list[DialogInstance], now: datetime) -> Kept:
    kept = Kept(stack, stack[0].id if stack else "", _student_in(stack), now)
    drafts = [d for d in await recall(turn, KEPT) or [] if _fresh(d, now)]
    drafts = [*drafts, {"stack": stack, "dialog": kept.dialog_id, "student": kept.student,
                        "at": now.isoformat()}][-MAX_KEPT:]
    await remember(turn, KEPT, drafts)
    return kept


async def latest(turn: TurnContext, now: datetime) -> Kept | None:
    drafts = [d for d in await recall(turn, KEPT) or [] if _fresh(d, now)]
    return _kept(drafts[-1]) if drafts else None


async def take_latest(turn: TurnContext, now: datetime) -> Kept | None:
    """The latest kept draft, no longer kept (it runs again, or is thrown away)."""
    drafts = [d for d in await recall(turn, KEPT) or [] if _fresh(d, now)]
    if not drafts:
        await remember(turn, KEPT, [])
        return None
    await remember(turn, KEPT, drafts[:-1])
    return _kept(drafts[-1])


async def draft_name(turn: TurnContext, kept: Kept, services: Services) -> str:
    """'het formulier voor Jan de Vries', read again so the name is never one the user may
    no longer see."""
    lang = language(turn)
    student = None
    if kept.student:
        async with services.uow() as uow:
            student = await visible_student(uow, current_staff(turn), kept.student)
    if kept.dialog_id not in FORMS and kept.dialog_id != "edit_entry":
        return say(lang, "DRAFT_OTHER")
    if student is None:
        return say(lang, "DRAFT_FORM_NAMELESS")
    key = "DRAFT_EDIT" if kept.dialog_id == "edit_entry" else "DRAFT_FORM"
    return say(lang, key, name=escape_markdown(student.full_name))


def _fresh(draft: dict[str, Any], now: datetime) -> bool:
    return now - datetime.fromisoformat(draft["at"]) <= KEEP_FOR


def _kept(draft: dict[str, Any]) -> Kept:
    return Kept(list(draft["stack"]), draft["dialog"], draft.get("student"),
                datetime.fromisoformat(draft["at"]))


def _student_in(stack: list[DialogInstance]) -> str | None:
    """The student number in the values of the deepest waterfall that has one."""
    for instance in stack:
        state = instance.state or {}
        number = (state.get("values") or {}).get(STUDENT)
        if number:
            return str(number)
        inner = next((v for v in state.values() if isinstance(v, DialogState)), None)
        if inner is not None:
            found = _student_in(list(inner.dialog_stack))
            if found:
                return found
    return None
