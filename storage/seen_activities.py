"""Inbound activities already processed: Teams resends an activity the bot did not answer
within about 15 seconds, and a replay attack may resend one. The primary key decides, so two
bot instances on one database agree on who processes it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.database import insert_for
from storage.tables import SeenActivityRow


class SeenActivities:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def first_sighting(self, conversation_id: str, activity_id: str, at: datetime) -> bool:
        """True the first time this activity arrives; one INSERT ... ON CONFLICT DO NOTHING."""
        async with self._sessions() as session:
            inserted = await session.scalar(
                insert_for(session)(SeenActivityRow)
                .values(conversation_id=conversation_id[:400], activity_id=activity_id[:200],
                        seen_at=at)
                .on_conflict_do_nothing()
                .returning(SeenActivityRow.activity_id))
            await session.commit()
            return inserted is not None


async def forget_seen_before(session: AsyncSession, cutoff: datetime) -> int:
    """Retention: a resend comes within minutes, so old sightings are of no use."""
    result = await session.execute(delete(SeenActivityRow).where(SeenActivityRow.seen_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
