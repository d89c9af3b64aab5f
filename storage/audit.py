"""The audit log: append-only rows of who did what with which student's file."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from domain.audit import AuditEvent
from storage.tables import AuditRow


class SqlAuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, event: AuditEvent) -> None:
        self._session.add(
            AuditRow(
                at=event.at,
                actor_id=event.actor_id,
                action=event.action.value,
                student_number=event.student_number,
                detail=dict(event.detail),
            )
        )
