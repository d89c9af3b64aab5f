"""The outbox on both databases: enqueued once, claimed by one worker, settled by its holder."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.notify.outbox import MessageKind, Outcome, OutgoingMessage, SendResult
from storage.database import session_factory
from storage.tables import OutboxRow
from storage.uow import SqlUnitOfWork
from tests.support.school import MENTOR, VC
from tests.support.seed_school import seed_school

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
LEASE = timedelta(minutes=5)
SENT = SendResult(Outcome.SENT, activity_id="act-1", conversation_id="conv-1")


def message(key: str, staff_id: str = MENTOR.staff_id) -> OutgoingMessage:
    return OutgoingMessage(staff_id, MessageKind.SIGNAL, key, {"key": key})


async def enqueue(engine: AsyncEngine, *messages: OutgoingMessage,
                  deliver_at: datetime = NOW) -> list[bool]:
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        added = [await uow.outbox.enqueue(m, NOW, deliver_at) for m in messages]
        await uow.commit()
    return added


async def claim(engine: AsyncEngine, worker: str, now: datetime = NOW, limit: int = 10):
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        claimed = await uow.outbox.claim(worker, now, LEASE, limit)
        await uow.commit()
    return claimed


async def settle(engine: AsyncEngine, message_id: int, worker: str) -> bool:
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        settled = await uow.outbox.mark_sent(message_id, worker, SENT, NOW)
        await uow.commit()
    return settled


async def test_the_same_message_is_enqueued_once(engine: AsyncEngine) -> None:
    await seed_school(engine)
    assert await enqueue(engine, message("signal:1:m"), message("signal:1:m")) == [True, False]
    assert await enqueue(engine, message("signal:1:m")) == [False]


async def test_a_claimed_row_is_not_claimed_again_until_its_lease_runs_out(
    engine: AsyncEngine,
) -> None:
    await seed_school(engine)
    await enqueue(engine, message("a"), message("b"))
    first = await claim(engine, "w1")
    assert [m.payload["key"] for m in first] == ["a", "b"]
    assert await claim(engine, "w2") == []
    again = await claim(engine, "w2", NOW + LEASE + timedelta(seconds=1))
    assert [m.attempts for m in again] == [2, 2]
    assert not await settle(engine, first[0].id, "w1")  # the lease went to w2
    assert await settle(engine, again[0].id, "w2")


async def test_a_message_retried_later_is_not_due_before_then(engine: AsyncEngine) -> None:
    await seed_school(engine)
    await enqueue(engine, message("a"))
    [claimed] = await claim(engine, "w1")
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        assert await uow.outbox.retry_at(claimed.id, "w1", NOW + timedelta(seconds=30), "429")
        await uow.commit()
    assert await claim(engine, "w1", NOW + timedelta(seconds=29)) == []
    assert len(await claim(engine, "w1", NOW + timedelta(seconds=30))) == 1


async def test_quiet_hours_merge_messages_into_one_digest_per_person(engine: AsyncEngine) -> None:
    await seed_school(engine)
    morning = NOW + timedelta(hours=22)
    await enqueue(engine, message("a"), message("b"), message("c", VC.staff_id),
                  deliver_at=morning)
    assert await claim(engine, "w1") == []
    digests = await claim(engine, "w1", morning)
    assert sorted((d.kind, d.staff_id, len(d.items)) for d in digests) == [
        (MessageKind.DIGEST, MENTOR.staff_id, 2), (MessageKind.DIGEST, VC.staff_id, 1)]
    mentor = next(d for d in digests if d.staff_id == MENTOR.staff_id)
    assert [item["key"] for item in mentor.items] == ["a", "b"]
    assert await settle(engine, mentor.id, "w1")
    async with session_factory(engine)() as session:
        sent = await session.scalar(select(func.count()).where(
            OutboxRow.status == "sent", OutboxRow.activity_id == "act-1"))
    assert sent == 3  # the digest and the two messages inside it


async def test_concurrent_claims_never_share_a_row(engine: AsyncEngine) -> None:
    await seed_school(engine)
    await enqueue(engine, *[message(f"m{i}") for i in range(60)])
    batches = await asyncio.gather(*[claim(engine, f"w{i}", limit=7) for i in range(12)])
    ids = [m.id for batch in batches for m in batch]
    assert len(ids) == len(set(ids)) == 60
