"""Benchmark: absence ingest vs a plain bulk insert of the same rows, same database, same run.

    .venv/bin/python bench/absence_ingest.py            # 1,000,000 events, 30,000 students
    .venv/bin/python bench/absence_ingest.py --events 100000 --students 3000
    .venv/bin/python bench/absence_ingest.py --database-url postgresql+asyncpg://...  (emptied!)

The target (issue 5): ingest at >= 25% of the plain insert rate on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import delete, insert  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine  # noqa: E402

from domain.absence.ingest import MAX_BATCH, ingest_absences  # noqa: E402
from domain.absence.loader import default_protocol  # noqa: E402
from storage.database import create_engine, session_factory  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.tables import AbsenceEventRow, Location, StudentRow  # noqa: E402
from storage.uow import SqlUnitOfWork  # noqa: E402

KINDS = ["late", "sick", "recovered", "authorized", "truancy", "removed", "unauthorized_leave"]
WEIGHTS = [20, 10, 10, 52, 4, 3.9, 0.1]  # mostly authorized absence, as in practice
FIRST_DAY = date(2026, 8, 24)
NOW = datetime(2027, 7, 31, 12, tzinfo=UTC)


def school_days(count: int) -> list[date]:
    days, day = [], FIRST_DAY
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def generate(events: int, students: int, seed: int = 5) -> list[dict[str, object]]:
    """Registrations in date order (as an administration sends them), over 190 school days."""
    rng = random.Random(seed)
    days = school_days(190)
    kinds = rng.choices(KINDS, WEIGHTS, k=events)
    items: list[dict[str, object]] = []
    for index, kind in enumerate(kinds):
        day = days[index * len(days) // events]
        student = f"S{rng.randrange(students)}"
        item: dict[str, object] = {"id": f"ev{index}", "student_number": student, "kind": kind,
                                   "date": day.isoformat(), "lesson_hour": rng.randint(1, 8)}
        if kind == "truancy":
            item["hours"] = 1
        items.append(item)
    return items


def as_row(item: dict[str, object]) -> dict[str, object]:
    return {"source_id": item["id"], "student_number": item["student_number"],
            "kind": item["kind"], "date": date.fromisoformat(str(item["date"])),
            "lesson_hour": item["lesson_hour"], "hours": item.get("hours"), "note": None,
            "received_at": NOW}


async def add_students(engine: AsyncEngine, count: int) -> None:
    async with engine.begin() as connection:
        await connection.execute(insert(Location), [{"code": "bench", "name": "Bench"}])
        await connection.execute(insert(StudentRow), [
            {"number": f"S{i}", "first_name": "Leerling", "last_name": str(i),
             "class_name": f"{i % 6 + 1}A", "location": "bench",
             "heightened_protocol": i % 50 == 0, "search_key": f"leerling {i}"}
            for i in range(count)])


async def plain_insert(engine: AsyncEngine, rows: list[dict[str, object]]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(rows), MAX_BATCH):
        async with engine.begin() as connection:
            await connection.execute(insert(AbsenceEventRow), rows[start:start + MAX_BATCH])
    elapsed = time.perf_counter() - started, time.process_time() - cpu
    async with engine.begin() as connection:
        await connection.execute(delete(AbsenceEventRow))
    return elapsed


async def ingest_all(
    engine: AsyncEngine, items: list[dict[str, object]]
) -> tuple[tuple[float, float], int]:
    uow, protocol, signals = SqlUnitOfWork(session_factory(engine)), default_protocol(), 0
    started, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(items), MAX_BATCH):
        batch = items[start:start + MAX_BATCH]
        today = date.fromisoformat(str(batch[-1]["date"]))  # sent daily: today = newest date
        result = await ingest_absences(batch, uow, protocol, now=NOW, today=today)
        signals += len(result.signals)
        assert not result.rejected, result.rejected[:3]
    return (time.perf_counter() - started, time.process_time() - cpu), signals


async def main(args: argparse.Namespace) -> None:
    url = args.database_url or f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    await upgrade(url)
    engine = create_engine(url)
    try:
        await add_students(engine, args.students)
        items = generate(args.events, args.students)
        plain = await plain_insert(engine, [as_row(item) for item in items])
        ingest, signals = await ingest_all(engine, items)
    finally:
        await engine.dispose()
    print(f"database: {engine.dialect.name}; {args.events} events, {args.students} students")
    print(f"plain bulk insert: {rates(args.events, plain)}")
    print(f"absence ingest:    {rates(args.events, ingest)} ({signals} signals)")
    print(f"ratio: {plain[0] / ingest[0]:.0%} of the plain insert rate (target >= 25%); "
          f"by CPU time {plain[1] / ingest[1]:.0%}")


def rates(events: int, seconds: tuple[float, float]) -> str:
    wall, cpu = seconds
    return (f"{wall:8.1f} s {events / wall:10,.0f} events/s "
            f"(CPU {cpu:.1f} s: {events / cpu:,.0f} events/CPU-s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--students", type=int, default=30_000)
    parser.add_argument("--database-url", default="", help="an empty, migratable database")
    asyncio.run(main(parser.parse_args()))
