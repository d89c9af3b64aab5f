"""The pictures served at expiring links, in the database so that every bot instance on one
PostgreSQL serves the links any of them handed out."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from domain.picture_links import PictureLink, token_digest
from storage.database import one_writer
from storage.tables import PictureLinkRow


class SqlPictureStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._one_writer = one_writer(sessions)  # on SQLite: queue, not poll the lock

    async def keep(self, link: PictureLink, png: bytes, now: datetime) -> None:
        """One short transaction: forget what expired, store the new picture."""
        if self._one_writer is None:
            return await self._keep(link, png, now)
        async with self._one_writer:
            return await self._keep(link, png, now)

    async def png_for(self, token: str, now: datetime) -> bytes | None:
        """One indexed read, the same for an unknown and an expired token."""
        async with self._sessions() as session:
            png: bytes | None = await session.scalar(
                select(PictureLinkRow.png).where(
                    PictureLinkRow.token_digest == token_digest(token),
                    PictureLinkRow.expires_at > _utc(now)))
            return png

    async def _keep(self, link: PictureLink, png: bytes, now: datetime) -> None:
        async with self._sessions() as session:
            await forget_pictures_expired(session, now)
            session.add(PictureLinkRow(token_digest=link.digest, png=png,
                                       expires_at=_utc(link.expires_at)))
            await session.commit()


async def forget_pictures_expired(session: AsyncSession, now: datetime) -> int:
    """Also part of the daily retention: a link nobody asked for since still goes."""
    result = await session.execute(
        delete(PictureLinkRow).where(PictureLinkRow.expires_at <= _utc(now)))
    return int(getattr(result, "rowcount", 0) or 0)


def _utc(moment: datetime) -> datetime:
    """SQLite stores the wall time without its offset: compare in one zone everywhere."""
    return moment.astimezone(UTC)
