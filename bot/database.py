"""The bot's database engines: storage's engine, on the SQLite driver bot/sdk_fast picks."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.sdk_fast import install
from bot.settings import Settings
from storage.database import create_engine


def open_engine(settings: Settings, url: str | None = None, **options: Any) -> AsyncEngine:
    """An engine for DATABASE_URL (or `url`); on SQLite statements run on the loop's thread
    unless LVS_STOCK_SDK=1 (bot/sdk_fast/sqlite_inline.py says why)."""
    return create_engine(url or settings.database_url,
                         sqlite_module=install(settings).sqlite_module(), **options)
