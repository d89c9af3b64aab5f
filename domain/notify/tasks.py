"""Protocol actions as staff meet them: "Gedaan" on a card, and `mijn taken`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.absence.signals import TaskBlocked, TaskStatus, mark_done
from domain.access import is_involved, may_complete_task
from domain.audit import AuditAction, AuditEvent
from domain.notify.fanout import action_lines
from domain.notify.outbox import Delivered, MessageKind
from domain.notify.ports import NotifyUnitOfWork, SignalRecord, TaskRecord
from domain.notify.prompt import Prompt
from domain.school import Staff, Student


class TaskNotFound(LookupError):
    """No such task, or about a student this person is not involved with (same answer)."""


class NotYourTask(PermissionError):
    """The task belongs to a role this person does not hold towards the student."""


class MustWait(ValueError):
    """Another action must be done first (parents are told before an LPA invitation)."""

    def __init__(self, first: str) -> None:
        super().__init__(first)
        self.first = first


@dataclass(frozen=True)
class OpenTask:
    record: TaskRecord
    student: Student
    signal: SignalRecord

    def overdue(self, today: date) -> bool:
        return self.record.task.due_on < today


async def complete_task(uow: NotifyUnitOfWork, staff: Staff, task_id: int,
                        now: datetime) -> TaskRecord:
    """Mark the task done by `staff`; MustWait while the step it requires is open."""
    async with uow:
        record = await uow.tasks.task(task_id)
        student = await uow.directory.student(record.student_number) if record else None
        if record is None or student is None or not is_involved(staff, student):
            raise TaskNotFound(task_id)
        if not may_complete_task(staff, record.task.role, student):
            raise NotYourTask(record.task.role)
        if record.task.status is TaskStatus.DONE:
            return record
        await _check_order(uow, record, staff, now)
        await uow.tasks.save_done(task_id, staff.id, now)
        await uow.audit.record(AuditEvent(
            at=now, actor_id=staff.id, action=AuditAction.WRITE,
            student_number=student.number,
            detail={"task_done": task_id, "action": record.task.action}))
        await uow.commit()
    return record


async def _check_order(uow: NotifyUnitOfWork, record: TaskRecord, staff: Staff,
                       now: datetime) -> None:
    siblings = await uow.tasks.tasks_of(record.signal_id)
    index = [s.id for s in siblings].index(record.id)
    try:
        mark_done(tuple(s.task for s in siblings), index, staff.id, now)
    except TaskBlocked:
        raise MustWait(next(s.task.action for s in siblings
                            if s.task.key == record.task.requires)) from None


async def open_tasks(uow: NotifyUnitOfWork, staff: Staff, now: datetime) -> list[OpenTask]:
    """This person's open actions: overdue first, then by due date (each student's listing
    is logged as a read)."""
    today = now.date()
    found: list[OpenTask] = []
    students: dict[str, Student | None] = {}
    async with uow:
        for record in await uow.tasks.open_tasks_near(staff):
            number = record.student_number
            if number not in students:
                students[number] = await uow.directory.student(number)
            student = students[number]
            signal = await uow.tasks.signal(record.signal_id)
            if student and signal and may_complete_task(staff, record.task.role, student):
                found.append(OpenTask(record, student, signal))
        for number in sorted({task.student.number for task in found}):
            await uow.audit.record(AuditEvent(at=now, actor_id=staff.id,
                                              action=AuditAction.READ, student_number=number,
                                              detail={"tasks": "open"}))
        await uow.commit()
    return sorted(found, key=lambda t: (not t.overdue(today), t.record.task.due_on,
                                        t.record.id))


async def delivered_prompts(uow: NotifyUnitOfWork, staff: Staff, card_id: int,
                            now: datetime) -> tuple[Delivered, list[Prompt]] | None:
    """A card this person received, with its actions as they stand now (to update it)."""
    async with uow:
        delivered = await uow.outbox.delivered(card_id)
        if delivered is None or delivered.staff_id != staff.id:
            return None
        payloads = delivered.items if delivered.kind is MessageKind.DIGEST else (
            delivered.payload,)
        prompts = []
        for payload in payloads:
            prompt = Prompt.from_json(payload)
            lines = await action_lines(uow.directory, await uow.tasks.tasks_of(prompt.signal_id),
                                       now)
            current = {line.task_id: line for line in lines}
            prompts.append(prompt.with_actions(
                tuple(current.get(a.task_id, a) for a in prompt.actions)))
    return delivered, prompts
