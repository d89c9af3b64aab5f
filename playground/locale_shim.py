"""Give the Agents Playground's activities the signed-in user's locale, then pass them on.

The Playground (0.2.x) writes "en-US" into every activity it sends, and its config file
has no locale, so the bot would always answer in English. A Dutch Teams client sends
"nl-NL"; this shim sets that (or PLAYGROUND_LOCALE) on each activity and forwards it to
the bot unchanged otherwise. The bot's replies go straight to the Playground's connector.

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


def with_locale(activity: dict[str, Any], locale: str) -> dict[str, Any]:
    entities = [
        {**entity, "locale": locale} if entity.get("type") == "clientInfo" else entity
        for entity in activity.get("entities") or []
    ]
    return {**activity, "locale": locale, "entities": entities}


async def forward(request: web.Request) -> web.StreamResponse:
    app = request.app
    body = await request.read()
    if request.method == "POST" and body:
        body = json.dumps(with_locale(json.loads(body), app[LOCALE])).encode()
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
