"""A school with old and recent data for the retention tests, inserted straight into the tables."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncEngine

from domain.audit import AuditAction, AuditEvent
from domain.roles import Role
from domain.school import Staff, Student
from storage.audit import SqlAuditLog
from storage.database import session_factory
from storage.tables import (
    AbsenceEventRow,
    AbsenceSignalRow,
    AbsenceStateRow,
    AbsenceTaskRow,
    AttachmentRow,
    EntryRow,
    RevisionRow,
    SeenActivityRow,
    SignalFanoutRow,
)
from tests.integration.seed import seed_roster

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
MENTOR = Staff("m1", "Mia Mentor", "m1@school.nl", frozenset({Role.MENTOR}), "noord")
LEFT_LONG_AGO = Student("200001", "Oud", "Leerling", "6V", "noord", left_on=date(2024, 9, 1))
LEFT_RECENTLY = Student("200002", "Recent", "Weg", "6V", "noord", left_on=date(2025, 1, 10))
STILL_HERE = Student("200003", "Nog", "Hier", "3B", "noord")


def _entry(entry_id: str, number: str, *, parent: str | None = None,
           expires: date = date(2027, 7, 31)) -> EntryRow:
    return EntryRow(id=entry_id, student_number=number, form_type="docent_info",
                    description="gesprek", author_id="m1", author_role="mentor",
                    created_at=NOW - timedelta(days=900), updated_at=NOW - timedelta(days=900),
                    expires_on=expires, urgent=False, access="mentor", fields={},
                    parent_id=parent, school_year=2023)


def _signal(signal_id: str, number: str, year: int) -> AbsenceSignalRow:
    return AbsenceSignalRow(id=signal_id, student_number=number, rule="late", threshold=3,
                            school_year=year, window_key="", recipients="vc",
                            fired_on=date(year + 1, 3, 1), trigger_date=date(year + 1, 3, 1),
                            created_at=NOW)


def _task(signal_id: str, position: int) -> AbsenceTaskRow:
    return AbsenceTaskRow(signal_id=signal_id, position=position, key=None, role="vc",
                          action="signaleren", due_on=date(2021, 3, 5), if_concerns=False,
                          requires=None, status="open", done_by=None, done_at=None)


def _event(source_id: str, number: str, day: date) -> AbsenceEventRow:
    return AbsenceEventRow(source_id=source_id, student_number=number, kind="late", day=day,
                           lesson_hour=1, hours=None, note=None, received_at=NOW)


async def seed_retention_school(engine: AsyncEngine) -> None:
    await seed_roster(engine, [MENTOR], [LEFT_LONG_AGO, LEFT_RECENTLY, STILL_HERE])
    async with session_factory(engine)() as session:
        session.add_all([_entry("e-old", "200001"), _entry("e-recent", "200002"),
                         _entry("e-expired", "200003", expires=date(2020, 7, 31))])
        await session.flush()
        session.add(_entry("e-old-child", "200001", parent="e-old"))
        await session.flush()
        session.add(RevisionRow(entry_id="e-old", revised_by="m1", revised_at=NOW, changes={}))
        session.add(AttachmentRow(entry_id="e-old-child", name="plan.pdf",
                                  content_type="application/pdf", size=3, content=b"pdf"))
        session.add_all([_signal("s-2020", "200003", 2020), _signal("s-2021", "200003", 2021)])
        await session.flush()
        session.add_all([_task("s-2020", 1), _task("s-2020", 2), _task("s-2021", 1)])
        session.add(SignalFanoutRow(signal_id="s-2020", fanned_out_at=NOW, recipients=1))
        session.add_all([_event("ev-2020", "200003", date(2021, 6, 1)),
                         _event("ev-2021", "200003", date(2021, 9, 1))])
        session.add_all([AbsenceStateRow(student_number="200003", school_year=year, version=1,
                                         state={}, open_sick=None) for year in (2020, 2021)])
        session.add_all([SeenActivityRow(conversation_id="c", activity_id=f"a{days}",
                                         seen_at=NOW - timedelta(days=days)) for days in (8, 1)])
        await SqlAuditLog(session).record(
            AuditEvent(NOW - timedelta(days=800), "m1", AuditAction.READ, "200001", {}))
        await session.commit()
