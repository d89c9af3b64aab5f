"""The runtime: everything built once per process after the database is open, and the app
keys the routes read it from (defined here, so that routes never import bot.app)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from aiohttp import web
from botbuilder.core import ConversationState
from botbuilder.integration.aiohttp import CloudAdapter
from botframework.connector.auth import BotFrameworkAuthentication
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.hosted_pictures import HostedPictures
from bot.registry import build_dialogs
from bot.sdk_fast import ActivityReader, FastPaths, install
from bot.settings import Settings
from bot.teams.file_upload import FileDelivery
from bot.teams.handler import LvsBot
from bot.teams.identity import Identities
from bot.teams.personal_chat import PersonalChats
from bot.teams.references import ReferenceBook
from bot.teams.sending import Sending, build_sending
from bot.teams.state_storage import SqlStorage
from bot.teams.turn_errors import install_turn_error_handler
from dialogs.common.context import Services
from dialogs.export.file_offer import FileOffers
from dialogs.message_action.action import MessageAction
from domain.services.roster_names import ROSTER_REFRESH_SECONDS, RosterNames
from storage.database import session_factory
from storage.picture_links import SqlPictureStore
from storage.seen_activities import SeenActivities
from storage.state_documents import StateDocuments
from storage.uow import SqlUnitOfWork


@dataclass
class Runtime:
    """Everything built once per process, after the database is open."""

    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]  # the one session factory of the engine
    services: Services
    bot: LvsBot
    conversation_state: ConversationState
    sending: Sending  # the adapter, its authentication, the conversation references
    # Reads each request body into an Activity (bot/sdk_fast/incoming_activities.py).
    activities: ActivityReader
    fast: FastPaths
    pictures: SqlPictureStore  # what GET /images/<token>.png serves

    @property
    def adapter(self) -> CloudAdapter:
        return self.sending.adapter

    @property
    def authentication(self) -> BotFrameworkAuthentication:
        return self.sending.authentication

    @property
    def references(self) -> ReferenceBook:
        return self.sending.references


SETTINGS = web.AppKey("settings", Settings)
RUNTIME = web.AppKey("runtime", Runtime)


def build_runtime(
    settings: Settings, engine: AsyncEngine, now: Callable[[], datetime],
    fast: FastPaths | None = None,
) -> Runtime:
    """`fast`: the speed layer's pieces, as bot.sdk_fast.install(settings) found them."""
    fast = fast or install(settings)
    sessions = session_factory(engine)
    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(sessions)

    pictures = SqlPictureStore(sessions)
    services = Services(uow=uow, now=now, protocol=settings.protocol(),
                        pictures=_publisher(settings, pictures, now),
                        names=RosterNames(uow, time.monotonic, ROSTER_REFRESH_SECONDS),
                        dialog_timeout=timedelta(seconds=settings.dialog_timeout))
    conversation_state = fast.conversation_state(
        SqlStorage(StateDocuments(sessions), fast.state_codec()))
    sending = build_sending(settings, sessions, fast)
    install_turn_error_handler(sending.adapter, conversation_state)
    offers = FileOffers()
    main_dialog, commands = build_dialogs(services, offers, settings.protocol())
    seen = SeenActivities(sessions)
    message_action = MessageAction(  # a draft's details go to the personal chat once
        services, PersonalChats(sending.references, settings.app_id, now).send,
        lambda draft: seen.first_sighting("message-action", draft, now()))
    bot = LvsBot(
        tenants=frozenset(settings.tenant_ids),
        app_id=settings.app_id,
        identities=Identities(services.uow, now),
        references=sending.references,
        conversation_state=conversation_state,
        dialog=main_dialog,
        commands=lambda: commands,
        now=now,
        files=FileDelivery(offers, services, loopback_only=settings.local_development),
        seen=seen,
        message_action=message_action,
    )
    return Runtime(engine, sessions, services, bot, conversation_state, sending,
                   fast.activity_reader(), fast, pictures)


def _publisher(settings: Settings, store: SqlPictureStore,
               now: Callable[[], datetime]) -> HostedPictures | None:
    """Links on the bot's own host; None without LVS_PUBLIC_URL (pictures go inline)."""
    if not settings.public_url:
        return None
    return HostedPictures(store, settings.public_url,
                          timedelta(minutes=settings.picture_link_minutes), now)
