"""Jobs that run once a day inside `lvsbot serve`: retention at night, the sick-report
check in the morning. Each stops cleanly on shutdown; a failed run is logged and the next
day tries again."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, time

from bot.logs import error_summary
from domain.retention import next_run

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DailyJob:
    name: str
    at: time
    run: Callable[[datetime], Awaitable[object]]  # given the moment it runs


class DailyRunner:
    def __init__(self, job: DailyJob, now: Callable[[], datetime]) -> None:
        self._job, self._now = job, now
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name=f"daily-{self._job.name}")

    async def stop(self) -> None:
        """A run in progress finishes; a wait for the next run ends at once."""
        self._stopping.set()
        if self._task is not None:
            await self._task

    async def _loop(self) -> None:
        scheduled = self._now()
        while not self._stopping.is_set():
            # From the last scheduled moment, not from now: one run per day, whatever the clock.
            scheduled = next_run(max(scheduled, self._now()), self._job.at)
            delay = scheduled.timestamp() - self._now().timestamp()  # right across DST too
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=max(0.0, delay))
                return
            await self._run_once()

    async def _run_once(self) -> None:
        try:
            await self._job.run(self._now())
        except Exception as error:  # noqa: BLE001 - the next day tries again; serve goes on
            log.error("daily job %s failed: %s", self._job.name, error_summary(error))


@asynccontextmanager
async def running_daily(jobs: Sequence[DailyJob],
                        now: Callable[[], datetime]) -> AsyncIterator[None]:
    async with AsyncExitStack() as stack:
        for job in jobs:
            runner = DailyRunner(job, now)
            runner.start()
            stack.push_async_callback(runner.stop)
        yield
