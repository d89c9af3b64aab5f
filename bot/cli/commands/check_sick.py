"""`lvsbot check-sick`: the daily look at open sick reports, now (for cron, or by hand)."""

from __future__ import annotations

import argparse
import asyncio
from datetime import datetime

from bot.database import open_engine
from bot.jobs.sick_check import check_sick_reports
from bot.settings import Settings
from storage.database import session_factory
from storage.uow import SqlUnitOfWork


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("check-sick",
                                   help="raise the signals due for open sick reports today")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    count = asyncio.run(_check(settings))
    print(f"{count} signal(s) raised")
    return 0


async def _check(settings: Settings) -> int:
    engine = open_engine(settings)
    try:
        uow = SqlUnitOfWork(session_factory(engine))
        return await check_sick_reports(uow, settings.protocol(), datetime.now(settings.zone))
    finally:
        await engine.dispose()
