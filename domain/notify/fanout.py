"""New signals → one prompt per staff member concerned, in the outbox (once per signal)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from domain.notify.outbox import MessageKind, OutgoingMessage
from domain.notify.ports import NotifyUnitOfWork, SignalRecord, TaskRecord
from domain.notify.prompt import LAST_DATES, RULE_EVENTS, ActionLine, Note, Prompt
from domain.notify.quiet_hours import SchoolHours
from domain.notify.recipients import resolve_recipients
from domain.ports import Directory
from domain.roles import Role
from domain.school import Student

log = logging.getLogger(__name__)


async def announce_signals(uow: NotifyUnitOfWork, hours: SchoolHours, now: datetime,
                           limit: int = 50) -> int:
    """Enqueue the prompts of signals not announced yet; returns how many were enqueued."""
    enqueued = 0
    async with uow:
        for signal in await uow.tasks.unannounced(limit):
            enqueued += await _announce(uow, signal, hours, now)
        await uow.commit()
    return enqueued


async def _announce(uow: NotifyUnitOfWork, signal: SignalRecord, hours: SchoolHours,
                    now: datetime) -> int:
    student = await uow.directory.student(signal.student_number)
    if student is None:
        log.warning("signal %s is about an unknown student; nobody prompted", signal.id)
        await uow.tasks.announce(signal.id, now, 0)
        return 0
    recipients = await resolve_recipients(uow.directory, student, signal.recipients)
    if not await uow.tasks.announce(signal.id, now, len(recipients)):
        return 0  # another worker announced it meanwhile
    base = await build_prompt(uow, signal, student, frozenset(), now)
    for recipient in recipients:
        prompt = replace(base, roles=recipient.roles)
        await uow.outbox.enqueue(OutgoingMessage(
            recipient.staff.id, MessageKind.SIGNAL, f"signal:{signal.id}:{recipient.staff.id}",
            prompt.to_json()), now, hours.next_opening(now))
    return len(recipients)


async def build_prompt(uow: NotifyUnitOfWork, signal: SignalRecord, student: Student,
                       roles: frozenset[Role], now: datetime, note: Note = Note.NONE,
                       about: str = "") -> Prompt:
    dates = await uow.tasks.last_dates(signal.student_number, RULE_EVENTS[signal.rule],
                                       signal.trigger_date, LAST_DATES)
    actions = await action_lines(uow.directory, await uow.tasks.tasks_of(signal.id), now)
    return Prompt(signal.id, student.number, student.full_name, student.class_name,
                  signal.rule, signal.threshold, signal.topic, tuple(dates), actions,
                  roles, note, about)


async def action_lines(directory: Directory, tasks: Iterable[TaskRecord],
                       now: datetime) -> tuple[ActionLine, ...]:
    """The actions as a card shows them: who did it by name, when in the school's time."""
    lines = []
    for record in tasks:
        task = record.task
        doer = await directory.staff_by_id(task.done_by) if task.done_by else None
        done_at = task.done_at
        if done_at is not None:  # SQLite hands back the wall time it was given, unzoned
            done_at = (done_at.astimezone(now.tzinfo) if done_at.tzinfo
                       else done_at.replace(tzinfo=now.tzinfo))
        lines.append(ActionLine(record.id, task.role, task.action, task.due_on,
                                task.if_concerns, doer.display_name if doer else task.done_by,
                                done_at))
    return tuple(lines)
