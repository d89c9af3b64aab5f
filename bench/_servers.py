"""The processes bench/turns.py starts, each on its own loopback port:

    python -m bench._servers connector PORT      a fast fake Bot Connector: 200 {"id": ...}
    python -m bench._servers bare PORT           a bare aiohttp handler posting one reply
    python -m bench._servers lvsbot PORT DB_URL  lvsbot's create_app on that database

(The stock echo bot is bench/_echo_bot.py.) Each runs until it is terminated.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

from bot.sdk_fast.event_loop import new_event_loop

HOST = "127.0.0.1"


def connector_app() -> web.Application:
    ids = itertools.count(1)
    counted: dict[str, object] = {"activities": 0, "last_text": ""}

    async def activity(request: web.Request) -> web.Response:
        body = await request.json()
        counted["activities"] = int(str(counted["activities"])) + 1
        counted["last_text"] = body.get("text") or ""
        return web.json_response({"id": f"sent-{next(ids)}"})

    async def stats(_request: web.Request) -> web.Response:
        return web.json_response(counted)

    app = web.Application()
    app.router.add_post("/v3/conversations/{cid}/activities", activity)
    app.router.add_post("/v3/conversations/{cid}/activities/{aid}", activity)
    app.router.add_get("/stats", stats)
    return app


HTTP = web.AppKey("http", aiohttp.ClientSession)


def bare_app() -> web.Application:
    """The least a bot can do: read the activity, post one reply where the SDK would."""

    async def http_session(app: web.Application) -> AsyncIterator[None]:
        app[HTTP] = aiohttp.ClientSession()
        yield
        await app[HTTP].close()

    async def messages(request: web.Request) -> web.Response:
        activity = await request.json()
        conversation = activity["conversation"]["id"]
        url = (f"{activity['serviceUrl'].rstrip('/')}/v3/conversations/{conversation}"
               f"/activities/{activity['id']}")
        reply = {"type": "message", "text": f"Echo: {activity.get('text', '')}",
                 "conversation": activity["conversation"], "from": activity["recipient"],
                 "recipient": activity["from"], "replyToId": activity["id"]}
        async with request.app[HTTP].post(url, json=reply) as response:
            await response.read()
        return web.Response(status=201)

    app = web.Application()
    app.cleanup_ctx.append(http_session)
    app.router.add_post("/api/messages", messages)
    return app


def lvsbot_app(database_url: str) -> web.Application:
    from bot.app import create_app
    from bot.settings import Settings

    # Logged as `lvsbot serve` logs (INFO, an access-log line per request), so the numbers
    # include what production pays for it.
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    return create_app(Settings(database_url=database_url))


def main(argv: list[str]) -> None:
    kind, port = argv[0], int(argv[1])
    apps = {"connector": connector_app, "bare": bare_app}
    if kind == "lvsbot":  # on the loop `lvsbot serve` runs on
        web.run_app(lvsbot_app(argv[2]), host=HOST, port=port, print=None,
                    loop=new_event_loop())
    else:
        web.run_app(apps[kind](), host=HOST, port=port, print=None)


if __name__ == "__main__":
    main(sys.argv[1:])
