from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from storage.database import create_engine
from tests.support.bot import BotClient, Clock, running_bot, settings_for
from tests.support.seed_school import seed_school


@pytest.fixture
async def school_url(sqlite_url: str) -> str:
    engine = create_engine(sqlite_url)
    await seed_school(engine)
    await engine.dispose()
    return sqlite_url


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def client(school_url: str, clock: Clock) -> AsyncIterator[BotClient]:
    async with running_bot(settings_for(school_url), clock) as client:
        yield client
