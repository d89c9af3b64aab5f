"""What sending to Teams needs, built without the dialogs: `lvsbot worker` uses only this,
`lvsbot serve` shares it between its turns and its outbox worker."""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from botframework.connector.auth import BotFrameworkAuthentication
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sdk_fast import FastPaths
from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication
from bot.settings import Settings
from bot.teams.references import ReferenceBook
from storage.conversation_refs import ConversationReferences


@dataclass
class Sending:
    authentication: BotFrameworkAuthentication
    adapter: CloudAdapter
    references: ReferenceBook

    async def close(self) -> None:
        """The cached connector clients' HTTP sessions (none when stock)."""
        if isinstance(self.authentication, CachingBotFrameworkAuthentication):
            await self.authentication.close()


def build_sending(settings: Settings, sessions: async_sessionmaker[AsyncSession],
                  fast: FastPaths) -> Sending:
    # The SDK's authentication; with connector clients reused across turns unless stock
    # (bot/sdk_fast/connectors.py)
    authentication = fast.authentication(
        ConfigurationBotFrameworkAuthentication(settings.bot_auth()))
    return Sending(authentication, CloudAdapter(authentication),
                   ReferenceBook(ConversationReferences(sessions)))
