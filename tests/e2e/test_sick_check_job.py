"""The daily sick-report check inside serve: 5 school days sick in a row raise a signal."""

from __future__ import annotations

import asyncio
from datetime import datetime

from sqlalchemy import select

from storage.database import create_engine
from storage.tables import AbsenceSignalRow
from tests.support.bot import AMSTERDAM, Clock, running_bot, settings_for

MONDAY_MORNING = datetime(2026, 11, 16, 8, 0, tzinfo=AMSTERDAM)
FRIDAY_BEFORE_CHECK = datetime(2026, 11, 20, 6, 29, 59, 900_000, tzinfo=AMSTERDAM)


async def signals(url: str) -> list[tuple[str, int]]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        rows = await connection.execute(
            select(AbsenceSignalRow.rule, AbsenceSignalRow.threshold))
        found = [(rule, threshold) for rule, threshold in rows]
    await engine.dispose()
    return found


async def test_the_fifth_school_day_sick_raises_sick_days_at_the_morning_check(
    school_url: str,
) -> None:
    settings = settings_for(school_url, ingest_token="t0ken")
    clock = Clock(MONDAY_MORNING)
    async with running_bot(settings, clock) as client:
        sick = {"id": "s1", "student_number": "100001", "kind": "sick", "date": "2026-11-16"}
        async with client.http.post(f"{client.url}/api/absences", json=sick,
                                    headers={"Authorization": "Bearer t0ken"}) as response:
            assert response.status == 200
    assert ("sick_days", 5) not in await signals(school_url)
    async with running_bot(settings, Clock(FRIDAY_BEFORE_CHECK)):
        for _ in range(400):  # due 0.1 s after start; allow a slow machine
            if ("sick_days", 5) in await signals(school_url):
                break
            await asyncio.sleep(0.05)
    assert ("sick_days", 5) in await signals(school_url)
