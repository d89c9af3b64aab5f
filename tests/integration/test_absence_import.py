"""`lvsbot import-absences FILE.csv` and manual signals, on both databases."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli import main
from bot.cli.commands.absences import import_file, row_item
from bot.settings import Settings
from domain.absence.daily import check_open_sick_reports
from domain.absence.ingest import ingest_absences
from domain.absence.loader import default_protocol
from domain.absence.manual import ManualTopic, raise_manual_signal
from domain.roles import Role
from domain.school import Staff, Student
from storage.database import session_factory
from storage.tables import AbsenceSignalRow, AbsenceTaskRow, AuditRow
from storage.uow import SqlUnitOfWork
from tests.integration.test_absence_ingest import add_students

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CSV = """id,student_number,kind,date,lesson_hour,hours,note
a1,100,late,2026-11-02,1,,
a2,100,late,2026-11-03,,,
a3,100,late,2026-11-04,2,,bus te laat
a4,999,late,2026-11-04,,,
a5,100,truancy,2026-11-05,3,twee,
a1,100,late,2026-11-02,1,,
"""


def test_csv_cells_become_the_api_fields() -> None:
    row = {"id": "a", "lesson_hour": "3", "hours": "1.5", "note": ""}
    assert row_item(row) == {"id": "a", "lesson_hour": 3, "hours": 1.5}
    assert row_item({"hours": "twee"}) == {"hours": "twee"}


async def test_a_csv_file_is_imported_with_the_api_summary(
    engine: AsyncEngine, database_url: str, tmp_path: Path
) -> None:
    await add_students(engine, "100")
    path = tmp_path / "absences.csv"
    path.write_text(CSV, encoding="utf-8")
    progress = io.StringIO()
    result = await import_file(path, Settings(database_url=database_url), lambda: NOW,
                               progress)
    summary = result.to_json()
    assert (summary["accepted"], summary["duplicates"]) == (3, 1)
    assert [r["index"] for r in summary["rejected"]] == [3, 4]  # type: ignore[union-attr]
    assert [s["threshold"] for s in summary["signals"]] == [3]  # type: ignore[index,union-attr]
    assert progress.getvalue().endswith("6/6\n")


def test_the_command_prints_the_summary(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "absences.csv"
    path.write_text("id,student_number,kind,date\nz,404,late,2026-11-02\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", sqlite_url)
    assert main(["import-absences", str(path)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["rejected"] == [{"index": 0, "error": "unknown student 404"}]


async def test_a_manual_signal_is_stored_with_tasks_and_audited(engine: AsyncEngine) -> None:
    await add_students(engine, "100")
    mentor = Staff("m1", "Mentor", "m@school.nl", frozenset({Role.MENTOR}), "noord")
    student = Student("100", "Jan", "Vries", "2A", "noord", mentors=frozenset({"m1"}))
    uow = SqlUnitOfWork(session_factory(engine))
    await raise_manual_signal(mentor, student, ManualTopic.SPECIAL_ARRANGEMENTS, uow,
                              default_protocol(), NOW, date(2026, 11, 20))
    async with engine.connect() as connection:
        signal = (await connection.execute(select(AbsenceSignalRow))).one()
        tasks = (await connection.execute(select(AbsenceTaskRow))).all()
        audit = (await connection.execute(select(AuditRow))).one()
    assert (signal.rule, signal.window_key) == ("manual", "bijzondere afspraken:2026-11-20")
    assert [t.role for t in tasks] == ["mentor", "iot", "verzuimcoordinator"]
    assert audit.actor_id == "m1"


async def test_the_daily_run_fires_sick_days_once(engine: AsyncEngine) -> None:
    await add_students(engine, "100")
    uow, protocol = SqlUnitOfWork(session_factory(engine)), default_protocol()
    sick = [{"id": "s", "student_number": "100", "kind": "sick", "date": "2026-11-16"}]
    await ingest_absences(sick, uow, protocol, now=NOW, today=date(2026, 11, 16))
    days = [date(2026, 11, 19), date(2026, 11, 20), date(2026, 11, 23)]
    fired = [[(s.rule.value, s.threshold) for s in await check_open_sick_reports(
        uow, protocol, now=NOW, today=day)] for day in days]
    assert fired == [[], [("sick_days", 5)], []]
