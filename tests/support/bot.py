"""The real bot on loopback, a fake connector beside it, and a client that talks like Teams."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import create_app
from bot.settings import Settings
from tests.support import teams
from tests.support.clock import AMSTERDAM, Clock
from tests.support.connector import FakeConnector, Sent, running_connector
from tests.support.school import Person
from tests.support.servers import serve

__all__ = ["AMSTERDAM", "BotClient", "Clock", "running_bot", "settings_for"]


@dataclass
class BotClient:
    url: str
    connector: FakeConnector
    http: aiohttp.ClientSession
    app: web.Application

    async def post(self, activity: dict[str, Any], **headers: str) -> aiohttp.ClientResponse:
        async with self.http.post(f"{self.url}/api/messages", json=activity,
                                  headers=headers) as response:
            await response.read()
            return response

    async def send(self, activity: dict[str, Any]) -> list[Sent]:
        """Post one activity; return what the bot sent back during that turn."""
        self.connector.take()
        response = await self.post(activity)
        assert response.status in (200, 201), response.status
        return self.connector.take()

    async def say(self, person: Person, text: str = "", **options: Any) -> list[str]:
        sent = await self.send(teams.message(person, self.connector.url, text, **options))
        return [s.text for s in sent]

    async def send_text(self, person: Person, text: str, **options: Any) -> list[Sent]:
        """Like say, but the whole activities (cards included)."""
        return await self.send(teams.message(person, self.connector.url, text, **options))

    async def submit(self, person: Person, value: dict[str, Any], **options: Any) -> list[Sent]:
        return await self.send(teams.message(person, self.connector.url, "", value=value,
                                             **options))


def settings_for(database_url: str, **overrides: Any) -> Settings:
    return replace(Settings(database_url=database_url), **overrides)


@asynccontextmanager
async def running_bot(settings: Settings, clock: Clock | None = None,
                      port: int = 0) -> AsyncIterator[BotClient]:
    """`port`: 0 for any free one."""
    app = create_app(settings, now=clock or Clock())
    async with running_connector() as connector, serve(app, port) as url, \
            aiohttp.ClientSession() as http:
        yield BotClient(url, connector, http, app)
