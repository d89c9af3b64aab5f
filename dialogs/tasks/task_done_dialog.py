"""`gedaan <taak>` (or "Gedaan" on a prompt): mark a protocol action done, in order, by
someone who holds its role towards the student; then update the card in place.

    begin ──▶ complete_task ──▶ (card clicked) update that card ──▶ confirm ──▶ end
                           └──▶ not found / not yours / must wait: say why ──▶ end
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language, submitted
from dialogs.common.markdown import escape_markdown
from dialogs.tasks.prompt_card import prompt_activity
from dialogs.texts import say
from domain.notify.outbox import MessageKind
from domain.notify.ports import NotifyUnitOfWork
from domain.notify.recipients import TASK_OWNERS
from domain.notify.tasks import (
    MustWait,
    NotYourTask,
    TaskNotFound,
    complete_task,
    delivered_prompts,
)
from domain.school import Staff

log = logging.getLogger(__name__)

TASK_DONE = Command("task_done", shows_student_data=True, for_roles=TASK_OWNERS)


class TaskDoneDialog(Dialog):  # type: ignore[misc]
    def __init__(self, services: Services, uow: Callable[[], NotifyUnitOfWork]) -> None:
        super().__init__(TASK_DONE.dialog_id)
        self._services, self._uow = services, uow

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        turn, lang = dc.context, language(dc.context)
        value = submitted(turn)
        task_id = _task_id(value.get("task_id"), (options or {}).get("args", ""))  # type: ignore[union-attr]
        if task_id is None:
            await turn.send_activity(say(lang, "TASK_USAGE"))
            return await dc.end_dialog()
        await turn.send_activity(await self._complete(turn, task_id, value, lang))
        return await dc.end_dialog()

    async def _complete(self, turn: TurnContext, task_id: int, value: dict[str, Any],
                        lang: str) -> str:
        staff = current_staff(turn)
        try:
            record = await complete_task(self._uow(), staff, task_id, self._services.now())
        except TaskNotFound:
            return say(lang, "TASK_NOT_FOUND")
        except NotYourTask as refused:
            role = refused.args[0]
            return say(lang, "TASK_NOT_YOURS", role=role.label_in(lang))
        except MustWait as wait:
            first = self._services.protocol.action_in(lang, wait.first)
            return say(lang, "TASK_BLOCKED", first=first)
        card_id = _task_id(value.get("card"), "")
        if card_id is not None:
            await self._update_card(turn, staff, card_id, lang)
        action = self._services.protocol.action_in(lang, record.task.action)
        return say(lang, "TASK_DONE", action=action,
                   name=escape_markdown(staff.display_name))

    async def _update_card(self, turn: TurnContext, staff: Staff, card_id: int,
                           lang: str) -> None:
        found = await delivered_prompts(self._uow(), staff, card_id, self._services.now())
        if found is None or not found[0].activity_id:
            return
        delivered, prompts = found
        activity = prompt_activity(prompts, lang, card_id, self._services.today(),
                                   self._services.protocol,
                                   digest=delivered.kind is MessageKind.DIGEST)
        activity.id = delivered.activity_id
        try:
            await turn.update_activity(activity)
        except Exception as error:  # noqa: BLE001 - the action is saved; the card stays old
            log.warning("could not update card %s: %s", card_id, type(error).__name__)


def _task_id(value: object, args: str) -> int | None:
    text = str(value if value is not None else args).strip().lstrip("#")
    return int(text) if text.isdigit() else None
