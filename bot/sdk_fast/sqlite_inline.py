"""SQLite on the event loop's own thread: the aiosqlite interface SQLAlchemy's async SQLite
dialect drives, without aiosqlite's thread.

Why: aiosqlite runs every call (cursor, execute, fetch, close, commit, rollback) on a thread
of its own per connection and wakes the event loop for each result. For the short indexed
statements a chat turn runs, those hops cost 50 to 100 times the statement itself: measured
here, a session with one primary-key SELECT costs 0.7 ms of CPU through aiosqlite and 0.01 ms
through sqlite3 directly (BENCHMARKS.md, "Turns"). A turn runs four sessions.

The price: a statement blocks the event loop while SQLite runs it. Lookups by index take
microseconds, the same order as the Python that builds them. What must not block the loop
is waiting for another process's write lock: connections get no busy timeout of their own,
and a statement or COMMIT that finds the database locked is retried after an asyncio sleep
(1, 2, 4 ... 50 ms) until the connection's `timeout` has passed, as SQLite's own busy
handler would, but letting other turns run meanwhile. A lock that cannot clear by waiting
(SQLITE_BUSY_SNAPSHOT: this transaction read a snapshot another writer has since replaced)
is raised at once, as SQLite's busy handler would do too.

Only the parts of aiosqlite's interface that SQLAlchemy's `sqlite+aiosqlite` dialect uses are
here (see `sqlalchemy.dialects.sqlite.aiosqlite`); `module()` wraps them as that dialect's
DBAPI module, passed to `create_async_engine(module=...)`.
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlalchemy.dialects.sqlite.aiosqlite import AsyncAdapt_aiosqlite_dbapi

T = TypeVar("T")

_SQLITE_BUSY = 5  # the primary code; SQLITE_BUSY_SNAPSHOT (517) is not worth waiting for
_FIRST_PAUSE = 0.001
_LONGEST_PAUSE = 0.05

# aiosqlite re-exports these from sqlite3; SQLAlchemy's dialect reads them off the module.
DatabaseError = sqlite3.DatabaseError
Error = sqlite3.Error
IntegrityError = sqlite3.IntegrityError
NotSupportedError = sqlite3.NotSupportedError
OperationalError = sqlite3.OperationalError
ProgrammingError = sqlite3.ProgrammingError
sqlite_version = sqlite3.sqlite_version
sqlite_version_info = sqlite3.sqlite_version_info


def module() -> AsyncAdapt_aiosqlite_dbapi:
    """The DBAPI module for `create_async_engine(..., module=module())`."""
    return AsyncAdapt_aiosqlite_dbapi(sys.modules[__name__], sqlite3)


def connect(database: str, *, timeout: float = 5.0, **options: Any) -> Connection:
    return Connection(database, timeout, options)


async def _patiently(call: Callable[[], T], patience: float) -> T:
    """Run `call`; while SQLite says another connection holds the lock, pause and retry."""
    deadline: float | None = None
    pause = _FIRST_PAUSE
    while True:
        try:
            return call()
        except sqlite3.OperationalError as error:
            if getattr(error, "sqlite_errorcode", None) != _SQLITE_BUSY:
                raise
            now = time.monotonic()
            deadline = deadline or now + patience
            if now >= deadline:
                raise
        await asyncio.sleep(pause)
        pause = min(pause * 2, _LONGEST_PAUSE)


class _NoThread:
    """SQLAlchemy marks aiosqlite's worker thread a daemon; there is none here."""

    daemon = True


class _Immediately:
    """SQLAlchemy sets the isolation level by putting (future, function) on aiosqlite's
    private queue; here the function runs at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except Exception as error:  # handed to whoever awaits the future, as aiosqlite does
            if future is not None:
                future.set_exception(error)
        else:
            if future is not None:
                future.set_result(result)


class Connection:
    def __init__(self, database: str, timeout: float, options: dict[str, Any]) -> None:
        self._database = database
        self._timeout = timeout
        self._options = options
        self._connection: sqlite3.Connection | None = None
        self._thread = _NoThread()
        self._tx = _Immediately()

    def __await__(self) -> Any:
        return self._open().__await__()

    async def _open(self) -> Connection:
        # No busy timeout of SQLite's own (it would sleep on the loop's thread): _patiently
        # waits instead. check_same_thread stays on: nothing here leaves the loop's thread.
        self._connection = sqlite3.connect(self._database, timeout=0, **self._options)
        return self

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            raise ValueError("no active connection")
        return self._connection

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    async def cursor(self) -> Cursor:
        return Cursor(self._conn.cursor(), self._timeout)

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Cursor:
        cursor = await self.cursor()
        await cursor.execute(sql, parameters)
        return cursor

    async def commit(self) -> None:
        await _patiently(self._conn.commit, self._timeout)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    async def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def stop(self) -> None:
        """SQLAlchemy's forced close (terminate): nothing runs elsewhere, so just close."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class Cursor:
    def __init__(self, cursor: sqlite3.Cursor, timeout: float) -> None:
        self._cursor = cursor
        self._timeout = timeout

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Cursor:
        arguments = (sql,) if parameters is None else (sql, parameters)
        await _patiently(lambda: self._cursor.execute(*arguments), self._timeout)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> Cursor:
        rows = list(parameters)  # a generator could not be replayed after a busy retry
        await _patiently(lambda: self._cursor.executemany(sql, rows), self._timeout)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(size if size is not None else self._cursor.arraysize)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()
