"""`lvsbot export`: the same use case as in chat, checked and audited as the staff member."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.cli import main
from storage.database import create_engine
from tests.e2e.logbook_school import add_writers, audit_rows, write_jans_forms
from tests.support.bot import Clock
from tests.support.school import DOCENT, ZORG


@pytest.fixture
async def jans_file(school_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> str:
    engine = create_engine(school_url)
    await add_writers(engine)
    await write_jans_forms(engine, clock)
    await engine.dispose()
    monkeypatch.setenv("DATABASE_URL", school_url)
    return school_url


def test_care_staff_export_a_file_with_guidance_on_who_may_receive_it(
    jans_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "dossier.html"
    assert main(["export", "--student", "100001", "--as", ZORG.email, "--out", str(out)]) == 0
    assert "Leerlingdossier Jan de Vries" in out.read_text(encoding="utf-8")
    printed = capsys.readouterr().out
    assert "7 forms" in printed and "ouders" in printed  # what zorgondersteuning may read


def test_a_teacher_may_not_export_and_nothing_is_written(
    jans_file: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "dossier.html"
    assert main(["export", "--student", "100001", "--as", DOCENT.email, "--out", str(out)]) == 1
    assert not out.exists()
    assert "voorbehouden" in capsys.readouterr().err


def test_an_unknown_student_is_not_found(jans_file: str, tmp_path: Path) -> None:
    out = tmp_path / "dossier.html"
    assert main(["export", "--student", "999999", "--as", ZORG.email, "--out", str(out)]) == 1


async def test_the_cli_export_is_audited_as_the_staff_member(jans_file: str,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "dossier.html"
    args = ["export", "--student", "100001", "--as", ZORG.email, "--out", str(out)]
    assert await asyncio.to_thread(main, args) == 0
    engine = create_engine(jans_file)
    [row] = await audit_rows(engine, ZORG, "export")
    await engine.dispose()
    assert row.student_number == "100001" and len(row.detail["entry_ids"]) == 7
