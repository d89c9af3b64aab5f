"""`taken` / `mijn taken`: this person's open protocol actions, overdue first, with the
same buttons as on a prompt (Gedaan, Verslag in logboek, Logboek bekijken)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common.absence_headline import headline
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.markdown import escape_markdown
from dialogs.tasks.prompt_card import logbook_buttons, own_action, text_block
from dialogs.texts import say
from domain.notify.fanout import action_lines
from domain.notify.ports import NotifyUnitOfWork
from domain.notify.recipients import TASK_OWNERS
from domain.notify.tasks import OpenTask, open_tasks
from domain.ports import Directory

TASKS = Command("tasks", shows_student_data=True, for_roles=TASK_OWNERS)
MAX_TASKS = 15  # one card stays well under Teams' 28 KB


class TasksDialog(Dialog):  # type: ignore[misc]
    def __init__(self, services: Services, uow: Callable[[], NotifyUnitOfWork]) -> None:
        super().__init__(TASKS.dialog_id)
        self._services, self._uow = services, uow

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        lang, staff = language(dc.context), current_staff(dc.context)
        today = self._services.today()
        tasks = await open_tasks(self._uow(), staff, self._services.now())
        if not tasks:
            await dc.context.send_activity(say(lang, "NO_TASKS"))
            return await dc.end_dialog()
        async with self._uow() as uow:
            body = [text_block(say(lang, "TASKS_HEADING", count=len(tasks)),
                               size="Medium", weight="Bolder")]
            for task in tasks[:MAX_TASKS]:
                body.append(await _task_container(uow.directory, task, lang, today,
                                                  self._services))
        card = {"type": "AdaptiveCard", "version": "1.5", "body": body}
        await dc.context.send_activity(MessageFactory.attachment(CardFactory.adaptive_card(card)))
        return await dc.end_dialog()


async def _task_container(directory: Directory, task: OpenTask, lang: str, today: date,
                          services: Services) -> dict[str, Any]:
    [line] = await action_lines(directory, [task.record], services.now())
    student, signal = task.student, task.signal
    what = headline(signal.rule, signal.threshold, signal.topic, lang)
    more = logbook_buttons(student.number, frozenset({line.role}),
                           headline(signal.rule, signal.threshold, signal.topic, "nl"), lang)
    action = own_action(line.in_language(lang, services.protocol), lang, None, today, more)
    return {"type": "Container", "separator": True, "items": [
        text_block(f"{escape_markdown(student.full_name)} "
                   f"({escape_markdown(student.class_name)}): {what}", weight="Bolder"),
        action]}
