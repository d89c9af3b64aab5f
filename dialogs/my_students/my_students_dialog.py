"""`mijn leerlingen` / `my students`: one card with the students this person looks after.

    mijn leerlingen ──▶ a role with a list? ──▶ my_students ──▶ card (or "none right now")
                                └─▶ no: which roles the list is for
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from botbuilder.core import MessageFactory
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common import adaptive
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.my_students.my_students_card import my_students_card
from dialogs.texts import say
from domain.absence.ports import HistoryUnitOfWork
from domain.services.my_students import WHO_HAS_STUDENTS, my_students

MY_STUDENTS = Command("my_students", shows_student_data=True, for_roles=WHO_HAS_STUDENTS)


class MyStudentsDialog(Dialog):  # type: ignore[misc]
    def __init__(self, services: Services) -> None:
        super().__init__(MY_STUDENTS.dialog_id)
        self._services = services

    async def begin_dialog(self, dc: DialogContext, options: object = None) -> DialogTurnResult:
        lang, staff = language(dc.context), current_staff(dc.context)
        if not staff.roles & WHO_HAS_STUDENTS:
            await dc.context.send_activity(say(lang, "MY_STUDENTS_NOT_FOR_YOU"))
            return await dc.end_dialog()
        uow = cast(Callable[[], HistoryUnitOfWork], self._services.uow)  # SqlUnitOfWork has it
        found = await my_students(uow(), staff, self._services.protocol.calendar,
                                  self._services.now())
        if not found.lines:
            await dc.context.send_activity(say(lang, "MY_STUDENTS_NONE"))
        else:
            card = my_students_card(found, lang)
            await dc.context.send_activity(MessageFactory.attachment(adaptive.attachment(card)))
        return await dc.end_dialog()
