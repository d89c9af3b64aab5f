"""The daily retention job inside serve: runs at LVS_RETENTION_AT, once, and stops cleanly."""

from __future__ import annotations

import asyncio
from datetime import time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.database import create_engine
from storage.tables import AuditRow, EntryRow
from tests.integration.retention_seed import NOW, seed_retention_school
from tests.support.bot import Clock, running_bot, settings_for

JUST_BEFORE_TWO = NOW.replace(hour=1, minute=59, second=59, microsecond=900_000)


async def _retention_rows(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(
            select(func.count()).where(AuditRow.action == "retention_delete")) or 0)


async def _wait_for_retention(engine: AsyncEngine) -> int:
    for _ in range(200):  # the job is due 0.1 s after start; allow a slow machine
        if rows := await _retention_rows(engine):
            return rows
        await asyncio.sleep(0.05)
    return 0


async def test_the_job_runs_at_its_hour_once(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    await seed_retention_school(engine)
    settings = settings_for(sqlite_url, retention_at=time(2, 0))
    async with running_bot(settings, Clock(JUST_BEFORE_TWO)):
        assert await _wait_for_retention(engine) == 2
        await asyncio.sleep(0.3)  # the clock stands still: the next run is tomorrow
        assert await _retention_rows(engine) == 2
    async with engine.connect() as connection:
        assert "e-old" not in set(await connection.scalars(select(EntryRow.id)))
    await engine.dispose()


async def test_before_its_hour_the_job_waits_and_serve_still_stops(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    await seed_retention_school(engine)
    async with running_bot(settings_for(sqlite_url), Clock(NOW + timedelta(hours=1))):
        await asyncio.sleep(0.2)
    assert await _retention_rows(engine) == 0
    await engine.dispose()
