"""`lvsbot db upgrade`: apply the Alembic migrations to DATABASE_URL."""

from __future__ import annotations

import argparse
import asyncio

from bot.settings import Settings
from storage.migrate import ensure_sqlite_folder, upgrade


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("db", help="database migrations")
    parser.add_argument("action", choices=["upgrade"],
                        help="upgrade: migrate to the newest schema")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    ensure_sqlite_folder(settings.database_url)
    asyncio.run(upgrade(settings.database_url))
    print("database is up to date")
    return 0
