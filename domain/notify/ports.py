"""What delivery needs from the outside: a way to send (Teams) and a durable outbox."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import TracebackType
from typing import Protocol

from domain.notify.outbox import ClaimedMessage, OutgoingMessage, SendResult
from domain.ports import AuditLog, Directory


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

    async def mark_sent(self, message_id: int, worker: str, result: SendResult,
                        now: datetime) -> bool: ...
    async def retry_at(self, message_id: int, worker: str, at: datetime,
                       error: str) -> bool: ...
    async def give_up(self, message_id: int, worker: str, error: str,
                      now: datetime) -> bool: ...
    async def enqueued_at(self, dedupe_key: str) -> datetime | None: ...


class NotifyUnitOfWork(Protocol):
    directory: Directory
    audit: AuditLog
    outbox: Outbox

    async def __aenter__(self) -> NotifyUnitOfWork: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    async def commit(self) -> None: ...
