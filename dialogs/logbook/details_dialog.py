"""`details <n>` (the n-th form on the page shown last) or `details <form id>` (a card
button): one form with all its fields and attachments, `Bewerk` where allowed."""

from __future__ import annotations

from typing import Any

from botbuilder.core import MessageFactory
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common import adaptive
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.logbook.entry_card import entry_card
from dialogs.logbook.logbook_dialog import last_page_entries
from dialogs.texts import say
from domain.services.entry_details import entry_details

DETAILS = Command("logbook_details", shows_student_data=True)


class DetailsDialog(Dialog):  # type: ignore[misc]
    def __init__(self, services: Services) -> None:
        super().__init__(DETAILS.dialog_id)
        self._services = services

    async def begin_dialog(self, dc: DialogContext, options: Any = None) -> DialogTurnResult:
        entry_id = await self._entry_id(dc, str((options or {}).get("args", "")).strip())
        if entry_id is not None:
            await self._show(dc, entry_id)
        return await dc.end_dialog()

    async def _entry_id(self, dc: DialogContext, typed: str) -> str | None:
        """A position on the last page → that form's id; anything else is taken as an id."""
        lang = language(dc.context)
        if not typed:
            await dc.context.send_activity(say(lang, "DETAILS_USAGE"))
            return None
        if not typed.isdigit():
            return typed
        entries = await last_page_entries(dc)
        if entries is None:
            await dc.context.send_activity(say(lang, "NO_LAST_LOGBOOK"))
            return None
        position = int(typed)
        if not 1 <= position <= len(entries):
            await dc.context.send_activity(say(lang, "NO_SUCH_POSITION",
                                                    position=position, count=len(entries)))
            return None
        return entries[position - 1]

    async def _show(self, dc: DialogContext, entry_id: str) -> None:
        lang = language(dc.context)
        details = await entry_details(current_staff(dc.context), entry_id,
                                      self._services.uow(), self._services.now())
        if details is None:  # absent and not readable are one answer
            await dc.context.send_activity(say(lang, "ENTRY_NOT_FOUND"))
            return
        content = entry_card(details, lang, self._services.today())
        await dc.context.send_activity(MessageFactory.attachment(adaptive.attachment(content)))
