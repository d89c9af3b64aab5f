"""The audit log: append-only rows of who did what with which student's file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Table, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit import AuditAction, AuditEvent
from storage.bulk import DriverSql
from storage.tables import AuditRow

AUDIT: Table = AuditRow.__table__  # type: ignore[assignment]


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record_many(self, events: Sequence[AuditEvent]) -> None:
        """Many events in one statement (absence batches): no row-by-row id fetching."""
        await DriverSql(self._session).insert_dicts(AUDIT, [_row(event) for event in events])

    async def record(self, event: AuditEvent) -> None:
        # A Core INSERT on the table (not the mapped class, which would take the ORM's bulk
        # path): the same row as session.add, without the ORM's machinery.
        await self._session.execute(_INSERT, _row(event))


_INSERT = insert(AUDIT)


def _row(event: AuditEvent) -> dict[str, Any]:
    return {"at": event.at, "actor_id": event.actor_id, "action": event.action.value,
            "student_number": event.student_number, "detail": dict(event.detail)}


class AuditQueries:
    """What the privacy officer asks: everything about one student, or by one staff member."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def about_student(self, number: str, limit: int = 1000) -> list[AuditEvent]:
        return await self._events(AuditRow.student_number == number, limit)

    async def by_actor(self, actor_id: str, limit: int = 1000) -> list[AuditEvent]:
        return await self._events(AuditRow.actor_id == actor_id, limit)

    async def _events(self, condition: ColumnElement[bool], limit: int) -> list[AuditEvent]:
        rows = await self._session.scalars(
            select(AuditRow).where(condition).order_by(AuditRow.at, AuditRow.id).limit(limit)
        )
        return [
            AuditEvent(at=row.at, actor_id=row.actor_id, action=AuditAction(row.action),
                       student_number=row.student_number, detail=row.detail)
            for row in rows
        ]
