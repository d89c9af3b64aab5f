"""Helpers for prompt tests: absence registrations in, a worker driven one round at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from bot.app import build_runtime
from bot.notify_wiring import build_worker
from bot.outbox_worker import OutboxWorker
from bot.settings import Settings
from domain.absence.ingest import ingest_absences
from domain.absence.loader import default_protocol
from storage.database import create_engine, session_factory
from storage.uow import SqlUnitOfWork
from tests.support.bot import Clock
from tests.support.connector import Sent


def notify_settings(database_url: str, **extra: str) -> Settings:
    """The bot without its own worker (the test drives one) and without quiet hours."""
    values = {"LVS_OUTBOX_WORKER": "off", "LVS_QUIET_HOURS": "off", **extra}
    return Settings(database_url=database_url, extra=values)


async def register_lates(database_url: str, number: str, count: int, clock: Clock,
                         first: int = 0) -> None:
    """`count` late arrivals of student `number` on the school days before the clock's day."""
    today = clock.current.date()
    days = [today - timedelta(days=offset) for offset in range(1, 60)
            if (today - timedelta(days=offset)).weekday() < 5]
    items: list[Any] = [{"id": f"late-{number}-{first + i}", "student_number": number,
                         "kind": "late", "date": day.isoformat()}
                        for i, day in enumerate(reversed(days[:first + count][first:]))]
    engine = create_engine(database_url)
    try:
        await ingest_absences(items, SqlUnitOfWork(session_factory(engine)), default_protocol(),
                              now=clock.current, today=today)
    finally:
        await engine.dispose()


@asynccontextmanager
async def driven_worker(settings: Settings, clock: Clock,
                        name: str = "test-worker") -> AsyncIterator[OutboxWorker]:
    engine = create_engine(settings.database_url)
    try:
        worker = build_worker(settings, build_runtime(settings, engine, clock))
        worker.name = name
        yield worker
    finally:
        await engine.dispose()


async def drain(worker: OutboxWorker) -> None:
    while await worker.run_once():
        pass


def card_texts(sent: Sent) -> str:
    """Every text on the cards of one message, joined: what a reader sees."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("text", "title", "value"):
                if isinstance(node.get(key), str):
                    found.append(node[key])
            for value in node.values():
                if isinstance(value, list | dict) and value is not node.get("data"):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(sent.cards)
    return "\n".join(found)


def buttons(sent: Sent) -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "Action.Submit":
                found.append((node["title"], node["data"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(sent.cards)
    return found


def done_buttons(sent: Sent) -> list[tuple[str, dict[str, Any]]]:
    """(the action's text, the Gedaan button's data) for each open action on the card."""
    found: list[tuple[str, dict[str, Any]]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            items = node.get("items") or []
            for item in items:
                if item.get("type") == "ActionSet":
                    found.extend((items[0]["text"], action["data"])
                                 for action in item["actions"]
                                 if action["data"].get("action") == "task_done")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(sent.cards)
    return found
