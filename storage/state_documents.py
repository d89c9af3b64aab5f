"""Key/value documents guarded by eTags: the database under the bot's dialog and user state.

A write that names an eTag succeeds only if the stored document still has it; a write
without one (or with "*") replaces the document. Two bot instances sharing PostgreSQL
therefore never silently overwrite each other's state.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.database import is_sqlite
from storage.tables import BotStateRow


class ETagConflict(KeyError):
    """The document changed since it was read (KeyError, as the SDK's MemoryStorage raises)."""


class StateDocuments:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        # SQLite has one writer at a time; a second one sleeps in SQLite's busy handler
        # (1, 2, 5 ... 100 ms) and busy turns see long tails. Queueing this process's state
        # writes on a lock instead lets each go the moment the previous one commits.
        bind = sessions.kw.get("bind")
        self._one_writer = asyncio.Lock() if bind is not None and is_sqlite(bind) else None

    async def read(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """key → (eTag, document) for the keys that exist."""
        wanted = list(keys)
        if not wanted:
            return {}
        async with self._sessions() as session:
            rows = await session.execute(
                select(BotStateRow.key, BotStateRow.etag, BotStateRow.document).where(
                    BotStateRow.key.in_(wanted)
                )
            )
            return {key: (etag, document) for key, etag, document in rows}

    async def write(self, changes: Mapping[str, tuple[str | None, str]]) -> dict[str, str]:
        """key → (expected eTag or None/"*", document); returns key → new eTag."""
        if self._one_writer is None:
            return await self._write(changes)
        async with self._one_writer:
            return await self._write(changes)

    async def _write(self, changes: Mapping[str, tuple[str | None, str]]) -> dict[str, str]:
        new_etags: dict[str, str] = {}
        async with self._sessions() as session:
            for key, (expected, document) in changes.items():
                new_etags[key] = await self._write_one(session, key, expected, document)
            await session.commit()
        return new_etags

    async def delete(self, keys: Iterable[str]) -> None:
        async with self._sessions() as session:
            await session.execute(delete(BotStateRow).where(BotStateRow.key.in_(list(keys))))
            await session.commit()

    async def _write_one(
        self, session: AsyncSession, key: str, expected: str | None, document: str
    ) -> str:
        etag, now = uuid.uuid4().hex, datetime.now(UTC)
        values = {"etag": etag, "document": document, "updated_at": now}
        condition = BotStateRow.key == key
        if expected not in (None, "*"):
            condition = condition & (BotStateRow.etag == expected)
        result = await session.execute(update(BotStateRow).where(condition).values(**values))
        if result.rowcount == 1:  # type: ignore[attr-defined]
            return etag
        if expected not in (None, "*") and await self._exists(session, key):
            raise ETagConflict(f"state {key!r} changed since it was read")
        try:
            async with session.begin_nested():
                session.add(BotStateRow(key=key, **values))
        except IntegrityError as error:  # another writer created it between our two statements
            if expected not in (None, "*"):
                raise ETagConflict(f"state {key!r} was created concurrently") from error
            replace = update(BotStateRow).where(BotStateRow.key == key).values(**values)
            await session.execute(replace)
        return etag

    async def _exists(self, session: AsyncSession, key: str) -> bool:
        found = await session.scalar(select(BotStateRow.key).where(BotStateRow.key == key))
        return found is not None
