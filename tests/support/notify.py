"""Helpers for prompt tests: absence registrations in, a worker driven one round at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import select

from bot.database import open_engine
from bot.jobs.notify import build_worker
from bot.jobs.outbox_worker import OutboxWorker
from bot.sdk_fast import install
from bot.settings import Settings
from bot.teams.sending import build_sending
from domain.absence.ingest import ingest_absences
from domain.absence.loader import default_protocol
from storage.database import create_engine, session_factory
from storage.tables import OutboxRow
from storage.uow import SqlUnitOfWork
from tests.support.bot import Clock
from tests.support.connector import Sent
from tests.support.lates import late_items


def notify_settings(database_url: str, **extra: str) -> Settings:
    """The bot without its own worker (the test drives one) and without quiet hours."""
    return Settings.from_values({"DATABASE_URL": database_url, "LVS_OUTBOX_WORKER": "off",
                                 "LVS_QUIET_HOURS": "off", **extra})


async def register_lates(database_url: str, number: str, count: int, clock: Clock,
                         first: int = 0) -> None:
    """`count` late arrivals of student `number` on the school days before the clock's day."""
    items = late_items(number, count, clock.current.date(), first)
    engine = create_engine(database_url)
    try:
        await ingest_absences(items, SqlUnitOfWork(session_factory(engine)), default_protocol(),
                              now=clock.current, today=clock.current.date())
    finally:
        await engine.dispose()


@asynccontextmanager
async def driven_worker(settings: Settings, clock: Clock,
                        name: str = "test-worker") -> AsyncIterator[OutboxWorker]:
    engine = open_engine(settings)
    sessions = session_factory(engine)
    sending = build_sending(settings, sessions, install(settings))
    try:
        worker = build_worker(settings, sending, lambda: SqlUnitOfWork(sessions), clock)
        worker.name = name
        yield worker
    finally:
        await sending.close()
        await engine.dispose()


async def drain(worker: OutboxWorker) -> None:
    while await worker.run_once():
        pass


async def statuses(url: str) -> list[tuple[str, str, int]]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            rows = await session.execute(select(OutboxRow.staff_id, OutboxRow.status,
                                                OutboxRow.attempts).order_by(OutboxRow.id))
            return [tuple(row) for row in rows]  # type: ignore[misc]
    finally:
        await engine.dispose()


def card_texts(sent: Sent) -> str:
    """Every text on the cards of one message, joined: what a reader sees."""
    return "\n".join(node[key] for node in _nodes(sent.cards)
                     for key in ("text", "title", "value") if isinstance(node.get(key), str))


def _nodes(node: Any) -> list[dict[str, Any]]:
    """Every object in a card, depth first (not inside what a button submits)."""
    if isinstance(node, list):
        return [found for item in node for found in _nodes(item)]
    if not isinstance(node, dict):
        return []
    return [node] + [found for key, value in node.items() if key != "data"
                     for found in _nodes(value)]


def buttons(sent: Sent) -> list[tuple[str, dict[str, Any]]]:
    return [(node["title"], node["data"]) for node in _nodes(sent.cards)
            if node.get("type") == "Action.Submit"]


def done_buttons(sent: Sent) -> list[tuple[str, dict[str, Any]]]:
    """(the action's text, the Gedaan button's data) for each open action on the card."""
    return [(node["items"][0]["text"], action["data"])
            for node in _nodes(sent.cards) for item in node.get("items") or []
            if item.get("type") == "ActionSet" for action in item["actions"]
            if action["data"].get("action") == "task_done"]
