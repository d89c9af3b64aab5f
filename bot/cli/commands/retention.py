"""`lvsbot retention [--dry-run]`: delete what is past its retention period, and say what.

Logbook forms go 2 years after the student left, absence data 5 years after its school year
ended (domain/retention.py). `serve` runs the same every day at LVS_RETENTION_AT.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime

from bot.database import open_engine
from bot.jobs.retention import retention
from bot.settings import Settings
from storage.database import session_factory


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "retention", help="delete forms 2 years after leaving, absence data after 5 years")
    parser.add_argument("--dry-run", action="store_true",
                        help="only show what would be deleted; change nothing")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    for line in asyncio.run(_run(settings, datetime.now(settings.zone), args.dry_run)):
        print(line)
    return 0


async def _run(settings: Settings, now: datetime, dry_run: bool) -> list[str]:
    engine = open_engine(settings)
    try:
        return await retention(session_factory(engine), now, dry_run=dry_run)
    finally:
        await engine.dispose()
