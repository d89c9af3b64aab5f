"""A "Gedaan" submit for a task of a student one is not involved with is answered as an unknown
task, and the task stays open."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from storage.database import create_engine
from storage.tables import AbsenceTaskRow, AuditRow
from tests.support.bot import Clock, running_bot
from tests.support.notify import (
    done_buttons,
    drain,
    driven_worker,
    notify_settings,
    register_lates,
)
from tests.support.school import MENTOR, VC

NOT_MENTORS_STUDENT = "100004"  # Jan Vermeulen, 4C: neither mentored nor taught by MENTOR


async def _ticked(url: str) -> tuple[int, int]:
    """Tasks done, and audit rows by MENTOR about the student: a forged tick changes neither."""
    engine = create_engine(url)
    async with engine.connect() as connection:
        done = await connection.scalar(
            select(func.count()).where(AbsenceTaskRow.status != "open"))
        audited = await connection.scalar(select(func.count()).where(
            AuditRow.actor_id == MENTOR.staff_id,
            AuditRow.student_number == NOT_MENTORS_STUDENT))
    await engine.dispose()
    return int(done or 0), int(audited or 0)


async def test_a_forged_task_done_is_an_unknown_task(school_url: str, clock: Clock) -> None:
    settings = notify_settings(school_url)
    async with running_bot(settings, clock) as client, \
            driven_worker(settings, clock) as worker:
        await client.say(VC, "help")  # the VC has a personal chat with the bot
        await register_lates(school_url, NOT_MENTORS_STUDENT, 3, clock)
        client.connector.take()
        await drain(worker)
        vc_cards = [s for s in client.connector.take() if done_buttons(s)]
        [(_, button), *_] = done_buttons(vc_cards[-1])
        before = await _ticked(school_url)
        forged = await client.submit(MENTOR, button)
        unknown: dict[str, Any] = {**button, "task_id": 999_999}
        assert [s.text for s in forged] == [s.text for s in await client.submit(MENTOR, unknown)]
        assert [s.text for s in forged] == ["Die taak ken ik niet."]
        assert await _ticked(school_url) == before
