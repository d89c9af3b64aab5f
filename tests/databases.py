"""Real databases for the tests: a migrated SQLite file per test, and a PostgreSQL database
per test session (emptied after each test).

PostgreSQL is found through LVS_TEST_POSTGRES_URL, or on 127.0.0.1:5432 (database `test`)
when nothing is configured. LVS_REQUIRE_POSTGRES=1 (set by .ci/run) turns "not reachable"
from a skip into a failure.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import asyncpg
from sqlalchemy.engine import make_url

from storage.migrate import upgrade
from storage.tables import Base

LOCAL_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


@dataclass
class PostgresServer:
    admin_url: str | None
    skip_reason: str = ""


def find_postgres() -> PostgresServer:
    configured = os.environ.get("LVS_TEST_POSTGRES_URL")
    url = configured or LOCAL_POSTGRES
    try:
        asyncio.run(_ping(url))
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        reason = f"PostgreSQL not reachable at {url}: {error}"
        if os.environ.get("LVS_REQUIRE_POSTGRES") == "1":
            raise RuntimeError(reason + " (LVS_REQUIRE_POSTGRES=1)") from error
        return PostgresServer(None, reason + "; set LVS_TEST_POSTGRES_URL to run these")
    return PostgresServer(url)


def _dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _ping(url: str) -> None:
    connection = await asyncpg.connect(_dsn(url), timeout=3)
    await connection.close()


def create_postgres_database(admin_url: str) -> str:
    """A new, migrated database for this test session; returns its URL."""
    name = f"lvs_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_execute(admin_url, f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    asyncio.run(upgrade(url))
    return url


def drop_postgres_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    asyncio.run(_execute(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _execute(admin_url: str, statement: str) -> None:
    connection = await asyncpg.connect(_dsn(admin_url))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def create_sqlite_template(folder: Path) -> Path:
    path = folder / "template.sqlite3"
    asyncio.run(upgrade(f"sqlite+aiosqlite:///{path}"))
    return path


def sqlite_copy(template: Path, folder: Path) -> str:
    path = folder / f"{uuid.uuid4().hex}.sqlite3"
    shutil.copyfile(template, path)
    return f"sqlite+aiosqlite:///{path}"


async def empty_postgres(url: str) -> None:
    """Between tests: every table empty again, the schema (and alembic_version) kept."""
    names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    connection = await asyncpg.connect(_dsn(url))
    try:
        await connection.execute(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    finally:
        await connection.close()
