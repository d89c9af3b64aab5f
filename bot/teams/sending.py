"""What sending to Teams needs, built without the dialogs: `lvsbot worker` uses only this,
`lvsbot serve` shares it between its turns and its outbox worker."""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sdk_fast.connectors import CachingBotFrameworkAuthentication
from bot.settings import Settings
from bot.teams.references import ReferenceBook
from storage.conversation_refs import ConversationReferences


@dataclass
class Sending:
    authentication: CachingBotFrameworkAuthentication
    adapter: CloudAdapter
    references: ReferenceBook

    async def close(self) -> None:
        """The connector clients' HTTP sessions."""
        await self.authentication.close()


def build_sending(settings: Settings, sessions: async_sessionmaker[AsyncSession]) -> Sending:
    # The SDK's authentication, with connector clients reused across turns
    # (bot/sdk_fast/connectors.py)
    authentication = CachingBotFrameworkAuthentication(
        ConfigurationBotFrameworkAuthentication(settings.bot_auth()))
    return Sending(authentication, CloudAdapter(authentication),
                   ReferenceBook(ConversationReferences(sessions)))
