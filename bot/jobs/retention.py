"""Retention as a daily job inside `lvsbot serve`, and the report both it and the CLI print.

LVS_RETENTION_AT (default 02:00, in LVS_TIMEZONE) is when it runs; LVS_RETENTION_JOB=off
leaves it to `lvsbot retention` (e.g. from cron) instead.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.jobs.daily import DailyJob
from domain.retention import Deleted, RetentionPolicy, cutoffs, total
from storage.retention import apply_retention

log = logging.getLogger(__name__)
Sessions = async_sessionmaker[AsyncSession]


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


def retention_job(at: time | None, sessions: Sessions) -> DailyJob | None:
    """The job at `at` (Settings.retention_at); None when switched off."""
    if at is None:
        return None

    async def run(now: datetime) -> None:
        await retention(sessions, now, dry_run=False)

    return DailyJob("retention", at, run)
