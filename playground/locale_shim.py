"""Make the Agents Playground's activities look as Teams sends them, then pass them on.

Two differences matter to the bot:
- The Playground (0.2.x) writes "en-US" into every activity it sends, and its config file
  has no locale, so the bot would always answer in English. A Dutch Teams client sends
  "nl-NL"; this shim sets that (or PLAYGROUND_LOCALE) on each activity.
- In a 1:1 chat the Playground leaves out `conversation.conversationType`, which Teams
  always sends ("personal"). The bot shows a student's file only in a chat that says it is
  personal, so the shim adds "personal" where the Playground sent no type and no group.
Everything else is forwarded unchanged; the bot's replies go straight to the Playground's
connector.

    python playground/locale_shim.py --bot http://127.0.0.1:3978 --locale nl-NL

It listens on a free loopback port and prints "Listening on <port>" when ready.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
from typing import Any

from aiohttp import ClientSession, web

log = logging.getLogger("locale_shim")

BOT = web.AppKey("bot", str)
LOCALE = web.AppKey("locale", str)
HTTP = web.AppKey("http", ClientSession)


def as_teams_sends(activity: dict[str, Any], locale: str) -> dict[str, Any]:
    return with_personal_type(with_locale(activity, locale))


def with_locale(activity: dict[str, Any], locale: str) -> dict[str, Any]:
    entities = [
        {**entity, "locale": locale} if entity.get("type") == "clientInfo" else entity
        for entity in activity.get("entities") or []
    ]
    return {**activity, "locale": locale, "entities": entities}


def with_personal_type(activity: dict[str, Any]) -> dict[str, Any]:
    conversation = activity.get("conversation")
    if not isinstance(conversation, dict) or conversation.get("conversationType") \
            or conversation.get("isGroup"):
        return activity
    return {**activity, "conversation": {**conversation, "conversationType": "personal"}}


async def forward(request: web.Request) -> web.StreamResponse:
    app = request.app
    body = await request.read()
    if request.method == "POST" and body:
        body = json.dumps(as_teams_sends(json.loads(body), app[LOCALE])).encode()
    headers = {name: value for name, value in request.headers.items()
               if name.lower() in ("authorization", "content-type")}
    async with app[HTTP].request(request.method, app[BOT] + request.path_qs,
                                 data=body or None, headers=headers) as answer:
        return web.Response(status=answer.status, body=await answer.read(),
                            content_type=answer.content_type)


async def http_session(app: web.Application) -> Any:
    async with ClientSession() as http:
        app[HTTP] = http
        yield


def create_app(bot: str, locale: str) -> web.Application:
    app = web.Application()
    app[BOT], app[LOCALE] = bot.rstrip("/"), locale
    app.cleanup_ctx.append(http_session)
    app.router.add_route("*", "/api/messages", forward)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bot", required=True, help="the bot, e.g. http://127.0.0.1:3978")
    parser.add_argument("--locale", default="nl-NL")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    listening = socket.create_server(("127.0.0.1", 0))
    web.run_app(create_app(args.bot, args.locale), sock=listening,
                print=lambda _: print(f"Listening on {listening.getsockname()[1]}", flush=True))


if __name__ == "__main__":
    main()
