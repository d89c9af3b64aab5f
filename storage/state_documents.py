"""Key/value documents guarded by eTags: the database under the bot's dialog and user state.

A write that names an eTag succeeds only if the stored document still has it; a write
without one (or with "*") replaces the document. Two bot instances sharing PostgreSQL
therefore never silently overwrite each other's state.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.database import one_writer
from storage.tables import BotStateRow

# Plain Core statements on the table, built once, values bound: the ORM's execution path
# (and, for update(), its bulk-update machinery and a fresh cache key) on every turn cost
# more than the statements themselves.
_STATE: Table = BotStateRow.__table__  # type: ignore[assignment]
_READ = select(_STATE.c.key, _STATE.c.etag, _STATE.c.document).where(
    _STATE.c.key.in_(bindparam("keys", expanding=True)))
_REPLACE = update(_STATE).where(_STATE.c.key == bindparam("state_key")).values(
    etag=bindparam("new_etag"), document=bindparam("new_document"),
    updated_at=bindparam("now", type_=_STATE.c.updated_at.type))
_UPDATE_IF_UNCHANGED = _REPLACE.where(_STATE.c.etag == bindparam("expected_etag"))


class ETagConflict(KeyError):
    """The document changed since it was read (KeyError, as the SDK's MemoryStorage raises)."""


class StateDocuments:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._one_writer = one_writer(sessions)  # on SQLite: queue, not poll the lock

    async def read(self, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
        """key → (eTag, document) for the keys that exist."""
        wanted = list(keys)
        if not wanted:
            return {}
        async with self._sessions() as session:
            rows = await session.execute(_READ, {"keys": wanted})
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
        params = {"state_key": key, "new_etag": etag, "new_document": document, "now": now,
                  "expected_etag": expected}
        guarded = expected not in (None, "*")
        result = await session.execute(_UPDATE_IF_UNCHANGED if guarded else _REPLACE, params)
        if result.rowcount == 1:  # type: ignore[attr-defined]
            return etag
        if guarded and await self._exists(session, key):
            raise ETagConflict(f"state {key!r} changed since it was read")
        try:
            async with session.begin_nested():
                session.add(BotStateRow(key=key, **values))
        except IntegrityError as error:  # another writer created it between our two statements
            if guarded:
                raise ETagConflict(f"state {key!r} was created concurrently") from error
            await session.execute(_REPLACE, params)
        return etag

    async def _exists(self, session: AsyncSession, key: str) -> bool:
        found = await session.scalar(select(BotStateRow.key).where(BotStateRow.key == key))
        return found is not None
