"""Overdue actions: first one reminder to the owner(s), on a later day a notice to the
verzuimcoördinator. Each happens once per task: the outbox dedupes on the keys."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum

from domain.notify.fanout import build_prompt
from domain.notify.outbox import MessageKind, OutgoingMessage
from domain.notify.ports import NotifyUnitOfWork, TaskRecord
from domain.notify.prompt import Note, Prompt
from domain.notify.quiet_hours import SchoolHours
from domain.notify.recipients import coordinators_of, resolve_recipients
from domain.roles import Role
from domain.school import Staff


class Nudge(StrEnum):
    REMINDER = "reminder"
    NOTICE = "notice"


def nudge_due(due_on: date, today: date, reminded_on: date | None,
              noticed: bool) -> Nudge | None:
    """What an open task past `due_on` needs today, if anything."""
    if today <= due_on or noticed:
        return None
    if reminded_on is None:
        return Nudge.REMINDER
    return Nudge.NOTICE if today > reminded_on else None


async def nudge_overdue(uow: NotifyUnitOfWork, hours: SchoolHours, now: datetime,
                        limit: int = 500) -> int:
    """Enqueue today's reminders and notices; returns how many messages were enqueued."""
    enqueued = 0
    async with uow:
        for record in await uow.tasks.overdue(now.date(), limit):
            enqueued += await _nudge(uow, record, hours, now)
        await uow.commit()
    return enqueued


async def _nudge(uow: NotifyUnitOfWork, record: TaskRecord, hours: SchoolHours,
                 now: datetime) -> int:
    reminded = await uow.outbox.first_enqueued(f"reminder:{record.id}:")
    noticed = await uow.outbox.first_enqueued(f"notice:{record.id}:")
    reminded_on = reminded.astimezone(now.tzinfo).date() if reminded else None
    nudge = nudge_due(record.task.due_on, now.date(), reminded_on, noticed is not None)
    student = await uow.directory.student(record.student_number)
    signal = await uow.tasks.signal(record.signal_id)
    if nudge is None or student is None or signal is None:
        return 0
    owners = [r.staff for r in await resolve_recipients(uow.directory, student,
                                                        {record.task.role})]
    if nudge is Nudge.REMINDER and owners:
        prompt = await build_prompt(uow, signal, student, frozenset({record.task.role}), now,
                                    Note.REMINDER)
        return await _send(uow, record, prompt, owners, hours, now)
    # Reminded on an earlier day (or nobody to remind): the coordinator hears, not the owner.
    coordinators = [c for c in await coordinators_of(uow.directory, student) if c not in owners]
    about = ", ".join(owner.display_name for owner in owners)
    prompt = await build_prompt(uow, signal, student, frozenset({Role.VERZUIMCOORDINATOR}), now,
                                Note.OVERDUE, about)
    return await _send(uow, record, prompt, coordinators, hours, now)


async def _send(uow: NotifyUnitOfWork, record: TaskRecord, prompt: Prompt,
                targets: list[Staff], hours: SchoolHours, now: datetime) -> int:
    """The prompt, narrowed to the overdue action, to each target once."""
    prompt = replace(prompt, actions=tuple(a for a in prompt.actions if a.task_id == record.id))
    reminder = prompt.note is Note.REMINDER
    kind = MessageKind.REMINDER if reminder else MessageKind.NOTICE
    prefix = "reminder" if reminder else "notice"
    for target in targets:
        await uow.outbox.enqueue(OutgoingMessage(
            target.id, kind, f"{prefix}:{record.id}:{target.id}", prompt.to_json()),
            now, hours.next_opening(now))
    return len(targets)
