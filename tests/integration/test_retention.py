"""Retention on both databases, with a fixed clock: forms 2 years after leaving, absence data
5 years after its school year; audit rows stay and say what went."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli import main
from bot.jobs.retention import retention
from domain.retention import RETENTION_ACTOR, Deleted, RetentionPolicy, cutoffs
from storage.database import session_factory
from storage.retention import apply_retention
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
    AttachmentRow,
    AuditRow,
    EntryRow,
    RevisionRow,
    SeenActivityRow,
    SignalFanoutRow,
)
from tests.integration.retention_seed import NOW, seed_retention_school

EXPECTED = {
    "200001": Deleted(forms=2, revisions=1, attachments=1),
    "200003": Deleted(absence_events=1, absence_states=1, signals=1, tasks=2),
}
TABLES = (EntryRow, RevisionRow, AttachmentRow, AbsenceEventRow, AbsenceStateRow,
          AbsenceSignalRow, AbsenceTaskRow, SignalFanoutRow, SeenActivityRow, AuditRow)


async def _counts(engine: AsyncEngine) -> dict[str, int]:
    async with engine.connect() as connection:
        return {table.__tablename__: int(await connection.scalar(
            select(func.count()).select_from(table)) or 0) for table in TABLES}


async def _apply(engine: AsyncEngine, *, dry_run: bool) -> tuple[dict[str, Deleted], int]:
    return await apply_retention(session_factory(engine), cutoffs(NOW, RetentionPolicy()), NOW,
                                 dry_run=dry_run)


async def test_a_dry_run_shows_what_is_due_and_changes_nothing(engine: AsyncEngine) -> None:
    await seed_retention_school(engine)
    before = await _counts(engine)
    assert await _apply(engine, dry_run=True) == (EXPECTED, 0)
    assert await _counts(engine) == before


async def test_retention_deletes_what_is_due_and_keeps_the_rest(engine: AsyncEngine) -> None:
    await seed_retention_school(engine)
    assert await _apply(engine, dry_run=False) == (EXPECTED, 1)
    async with engine.connect() as connection:
        assert set(await connection.scalars(select(EntryRow.id))) == {"e-recent", "e-expired"}
        assert list(await connection.scalars(select(AbsenceSignalRow.id))) == ["s-2021"]
        assert list(await connection.scalars(select(AbsenceEventRow.source_id))) == ["ev-2021"]
        assert list(await connection.scalars(select(AbsenceStateRow.school_year))) == [2021]
        assert list(await connection.scalars(select(SeenActivityRow.activity_id))) == ["a1"]
    counts = await _counts(engine)
    assert (counts["entry_revisions"], counts["attachments"], counts["absence_tasks"],
            counts["signal_fanout"]) == (0, 0, 1, 0)


async def test_each_student_gets_an_audit_row_and_old_audit_rows_stay(
    engine: AsyncEngine,
) -> None:
    await seed_retention_school(engine)
    await _apply(engine, dry_run=False)
    async with engine.connect() as connection:
        rows = (await connection.execute(
            select(AuditRow.actor_id, AuditRow.action, AuditRow.student_number, AuditRow.detail)
            .order_by(AuditRow.id))).all()
    assert [tuple(row) for row in rows] == [
        ("m1", "read", "200001", {}),
        (RETENTION_ACTOR, "retention_delete", "200001",
         {"forms": 2, "revisions": 1, "attachments": 1}),
        (RETENTION_ACTOR, "retention_delete", "200003",
         {"absence_events": 1, "absence_states": 1, "signals": 1, "tasks": 2}),
    ]


async def test_a_second_run_finds_nothing(engine: AsyncEngine) -> None:
    await seed_retention_school(engine)
    await _apply(engine, dry_run=False)
    lines = await retention(session_factory(engine), NOW, dry_run=False)
    assert lines[0].startswith("deleted for 0 student(s)")


async def test_the_report_says_what_went_per_kind_and_student(engine: AsyncEngine) -> None:
    await seed_retention_school(engine)
    lines = await retention(session_factory(engine), NOW, dry_run=True)
    assert lines[0] == ("would delete for 2 student(s): forms=2, revisions=1, attachments=1, "
                        "absence_events=1, absence_states=1, signals=1, tasks=2")
    assert lines[1:] == ["  200001: forms=2, revisions=1, attachments=1",
                         "  200003: absence_events=1, absence_states=1, signals=1, tasks=2"]


async def test_the_command_line_dry_run_changes_nothing(
    engine: AsyncEngine, database_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await seed_retention_school(engine)  # dates long past: today's clock finds the same
    before = await _counts(engine)
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert await asyncio.to_thread(main, ["retention", "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would delete for 2 student(s): forms=2")
    assert await _counts(engine) == before


async def test_two_runs_at_once_delete_and_audit_each_row_once(engine: AsyncEngine) -> None:
    await seed_retention_school(engine)
    (first, _), (second, _) = await asyncio.gather(_apply(engine, dry_run=False),
                                                   _apply(engine, dry_run=False))
    merged = {number: first.get(number, Deleted()) + second.get(number, Deleted())
              for number in {*first, *second}}
    assert merged == EXPECTED
    async with engine.connect() as connection:
        audited = await connection.scalar(
            select(func.count()).where(AuditRow.action == "retention_delete"))
    assert audited == sum(1 for d in [*first.values(), *second.values()] if d.anything)
