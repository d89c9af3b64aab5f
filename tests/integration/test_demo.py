"""The demo school in a real database, through `lvsbot demo` and the Directory."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli import main
from domain.access import may_create
from domain.forms import FormType
from domain.roles import Role
from storage.database import create_engine, session_factory
from storage.demo import accounts
from storage.demo.load import SchoolNotEmpty, load_demo
from storage.demo.logbook import generate_entries
from storage.demo.school import build_school
from storage.tables import EntryRow, StaffRow, StudentRow
from storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 20)


async def test_the_demo_loads_with_every_role_and_forms_that_respect_access(
    engine: AsyncEngine,
) -> None:
    school = build_school(150, seed=5, today=TODAY)
    summary = await load_demo(engine, school, generate_entries(school, 400, 5, TODAY), TODAY)
    assert (summary.students, summary.entries) == (150, 400)
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        mentor = await uow.directory.staff_by_aad(str(accounts.DEMO_MENTOR.aad_object_id))
        (jan,) = await uow.directory.students_matching(["jan", "de", "vries"], limit=5)
        roles = {role for code in await uow.session.scalars(select(StaffRow.roles))
                 for role in code.split(";")}
        entries = list(await uow.session.scalars(select(EntryRow)))
        for entry in entries:
            author = await uow.directory.staff_by_id(entry.author_id)
            student = await uow.directory.student(entry.student_number)
            assert author is not None and student is not None
            assert may_create(author, FormType(entry.form_type), student)
    assert mentor == accounts.DEMO_MENTOR and jan.mentors == {mentor.id}
    assert (jan.class_name, jan.location, jan.number) == ("2A", "noord", accounts.JAN_NUMBER)
    assert roles == {role.value for role in Role}
    assert len(entries) == 400


async def test_the_demo_never_loads_over_existing_students(engine: AsyncEngine) -> None:
    school = build_school(20, seed=1, today=TODAY)
    await load_demo(engine, school, [], TODAY)
    with pytest.raises(SchoolNotEmpty):
        await load_demo(engine, school, [], TODAY)


async def _counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            students = await connection.scalar(select(func.count()).select_from(StudentRow))
            entries = await connection.scalar(  # the demo's forms, not the absence engine's
                select(func.count()).select_from(EntryRow)
                .where(EntryRow.author_id.not_like("system:%")))
            return int(students or 0), int(entries or 0)
    finally:
        await engine.dispose()


def test_demo_if_empty_does_nothing_the_second_time(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    command = ["demo", "--if-empty", "--students", "80", "--forms", "120", "--seed", "9"]
    assert main(command) == 0
    assert "80 students, 120 logbook forms" in capsys.readouterr().out
    assert asyncio.run(_counts(database_url)) == (80, 120)
    assert main(command) == 0
    assert "not loaded" in capsys.readouterr().out
    assert main(["demo", "--students", "80"]) == 1
    assert "only loads into an empty database" in capsys.readouterr().err
    assert asyncio.run(_counts(database_url)) == (80, 120)


def test_demo_lists_its_fixed_accounts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--list-accounts"]) == 0
    out = capsys.readouterr().out
    for account in accounts.DEMO_ACCOUNTS:
        assert f"{account.email}" in out and str(account.aad_object_id) in out
