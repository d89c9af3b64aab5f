"""storage.bulk writes exactly what SQLAlchemy Core writes, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import Table, Text, cast, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.bulk import DriverSql, with_marks
from storage.database import session_factory
from storage.tables import AbsenceEventRow, AbsenceStateRow, AuditRow

EVENTS: Table = AbsenceEventRow.__table__  # type: ignore[assignment]
STATES: Table = AbsenceStateRow.__table__  # type: ignore[assignment]
AUDIT: Table = AuditRow.__table__  # type: ignore[assignment]
MOMENT = datetime(2026, 11, 20, 9, 30, 15, 123456, tzinfo=UTC)


def event(source_id: str) -> dict[str, Any]:
    return {"source_id": source_id, "student_number": "100", "kind": "late",
            "date": date(2026, 11, 2), "lesson_hour": 3, "hours": None, "note": "bus",
            "received_at": MOMENT}


async def stored(engine: AsyncEngine, table: Table, order: str) -> list[tuple[Any, ...]]:
    """The raw values in the database (cast to text, so no type processing hides a difference)."""
    columns = [cast(column, Text) for column in table.columns if column.name != "id"]
    async with engine.connect() as connection:
        rows = await connection.execute(select(*columns).order_by(table.c[order]))
        return [tuple(row) for row in rows]


@pytest.mark.parametrize(("table", "rows", "order"), [
    (EVENTS, [event("a"), event("b")], "source_id"),
    (STATES, [{"student_number": n, "school_year": 2026, "version": 1, "open_sick": None,
               "state": {"counts": {"late": 3.0}, "fired": ["late:3"]}} for n in "ab"],
     "student_number"),
    (AUDIT, [{"at": MOMENT, "actor_id": n, "action": "signal", "student_number": None,
              "detail": {"rule": "late", "recipients": ["mentor"]}} for n in "ab"], "actor_id"),
])
async def test_bulk_insert_stores_what_core_stores(
    engine: AsyncEngine, table: Table, rows: list[dict[str, Any]], order: str
) -> None:
    async with engine.begin() as connection:
        await connection.execute(insert(table), [rows[0]])
    async with session_factory(engine)() as session:
        await DriverSql(session).insert_dicts(table, [rows[1]])
        await session.commit()
    core, bulk = await stored(engine, table, order)
    differing = [i for i, column in enumerate(c for c in table.columns if c.name != "id")
                 if core[i] != bulk[i] and column.name not in ("source_id", "student_number",
                                                               "actor_id")]
    assert differing == []


async def test_bulk_rows_read_back_through_the_orm(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        await DriverSql(session).insert_dicts(EVENTS, [event("a")])
        await session.commit()
        row = (await session.scalars(select(AbsenceEventRow))).one()
    assert (row.day, row.note) == (date(2026, 11, 2), "bus")
    assert row.received_at.replace(tzinfo=UTC) == MOMENT


def test_lists_of_marks_are_written_out_in_order() -> None:
    sql = "SELECT 1 FROM t WHERE a IN (?*) AND b = ? AND c IN (?*)"
    assert with_marks(sql, 2, 1) == "SELECT 1 FROM t WHERE a IN (?, ?) AND b = ? AND c IN (?)"
    with pytest.raises(ValueError, match="2 lists"):
        with_marks(sql, 3)
