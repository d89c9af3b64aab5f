"""The outbox: every proactive message is a row first, sent later, exactly once.

A row is claimed (with a lease) before it is sent and marked sent only after Teams
accepted it; a refused send is tried again later with exponential backoff and jitter,
or, after too many attempts, given up as undeliverable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any


class MessageKind(StrEnum):
    SIGNAL = "signal"  # a new absence signal: the recipient's own actions
    DIGEST = "digest"  # what waited outside school hours, in one message
    REMINDER = "reminder"  # an action past its due date, to its owner
    NOTICE = "notice"  # to the verzuimcoördinator: overdue after a reminder, or undeliverable


class MessageStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    MERGED = "merged"  # waits inside a digest row (quiet hours)
    SENT = "sent"
    UNDELIVERABLE = "undeliverable"


@dataclass(frozen=True)
class OutgoingMessage:
    """What a use case asks to send. `dedupe_key` makes enqueueing it twice a no-op."""

    staff_id: str
    kind: MessageKind
    dedupe_key: str
    payload: Mapping[str, Any]


@dataclass(frozen=True)
class ClaimedMessage:
    id: int
    staff_id: str
    kind: MessageKind
    payload: Mapping[str, Any]
    attempts: int  # including this one
    items: tuple[Mapping[str, Any], ...] = ()  # a digest's messages, oldest first


@dataclass(frozen=True)
class Delivered:
    id: int
    staff_id: str
    kind: MessageKind
    payload: Mapping[str, Any]
    items: tuple[Mapping[str, Any], ...]
    conversation_id: str | None
    activity_id: str | None


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # throttled (429), a server error, a timeout: try again later
    UNREACHABLE = "unreachable"  # no conversation and none can be created


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    activity_id: str | None = None
    conversation_id: str | None = None
    retry_after: float | None = None  # seconds, from Teams' Retry-After header
    error: str = ""


@dataclass(frozen=True)
class RetryPolicy:
    first_delay: float = 1.0  # seconds before the second attempt (at most)
    factor: float = 2.0
    max_delay: float = 30 * 60.0
    max_attempts: int = 15  # about an hour and a half of retrying in all
    lease: timedelta = field(default=timedelta(minutes=5))

    def next_attempt(
        self,
        attempts: int,
        now: datetime,
        retry_after: float | None,
        jitter: Callable[[], float],
    ) -> datetime | None:
        """When to try again after `attempts` failed tries; None: give up.

        Full jitter spreads the retries of many rows throttled at once; Teams' own
        Retry-After is a floor, never shortened.
        """
        if attempts >= self.max_attempts:
            return None
        ceiling = min(self.max_delay, self.first_delay * self.factor ** (attempts - 1))
        delay = ceiling / 2 + jitter() * ceiling / 2
        if retry_after is not None:
            delay = max(delay, retry_after)
        return now + timedelta(seconds=delay)
