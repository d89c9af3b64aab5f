"""A slow send must not let a second worker send the same prompt: the lease is renewed right
before each send, and a row whose lease went to someone else is left to them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.jobs.outbox_worker import OutboxWorker
from domain.notify.outbox import ClaimedMessage, MessageKind, Outcome, OutgoingMessage, SendResult
from domain.notify.quiet_hours import SchoolHours
from storage.database import session_factory
from storage.tables import OutboxRow
from storage.uow import SqlUnitOfWork
from tests.integration.test_two_workers import prompt
from tests.support.bot import Clock
from tests.support.school import MENTOR
from tests.support.seed_school import seed_school


class Sends:
    """Teams accepts every send; `slow` sends take two minutes each, and after the third
    one another worker does a round (while the slow worker still holds its batch)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.sent: list[tuple[int, str]] = []
        self.meanwhile: Callable[[], Awaitable[object]] | None = None

    def for_worker(self, name: str) -> _Sender:
        return _Sender(self, name)


class _Sender:
    def __init__(self, sends: Sends, worker: str) -> None:
        self._sends, self._worker = sends, worker

    async def send(self, message: ClaimedMessage) -> SendResult:
        self._sends.sent.append((message.id, self._worker))
        if self._worker == "slow":
            self._sends.clock.current += timedelta(minutes=2)
            if len(self._sends.sent) == 3 and self._sends.meanwhile is not None:
                await self._sends.meanwhile()
        return SendResult(Outcome.SENT, activity_id=f"act-{message.id}", conversation_id="c")


def worker(engine: AsyncEngine, sends: Sends, name: str) -> OutboxWorker:
    sessions = session_factory(engine)
    return OutboxWorker(uow=lambda: SqlUnitOfWork(sessions), notifier=sends.for_worker(name),
                        hours=SchoolHours(enabled=False), now=sends.clock, name=name)


async def enqueue_prompts(engine: AsyncEngine, clock: Clock, count: int) -> None:
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        for number in range(count):
            await uow.outbox.enqueue(OutgoingMessage(
                MENTOR.staff_id, MessageKind.SIGNAL, f"lease:{number}",
                prompt(number).to_json()), clock(), clock())
        await uow.commit()


async def test_a_batch_that_outlives_its_lease_sends_each_prompt_once(
    engine: AsyncEngine,
) -> None:
    await seed_school(engine)
    sends = Sends(Clock())
    await enqueue_prompts(engine, sends.clock, 6)  # one person: sent one after another
    other = worker(engine, sends, "other")
    sends.meanwhile = other.run_once  # at minute 6: the batch's first lease has run out
    await worker(engine, sends, "slow").run_once()
    while await other.run_once():
        pass
    counts = Counter(message_id for message_id, _ in sends.sent)
    assert len(counts) == 6 and set(counts.values()) == {1}, sends.sent
    assert {name for _, name in sends.sent} == {"slow", "other"}
    async with session_factory(engine)() as session:
        statuses = set(await session.scalars(select(OutboxRow.status)))
    assert statuses == {"sent"}


async def test_each_row_is_marked_sent_right_after_its_send(engine: AsyncEngine) -> None:
    await seed_school(engine)
    clock = Clock()
    await enqueue_prompts(engine, clock, 2)
    sessions = session_factory(engine)
    seen_sent: list[int] = []

    class Recording:
        async def send(self, message: ClaimedMessage) -> SendResult:
            async with sessions() as session:
                seen_sent.append(len(list(await session.scalars(
                    select(OutboxRow.id).where(OutboxRow.status == "sent")))))
            return SendResult(Outcome.SENT, activity_id="a", conversation_id="c")

    one = OutboxWorker(uow=lambda: SqlUnitOfWork(sessions), notifier=Recording(),
                       hours=SchoolHours(enabled=False), now=clock, name="one")
    assert await one.run_once() == 2
    assert seen_sent == [0, 1]  # the first was recorded before the second went out
