"""The audit log: append-only rows of who did what with which student's file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit import AuditEvent
from storage.tables import AuditRow


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record_many(self, events: Sequence[AuditEvent]) -> None:
        """Many events in one statement (absence batches): no row-by-row id fetching."""
        if events:
            await self._session.execute(insert(AuditRow), [_row(event) for event in events])

    async def record(self, event: AuditEvent) -> None:
        self._session.add(AuditRow(**_row(event)))


def _row(event: AuditEvent) -> dict[str, Any]:
    return {"at": event.at, "actor_id": event.actor_id, "action": event.action.value,
            "student_number": event.student_number, "detail": dict(event.detail)}
