"""Bulk statements handed straight to the database driver, for the absence ingest's hot path.

SQLAlchemy Core builds and type-processes a parameter dictionary per row; for batches of
10,000 rows that costs more than the database itself (issue 5's speed target). Here each
value goes through the same bind processor SQLAlchemy would use for its column type (so the
stored values are identical), column by column, and the rows go to the driver's executemany
as plain tuples. Statements are written with `?` marks; PostgreSQL's driver gets $1, $2, ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table
from sqlalchemy.engine import CursorResult, Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.types import TypeEngine

Convert = Callable[[Any], Any]
MARK = re.compile(r"\?")


class DriverSql:
    """Statements on the session's own connection and transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    @property
    def dialect(self) -> Dialect:
        return self._session.get_bind().dialect

    def converter(self, type_: TypeEngine[Any]) -> Convert:
        """SQLAlchemy's bind processor for this type on this dialect."""
        return _bind_processor(self.dialect, type_) or _as_is

    def loader(self, type_: TypeEngine[Any]) -> Convert:
        """SQLAlchemy's result processor for this type on this dialect."""
        return _result_processor(self.dialect, type_) or _as_is

    async def insert(
        self, table: Table, names: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """INSERT many rows, each a tuple of values for the columns `names`, in that order."""
        if not rows:
            return
        columns = [table.c[name] for name in names]  # raises KeyError for a name not in table
        listed = ", ".join(column.name for column in columns)
        sql = f"INSERT INTO {table.name} ({listed}) VALUES ({marks(len(columns))})"  # noqa: S608
        await self.execute_many(sql, self.converted(columns, rows))

    async def insert_dicts(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """INSERT many rows given as dictionaries that all have the same keys."""
        if rows:
            await self.insert(table, list(rows[0]), [tuple(row.values()) for row in rows])

    async def execute_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """executemany; the number of rows it changed (-1 where the driver cannot tell)."""
        if not rows:
            return 0
        result: CursorResult[Any] = await self._execute(sql, list(rows))
        return result.rowcount

    async def fetch(self, sql: str, parameters: Sequence[Any]) -> list[Any]:
        """The rows of one query, as the driver returns them (no result processing)."""
        result: CursorResult[Any] = await self._execute(sql, tuple(parameters))
        return list(result.all())

    async def _execute(self, sql: str, parameters: Any) -> CursorResult[Any]:
        await self._session.flush()  # ORM changes made before go first, as with execute()
        connection = await self._session.connection()
        return await connection.exec_driver_sql(_for_driver(sql, self.dialect.paramstyle),
                                                parameters)

    def converted(
        self, columns: Sequence[Column[Any]], rows: Sequence[tuple[Any, ...]]
    ) -> list[tuple[Any, ...]]:
        """Column by column: a batch has few distinct dates and times, each converted once."""
        if not rows:
            return []
        values: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for index, column in enumerate(columns):
            convert = _bind_processor(self.dialect, column.type)
            if convert is not None and isinstance(column.type, Date | DateTime):
                memo = {value: convert(value) for value in set(values[index])}
                values[index] = [memo[value] for value in values[index]]
            elif convert is not None:
                values[index] = [convert(value) for value in values[index]]
        return list(zip(*values, strict=True))


def marks(count: int) -> str:
    return ", ".join("?" * count)


def with_marks(sql: str, *counts: int) -> str:
    """`sql` with its `(?*)` lists written out as that many `?` marks, in order: a list's
    length is the only thing ever formatted into a statement, never a value."""
    parts = sql.split("(?*)")
    if len(parts) != len(counts) + 1:
        raise ValueError(f"{len(parts) - 1} lists of marks in the statement, {len(counts)} sizes")
    written = [f"{part}({marks(count)})" for part, count in zip(parts, counts, strict=False)]
    return "".join(written) + parts[-1]


def _as_is(value: Any) -> Any:
    return value


@lru_cache(maxsize=256)
def _for_driver(sql: str, paramstyle: str) -> str:
    if paramstyle == "qmark":
        return sql
    if paramstyle != "numeric_dollar":
        raise ValueError(f"unsupported paramstyle {paramstyle}")
    numbers = iter(range(1, sql.count("?") + 1))
    return MARK.sub(lambda _: f"${next(numbers)}", sql)


@lru_cache(maxsize=64)
def _bind_processor(dialect: Dialect, type_: TypeEngine[Any]) -> Convert | None:
    return type_.dialect_impl(dialect).bind_processor(dialect)


@lru_cache(maxsize=64)
def _result_processor(dialect: Dialect, type_: TypeEngine[Any]) -> Convert | None:
    return type_.dialect_impl(dialect).result_processor(dialect, None)
