"""Engines: one URL in, an async engine out, tuned for SQLite or PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.ext.asyncio import AsyncSession as AsyncSession

_ASYNC_DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg",
                  "postgres": "postgresql+asyncpg"}


def async_url(url: str) -> URL:
    """Accept the URLs people write (postgresql://, sqlite:///) and pick the async driver."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql", "postgres"):
        raise ValueError(f"unsupported database {backend!r}: use sqlite or postgresql")
    if "+" not in parsed.drivername:
        parsed = parsed.set(drivername=_ASYNC_DRIVERS[parsed.drivername])
    return parsed


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


def create_engine(url: str, *, sqlite_module: Any = None, **options: Any) -> AsyncEngine:
    """`sqlite_module`: the DBAPI module SQLAlchemy's `sqlite+aiosqlite` dialect drives, when
    not aiosqlite's (the bot passes its own, bot/sdk_fast/sqlite_inline.py); unused on
    PostgreSQL."""
    parsed = async_url(url)
    # A statement's values (a form's description, a student's name) must never reach an
    # exception message, and through it a log line.
    options.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        # `timeout` is how long a statement waits for another process's write lock. Keep enough
        # pooled connections that a busy bot (16 turns at once) never opens one per turn.
        options.setdefault("pool_size", 20)
        options.setdefault("max_overflow", 20)
        # Most-recently-used first: sessions seldom overlap now, so one or two warm
        # connections (SQLite's page cache is per connection) serve most turns.
        options.setdefault("pool_use_lifo", True)
        # `?timeout=` in the URL shortens or lengthens the 30 s wait for another writer.
        wait = float(parsed.query.get("timeout", 30))  # type: ignore[arg-type]
        parsed = parsed.difference_update_query(["timeout"])
        connect_args = {"timeout": wait, **options.pop("connect_args", {})}
        if sqlite_module is not None:
            options["module"] = sqlite_module
        engine = create_async_engine(parsed, connect_args=connect_args, **options)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    options.setdefault("pool_size", 10)
    options.setdefault("max_overflow", 10)
    options.setdefault("pool_pre_ping", True)
    return create_async_engine(parsed, **options)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside one writer; foreign keys are off in SQLite by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # On SQLite the sessions of one factory share a writer lock (see `one_writer`).
    info = {_WRITER: asyncio.Lock()} if is_sqlite(engine) else {}
    return async_sessionmaker(engine, expire_on_commit=False, info=info)


_WRITER = "lvsbot.one_writer"


def one_writer(sessions: async_sessionmaker[AsyncSession]) -> asyncio.Lock | None:
    """SQLite has one writer at a time; a second one finds the database locked and pauses
    before trying again (1, 2, 4 ... 50 ms, bot/sdk_fast/sqlite_inline.py), and busy turns see
    long tails. Short write-only transactions (the state,
    the seen activities) queue on this lock instead, and each goes the moment the previous
    one commits. None on PostgreSQL. Hold it only around a session whose writes all happen
    under it: a session that wrote before taking it could wait on a writer that waits on it."""
    lock = sessions.kw.get("info", {}).get(_WRITER)
    return lock if isinstance(lock, asyncio.Lock) else None


def insert_for(session: AsyncSession) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (both SQLite and PostgreSQL have it)."""
    return postgresql.insert if session.bind.dialect.name == "postgresql" else sqlite.insert
