"""SQLite statements run on the event loop's thread (sdk_fast/sqlite_inline.py). What must hold:
a write that finds another process's write lock waits without blocking the loop and goes
through once the lock is gone; a lock that outlasts the timeout is an error, not a hang; a
stale snapshot fails at once; the rest of SQLAlchemy's SQLite use (isolation levels,
streaming results, rollback) works as with aiosqlite."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.database import open_engine
from bot.sdk_fast import sqlite_inline
from bot.settings import Settings
from storage.database import session_factory
from storage.seen_activities import SeenActivities
from storage.tables import SeenActivityRow


def _inline_engine(url: str, **options: Any) -> AsyncEngine:
    """The bot's engine, asserted to run on this driver (not aiosqlite, should the speed
    layer not install)."""
    engine = open_engine(Settings(), url, **options)
    assert engine.dialect.dbapi.aiosqlite is sqlite_inline
    return engine


def _file(sqlite_url: str) -> str:
    return sqlite_url.split("///", 1)[1]


def _other_process_writes(path: str) -> sqlite3.Connection:
    """Another program holding SQLite's write lock (a roster import, say)."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def test_a_write_waits_for_another_writer_without_blocking_the_loop(
        sqlite_url: str) -> None:
    engine = _inline_engine(sqlite_url)
    seen = SeenActivities(session_factory(engine))
    other = _other_process_writes(_file(sqlite_url))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def release_later() -> None:
        await asyncio.sleep(0.3)
        other.execute("COMMIT")

    ticking = asyncio.create_task(ticker())
    releasing = asyncio.create_task(release_later())
    started = time.monotonic()
    first = await seen.first_sighting("conv", "activity-1", datetime.now(UTC))
    waited = time.monotonic() - started
    ticking.cancel()
    await releasing
    other.close()

    assert first is True
    assert waited >= 0.29  # it did wait for the lock ...
    assert ticks >= 10  # ... and other work ran on the loop meanwhile
    async with session_factory(engine)() as session:
        assert await session.scalar(select(func.count()).select_from(SeenActivityRow)) == 1
    await engine.dispose()


async def test_a_lock_that_outlasts_the_timeout_is_an_error(sqlite_url: str) -> None:
    engine = _inline_engine(sqlite_url, connect_args={"timeout": 0.2})
    other = _other_process_writes(_file(sqlite_url))
    started = time.monotonic()
    with pytest.raises(OperationalError, match="database is locked"):
        async with session_factory(engine)() as session:
            await session.execute(text("DELETE FROM seen_activities"))
            await session.commit()
    assert 0.19 <= time.monotonic() - started < 2
    other.execute("ROLLBACK")
    other.close()
    await engine.dispose()


async def test_a_stale_snapshot_fails_at_once(sqlite_url: str) -> None:
    """A transaction that read, then finds that another writer committed since, can never
    write: waiting would only delay the error (SQLite's busy handler does not wait either).
    SQLAlchemy's pysqlite transactions begin at the first write, so this is shown on the
    driver itself, with an explicit BEGIN."""
    connection = await sqlite_inline.connect(_file(sqlite_url), timeout=5, isolation_level=None)
    await connection.execute("BEGIN")
    await (await connection.execute("SELECT count(*) FROM staff")).fetchall()  # snapshot
    other = sqlite3.connect(_file(sqlite_url))
    other.execute("INSERT INTO seen_activities VALUES ('c', 'a', '2026-01-01')")
    other.commit()
    other.close()
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError) as raised:
        await connection.execute("DELETE FROM seen_activities")
    assert raised.value.sqlite_errorcode != 5  # SQLITE_BUSY_SNAPSHOT, not plain SQLITE_BUSY
    assert time.monotonic() - started < 0.5
    await connection.close()


async def test_isolation_levels_streaming_and_rollback_work(sqlite_url: str) -> None:
    engine = _inline_engine(sqlite_url)
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text(
            "INSERT INTO seen_activities VALUES ('c', 'kept', '2026-01-01')"))
    async with engine.connect() as connection:
        await connection.execute(text(
            "INSERT INTO seen_activities VALUES ('c', 'dropped', '2026-01-01')"))
        await connection.rollback()
        streamed = await connection.stream(
            select(SeenActivityRow.activity_id).order_by(SeenActivityRow.activity_id))
        assert [row async for row in streamed.scalars()] == ["kept"]
    await engine.dispose()


def test_the_file_has_no_busy_timeout_of_its_own(tmp_path: Path) -> None:
    """The wait is ours (an asyncio sleep), not SQLite's (a sleep on the loop's thread)."""

    async def busy_timeout() -> int:
        engine = _inline_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
        async with engine.connect() as connection:
            value = await connection.scalar(text("PRAGMA busy_timeout"))
        await engine.dispose()
        return int(value or 0)

    assert asyncio.run(busy_timeout()) == 0
