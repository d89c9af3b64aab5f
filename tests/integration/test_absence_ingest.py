"""The ingest use case on real SQL: validation, duplicates, signals stored exactly once."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.absence.ingest import ingest_absences
from domain.absence.loader import default_protocol
from domain.audit import AuditAction
from domain.forms import FormType
from storage.database import session_factory
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
    AuditRow,
    EntryRow,
    Location,
    StudentRow,
)
from storage.uow import SqlUnitOfWork

PROTOCOL = default_protocol()
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 20)


async def add_students(engine: AsyncEngine, *numbers: str, heightened: bool = False) -> None:
    async with engine.begin() as connection:
        if not await connection.scalar(select(func.count()).select_from(Location)):
            await connection.execute(insert(Location), [{"code": "noord", "name": "Noord"}])
        await connection.execute(insert(StudentRow), [
            {"number": n, "first_name": "Jan", "last_name": "Vries", "class_name": "2A",
             "location": "noord", "heightened_protocol": heightened, "search_key": n}
            for n in numbers])


def late(source_id: str, day: str, student: str = "100") -> dict[str, object]:
    return {"id": source_id, "student_number": student, "kind": "late", "date": day}


async def ingest(engine: AsyncEngine, items: list[object]) -> dict[str, object]:
    uow = SqlUnitOfWork(session_factory(engine))
    result = await ingest_absences(items, uow, PROTOCOL, now=NOW, today=TODAY)
    return result.to_json()


async def count(engine: AsyncEngine, table: type) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(select(func.count()).select_from(table)) or 0)


async def test_ingest_rejects_bad_items_and_accepts_the_rest(engine: AsyncEngine) -> None:
    await add_students(engine, "100")
    result = await ingest(engine, [
        late("a", "2026-09-01"),
        late("b", "2026-09-01", student="999"),
        {"id": "c", "student_number": "100", "kind": "late", "date": "2026-12-01"},
        {"id": "d", "student_number": "100", "kind": "party", "date": "2026-09-01"},
        "not an object",
    ])
    assert result["accepted"] == 1
    assert [r["index"] for r in result["rejected"]] == [1, 2, 3, 4]  # type: ignore[union-attr]
    assert "unknown student" in result["rejected"][0]["error"]  # type: ignore[index]
    assert "after today" in result["rejected"][1]["error"]  # type: ignore[index]


async def test_duplicate_ids_change_nothing_and_other_content_is_a_conflict(
    engine: AsyncEngine,
) -> None:
    await add_students(engine, "100")
    items: list[object] = [late(f"x{i}", "2026-09-0" + str(i + 1)) for i in range(3)]
    first = await ingest(engine, items)
    again = await ingest(engine, items + [late("x0", "2026-09-07")])
    assert (first["accepted"], len(first["signals"])) == (3, 1)  # type: ignore[arg-type]
    assert (again["accepted"], again["duplicates"], again["signals"]) == (0, 3, [])
    assert again["rejected"] == [{"index": 3, "error": "conflict: id x0 was received before "
                                                       "with different content"}]
    assert await count(engine, AbsenceEventRow) == 3


async def test_one_batch_over_several_thresholds_stores_each_signal_once(
    engine: AsyncEngine,
) -> None:
    await add_students(engine, "100", heightened=True)
    result = await ingest(engine, [late(f"l{i}", "2026-09-15") for i in range(10)])
    signals = result["signals"]
    assert [s["threshold"] for s in signals] == [3, 6, 9, 10]  # type: ignore[index,union-attr]
    assert all("mentor" in s["recipients"] for s in signals)  # type: ignore[index,union-attr]
    assert signals[0]["school_year"] == "2026-2027"  # type: ignore[index]
    assert await count(engine, AbsenceSignalRow) == 4
    assert await count(engine, AbsenceTaskRow) == 1 + 4 + 5 + 8  # 10: mentor or coordinator
    assert await count(engine, AbsenceStateRow) == 1


async def test_each_signal_writes_a_logbook_form_and_an_audit_event(engine: AsyncEngine) -> None:
    await add_students(engine, "100")
    await ingest(engine, [{"id": "t", "student_number": "100", "kind": "unauthorized_leave",
                           "date": "2026-10-01"}])
    async with engine.connect() as connection:
        entry = (await connection.execute(select(EntryRow))).one()
        audit = (await connection.execute(select(AuditRow))).one()
    assert entry.form_type == FormType.VERANTWOORDING_VERZUIM
    assert entry.author_id == "system:absence"
    assert entry.author_role == "verzuimcoordinator" and entry.urgent
    assert (audit.action, audit.student_number) == (AuditAction.SIGNAL, "100")
    assert audit.detail["rule"] == "unauthorized_leave"


async def test_state_carries_over_between_batches(engine: AsyncEngine) -> None:
    await add_students(engine, "100")
    await ingest(engine, [late("a", "2026-09-01"), late("b", "2026-09-02")])
    result = await ingest(engine, [late("c", "2026-08-01")])  # earlier, arriving later
    assert [s["threshold"] for s in result["signals"]] == [3]  # type: ignore[index,union-attr]
    previous_year = await ingest(engine, [late("d", "2026-07-31")])
    assert previous_year["signals"] == []


async def test_two_concurrent_batches_for_one_student_fire_once(engine: AsyncEngine) -> None:
    await add_students(engine, "100")
    await ingest(engine, [late("a", "2026-09-01"), late("b", "2026-09-02")])
    results = await asyncio.gather(ingest(engine, [late("c", "2026-09-03")]),
                                   ingest(engine, [late("d", "2026-09-04")]))
    fired = [s["threshold"] for r in results for s in r["signals"]]  # type: ignore[union-attr]
    assert fired == [3]
    assert await count(engine, AbsenceSignalRow) == 1


@pytest.mark.parametrize("hours", [3, 3.5])
async def test_truancy_hours_in_one_event_make_one_signal_naming_each_hour(
    engine: AsyncEngine, hours: float
) -> None:
    await add_students(engine, "100")
    result = await ingest(engine, [{"id": "t", "student_number": "100", "kind": "truancy",
                                    "date": "2026-10-01", "hours": hours}])
    [signal] = result["signals"]  # type: ignore[misc]
    assert (signal["threshold"], signal["reasons"]) == (  # type: ignore[index]
        3, ["truancy:1", "truancy:2", "truancy:3"])
