"""Two bot instances on PostgreSQL send the same outbox: every message exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.jobs.outbox_worker import OutboxWorker
from bot.runtime import build_runtime
from bot.settings import Settings
from bot.teams.notifier import TeamsNotifier
from bot.teams.rate_limiter import RateLimiter
from domain.absence.protocol import RuleId
from domain.notify.outbox import MessageKind, OutgoingMessage
from domain.notify.prompt import ActionLine, Prompt
from domain.notify.quiet_hours import SchoolHours
from domain.roles import Role
from storage.conversation_refs import ConversationReferences
from storage.database import create_engine, session_factory
from storage.tables import OutboxRow
from storage.uow import SqlUnitOfWork
from tests.support.bot import Clock
from tests.support.connector import FakeConnector, running_connector
from tests.support.notify import done_buttons
from tests.support.school import STAFF
from tests.support.seed_school import seed_school

MESSAGES = 1000


def prompt(number: int) -> Prompt:
    action = ActionLine(number, Role.MENTOR, f"actie {number}", date(2026, 11, 30))
    return Prompt(f"signal-{number}", "100001", "Jan de Vries", "2A", RuleId.LATE, 9, "",
                  (), (action,), frozenset({Role.MENTOR}))


async def fill_outbox(url: str, connector: FakeConnector, clock: Clock) -> None:
    engine = create_engine(url)
    try:
        await seed_school(engine)
        sessions = session_factory(engine)
        for person in STAFF:
            await ConversationReferences(sessions).save(person.staff_id, {
                "serviceUrl": connector.url, "channelId": "msteams",
                "conversation": {"id": f"a:personal-{person.aad}"},
                "bot": {"id": "28:lvsbot-test"}, "user": {"id": person.teams_id}}, clock())
        async with SqlUnitOfWork(sessions) as uow:
            for number in range(MESSAGES):
                person = STAFF[number % len(STAFF)]
                await uow.outbox.enqueue(OutgoingMessage(
                    person.staff_id, MessageKind.SIGNAL, f"load:{number}",
                    prompt(number).to_json()), clock(), clock())
            await uow.commit()
    finally:
        await engine.dispose()


def instance(url: str, clock: Clock, name: str) -> tuple[OutboxWorker, AsyncEngine]:
    """One bot instance's worker, on its own engine, without rate limits (not the subject)."""
    engine = create_engine(url)
    settings = Settings(database_url=url)
    runtime = build_runtime(settings, engine, clock)
    notifier = TeamsNotifier(adapter=runtime.adapter, app_id="", tenant_id="",
                             references=runtime.references, uow=runtime.services.uow,
                             limiter=RateLimiter(limits=()), now=clock,
                             protocol=settings.protocol())
    worker = OutboxWorker(uow=runtime.services.uow, notifier=notifier,  # type: ignore[arg-type]
                          hours=SchoolHours(enabled=False), now=clock, name=name)
    return worker, engine


async def drain(worker: OutboxWorker) -> None:
    while await worker.run_once():
        pass


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
async def test_two_workers_send_a_thousand_messages_each_exactly_once(
    database_url: str,
) -> None:
    clock = Clock()
    async with running_connector() as connector:
        await fill_outbox(database_url, connector, clock)
        (first, first_engine), (second, second_engine) = (
            instance(database_url, clock, "instance-a"), instance(database_url, clock,
                                                                  "instance-b"))
        try:
            await asyncio.gather(drain(first), drain(second))
        finally:
            await first_engine.dispose()
            await second_engine.dispose()
        sent = connector.take()
    cards = Counter(data["card"] for s in sent for _, data in done_buttons(s))
    assert len(sent) == MESSAGES and len(cards) == MESSAGES
    assert set(cards.values()) == {1}
    engine = create_engine(database_url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(select(OutboxRow.status, OutboxRow.claimed_by,
                                                func.count()).group_by(OutboxRow.status,
                                                                       OutboxRow.claimed_by))
            by_worker = {(status, worker): count for status, worker, count in rows}
    finally:
        await engine.dispose()
    assert sum(by_worker.values()) == MESSAGES
    assert {status for status, _ in by_worker} == {"sent"}
    assert {worker for _, worker in by_worker} == {"instance-a", "instance-b"}
