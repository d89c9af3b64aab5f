"""`lvsbot worker`: send the outbox without serving (next to `serve` with
LVS_OUTBOX_WORKER=off, or as extra workers on PostgreSQL). Ctrl-C or SIGTERM stops it
after the sends in flight. It builds only what sending needs: no dialogs, no handler."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from datetime import datetime

from bot.database import open_engine
from bot.jobs.notify import build_worker
from bot.sdk_fast import install
from bot.settings import Settings
from bot.teams.sending import build_sending
from storage.database import session_factory
from storage.uow import SqlUnitOfWork


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("worker", help="send due prompts from the outbox")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()  # a bad LVS_QUIET_HOURS stops here, before any work
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    asyncio.run(work(settings))
    return 0


async def work(settings: Settings) -> None:
    engine = open_engine(settings)
    sessions = session_factory(engine)
    sending = build_sending(settings, sessions, install(settings))
    try:
        worker = build_worker(settings, sending, lambda: SqlUnitOfWork(sessions),
                              lambda: datetime.now(settings.zone))
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, lambda: loop.create_task(worker.stop()))
        print(f"lvsbot worker {worker.name} sending the outbox (Ctrl-C stops)")
        await worker.run()
    finally:
        await sending.close()
        await engine.dispose()
