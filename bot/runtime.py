"""The runtime: everything built once per process after the database is open, and the app
keys the routes read it from (defined here, so that routes never import bot.app)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from aiohttp import web
from botbuilder.core import ConversationState
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.registry import build_dialogs
from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication
from bot.sdk_fast.conversation_state import DocumentConversationState
from bot.sdk_fast.incoming_activities import FastDeserializer, activity_reader
from bot.settings import Settings
from bot.teams.file_upload import FileDelivery
from bot.teams.handler import LvsBot
from bot.teams.identity import Identities
from bot.teams.personal_chat import PersonalChats
from bot.teams.references import ReferenceBook
from bot.teams.state_storage import SqlStorage
from bot.teams.turn_errors import install_turn_error_handler
from dialogs.context import Services
from dialogs.file_offer import FileOffers
from dialogs.message_action.action import MessageAction
from storage.conversation_refs import ConversationReferences
from storage.database import session_factory
from storage.seen_activities import SeenActivities
from storage.state_documents import StateDocuments
from storage.uow import SqlUnitOfWork


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
    # Reads each request body into an Activity (bot/sdk_fast/incoming_activities.py).
    activities: FastDeserializer = field(default_factory=activity_reader)


SETTINGS = web.AppKey("settings", Settings)
RUNTIME = web.AppKey("runtime", Runtime)


def build_runtime(
    settings: Settings, engine: AsyncEngine, now: Callable[[], datetime]
) -> Runtime:
    sessions = session_factory(engine)
    services = Services(uow=lambda: SqlUnitOfWork(sessions), now=now)
    conversation_state = DocumentConversationState(SqlStorage(StateDocuments(sessions)))
    # The SDK's authentication, with connector clients reused across turns
    # (bot/sdk_fast/connectors.py)
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
