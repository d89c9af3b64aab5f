"""The outbox behind the domain's Outbox port: durable rows, claimed with a lease.

PostgreSQL: the claim locks due rows with FOR UPDATE SKIP LOCKED, so two workers never
take the same row. SQLite has one writer at a time, so the same single UPDATE is atomic
there (SQLite leaves out FOR UPDATE). Times are stored in UTC: SQLite keeps no offset.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from domain.notify.outbox import (
    ClaimedMessage,
    Delivered,
    MessageKind,
    MessageStatus,
    OutgoingMessage,
    SendResult,
)
from storage.database import insert_for
from storage.tables import OutboxRow

Status = MessageStatus


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def aware(moment: datetime) -> datetime:
    """A stored time as an aware UTC datetime (SQLite hands it back without offset)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def digest_key(staff_id: str, deliver_at: datetime) -> str:
    return f"digest:{staff_id}:{utc(deliver_at).isoformat(timespec='minutes')}"


class SqlOutbox:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def enqueue(self, message: OutgoingMessage, now: datetime,
                      deliver_at: datetime) -> bool:
        row_id = await self._insert_new(message.staff_id, message.kind, message.dedupe_key,
                                        message.payload, now, deliver_at)
        if row_id is None:
            return False
        if deliver_at > now:
            digest_id = await self._digest_for(message.staff_id, now, deliver_at)
            await self._session.execute(update(OutboxRow).where(OutboxRow.id == row_id)
                                        .values(status=Status.MERGED, digest_id=digest_id))
        return True

    async def claim(self, worker: str, now: datetime, lease: timedelta,
                    limit: int) -> list[ClaimedMessage]:
        due = or_(
            and_(OutboxRow.status == Status.PENDING, OutboxRow.next_attempt_at <= utc(now)),
            and_(OutboxRow.status == Status.CLAIMED, OutboxRow.claimed_until < utc(now)),
        )
        chosen = (select(OutboxRow.id).where(due)
                  .order_by(OutboxRow.next_attempt_at, OutboxRow.id).limit(limit)
                  .with_for_update(skip_locked=True))
        claimed = await self._session.execute(
            update(OutboxRow).where(OutboxRow.id.in_(chosen.scalar_subquery()))
            .values(status=Status.CLAIMED, claimed_by=worker, claimed_until=utc(now + lease),
                    attempts=OutboxRow.attempts + 1)
            .returning(OutboxRow.id, OutboxRow.staff_id, OutboxRow.kind, OutboxRow.payload,
                       OutboxRow.attempts)
        )
        messages = [ClaimedMessage(id, staff, MessageKind(kind), payload, attempts)
                    for id, staff, kind, payload, attempts in claimed]
        return [await self._with_items(message) for message in sorted(messages,
                                                                      key=lambda m: m.id)]

    async def renew(self, message_id: int, worker: str, now: datetime,
                    lease: timedelta) -> bool:
        result = await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == message_id, OutboxRow.status == Status.CLAIMED,
                   OutboxRow.claimed_by == worker)
            .values(claimed_until=utc(now + lease))
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def mark_sent(self, message_id: int, worker: str, result: SendResult,
                        now: datetime) -> bool:
        return await self._finish(message_id, worker, status=Status.SENT, sent_at=utc(now),
                                  activity_id=result.activity_id,
                                  conversation_id=result.conversation_id, last_error=None)

    async def retry_at(self, message_id: int, worker: str, at: datetime, error: str) -> bool:
        return await self._finish(message_id, worker, status=Status.PENDING,
                                  next_attempt_at=utc(at), last_error=error[:2000],
                                  claimed_by=None)

    async def give_up(self, message_id: int, worker: str, error: str, now: datetime) -> bool:
        return await self._finish(message_id, worker, status=Status.UNDELIVERABLE,
                                  last_error=error[:2000], sent_at=None)

    async def first_enqueued(self, key_prefix: str) -> datetime | None:
        created = await self._session.scalar(
            select(func.min(OutboxRow.created_at))
            .where(OutboxRow.dedupe_key.startswith(key_prefix, autoescape=True)))
        return None if created is None else aware(created)

    async def delivered(self, message_id: int) -> Delivered | None:
        row = await self._session.get(OutboxRow, message_id)
        if row is None or row.status != Status.SENT:
            return None
        items = await self._items(row.id) if row.kind == MessageKind.DIGEST else ()
        return Delivered(row.id, row.staff_id, MessageKind(row.kind), row.payload, items,
                         row.conversation_id, row.activity_id)

    async def _finish(self, message_id: int, worker: str, **values: Any) -> bool:
        """Only the worker holding the lease may settle a row; a digest settles its items."""
        result = await self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == message_id, OutboxRow.status == Status.CLAIMED,
                   OutboxRow.claimed_by == worker)
            .values(claimed_until=None, **values)
        )
        settled = bool(result.rowcount)  # type: ignore[attr-defined]
        if settled and values["status"] != Status.PENDING:
            await self._session.execute(
                update(OutboxRow).where(OutboxRow.digest_id == message_id)
                .values(status=values["status"], sent_at=values.get("sent_at"),
                        activity_id=values.get("activity_id"),
                        conversation_id=values.get("conversation_id")))
        return settled

    async def _insert_new(self, staff_id: str, kind: MessageKind, key: str,
                          payload: Mapping[str, Any], now: datetime,
                          deliver_at: datetime) -> int | None:
        statement = (
            insert_for(self._session)(OutboxRow)
            .values(staff_id=staff_id, kind=kind.value, dedupe_key=key, payload=dict(payload),
                    status=Status.PENDING.value, attempts=0, created_at=utc(now),
                    next_attempt_at=utc(deliver_at))
            .on_conflict_do_nothing(index_elements=[OutboxRow.dedupe_key])
            .returning(OutboxRow.id)
        )
        row_id: int | None = await self._session.scalar(statement)
        return row_id

    async def _digest_for(self, staff_id: str, now: datetime, deliver_at: datetime) -> int:
        key = digest_key(staff_id, deliver_at)
        await self._insert_new(staff_id, MessageKind.DIGEST, key, {}, now, deliver_at)
        digest_id = await self._session.scalar(
            select(OutboxRow.id).where(OutboxRow.dedupe_key == key))
        assert digest_id is not None
        return digest_id

    async def _with_items(self, message: ClaimedMessage) -> ClaimedMessage:
        if message.kind is not MessageKind.DIGEST:
            return message
        return ClaimedMessage(message.id, message.staff_id, message.kind, message.payload,
                              message.attempts, await self._items(message.id))

    async def _items(self, digest_id: int) -> tuple[dict[str, Any], ...]:
        payloads = await self._session.scalars(
            select(OutboxRow.payload).where(OutboxRow.digest_id == digest_id)
            .order_by(OutboxRow.id))
        return tuple(payloads)
