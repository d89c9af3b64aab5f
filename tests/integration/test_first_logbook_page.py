"""domain/services/first_logbook_page.py on real SQL: the first page and the absence
overview in one unit of work give what read_logbook_of and read_absence_overview give
apart, under the same access rules, with both audit rows."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.school import Student
from domain.services.absence_overview import read_absence_overview
from domain.services.first_logbook_page import read_first_page_of
from domain.services.read_logbook import NO_LOGBOOK, LogbookFilters, read_logbook_of
from storage.demo import accounts
from storage.uow import SqlUnitOfWork
from tests.integration.test_demo_absences import NOW, PROTOCOL, demo, reads

ALL = LogbookFilters()


async def demo_and_jan(engine: AsyncEngine) -> tuple[SqlUnitOfWork, Student]:
    uow = await demo(engine)
    async with uow:
        jan = await uow.directory.student(accounts.JAN_NUMBER)
    assert jan is not None
    return uow, jan


async def test_page_and_overview_together_as_apart_each_read_audited(
    engine: AsyncEngine,
) -> None:
    uow, jan = await demo_and_jan(engine)
    view, overview = await read_first_page_of(accounts.DEMO_MENTOR, jan, ALL, uow, NOW,
                                              PROTOCOL)
    mentor_read = [(accounts.DEMO_MENTOR.id, accounts.JAN_NUMBER)]
    assert await reads(engine, "absence_overview") == mentor_read
    assert await reads(engine, "entry_ids") == mentor_read
    assert view == await read_logbook_of(accounts.DEMO_MENTOR, jan, ALL, 1, uow, NOW)
    assert overview is not None
    assert overview == await read_absence_overview(accounts.DEMO_MENTOR, jan, uow, PROTOCOL,
                                                   NOW)


async def test_no_overview_without_the_right_and_nothing_for_an_outsider(
    engine: AsyncEngine,
) -> None:
    uow, jan = await demo_and_jan(engine)
    outsider = await read_first_page_of(accounts.DEMO_MENTOR_ZUID, jan, ALL, uow, NOW,
                                        PROTOCOL)
    assert outsider == (NO_LOGBOOK, None)
    assert await reads(engine, "entry_ids") == []
    view, overview = await read_first_page_of(accounts.DEMO_DOCENT, jan, ALL, uow, NOW,
                                              PROTOCOL)  # his teacher: no absence signals
    assert view.student == jan and overview is None
    assert await reads(engine, "entry_ids") == [(accounts.DEMO_DOCENT.id, accounts.JAN_NUMBER)]
    assert await reads(engine, "absence_overview") == []
