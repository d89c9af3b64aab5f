"""Fixtures every test folder shares: real SQLite and PostgreSQL databases, migrated by Alembic."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.database import create_engine
from tests import databases


@pytest.fixture(scope="session")
def postgres_server() -> databases.PostgresServer:
    return databases.find_postgres()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: databases.PostgresServer) -> Iterator[str]:
    if postgres_server.admin_url is None:
        pytest.skip(postgres_server.skip_reason)
    url = databases.create_postgres_database(postgres_server.admin_url)
    yield url
    databases.drop_postgres_database(postgres_server.admin_url, url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return databases.create_sqlite_template(tmp_path_factory.mktemp("schema"))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database of each kind: every storage test runs on both."""
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        yield databases.sqlite_copy(template, tmp_path)
        return
    url = str(request.getfixturevalue("postgres_url"))
    yield url
    asyncio.run(databases.empty_postgres(url))


@pytest.fixture
def postgres_database(postgres_url: str) -> Iterator[str]:
    """Only PostgreSQL, emptied after the test: for what only a server database can show."""
    yield postgres_url
    asyncio.run(databases.empty_postgres(postgres_url))


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    """Only SQLite: for tests of the bot's behaviour, where the store is not the subject."""
    return databases.sqlite_copy(sqlite_template, tmp_path)


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    yield engine
    await engine.dispose()
