"""The outbox worker: announce new signals, nudge overdue actions, send what is due.

Runs inside `lvsbot serve` and on its own as `lvsbot worker`; several may run at once
(on PostgreSQL): each row is claimed by one worker with a lease before it is sent, and
rows left claimed by a stopped worker are taken again when their lease runs out.
Right before each send the worker renews that row's lease (a full lease for one send,
which the connector's timeouts keep far shorter) and skips a row whose lease went to
another worker meanwhile; each row is marked sent as soon as Teams accepted it.
Stopping finishes the sends in flight and hands the rest of the batch back at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.logs import error_summary
from domain.notify.delivery import settle
from domain.notify.fanout import announce_signals
from domain.notify.outbox import ClaimedMessage, RetryPolicy
from domain.notify.ports import Notifier, NotifyUnitOfWork
from domain.notify.quiet_hours import SchoolHours
from domain.notify.reminders import nudge_overdue

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerTuning:
    batch: int = 16  # rows claimed at once: one per send in flight
    concurrency: int = 16  # sends in flight
    poll_seconds: float = 1.0  # idle wait between claims
    nudge_seconds: float = 300.0  # how often overdue actions are looked for


class OutboxWorker:
    def __init__(self, *, uow: Callable[[], NotifyUnitOfWork], notifier: Notifier,
                 hours: SchoolHours, now: Callable[[], datetime],
                 policy: RetryPolicy = RetryPolicy(), tuning: WorkerTuning = WorkerTuning(),
                 jitter: Callable[[], float] = random.random, name: str | None = None) -> None:
        self._uow, self._notifier, self._hours, self._now = uow, notifier, hours, now
        self._policy, self._tuning, self._jitter = policy, tuning, jitter
        self.name = name or f"{socket.gethostname()}:{uuid.uuid4().hex[:8]}"
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._last_nudge: float | None = None

    async def run_once(self) -> int:
        """One round; returns how many messages it claimed."""
        await announce_signals(self._uow(), self._hours, self._now())
        await self._nudge_now_and_then()
        async with self._uow() as uow:
            claimed = await uow.outbox.claim(self.name, self._now(), self._policy.lease,
                                             self._tuning.batch)
            await uow.commit()
        gate = asyncio.Semaphore(self._tuning.concurrency)

        async def deliver_in_order(messages: list[ClaimedMessage]) -> None:
            async with gate:  # one person's messages arrive in the order they were written
                for message in messages:
                    await self._deliver(message)

        per_person: dict[str, list[ClaimedMessage]] = {}
        for message in claimed:
            per_person.setdefault(message.staff_id, []).append(message)
        await asyncio.gather(*(deliver_in_order(group) for group in per_person.values()))
        return len(claimed)

    async def run(self) -> None:
        while not self._stopping.is_set():
            try:
                busy = await self.run_once()
            except Exception as error:  # noqa: BLE001 - e.g. the database is down: later
                log.error("outbox round failed: %s", error_summary(error))
                busy = 0
            if not busy:
                try:
                    await asyncio.wait_for(self._stopping.wait(), self._tuning.poll_seconds)
                except TimeoutError:
                    pass

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self.run(), name=self.name)
        log.info("outbox worker %s started", self.name)

    async def stop(self) -> None:
        self._stopping.set()
        if self._task is not None:
            await self._task
            log.info("outbox worker %s stopped", self.name)

    async def _deliver(self, message: ClaimedMessage) -> None:
        if self._stopping.is_set():  # not started yet: hand it back for the next worker
            async with self._uow() as uow:
                await uow.outbox.retry_at(message.id, self.name, self._now(), "worker stopped")
                await uow.commit()
            return
        if not await self._renew(message):
            log.info("message %s skipped: its lease went to another worker", message.id)
            return
        result = await self._notifier.send(message)
        await settle(self._uow(), message, self.name, result, self._policy, self._hours,
                     self._now(), self._jitter)

    async def _renew(self, message: ClaimedMessage) -> bool:
        async with self._uow() as uow:
            renewed = await uow.outbox.renew(message.id, self.name, self._now(),
                                             self._policy.lease)
            await uow.commit()
        return renewed

    async def _nudge_now_and_then(self) -> None:
        clock = asyncio.get_running_loop().time()
        if self._last_nudge is not None and clock - self._last_nudge < self._tuning.nudge_seconds:
            return
        self._last_nudge = clock
        await nudge_overdue(self._uow(), self._hours, self._now())
