"""The absence engine's daily look at open sick reports (5 school days in a row, and the
like), inside `lvsbot serve`. LVS_SICK_CHECK_AT (default 06:30, in LVS_TIMEZONE) is when;
LVS_SICK_CHECK_JOB=off leaves it to `lvsbot check-sick` (e.g. from cron)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time

from bot.jobs.daily import DailyJob
from domain.absence.daily import check_open_sick_reports
from domain.absence.ports import AbsenceUnitOfWork
from domain.absence.protocol import Protocol

log = logging.getLogger(__name__)


async def check_sick_reports(uow: AbsenceUnitOfWork, protocol: Protocol, now: datetime) -> int:
    signals = await check_open_sick_reports(uow, protocol, now=now, today=now.date())
    log.info("sick-report check: %d signal(s)", len(signals))
    return len(signals)


def sick_check_job(at: time | None, uow: Callable[[], AbsenceUnitOfWork],
                   protocol: Protocol) -> DailyJob | None:
    """The job at `at` (Settings.sick_check_at); None when switched off."""
    if at is None:
        return None

    async def run(now: datetime) -> None:
        await check_sick_reports(uow(), protocol, now)

    return DailyJob("sick-check", at, run)
