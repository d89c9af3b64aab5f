"""Builds the outbox worker from the settings (serve and `lvsbot worker`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime

from bot.jobs.outbox_worker import OutboxWorker, WorkerTuning
from bot.settings import Settings
from bot.teams.graph_chats import GraphChats
from bot.teams.graph_client import GraphClient
from bot.teams.notifier import TeamsNotifier
from bot.teams.rate_limiter import RateLimiter
from bot.teams.sending import Sending
from domain.notify.ports import NotifyUnitOfWork


def build_worker(settings: Settings, sending: Sending, uow: Callable[[], NotifyUnitOfWork],
                 now: Callable[[], datetime]) -> OutboxWorker:
    config, graph = settings.notify, settings.graph
    tenant = next(iter(settings.tenant_ids), "")  # the school's (the first, if several)
    notifier = TeamsNotifier(
        adapter=sending.adapter, app_id=settings.app_id, tenant_id=tenant,
        references=sending.references, uow=uow, limiter=RateLimiter(),
        now=now, protocol=settings.protocol(), service_url=config.service_url,
        graph=graph and GraphChats(  # a recipient without a chat: install the app first
            client=GraphClient(graph), uow=uow, references=sending.references,
            app_id=settings.app_id, tenant_id=tenant, service_url=config.service_url))
    return OutboxWorker(uow=uow, notifier=notifier, hours=config.hours, now=now,
                        tuning=WorkerTuning(poll_seconds=config.poll_seconds))


@asynccontextmanager
async def running_worker(settings: Settings, sending: Sending,
                         uow: Callable[[], NotifyUnitOfWork],
                         now: Callable[[], datetime]) -> AsyncIterator[None]:
    """Inside `serve`: started after the runtime, stopped (in-flight sends done) before it."""
    if not settings.notify.in_server:
        yield
        return
    worker = build_worker(settings, sending, uow, now)
    worker.start()
    try:
        yield
    finally:
        await worker.stop()
