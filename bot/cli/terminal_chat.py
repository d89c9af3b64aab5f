"""`lvsbot chat --as <email>`: the real bot, on loopback, in a terminal.

The app runs exactly as under Teams; a tiny connector on loopback receives its replies and
prints them. Cards become text with numbered buttons: type `/2` to press button 2.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import uuid
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import create_app
from bot.settings import Settings
from bot.teams.card_text import card_lines
from dialogs.texts import NL, say
from domain.school import Staff

CARD = "application/vnd.microsoft.card.adaptive"


class TerminalChat:
    def __init__(self, staff: Staff, locale: str) -> None:
        self.staff, self.locale = staff, locale
        self.buttons: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        # Activity ids are unique per conversation, across sessions too: the bot ignores
        # an id it has processed before (a replay).
        self._session = uuid.uuid4().hex[:12]
        self.connector_url = ""

    def connector(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/v3/conversations/{tail:.*}", self._received)
        return app

    async def _received(self, request: web.Request) -> web.Response:
        if request.method == "GET" and "/members/" in request.path:  # who is this? (no aad id)
            return web.json_response({"id": request.match_info["tail"].split("/")[-1],
                                      "email": self.staff.email,
                                      "userPrincipalName": self.staff.email})
        if request.method in ("POST", "PUT") and request.can_read_body:
            self.show(await request.json())
        return web.json_response({"id": f"terminal-{next(self._ids)}"})

    def show(self, activity: dict[str, Any]) -> None:
        if activity.get("text"):
            print(f"\nlvsbot: {activity['text']}")
        for attachment in activity.get("attachments") or []:
            if attachment.get("contentType") == CARD:
                lines, self.buttons = card_lines(attachment["content"])
                print("\n" + "\n".join(lines))

    def activity(self, line: str) -> dict[str, Any]:
        text, value = line, None
        if line.startswith("/") and line[1:].isdigit() and 0 < int(line[1:]) <= len(self.buttons):
            value = self.buttons[int(line[1:]) - 1]
            text = ""
        aad = self.staff.aad_object_id or f"terminal-{self.staff.id}"
        return {
            "type": "message", "id": f"terminal-in-{self._session}-{next(self._ids)}",
            "channelId": "msteams",
            "serviceUrl": self.connector_url, "text": text, "value": value,
            "locale": self.locale, "from": {"id": f"29:{aad}", "aadObjectId": aad,
                                             "name": self.staff.display_name},
            "conversation": {"id": f"terminal-{self.staff.id}", "conversationType": "personal"},
            "recipient": {"id": "28:lvsbot", "name": "lvsbot"},
            "channelData": {"tenant": {"id": "terminal"}},
        }


async def run_chat(settings: Settings, staff: Staff, locale: str) -> None:
    terminal = TerminalChat(staff, locale)
    bot_runner = web.AppRunner(create_app(settings), handle_signals=False)
    connector_runner = web.AppRunner(terminal.connector(), handle_signals=False)
    bot_url = await _start(bot_runner)
    terminal.connector_url = await _start(connector_runner) + "/"
    print(say(NL, "TERMINAL_WELCOME", name=staff.display_name))
    try:
        async with aiohttp.ClientSession() as http:
            while (line := await asyncio.to_thread(_read_line)) is not None:
                if line.strip() in ("exit", "quit"):
                    break
                if line.strip():
                    async with http.post(f"{bot_url}/api/messages",
                                         json=terminal.activity(line.strip())) as response:
                        await response.read()
    finally:
        await bot_runner.cleanup()
        await connector_runner.cleanup()


async def _start(runner: web.AppRunner) -> str:
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]


def _read_line() -> str | None:
    try:
        return input("\njij> ")
    except EOFError:
        print(file=sys.stderr)
        return None
