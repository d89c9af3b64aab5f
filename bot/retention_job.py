"""Retention as a daily job inside `lvsbot serve`, and the report both it and the CLI print.

LVS_RETENTION_AT (default 02:00, in LVS_TIMEZONE) is when it runs; LVS_RETENTION_JOB=off
leaves it to `lvsbot retention` (e.g. from cron) instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings, SettingsError
from domain.retention import Deleted, RetentionPolicy, cutoffs, next_run, total
from storage.retention import apply_retention

log = logging.getLogger(__name__)
Sessions = async_sessionmaker[AsyncSession]


def run_at(settings: Settings) -> time | None:
    """When the daily job runs; None when it is switched off."""
    if settings.extra.get("LVS_RETENTION_JOB", "on").strip().lower() in ("off", "0"):
        return None
    text = settings.extra.get("LVS_RETENTION_AT", "").strip() or "02:00"
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise SettingsError(f"LVS_RETENTION_AT must be a time like 02:00, not {text!r}") from None


async def retention(sessions: Sessions, now: datetime, *, dry_run: bool) -> list[str]:
    """Runs (or, dry, only surveys) retention; returns the report's lines."""
    per_student, forgotten = await apply_retention(
        sessions, cutoffs(now, RetentionPolicy()), now, dry_run=dry_run)
    lines = report(per_student, forgotten, dry_run=dry_run)
    for line in lines:
        log.info("retention: %s", line)
    return lines


def report(per_student: Mapping[str, Deleted], forgotten: int, *, dry_run: bool) -> list[str]:
    verb = "would delete" if dry_run else "deleted"
    counts = ", ".join(f"{kind}={count}" for kind, count in total(per_student).as_dict().items())
    lines = [f"{verb} for {len(per_student)} student(s): {counts}"]
    lines += [f"  {number}: " + ", ".join(f"{kind}={count}" for kind, count
                                          in deleted.as_dict().items() if count)
              for number, deleted in per_student.items()]
    if not dry_run:
        lines.append(f"forgot {forgotten} seen activity id(s)")
    return lines


class DailyRetention:
    def __init__(self, sessions: Sessions, now: Callable[[], datetime], at: time) -> None:
        self._sessions, self._now, self._at = sessions, now, at
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="daily-retention")

    async def stop(self) -> None:
        """A run in progress finishes its batch; a wait for the next run ends at once."""
        self._stopping.set()
        if self._task is not None:
            await self._task

    async def _loop(self) -> None:
        scheduled = self._now()
        while not self._stopping.is_set():
            # From the last scheduled moment, not from now: one run per day, whatever the clock.
            scheduled = next_run(max(scheduled, self._now()), self._at)
            delay = scheduled.timestamp() - self._now().timestamp()  # right across DST too
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=max(0.0, delay))
                return
            await self._run_once()

    async def _run_once(self) -> None:
        try:
            await retention(self._sessions, self._now(), dry_run=False)
        except Exception:  # the next day tries again; serve keeps running
            log.exception("retention run failed")


@asynccontextmanager
async def running_retention(settings: Settings, sessions: Sessions,
                            now: Callable[[], datetime]) -> AsyncIterator[None]:
    at = run_at(settings)
    if at is None:
        yield
        return
    job = DailyRetention(sessions, now, at)
    job.start()
    try:
        yield
    finally:
        await job.stop()
