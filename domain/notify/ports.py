"""What delivery needs from the outside: a way to send (Teams) and a durable outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from domain.absence.events import EventKind
from domain.absence.protocol import RuleId
from domain.absence.signals import Task
from domain.notify.outbox import ClaimedMessage, Delivered, OutgoingMessage, SendResult
from domain.ports import UnitOfWork
from domain.roles import Role
from domain.school import Staff


class Notifier(Protocol):
    """Sends one claimed message to its staff member; never raises for a refused send."""

    async def send(self, message: ClaimedMessage) -> SendResult: ...


class Outbox(Protocol):
    async def enqueue(self, message: OutgoingMessage, now: datetime,
                      deliver_at: datetime) -> bool:
        """False when a message with the same dedupe key was enqueued before. A `deliver_at`
        after `now` (quiet hours) merges it into that person's digest for that moment."""
        ...

    async def claim(self, worker: str, now: datetime, lease: timedelta,
                    limit: int) -> list[ClaimedMessage]:
        """Due rows (or rows whose lease ran out), now leased to `worker` alone."""
        ...

    async def renew(self, message_id: int, worker: str, now: datetime,
                    lease: timedelta) -> bool:
        """Extend `worker`'s lease on a row right before sending it; False when the row is
        no longer theirs (the lease ran out and another worker took it, or it was settled)."""
        ...

    async def mark_sent(self, message_id: int, worker: str, result: SendResult,
                        now: datetime) -> bool: ...
    async def retry_at(self, message_id: int, worker: str, at: datetime,
                       error: str) -> bool: ...
    async def give_up(self, message_id: int, worker: str, error: str,
                      now: datetime) -> bool: ...
    async def first_enqueued(self, key_prefix: str) -> datetime | None:
        """When the first message whose dedupe key starts with `key_prefix` was enqueued."""
        ...
    async def delivered(self, message_id: int) -> Delivered | None:
        """A sent message: where it landed and what it showed (to update it in place)."""
        ...


class NotifyUnitOfWork(UnitOfWork, Protocol):
    """The roster and audit log of every unit of work, plus the outbox and the tasks."""

    outbox: Outbox
    tasks: SignalTasks


@dataclass(frozen=True)
class SignalRecord:
    id: str
    student_number: str
    rule: RuleId
    threshold: int
    window_key: str
    recipients: frozenset[Role]
    trigger_date: date

    @property
    def topic(self) -> str:
        return signal_topic(self.rule, self.window_key)


def signal_topic(rule: RuleId, window_key: str) -> str:
    """What a manual signal was raised about (its window key starts with it); "" otherwise."""
    return window_key.split(":")[0] if rule is RuleId.MANUAL else ""


@dataclass(frozen=True)
class TaskRecord:
    id: int
    signal_id: str
    student_number: str
    task: Task


class SignalTasks(Protocol):
    """The absence engine's signals and tasks, as prompts need them."""

    async def unannounced(self, limit: int) -> list[SignalRecord]: ...
    async def announce(self, signal_id: str, now: datetime, recipients: int) -> bool:
        """Record that the signal's prompts are enqueued; False if another worker did."""
        ...

    async def signal(self, signal_id: str) -> SignalRecord | None: ...
    async def tasks_of(self, signal_id: str) -> list[TaskRecord]: ...
    async def task(self, task_id: int) -> TaskRecord | None: ...
    async def save_done(self, task_id: int, staff_id: str, at: datetime) -> None: ...
    async def open_tasks_near(self, staff: Staff) -> list[TaskRecord]:
        """Open tasks of students this person may be involved with (checked by the caller)."""
        ...

    async def overdue(self, today: date, limit: int) -> list[TaskRecord]: ...
    async def last_dates(self, student_number: str, kinds: frozenset[EventKind],
                         up_to: date, limit: int) -> list[date]: ...
