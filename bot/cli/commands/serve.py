"""`lvsbot serve`: the bot on HOST:PORT (127.0.0.1:3978 by default)."""

from __future__ import annotations

import argparse
import sys

from aiohttp import web

from bot import logs
from bot.app import create_app
from bot.sdk_fast import install
from bot.settings import Settings


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="serve the bot on HOST:PORT")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()  # a bad value stops here, not inside the app
    logs.configure(settings.log_format)
    mode = "local development" if settings.local_development else "production"
    print(f"lvsbot serving on http://{settings.host}:{settings.port}/api/messages ({mode})")
    try:
        web.run_app(create_app(settings), host=settings.host, port=settings.port,
                    print=None, shutdown_timeout=30, loop=install(settings).new_event_loop())
    except OSError as error:  # most often: the port is taken by another program
        print(f"lvsbot: cannot listen on {settings.host}:{settings.port}: {error.strerror}. "
              "Is another bot running? Set PORT to use another port.", file=sys.stderr)
        return 1
    return 0
