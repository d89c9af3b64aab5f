"""Where to reach each staff member proactively: the Teams conversation reference, as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.database import insert_for
from storage.tables import ConversationRefRow


class ConversationReferences:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def save(self, staff_id: str, reference: dict[str, Any], now: datetime) -> None:
        # One upsert statement: a client's first contact comes as installationUpdate and
        # conversationUpdate at the same moment, and a read-then-insert (session.merge)
        # lets both turns insert.
        async with self._sessions() as session:
            statement = insert_for(session)(ConversationRefRow).values(
                staff_id=staff_id, reference=reference, updated_at=now
            )
            await session.execute(statement.on_conflict_do_update(
                index_elements=[ConversationRefRow.staff_id],
                set_={"reference": statement.excluded.reference,
                      "updated_at": statement.excluded.updated_at},
            ))
            await session.commit()

    async def get(self, staff_id: str) -> dict[str, Any] | None:
        async with self._sessions() as session:
            row = await session.get(ConversationRefRow, staff_id)
            return None if row is None else dict(row.reference)

    async def latest_service_url(self) -> str | None:
        """The Teams endpoint the latest conversation came through: where to open new ones."""
        async with self._sessions() as session:
            reference = await session.scalar(
                select(ConversationRefRow.reference)
                .order_by(ConversationRefRow.updated_at.desc()).limit(1))
            url = reference.get("serviceUrl") if reference else None
            return str(url) if url else None
