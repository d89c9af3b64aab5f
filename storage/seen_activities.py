"""Inbound activities already processed: Teams resends an activity the bot did not answer
within about 15 seconds, and a replay attack may resend one. The primary key decides, so two
bot instances on one database agree on who processes it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.database import one_writer
from storage.tables import SeenActivityRow

# Written as text because SQLAlchemy cannot cache a statement with on_conflict_do_nothing():
# it would compile the INSERT anew on every turn (about 1 ms). SQLite (3.35+) and PostgreSQL
# both read this statement alike.
_INSERT = text(
    "INSERT INTO seen_activities (conversation_id, activity_id, seen_at) "
    "VALUES (:conversation_id, :activity_id, :seen_at) "
    "ON CONFLICT DO NOTHING RETURNING activity_id"
).bindparams(bindparam("seen_at", type_=SeenActivityRow.__table__.c.seen_at.type))


class SeenActivities:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._one_writer = one_writer(sessions)  # on SQLite: queue, not poll the lock

    async def first_sighting(self, conversation_id: str, activity_id: str, at: datetime) -> bool:
        """True the first time this activity arrives; one INSERT ... ON CONFLICT DO NOTHING."""
        if self._one_writer is None:
            return await self._insert(conversation_id, activity_id, at)
        async with self._one_writer:
            return await self._insert(conversation_id, activity_id, at)

    async def _insert(self, conversation_id: str, activity_id: str, at: datetime) -> bool:
        async with self._sessions() as session:
            inserted = await session.scalar(_INSERT, {
                "conversation_id": conversation_id[:400], "activity_id": activity_id[:200],
                "seen_at": at})
            await session.commit()
            return inserted is not None


async def forget_seen_before(session: AsyncSession, cutoff: datetime) -> int:
    """Retention: a resend comes within minutes, so old sightings are of no use."""
    result = await session.execute(delete(SeenActivityRow).where(SeenActivityRow.seen_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
