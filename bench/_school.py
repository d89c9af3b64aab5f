"""The school lvsbot is benchmarked on: the demo school (`lvsbot demo`) when this build has
that command, else the test school; topped up with mentors so that every load worker can
talk as a staff member of their own (one personal chat each, as in Teams)."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass

from sqlalchemy import select

from bot.cli import command_modules
from storage.database import create_engine, session_factory
from storage.migrate import upgrade
from storage.tables import MentorRow, StaffRow, StudentRow
from tests.support.school import Person
from tests.support.seed_school import seed_school


@dataclass(frozen=True)
class Speaker:
    person: Person
    mentee: str  # "first last" of a student this staff member mentors


async def prepare_school(url: str, speakers: int) -> list[Speaker]:
    await upgrade(url)
    if "bot.cli.commands.demo" in command_modules():
        demo = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "demo", env={**os.environ, "DATABASE_URL": url},
            stdout=asyncio.subprocess.DEVNULL)
        if await demo.wait() != 0:
            raise RuntimeError("lvsbot demo failed")
    else:
        engine = create_engine(url)
        await seed_school(engine)
        await engine.dispose()
    found = await _mentors(url, speakers)
    if len(found) < speakers:
        await _add_mentors(url, speakers - len(found))
        found = await _mentors(url, speakers)
    return found


async def _mentors(url: str, limit: int) -> list[Speaker]:
    engine = create_engine(url)
    query = (select(StaffRow, StudentRow).join(MentorRow, MentorRow.staff_id == StaffRow.id)
             .join(StudentRow, StudentRow.number == MentorRow.student_number)
             .where(StaffRow.aad_object_id.is_not(None), StaffRow.left_on.is_(None))
             .order_by(StaffRow.id, StudentRow.number))
    speakers: dict[str, Speaker] = {}
    async with session_factory(engine)() as session:
        for staff, student in (await session.execute(query)).all():
            person = Person(staff.id, staff.display_name, staff.email,
                            staff.aad_object_id or "", staff.roles, staff.location)
            speakers.setdefault(staff.id, Speaker(person, f"{student.first_name} "
                                                          f"{student.last_name}"))
    await engine.dispose()
    return list(speakers.values())[:limit]


async def _add_mentors(url: str, count: int) -> None:
    """Mentors of the first student, named bench.NN (only in the benchmark's own database)."""
    engine = create_engine(url)
    async with session_factory(engine)() as session:
        student = (await session.execute(select(StudentRow).order_by(StudentRow.number)
                                         .limit(1))).scalar_one()
        for n in range(count):
            staff_id = f"bench.{n:02d}"
            session.add(StaffRow(id=staff_id, display_name=f"Bench Mentor {n:02d}",
                                 email=f"{staff_id}@school.test",
                                 aad_object_id=f"aad-bench-{n:04d}",
                                 location=student.location, roles="mentor;docent",
                                 classes=student.class_name))
            await session.flush()
            session.add(MentorRow(student_number=student.number, staff_id=staff_id))
        await session.commit()
    await engine.dispose()
