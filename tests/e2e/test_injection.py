"""HTML, Markdown and SQL-like text in a student's name (from the roster) and in a form's
description is stored as typed and shown as typed: escaped on the logbook card and in the
export, never run as a link, markup or SQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cli import main
from domain.forms import FormType
from domain.services.write_entry import NewEntry
from storage.database import create_engine
from storage.tables import StudentRow
from tests.e2e.logbook_school import write
from tests.support import teams
from tests.support.bot import BotClient, Clock, running_bot
from tests.support.notify import card_texts, drain, driven_worker, notify_settings, register_lates
from tests.support.school import MENTOR, TEAMLEIDER

FIRST = "<b>Evil</b>"
LAST = "**Vet** [klik](javascript:alert(1)) '; DROP TABLE students; --"
DESCRIPTION = "<img src=x onerror=alert(1)> _schuin_ `code` # kop"
STUDENTS_CSV = (
    "student_number,first_name,last_name,class,location,mentors,date_of_birth,"
    "expected_end_date,heightened_protocol\n"
    f'300001,{FIRST},"{LAST}",2A,noord,{MENTOR.staff_id},2012-01-01,2030-07-31,false\n'
)


@pytest.fixture
async def odd_student(school_url: str, clock: Clock, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch) -> str:
    roster = tmp_path / "students.csv"
    roster.write_text(STUDENTS_CSV, encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", school_url)
    assert await asyncio.to_thread(main, ["import-roster", "--students", str(roster)]) == 0
    engine = create_engine(school_url)
    await write(engine, MENTOR, NewEntry("300001", FormType.INFORMATIE, DESCRIPTION,
                                         fields={"body": DESCRIPTION}), clock.current)
    async with engine.connect() as connection:
        row = (await connection.execute(select(StudentRow.first_name, StudentRow.last_name)
                                        .where(StudentRow.number == "300001"))).one()
    await engine.dispose()
    assert tuple(row) == (FIRST, LAST)  # stored as typed; the students table is still there
    return school_url


async def test_the_logbook_card_shows_names_and_texts_as_typed(
    odd_student: str, client: BotClient,
) -> None:
    [sent] = await client.send(teams.message(MENTOR, client.connector.url, "logboek 300001"))
    shown = card_texts(sent)
    assert r"\*\*Vet\*\* \[klik\]\(javascript:alert\(1\)\)" in shown
    assert r"\<img src=x onerror=alert\(1\)\> \_schuin\_ \`code\` \# kop" in shown
    for live in ("**Vet**", "[klik](", "_schuin_", "`code`"):
        assert live not in shown


async def test_the_export_escapes_names_and_texts(
    odd_student: str, tmp_path: Path,
) -> None:
    out = tmp_path / "dossier.html"
    argv = ["export", "--student", "300001", "--as", TEAMLEIDER.email, "--out", str(out)]
    assert await asyncio.to_thread(main, argv) == 0
    html = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;Evil&lt;/b&gt;" in html and "<b>Evil" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "<img" not in html
    assert "&#x27;; DROP TABLE students; --" in html


async def test_prompt_cards_and_taken_show_the_name_as_typed(
    odd_student: str, clock: Clock,
) -> None:
    settings = notify_settings(odd_student)
    async with running_bot(settings, clock) as client, \
            driven_worker(settings, clock) as worker:
        await client.say(MENTOR, "help")  # the mentor's personal chat with the bot
        await register_lates(odd_student, "300001", 6, clock)
        client.connector.take()
        await drain(worker)
        prompts = client.connector.take()
        taken = await client.send(teams.message(MENTOR, client.connector.url, "taken"))
    assert prompts and taken
    for sent in [*prompts, *taken]:
        shown = card_texts(sent)
        assert r"\*\*Vet\*\* \[klik\]\(javascript:alert\(1\)\)" in shown, shown
        for live in ("**Vet**", "[klik](", "<b>Evil"):
            assert live not in shown
