"""`lvsbot import-roster` from files: a summary on success, the bad row named on failure."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from storage.database import create_engine
from storage.tables import StaffRow, StudentRow
from tests.integration.test_roster_import import STAFF, STUDENTS


async def _people(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            staff = await connection.scalar(select(func.count()).select_from(StaffRow))
            students = await connection.scalar(select(func.count()).select_from(StudentRow))
            return int(staff or 0), int(students or 0)
    finally:
        await engine.dispose()


def _files(folder: Path, staff: str, students: str) -> list[str]:
    (folder / "staff.csv").write_text(staff, encoding="utf-8")
    (folder / "students.csv").write_text(students, encoding="utf-8")
    return ["--staff", str(folder / "staff.csv"), "--students", str(folder / "students.csv")]


def test_import_roster_prints_what_it_did(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert main(["import-roster", *_files(tmp_path, STAFF, STUDENTS)]) == 0
    out = capsys.readouterr().out
    assert "staff: 3 created" in out and "students: 3 created" in out
    assert asyncio.run(_people(database_url)) == (3, 3)


def test_a_roster_file_with_one_bad_row_imports_nothing(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    bad = STUDENTS.replace("2012-05-01", "2012-13-01")
    assert main(["import-roster", *_files(tmp_path, STAFF, bad)]) == 1
    error = capsys.readouterr().err
    assert "nothing imported: students.csv, row 3, column 'date_of_birth'" in error
    assert asyncio.run(_people(database_url)) == (0, 0)


def test_import_roster_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-roster"]) == 2
    assert "--staff and/or --students" in capsys.readouterr().err
