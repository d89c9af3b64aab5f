"""Audit rows are append-only in the database itself: UPDATE and DELETE are refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.audit import AuditAction, AuditEvent
from storage.audit import SqlAuditLog
from storage.database import session_factory
from storage.migrate import downgrade_engine, upgrade_engine
from storage.tables import AuditRow

EVENT = AuditEvent(datetime(2026, 11, 23, 9, 0, tzinfo=UTC), "mentor-1", AuditAction.READ,
                   "100001", {"what": "logbook"})


async def _one_audit_row(engine: AsyncEngine) -> None:
    async with session_factory(engine)() as session:
        await SqlAuditLog(session).record(EVENT)
        await session.commit()


@pytest.mark.parametrize("statement", [
    update(AuditRow).values(actor_id="someone-else"),
    update(AuditRow).values(detail={}),
    delete(AuditRow),
    delete(AuditRow).where(AuditRow.student_number == "100001"),
], ids=["update-actor", "update-detail", "delete-all", "delete-student"])
async def test_audit_rows_cannot_be_changed_or_deleted(
    engine: AsyncEngine, statement: object,
) -> None:
    await _one_audit_row(engine)
    with pytest.raises(DBAPIError, match="append-only"):
        async with engine.begin() as connection:
            await connection.execute(statement)  # type: ignore[call-overload]
    async with engine.connect() as connection:
        row = (await connection.execute(select(AuditRow))).one()
    assert (row.actor_id, row.student_number, row.detail) == ("mentor-1", "100001",
                                                               {"what": "logbook"})


async def test_new_audit_rows_are_still_appended(engine: AsyncEngine) -> None:
    await _one_audit_row(engine)
    await _one_audit_row(engine)
    async with engine.connect() as connection:
        assert await connection.scalar(select(func.count()).select_from(AuditRow)) == 2


async def test_the_downgrade_drops_the_triggers(engine: AsyncEngine) -> None:
    await _one_audit_row(engine)
    await downgrade_engine(engine, "0004")
    try:
        async with engine.begin() as connection:
            await connection.execute(delete(AuditRow))
    finally:
        await upgrade_engine(engine)
    async with engine.connect() as connection:
        assert await connection.scalar(select(func.count()).select_from(AuditRow)) == 0
