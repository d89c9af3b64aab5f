"""The privacy officer's questions: `lvsbot audit --student N` and `--staff X`."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli import main
from domain.audit import AuditAction, AuditEvent
from storage.audit import SqlAuditLog
from storage.database import session_factory


async def record(engine: AsyncEngine, *events: AuditEvent) -> None:
    async with session_factory(engine)() as session:
        log = SqlAuditLog(session)
        for event in events:
            await log.record(event)
        await session.commit()


def at(hour: int) -> datetime:
    return datetime(2026, 11, 20, hour, tzinfo=UTC)


async def test_audit_answers_by_student_and_by_staff_member(
    engine: AsyncEngine, database_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await record(
        engine,
        AuditEvent(at(9), "m.jansen", AuditAction.READ, "100001", {"entries": ["e1"]}),
        AuditEvent(at(10), "t.visser", AuditAction.EXPORT, "100001", {}),
        AuditEvent(at(11), "m.jansen", AuditAction.WRITE, "100002", {"entry": "e2"}),
    )
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert await _run(["audit", "--student", "100001", "--json"]) == 0
    about_jan = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(e["actor"], e["action"]) for e in about_jan] == [
        ("m.jansen", "read"), ("t.visser", "export")]
    assert await _run(["audit", "--staff", "m.jansen"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "100002" in lines[1] and "write" in lines[1]


async def _run(argv: list[str]) -> int:
    import asyncio

    return await asyncio.to_thread(main, argv)


async def test_an_unmigrated_database_gets_a_clear_message(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/empty.sqlite3")
    assert await _run(["audit", "--student", "1"]) == 3
    assert "lvsbot db upgrade" in capsys.readouterr().err
