"""The demo's absence year on real SQL: made by the real ingest and fan-out, and read by the
absence picture and `mijn leerlingen` through the access rules, every read audited."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from domain.absence.loader import default_protocol
from domain.absence.overview import Lane
from domain.absence.protocol import RuleId
from domain.absence.signals import TaskStatus
from domain.access import StudentScope
from domain.roles import Role
from domain.services.absence_overview import read_absence_overview
from domain.services.my_students import my_students
from storage.database import session_factory
from storage.demo import accounts
from storage.demo.absences import absence_registrations, load_absences
from storage.demo.load import load_demo
from storage.demo.school import build_school
from storage.tables import AbsenceSignalRow, AbsenceTaskRow, AuditRow, OutboxRow
from storage.uow import SqlUnitOfWork

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
PROTOCOL = default_protocol()


async def demo(engine: AsyncEngine) -> SqlUnitOfWork:
    school = build_school(150, seed=7, today=NOW.date())
    await load_demo(engine, school, [], NOW.date())
    items = absence_registrations(school.students, 7, NOW.date(), PROTOCOL.calendar)
    signals, prompts = await load_absences(engine, items, PROTOCOL, NOW)
    assert signals > 0 and prompts > 0
    return SqlUnitOfWork(session_factory(engine))


async def test_after_the_demo_load_mentor_and_coordinator_have_tasks_and_prompts(
    engine: AsyncEngine,
) -> None:
    uow = await demo(engine)
    async with uow:
        rules = set(await uow.session.execute(
            select(AbsenceSignalRow.rule, AbsenceSignalRow.threshold)
            .where(AbsenceSignalRow.student_number == accounts.JAN_NUMBER)))
        roles = set(await uow.session.scalars(
            select(AbsenceTaskRow.role).where(AbsenceTaskRow.status == TaskStatus.OPEN.value)))
        outbox = {(staff, status) for staff, status in await uow.session.execute(
            select(OutboxRow.staff_id, OutboxRow.status))}
        mentor_tasks = await uow.tasks.open_tasks_near(accounts.DEMO_MENTOR)
        vc_tasks = await uow.tasks.open_tasks_near(accounts.DEMO_VC)
    assert {("late", 3), ("late", 6), ("sick_days", 5), ("removed", 3)} <= rules
    assert {Role.MENTOR.value, Role.VERZUIMCOORDINATOR.value} <= roles
    assert {(accounts.DEMO_MENTOR.id, "pending"), (accounts.DEMO_VC.id, "pending")} <= outbox
    assert any(t.task.role is Role.MENTOR for t in mentor_tasks)
    assert any(t.task.role is Role.VERZUIMCOORDINATOR for t in vc_tasks)


async def test_the_picture_of_jan_for_his_mentor_and_nobody_without_the_right(
    engine: AsyncEngine,
) -> None:
    uow = await demo(engine)
    async with uow:
        jan = await uow.directory.student(accounts.JAN_NUMBER)
    assert jan is not None
    overview = await read_absence_overview(accounts.DEMO_MENTOR, jan, uow, PROTOCOL, NOW)
    assert overview is not None
    totals = overview.totals
    assert (totals.late, totals.truancy_hours, totals.sick_days, totals.removed) == (6, 1, 5, 3)
    assert {(m.lane, m.rule, m.threshold) for m in overview.marks} == {
        (Lane.LATE, RuleId.LATE, 3), (Lane.LATE, RuleId.LATE, 6),
        (Lane.SICK, RuleId.SICK_DAYS, 5), (Lane.REMOVED, RuleId.REMOVED, 3)}
    for outsider in (accounts.DEMO_DOCENT, accounts.DEMO_MENTOR_ZUID, accounts.DEMO_LOB):
        assert await read_absence_overview(outsider, jan, uow, PROTOCOL, NOW) is None
    assert await reads(engine, "absence_overview") == [(accounts.DEMO_MENTOR.id,
                                                        accounts.JAN_NUMBER)]


async def test_my_students_lists_a_mentors_mentees_with_open_actions_first(
    engine: AsyncEngine,
) -> None:
    uow = await demo(engine)
    found = await my_students(uow, accounts.DEMO_MENTOR, PROTOCOL.calendar, NOW)
    async with uow:
        mentees = await uow.directory.students_in_scope(
            StudentScope("noord", False, frozenset(), accounts.DEMO_MENTOR.id))
    assert {line.student.number for line in found.lines} == {s.number for s in mentees}
    with_work = [line.work.open > 0 for line in found.lines]
    assert with_work == sorted(with_work, reverse=True) and with_work[0]
    jan = next(line for line in found.lines if line.student.number == accounts.JAN_NUMBER)
    assert (jan.totals.late, jan.totals.sick_days, jan.totals.removed) == (6, 5, 3)
    assert len(await reads(engine, "my_students")) == len(found.lines)


async def test_my_students_for_the_coordinator_is_the_locations_signalled_students(
    engine: AsyncEngine,
) -> None:
    uow = await demo(engine)
    found = await my_students(uow, accounts.DEMO_VC, PROTOCOL.calendar, NOW)
    async with uow:
        signalled = set(await uow.session.scalars(select(AbsenceSignalRow.student_number)))
    assert {line.student.number for line in found.lines} == signalled
    assert all(line.work.open and line.student.location == "noord" for line in found.lines)
    elsewhere = await my_students(uow, accounts.DEMO_TEAMLEIDER_ZUID, PROTOCOL.calendar, NOW)
    assert elsewhere.lines == ()
    nobody = await my_students(uow, accounts.DEMO_DOCENT, PROTOCOL.calendar, NOW)
    assert nobody.lines == ()


async def test_overdue_actions_come_first(engine: AsyncEngine) -> None:
    uow = await demo(engine)
    later = datetime(2027, 1, 15, 9, 0, tzinfo=UTC)  # every demo action is past due by then
    async with uow:
        first = (await uow.tasks.open_tasks_near(accounts.DEMO_VC))[0]
        await uow.tasks.save_done(first.id, accounts.DEMO_VC.id, NOW)  # one less open
        await uow.commit()
    found = await my_students(uow, accounts.DEMO_VC, PROTOCOL.calendar, later)
    overdue = [line.work.overdue for line in found.lines]
    assert all(overdue) and overdue == sorted(overdue, reverse=True)


async def reads(engine: AsyncEngine, kind: str) -> list[tuple[str, str]]:
    async with SqlUnitOfWork(session_factory(engine)) as uow:
        rows = await uow.session.execute(select(AuditRow.actor_id, AuditRow.student_number,
                                                AuditRow.detail, AuditRow.action))
    return [(actor, number) for actor, number, detail, action in rows
            if kind in detail and action == "read"]


def test_the_demo_registrations_are_deterministic_and_never_in_the_future() -> None:
    school = build_school(60, seed=3, today=date(2026, 12, 7))
    first = absence_registrations(school.students, 3, date(2026, 12, 7), PROTOCOL.calendar)
    again = absence_registrations(school.students, 3, date(2026, 12, 7), PROTOCOL.calendar)
    assert first == again
    assert max(str(item["date"]) for item in first) <= "2026-12-07"
    assert min(str(item["date"]) for item in first) >= "2026-08-01"
