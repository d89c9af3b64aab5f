"""Builds the outbox worker from the settings and the runtime (serve and `lvsbot worker`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from bot.jobs.outbox_worker import OutboxWorker, WorkerTuning
from bot.settings import Settings, SettingsError
from bot.teams.graph_chats import GraphChats
from bot.teams.graph_client import GraphClient
from bot.teams.graph_settings import GraphSettings
from bot.teams.notifier import TeamsNotifier
from bot.teams.rate_limiter import RateLimiter
from domain.notify.ports import NotifyUnitOfWork
from domain.notify.quiet_hours import SchoolHours, parse_school_hours

if TYPE_CHECKING:
    from bot.runtime import Runtime


@dataclass(frozen=True)
class NotifySettings:
    hours: SchoolHours
    in_server: bool  # LVS_OUTBOX_WORKER=off: only a separate `lvsbot worker` sends
    poll_seconds: float
    service_url: str  # where to open new chats; default: where the latest chat came from

    @classmethod
    def of(cls, settings: Settings) -> NotifySettings:
        extra = settings.extra
        try:
            hours = parse_school_hours(extra.get("LVS_QUIET_HOURS", ""))
        except ValueError as error:
            raise SettingsError(f"LVS_QUIET_HOURS: {error}") from error
        poll = extra.get("LVS_OUTBOX_POLL", "1").strip() or "1"
        try:
            poll_seconds = float(poll)
        except ValueError:
            raise SettingsError(f"LVS_OUTBOX_POLL must be seconds, not {poll!r}") from None
        in_server = extra.get("LVS_OUTBOX_WORKER", "on").strip().lower() not in ("off", "0")
        return cls(hours, in_server, max(0.01, poll_seconds),
                   extra.get("LVS_TEAMS_SERVICE_URL", "").strip())


def build_worker(settings: Settings, runtime: Runtime) -> OutboxWorker:
    config = NotifySettings.of(settings)
    services = runtime.services
    graph = GraphSettings.of(settings)
    notifier = TeamsNotifier(
        adapter=runtime.adapter, app_id=settings.app_id, tenant_id=settings.tenant_id,
        references=runtime.references, uow=services.uow, limiter=RateLimiter(),
        now=services.now, service_url=config.service_url,
        graph=graph and GraphChats(
            client=GraphClient(graph), uow=services.uow, references=runtime.references,
            app_id=settings.app_id, tenant_id=settings.tenant_id,
            service_url=config.service_url))
    return OutboxWorker(
        uow=cast(Callable[[], NotifyUnitOfWork], services.uow), notifier=notifier,
        hours=config.hours, now=services.now,
        tuning=WorkerTuning(poll_seconds=config.poll_seconds))


@asynccontextmanager
async def running_worker(settings: Settings, runtime: Runtime) -> AsyncIterator[None]:
    """Inside `serve`: started after the runtime, stopped (in-flight sends done) before it."""
    if not NotifySettings.of(settings).in_server:
        yield
        return
    worker = build_worker(settings, runtime)
    worker.start()
    try:
        yield
    finally:
        await worker.stop()
