"""The aiohttp application: one factory, used by `lvsbot serve` and by the tests alike.
The composition root: it opens the database, builds the runtime (bot/runtime.py), registers
the routes (bot/web/) and runs the background jobs (bot/jobs/) for the app's lifetime."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.database import open_engine
from bot.jobs.daily import DailyJob, running_daily
from bot.jobs.notify import running_worker
from bot.jobs.retention import retention_job
from bot.jobs.sick_check import sick_check_job
from bot.runtime import RUNTIME, SETTINGS, build_runtime
from bot.sdk_fast import FastPaths, install
from bot.settings import Settings
from bot.web import setup_routes
from bot.web.absence_api import ABSENCE_SESSIONS
from storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


def create_app(
    settings: Settings, *, now: Callable[[], datetime] | None = None
) -> web.Application:
    fast = install(settings)  # the speed layer, or LVS_STOCK_SDK=1's stock code
    clock = now or (lambda: datetime.now(settings.zone))
    app = web.Application(client_max_size=11 * 1024 * 1024)
    app[SETTINGS] = settings
    app.cleanup_ctx.append(_runtime(settings, clock, fast))
    setup_routes(app, settings, clock)
    return app


def _runtime(
    settings: Settings, now: Callable[[], datetime], fast: FastPaths
) -> Callable[[web.Application], AsyncIterator[None]]:
    async def open_and_close(app: web.Application) -> AsyncIterator[None]:
        engine = open_engine(settings)
        app[RUNTIME] = runtime = build_runtime(settings, engine, now, fast)
        app[ABSENCE_SESSIONS] = runtime.sessions
        log.info("lvsbot ready (%s mode); %s",
                 "local development" if settings.local_development else "production",
                 fast.summary())
        if warning := settings.holiday_warning(now().date()):
            log.warning("%s", warning)
        async with running_worker(settings, runtime.sending,
                                  lambda: SqlUnitOfWork(runtime.sessions), now), \
                running_daily(daily_jobs(settings, runtime.sessions), now):
            yield
        await runtime.sending.close()
        await engine.dispose()

    return open_and_close


def daily_jobs(settings: Settings, sessions: async_sessionmaker[AsyncSession]) -> list[DailyJob]:
    jobs = [retention_job(settings.retention_at, sessions),
            sick_check_job(settings.sick_check_at, lambda: SqlUnitOfWork(sessions),
                           settings.protocol())]
    return [job for job in jobs if job is not None]
