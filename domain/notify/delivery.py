"""After a send: mark it sent, try again later, or give up and tell the verzuimcoördinator."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from domain.audit import AuditAction, AuditEvent
from domain.notify.outbox import (
    ClaimedMessage,
    MessageKind,
    Outcome,
    OutgoingMessage,
    RetryPolicy,
    SendResult,
)
from domain.notify.ports import NotifyUnitOfWork
from domain.notify.prompt import Note, Prompt
from domain.notify.quiet_hours import SchoolHours
from domain.notify.recipients import coordinators_of
from domain.roles import Role

log = logging.getLogger(__name__)


async def settle(uow: NotifyUnitOfWork, message: ClaimedMessage, worker: str,
                 result: SendResult, policy: RetryPolicy, hours: SchoolHours, now: datetime,
                 jitter: Callable[[], float]) -> Outcome:
    """Record what the send did; returns the outcome as recorded."""
    async with uow:
        outcome = result.outcome
        if outcome is Outcome.SENT:
            if await uow.outbox.mark_sent(message.id, worker, result, now):
                await _record_shown(uow, message, now)
        else:
            again = None if outcome is Outcome.UNREACHABLE else policy.next_attempt(
                message.attempts, now, result.retry_after, jitter)
            if again is not None:
                await uow.outbox.retry_at(message.id, worker, again, result.error)
            else:
                outcome = Outcome.UNREACHABLE
                log.warning("message %s to %s undeliverable: %s", message.id,
                            message.staff_id, result.error)
                if await uow.outbox.give_up(message.id, worker, result.error, now):
                    await _tell_coordinators(uow, message, hours, now)
        await uow.commit()
    return outcome


async def _record_shown(uow: NotifyUnitOfWork, message: ClaimedMessage,
                        now: datetime) -> None:
    """A prompt shows a student's absence to its reader: logged like any other read."""
    for payload in message.items or (message.payload,):
        prompt = Prompt.from_json(payload)
        await uow.audit.record(AuditEvent(
            at=now, actor_id=message.staff_id, action=AuditAction.READ,
            student_number=prompt.student_number,
            detail={"prompt": message.id, "kind": message.kind.value,
                    "signal": prompt.signal_id}))


async def _tell_coordinators(uow: NotifyUnitOfWork, message: ClaimedMessage,
                             hours: SchoolHours, now: datetime) -> None:
    """Each prompt that did not arrive goes to the location's verzuimcoördinator instead."""
    if message.kind is MessageKind.NOTICE:
        return  # a notice that cannot arrive is not escalated again
    person = await uow.directory.staff_by_id(message.staff_id)
    name = person.display_name if person else message.staff_id
    for payload in message.items or (message.payload,):
        prompt = Prompt.from_json(payload)
        student = await uow.directory.student(prompt.student_number)
        for coordinator in await coordinators_of(uow.directory, student) if student else []:
            if coordinator.id == message.staff_id:
                continue
            notice = replace(prompt, roles=frozenset({Role.VERZUIMCOORDINATOR}),
                             note=Note.UNDELIVERABLE, about=name)
            await uow.outbox.enqueue(OutgoingMessage(
                coordinator.id, MessageKind.NOTICE,
                f"undeliverable:{prompt.signal_id}:{message.staff_id}:{coordinator.id}",
                notice.to_json()), now, hours.next_opening(now))
