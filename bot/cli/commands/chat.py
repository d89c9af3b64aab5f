"""`lvsbot chat --as <email>`: talk to the bot in a terminal, as a staff member of the roster."""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.cli.terminal_chat import run_chat
from bot.database import open_engine
from bot.settings import Settings
from storage.database import session_factory
from storage.uow import SqlUnitOfWork


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("chat", help="chat with the bot in this terminal")
    parser.add_argument("--as", dest="email", required=True, help="a staff member's e-mail")
    parser.add_argument("--english", action="store_true", help="use an English locale")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    return asyncio.run(_chat(settings, args.email, "en-US" if args.english else "nl-NL"))


async def _chat(settings: Settings, email: str, locale: str) -> int:
    engine = open_engine(settings)
    try:
        async with SqlUnitOfWork(session_factory(engine)) as uow:
            staff = await uow.directory.staff_by_email(email)
    finally:
        await engine.dispose()
    if staff is None:
        print(f"lvsbot: no staff member with e-mail {email} in the roster", file=sys.stderr)
        return 1
    await run_chat(settings, staff, locale)
    return 0
