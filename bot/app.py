"""The aiohttp application: one factory, used by `lvsbot serve` and by the tests alike."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime

from aiohttp import web
from botbuilder.core import ConversationState
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot import dialog_trace, msrest_patch
from bot.absence_api import ABSENCE_SESSIONS, setup_absence_api
from bot.connectors import CachingBotFrameworkAuthentication
from bot.conversation_state import DocumentConversationState
from bot.daily_jobs import DailyJob, running_daily
from bot.errors import install_turn_error_handler
from bot.file_upload import FileDelivery
from bot.handler import LvsBot
from bot.identity import Identities
from bot.incoming_activities import FastDeserializer, activity_reader
from bot.messages import messages
from bot.notify_wiring import running_worker
from bot.pages import add_pages
from bot.personal_chat import PersonalChats
from bot.references import ReferenceBook
from bot.registry import build_dialogs
from bot.retention_job import retention_job
from bot.settings import Settings
from bot.sick_check_job import sick_check_job
from bot.state_storage import SqlStorage
from dialogs.context import Services
from dialogs.file_offer import FileOffers
from dialogs.message_action.action import MessageAction
from storage.conversation_refs import ConversationReferences
from storage.database import create_engine, session_factory
from storage.seen_activities import SeenActivities
from storage.state_documents import StateDocuments
from storage.uow import SqlUnitOfWork

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Everything built once per process, after the database is open."""

    engine: AsyncEngine
    services: Services
    adapter: CloudAdapter
    bot: LvsBot
    references: ReferenceBook
    conversation_state: ConversationState
    authentication: CachingBotFrameworkAuthentication
    # Reads each request body into an Activity (bot/incoming_activities.py).
    activities: FastDeserializer = field(default_factory=activity_reader)


SETTINGS = web.AppKey("settings", Settings)
RUNTIME = web.AppKey("runtime", Runtime)


def create_app(
    settings: Settings, *, now: Callable[[], datetime] | None = None
) -> web.Application:
    msrest_patch.apply()  # once per process; see bot/msrest_patch.py
    dialog_trace.apply()  # likewise; see bot/dialog_trace.py
    clock = now or (lambda: datetime.now(settings.zone))
    app = web.Application(client_max_size=11 * 1024 * 1024)
    app[SETTINGS] = settings
    app.cleanup_ctx.append(_runtime(settings, clock))
    app.router.add_post("/api/messages", messages)
    setup_absence_api(app, sessions=None, token=settings.ingest_token,
                      protocol=settings.protocol(), clock=clock)
    app.router.add_get("/healthz", healthz)
    add_pages(app)
    return app


def _runtime(
    settings: Settings, now: Callable[[], datetime]
) -> Callable[[web.Application], AsyncIterator[None]]:
    async def open_and_close(app: web.Application) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url)
        app[RUNTIME] = runtime = build_runtime(settings, engine, now)
        app[ABSENCE_SESSIONS] = session_factory(engine)
        log.info("lvsbot ready (%s mode)",
                 "local development" if settings.local_development else "production")
        async with running_worker(settings, runtime), \
                running_daily(daily_jobs(settings, app[ABSENCE_SESSIONS]), now):
            yield
        await runtime.authentication.close()
        await engine.dispose()

    return open_and_close


def daily_jobs(settings: Settings, sessions: async_sessionmaker[AsyncSession]) -> list[DailyJob]:
    jobs = [retention_job(settings, sessions),
            sick_check_job(settings, lambda: SqlUnitOfWork(sessions), settings.protocol())]
    return [job for job in jobs if job is not None]


def build_runtime(
    settings: Settings, engine: AsyncEngine, now: Callable[[], datetime]
) -> Runtime:
    sessions = session_factory(engine)
    services = Services(uow=lambda: SqlUnitOfWork(sessions), now=now)
    conversation_state = DocumentConversationState(SqlStorage(StateDocuments(sessions)))
    # The SDK's authentication, with connector clients reused across turns (bot/connectors.py)
    authentication = CachingBotFrameworkAuthentication(
        ConfigurationBotFrameworkAuthentication(settings.bot_auth()))
    adapter = CloudAdapter(authentication)
    install_turn_error_handler(adapter, conversation_state)
    references = ReferenceBook(ConversationReferences(sessions))
    offers = FileOffers()
    main_dialog, commands = build_dialogs(services, offers, settings.protocol())
    seen = SeenActivities(sessions)
    message_action = MessageAction(  # a draft's details go to the personal chat once
        services, PersonalChats(references, settings.app_id, now).send,
        lambda draft: seen.first_sighting("message-action", draft, now()))
    bot = LvsBot(
        tenant_id=settings.tenant_id,
        app_id=settings.app_id,
        identities=Identities(services.uow),
        references=references,
        conversation_state=conversation_state,
        dialog=main_dialog,
        commands=lambda: commands,
        now=now,
        files=FileDelivery(offers, services),
        seen=seen,
        message_action=message_action,
    )
    return Runtime(engine, services, adapter, bot, references, conversation_state,
                   authentication)


async def healthz(request: web.Request) -> web.Response:
    """200 when the database answers; 503 (and why) when it does not."""
    runtime = request.app[RUNTIME]
    try:
        async with runtime.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
        log.warning("health check failed: %s", type(error).__name__)
        return web.json_response({"status": "unavailable", "database": "unreachable"},
                                 status=503)
    return web.json_response({"status": "ok", "database": "ok"})
