"""`logboek <student> [filters]` and `meer`: a student's logbook, ten items per card.

    logboek … ──▶ parse filters ──▶ one student? ──▶ read_logbook ──▶ card; remember query
                                    └─▶ choice / "Bedoel je…?" / not found
    meer ──▶ the remembered query, next page ──▶ card

The remembered query lives in conversation state as JSON primitives: the student number,
the filters, the page and the ids of the forms on it (for `details <n>`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.dialogs import Dialog, DialogContext, DialogTurnResult

from dialogs.common import adaptive
from dialogs.common.adaptive import Element
from dialogs.common.commands import Command
from dialogs.common.context import Services, current_staff, language
from dialogs.common.memory import recall, remember
from dialogs.common.student_lookup import one_student
from dialogs.logbook.absence_card import absence_picture
from dialogs.logbook.absence_chart import render
from dialogs.logbook.logbook_card import logbook_card, numbered
from dialogs.logbook.logbook_request import (
    filters_from_state,
    filters_to_state,
    parse_logbook_request,
)
from dialogs.logbook.picture_delivery import picture_urls
from dialogs.texts import say, say_refused
from domain.absence.overview import YearOverview
from domain.absence.ports import HistoryUnitOfWork
from domain.access import may_export
from domain.errors import Refused
from domain.school import Staff, Student
from domain.services.absence_overview import read_absence_overview
from domain.services.first_logbook_page import read_first_page_of
from domain.services.read_logbook import (
    LogbookFilters,
    LogbookView,
    read_logbook,
    read_logbook_of,
)

LAST_LOGBOOK = "LastLogbook"

LOGBOOK = Command("logbook", shows_student_data=True)
MORE = Command("logbook_more", shows_student_data=True)


class LogbookDialog(Dialog):  # type: ignore[misc]
    """One turn: find the student, show the first page of their logbook."""

    def __init__(self, services: Services) -> None:
        super().__init__(LOGBOOK.dialog_id)
        self._services = services

    async def begin_dialog(self, dc: DialogContext, options: Any = None) -> DialogTurnResult:
        request = parse_logbook_request(str((options or {}).get("args", "")))
        if not request.student:
            await dc.context.send_activity(say(language(dc.context), "LOGBOOK_USAGE"))
            return await dc.end_dialog()
        student = await one_student(dc.context, self._services, request.student)
        if student is not None:
            await show_page(dc, self._services, student, request.filters, page=1)
        return await dc.end_dialog()


class MoreDialog(Dialog):  # type: ignore[misc]
    """One turn: the next page of the logbook shown last in this conversation."""

    def __init__(self, services: Services) -> None:
        super().__init__(MORE.dialog_id)
        self._services = services

    async def begin_dialog(self, dc: DialogContext, options: Any = None) -> DialogTurnResult:
        last = await recall(dc.context, LAST_LOGBOOK)
        lang = language(dc.context)
        if not last:
            await dc.context.send_activity(say(lang, "NO_LAST_LOGBOOK"))
        elif int(last["page"]) >= int(last["pages"]):
            await dc.context.send_activity(say(lang, "LAST_PAGE"))
        else:
            await show_page(dc, self._services, str(last["student"]),
                            filters_from_state(last["filters"]), page=int(last["page"]) + 1)
        return await dc.end_dialog()


async def show_page(
    dc: DialogContext, services: Services, who: str | Student, filters: LogbookFilters,
    page: int,
) -> None:
    """Read one page through the use case (access and audit are its job) and show it.
    `who`: a student number, or the Student this turn already found (not read again)."""
    staff, lang = current_staff(dc.context), language(dc.context)
    try:
        view, overview = await _read(staff, who, filters, page, services)
    except Refused as refusal:
        await dc.context.send_activity(say_refused(lang, refusal))
        return
    if view.student is None:
        await dc.context.send_activity(say(lang, "NOT_FOUND"))
        return
    absence = await absence_elements(dc.context, overview, services)
    view = replace(view, open_actions=tuple(  # the protocol's English for English readers
        replace(a, action=services.protocol.action_in(lang, a.action)) for a in view.open_actions))
    content = logbook_card(view, filters, lang, services.today(),
                           may_export(staff, view.student), absence)
    await dc.context.send_activity(MessageFactory.attachment(adaptive.attachment(content)))
    await remember(dc.context, LAST_LOGBOOK, {
        "student": view.student.number, "filters": filters_to_state(filters),
        "page": view.page, "pages": view.page_count,
        "entries": [entry.id for entry in numbered(view.lines)],
    })


async def absence_elements(turn: TurnContext, overview: YearOverview | None,
                           services: Services) -> list[Element]:
    """The absence picture (a logbook's first page, for those who may see absence)."""
    if overview is None:
        return []
    urls = await picture_urls(turn, services, render(overview))
    return absence_picture(overview, language(turn), urls)


async def _read(
    staff: Staff, who: str | Student, filters: LogbookFilters, page: int, services: Services
) -> tuple[LogbookView, YearOverview | None]:
    """The page, and on the first page the absence overview (None: not to be shown)."""
    history_uow = cast(Callable[[], HistoryUnitOfWork], services.uow)  # SqlUnitOfWork has it
    if isinstance(who, Student) and page == 1:
        return await read_first_page_of(staff, who, filters, history_uow(), services.now(),
                                        services.protocol)
    if isinstance(who, Student):
        return await read_logbook_of(staff, who, filters, page, services.uow(),
                                     services.now()), None
    view = await read_logbook(staff, who, filters, page, services.uow(), services.now())
    if view.page != 1 or view.student is None:
        return view, None
    return view, await read_absence_overview(staff, view.student, history_uow(),
                                             services.protocol, services.now())


async def last_page_entries(dc: DialogContext) -> list[str] | None:
    """The ids of the forms on the page shown last, in their numbered order."""
    last = await recall(dc.context, LAST_LOGBOOK)
    return [str(entry_id) for entry_id in last["entries"]] if last else None
