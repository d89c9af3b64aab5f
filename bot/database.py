"""The bot's database engines: storage's engine, on the SQLite driver of bot/sdk_fast."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.sdk_fast import sqlite_inline
from storage.database import create_engine


def open_engine(url: str, **options: Any) -> AsyncEngine:
    """An engine for DATABASE_URL; on SQLite statements run on the loop's thread
    (bot/sdk_fast/sqlite_inline.py says why)."""
    return create_engine(url, sqlite_module=sqlite_inline.module(), **options)
