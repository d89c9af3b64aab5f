"""What sending to Teams needs, built without the dialogs: `lvsbot worker` uses only this,
`lvsbot serve` shares it between its turns and its outbox worker."""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.sdk_fast import FastPaths
from bot.settings import Settings
from bot.teams.access_tokens import AccessTokens
from bot.teams.authentication import VerifiedAuthentication
from bot.teams.channel_tokens import ChannelTokens, SigningKeys
from bot.teams.references import ReferenceBook
from storage.conversation_refs import ConversationReferences


@dataclass
class Sending:
    authentication: VerifiedAuthentication
    adapter: CloudAdapter
    references: ReferenceBook

    async def close(self) -> None:
        """The cached connector clients' HTTP sessions (none when stock)."""
        await self.authentication.close()


def channel_tokens(settings: Settings) -> ChannelTokens | None:
    """Incoming tokens are checked by channel_tokens.py; there are none without an app id."""
    if settings.local_development:
        return None
    return ChannelTokens(settings.app_id, SigningKeys(settings.openid_metadata_url))


def build_sending(settings: Settings, sessions: async_sessionmaker[AsyncSession],
                  fast: FastPaths) -> Sending:
    # The SDK's authentication; with connector clients reused across turns unless stock
    # (bot/sdk_fast/connectors.py)
    # and always with its network calls off the event loop (bot/teams/authentication.py)
    authentication = VerifiedAuthentication(
        fast.authentication(ConfigurationBotFrameworkAuthentication(settings.bot_auth())),
        channel_tokens(settings), AccessTokens(settings.login_url))
    return Sending(authentication, CloudAdapter(authentication),
                   ReferenceBook(ConversationReferences(sessions)))
