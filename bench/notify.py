"""Benchmark: one prompt to each of 1,000 staff members through a fake Teams connector that
enforces Teams' limits (429 when exceeded), against the least time those limits allow.

    .venv/bin/python bench/notify.py                  # 1,000 recipients, SQLite
    .venv/bin/python bench/notify.py --recipients 300
    .venv/bin/python bench/notify.py --database-url postgresql+asyncpg://...  (emptied!)

Measured from the first claim to the last message marked sent, by the worker as it runs
in `lvsbot serve` (rate limiter, retries, outbox), in one run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine  # noqa: E402

from bot.database import open_engine  # noqa: E402
from bot.jobs.notify import build_worker  # noqa: E402
from bot.sdk_fast import install  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.teams.sending import build_sending  # noqa: E402
from domain.absence.protocol import RuleId  # noqa: E402
from domain.notify.outbox import MessageKind, OutgoingMessage  # noqa: E402
from domain.notify.prompt import ActionLine, Prompt  # noqa: E402
from domain.notify.rate_limits import TEAMS_LIMITS, minimum_seconds  # noqa: E402
from domain.roles import Role  # noqa: E402
from storage.database import create_engine, session_factory  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.tables import ConversationRefRow, Location, OutboxRow, StaffRow  # noqa: E402
from storage.uow import SqlUnitOfWork  # noqa: E402
from tests.databases import empty_postgres  # noqa: E402
from tests.support.connector import running_connector  # noqa: E402


def prompt(number: int) -> dict[str, object]:
    action = ActionLine(number, Role.MENTOR, "Licht de ouders in.", date(2026, 11, 30))
    return Prompt(f"bench-{number}", "100001", "Jan de Vries", "2A", RuleId.LATE, 9, "",
                  (date(2026, 11, 20),), (action,), frozenset({Role.MENTOR})).to_json()


async def prepare(url: str, service_url: str, recipients: int) -> None:
    await upgrade(url)
    if url.startswith("postgresql"):
        await empty_postgres(url)
    engine = create_engine(url)
    now = datetime.now(UTC)
    try:
        async with session_factory(engine)() as session:
            session.add(Location(code="noord", name="Noord"))
            await session.flush()
            await session.execute(insert(StaffRow), [
                {"id": f"s{n}", "display_name": f"Staff {n}", "email": f"s{n}@school.test",
                 "aad_object_id": f"aad-{n}", "location": "noord", "roles": "mentor",
                 "classes": ""} for n in range(recipients)])
            await session.execute(insert(ConversationRefRow), [
                {"staff_id": f"s{n}", "updated_at": now, "reference": {
                    "serviceUrl": service_url, "channelId": "msteams",
                    "conversation": {"id": f"a:personal-{n}"}, "user": {"id": f"29:{n}"},
                    "bot": {"id": "28:lvsbot-bench"}}} for n in range(recipients)])
            await session.commit()
        async with SqlUnitOfWork(session_factory(engine)) as uow:
            for n in range(recipients):
                await uow.outbox.enqueue(OutgoingMessage(
                    f"s{n}", MessageKind.SIGNAL, f"bench:{n}", prompt(n)), now, now)
            await uow.commit()
    finally:
        await engine.dispose()


async def sent_count(engine: AsyncEngine) -> int:
    async with session_factory(engine)() as session:
        count = await session.scalar(select(func.count()).where(OutboxRow.status == "sent"))
        return int(count or 0)


async def deliver(url: str, recipients: int) -> None:
    async with running_connector(TEAMS_LIMITS) as connector:
        await prepare(url, connector.url, recipients)
        settings = Settings.from_values({"DATABASE_URL": url, "LVS_QUIET_HOURS": "off"})
        engine = open_engine(settings)
        sessions = session_factory(engine)
        sending = build_sending(settings, sessions, install(settings))
        worker = build_worker(settings, sending, lambda: SqlUnitOfWork(sessions),
                              lambda: datetime.now(UTC))
        started = time.perf_counter()
        while await sent_count(engine) < recipients:
            if not await worker.run_once():
                await asyncio.sleep(0.05)  # waiting out a Retry-After
        elapsed = time.perf_counter() - started
        await sending.close()
        await engine.dispose()
        report(recipients, elapsed, connector.throttled, len(connector.sent))


def report(recipients: int, elapsed: float, throttled: int, arrived: int) -> None:
    least = minimum_seconds(recipients, TEAMS_LIMITS)
    print(f"notify: {recipients} prompts to {recipients} recipients in {elapsed:.1f} s; "
          f"Teams' limits allow it in {least:.1f} s at best "
          f"({least / elapsed:.0%} of the possible rate, "
          f"{recipients / elapsed:.1f} msg/s vs 30/s); "
          f"429s: {throttled}; arrived: {arrived} (each once: {arrived == recipients})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--recipients", type=int, default=1000)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        asyncio.run(deliver(url, args.recipients))


if __name__ == "__main__":
    main()
