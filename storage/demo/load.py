"""Write the demo school into an empty database: the roster through the roster import's
bulk upsert, the logbook through chunked multi-row inserts. One transaction."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from domain.roster import RosterFile
from storage.database import session_factory
from storage.demo.school import School
from storage.roster_import import CHUNK, import_roster
from storage.tables import EntryRow, StudentRow

log = logging.getLogger(__name__)
T = TypeVar("T")


class SchoolNotEmpty(Exception):
    """The demo only goes into a database without students: it never mixes with real data."""


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    students: int
    entries: int


async def student_count(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(select(func.count()).select_from(StudentRow)) or 0)


async def load_demo(
    engine: AsyncEngine, school: School, entries: Iterable[dict[str, Any]], today: date
) -> DemoSummary:
    async with session_factory(engine)() as session, session.begin():
        existing = await session.scalar(select(func.count()).select_from(StudentRow))
        if existing:
            raise SchoolNotEmpty(f"the database already has {existing} students")
        await import_roster(session, _as_file("demo staff", school.staff),
                            _as_file("demo students", school.students), today)
        written = await _insert_entries(session, entries)
    log.info("demo school: %s staff, %s students, %s forms",
             len(school.staff), len(school.students), written)
    return DemoSummary(len(school.staff), len(school.students), written)


def _as_file(name: str, records: tuple[T, ...]) -> RosterFile[T]:
    return RosterFile(name, records, tuple(range(2, len(records) + 2)))


async def _insert_entries(session: AsyncSession, entries: Iterable[dict[str, Any]]) -> int:
    connection = await session.connection()
    written = 0
    for batch in _batches(entries, CHUNK):
        await connection.execute(insert(EntryRow), batch)
        written += len(batch)
    return written


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
